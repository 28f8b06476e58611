"""The rechtsmiddelenclausule (Awb 3:45): by whom, within which term and to which body
the citizen can contest the decision, in plain Dutch (B1).

The route's catalogue names the remedy (`Route.remedy`); the organisation settings name
the deciding body and, for asylum decisions, the court and the term. Whatever is not set
is said in a boxed note for whoever sends the letter, never guessed.
"""

from __future__ import annotations

from maatwerkdesk.domain.catalogue import Remedy
from maatwerkdesk.domain.document import Block, Pairs, Text, Tone
from maatwerkdesk.domain.organisation import AsylumAppeal, DecidingBody

NOT_SET = "Nog niet ingesteld"
ADDRESS_NOT_SET = (
    "Het adres is nog niet ingesteld. Vraag de functioneel beheerder om het in te vullen bij "
    "‘Gegevens van de organisatie’. Verstuur de brief pas daarna."
)
BODY_NOT_SET = (
    "Wie dit besluit nam, is nog niet ingesteld voor deze regeling. Vraag de functioneel "
    "beheerder om het in te vullen bij ‘Gegevens van de organisatie’."
)
TERM_NOT_SET = (
    "De termijn voor beroep tegen dit soort besluit is niet ingesteld. Daarom noemt deze brief "
    "de kortste termijn. Kijk na welke termijn geldt en vraag de functioneel beheerder om hem "
    "in te stellen."
)
REMEDY_TITLES = {Remedy.BEZWAAR: "Bezwaar maken", Remedy.BEROEP_ASIEL: "In beroep gaan"}
_WEEKS = {1: "één week", 2: "twee weken", 3: "drie weken", 4: "vier weken", 5: "vijf weken"}
_WEEKS |= {6: "zes weken"}


def term_text(days: int) -> str:
    """'vier weken', 'één week', '10 dagen'."""
    if days % 7 == 0 and days // 7 in _WEEKS:
        return _WEEKS[days // 7]
    return f"{days} dagen"


def _address_blocks(label: str, name: str, address: str) -> list[Block]:
    blocks: list[Block] = [Pairs(((label, name), ("Adres", address or NOT_SET)))]
    if not address:
        blocks.append(Text(ADDRESS_NOT_SET, tone=Tone.ATTENTION))
    return blocks


def _what_to_write(reference: str) -> list[Block]:
    return [
        Text(f"Zet in uw brief: uw naam en adres, de datum en het kenmerk {reference}."),
        Text(
            "Schrijf ook waarom u het niet eens bent met dit besluit. Zet uw handtekening "
            "eronder (artikel 6:5 Awb)."
        ),
    ]


def remedy_clause(
    remedy: Remedy, body: DecidingBody, reference: str, asylum: AsylumAppeal
) -> tuple[Block, ...]:
    """What the citizen can do against the decision, and where it goes."""
    if remedy is Remedy.BEROEP_ASIEL:
        return _asylum_clause(reference, asylum)
    blocks: list[Block] = [
        Text(
            "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Dat doet u "
            "binnen zes weken (artikel 6:7 Awb)."
        ),
        Text(
            "De zes weken beginnen op de dag nadat wij u dit besluit hebben gestuurd of "
            "gegeven (artikel 6:8 Awb)."
        ),
        Text("Stuur uw bezwaar naar het bestuursorgaan dat dit besluit nam (artikel 6:4 Awb):"),
        *_address_blocks("Aan", body.name, body.address),
    ]
    if not body.known:
        blocks.append(Text(BODY_NOT_SET, tone=Tone.ATTENTION))
    blocks += _what_to_write(reference)
    blocks += [
        Text("Uw bezwaar houdt dit besluit niet tegen (artikel 6:16 Awb)."),
        Text(
            "Heeft u bezwaar gemaakt en is er veel haast? Dan kunt u de rechter vragen om een "
            "voorlopige voorziening (artikel 8:81 Awb)."
        ),
    ]
    return tuple(blocks)


def _asylum_clause(reference: str, asylum: AsylumAppeal) -> tuple[Block, ...]:
    blocks: list[Block] = [
        Text(
            "Bent u het niet eens met dit besluit? Dan kunt u in beroep gaan bij de rechtbank. "
            "Eerst bezwaar maken kan bij dit besluit niet (artikel 80 Vw 2000)."
        )
    ]
    if asylum.days is not None:
        blocks.append(Text(f"Dat doet u binnen {term_text(asylum.days)} (artikel 69 Vw 2000)."))
    else:
        blocks += [
            Text(
                "Dat doet u binnen één week. Soms heeft u vier weken (artikel 69 Vw 2000). "
                "Vraag uw advocaat meteen welke termijn voor u geldt."
            ),
            Text(TERM_NOT_SET, tone=Tone.ATTENTION),
        ]
    blocks += [
        Text(
            "De termijn begint op de dag nadat wij u dit besluit hebben gestuurd of gegeven "
            "(artikel 6:8 Awb)."
        ),
        Text("Stuur uw beroep naar de rechtbank (artikel 6:4 Awb):"),
        *_address_blocks("Aan", asylum.court or "De rechtbank", asylum.address),
        *_what_to_write(reference),
        Text("Stuur een kopie van dit besluit mee."),
        Text(
            "Heeft u beroep ingesteld en is er veel haast? Dan kunt u de rechter vragen om een "
            "voorlopige voorziening (artikel 8:81 Awb)."
        ),
    ]
    return tuple(blocks)

"""B1 advice on the text for the citizen: splitting, syllables, readability, findings, list."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from maatwerkdesk.domain.plain_language import (
    Finding,
    FindingKind,
    JargonList,
    JargonListError,
    ReadabilityBand,
    analyse,
    bundled_jargon,
    flesch_douma,
    load_jargon,
    split_sentences,
    syllables,
)

HEADER = 'format = "maatwerkdesk-jargon/1"\nversion = "1"\n'


def spans(text: str, kind: FindingKind) -> list[str]:
    return [text[f.start : f.end] for f in analyse(text).findings if f.kind is kind]


def only(text: str, kind: FindingKind) -> Finding:
    (finding,) = [f for f in analyse(text).findings if f.kind is kind]
    return finding


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("beschikking", 3),
        ("België", 3),
        ("ideeën", 3),
        ("huis", 1),
        ("bijzondere", 4),
        ("naïef", 2),
        ("eeuw", 1),
        ("nieuwe", 2),
        ("moeite", 2),
        ("materiaal", 4),
        ("uitkeringsgerechtigde", 7),
        ("IJsland", 2),
        ("brrr", 1),
    ],
)
def test_syllables(word: str, count: int) -> None:
    assert syllables(word) == count


def test_abbreviations_initials_and_amounts_do_not_end_a_sentence() -> None:
    text = (
        "Bijv. op 3 maart is € 1.250,00 betaald. Dhr. A. de Vries (o.a. art. 4 lid 2) belde! "
        "Was dat 3.5 keer?"
    )
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Bijv. op 3 maart is € 1.250,00 betaald.",
        "Dhr. A. de Vries (o.a. art. 4 lid 2) belde!",
        "Was dat 3.5 keer?",
    ]


def test_line_breaks_end_sentences_and_bullets_are_left_out() -> None:
    text = "Wat u moet doen:\n- uw loonstrook sturen\n\n1. Bel ons"
    sentences = split_sentences(text)
    assert [text[s.start : s.end] for s in sentences] == [
        "Wat u moet doen:",
        "uw loonstrook sturen",
        "Bel ons",
    ]
    assert [w.text for w in sentences[0].words] == ["Wat", "u", "moet", "doen"]


def test_flesch_douma_on_a_hand_computed_text() -> None:
    # Wij(1) betalen(3) u(1) het(1) geld(1) terug(2): 6 words, 9 syllables.
    # De(1) gemeente(3) maakte(2) een(1) fout(1): 5 words, 8 syllables.
    # 206.835 - 0.93 * 11/2 - 77 * 17/11 = 206.835 - 5.115 - 119 = 82.72
    result = analyse("Wij betalen u het geld terug. De gemeente maakte een fout.")
    assert (result.sentences, result.words, result.syllables) == (2, 11, 17)
    assert result.score == pytest.approx(82.72)
    assert result.band is ReadabilityBand.EASY
    assert flesch_douma(11, 2, 17) == result.score


@pytest.mark.parametrize(
    ("score", "band", "label"),
    [
        (60, ReadabilityBand.EASY, "makkelijk (B1)"),
        (59.9, ReadabilityBand.FAIR, "redelijk"),
        (30, ReadabilityBand.DIFFICULT, "moeilijk"),
        (-5, ReadabilityBand.VERY_DIFFICULT, "zeer moeilijk"),
    ],
)
def test_bands(score: float, band: ReadabilityBand, label: str) -> None:
    assert ReadabilityBand.of(score) is band
    assert band.label == label


@pytest.mark.parametrize("text", ["", "   \n ", "- 1. €"])
def test_text_without_words_has_no_findings_and_no_score(text: str) -> None:
    result = analyse(text)
    assert (result.findings, result.score, result.band, result.words) == ((), None, None, 0)


def test_long_sentence_from_21_words() -> None:
    twenty = " ".join(["woord"] * 20)
    assert spans(f"{twenty}.", FindingKind.LONG_SENTENCE) == []
    text = f"Kort. {twenty} meer.\nNog een."
    finding = only(text, FindingKind.LONG_SENTENCE)
    assert text[finding.start : finding.end] == f"{twenty} meer."
    assert finding.message == (
        "Deze zin heeft 21 woorden. Maak er twee zinnen van: "
        "B1 houdt zinnen op 20 woorden of minder."
    )


def test_long_words_but_not_numbers() -> None:
    text = "De uitkeringsgerechtigde krijgt 1.250.000,00 van de bijzondere bijstand."
    assert spans(text, FindingKind.LONG_WORD) == ["uitkeringsgerechtigde"]
    assert "7 lettergrepen" in only(text, FindingKind.LONG_WORD).message


@pytest.mark.parametrize(
    "word",
    [
        "terugbetalen",
        "terugbetaling",
        "mogelijkheden",
        "alternatieven",
        "zorgverzekering",
        "gemeentelijke",
        "huurtoeslag",
    ],
)
def test_everyday_words_of_five_syllables_or_fewer_are_not_long(word: str) -> None:
    assert spans(f"U kunt het {word} regelen.", FindingKind.LONG_WORD) == []


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("verantwoordelijkheid", 6),
        ("onevenredigheid", 6),
        ("ontvankelijkheidsvereisten", 8),
        ("inkomensafhankelijke", 8),
        ("aansprakelijkheid", 5),  # more than 15 letters
        ("betalingsachterstanden", 7),
    ],
)
def test_abstract_nouns_and_stacked_compounds_are_still_long(word: str, count: int) -> None:
    text = f"Het gaat om {word} hier."
    assert spans(text, FindingKind.LONG_WORD) == [word]
    assert f"({count} lettergrepen)" in only(text, FindingKind.LONG_WORD).message


def test_a_jargon_term_is_not_also_a_long_word() -> None:
    text = "Wij passen de hardheidsclausule toe."
    assert spans(text, FindingKind.JARGON) == ["hardheidsclausule"]
    assert spans(text, FindingKind.LONG_WORD) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Het bedrag wordt door ons betaald.", "wordt door ons betaald"),
        ("Uw aanvraag werd afgewezen.", "werd afgewezen"),
        ("Het besluit is genomen door de gemeente.", "is genomen"),
        ("Uw aanvraag is door de gemeente afgewezen.", "is door de gemeente afgewezen"),
        ("De brief wordt u morgen toegezonden.", "wordt u morgen toegezonden"),
        ("Het geld dat u heeft ontvangen, wordt teruggestort.", "wordt teruggestort"),
        ("Wij weten dat het bedrag betaald wordt.", "betaald wordt"),
    ],
)
def test_passive_fires(text: str, span: str) -> None:
    assert spans(text, FindingKind.PASSIVE) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Wij betalen het bedrag.",
        "Wij hebben het bedrag betaald.",
        "Uw aanvraag is afgewezen.",
        "Het wordt een mooie dag.",
        "Uw gezondheid wordt beter.",
        "Dit geldt ook als u 67 wordt.",
    ],
)
def test_passive_does_not_fire(text: str) -> None:
    assert spans(text, FindingKind.PASSIVE) == []


def test_passive_message_quotes_the_construction() -> None:
    message = only("Het geld wordt teruggestort.", FindingKind.PASSIVE).message
    assert message.startswith("Lijdende vorm: 'wordt teruggestort'. Zeg wie het doet")


def test_jargon_whole_words_any_case_and_inflected() -> None:
    text = "INDIEN u stukken verstrekt, is de indiener blij."
    assert spans(text, FindingKind.JARGON) == ["INDIEN", "verstrekt"]
    messages = [f.message for f in analyse(text).findings if f.kind is FindingKind.JARGON]
    assert messages == ["'INDIEN': schrijf liever 'als'.", "'verstrekt': schrijf liever 'geven'."]


def test_jargon_multi_word_across_a_line_break() -> None:
    text = "Dit gebeurt in het\nKader van de wet."
    finding = only(text, FindingKind.JARGON)
    assert text[finding.start : finding.end] == "in het\nKader van"
    assert finding.message == "'in het Kader van': schrijf liever 'bij' of 'voor'."


def test_findings_are_in_text_order_and_spans_point_at_their_text() -> None:
    sentence = (
        "Uw verzoek om kwijtschelding is door de gemeente in het kader van de "
        "hardheidsclausule beoordeeld en derhalve wordt het bedrag ingevolge art. 4:84 Awb "
        "niet teruggevorderd."
    )
    text = (
        f"Indien u het niet eens bent, belt u ons. {sentence} Lees de inkomensafhankelijke regels."
    )
    found = [(f.kind, text[f.start : f.end]) for f in analyse(text).findings]
    assert found == [
        (FindingKind.JARGON, "Indien"),
        (FindingKind.LONG_SENTENCE, sentence),
        (FindingKind.JARGON, "verzoek"),
        (FindingKind.JARGON, "kwijtschelding"),
        (
            FindingKind.PASSIVE,
            "is door de gemeente in het kader van de hardheidsclausule beoordeeld",
        ),
        (FindingKind.JARGON, "in het kader van"),
        (FindingKind.JARGON, "hardheidsclausule"),
        (FindingKind.JARGON, "derhalve"),
        (FindingKind.PASSIVE, "wordt het bedrag ingevolge art. 4:84 Awb niet teruggevorderd"),
        (FindingKind.JARGON, "ingevolge"),
        (FindingKind.JARGON, "teruggevorderd"),
        (FindingKind.LONG_WORD, "inkomensafhankelijke"),
    ]


def test_the_bundled_list_is_large_and_every_form_advises_itself() -> None:
    jargon = bundled_jargon()
    assert len(jargon.terms) >= 80
    assert jargon.version
    for term in jargon.terms:
        for form in (term.term, *term.forms):
            finding = only(f"{form} x", FindingKind.JARGON)
            assert (finding.start, finding.end) == (0, len(form)), form


def test_a_list_of_your_own() -> None:
    jargon = load_jargon(
        HEADER + 'terms = [{ term = "middels", forms = ["door middel van"], plain = ["met"] }]',
        "eigen.toml",
    )
    assert isinstance(jargon, JargonList)
    found = analyse("Betaal door middel van een machtiging.", jargon).findings
    assert [f.message for f in found] == ["'door middel van': schrijf liever 'met'."]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            HEADER + 'terms = [{ term = "Indien", plain = ["als"] }, '
            '{ term = "mits", forms = ["indien"], plain = ["als"] }]',
            "term 2: 'indien' staat al bij term 1",
        ),
        (HEADER + 'terms = [{ term = "reeds", plain = [] }]', "term 1 ('reeds'): plain moet"),
        (HEADER + 'terms = [{ term = "reeds", plain = [" "] }]', "term 1 ('reeds'): plain moet"),
        (HEADER + 'terms = [{ term = "", plain = ["al"] }]', "term 1: term is leeg"),
        (
            HEADER + 'terms = [{ term = "x", plain = ["y"], uitleg = "" }]',
            "term 1 ('x'): onbekende sleutel uitleg",
        ),
        ('format = "maatwerkdesk-jargon/1"\nterms = []', "version ontbreekt"),
        ("terms = [", "geen geldige TOML"),
    ],
)
def test_list_validation_names_the_problem(text: str, problem: str) -> None:
    with pytest.raises(JargonListError) as caught:
        load_jargon(text, "jargon.toml")
    assert str(caught.value).startswith("De woordenlijst jargon.toml is niet geldig:")
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems


WORDS = st.sampled_from(
    [
        "wordt",
        "betaald",
        "indien",
        "in het kader van",
        "bijv.",
        "€ 1.250,00",
        "3.5",
        "ideeën",
        "uitkeringsgerechtigde",
        "door",
        "is",
        ".",
        "\n- ",
        "…",
        "😀",
    ]
)


@given(st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=40).map(" ".join))
def test_analysis_never_raises_and_spans_lie_inside_the_text(text: str) -> None:
    result = analyse(text)
    for finding in result.findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.message
    assert [f.start for f in result.findings] == sorted(f.start for f in result.findings)
    assert (result.score is None) == (result.sentences == 0)

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>ActionsTable</name>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>AdviceTable</name>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Advies van {}</source>
        <translation>Advice from {}</translation>
    </message>
    <message>
        <source>Belang gemeld</source>
        <translation>Interest declared</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>neemt niet deel</source>
        <translation>takes no part</translation>
    </message>
    <message>
        <source>voorzitter</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>{} (afwezig)</source>
        <translation>{} (absent)</translation>
    </message>
    <message>
        <source>— geen advies —</source>
        <translation>— no advice —</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <source>&amp;Bedrag in euro:</source>
        <translation>&amp;Amount in euros:</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Tot en met:</source>
        <translation>&amp;Up to and including:</translation>
    </message>
    <message>
        <source>&amp;Vanaf:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Bedrag toevoegen</source>
        <translation>Add amount</translation>
    </message>
    <message>
        <source>Bedrag wijzigen</source>
        <translation>Change amount</translation>
    </message>
    <message>
        <source>Een punt tussen de duizendtallen, een komma voor de centen.</source>
        <translation>A full stop between thousands, a comma before the cents (Dutch notation).</translation>
    </message>
    <message>
        <source>Schrijf de datum als dd-mm-jjjj, of laat hem leeg.</source>
        <translation>Write the date as dd-mm-yyyy, or leave it empty.</translation>
    </message>
    <message>
        <source>T&amp;oelichting:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <source>bijv. 4.312,17</source>
        <translation>e.g. 4.312,17</translation>
    </message>
    <message>
        <source>bijv. bijstand over zeven maanden</source>
        <translation>e.g. social assistance over seven months</translation>
    </message>
    <message>
        <source>dd-mm-jjjj, of leeg</source>
        <translation>dd-mm-yyyy, or empty</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>{}
Dit bestandstype kan een programma starten.</source>
        <translation>{}
This type of file can start a program.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bijlage openen</source>
        <translation>Open attachment</translation>
    </message>
    <message>
        <source>Bijlage toevoegen</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>Bijlage verwijderen</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Bijlagen toevoegen</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <source>Bijlagen worden direct bij het dossier bewaard. Open een bijlage alleen als u weet waar die vandaan komt.</source>
        <translation>Attachments are stored with the dossier straight away. Only open an attachment if you know where it comes from.</translation>
    </message>
    <message>
        <source>De bijlage is niet geopend.</source>
        <translation>The attachment was not opened.</translation>
    </message>
    <message>
        <source>De bijlage ‘{}’ uit het dossier verwijderen?</source>
        <translation>Remove the attachment ‘{}’ from the dossier?</translation>
    </message>
    <message>
        <source>Er is geen programma gevonden om dit soort bestand te openen.</source>
        <translation>No program was found to open this type of file.</translation>
    </message>
    <message>
        <source>Het bestand van deze bijlage kan niet worden gelezen. Het ontbreekt of is beschadigd; voeg het zo nodig opnieuw toe.</source>
        <translation>The file of this attachment cannot be read. It is missing or damaged; add it again if needed.</translation>
    </message>
    <message>
        <source>Omschrijving van de bijlage</source>
        <translation>Description of the attachment</translation>
    </message>
    <message>
        <source>Open zo&apos;n bestand alleen als u zeker weet waar het vandaan komt. Twijfelt u, vraag het dan eerst na bij de afzender of de servicedesk.</source>
        <translation>Only open such a file if you are sure where it comes from. If in doubt, check with the sender or the service desk first.</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op om bijlagen toe te voegen.</source>
        <translation>Save the dossier first to add attachments.</translation>
    </message>
    <message>
        <source>Toch openen</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Wat is ‘{}’? Bijv. &apos;Brief van de Belastingdienst, 3 maart&apos;. Mag leeg blijven.</source>
        <translation>What is ‘{}’? E.g. &apos;Letter from the Belastingdienst (Tax Administration), 3 March&apos;. May be left empty.</translation>
    </message>
    <message>
        <source>‘{}’ kan een programma of macro starten. Toch openen?</source>
        <translation>‘{}’ can start a program or macro. Open it anyway?</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>(nog zonder titel)</source>
        <translation>(no title yet)</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Dossier is intussen gewijzigd</source>
        <translation>Dossier changed in the meantime</translation>
    </message>
    <message>
        <source>Dossier {} is gewijzigd nadat uw werk automatisch werd bewaard. Uw teruggezette tekst staat nu in het scherm, maar is nog niet opgeslagen. Controleer voor het opslaan of u geen nieuwere wijzigingen overschrijft.</source>
        <translation>Dossier {} was changed after your work was saved automatically. Your restored text is now on the screen, but it has not been saved yet. Before saving, check that you are not overwriting newer changes.</translation>
    </message>
    <message>
        <source>Er is niet-opgeslagen werk gevonden van {}, maar het kan niet worden teruggezet.</source>
        <translation>Unsaved work from {} was found, but it cannot be restored.</translation>
    </message>
    <message>
        <source>Er is niet-opgeslagen werk gevonden van {}. Wilt u het terugzetten?</source>
        <translation>Unsaved work from {} was found. Do you want to restore it?</translation>
    </message>
    <message>
        <source>Het bewaarde werk is beschadigd of van een andere versie ({}). Kiest u Bewaren, dan vraagt het programma het de volgende keer opnieuw.</source>
        <translation>The stored work is damaged or from another version ({}). If you choose Keep, the program will ask again next time.</translation>
    </message>
    <message>
        <source>Het gaat om een nieuw dossier ‘{}’. Kiest u Weggooien, dan is dit werk definitief weg.</source>
        <translation>It is a new dossier, ‘{}’. If you choose Discard, this work is gone for good.</translation>
    </message>
    <message>
        <source>Het gaat om het dossier ‘{}’. Kiest u Weggooien, dan is dit werk definitief weg.</source>
        <translation>It is the dossier ‘{}’. If you choose Discard, this work is gone for good.</translation>
    </message>
    <message>
        <source>Niet-opgeslagen werk</source>
        <translation>Unsaved work</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>1 besloten dossier van dezelfde route: {deviated} met maatwerk, {generic} volgens de algemene regel.</source>
        <translation>1 decided dossier of the same route: {deviated} with maatwerk (tailored decision), {generic} under the general rule.</translation>
    </message>
    <message>
        <source>Balansgrafiek</source>
        <translation>Balance chart</translation>
    </message>
    <message>
        <source>Dit dossier staat in het kwart ‘{quarter}’: onevenredigheid {x} van 100, risico op willekeur {y} van 100.</source>
        <translation>This dossier is in the quarter ‘{quarter}’: disproportionality {x} out of 100, risk of arbitrariness {y} out of 100.</translation>
    </message>
    <message>
        <source>Er is nog geen route gekozen, dus geen dossier om mee te vergelijken.</source>
        <translation>No route has been chosen yet, so there is no dossier to compare with.</translation>
    </message>
    <message>
        <source>Er zijn nog geen besloten dossiers van dezelfde route.</source>
        <translation>There are no decided dossiers of the same route yet.</translation>
    </message>
    <message>
        <source>Kies in de stap Toetsing een route om dit dossier te vergelijken.</source>
        <translation>Choose a route in the Assessment step to compare this dossier.</translation>
    </message>
    <message>
        <source>Per kwart: {}.</source>
        <translation>Per quarter: {}.</translation>
    </message>
    <message>
        <source>{count} besloten dossiers van dezelfde route: {deviated} met maatwerk, {generic} volgens de algemene regel.</source>
        <translation>{count} decided dossiers of the same route: {deviated} with maatwerk (tailored decision), {generic} under the general rule.</translation>
    </message>
    <message>
        <source>{} besloten dossiers van dezelfde route.</source>
        <translation>{} decided dossiers of the same route.</translation>
    </message>
    <message>
        <source>{}: klik om te openen</source>
        <translation>{}: click to open</translation>
    </message>
</context>
<context>
    <name>BriefcaseActions</name>
    <message>
        <source>1 dossier staat in de koffer op deze laptop, uitgeleend tot {until}. Zonder netwerk opent MaatwerkDesk de koffer; synchroniseer als u weer verbonden bent.</source>
        <translation>1 dossier is in the briefcase on this laptop, on loan until {until}. Without a network, MaatwerkDesk opens the briefcase; synchronise when you are connected again.</translation>
    </message>
    <message>
        <source>Automatisch gesynchroniseerd. Dossiers: {}.</source>
        <translation>Synchronised automatically. Dossiers: {}.</translation>
    </message>
    <message>
        <source>Automatisch synchroniseren lukte niet: {} Kies Bestand &gt; Synchroniseren om het zelf te proberen.</source>
        <translation>Automatic synchronisation did not succeed: {} Choose File &gt; Synchronise to try it yourself.</translation>
    </message>
    <message>
        <source>Dossiers niet gelezen</source>
        <translation>Dossiers not read</translation>
    </message>
    <message>
        <source>Er is niets verloren: de koffer blijft zoals hij was.</source>
        <translation>Nothing was lost: the briefcase stays as it was.</translation>
    </message>
    <message>
        <source>Eén onderdeel is op de laptop en in de teamdatabase verschillend gewijzigd; beide versies zijn bewaard tot iemand kiest.</source>
        <translation>One part was changed differently on the laptop and in the team database; both versions are kept until someone chooses.</translation>
    </message>
    <message>
        <source>Gesynchroniseerd</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <source>Gesynchroniseerd. Dossiers: {}.</source>
        <translation>Synchronised. Dossiers: {}.</translation>
    </message>
    <message>
        <source>Meegenomen</source>
        <translation>Taken along</translation>
    </message>
    <message>
        <source>Niet gelukt, de volgende keer opnieuw: {}</source>
        <translation>Not done, to be tried again next time: {}</translation>
    </message>
    <message>
        <source>Niet gesynchroniseerd</source>
        <translation>Not synchronised</translation>
    </message>
    <message>
        <source>{count} dossiers staan in de koffer op deze laptop, uitgeleend tot {until}. Zonder netwerk opent MaatwerkDesk de koffer; synchroniseer als u weer verbonden bent.</source>
        <translation>{count} dossiers are in the briefcase on this laptop, on loan until {until}. Without a network, MaatwerkDesk opens the briefcase; synchronise when you are connected again.</translation>
    </message>
    <message>
        <source>{} naar de teamdatabase gebracht</source>
        <translation>{} brought to the team database</translation>
    </message>
    <message>
        <source>{} nieuw aangemaakt</source>
        <translation>{} newly created</translation>
    </message>
    <message>
        <source>{} onderdelen zijn op de laptop en in de teamdatabase verschillend gewijzigd; beide versies zijn bewaard tot iemand kiest.</source>
        <translation>{} parts were changed differently on the laptop and in the team database; both versions are kept until someone chooses.</translation>
    </message>
    <message>
        <source>{} opgehaald</source>
        <translation>{} fetched</translation>
    </message>
    <message>
        <source>{} teruggegeven</source>
        <translation>{} handed back</translation>
    </message>
</context>
<context>
    <name>BriefcaseStatus</name>
    <message>
        <source>Koffer — 1 wijziging wacht op de teamdatabase ({server}, gesynchroniseerd om {time}; start MaatwerkDesk opnieuw om online te werken)</source>
        <translation>Briefcase — 1 change waiting for the team database ({server}, synchronised at {time}; restart MaatwerkDesk to work online)</translation>
    </message>
    <message>
        <source>Koffer — de koffer wordt nagekeken op de teamdatabase ({server}, gesynchroniseerd om {time}; start MaatwerkDesk opnieuw om online te werken)</source>
        <translation>Briefcase — the briefcase is being checked for the team database ({server}, synchronised at {time}; restart MaatwerkDesk to work online)</translation>
    </message>
    <message>
        <source>Koffer — geen wijzigingen wachten op de teamdatabase ({server}, gesynchroniseerd om {time}; start MaatwerkDesk opnieuw om online te werken)</source>
        <translation>Briefcase — no changes waiting for the team database ({server}, synchronised at {time}; restart MaatwerkDesk to work online)</translation>
    </message>
    <message>
        <source>Koffer — {waiting} wijzigingen wachten op de teamdatabase ({server}, gesynchroniseerd om {time}; start MaatwerkDesk opnieuw om online te werken)</source>
        <translation>Briefcase — {waiting} changes waiting for the team database ({server}, synchronised at {time}; restart MaatwerkDesk to work online)</translation>
    </message>
    <message>
        <source>Offline — 1 wijziging wacht op de teamdatabase ({server}, nu niet bereikbaar)</source>
        <translation>Offline — 1 change waiting for the team database ({server}, not reachable now)</translation>
    </message>
    <message>
        <source>Offline — de koffer wordt nagekeken op de teamdatabase ({server}, nu niet bereikbaar)</source>
        <translation>Offline — the briefcase is being checked for the team database ({server}, not reachable now)</translation>
    </message>
    <message>
        <source>Offline — geen wijzigingen wachten op de teamdatabase ({server}, nu niet bereikbaar)</source>
        <translation>Offline — no changes waiting for the team database ({server}, not reachable now)</translation>
    </message>
    <message>
        <source>Offline — {waiting} wijzigingen wachten op de teamdatabase ({server}, nu niet bereikbaar)</source>
        <translation>Offline — {waiting} changes waiting for the team database ({server}, not reachable now)</translation>
    </message>
</context>
<context>
    <name>BsnField</name>
    <message>
        <source>&amp;Tonen</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <source>&amp;Verbergen</source>
        <translation>H&amp;ide</translation>
    </message>
    <message>
        <source>Het BSN is verborgen. Kies &apos;Tonen&apos; om het hele nummer te zien of te wijzigen.</source>
        <translation>The BSN (citizen service number) is hidden. Choose &apos;Show&apos; to see or change the full number.</translation>
    </message>
</context>
<context>
    <name>ConferenceWindow</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Bespreken…</source>
        <translation>&amp;Discuss…</translation>
    </message>
    <message>
        <source>&amp;Nieuw overleg…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>&amp;Verslag (PDF)…</source>
        <translation>&amp;Minutes (PDF)…</translation>
    </message>
    <message>
        <source>1 dossier, samen {}.</source>
        <translation>1 dossier, {} in total.</translation>
    </message>
    <message>
        <source>1 uur</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>1 uur en {} minuten</source>
        <translation>1 hour {} min</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Aanwezigheid niet vastgelegd</source>
        <translation>Attendance not recorded</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda niet bewaard</source>
        <translation>Agenda not saved</translation>
    </message>
    <message>
        <source>Agendapunten</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Alleen de voorzitter of de secretaris legt het verslag vast.</source>
        <translation>Only the chair or the secretary records the minutes.</translation>
    </message>
    <message>
        <source>Alleen de voorzitter of de secretaris stelt de agenda samen.</source>
        <translation>Only the chair or the secretary draws up the agenda.</translation>
    </message>
    <message>
        <source>Als &amp;gehouden markeren</source>
        <translation>Mark as &amp;held</translation>
    </message>
    <message>
        <source>Als gehouden markeren</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Bespreektijd in minuten</source>
        <translation>Discussion time in minutes</translation>
    </message>
    <message>
        <source>Casuïstiekoverleg</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dit zijn de genodigden. Wie aanwezig is, houdt u bij op de dag van het overleg.</source>
        <translation>These are the invitees. You record who is present on the day of the meeting.</translation>
    </message>
    <message>
        <source>Dossiers ter bespreking</source>
        <translation>Dossiers for discussion</translation>
    </message>
    <message>
        <source>Een overleg plannen: datum, plaats, voorzitter en leden</source>
        <translation>Plan a meeting: date, place, chair and members</translation>
    </message>
    <message>
        <source>Geen andere dossiers met de status ‘Ter bespreking’ die nog niet op een geplande agenda staan. De behandelaar zet een dossier op die status als het klaar is voor het overleg.</source>
        <translation>No other dossiers with the status ‘Ter bespreking’ (for discussion) that are not yet on a planned agenda. The caseworker gives a dossier that status when it is ready for the meeting.</translation>
    </message>
    <message>
        <source>Het advies en het verslag van dit agendapunt vervallen daarmee.</source>
        <translation>The advice and the minutes of this agenda item will be lost with it.</translation>
    </message>
    <message>
        <source>Het gekozen dossier bespreken: het volledige voorstel en het verslag (of dubbelklik)</source>
        <translation>Discuss the chosen dossier: the full proposal and the minutes (or double-click)</translation>
    </message>
    <message>
        <source>Het gekozen dossier eerder bespreken (Alt+Omhoog)</source>
        <translation>Discuss the chosen dossier earlier (Alt+Up)</translation>
    </message>
    <message>
        <source>Het gekozen dossier later bespreken (Alt+Omlaag)</source>
        <translation>Discuss the chosen dossier later (Alt+Down)</translation>
    </message>
    <message>
        <source>Het overleg heeft plaatsgevonden: de status wordt ‘Gehouden’</source>
        <translation>The meeting has taken place: its status becomes ‘Held’</translation>
    </message>
    <message>
        <source>Het verslag en de ondertekening kunnen daarna gewoon verder.</source>
        <translation>The minutes and the signing can simply carry on afterwards.</translation>
    </message>
    <message>
        <source>Het verslag is niet gemaakt.</source>
        <translation>The minutes were not made.</translation>
    </message>
    <message>
        <source>Het verslag van dit overleg bekijken, opslaan of afdrukken: agenda, aanwezigheid en per dossier advies, besluit en afspraken</source>
        <translation>View, save or print the minutes of this meeting: agenda, attendance and, per dossier, advice, decision and agreements</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Kies hierboven een overleg, of plan er een met ‘Nieuw overleg…’.</source>
        <translation>Choose a meeting above, or plan one with ‘New meeting…’.</translation>
    </message>
    <message>
        <source>Mijn onder&amp;tekeningssleutel…</source>
        <translation>My &amp;signing key…</translation>
    </message>
    <message>
        <source>Nieuw overleg</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Nog geen dossiers op de agenda. Zet rechts een dossier ter bespreking op de agenda.</source>
        <translation>No dossiers on the agenda yet. Put a dossier for discussion on the agenda from the list on the right.</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Om&amp;hoog</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>Om&amp;laag</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Op de &amp;agenda zetten</source>
        <translation>Put on the &amp;agenda</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Overleg afsluiten</source>
        <translation>Close meeting</translation>
    </message>
    <message>
        <source>Overleg niet afgesloten</source>
        <translation>Meeting not closed</translation>
    </message>
    <message>
        <source>Overleg {} markeren als gehouden?</source>
        <translation>Mark meeting {} as held?</translation>
    </message>
    <message>
        <source>Overleggen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ter bespreking, nog niet op de agenda</source>
        <translation>For discussion, not yet on the agenda</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>U hebt nog niet gekozen wie u bent (Bestand › Gebruiker wisselen…). U kunt overleggen plannen en het verslag vastleggen; advies geven en ondertekenen kan alleen als persoon.</source>
        <translation>You have not chosen who you are yet (File › Switch user…). You can plan meetings and record the minutes; giving advice and signing can only be done as a person.</translation>
    </message>
    <message>
        <source>U werkt als {}.</source>
        <translation>You are working as {}.</translation>
    </message>
    <message>
        <source>Uw persoonlijke sleutel om besluiten te ondertekenen: aanmaken, en zien of hij geregistreerd is</source>
        <translation>Your personal key for signing decisions: create it, and see whether it is registered</translation>
    </message>
    <message>
        <source>Van de agenda hal&amp;en</source>
        <translation>&amp;Remove from the agenda</translation>
    </message>
    <message>
        <source>Van de agenda halen</source>
        <translation>Remove from agenda</translation>
    </message>
    <message>
        <source>Versie {version} (KLOPT NIET) — {moment}, {signer}: {reason}</source>
        <translation>Version {version} (INVALID) — {moment}, {signer}: {reason}</translation>
    </message>
    <message>
        <source>Versie {version} — {moment}, {signer}: {reason}</source>
        <translation>Version {version} — {moment}, {signer}: {reason}</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Voorzitter</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>advies vastgelegd</source>
        <translation>advice recorded</translation>
    </message>
    <message>
        <source>besluit vastgelegd, nog niet ondertekend</source>
        <translation>decision recorded, not yet signed</translation>
    </message>
    <message>
        <source>de afspraken</source>
        <translation>the agreements</translation>
    </message>
    <message>
        <source>de afwijkende mening</source>
        <translation>the dissenting opinion</translation>
    </message>
    <message>
        <source>de datum van opnieuw bekijken</source>
        <translation>the date to look at it again</translation>
    </message>
    <message>
        <source>de gemelde belangen</source>
        <translation>the declared interests</translation>
    </message>
    <message>
        <source>de motivering van de afwijking</source>
        <translation>the reasoning for the deviation</translation>
    </message>
    <message>
        <source>de motivering van het afwijken van de toets</source>
        <translation>the reasoning for deviating from the assessment</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>het advies per lid</source>
        <translation>the advice per member</translation>
    </message>
    <message>
        <source>het besluit van het overleg</source>
        <translation>the decision of the meeting</translation>
    </message>
    <message>
        <source>het knelpuntsignaal</source>
        <translation>the bottleneck signal</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>nog te bespreken</source>
        <translation>still to be discussed</translation>
    </message>
    <message>
        <source>ondertekend (versie {})</source>
        <translation>signed (version {})</translation>
    </message>
    <message>
        <source>ondertekend in {}</source>
        <translation>signed in {}</translation>
    </message>
    <message>
        <source>vastgelegd</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>voorzitter</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>voorzitter {}</source>
        <translation>chair {}</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>{count} dossiers, samen {total}.</source>
        <translation>{count} dossiers, {total} in total.</translation>
    </message>
    <message>
        <source>{hours} uur en {minutes} minuten</source>
        <translation>{hours} hours {minutes} min</translation>
    </message>
    <message>
        <source>{signed} op {moment} (versie {version}, vingerafdruk {fingerprint})</source>
        <translation>{signed} on {moment} (version {version}, fingerprint {fingerprint})</translation>
    </message>
    <message>
        <source>{title}
Behandelaar: {owner}</source>
        <translation>{title}
Caseworker: {owner}</translation>
    </message>
    <message>
        <source>{} minuten</source>
        <translation>{} min</translation>
    </message>
    <message>
        <source>{} uur</source>
        <translation>{} hours</translation>
    </message>
    <message>
        <source>{} van de agenda halen?</source>
        <translation>Remove {} from the agenda?</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <source>Bewaren als concept: uw wijzigingen blijven in het scherm, boven op de nieuwe versie, en worden automatisch bewaard. Ze zijn nog niet opgeslagen: kijk ze na en sla dan op.</source>
        <translation>Keep as draft: your changes stay on the screen, on top of the new version, and are kept automatically. They are not saved yet: check them, then save.</translation>
    </message>
    <message>
        <source>Intussen gewijzigd</source>
        <translation>Changed in the meantime</translation>
    </message>
    <message>
        <source>Mijn versie bewaren als concept</source>
        <translation>Keep my version as a draft</translation>
    </message>
    <message>
        <source>U wijzigde ook: {parts}. Daar staat in uw concept uw tekst; slaat u het op, dan vervangt die de tekst van {who}.</source>
        <translation>You changed these too: {parts}. There your draft holds your text; if you save it, it replaces the text of {who}.</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Vernieuwen: u ziet de nieuwe versie; uw wijzigingen vervallen.</source>
        <translation>Refresh: you see the new version; your changes are dropped.</translation>
    </message>
    <message>
        <source>{changed}, terwijl u het bewerkte. Vernieuwen, of uw versie bewaren als concept?</source>
        <translation>{changed}, while you were editing it. Refresh, or keep your version as a draft?</translation>
    </message>
    <message>
        <source>{who} wijzigde: {parts}.</source>
        <translation>{who} changed: {parts}.</translation>
    </message>
</context>
<context>
    <name>ConflictsBanner</name>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>Pic&amp;k…</translation>
    </message>
    <message>
        <source>Eén onderdeel van dit dossier is onderweg en in de teamdatabase verschillend gewijzigd. Het dossier toont de versie van de teamdatabase; die van de laptop is bewaard. Kies per onderdeel welke blijft.</source>
        <translation>One part of this dossier was changed differently on the road and in the team database. The dossier shows the team database&apos;s version; the laptop&apos;s is kept. Choose for each part which one stays.</translation>
    </message>
    <message>
        <source>Verschillen tussen laptop en teamdatabase oplossen</source>
        <translation>Resolve differences between laptop and team database</translation>
    </message>
    <message>
        <source>{} onderdelen van dit dossier zijn onderweg en in de teamdatabase verschillend gewijzigd. Het dossier toont de versie van de teamdatabase; die van de laptop is bewaard. Kies per onderdeel welke blijft.</source>
        <translation>{} parts of this dossier were changed differently on the road and in the team database. The dossier shows the team database&apos;s version; the laptop&apos;s is kept. Choose for each part which one stays.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Logmap openen</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;Technische gegevens:</source>
        <translation>&amp;Technical details:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Wat u hebt opgeslagen staat veilig in de database. Wat u nog niet had opgeslagen, bewaart MaatwerkDesk om de paar seconden als concept; bij de volgende start krijgt u het terug.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wat nu?&lt;/b&gt; Sla uw werk op als dat nog lukt, sluit MaatwerkDesk en start het opnieuw. Komt de fout terug, stuur dan de technische gegevens hieronder (knop &lt;i&gt;Kopiëren&lt;/i&gt;) en het logbestand naar uw functioneel beheerder of de servicedesk, met een korte beschrijving van wat u aan het doen was. De gegevens en het logbestand bevatten geen persoonsgegevens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;What you have saved is safe in the database. What you had not saved yet, MaatwerkDesk keeps as a draft every few seconds; you will get it back at the next start.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What now?&lt;/b&gt; Save your work if you still can, close MaatwerkDesk and start it again. If the error comes back, send the technical details below (button &lt;i&gt;Copy&lt;/i&gt;) and the log file to your application administrator or the service desk, with a short description of what you were doing. The details and the log file contain no personal data.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>De map met het logbestand openen</source>
        <translation>Open the folder holding the log file</translation>
    </message>
    <message>
        <source>De technische gegevens naar het klembord kopiëren</source>
        <translation>Copy the technical details to the clipboard</translation>
    </message>
    <message>
        <source>Er is een onverwachte fout opgetreden.</source>
        <translation>An unexpected error has occurred.</translation>
    </message>
    <message>
        <source>Gekopieerd</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Logbestand:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <source>Logbestand: {}</source>
        <translation>Log file: {}</translation>
    </message>
    <message>
        <source>MaatwerkDesk – onverwachte fout</source>
        <translation>MaatwerkDesk – unexpected error</translation>
    </message>
    <message>
        <source>Technische gegevens</source>
        <translation>Technical details</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>%v van %m beantwoord</source>
        <translation>%v of %m answered</translation>
    </message>
    <message>
        <source>&amp;Motivering:</source>
        <translation>Rea&amp;soning:</translation>
    </message>
    <message>
        <source>&amp;Niet voldaan</source>
        <translation>&amp;Not met</translation>
    </message>
    <message>
        <source>&amp;Onbekend</source>
        <translation>&amp;Unknown</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Route:</translation>
    </message>
    <message>
        <source>&amp;Soort bevoegdheid:</source>
        <translation>&amp;Kind of power:</translation>
    </message>
    <message>
        <source>&amp;Voldaan</source>
        <translation>&amp;Met</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Antwoorden op criteria waarvan de tekst niet is veranderd, gaan mee. Gewijzigde criteria beantwoordt u opnieuw. De beoordeling onder de oude versie blijft bewaard.</source>
        <translation>Answers to criteria whose text has not changed are carried over. You answer changed criteria again. The assessment under the old version is kept.</translation>
    </message>
    <message>
        <source>Beantwoorde criteria</source>
        <translation>Answered criteria</translation>
    </message>
    <message>
        <source>Beoordeel het dossier naar het recht zoals het op deze datum gold, bijvoorbeeld de datum van het besluit: de catalogusversie die toen gold. Na het eerste antwoord ligt die keuze vast.</source>
        <translation>Assess the dossier under the law as it stood on this date, for example the date of the decision: the catalogue version in force then. After the first answer this choice is fixed.</translation>
    </message>
    <message>
        <source>Beoordeel het dossier onder de nieuwe versie. Antwoorden op criteria die niet zijn veranderd, gaan mee.</source>
        <translation>Assess the dossier under the new version. Answers to criteria that have not changed are carried over.</translation>
    </message>
    <message>
        <source>Beoordeeld met de catalogus ‘{title}’, versie {version} (geldig vanaf {valid_from}).</source>
        <translation>Assessed with the catalogue ‘{title}’, version {version} (valid from {valid_from}).</translation>
    </message>
    <message>
        <source>Bijlage: {}</source>
        <translation>Attachment: {}</translation>
    </message>
    <message>
        <source>Bron: {}.</source>
        <translation>Source: {}.</translation>
    </message>
    <message>
        <source>Catalogus</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Criteria van de route</source>
        <translation>Criteria of the route</translation>
    </message>
    <message>
        <source>De gekozen route bestaat in de nieuwe versie niet meer; kies opnieuw.</source>
        <translation>The chosen route no longer exists in the new version; choose again.</translation>
    </message>
    <message>
        <source>Dit dossier opnieuw beoordelen onder versie {} van de catalogus?</source>
        <translation>Reassess this dossier under version {} of the catalogue?</translation>
    </message>
    <message>
        <source>Eerst de gewone wegen: zijn die geprobeerd, of waren ze niet mogelijk?</source>
        <translation>The usual ways first: have they been tried, or were they not possible?</translation>
    </message>
    <message>
        <source>Er zijn meer catalogi geïnstalleerd. Kies waarmee u dit dossier beoordeelt; na het eerste antwoord ligt die keuze vast.</source>
        <translation>More than one catalogue is installed. Choose the one to assess this dossier with; after the first answer this choice is fixed.</translation>
    </message>
    <message>
        <source>Geen voorstel. {}</source>
        <translation>No proposal. {}</translation>
    </message>
    <message>
        <source>Grondslag: {}.</source>
        <translation>Legal basis: {}.</translation>
    </message>
    <message>
        <source>Het recht zoals het gold op {}.</source>
        <translation>The law as it stood on {}.</translation>
    </message>
    <message>
        <source>Hoe weegt dit hier?</source>
        <translation>How does this weigh here?</translation>
    </message>
    <message>
        <source>Kies de route waarlangs van de regel kan worden afgeweken.</source>
        <translation>Choose the route by which the rule can be deviated from.</translation>
    </message>
    <message>
        <source>Kies een criterium. Toetsen: V = voldaan, N = niet voldaan, O = onbekend.</source>
        <translation>Choose a criterion. Keys: V = met, N = not met, O = unknown.</translation>
    </message>
    <message>
        <source>Kies het soort bevoegdheid…</source>
        <translation>Choose the kind of power…</translation>
    </message>
    <message>
        <source>Nog geen route gekozen</source>
        <translation>No route chosen yet</translation>
    </message>
    <message>
        <source>Nog geen tijdlijn of bijlagen in dit dossier.</source>
        <translation>No timeline or attachments in this dossier yet.</translation>
    </message>
    <message>
        <source>Nog geen voorstel. Kies het soort bevoegdheid; met regeling en artikel op de stap Dossier kan het programma ook de bepaling van de wet zelf voorstellen.</source>
        <translation>No proposal yet. Choose the kind of power; with the scheme and article in the Dossier step, the program can also propose the provision of the law itself.</translation>
    </message>
    <message>
        <source>O&amp;pnieuw beoordelen…</source>
        <translation>Re&amp;assess…</translation>
    </message>
    <message>
        <source>Onderbouwing &amp;uit het dossier:</source>
        <translation>Evi&amp;dence from the dossier:</translation>
    </message>
    <message>
        <source>Onderbouwing uit het dossier</source>
        <translation>Evidence from the dossier</translation>
    </message>
    <message>
        <source>Opnieuw beoordeeld</source>
        <translation>Reassessed</translation>
    </message>
    <message>
        <source>Opnieuw beoordelen</source>
        <translation>Reassess</translation>
    </message>
    <message>
        <source>Opnieuw te beantwoorden: {}.</source>
        <translation>To be answered again: {}.</translation>
    </message>
    <message>
        <source>Overgenomen: 1 antwoord.</source>
        <translation>Carried over: 1 answer.</translation>
    </message>
    <message>
        <source>Overgenomen: {} antwoorden.</source>
        <translation>Carried over: {} answers.</translation>
    </message>
    <message>
        <source>Past bij het voorstel: {route}. {reason}</source>
        <translation>Matches the proposal: {route}. {reason}</translation>
    </message>
    <message>
        <source>Recht zoals het &amp;gold op:</source>
        <translation>&amp;Law as it stood on:</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op; daarna kunt u hier de route kiezen en de criteria beantwoorden.</source>
        <translation>Save the dossier first; then you can choose the route and answer the criteria here.</translation>
    </message>
    <message>
        <source>Soort bevoegdheid</source>
        <translation>Kind of power</translation>
    </message>
    <message>
        <source>Toetsing</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Toetsing niet bewaard</source>
        <translation>Assessment not saved</translation>
    </message>
    <message>
        <source>Uitkomst van de toets</source>
        <translation>Outcome of the assessment</translation>
    </message>
    <message>
        <source>Versie {} is beschikbaar; beoordeel het dossier opnieuw om die te gebruiken.</source>
        <translation>Version {} is available; reassess the dossier to use it.</translation>
    </message>
    <message>
        <source>Vink de gebeurtenissen en bijlagen aan waaruit dit blijkt.</source>
        <translation>Tick the events and attachments that show this.</translation>
    </message>
    <message>
        <source>Voors&amp;tel overnemen</source>
        <translation>Accept the &amp;proposal</translation>
    </message>
    <message>
        <source>Voorstel: {route}. {reason}</source>
        <translation>Proposal: {route}. {reason}</translation>
    </message>
    <message>
        <source>Waarom is wel of niet aan dit criterium voldaan? Noem de feiten en waar ze blijken.</source>
        <translation>Why is this criterion met or not? Name the facts and where they appear.</translation>
    </message>
    <message>
        <source>Waarom? Wanneer geprobeerd, of waarom niet mogelijk.</source>
        <translation>Why? When it was tried, or why it was not possible.</translation>
    </message>
    <message>
        <source>Wat u in het dossier verwacht: {}.</source>
        <translation>What you expect to find in the dossier: {}.</translation>
    </message>
    <message>
        <source>Wegingsfactoren</source>
        <translation>Weighing factors</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>{description}

Bronnen: {sources}.</source>
        <translation>{description}

Sources: {sources}.</translation>
    </message>
    <message>
        <source>{id} (versie {version})</source>
        <translation>{id} (version {version})</translation>
    </message>
    <message>
        <source>{id} — {label}  ·  hard criterium</source>
        <translation>{id} — {label}  ·  hard criterion</translation>
    </message>
    <message>
        <source>{mark}  {id}  {label} · hard criterium</source>
        <translation>{mark}  {id}  {label} · hard criterion</translation>
    </message>
    <message>
        <source>{question}
Antwoord: {answer}</source>
        <translation>{question}
Answer: {answer}</translation>
    </message>
    <message>
        <source>{}: toelichting</source>
        <translation>{}: explanation</translation>
    </message>
</context>
<context>
    <name>DecisionFields</name>
    <message>
        <source>Nog geen uitkomst gekozen</source>
        <translation>No outcome chosen yet</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>van {precedent} op ‘{factor}’</source>
        <translation>from {precedent} on ‘{factor}’</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <source>&amp;Artikel van de algemene regel:</source>
        <translation>&amp;Article of the general rule:</translation>
    </message>
    <message>
        <source>&amp;Contactgegevens:</source>
        <translation>&amp;Contact details:</translation>
    </message>
    <message>
        <source>&amp;Geboortedatum:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Notities:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Onderneming</source>
        <translation>&amp;Business</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Persoon</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Regeling:</source>
        <translation>&amp;Scheme:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Tonen</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>9 cijfers</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>Aanwezige &amp;ondersteuning:</source>
        <translation>Existing s&amp;upport:</translation>
    </message>
    <message>
        <source>Afweging</source>
        <translation>Weighing</translation>
    </message>
    <message>
        <source>Alle wijzigingen sinds het laatste opslaan terugdraaien?</source>
        <translation>Revert all changes since the last save?</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Artikel voor de a&amp;fwijking (hardheidsclausule):</source>
        <translation>Article for the de&amp;viation (hardship clause):</translation>
    </message>
    <message>
        <source>B&amp;SN:</source>
        <translation>B&amp;SN (citizen service number):</translation>
    </message>
    <message>
        <source>Beschrijf de feiten in gewone woorden. Deze tekst is de basis voor het voorstel en de motivering.</source>
        <translation>Describe the facts in plain words. This text is the basis for the proposal and the reasoning.</translation>
    </message>
    <message>
        <source>Beschrijf wat u ziet; dit is geen oordeel over de persoon.</source>
        <translation>Describe what you see; this is not a judgement of the person.</translation>
    </message>
    <message>
        <source>Beslissing openen</source>
        <translation>Open decision</translation>
    </message>
    <message>
        <source>Betrokken &amp;organisaties:</source>
        <translation>Organisations &amp;involved:</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Casus-&amp;eigenaar:</source>
        <translation>Case o&amp;wner:</translation>
    </message>
    <message>
        <source>De beslissing in de stap Precedenten is gewijzigd maar nog niet vastgelegd; Opslaan legt haar vast.</source>
        <translation>The decision in the Precedents step has been changed but not recorded yet; Save records it.</translation>
    </message>
    <message>
        <source>De groep openen: het gedeelde knelpunt, het groepsbesluit en de controle van elk lid</source>
        <translation>Open the group: the shared bottleneck, the group decision and the check of each member</translation>
    </message>
    <message>
        <source>De stappen van het dossier, van boven naar beneden: ✓ klaar, ! aandacht nodig, ○ nog open.</source>
        <translation>The steps of the dossier, from top to bottom: ✓ done, ! needs attention, ○ still open.</translation>
    </message>
    <message>
        <source>De velden krijgen weer de inhoud die is opgeslagen. Tijdlijn en bijlagen veranderen niet: die worden altijd direct bewaard.</source>
        <translation>The fields get back the content that was saved. The timeline and attachments do not change: they are always stored straight away.</translation>
    </message>
    <message>
        <source>Doenvermogen</source>
        <translation>Capacity to act (doenvermogen)</translation>
    </message>
    <message>
        <source>Doenvermogen is het vermogen om te doen wat nodig is. Het kan bij iedereen tijdelijk lager zijn, bijvoorbeeld door stress of een ingrijpende gebeurtenis.</source>
        <translation>Capacity to act (doenvermogen) is the ability to do what is needed. It can be lower for a while in anyone, for example through stress or a drastic event.</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <source>Dossier vernieuwen</source>
        <translation>Refresh dossier</translation>
    </message>
    <message>
        <source>Dossier {}</source>
        <translation>Dossier {}</translation>
    </message>
    <message>
        <source>Dossier {} ‘{}’ heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>Dossier {} ‘{}’ has changes that have not been saved yet.</translation>
    </message>
    <message>
        <source>Een BSN heeft 9 cijfers.</source>
        <translation>A BSN has 9 digits.</translation>
    </message>
    <message>
        <source>Eerst opslaan</source>
        <translation>Save first</translation>
    </message>
    <message>
        <source>Feiten</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Geldig van vorm. Let op: de elfproef bewijst niet dat dit het nummer van deze persoon is. Controleer dat in de BRP of op het identiteitsbewijs (vergewisplicht).</source>
        <translation>Valid in form. Note: the elfproef (eleven test) does not prove that this is this person&apos;s number. Check that in the BRP (Personal Records Database) or on the proof of identity (vergewisplicht, duty to verify).</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>H&amp;uishouden:</source>
        <translation>Househ&amp;old:</translation>
    </message>
    <message>
        <source>Het dossier is niet opgeslagen; uw tekst staat nog in het scherm.</source>
        <translation>The dossier was not saved; your text is still on the screen.</translation>
    </message>
    <message>
        <source>Het dossier kon niet worden geopend.</source>
        <translation>The dossier could not be opened.</translation>
    </message>
    <message>
        <source>Het dossier waar dit werk bij hoort, bestaat niet meer. Het werk is teruggezet als nieuw dossier; sla het op om het te bewaren.</source>
        <translation>The dossier this work belongs to no longer exists. The work has been restored as a new dossier; save it to keep it.</translation>
    </message>
    <message>
        <source>Het kenmerk krijgt het dossier bij de eerste keer opslaan.</source>
        <translation>The dossier gets its reference when it is first saved.</translation>
    </message>
    <message>
        <source>Het nieuwe dossier ‘{}’ heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>The new dossier ‘{}’ has changes that have not been saved yet.</translation>
    </message>
    <message>
        <source>Kenmerk:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Keuzes niet vastgelegd</source>
        <translation>Choices not recorded</translation>
    </message>
    <message>
        <source>Knelpunt</source>
        <translation>Bottleneck</translation>
    </message>
    <message>
        <source>Korte omschrijving, bijv. &apos;Terugvordering huurtoeslag na scheiding&apos;</source>
        <translation>Short description, e.g. &apos;Recovery of rent benefit after divorce&apos;</translation>
    </message>
    <message>
        <source>KvK-nu&amp;mmer:</source>
        <translation>Chamber of Commerce nu&amp;mber (KvK):</translation>
    </message>
    <message>
        <source>Leg alleen vast wat u voor deze casus nodig hebt.</source>
        <translation>Record only what you need for this case.</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Maak de geboortedatum leeg.</source>
        <translation>Clear the date of birth.</translation>
    </message>
    <message>
        <source>Naam van de persoon of van de onderneming</source>
        <translation>Name of the person or of the business</translation>
    </message>
    <message>
        <source>Naar &amp;de groep…</source>
        <translation>To the &amp;group…</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Niet-opgeslagen werk</source>
        <translation>Unsaved work</translation>
    </message>
    <message>
        <source>Niet-opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Niet-opgeslagen wijzigingen — automatisch bewaard om {}</source>
        <translation>Unsaved changes — autosaved at {}</translation>
    </message>
    <message>
        <source>Niet-opgeslagen wijzigingen — automatisch bewaren is mislukt; sla het dossier op</source>
        <translation>Unsaved changes — autosave failed; save the dossier</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>Nieuw dossier — {}</source>
        <translation>New dossier — {}</translation>
    </message>
    <message>
        <source>Nog niet opgeslagen</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Om welke wet of regeling gaat het? Bijv. Participatiewet</source>
        <translation>Which act or scheme is it about? E.g. Participatiewet (Participation Act)</translation>
    </message>
    <message>
        <source>Omstandigheden die nu spelen</source>
        <translation>Circumstances at play now</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Ondertekend op {day} door {name} — wijzigen kan alleen via een nieuwe versie door de voorzitter. De tijdlijn, de notities, de bijlagen en het loket kunt u aanvullen.</source>
        <translation>Signed on {day} by {name} — it can only be changed through a new version by the chair. You can add to the timeline, the notes, the attachments and the desk.</translation>
    </message>
    <message>
        <source>Ongeldig nummer: dit nummer doorstaat de elfproef niet. Kijk het na op het identiteitsbewijs of in de BRP.</source>
        <translation>Invalid number: this number fails the elfproef (eleven test). Check it on the proof of identity or in the BRP (Personal Records Database).</translation>
    </message>
    <message>
        <source>Ongeldig nummer: een BSN bestaat alleen uit cijfers.</source>
        <translation>Invalid number: a BSN consists of digits only.</translation>
    </message>
    <message>
        <source>Ongeldig nummer: een BSN heeft 9 cijfers.</source>
        <translation>Invalid number: a BSN has 9 digits.</translation>
    </message>
    <message>
        <source>Op welk artikel rust de generieke uitkomst? Bijv. art. 58 lid 1</source>
        <translation>Which article does the general outcome rest on? E.g. art. 58 para. 1</translation>
    </message>
    <message>
        <source>Open de bijlage met het programma dat daarvoor op deze computer is ingesteld.</source>
        <translation>Open the attachment with the program set up for it on this computer.</translation>
    </message>
    <message>
        <source>Opgeslagen op {}</source>
        <translation>Saved on {}</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Precedenten</source>
        <translation>Precedents</translation>
    </message>
    <message>
        <source>Samenstelling van het huishouden, voor zover van belang. Bijv. alleenstaande ouder met twee schoolgaande kinderen</source>
        <translation>Make-up of the household, as far as it matters. E.g. single parent with two school-age children</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op om bijlagen toe te voegen.</source>
        <translation>Save the dossier first to add attachments.</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op om de tijdlijn bij te houden.</source>
        <translation>Save the dossier first to keep its timeline.</translation>
    </message>
    <message>
        <source>Sla het dossier op.</source>
        <translation>Save the dossier.</translation>
    </message>
    <message>
        <source>Sla uw wijzigingen eerst op, of draai ze terug; kies daarna welke versies blijven.</source>
        <translation>Save your changes first, or revert them; then choose which versions stay.</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Stappen van het dossier</source>
        <translation>Steps of the dossier</translation>
    </message>
    <message>
        <source>Telefoon, e-mail of adres, en hoe de betrokkene het liefst bereikt wordt</source>
        <translation>Phone, e-mail or address, and how the person concerned prefers to be reached</translation>
    </message>
    <message>
        <source>Terugdraaien</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Toetsing</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Toon het volledige BSN om het te lezen of te wijzigen.</source>
        <translation>Show the full BSN to read or change it.</translation>
    </message>
    <message>
        <source>Typ de datum als dd-mm-jjjj of kies hem in de kalender.</source>
        <translation>Type the date as dd-mm-yyyy or pick it in the calendar.</translation>
    </message>
    <message>
        <source>U werkt als {roles}: u kunt dit dossier bekijken, niet wijzigen. Dossiers wijzigen kan een {editors}; vraag die rol aan de functioneel beheerder.</source>
        <translation>You work as {roles}: you can view this dossier, not change it. Dossiers can be changed by a {editors}; ask the application administrator for that role.</translation>
    </message>
    <message>
        <source>Uw wijzigingen zijn nog niet opgeslagen; bij Opslaan kiest u tussen de nieuwe versie en uw versie als concept.</source>
        <translation>Your changes have not been saved yet; when you save, you choose between the new version and your version as a draft.</translation>
    </message>
    <message>
        <source>Vastgelegd als historisch besluit ({source}) — wijzigen kan alleen via een nieuwe versie door de voorzitter. De tijdlijn, de notities, de bijlagen en het loket kunt u aanvullen.</source>
        <translation>Recorded as a historic decision ({source}) — it can only be changed through a new version by the chair. You can add to the timeline, the notes, the attachments and the desk.</translation>
    </message>
    <message>
        <source>Vink aan wat nu speelt. Dit zijn omstandigheden, geen diagnose.</source>
        <translation>Tick what is at play now. These are circumstances, not a diagnosis.</translation>
    </message>
    <message>
        <source>Vink de organisaties aan die bij deze casus betrokken zijn (spatiebalk om aan of uit te vinken).</source>
        <translation>Tick the organisations involved in this case (space bar to tick or untick).</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Voorstel</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Vrije aantekeningen bij dit dossier: afspraken, ideeën, wat nog moet gebeuren.</source>
        <translation>Free notes on this dossier: agreements, ideas, what still has to be done.</translation>
    </message>
    <message>
        <source>W&amp;issen</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Waarom k&amp;nelt dat?</source>
        <translation>Why does that &amp;pinch?</translation>
    </message>
    <message>
        <source>Waarom pakt de regel hier onredelijk uit? Beschrijf de gevolgen voor deze burger.</source>
        <translation>Why does the rule work out unreasonably here? Describe the consequences for this citizen.</translation>
    </message>
    <message>
        <source>Wat &amp;vraagt de burger?</source>
        <translation>What does the citizen &amp;ask?</translation>
    </message>
    <message>
        <source>Wat betekent de regel, zoals die normaal wordt toegepast, voor deze burger? Bijv. terugvordering van € 4.200 in één keer.</source>
        <translation>What does the rule, as normally applied, mean for this citizen? E.g. recovery of € 4.200 in one go.</translation>
    </message>
    <message>
        <source>Wat hebt u gezien of gehoord?</source>
        <translation>What have you seen or heard?</translation>
    </message>
    <message>
        <source>Wat levert de &amp;generieke regel op?</source>
        <translation>What does the &amp;general rule lead to?</translation>
    </message>
    <message>
        <source>Wat vraagt de burger of ondernemer precies? Gebruik zo veel mogelijk diens eigen woorden.</source>
        <translation>What exactly does the citizen or business owner ask? Use their own words as far as possible.</translation>
    </message>
    <message>
        <source>Wat ziet u bij de vijf onderdelen?</source>
        <translation>What do you see in the five areas?</translation>
    </message>
    <message>
        <source>Wat ziet u?</source>
        <translation>What do you see?</translation>
    </message>
    <message>
        <source>Welke bepaling laat afwijken toe? Bijv. art. 58 lid 8</source>
        <translation>Which provision allows a deviation? E.g. art. 58 para. 8</translation>
    </message>
    <message>
        <source>Wie helpt er al? Bijv. netwerk, bewindvoerder, wijkteam, maatschappelijk werk</source>
        <translation>Who is already helping? E.g. network, financial administrator, neighbourhood team, social work</translation>
    </message>
    <message>
        <source>Wie is verantwoordelijk voor dit dossier? Naam of gebruikersnaam</source>
        <translation>Who is responsible for this dossier? Name or user name</translation>
    </message>
    <message>
        <source>Wijzigingen opslaan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Wijzigingen terugdraaien</source>
        <translation>Revert changes</translation>
    </message>
    <message>
        <source>Zet alle velden terug zoals ze de laatste keer zijn opgeslagen.</source>
        <translation>Put every field back as it was last saved.</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>de betrokken organisaties</source>
        <translation>the organisations involved</translation>
    </message>
    <message>
        <source>de betrokkene</source>
        <translation>the person concerned</translation>
    </message>
    <message>
        <source>de casus-eigenaar</source>
        <translation>the case owner</translation>
    </message>
    <message>
        <source>de feiten (bedragen, derden, fase, uitspraken)</source>
        <translation>the facts (amounts, third parties, stage, rulings)</translation>
    </message>
    <message>
        <source>de notities</source>
        <translation>the notes</translation>
    </message>
    <message>
        <source>de regeling</source>
        <translation>the scheme</translation>
    </message>
    <message>
        <source>de status</source>
        <translation>the status</translation>
    </message>
    <message>
        <source>de titel</source>
        <translation>the title</translation>
    </message>
    <message>
        <source>het artikel van de algemene regel</source>
        <translation>the article of the general rule</translation>
    </message>
    <message>
        <source>het artikel voor de afwijking</source>
        <translation>the article for the deviation</translation>
    </message>
    <message>
        <source>het doenvermogen</source>
        <translation>the capacity to act (doenvermogen)</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>waarom het knelt</source>
        <translation>why it pinches</translation>
    </message>
    <message>
        <source>wat de burger vraagt</source>
        <translation>what the citizen asks</translation>
    </message>
    <message>
        <source>wat de generieke regel oplevert</source>
        <translation>what the general rule leads to</translation>
    </message>
    <message>
        <source>{} of {}</source>
        <translation>{} or {}</translation>
    </message>
    <message>
        <source>{}: toelichting</source>
        <translation>{}: explanation</translation>
    </message>
    <message>
        <source>{}: wat ziet u?</source>
        <translation>{}: what do you see?</translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>DossierListPane</name>
    <message>
        <source>1 dossier</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>Alle eigenaren</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Filter op eigenaar</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Geen dossiers</source>
        <translation>No dossiers</translation>
    </message>
    <message>
        <source>Geen dossiers gevonden met deze filters. Zoek op een deel van een kenmerk, titel, naam of woord, of kies ‘Alle statussen’ en ‘Alle eigenaren’.</source>
        <translation>No dossiers found with these filters. Search for part of a reference, title, name or word, or choose ‘All statuses’ and ‘All owners’.</translation>
    </message>
    <message>
        <source>Geen dossiers gevonden voor ‘{}’ met deze filters. Zoek op een deel van een kenmerk, titel, naam of woord, of kies ‘Alle statussen’ en ‘Alle eigenaren’.</source>
        <translation>No dossiers found for ‘{}’ with these filters. Search for part of a reference, title, name or word, or choose ‘All statuses’ and ‘All owners’.</translation>
    </message>
    <message>
        <source>Toon alleen dossiers met deze status</source>
        <translation>Show only dossiers with this status</translation>
    </message>
    <message>
        <source>Toon alleen dossiers van deze eigenaar</source>
        <translation>Show only dossiers of this owner</translation>
    </message>
    <message>
        <source>Zoek in dossiers</source>
        <translation>Search dossiers</translation>
    </message>
    <message>
        <source>Zoek in dossiers…</source>
        <translation>Search dossiers…</translation>
    </message>
    <message>
        <source>Zoekt in titel, regeling, knelpunt, verzoek, notities, eigenaar, naam van de betrokkene en tijdlijn. Hoofdletters en accenten maken niet uit.</source>
        <translation>Searches title, scheme, bottleneck, request, notes, owner, name of the person concerned and timeline. Capitals and accents do not matter.</translation>
    </message>
    <message>
        <source>{} dossiers</source>
        <translation>{} dossiers</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Brief opmaken…</source>
        <translation>Laying out the letter…</translation>
    </message>
    <message>
        <source>De brief is niet gemaakt.</source>
        <translation>The letter was not made.</translation>
    </message>
    <message>
        <source>De dossiers ter bespreking zijn niet gevonden.</source>
        <translation>The dossiers for discussion could not be found.</translation>
    </message>
    <message>
        <source>De samenvatting is niet gemaakt.</source>
        <translation>The summary was not made.</translation>
    </message>
    <message>
        <source>Document opmaken…</source>
        <translation>Laying out the document…</translation>
    </message>
    <message>
        <source>Dossiers ter bespreking zoeken…</source>
        <translation>Looking for dossiers for discussion…</translation>
    </message>
    <message>
        <source>Geen besluit gemaakt</source>
        <translation>No decision document made</translation>
    </message>
    <message>
        <source>Geen besluitbrief gemaakt</source>
        <translation>No decision letter made</translation>
    </message>
    <message>
        <source>Geen inzageoverzicht gemaakt</source>
        <translation>No access report made</translation>
    </message>
    <message>
        <source>Geen samenvatting gemaakt</source>
        <translation>No summary made</translation>
    </message>
    <message>
        <source>Het document is niet gemaakt.</source>
        <translation>The document was not made.</translation>
    </message>
    <message>
        <source>Het inzageoverzicht is niet gemaakt.</source>
        <translation>The access report was not made.</translation>
    </message>
    <message>
        <source>Inzageoverzicht opmaken…</source>
        <translation>Laying out the access report…</translation>
    </message>
    <message>
        <source>Samenvatting opmaken…</source>
        <translation>Laying out the summary…</translation>
    </message>
    <message>
        <source>Vergaderstukken</source>
        <translation>Meeting papers</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <source>&amp;Derde toevoegen…</source>
        <translation>Add &amp;third party…</translation>
    </message>
    <message>
        <source>&amp;Fase van de procedure:</source>
        <translation>&amp;Stage of the procedure:</translation>
    </message>
    <message>
        <source>&amp;Minderjarige kinderen die de gevolgen merken:</source>
        <translation>&amp;Minor children who feel the consequences:</translation>
    </message>
    <message>
        <source>&amp;Uitspraak toevoegen…</source>
        <translation>Add &amp;ruling…</translation>
    </message>
    <message>
        <source>Anderen die voor de zaak van belang zijn. Hun namen zijn persoonsgegevens: in een gepseudonimiseerd stuk staat hun rol.</source>
        <translation>Others who matter to the case. Their names are personal data: a pseudonymised document shows their role.</translation>
    </message>
    <message>
        <source>Bedrag &amp;toevoegen…</source>
        <translation>&amp;Add amount…</translation>
    </message>
    <message>
        <source>Bedrag &amp;verwijderen</source>
        <translation>Remo&amp;ve amount</translation>
    </message>
    <message>
        <source>Bedrag wijzi&amp;gen…</source>
        <translation>&amp;Change amount…</translation>
    </message>
    <message>
        <source>Bedragen</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <source>De (terug)vordering, het inkomen, uitkeringen en schulden, elk met de periode waarover het gaat.</source>
        <translation>The claim or recovery, income, benefits and debts, each with the period it covers.</translation>
    </message>
    <message>
        <source>De feiten die meetellen, als gegevens: bedragen, derden, de fase van de procedure en uitspraken. Het verhaal zelf staat bij Knelpunt. Wat u hier wijzigt, bewaart Opslaan.</source>
        <translation>The facts that count, as data: amounts, third parties, the stage of the procedure and rulings. The story itself is under Bottleneck. What you change here, Save keeps.</translation>
    </message>
    <message>
        <source>De organisatie heeft zelf een &amp;aandeel in het probleem</source>
        <translation>The organisation itself has a share in the &amp;problem</translation>
    </message>
    <message>
        <source>Derde ve&amp;rwijderen</source>
        <translation>Remove thir&amp;d party</translation>
    </message>
    <message>
        <source>Derde wij&amp;zigen…</source>
        <translation>Chan&amp;ge third party…</translation>
    </message>
    <message>
        <source>Derden</source>
        <translation>Third parties</translation>
    </message>
    <message>
        <source>Hoeveel minderjarige kinderen in het huishouden merken de gevolgen van het besluit? Laat op &quot;niet vastgelegd&quot; als u het niet weet.</source>
        <translation>How many minor children in the household feel the consequences of the decision? Leave it at &quot;not recorded&quot; if you do not know.</translation>
    </message>
    <message>
        <source>Kruis aan als de organisatie zelf heeft bijgedragen aan het probleem, bijvoorbeeld door een fout of een late beslissing.</source>
        <translation>Tick if the organisation itself contributed to the problem, for example through a mistake or a late decision.</translation>
    </message>
    <message>
        <source>Uitspraak v&amp;erwijderen</source>
        <translation>Remove r&amp;uling</translation>
    </message>
    <message>
        <source>Uitspraak w&amp;ijzigen…</source>
        <translation>Change ru&amp;ling…</translation>
    </message>
    <message>
        <source>Uitspraken</source>
        <translation>Rulings</translation>
    </message>
    <message>
        <source>Waar staat de procedure nu? Laat leeg als dat (nog) niet speelt.</source>
        <translation>Where does the procedure stand now? Leave empty if it does not apply (yet).</translation>
    </message>
    <message>
        <source>niet vastgelegd</source>
        <translation>not recorded</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{date} om {time}</source>
        <translation>{date} at {time}</translation>
    </message>
</context>
<context>
    <name>GroupFormDialog</name>
    <message>
        <source>&amp;Artikel</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>&amp;Gedeeld knelpunt</source>
        <translation>Shared &amp;bottleneck</translation>
    </message>
    <message>
        <source>&amp;Mate</source>
        <translation>&amp;Extent</translation>
    </message>
    <message>
        <source>&amp;Regeling</source>
        <translation>&amp;Scheme</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Uitkomst</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Eenheid van de mate</source>
        <translation>Unit of the extent</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Groep {}</source>
        <translation>Group {}</translation>
    </message>
    <message>
        <source>Groepsbesluit</source>
        <translation>Group decision</translation>
    </message>
    <message>
        <source>M&amp;otivering</source>
        <translation>&amp;Reasoning</translation>
    </message>
    <message>
        <source>Mate</source>
        <translation>Extent</translation>
    </message>
    <message>
        <source>Nieuwe groep</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Nog geen groepsbesluit</source>
        <translation>No group decision yet</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Waarom deze uitkomst past bij het gedeelde knelpunt</source>
        <translation>Why this outcome fits the shared bottleneck</translation>
    </message>
    <message>
        <source>Wat de regel bij iedereen in de groep doet, en waarom dat knelt</source>
        <translation>What the rule does to everyone in the group, and why that pinches</translation>
    </message>
    <message>
        <source>geen mate</source>
        <translation>no extent</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>&amp;Dossier openen</source>
        <translation>Open &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Groepen</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <source>&amp;Individueel besluiten</source>
        <translation>Decide &amp;individually</translation>
    </message>
    <message>
        <source>&amp;Leden en hun controle</source>
        <translation>&amp;Members and their check</translation>
    </message>
    <message>
        <source>&amp;Nieuwe groep…</source>
        <translation>&amp;New group…</translation>
    </message>
    <message>
        <source>&amp;Past: geen individuele omstandigheden</source>
        <translation>&amp;Fits: no individual circumstances</translation>
    </message>
    <message>
        <source>1 lid</source>
        <translation>1 member</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Een groep bundelt dossiers met hetzelfde knelpunt: dezelfde regel pakt bij iedereen op dezelfde manier uit. Het groepsbesluit geldt voor een lid pas nadat u dat lid afzonderlijk hebt gecontroleerd; daarna gaat het besluit, zoals elk besluit, naar het casuïstiekoverleg om te ondertekenen (vier ogen).</source>
        <translation>A group gathers dossiers with the same bottleneck: the same rule works out the same way for everyone. The group decision applies to a member only after you have checked that member separately; then the decision, like every decision, goes to the case conference to be signed (four eyes).</translation>
    </message>
    <message>
        <source>Een groep maken: titel, regeling, het gedeelde knelpunt en het groepsbesluit</source>
        <translation>Make a group: title, scheme, the shared bottleneck and the group decision</translation>
    </message>
    <message>
        <source>Gedeeld knelpunt: {}</source>
        <translation>Shared bottleneck: {}</translation>
    </message>
    <message>
        <source>Groep &amp;wijzigen…</source>
        <translation>&amp;Change group…</translation>
    </message>
    <message>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Groepsbesluit</source>
        <translation>Group decision</translation>
    </message>
    <message>
        <source>Groepsbesluit &amp;toepassen</source>
        <translation>&amp;Apply group decision</translation>
    </message>
    <message>
        <source>Groepsbesluit: nog geen. Leg het vast met ‘Groep wijzigen…’.</source>
        <translation>Group decision: none yet. Record it with ‘Change group…’.</translation>
    </message>
    <message>
        <source>Groepsbesluit: {outcome}. {motivation}</source>
        <translation>Group decision: {outcome}. {motivation}</translation>
    </message>
    <message>
        <source>Het dossier dat in het hoofdvenster open staat aan deze groep toevoegen</source>
        <translation>Add the dossier open in the main window to this group</translation>
    </message>
    <message>
        <source>Het gekozen dossier openen in het hoofdvenster</source>
        <translation>Open the chosen dossier in the main window</translation>
    </message>
    <message>
        <source>Het gekozen dossier uit de groep halen</source>
        <translation>Take the chosen dossier out of the group</translation>
    </message>
    <message>
        <source>Het groepsbesluit vastleggen als beslissing van dit gecontroleerde lid; het gaat daarna naar het overleg om te ondertekenen</source>
        <translation>Record the group decision as the decision of this checked member; it then goes to the meeting to be signed</translation>
    </message>
    <message>
        <source>Individuele omstandigheden</source>
        <translation>Individual circumstances</translation>
    </message>
    <message>
        <source>Individuele omstandigheden (bij de &amp;controle)</source>
        <translation>Individual circumstances (at the c&amp;heck)</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Lid &amp;verwijderen</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <source>Open dossier t&amp;oevoegen</source>
        <translation>Add o&amp;pen dossier</translation>
    </message>
    <message>
        <source>Regeling: {}</source>
        <translation>Scheme: {}</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Titel, regeling, gedeeld knelpunt en groepsbesluit van de gekozen groep wijzigen</source>
        <translation>Change title, scheme, shared bottleneck and group decision of the chosen group</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Uit de groep halen</source>
        <translation>Take out of the group</translation>
    </message>
    <message>
        <source>Vastleggen dat de eigen toets van dit lid niets in de weg legt en dat er geen individuele omstandigheden zijn</source>
        <translation>Record that this member&apos;s own assessment raises no objection and that there are no individual circumstances</translation>
    </message>
    <message>
        <source>Vastleggen welke individuele omstandigheden om een andere uitkomst vragen; dit lid krijgt een eigen besluit</source>
        <translation>Record which individual circumstances call for another outcome; this member gets a decision of their own</translation>
    </message>
    <message>
        <source>Welke omstandigheden van dit lid vragen om een andere uitkomst? Leeg als er geen zijn.</source>
        <translation>Which circumstances of this member call for another outcome? Empty if there are none.</translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>{} leden</source>
        <translation>{} members</translation>
    </message>
    <message>
        <source>{} uit de groep halen?</source>
        <translation>Take {} out of the group?</translation>
    </message>
    <message>
        <source>{}, ondertekend</source>
        <translation>{}, signed</translation>
    </message>
</context>
<context>
    <name>IntakeQueueDialog</name>
    <message>
        <source>&amp;Dossiers met signalen</source>
        <translation>&amp;Dossiers with signals</translation>
    </message>
    <message>
        <source>&amp;Dossiers met signalen ({})</source>
        <translation>&amp;Dossiers with signals ({})</translation>
    </message>
    <message>
        <source>&amp;Sorteren op:</source>
        <translation>&amp;Sort by:</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Waarom geen maatwerk?</source>
        <translation>&amp;Why no tailored decision?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: de gevolgen zijn met een betalingsregeling op te vangen.</source>
        <translation>For example: a payment plan can absorb the consequences.</translation>
    </message>
    <message>
        <source>De reden wordt bij het dossier bewaard; alleen een behandelaar of voorzitter kan een dossier van de lijst halen.</source>
        <translation>The reason is kept with the dossier; only a caseworker or chair can take a dossier off the list.</translation>
    </message>
    <message>
        <source>Dossier &amp;openen</source>
        <translation>&amp;Open dossier</translation>
    </message>
    <message>
        <source>Dossiers met signalen</source>
        <translation>Dossiers with signals</translation>
    </message>
    <message>
        <source>Dubbelklik of druk op Enter om het dossier te openen.</source>
        <translation>Double-click or press Enter to open the dossier.</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Mogelijk maatwerk</source>
        <translation>Possible tailored decisions</translation>
    </message>
    <message>
        <source>Open dossiers waarvan de vastgelegde feiten erop wijzen dat de generieke regel hier mogelijk niet past. Een signaal is een reden om goed te kijken, geen oordeel. Vraagt een dossier geen maatwerk, haal het dan met een reden van de lijst; het komt terug als er een nieuw signaal bij komt.</source>
        <translation>Open dossiers whose recorded facts suggest that the general rule may not fit here. A signal is a reason to look closely, not a judgement. If a dossier needs no tailored decision, take it off the list with a reason; it comes back when a new signal is added.</translation>
    </message>
    <message>
        <source>Open sinds</source>
        <translation>Open since</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Signalen van het gekozen dossier</source>
        <translation>Signals of the chosen dossier</translation>
    </message>
    <message>
        <source>Signalen volgens {}</source>
        <translation>Signals according to {}</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Van de lijst &amp;halen</source>
        <translation>&amp;Take off the list</translation>
    </message>
    <message>
        <source>Waarom dit dossier op de lijst staat</source>
        <translation>Why this dossier is on the list</translation>
    </message>
    <message>
        <source>kenmerk</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>langst open</source>
        <translation>longest open</translation>
    </message>
    <message>
        <source>meeste signalen</source>
        <translation>most signals</translation>
    </message>
    <message>
        <source>{date} (1 dag)</source>
        <translation>{date} (1 day)</translation>
    </message>
    <message>
        <source>{date} ({days} dagen)</source>
        <translation>{date} ({days} days)</translation>
    </message>
</context>
<context>
    <name>IntegrityBanner</name>
    <message>
        <source>Beoordelen en vri&amp;jgeven…</source>
        <translation>Verif&amp;y and release…</translation>
    </message>
    <message>
        <source>Dit dossier is alleen-lezen: het vastgelegde besluit is buiten MaatwerkDesk gewijzigd.</source>
        <translation>This dossier is read-only: the recorded decision was changed outside MaatwerkDesk.</translation>
    </message>
    <message>
        <source>Niemand kan het wijzigen tot een functioneel beheerder het heeft beoordeeld. Meld het bij de functioneel beheerder.</source>
        <translation>No one can change it until an application administrator has reviewed it. Report it to the application administrator.</translation>
    </message>
    <message>
        <source>U bent functioneel beheerder: ga na wat er is gebeurd en leg met ‘Beoordelen en vrijgeven…’ vast wat u hebt onderzocht. Daarna kan er weer aan worden gewerkt.</source>
        <translation>You are an application administrator: find out what happened and record what you have looked into with ‘Verify and release…’. After that, work on it can continue.</translation>
    </message>
    <message>
        <source>Vastleggen wat u hebt onderzocht, en het dossier weer vrijgeven</source>
        <translation>Record what you have looked into, and release the dossier again</translation>
    </message>
    <message>
        <source>Wat er is gewijzigd</source>
        <translation>What was changed</translation>
    </message>
</context>
<context>
    <name>LoketEntryDialog</name>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Grondslag:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Stap:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <source>&amp;Toestemming:</source>
        <translation>&amp;Consent:</translation>
    </message>
    <message>
        <source>&amp;Vraag aan de organisatie:</source>
        <translation>&amp;Question for the organisation:</translation>
    </message>
    <message>
        <source>&amp;Warme overdracht: u brengt de betrokkene zelf in contact met de organisatie</source>
        <translation>&amp;Warm handover: you put the person concerned in touch with the organisation yourself</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Deel niet meer dan nodig: zonder identificerende gegevens is de samenvatting gepseudonimiseerd. Bij toestemming (a) kiest u de toestemming; bij c en e noemt u het wetsartikel. Grondslag f geldt niet voor een overheidsorganisatie.</source>
        <translation>Share no more than needed: without identifying data the summary is pseudonymised. For consent (a) you choose the consent; for c and e you name the statutory article. Legal basis f does not apply to a government organisation.</translation>
    </message>
    <message>
        <source>Delen</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Een organisatie waarmee de betrokkene in deze zaak te maken heeft.</source>
        <translation>An organisation the person concerned deals with in this case.</translation>
    </message>
    <message>
        <source>Gegeve&amp;ns:</source>
        <translation>Dat&amp;a:</translation>
    </message>
    <message>
        <source>Gegevens delen</source>
        <translation>Share data</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Naar welke stap gaat de verwijzing, en op welke dag? Zonder datum geldt vandaag.</source>
        <translation>To which step does the referral move, and on which day? Without a date, today applies.</translation>
    </message>
    <message>
        <source>Organisatie toevoegen</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <source>Schrijf de datum als dd-mm-jjjj (bijv. 07-12-2026), of laat het veld leeg.</source>
        <translation>Write the date as dd-mm-yyyy (e.g. 07-12-2026), or leave the field empty.</translation>
    </message>
    <message>
        <source>To&amp;elichting:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Verwijzen</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>Volgende stap van de verwijzing</source>
        <translation>Next step of the referral</translation>
    </message>
    <message>
        <source>Voor welke gegevens en welke organisatie gaf de betrokkene toestemming, en wanneer? Zonder datum geldt vandaag.</source>
        <translation>For which data and which organisation did the person concerned give consent, and when? Without a date, today applies.</translation>
    </message>
    <message>
        <source>Wat vraagt u de organisatie te doen? Bij een warme overdracht brengt u de betrokkene zelf in contact, bijvoorbeeld in een gesprek met z&apos;n drieën.</source>
        <translation>What do you ask the organisation to do? In a warm handover you put the person concerned in touch yourself, for example in a three-way conversation.</translation>
    </message>
    <message>
        <source>Welke gegevens</source>
        <translation>Which data</translation>
    </message>
    <message>
        <source>Wets&amp;artikel:</source>
        <translation>Statutory ar&amp;ticle:</translation>
    </message>
    <message>
        <source>bij grondslag c of e, bijv. art. 7 Participatiewet</source>
        <translation>for legal basis c or e, e.g. art. 7 Participatiewet</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>{names}, gegeven {given}</source>
        <translation>{names}, given {given}</translation>
    </message>
    <message>
        <source>{names}, gegeven {given}, ingetrokken {withdrawn}</source>
        <translation>{names}, given {given}, withdrawn {withdrawn}</translation>
    </message>
</context>
<context>
    <name>LoketPanel</name>
    <message>
        <source>&amp;Organisatie toevoegen…</source>
        <translation>Add &amp;organisation…</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gedeelde gegevens</source>
        <translation>Shared data</translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation>Data item</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Gegevens &amp;delen…</source>
        <translation>&amp;Share data…</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Legt vast wat u met wie deelt, en maakt de samenvatting voor die organisatie.</source>
        <translation>Records what you share with whom, and makes the summary for that organisation.</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Met welke organisaties dit dossier te maken heeft, waarheen het is verwezen, waarvoor de betrokkene toestemming gaf en wat met wie is gedeeld, op welke grondslag (art. 6 AVG). Zonder meer te kiezen deelt u alleen de zaak en het knelpunt, zonder naam of BSN.</source>
        <translation>Which organisations this dossier involves, where it was referred, what the person concerned consented to and what was shared with whom, on which legal basis (art. 6 GDPR). Unless you choose more, you share only the case and the bottleneck, without name or BSN.</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisatie verwijderen</source>
        <translation>Remove organisation</translation>
    </message>
    <message>
        <source>Organisatie we&amp;ghalen</source>
        <translation>Remo&amp;ve organisation</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Samenvatting &amp;tonen</source>
        <translation>Show su&amp;mmary</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Toestemming &amp;intrekken</source>
        <translation>&amp;Withdraw consent</translation>
    </message>
    <message>
        <source>Toestemming &amp;vastleggen…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Toestemming van de betrokkene</source>
        <translation>Consent of the person concerned</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Toont de samenvatting van de gekozen deling als PDF.</source>
        <translation>Shows the summary of the chosen sharing as a PDF.</translation>
    </message>
    <message>
        <source>Ve&amp;rwijzen…</source>
        <translation>&amp;Refer…</translation>
    </message>
    <message>
        <source>Verwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Verwijzingen en warme overdrachten</source>
        <translation>Referrals and warm handovers</translation>
    </message>
    <message>
        <source>Volgende &amp;stap…</source>
        <translation>Next ste&amp;p…</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>gewoon</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>warm</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Besluit of voorstel als PDF…</source>
        <translation>&amp;Decision or proposal as PDF…</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Casuïstiekoverleg…</source>
        <translation>Case con&amp;ference…</translation>
    </message>
    <message>
        <source>&amp;Gebruiker wisselen…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Inzageoverzicht (AVG art. 15)…</source>
        <translation>&amp;Access report (GDPR art. 15)…</translation>
    </message>
    <message>
        <source>&amp;Knelpuntsignalen…</source>
        <translation>Bottleneck si&amp;gnals…</translation>
    </message>
    <message>
        <source>&amp;Meenemen…</source>
        <translation>&amp;Take along…</translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier</source>
        <translation>&amp;New dossier</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Over MaatwerkDesk</source>
        <translation>&amp;About MaatwerkDesk</translation>
    </message>
    <message>
        <source>&amp;Vergaderstukken maken…</source>
        <translation>&amp;Meeting papers…</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Maatwerkbesluiten vastleggen, toetsen en motiveren: zichtbaar maken waar maatwerk ophoudt en willekeur begint.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Record, assess and reason tailored decisions (maatwerk): show where tailoring ends and arbitrariness begins.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database: {}&lt;br&gt;Logboek: {}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Database: {}&lt;br&gt;Log: {}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Afzender, bestuursorganen en beroepstermijn voor de besluitbrief (functioneel beheerder)</source>
        <translation>Sender, administrative bodies and appeal period for the decision letter (application administrator)</translation>
    </message>
    <message>
        <source>Agenda en samenvattingen voor het casuïstiekoverleg maken</source>
        <translation>Make the agenda and summaries for the case conference</translation>
    </message>
    <message>
        <source>Als PDF</source>
        <translation>As PDF</translation>
    </message>
    <message>
        <source>BSN van de burger die om inzage vraagt (het overzicht noemt het BSN niet):</source>
        <translation>BSN of the citizen asking for access (the report does not show the BSN):</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Besluitb&amp;rief aan de burger…</source>
        <translation>Decision &amp;letter to the citizen…</translation>
    </message>
    <message>
        <source>Casuïstiekoverleg</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Database openen…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Database: {}</source>
        <translation>Database: {}</translation>
    </message>
    <message>
        <source>De brief met het ondertekende besluit aan de betrokkene bekijken, opslaan of afdrukken</source>
        <translation>View, save or print the letter with the signed decision to the person concerned</translation>
    </message>
    <message>
        <source>De laatste bewerking ongedaan maken (Ctrl+Z)</source>
        <translation>Undo the last edit (Ctrl+Z)</translation>
    </message>
    <message>
        <source>De ongedaan gemaakte bewerking opnieuw doen (Ctrl+Shift+Z)</source>
        <translation>Redo the undone edit (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Dossier &amp;sluiten</source>
        <translation>&amp;Close dossier</translation>
    </message>
    <message>
        <source>Dossiers meenemen op deze laptop, om er onderweg zonder netwerk aan te werken</source>
        <translation>Take dossiers along on this laptop, to work on them on the road without a network</translation>
    </message>
    <message>
        <source>Een nieuw dossier aanmaken (Ctrl+N)</source>
        <translation>Create a new dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Er zijn nog geen dossiers.</source>
        <translation>There are no dossiers yet.</translation>
    </message>
    <message>
        <source>Er zijn nog geen dossiers.

Maak het eerste dossier met Bestand&#xa0;›&#xa0;Nieuw&#xa0;dossier (Ctrl+N).</source>
        <translation>There are no dossiers yet.

Create the first dossier with File&#xa0;›&#xa0;New&#xa0;dossier (Ctrl+N).</translation>
    </message>
    <message>
        <source>G&amp;egevens van de organisatie…</source>
        <translation>&amp;Organisation details…</translation>
    </message>
    <message>
        <source>Gebruikers be&amp;heren…</source>
        <translation>Manage &amp;users…</translation>
    </message>
    <message>
        <source>Gebruikers toevoegen en hun rol wijzigen (functioneel beheerder)</source>
        <translation>Add users and change their role (application administrator)</translation>
    </message>
    <message>
        <source>Groe&amp;pen…</source>
        <translation>Grou&amp;ps…</translation>
    </message>
    <message>
        <source>Groepsdossiers: één knelpunt, één groepsbesluit, elk lid afzonderlijk gecontroleerd</source>
        <translation>Group dossiers: one bottleneck, one group decision, each member checked separately</translation>
    </message>
    <message>
        <source>Het dossier opslaan (Ctrl+S)</source>
        <translation>Save the dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Het gemotiveerde besluit of voorstel van dit dossier bekijken, opslaan of afdrukken (Ctrl+E)</source>
        <translation>View, save or print the reasoned decision or proposal of this dossier (Ctrl+E)</translation>
    </message>
    <message>
        <source>Het geopende dossier sluiten (Ctrl+W)</source>
        <translation>Close the open dossier (Ctrl+W)</translation>
    </message>
    <message>
        <source>Inzageoverzicht (AVG art. 15)</source>
        <translation>Access report (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Kies links een dossier om het te bekijken.</source>
        <translation>Choose a dossier on the left to view it.</translation>
    </message>
    <message>
        <source>Kies links een dossier om het te openen,
of maak een nieuw dossier met Bestand&#xa0;›&#xa0;Nieuw&#xa0;dossier (Ctrl+N).</source>
        <translation>Choose a dossier on the left to open it,
or create a new dossier with File&#xa0;›&#xa0;New&#xa0;dossier (Ctrl+N).</translation>
    </message>
    <message>
        <source>Kiezen wie er op deze werkplek werkt; uw rol bepaalt wat u mag</source>
        <translation>Choose who works at this workstation; your role decides what you may do</translation>
    </message>
    <message>
        <source>Knelpunten in regels melden bij de eigenaar van de regel, en voorstellen uit patronen in de dossiers</source>
        <translation>Report bottlenecks in rules to the owner of the rule, and proposals from patterns in the dossiers</translation>
    </message>
    <message>
        <source>MaatwerkDesk afsluiten (Ctrl+Q)</source>
        <translation>Quit MaatwerkDesk (Ctrl+Q)</translation>
    </message>
    <message>
        <source>MaatwerkDesk[*]</source>
        <translation>MaatwerkDesk[*]</translation>
    </message>
    <message>
        <source>Mogelijk maat&amp;werk…</source>
        <translation>Poss&amp;ible tailored decisions…</translation>
    </message>
    <message>
        <source>Mogelijk maatwerk</source>
        <translation>Possible tailored decisions</translation>
    </message>
    <message>
        <source>Naar het zoekvak van de dossierlijst (Ctrl+F)</source>
        <translation>Go to the search box of the dossier list (Ctrl+F)</translation>
    </message>
    <message>
        <source>Op&amp;nieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Open dossiers waarvan de feiten wijzen op mogelijk maatwerk, met de signalen uitgelegd</source>
        <translation>Open dossiers whose facts point to a possible tailored decision, with the signals explained</translation>
    </message>
    <message>
        <source>Over {}</source>
        <translation>About {}</translation>
    </message>
    <message>
        <source>Overleggen plannen, dossiers bespreken, besluiten ondertekenen en het verslag maken</source>
        <translation>Plan meetings, discuss dossiers, sign decisions and make the minutes</translation>
    </message>
    <message>
        <source>S&amp;ynchroniseren</source>
        <translation>S&amp;ynchronise</translation>
    </message>
    <message>
        <source>U werkt als lezer: dossiers maken en wijzigen doet een behandelaar. Bent u dat, kies dan uzelf met Bestand&#xa0;›&#xa0;Gebruiker&#xa0;wisselen…, of vraag de functioneel beheerder om die rol.</source>
        <translation>You work as a reader: a caseworker creates and changes dossiers. If that is you, choose yourself with File&#xa0;›&#xa0;Switch&#xa0;user…, or ask the application administrator for that role.</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Voor een burger die om inzage vraagt: zijn of haar dossiers en met welke organisaties wat is gedeeld, op welke grondslag</source>
        <translation>For a citizen asking for access: their dossiers, and what was shared with which organisations, on which legal basis</translation>
    </message>
    <message>
        <source>Voorbeelddossiers maken — {what}: {done} van {total}</source>
        <translation>Making demo dossiers — {what}: {done} of {total}</translation>
    </message>
    <message>
        <source>Vorige stap</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Wat onderweg is gewijzigd naar de teamdatabase brengen en ophalen wat daar is gewijzigd</source>
        <translation>Bring what was changed on the road to the team database and fetch what was changed there</translation>
    </message>
    <message>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Zoeken op BSN</source>
        <translation>Search by BSN</translation>
    </message>
    <message>
        <source>{} — kies wie u bent: Bestand › Gebruiker wisselen…</source>
        <translation>{} — choose who you are: File › Switch user…</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source> of meer dossiers</source>
        <translation> or more dossiers</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Postadres:</source>
        <translation>&amp;Postal address:</translation>
    </message>
    <message>
        <source>&amp;Rechtbank:</source>
        <translation>&amp;Court:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>A&amp;dres rechtbank:</source>
        <translation>Court a&amp;ddress:</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Afzender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Beroep tegen een asielbesluit (geen bezwaar mogelijk)</source>
        <translation>Appeal against an asylum decision (no objection possible)</translation>
    </message>
    <message>
        <source>Beroepster&amp;mijn:</source>
        <translation>Appeal peri&amp;od:</translation>
    </message>
    <message>
        <source>Bestuursorgaan</source>
        <translation>Administrative body</translation>
    </message>
    <message>
        <source>De eerste regel die bij het dossier past, telt: de regeling noemt een van de zoekwoorden (met komma&apos;s ertussen), en het dossier hoort bij de organisatie. Zonder adres geldt het postadres hierboven. Past geen regel, dan volgt het bestuursorgaan uit de organisatie van het dossier.</source>
        <translation>The first row that fits the dossier counts: the scheme names one of the keywords (separated by commas), and the dossier belongs to the organisation. Without an address, the postal address above applies. If no row fits, the administrative body follows from the dossier&apos;s organisation.</translation>
    </message>
    <message>
        <source>De gegevens zijn niet opgeslagen.</source>
        <translation>The details were not saved.</translation>
    </message>
    <message>
        <source>Deze gegevens staan in elke besluitbrief die op deze werkplek wordt gemaakt: wie de brief stuurt, welk bestuursorgaan besluit en waar bezwaar of beroep heen gaat. Wat hier leeg blijft, meldt de brief als ‘nog niet ingesteld’. Onderaan staat vanaf hoeveel gelijke dossiers het programma een knelpuntsignaal voorstelt.</source>
        <translation>These details appear in every decision letter made at this workstation: who sends the letter, which administrative body decides and where an objection or appeal goes. What stays empty here, the letter reports as ‘not set yet’. At the bottom: from how many similar dossiers the program proposes a bottleneck signal.</translation>
    </message>
    <message>
        <source>Gegevens van de organisatie</source>
        <translation>Organisation details</translation>
    </message>
    <message>
        <source>Gemeente Voorbeeld</source>
        <translation>Gemeente Voorbeeld</translation>
    </message>
    <message>
        <source>Kijk de termijn na in de Vreemdelingenwet 2000. Niet ingesteld: de brief noemt de kortste termijn (één week) en zegt dat het soms vier weken is.</source>
        <translation>Check the period in the Aliens Act 2000 (Vreemdelingenwet 2000). Not set: the letter names the shortest period (one week) and says that it is sometimes four weeks.</translation>
    </message>
    <message>
        <source>Knelpuntsignalen</source>
        <translation>Bottleneck signals</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Patroon voorstellen &amp;bij:</source>
        <translation>Propose a pattern &amp;at:</translation>
    </message>
    <message>
        <source>Postbus 1, 1000 AA Voorbeeld</source>
        <translation>Postbus 1, 1000 AA Voorbeeld</translation>
    </message>
    <message>
        <source>Regel &amp;toevoegen</source>
        <translation>Add &amp;row</translation>
    </message>
    <message>
        <source>Regel &amp;verwijderen</source>
        <translation>R&amp;emove row</translation>
    </message>
    <message>
        <source>Regeling (zoekwoorden)</source>
        <translation>Scheme (keywords)</translation>
    </message>
    <message>
        <source>Te&amp;lefoon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Wie besluit</source>
        <translation>Who decides</translation>
    </message>
    <message>
        <source>Zoveel ondertekende afwijkingen, escalaties of dossiers met dezelfde willekeur-indicator (een groepsdossier telt één keer) maken een voorstel voor een knelpuntsignaal.</source>
        <translation>This many signed deviations, escalations or dossiers with the same arbitrariness indicator (a group dossier counts once) make a proposal for a bottleneck signal.</translation>
    </message>
    <message>
        <source>niet ingesteld</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>— elke —</source>
        <translation>— any —</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>&amp;Gepseudonimiseerd: naam, BSN, adres en geboortedatum vervangen door rollen</source>
        <translation>&amp;Pseudonymised: name, BSN, address and date of birth replaced by roles</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Behandelaar</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>De vergaderstukken voor het casuïstiekoverleg: een agenda en per dossier een samenvatting. Hieronder staan de dossiers met de status ‘Ter bespreking’. Vink aan welke op de agenda komen en zet ze in de volgorde van bespreken.</source>
        <translation>The meeting papers for the case conference: an agenda and a summary per dossier. Below are the dossiers with the status ‘For discussion’. Tick the ones that go on the agenda and put them in the order of discussion.</translation>
    </message>
    <message>
        <source>De vergaderstukken zijn niet gemaakt.</source>
        <translation>The meeting papers were not made.</translation>
    </message>
    <message>
        <source>Er zijn geen dossiers met de status ‘Ter bespreking’. Zet in een dossier de status op ‘Ter bespreking’ om het op de agenda te zetten.</source>
        <translation>There are no dossiers with the status ‘For discussion’. Set a dossier’s status to ‘For discussion’ to put it on the agenda.</translation>
    </message>
    <message>
        <source>Het gekozen dossier eerder op de agenda zetten (Alt+Omhoog)</source>
        <translation>Move the chosen dossier up the agenda (Alt+Up)</translation>
    </message>
    <message>
        <source>Het gekozen dossier later op de agenda zetten (Alt+Omlaag)</source>
        <translation>Move the chosen dossier down the agenda (Alt+Down)</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Maken</source>
        <translation>Make</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Op de agenda: {chosen} van {listed}.</source>
        <translation>On the agenda: {chosen} of {listed}.</translation>
    </message>
    <message>
        <source>Vergaderstukken maken</source>
        <translation>Make meeting papers</translation>
    </message>
    <message>
        <source>Vergaderstukken maken… dossier {number} van {count} lezen</source>
        <translation>Making meeting papers… reading dossier {number} of {count}</translation>
    </message>
    <message>
        <source>Vergaderstukken maken… dossier {number} van {count} opmaken</source>
        <translation>Making meeting papers… laying out dossier {number} of {count}</translation>
    </message>
    <message>
        <source>Vergaderstukken niet gemaakt</source>
        <translation>Meeting papers not made</translation>
    </message>
    <message>
        <source>Vink ten minste één dossier aan om vergaderstukken te maken.</source>
        <translation>Tick at least one dossier to make meeting papers.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>De teamdatabase {} vraagt uw wachtwoord.</source>
        <translation>The team database {} asks for your password.</translation>
    </message>
    <message>
        <source>De teamdatabase {} weigert het wachtwoord dat bewaard was of dat u gaf. Geef het juiste wachtwoord.</source>
        <translation>The team database {} refuses the password that was stored or that you gave. Give the correct password.</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Gebruiker:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>MaatwerkDesk bewaart het wachtwoord in de sleutelbos van deze computer, zodat u het maar één keer hoeft te geven. Meldt u zich bij uw organisatie aan met Kerberos of een certificaat, dan is geen wachtwoord nodig: vraag uw functioneel beheerder.</source>
        <translation>MaatwerkDesk keeps the password in this computer&apos;s keyring, so that you need to give it only once. If you sign in at your organisation with Kerberos or a certificate, no password is needed: ask your application administrator.</translation>
    </message>
    <message>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Verbinden met de teamdatabase</source>
        <translation>Connect to the team database</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Gepseudonimiseerd (voor het casuïstiekoverleg)</source>
        <translation>Pseu&amp;donymised (for the case conference)</translation>
    </message>
    <message>
        <source>&amp;Opslaan als…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Afdruk niet vastgelegd</source>
        <translation>Print not recorded</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Afdrukken geannuleerd.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Afdrukken… pagina {page} van {total}</source>
        <translation>Printing… page {page} of {total}</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>De pagina zo breed als het venster (Ctrl+0)</source>
        <translation>The page as wide as the window (Ctrl+0)</translation>
    </message>
    <message>
        <source>De printer kon het document niet aannemen. Controleer of de printer aan staat en probeer het opnieuw, of sla het document op en druk het bestand af.</source>
        <translation>The printer could not accept the document. Check that the printer is switched on and try again, or save the document and print the file.</translation>
    </message>
    <message>
        <source>Document opnieuw opmaken…</source>
        <translation>Laying out the document again…</translation>
    </message>
    <message>
        <source>Het bestand is niet opgeslagen.</source>
        <translation>The file was not saved.</translation>
    </message>
    <message>
        <source>Het document afdrukken</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <source>Het document als PDF-bestand opslaan</source>
        <translation>Save the document as a PDF file</translation>
    </message>
    <message>
        <source>Het document is afgedrukt, maar dat is niet vastgelegd in het logboek. Meld dit bij uw functioneel beheerder.</source>
        <translation>The document was printed, but this was not recorded in the audit log. Report this to your application administrator.</translation>
    </message>
    <message>
        <source>Het document is niet opnieuw opgemaakt.</source>
        <translation>The document was not laid out again.</translation>
    </message>
    <message>
        <source>Het voorbeeld kan niet worden getoond. U kunt het document wel opslaan.</source>
        <translation>The preview cannot be shown. You can still save the document.</translation>
    </message>
    <message>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Inzoomen (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Naam, BSN, adres en geboortedatum van de betrokkene vervangen door rollen</source>
        <translation>Replace name, BSN, address and date of birth of the person concerned by roles</translation>
    </message>
    <message>
        <source>Naar de printer gestuurd.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Niet afgedrukt</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Niet opnieuw opgemaakt</source>
        <translation>Not laid out again</translation>
    </message>
    <message>
        <source>Opgeslagen als {}.</source>
        <translation>Saved as {}.</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Pagina 1 van 1</source>
        <translation>Page 1 of 1</translation>
    </message>
    <message>
        <source>Pagina {current} van {count}</source>
        <translation>Page {current} of {count}</translation>
    </message>
    <message>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Uitzoomen (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>{} – voorbeeld</source>
        <translation>{} – preview</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <source>Wie bent u?</source>
        <translation>Who are you?</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gebruiker toevoegen</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Gebruiker wijzigen</source>
        <translation>Change user</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Toevoegen is niet gelukt.</source>
        <translation>The user was not added.</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Wijzigen is niet gelukt.</source>
        <translation>The user was not changed.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Discipline:</source>
        <translation>&amp;Discipline:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rollen:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <source>Kies ten minste één rol.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <source>Mag: {}.</source>
        <translation>Allowed to: {}.</translation>
    </message>
    <message>
        <source>Vink elke rol aan die deze persoon heeft; wie meer rollen heeft, mag wat elk daarvan toestaat.</source>
        <translation>Tick every role this person has; someone with more roles may do what each of them allows.</translation>
    </message>
    <message>
        <source>advies geven</source>
        <translation>give advice</translation>
    </message>
    <message>
        <source>besluiten ondertekenen</source>
        <translation>sign decisions</translation>
    </message>
    <message>
        <source>buiten het programma gewijzigde dossiers beoordelen</source>
        <translation>review dossiers changed outside the program</translation>
    </message>
    <message>
        <source>catalogi installeren of dossiers importeren</source>
        <translation>install catalogues or import dossiers</translation>
    </message>
    <message>
        <source>de gegevens van de organisatie wijzigen</source>
        <translation>change the organisation’s details</translation>
    </message>
    <message>
        <source>dossiers inzien</source>
        <translation>view dossiers</translation>
    </message>
    <message>
        <source>dossiers vastleggen en wijzigen</source>
        <translation>record and change dossiers</translation>
    </message>
    <message>
        <source>gebruikers beheren</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>het verslag vastleggen</source>
        <translation>record the minutes</translation>
    </message>
    <message>
        <source>knelpuntsignalen melden en volgen</source>
        <translation>report and follow bottleneck signals</translation>
    </message>
    <message>
        <source>knelpuntsignalen schrijven</source>
        <translation>write bottleneck signals</translation>
    </message>
    <message>
        <source>overleggen plannen</source>
        <translation>plan meetings</translation>
    </message>
    <message>
        <source>signalen van mogelijk maatwerk afwijzen</source>
        <translation>dismiss signals of possible tailored decisions (maatwerk)</translation>
    </message>
    <message>
        <source>stukken exporteren of afdrukken</source>
        <translation>export or print documents</translation>
    </message>
    <message>
        <source>voornaam en achternaam, bijvoorbeeld Anouk Verhoef</source>
        <translation>first name and surname, for example Anouk Verhoef</translation>
    </message>
    <message>
        <source>{listed} en {last}</source>
        <translation>{listed} and {last}</translation>
    </message>
    <message>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>— kies een discipline —</source>
        <translation>— choose a discipline —</translation>
    </message>
</context>
<context>
    <name>PlainLanguageFeedback</name>
    <message>
        <source>Leesbaarheid (Flesch-Douma): {score} — {band}</source>
        <translation>Readability (Flesch-Douma): {score} — {band}</translation>
    </message>
    <message>
        <source>Leesbaarheid (Flesch-Douma): {score} — {band} · geen adviezen</source>
        <translation>Readability (Flesch-Douma): {score} — {band} · no advice</translation>
    </message>
    <message>
        <source>Taaladvies (B1) en leesbaarheid verschijnen zodra u hier tekst schrijft.</source>
        <translation>Language advice (B1) and readability appear as soon as you write text here.</translation>
    </message>
    <message>
        <source>{}: klik om de plek in de tekst te selecteren.</source>
        <translation>{}: click to select the place in the text.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Leden en hun discipline. De voorzitter is altijd lid.</source>
        <translation>&amp;Members and their discipline. The chair is always a member.</translation>
    </message>
    <message>
        <source>&amp;Plaats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Voorzitter:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Stadskantoor, zaal 3</source>
        <translation>For example: City office, room 3</translation>
    </message>
    <message>
        <source>Discipline in dit overleg</source>
        <translation>Discipline in this meeting</translation>
    </message>
    <message>
        <source>Discipline van {}</source>
        <translation>Discipline of {}</translation>
    </message>
    <message>
        <source>Er is nog geen gebruiker met de rol voorzitter. Vraag de functioneel beheerder er een toe te voegen (Bestand › Gebruikers beheren…); daarna kunt u het overleg plannen.</source>
        <translation>There is no user with the role of chair yet. Ask the application administrator to add one (File › Manage users…); then you can plan the meeting.</translation>
    </message>
    <message>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nieuw overleg</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Overleg niet gepland</source>
        <translation>Meeting not planned</translation>
    </message>
    <message>
        <source>Plannen</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
</context>
<context>
    <name>PrecedentPanel</name>
    <message>
        <source>&amp;Doorslaggevend:</source>
        <translation>&amp;Decisive:</translation>
    </message>
    <message>
        <source>&amp;Factorcatalogus:</source>
        <translation>Factor &amp;catalogue:</translation>
    </message>
    <message>
        <source>&amp;Motivering:</source>
        <translation>Rea&amp;soning:</translation>
    </message>
    <message>
        <source>&amp;Uitkomst:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>1 vergelijkbare beslissing.</source>
        <translation>1 similar decision.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Gewijzigd — nog niet vastgelegd.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Changed — not recorded yet.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;geen&lt;/i&gt;</source>
        <translation>&lt;i&gt;none&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Afgedwongen</source>
        <translation>Forced</translation>
    </message>
    <message>
        <source>Alleen in die beslissing</source>
        <translation>Only in that decision</translation>
    </message>
    <message>
        <source>Alleen in dit dossier</source>
        <translation>Only in this dossier</translation>
    </message>
    <message>
        <source>Alleen met een vastgelegd verschil</source>
        <translation>Only with a recorded difference</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Beslissing &amp;intrekken</source>
        <translation>&amp;Withdraw decision</translation>
    </message>
    <message>
        <source>Beslissing &amp;openen</source>
        <translation>O&amp;pen decision</translation>
    </message>
    <message>
        <source>Beslissing &amp;vastleggen</source>
        <translation>&amp;Record decision</translation>
    </message>
    <message>
        <source>Beslissing intrekken</source>
        <translation>Withdraw decision</translation>
    </message>
    <message>
        <source>Beslissing niet vastgelegd</source>
        <translation>Decision not recorded</translation>
    </message>
    <message>
        <source>Beslissing vastleggen</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>Betekenis hier</source>
        <translation>Meaning here</translation>
    </message>
    <message>
        <source>De factoren waarop de beslissing rust. Zonder keuze tellen alle aanwezige factoren voor deze uitkomst.</source>
        <translation>The factors the decision rests on. Without a choice, every factor present counts towards this outcome.</translation>
    </message>
    <message>
        <source>De vastgelegde beslissing intrekken?</source>
        <translation>Withdraw the recorded decision?</translation>
    </message>
    <message>
        <source>Doorslaggevend daar</source>
        <translation>Decisive there</translation>
    </message>
    <message>
        <source>Eerdere beslissingen waarvan u zich moet onderscheiden om de algemene regel toe te passen:</source>
        <translation>Earlier decisions you must distinguish this dossier from to apply the general rule:</translation>
    </message>
    <message>
        <source>Eerdere beslissingen waarvan u zich moet onderscheiden om van de regel af te wijken:</source>
        <translation>Earlier decisions you must distinguish this dossier from to deviate from the rule:</translation>
    </message>
    <message>
        <source>Er is nog geen route gekozen: vergelijkbare beslissingen zijn alleen overtuigend; ze binden dit dossier pas als ze langs de gekozen route zijn genomen.</source>
        <translation>No route has been chosen yet: similar decisions are only persuasive; they bind this dossier only if they were taken along the chosen route.</translation>
    </message>
    <message>
        <source>Factoren en precedenten blijven staan; u kunt daarna een nieuwe beslissing vastleggen.</source>
        <translation>Factors and precedents stay as they are; you can then record a new decision.</translation>
    </message>
    <message>
        <source>Factoren niet bewaard</source>
        <translation>Factors not saved</translation>
    </message>
    <message>
        <source>Factoren uit ‘{title}’, versie {version}.</source>
        <translation>Factors from ‘{title}’, version {version}.</translation>
    </message>
    <message>
        <source>Factoren van dit dossier</source>
        <translation>Factors of this dossier</translation>
    </message>
    <message>
        <source>Factoren van dit dossier ({} aangevinkt)</source>
        <translation>Factors of this dossier ({} ticked)</translation>
    </message>
    <message>
        <source>Gedeeld</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Gedeelde factoren</source>
        <translation>Shared factors</translation>
    </message>
    <message>
        <source>Geen eerdere beslissing waarvan u zich moet onderscheiden om de algemene regel toe te passen.</source>
        <translation>No earlier decision you must distinguish this dossier from to apply the general rule.</translation>
    </message>
    <message>
        <source>Geen eerdere beslissing waarvan u zich moet onderscheiden om van de regel af te wijken.</source>
        <translation>No earlier decision you must distinguish this dossier from to deviate from the rule.</translation>
    </message>
    <message>
        <source>Geen factorcatalogus past bij de route of de regeling van dit dossier. Kies rechts het rechtsgebied.</source>
        <translation>No factor catalogue fits the route or the scheme of this dossier. Choose the area of law on the right.</translation>
    </message>
    <message>
        <source>Gemotiveerde afwijking van {precedents}: {motivation}</source>
        <translation>Reasoned departure from {precedents}: {motivation}</translation>
    </message>
    <message>
        <source>Geïmporteerde beslissing</source>
        <translation>Imported decision</translation>
    </message>
    <message>
        <source>Geïmporteerde, geanonimiseerde beslissing van elders.</source>
        <translation>Imported, anonymised decision from elsewhere.</translation>
    </message>
    <message>
        <source>Het gekozen verschil wordt onderdeel van de reden van de beslissing en komt in de motivering terug.</source>
        <translation>The chosen difference becomes part of the reason for the decision and is reflected in the reasoning.</translation>
    </message>
    <message>
        <source>Hoe ver de beslissing gaat: een bedrag, een percentage of een duur. Kies als eenheid ‘geen’ als dat niet van toepassing is.</source>
        <translation>How far the decision goes: an amount, a percentage or a duration. Choose ‘none’ as the unit if that does not apply.</translation>
    </message>
    <message>
        <source>In strijd met een eerdere beslissing</source>
        <translation>In conflict with an earlier decision</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Kies bij ‘Beslissing’ een uitkomst; hier staan dan de eerdere beslissingen waarvan u zich moet onderscheiden.</source>
        <translation>Choose an outcome under ‘Decision’; this will then list the earlier decisions you must distinguish this dossier from.</translation>
    </message>
    <message>
        <source>Kies die rechts bij Factorcatalogus.</source>
        <translation>Choose it on the right under Factor catalogue.</translation>
    </message>
    <message>
        <source>Kies een factorcatalogus…</source>
        <translation>Choose a factor catalogue…</translation>
    </message>
    <message>
        <source>Kies eerst de uitkomst van de beslissing.</source>
        <translation>Choose the outcome of the decision first.</translation>
    </message>
    <message>
        <source>Kies het relevante verschil waarop deze beslissing zich onderscheidt van de gekozen eerdere beslissing.</source>
        <translation>Choose the relevant difference that distinguishes this decision from the chosen earlier decision.</translation>
    </message>
    <message>
        <source>Let op: de eerdere beslissingen {} zijn met elkaar in strijd. Leg dit voor aan het casuïstiekoverleg; beide blijven meetellen.</source>
        <translation>Note: the earlier decisions {} conflict with each other. Put this to the case conference; both still count.</translation>
    </message>
    <message>
        <source>Let op: {}</source>
        <translation>Note: {}</translation>
    </message>
    <message>
        <source>M&amp;ate:</source>
        <translation>E&amp;xtent:</translation>
    </message>
    <message>
        <source>Nog geen beslissing vastgelegd.</source>
        <translation>No decision recorded yet.</translation>
    </message>
    <message>
        <source>Nog geen route</source>
        <translation>No route yet</translation>
    </message>
    <message>
        <source>Nog geen vergelijkbare beslissingen: vink factoren aan, of er zijn nog geen besloten dossiers met dezelfde factoren.</source>
        <translation>No similar decisions yet: tick factors, or there are no decided dossiers with the same factors yet.</translation>
    </message>
    <message>
        <source>Onderscheid:</source>
        <translation>Distinction:</translation>
    </message>
    <message>
        <source>Pleiten voor afwijken</source>
        <translation>Argue for deviating</translation>
    </message>
    <message>
        <source>Pleiten voor de algemene regel</source>
        <translation>Argue for the general rule</translation>
    </message>
    <message>
        <source>Precedenten</source>
        <translation>Precedents</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op; daarna kunt u hier de factoren aanvinken en zien wat eerdere beslissingen zeggen.</source>
        <translation>Save the dossier first; then you can tick the factors here and see what earlier decisions say.</translation>
    </message>
    <message>
        <source>Strijdige beslissingen voor de gekozen uitkomst:</source>
        <translation>Conflicting decisions for the chosen outcome:</translation>
    </message>
    <message>
        <source>Ter informatie: {}</source>
        <translation>For information: {}</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Vastgelegd op {}.</source>
        <translation>Recorded on {}.</translation>
    </message>
    <message>
        <source>Ver&amp;schil vastleggen…</source>
        <translation>Record d&amp;ifference…</translation>
    </message>
    <message>
        <source>Vergelijkbare beslissingen</source>
        <translation>Similar decisions</translation>
    </message>
    <message>
        <source>Verschil vastleggen</source>
        <translation>Record difference</translation>
    </message>
    <message>
        <source>Vervallen factor</source>
        <translation>Retired factor</translation>
    </message>
    <message>
        <source>Vink aan welke factoren in dit dossier aanwezig zijn.</source>
        <translation>Tick the factors present in this dossier.</translation>
    </message>
    <message>
        <source>Vink eerst alle factoren uit; daarna kunt u die kiezen bij Factorcatalogus.</source>
        <translation>First untick all factors; then you can choose it under Factor catalogue.</translation>
    </message>
    <message>
        <source>Vink eerst factoren aan die voor deze uitkomst pleiten.</source>
        <translation>First tick the factors that argue for this outcome.</translation>
    </message>
    <message>
        <source>Vink hieronder de factoren van dit dossier aan; dan ziet u hier wat eerdere beslissingen zeggen over afwijken van de regel en over de algemene regel toepassen.</source>
        <translation>Tick the factors of this dossier below; you will then see here what earlier decisions say about deviating from the rule and about applying the general rule.</translation>
    </message>
    <message>
        <source>Vrij</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Waarin verschilt dit dossier relevant van {}?</source>
        <translation>In what relevant way does this dossier differ from {}?</translation>
    </message>
    <message>
        <source>Waarom deze uitkomst, in de woorden van de behandelaar.</source>
        <translation>Why this outcome, in the caseworker&apos;s own words.</translation>
    </message>
    <message>
        <source>Wat eerdere beslissingen zeggen</source>
        <translation>What earlier decisions say</translation>
    </message>
    <message>
        <source>{signed} op {date} om {time} (versie {version}). Het besluit ligt vast; een wijziging wordt een nieuwe versie van de voorzitter.</source>
        <translation>{signed} on {date} at {time} (version {version}). The decision is final; a change becomes a new version by the chair.</translation>
    </message>
    <message>
        <source>{} en {}</source>
        <translation>{} and {}</translation>
    </message>
    <message>
        <source>{} is een geanonimiseerde beslissing van elders; er is geen dossier van in deze database. Alles wat ervan bekend is, staat onder de lijst.</source>
        <translation>{} is an anonymised decision from elsewhere; this database has no dossier for it. Everything known about it is shown below the list.</translation>
    </message>
    <message>
        <source>{} meest vergelijkbare beslissingen.</source>
        <translation>The {} most similar decisions.</translation>
    </message>
    <message>
        <source>{} meest vergelijkbare beslissingen; dezelfde route eerst.</source>
        <translation>The {} most similar decisions; same route first.</translation>
    </message>
    <message>
        <source>{} van {}</source>
        <translation>{} of {}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Deze tekst is te lang: maximaal {} tekens. Kort hem in of voeg het stuk als bijlage toe.</source>
        <translation>This text is too long: at most {} characters. Shorten it or add the piece as an attachment.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <source>&amp;Eigenaar:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Regel:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Zienswijze:</source>
        <translation>&amp;View heard:</translation>
    </message>
    <message>
        <source>Be&amp;langenverstrengeling:</source>
        <translation>Conflict of &amp;interest:</translation>
    </message>
    <message>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Beslist of beoordeeld &amp;door:</source>
        <translation>Decided or reviewed &amp;by:</translation>
    </message>
    <message>
        <source>Besluit op een aanvraag van de burger zelf</source>
        <translation>Decision on an application by the citizen</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Flesch-Douma: hoe hoger, hoe makkelijker te lezen (0 tot 100). Teksten op taalniveau B1 scoren meestal 60 of hoger.</source>
        <translation>Flesch-Douma: the higher, the easier to read (0 to 100). Texts at language level B1 usually score 60 or more.</translation>
    </message>
    <message>
        <source>Herbeoordeling &amp;op:</source>
        <translation>Reassess&amp;ment on:</translation>
    </message>
    <message>
        <source>Is de burger in de gelegenheid gesteld zijn zienswijze te geven (art. 4:8 Awb)?</source>
        <translation>Has the citizen been given the opportunity to state their view (art. 4:8 Awb, General Administrative Law Act)?</translation>
    </message>
    <message>
        <source>Is dit alleen een individuele oplossing, of een structureel probleem met de regel?</source>
        <translation>Is this only an individual solution, or a structural problem with the rule?</translation>
    </message>
    <message>
        <source>Knelpuntsignaal</source>
        <translation>Bottleneck signal</translation>
    </message>
    <message>
        <source>Leg in gewone woorden uit wat er besloten is en wat dat voor de burger betekent.</source>
        <translation>Explain in plain words what has been decided and what that means for the citizen.</translation>
    </message>
    <message>
        <source>Motivering</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Naar het escalatieteam of landelijk maatwerkteam: de wet laat hier geen ruimte, of de casus gaat de eigen organisatie te boven.</source>
        <translation>To the escalation team or the national tailoring team: the law leaves no room here, or the case is beyond the organisation itself.</translation>
    </message>
    <message>
        <source>Namen, gescheiden door komma&apos;s (vier ogen: minstens twee)</source>
        <translation>Names, separated by commas (four eyes: at least two)</translation>
    </message>
    <message>
        <source>Nog geen beslissing vastgelegd.</source>
        <translation>No decision recorded yet.</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op; daarna kunt u hier het voorstel uitwerken.</source>
        <translation>Save the dossier first; then you can work out the proposal here.</translation>
    </message>
    <message>
        <source>Taaladvies: klik op een advies om de plek in de tekst te selecteren. Het is advies; opslaan kan altijd.</source>
        <translation>Language advice: click an advice to select its place in the text. It is advice; you can always save.</translation>
    </message>
    <message>
        <source>Tekst voor de burger (B1)</source>
        <translation>Text for the citizen (B1)</translation>
    </message>
    <message>
        <source>Tijdelijk maatwerk</source>
        <translation>Temporary tailored decision</translation>
    </message>
    <message>
        <source>Uitkomst, mate en doorslaggevende factoren legt u vast in de stap Precedenten.</source>
        <translation>You record outcome, extent and decisive factors in the Precedents step.</translation>
    </message>
    <message>
        <source>Voorstel</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Voorstel niet bewaard</source>
        <translation>Proposal not saved</translation>
    </message>
    <message>
        <source>Voorstel: escaleren in plaats van beslissen</source>
        <translation>Proposal: escalate instead of deciding</translation>
    </message>
    <message>
        <source>Waarborgen</source>
        <translation>Safeguards</translation>
    </message>
    <message>
        <source>Waarom de doorslaggevende factoren wegen</source>
        <translation>Why the decisive factors weigh</translation>
    </message>
    <message>
        <source>Waarom de doorslaggevende factoren wegen (eerst een beslissing vastleggen)</source>
        <translation>Why the decisive factors weigh (record a decision first)</translation>
    </message>
    <message>
        <source>Welke regel knelt (regeling en artikel)?</source>
        <translation>Which rule pinches (scheme and article)?</translation>
    </message>
    <message>
        <source>Wie gaat over die regel (beleidseigenaar)?</source>
        <translation>Who is in charge of that rule (policy owner)?</translation>
    </message>
    <message>
        <source>Wie heeft een belang gemeld (art. 2:4 Awb)? Die persoon beslist niet mee.</source>
        <translation>Who has reported an interest (art. 2:4 Awb)? That person takes no part in the decision.</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>{decision}. Doorslaggevend: {factors}.</source>
        <translation>{decision}. Decisive: {factors}.</translation>
    </message>
    <message>
        <source>{}. Doorslaggevend: geen factoren.</source>
        <translation>{}. Decisive: no factors.</translation>
    </message>
</context>
<context>
    <name>RecordConcepts</name>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Concept van het verslag</source>
        <translation>Draft of the minutes</translation>
    </message>
    <message>
        <source>Er is een concept van uw versie van dit verslag van {}. Wilt u het terugzetten?</source>
        <translation>There is a draft of your version of these minutes from {}. Do you want to restore it?</translation>
    </message>
    <message>
        <source>Het concept is niet bewaard; uw versie staat nog in het scherm.</source>
        <translation>The draft was not kept; your version is still on the screen.</translation>
    </message>
    <message>
        <source>Het verslag is sindsdien opnieuw gewijzigd: kijk uw concept na voordat u het opslaat.</source>
        <translation>The minutes have changed again since then: check your draft before you save it.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>U bewaarde het toen een collega het verslag eerder opsloeg. Kiest u Weggooien, dan is het definitief weg.</source>
        <translation>You kept it when a colleague saved the minutes before you. If you choose Discard, it is gone for good.</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>&lt;b&gt;Gemotiveerd afgeweken van de toets&lt;/b&gt; ({})</source>
        <translation>&lt;b&gt;Reasoned deviation from the assessment&lt;/b&gt; ({})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gemotiveerd afgeweken van {}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reasoned deviation from {}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gemotiveerd afwijken van de toets&lt;/b&gt;&lt;br&gt;De toets staat dit besluit in de weg: {}. Het overleg kan daarvan alleen gemotiveerd afwijken; de voorzitter ondertekent die motivering mee.</source>
        <translation>&lt;b&gt;Reasoned deviation from the assessment&lt;/b&gt;&lt;br&gt;The assessment stands in the way of this decision: {}. The meeting can only deviate from it with reasons; the chair signs that reasoning too.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Motivering van de afwijking van {}&lt;/b&gt;&lt;br&gt;Dit besluit gaat in tegen een eerdere beslissing. Het overleg kan daarvan alleen gemotiveerd afwijken; de voorzitter ondertekent die motivering mee.</source>
        <translation>&lt;b&gt;Reasoning for the deviation from {}&lt;/b&gt;&lt;br&gt;This decision goes against an earlier decision. The meeting can only deviate from it with reasons; the chair signs that reasoning too.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Bewaar deze herstelsleutel</source>
        <translation>Keep this recovery key</translation>
    </message>
    <message>
        <source>De database ({path}) heeft een nieuwe sleutel; de vorige herstelsleutel werkt niet meer.</source>
        <translation>The database ({path}) has a new key; the previous recovery key no longer works.</translation>
    </message>
    <message>
        <source>De sleutel staat in de sleutelbos van deze computer. Bewaar de herstelsleutel op papier of in een kluis, niet op deze computer: gaat de sleutelbos verloren, dan opent alleen de herstelsleutel de database en de bijlagen nog (maatwerkdesk key recover). U ziet hem maar één keer.</source>
        <translation>The key is kept in this computer&apos;s keyring. Keep the recovery key on paper or in a safe, not on this computer: if the keyring is lost, only the recovery key still opens the database and the attachments (maatwerkdesk key recover). It is shown only once.</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Herstelsleutel bewaren</source>
        <translation>Keep the recovery key</translation>
    </message>
    <message>
        <source>Ik heb de herstelsleutel &amp;opgeschreven of afgedrukt</source>
        <translation>I have &amp;written down or printed the recovery key</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>MaatwerkDesk heeft de database ({path}) versleuteld.</source>
        <translation>MaatwerkDesk has encrypted the database ({path}).</translation>
    </message>
    <message>
        <source>MaatwerkDesk heeft een nieuwe, versleutelde database gemaakt ({path}).</source>
        <translation>MaatwerkDesk has created a new, encrypted database ({path}).</translation>
    </message>
    <message>
        <source>MaatwerkDesk: herstelsleutel</source>
        <translation>MaatwerkDesk: recovery key</translation>
    </message>
</context>
<context>
    <name>RegisterKeyDialog</name>
    <message>
        <source>&amp;Voorgelezen door de voorzitter:</source>
        <translation>&amp;Read out by the chair:</translation>
    </message>
    <message>
        <source>Aangemaakt:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bijvoorbeeld 3F9A 0C1B 77D2 E410</source>
        <translation>For example 3F9A 0C1B 77D2 E410</translation>
    </message>
    <message>
        <source>De eerste 16 tekens hoort u van de voorzitter, die ze voorleest.</source>
        <translation>The chair reads the first 16 characters out to you.</translation>
    </message>
    <message>
        <source>Komt niet overeen met deze sleutel. Registreer hem niet: controleer de vingerafdruk met de voorzitter, of laat hem een nieuwe sleutel aanmaken.</source>
        <translation>Does not match this key. Do not register it: check the fingerprint with the chair, or have them create a new key.</translation>
    </message>
    <message>
        <source>Komt overeen met de vingerafdruk van deze sleutel. U kunt hem registreren.</source>
        <translation>Matches the fingerprint of this key. You can register it.</translation>
    </message>
    <message>
        <source>Nog 1 teken te gaan.</source>
        <translation>1 more character to go.</translation>
    </message>
    <message>
        <source>Nog {} tekens te gaan.</source>
        <translation>{} more characters to go.</translation>
    </message>
    <message>
        <source>Ondertekeningssleutels</source>
        <translation>Signing keys</translation>
    </message>
    <message>
        <source>Registreren</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Sleutel niet geregistreerd</source>
        <translation>Key not registered</translation>
    </message>
    <message>
        <source>Sleutel registreren</source>
        <translation>Register key</translation>
    </message>
    <message>
        <source>Sleutel van {} registreren</source>
        <translation>Register the key of {}</translation>
    </message>
    <message>
        <source>Vingerafdruk in de lijst:</source>
        <translation>Fingerprint in the list:</translation>
    </message>
    <message>
        <source>Vraag de voorzitter de vingerafdruk voor te lezen uit ‘Mijn ondertekeningssleutel…’, persoonlijk of aan de telefoon, en typ de eerste 16 tekens hieronder. Lees hem niet zelf voor: dan vergelijkt u niets. Komt hij niet overeen, registreer dan niet; dan heeft iemand anders deze sleutel aangemaakt, of de voorzitter een nieuwere.</source>
        <translation>Ask the chair to read out the fingerprint from ‘My signing key…’, in person or on the phone, and type its first 16 characters below. Do not read it out yourself: then you compare nothing. If it does not match, do not register; then someone else created this key, or the chair a newer one.</translation>
    </message>
    <message>
        <source>geregistreerd</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>meegekomen met een import</source>
        <translation>came with an import</translation>
    </message>
    <message>
        <source>vervangen</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>wacht op registratie</source>
        <translation>awaiting registration</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>&amp;Wat hebt u onderzocht, en waarom geeft u het dossier zo vrij? (verplicht)</source>
        <translation>&amp;What have you looked into, and why do you release the dossier like this? (required)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Beoordelen en vrijgeven</source>
        <translation>Verify and release</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: de titel is bij een databaseherstel overschreven; nagegaan met de behandelaar en het zaaksysteem.</source>
        <translation>For example: the title was overwritten in a database restore; checked with the caseworker and the case system.</translation>
    </message>
    <message>
        <source>Dossier {} beoordelen en vrijgeven</source>
        <translation>Verify and release dossier {}</translation>
    </message>
    <message>
        <source>Gevonden wijzigingen</source>
        <translation>Changes found</translation>
    </message>
    <message>
        <source>Niet vrijgegeven</source>
        <translation>Not released</translation>
    </message>
    <message>
        <source>Vrijgeven</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Vrijgeven verklaart elke versie van het besluit die niet klopt ongeldig en legt vast welke versies ontbraken. Wat de overgebleven geldige handtekening vastlegde (de feiten en de beslissing), wordt teruggezet. Blijft er geen geldige versie over, dan gaat het dossier terug naar ‘Ter bespreking’, om opnieuw te besluiten en te ondertekenen. Uw oordeel en de reden worden bewaard en staan in het auditlogboek; een vervalste versie gaat er nooit door meetellen.</source>
        <translation>Releasing declares invalid every version of the decision that does not check out, and records which versions were missing. What the remaining valid signature recorded (the facts and the decision) is restored. If no valid version remains, the dossier goes back to ‘For discussion’, to be decided and signed again. Your verdict and the reason are kept and appear in the audit log; a forged version never comes to count through it.</translation>
    </message>
    <message>
        <source>Wat het programma heeft gevonden:</source>
        <translation>What the program found:</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>&amp;Doorslaggevend:</source>
        <translation>&amp;Decisive:</translation>
    </message>
    <message>
        <source>&amp;Eigenaar van die regel:</source>
        <translation>O&amp;wner of that rule:</translation>
    </message>
    <message>
        <source>&amp;Ga naar:</source>
        <translation>&amp;Go to:</translation>
    </message>
    <message>
        <source>&amp;Knelpuntsignaal:</source>
        <translation>&amp;Bottleneck signal:</translation>
    </message>
    <message>
        <source>&amp;Mate:</source>
        <translation>&amp;Extent:</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Reden van de nieuwe versie (verplicht):</source>
        <translation>&amp;Reason for the new version (required):</translation>
    </message>
    <message>
        <source>&amp;Uitkomst:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Advies per lid</source>
        <translation>Advice per member</translation>
    </message>
    <message>
        <source>Afspraak &amp;toevoegen</source>
        <translation>&amp;Add agreement</translation>
    </message>
    <message>
        <source>Afspraak ver&amp;wijderen</source>
        <translation>Re&amp;move agreement</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Afwijken van de toets motiveren</source>
        <translation>Give reasons for deviating from the assessment</translation>
    </message>
    <message>
        <source>Afwijkende mening</source>
        <translation>Dissenting opinion</translation>
    </message>
    <message>
        <source>Afwijking motiveren</source>
        <translation>Give reasons for the deviation</translation>
    </message>
    <message>
        <source>Agendapunt {position} van {count}: {reference} — {title}   ({meeting}, {date})</source>
        <translation>Agenda item {position} of {count}: {reference} — {title}   ({meeting}, {date})</translation>
    </message>
    <message>
        <source>Alleen-lezen tot een functioneel beheerder het dossier heeft beoordeeld.</source>
        <translation>Read-only until an application administrator has reviewed the dossier.</translation>
    </message>
    <message>
        <source>Alleen-lezen: wat de behandelaar heeft vastgelegd, in de volgorde van bespreken. Wijzigen kan alleen in het dossier zelf, zolang het besluit niet is ondertekend.</source>
        <translation>Read-only: what the caseworker recorded, in the order of discussion. Changes can only be made in the dossier itself, as long as the decision is not signed.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Besluit ondertekenen</source>
        <translation>Sign decision</translation>
    </message>
    <message>
        <source>Besluit van het overleg</source>
        <translation>Decision of the meeting</translation>
    </message>
    <message>
        <source>Bespreking</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Bespreking {} – {}</source>
        <translation>Discussion {} – {}</translation>
    </message>
    <message>
        <source>Bij tijdelijk maatwerk: de datum waarop het opnieuw wordt bekeken</source>
        <translation>For a temporary tailored decision: the date on which it is looked at again</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: nieuwe stukken in bezwaar; een rekenfout in de mate.</source>
        <translation>For example: new documents in an objection; a miscalculation in the extent.</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>De factoren waarop het besluit rust. Zonder keuze tellen alle aanwezige factoren voor deze uitkomst.</source>
        <translation>The factors the decision rests on. Without a choice, every factor present counts towards this outcome.</translation>
    </message>
    <message>
        <source>De nieuwe versie is nog niet ondertekend.</source>
        <translation>The new version has not been signed yet.</translation>
    </message>
    <message>
        <source>De toets staat deze versie in de weg: {}. Leg in het rode vak ‘Gemotiveerd afwijken van de toets’ vast waarom het besluit toch zo luidt, en onderteken dan opnieuw.</source>
        <translation>The assessment stands in the way of this version: {}. In the red box ‘Reasoned deviation from the assessment’, record why the decision is what it is nonetheless, then sign again.</translation>
    </message>
    <message>
        <source>Deze nieuwe versie ondertekenen?</source>
        <translation>Sign this new version?</translation>
    </message>
    <message>
        <source>Deze versie gaat in tegen {}. Leg in het rode vak de motivering van de afwijking vast en onderteken dan opnieuw.</source>
        <translation>This version goes against {}. Record the reasoning for the deviation in the red box, then sign again.</translation>
    </message>
    <message>
        <source>Dit agendapunt sluiten (Esc)</source>
        <translation>Close this agenda item (Esc)</translation>
    </message>
    <message>
        <source>Dit besluit ondertekenen?</source>
        <translation>Sign this decision?</translation>
    </message>
    <message>
        <source>Een ondertekend besluit wijzigen: een nieuwe versie met een reden</source>
        <translation>Change a signed decision: a new version with a reason</translation>
    </message>
    <message>
        <source>Er is een nieuwere versie: versie {} (zie hieronder).</source>
        <translation>There is a newer version: version {} (see below).</translation>
    </message>
    <message>
        <source>Geef de reden van de wijziging; die staat bij de nieuwe versie in het dossier.</source>
        <translation>Give the reason for the change; it is kept with the new version in the dossier.</translation>
    </message>
    <message>
        <source>Gekozen versie</source>
        <translation>Chosen version</translation>
    </message>
    <message>
        <source>Gemotiveerd afwijken van de toets</source>
        <translation>Reasoned deviation from the assessment</translation>
    </message>
    <message>
        <source>Het agendapunt is niet geopend.</source>
        <translation>The agenda item was not opened.</translation>
    </message>
    <message>
        <source>Het besluit ligt vast. Alleen een voorzitter kan een nieuwe versie maken.</source>
        <translation>The decision is fixed. Only a chair can make a new version.</translation>
    </message>
    <message>
        <source>Het besluit ligt vast. Een wijziging wordt een nieuwe versie met een reden.</source>
        <translation>The decision is fixed. A change becomes a new version with a reason.</translation>
    </message>
    <message>
        <source>Het besluit ondertekenen; daarna ligt de inhoud vast</source>
        <translation>Sign the decision; after that its content is fixed</translation>
    </message>
    <message>
        <source>Het dossier kon niet worden gelezen.</source>
        <translation>The dossier could not be read.</translation>
    </message>
    <message>
        <source>Het dossier krijgt de status Besloten en telt meteen mee als precedent. Een latere wijziging kan alleen als nieuwe versie met een reden.</source>
        <translation>The dossier gets the status Besloten (decided) and counts as a precedent straight away. A later change is only possible as a new version with a reason.</translation>
    </message>
    <message>
        <source>Het dossier wordt gelezen…</source>
        <translation>Reading the dossier…</translation>
    </message>
    <message>
        <source>Het verslag van dit agendapunt vastleggen (Ctrl+S)</source>
        <translation>Record the minutes of this agenda item (Ctrl+S)</translation>
    </message>
    <message>
        <source>Het verslag van {}</source>
        <translation>The minutes of {}</translation>
    </message>
    <message>
        <source>Het volgende agendapunt bespreken (Ctrl+PgDown)</source>
        <translation>Discuss the next agenda item (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Het vorige agendapunt bespreken (Ctrl+PgUp)</source>
        <translation>Discuss the previous agenda item (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Hoe ver het besluit gaat: een bedrag, een percentage of een duur. Kies als eenheid ‘geen’ als dat niet van toepassing is.</source>
        <translation>How far the decision goes: an amount, a percentage or a duration. Choose ‘none’ as the unit if that does not apply.</translation>
    </message>
    <message>
        <source>Kies de uitkomst van het besluit.</source>
        <translation>Choose the outcome of the decision.</translation>
    </message>
    <message>
        <source>Kies eerst uw advies: steunt u het voorstel of niet?</source>
        <translation>Choose your advice first: do you support the proposal or not?</translation>
    </message>
    <message>
        <source>Klaar om te ondertekenen.</source>
        <translation>Ready to sign.</translation>
    </message>
    <message>
        <source>Met de gemotiveerde afwijking van de toets ({}).</source>
        <translation>With the reasoned deviation from the assessment ({}).</translation>
    </message>
    <message>
        <source>Met de gemotiveerde afwijking van {}.</source>
        <translation>With the reasoned deviation from {}.</translation>
    </message>
    <message>
        <source>Mijn ondertekenings&amp;sleutel…</source>
        <translation>My signing &amp;key…</translation>
    </message>
    <message>
        <source>Mijn ondertekeningssleutel…</source>
        <translation>My signing key…</translation>
    </message>
    <message>
        <source>Mot&amp;ivering:</source>
        <translation>Reaso&amp;ning:</translation>
    </message>
    <message>
        <source>Na ondertekening is de nieuwe versie het geldende besluit.</source>
        <translation>Once signed, the new version is the decision in force.</translation>
    </message>
    <message>
        <source>Naar een onderdeel van het voorstel springen</source>
        <translation>Jump to a part of the proposal</translation>
    </message>
    <message>
        <source>Niet ondertekend</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Nieuwe &amp;versie…</source>
        <translation>New &amp;version…</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Nieuwe versie niet ondertekend</source>
        <translation>New version not signed</translation>
    </message>
    <message>
        <source>Nieuwe versie o&amp;ndertekenen…</source>
        <translation>S&amp;ign new version…</translation>
    </message>
    <message>
        <source>Nieuwe versie ondertekenen</source>
        <translation>Sign new version</translation>
    </message>
    <message>
        <source>Nieuwe versie weggooien</source>
        <translation>Discard new version</translation>
    </message>
    <message>
        <source>Nieuwe versie: pas het besluit aan en geef de reden van de wijziging. De ondertekende versies blijven leesbaar.</source>
        <translation>New version: change the decision and give the reason for the change. The signed versions remain readable.</translation>
    </message>
    <message>
        <source>Nog niet ondertekend. Het besluit hieronder is door het overleg vastgelegd.</source>
        <translation>Not signed yet. The decision below was recorded by the meeting.</translation>
    </message>
    <message>
        <source>Nog niet ondertekend. Het besluit hieronder is het voorstel van de behandelaar; pas het aan als het overleg anders besluit, en sla het op.</source>
        <translation>Not signed yet. The decision below is the caseworker&apos;s proposal; change it if the meeting decides otherwise, and save it.</translation>
    </message>
    <message>
        <source>Nog niet te ondertekenen</source>
        <translation>Cannot be signed yet</translation>
    </message>
    <message>
        <source>O&amp;ndertekenen…</source>
        <translation>S&amp;ign…</translation>
    </message>
    <message>
        <source>Onderscheid:</source>
        <translation>Distinction:</translation>
    </message>
    <message>
        <source>Ondertekende versies</source>
        <translation>Signed versions</translation>
    </message>
    <message>
        <source>Ondertekenen</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Opnieuw &amp;bekijken op:</source>
        <translation>Look a&amp;t again on:</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Per lid het advies vanuit de eigen discipline; dubbelklik in Toelichting om te typen. Wie een belang meldt, neemt niet deel aan het advies (Awb 2:4).</source>
        <translation>Per member the advice from their own discipline; double-click in Explanation to type. Whoever reports an interest takes no part in the advice (Awb 2:4).</translation>
    </message>
    <message>
        <source>Rege&amp;l die knelt:</source>
        <translation>Ru&amp;le that pinches:</translation>
    </message>
    <message>
        <source>Regeling en artikel</source>
        <translation>Scheme and article</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>U hebt wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>You have changes that have not been saved yet.</translation>
    </message>
    <message>
        <source>U kunt dit agendapunt alleen lezen.</source>
        <translation>You can only read this agenda item.</translation>
    </message>
    <message>
        <source>U kunt uw eigen advies geven, of melden dat u een belang hebt.</source>
        <translation>You can give your own advice, or declare that you have an interest.</translation>
    </message>
    <message>
        <source>U legt het verslag vast; de voorzitter ({}) ondertekent.</source>
        <translation>You record the minutes; the chair ({}) signs.</translation>
    </message>
    <message>
        <source>Uw ondertekeningssleutel aanmaken, of zien waarom hij nog niet werkt</source>
        <translation>Create your signing key, or see why it does not work yet</translation>
    </message>
    <message>
        <source>Uw wijzigingen zijn nog niet opgeslagen; bij Opslaan kiest u tussen de nieuwe versie en uw versie als concept.</source>
        <translation>Your changes have not been saved yet; when you save, you choose between the new version and your version as a draft.</translation>
    </message>
    <message>
        <source>Versie {} klopt niet en geldt niet als ondertekend besluit: wat hieronder staat, kan buiten MaatwerkDesk zijn gewijzigd. Zie de rode melding hierboven.</source>
        <translation>Version {} is invalid and does not count as a signed decision: what is shown below may have been changed outside MaatwerkDesk. See the red notice above.</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Verslag niet opgeslagen</source>
        <translation>Minutes not saved</translation>
    </message>
    <message>
        <source>Vervolg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Volgende ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Voor ondertekening nog nodig: {}</source>
        <translation>Still needed before signing: {}</translation>
    </message>
    <message>
        <source>Voorstel van de behandelaar</source>
        <translation>Caseworker&apos;s proposal</translation>
    </message>
    <message>
        <source>Waarom deze uitkomst, zoals het overleg het ziet.</source>
        <translation>Why this outcome, as the meeting sees it.</translation>
    </message>
    <message>
        <source>Waarom het overleg hier afwijkt van de eerdere beslissing: wat is anders, of waarom die beslissing niet meer past.</source>
        <translation>Why the meeting deviates from the earlier decision here: what is different, or why that decision no longer fits.</translation>
    </message>
    <message>
        <source>Waarom het overleg toch zo besluit: wat de toets niet meeweegt, of waarom de uitkomst ervan hier niet past.</source>
        <translation>Why the meeting decides so nonetheless: what the assessment does not weigh, or why its outcome does not fit here.</translation>
    </message>
    <message>
        <source>Wat vast komt te liggen: {}.</source>
        <translation>What will be fixed: {}.</translation>
    </message>
    <message>
        <source>Wie het niet eens is met het besluit, en waarom.</source>
        <translation>Who disagrees with the decision, and why.</translation>
    </message>
    <message>
        <source>Wie het signaal ontvangt, bijvoorbeeld de beleidsafdeling</source>
        <translation>Who receives the signal, for example the policy department</translation>
    </message>
    <message>
        <source>Wijziging &amp;annuleren</source>
        <translation>&amp;Cancel change</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>‹ Vorige</source>
        <translation>‹ Previous</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Waarom van belang</source>
        <translation>Why it matters</translation>
    </message>
</context>
<context>
    <name>RulingDialog</name>
    <message>
        <source>&amp;ECLI:</source>
        <translation>&amp;ECLI:</translation>
    </message>
    <message>
        <source>&amp;Waarom van belang:</source>
        <translation>&amp;Why it matters:</translation>
    </message>
    <message>
        <source>ECLI:NL:CRVB:2024:726</source>
        <translation>ECLI:NL:CRVB:2024:726</translation>
    </message>
    <message>
        <source>Uitspraak</source>
        <translation>Ruling</translation>
    </message>
    <message>
        <source>Uitspraak toevoegen</source>
        <translation>Add ruling</translation>
    </message>
    <message>
        <source>Uitspraak wijzigen</source>
        <translation>Change ruling</translation>
    </message>
    <message>
        <source>wat de uitspraak voor dit dossier zegt</source>
        <translation>what the ruling says for this dossier</translation>
    </message>
</context>
<context>
    <name>ServiceCaller</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SignalBars</name>
    <message>
        <source>Klik op een balk om alleen die signalen te tonen.</source>
        <translation>Click a bar to show only those signals.</translation>
    </message>
    <message>
        <source>Nog geen signalen.</source>
        <translation>No signals yet.</translation>
    </message>
    <message>
        <source>Staafdiagram van de signalen</source>
        <translation>Bar chart of the signals</translation>
    </message>
</context>
<context>
    <name>SignalFormDialog</name>
    <message>
        <source>&amp;Artikel</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>&amp;Beschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Eigenaar van de regel</source>
        <translation>&amp;Owner of the rule</translation>
    </message>
    <message>
        <source>&amp;Regeling</source>
        <translation>&amp;Scheme</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Eigenaar van de regel</source>
        <translation>Owner of the rule</translation>
    </message>
    <message>
        <source>Knelpuntsignaal</source>
        <translation>Bottleneck signal</translation>
    </message>
    <message>
        <source>Knelpuntsignaal {}</source>
        <translation>Bottleneck signal {}</translation>
    </message>
    <message>
        <source>Nieuw knelpuntsignaal</source>
        <translation>New bottleneck signal</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Regeling</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Wat doet de regel, bij wie pakt dat onredelijk uit, en wat zou moeten veranderen? Noem niemand: geen naam, BSN, geboortedatum of adres.</source>
        <translation>What does the rule do, for whom does it work out unreasonably, and what should change? Name no one: no name, BSN, date of birth or address.</translation>
    </message>
    <message>
        <source>bijvoorbeeld Participatiewet</source>
        <translation>for example Participatiewet</translation>
    </message>
    <message>
        <source>het artikel van de algemene regel, bijvoorbeeld art. 22a</source>
        <translation>the article of the general rule, for example art. 22a</translation>
    </message>
</context>
<context>
    <name>SignalsDialog</name>
    <message>
        <source>&amp;Afwijzen…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>&amp;Dossiers van dit signaal (dubbelklik om te openen)</source>
        <translation>&amp;Dossiers of this signal (double-click to open)</translation>
    </message>
    <message>
        <source>&amp;Eigenaar</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <source>&amp;Nieuw signaal…</source>
        <translation>&amp;New signal…</translation>
    </message>
    <message>
        <source>&amp;Regeling</source>
        <translation>Sc&amp;heme</translation>
    </message>
    <message>
        <source>&amp;Signalen</source>
        <translation>&amp;Signals</translation>
    </message>
    <message>
        <source>&amp;Volgende stap…</source>
        <translation>Ne&amp;xt step…</translation>
    </message>
    <message>
        <source>(alle)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Aantal signalen per eigenaar, naar status</source>
        <translation>Number of signals per owner, by status</translation>
    </message>
    <message>
        <source>Aantal signalen per kwartaal, naar status</source>
        <translation>Number of signals per quarter, by status</translation>
    </message>
    <message>
        <source>Aantal signalen per regeling, naar status</source>
        <translation>Number of signals per scheme, by status</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Antwoord van de eigenaar: {}</source>
        <translation>Owner&apos;s answer: {}</translation>
    </message>
    <message>
        <source>Dossier &amp;openen</source>
        <translation>&amp;Open dossier</translation>
    </message>
    <message>
        <source>Dossier &amp;uit dit signaal halen</source>
        <translation>Take dossier o&amp;ut of this signal</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Dossiers van dit signaal</source>
        <translation>Dossiers of this signal</translation>
    </message>
    <message>
        <source>Een knelpuntsignaal meldt de eigenaar van een regel dat die regel steeds weer om maatwerk vraagt. Het programma stelt signalen voor als hetzelfde patroon in meerdere dossiers terugkomt. Een signaal noemt niemand: geen naam, BSN, geboortedatum of adres.</source>
        <translation>A bottleneck signal tells the owner of a rule that the rule keeps calling for tailored decisions. The program proposes signals when the same pattern comes back in several dossiers. A signal names no one: no name, BSN, date of birth or address.</translation>
    </message>
    <message>
        <source>Een signaal schrijven (als concept): soort, regel, eigenaar en het knelpunt, zonder iemand te noemen</source>
        <translation>Write a signal (as a draft): kind, rule, owner and the bottleneck, without naming anyone</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Geen voorstellen: geen patroon komt vaak genoeg terug.</source>
        <translation>No proposals: no pattern comes back often enough.</translation>
    </message>
    <message>
        <source>Het dossier dat in het hoofdvenster open is aan dit signaal koppelen</source>
        <translation>Link the dossier open in the main window to this signal</translation>
    </message>
    <message>
        <source>Het gekozen dossier loskoppelen: het signaal berust er niet meer op</source>
        <translation>Unlink the chosen dossier: the signal no longer rests on it</translation>
    </message>
    <message>
        <source>Het gekozen dossier openen in het hoofdvenster</source>
        <translation>Open the chosen dossier in the main window</translation>
    </message>
    <message>
        <source>Het gekozen signaal wijzigen; dat kan zolang het een concept is</source>
        <translation>Change the chosen signal; possible as long as it is a draft</translation>
    </message>
    <message>
        <source>Het gekozen voorstel afwijzen, met de reden; het komt niet terug</source>
        <translation>Reject the chosen proposal, with the reason; it does not come back</translation>
    </message>
    <message>
        <source>Het signaal melden bij de eigenaar, of vastleggen hoe de eigenaar het afhandelt (voorzitter of functioneel beheerder)</source>
        <translation>Report the signal to the owner, or record how the owner handles it (chair or application administrator)</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Knelpuntsignalen</source>
        <translation>Bottleneck signals</translation>
    </message>
    <message>
        <source>Loskoppelen</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Naar ‘{}’</source>
        <translation>To ‘{}’</translation>
    </message>
    <message>
        <source>Open dossier &amp;koppelen</source>
        <translation>&amp;Link open dossier</translation>
    </message>
    <message>
        <source>Patroon</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Regeling</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Signaal &amp;maken…</source>
        <translation>&amp;Make signal…</translation>
    </message>
    <message>
        <source>Signaal &amp;wijzigen…</source>
        <translation>&amp;Change signal…</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tel &amp;per</source>
        <translation>Count &amp;by</translation>
    </message>
    <message>
        <source>Tel per</source>
        <translation>Count by</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Van het gekozen voorstel een signaal maken (als concept), rustend op zijn dossiers</source>
        <translation>Make a signal (as a draft) from the chosen proposal, resting on its dossiers</translation>
    </message>
    <message>
        <source>Verloop: {}.</source>
        <translation>History: {}.</translation>
    </message>
    <message>
        <source>Voorste&amp;llen uit patronen in de dossiers</source>
        <translation>&amp;Proposals from patterns in the dossiers</translation>
    </message>
    <message>
        <source>Voorstellen</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Voorstellen zoeken in de besliste dossiers…</source>
        <translation>Looking for proposals in the decided dossiers…</translation>
    </message>
    <message>
        <source>Waarom is dit geen knelpunt? (Het voorstel komt niet terug.)</source>
        <translation>Why is this not a bottleneck? (The proposal will not come back.)</translation>
    </message>
    <message>
        <source>Wat heeft de eigenaar van de regel geantwoord?</source>
        <translation>What did the owner of the rule answer?</translation>
    </message>
    <message>
        <source>Welke stap zet {} nu?</source>
        <translation>Which step does {} take now?</translation>
    </message>
    <message>
        <source>Wie is de eigenaar van deze regel (ministerie, raad, college of loket)?</source>
        <translation>Who is the owner of this rule (ministry, council, municipal executive or desk)?</translation>
    </message>
    <message>
        <source>eigenaar</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>kwartaal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>regeling</source>
        <translation>scheme</translation>
    </message>
    <message>
        <source>{dossier} uit {signal} halen?</source>
        <translation>Take {dossier} out of {signal}?</translation>
    </message>
    <message>
        <source>{explanation} Dossiers: {references}.</source>
        <translation>{explanation} Dossiers: {references}.</translation>
    </message>
    <message>
        <source>{rule}
Eigenaar: {owner}</source>
        <translation>{rule}
Owner: {owner}</translation>
    </message>
    <message>
        <source>{signal} ({category}; eigenaar: {owner})</source>
        <translation>{signal} ({category}; owner: {owner})</translation>
    </message>
    <message>
        <source>{state} op {date} door {who}</source>
        <translation>{state} on {date} by {who}</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>&amp;Nieuwe sleutel aanmaken…</source>
        <translation>Create a &amp;new key…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De sleutel die nu op registratie wacht, vervalt.</source>
        <translation>The key now waiting to be registered will lapse.</translation>
    </message>
    <message>
        <source>Een nieuw sleutelpaar maken: het geheime deel gaat in de sleutelbos van deze computer</source>
        <translation>Make a new key pair: the secret part goes into this computer&apos;s keyring</translation>
    </message>
    <message>
        <source>Een nieuwe ondertekeningssleutel aanmaken?</source>
        <translation>Create a new signing key?</translation>
    </message>
    <message>
        <source>Lees deze vingerafdruk voor aan de functioneel beheerder, persoonlijk of aan de telefoon. Die registreert de sleutel pas als de vingerafdruk overeenkomt; daarna kunt u op deze computer ondertekenen. Tot dan blijft een eerder geregistreerde sleutel gelden.</source>
        <translation>Read this fingerprint out to the application administrator, in person or on the phone. They register the key only if the fingerprint matches; after that you can sign on this computer. Until then, a key registered earlier remains valid.</translation>
    </message>
    <message>
        <source>Met een persoonlijke sleutel ondertekent u besluiten in het casuïstiekoverleg. Maak hem aan op de computer waarop u ondertekent: het geheime deel blijft in de sleutelbos van deze computer. Daarna vergelijkt u de vingerafdruk met de functioneel beheerder, die de sleutel registreert.</source>
        <translation>With a personal key you sign decisions in the casuïstiekoverleg (case conference). Create it on the computer you sign at: the secret part stays in this computer&apos;s keyring. Then you compare the fingerprint with the application administrator, who registers the key.</translation>
    </message>
    <message>
        <source>Mijn ondertekeningssleutel</source>
        <translation>My signing key</translation>
    </message>
    <message>
        <source>Nieuwe sleutel aanmaken</source>
        <translation>Create new key</translation>
    </message>
    <message>
        <source>Onderteken op de werkplek waar u de sleutel aanmaakte, of maak hier een nieuwe aan en laat die registreren. Tot die registratie blijft uw huidige sleutel gelden.</source>
        <translation>Sign at the workstation where you created the key, or create a new one here and have it registered. Until it is registered, your current key remains valid.</translation>
    </message>
    <message>
        <source>Sleutel &amp;aanmaken</source>
        <translation>&amp;Create key</translation>
    </message>
    <message>
        <source>Sleutel niet aangemaakt</source>
        <translation>Key not created</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>U hebt nog geen ondertekeningssleutel.</source>
        <translation>You do not have a signing key yet.</translation>
    </message>
    <message>
        <source>U kunt hier besluiten ondertekenen. Een nieuwe sleutel is alleen nodig als deze verloren is gegaan of in verkeerde handen kan zijn gekomen.</source>
        <translation>You can sign decisions here. A new key is only needed if this one has been lost or may have fallen into the wrong hands.</translation>
    </message>
    <message>
        <source>Uw huidige sleutel blijft gelden tot de functioneel beheerder de nieuwe registreert; wat u ermee ondertekende, blijft geldig.</source>
        <translation>Your current key remains valid until the application administrator registers the new one; what you signed with it stays valid.</translation>
    </message>
    <message>
        <source>Uw nieuwe sleutel is aangemaakt en wacht op registratie.</source>
        <translation>Your new key has been created and is waiting to be registered.</translation>
    </message>
    <message>
        <source>Uw sleutel is geregistreerd en staat op deze computer.</source>
        <translation>Your key is registered and is on this computer.</translation>
    </message>
    <message>
        <source>Uw sleutel is geregistreerd, maar staat niet op deze computer.</source>
        <translation>Your key is registered, but it is not on this computer.</translation>
    </message>
    <message>
        <source>Uw sleutel wacht op registratie door de functioneel beheerder.</source>
        <translation>Your key is waiting to be registered by the application administrator.</translation>
    </message>
    <message>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Vingerafdruk van uw sleutel:</source>
        <translation>Fingerprint of your key:</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Dossier {reference} is onderweg op {laptops} gewijzigd én in de teamdatabase. Bij {count} onderdelen zijn beide versies verschillend: kies per onderdeel welke het dossier houdt.</source>
        <translation>Dossier {reference} was changed on the road on {laptops} and also in the team database. For {count} parts the two versions differ: choose for each part which one the dossier keeps.</translation>
    </message>
    <message>
        <source>Dossier {reference} is onderweg op {laptops} gewijzigd én in de teamdatabase. Bij één onderdeel zijn beide versies verschillend: kies per onderdeel welke het dossier houdt.</source>
        <translation>Dossier {reference} was changed on the road on {laptops} and also in the team database. For one part the two versions differ: choose for each part which one the dossier keeps.</translation>
    </message>
    <message>
        <source>In de teamdatabase</source>
        <translation>In the team database</translation>
    </message>
    <message>
        <source>Keuzes vastleggen</source>
        <translation>Record choices</translation>
    </message>
    <message>
        <source>Later beslissen</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Onderdelen die op twee plaatsen zijn gewijzigd</source>
        <translation>Parts changed in two places</translation>
    </message>
    <message>
        <source>Op de laptop</source>
        <translation>On the laptop</translation>
    </message>
    <message>
        <source>Op twee plaatsen gewijzigd</source>
        <translation>Changed in two places</translation>
    </message>
    <message>
        <source>Rij {}: laptop bewaren</source>
        <translation>Row {}: keep laptop</translation>
    </message>
    <message>
        <source>Rij {}: teamdatabase bewaren</source>
        <translation>Row {}: keep team database</translation>
    </message>
    <message>
        <source>Tot u kiest, toont het dossier wat in de teamdatabase staat; de versie van de laptop blijft bewaard. Wat u kiest, wordt vastgelegd in het dossier en in het logboek.</source>
        <translation>Until you choose, the dossier shows what is in the team database; the laptop&apos;s version is kept. What you choose is recorded in the dossier and in the log.</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>laptop</translation>
    </message>
    <message>
        <source>teamdatabase</source>
        <translation>team database</translation>
    </message>
</context>
<context>
    <name>TakeAlongDialog</name>
    <message>
        <source>&amp;Laptop:</source>
        <translation>&amp;Laptop:</translation>
    </message>
    <message>
        <source>&amp;Mee tot:</source>
        <translation>&amp;Along until:</translation>
    </message>
    <message>
        <source>1 dossier mee op deze laptop.</source>
        <translation>1 dossier going along on this laptop.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De dossiers zijn niet meegenomen; er is niets veranderd dat blijft.</source>
        <translation>The dossiers were not taken along; nothing was changed for good.</translation>
    </message>
    <message>
        <source>De naam waaronder collega&apos;s deze laptop kennen, bijvoorbeeld LT-07.</source>
        <translation>The name colleagues know this laptop by, for example LT-07.</translation>
    </message>
    <message>
        <source>Dossiers meenemen</source>
        <translation>Take dossiers along</translation>
    </message>
    <message>
        <source>Dossiers meenemen…</source>
        <translation>Taking dossiers along…</translation>
    </message>
    <message>
        <source>Dossiers om mee te nemen</source>
        <translation>Dossiers to take along</translation>
    </message>
    <message>
        <source>Er zijn geen open dossiers om mee te nemen.</source>
        <translation>There are no open dossiers to take along.</translation>
    </message>
    <message>
        <source>Geef de naam van deze laptop, zodat collega&apos;s weten waar de dossiers zijn.</source>
        <translation>Give the name of this laptop, so that colleagues know where the dossiers are.</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Meenemen</source>
        <translation>Take along</translation>
    </message>
    <message>
        <source>Neem dossiers mee op deze laptop om er onderweg, ook zonder netwerk, aan te werken. Collega&apos;s zien dat ze onderweg zijn en kunnen ze lezen, maar niet wijzigen, tot u synchroniseert en ze teruggeeft of de uitleen verloopt.</source>
        <translation>Take dossiers along on this laptop to work on them on the road, even without a network. Colleagues see that they are on the road and can read them, but not change them, until you synchronise and hand them back or the loan expires.</translation>
    </message>
    <message>
        <source>Niet meegenomen</source>
        <translation>Not taken along</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tot wanneer de dossiers onderweg zijn; daarna mogen collega&apos;s ze weer wijzigen (hoogstens 30 dagen).</source>
        <translation>Until when the dossiers are on the road; after that colleagues may change them again (30 days at most).</translation>
    </message>
    <message>
        <source>Vink aan welke dossiers u meeneemt.</source>
        <translation>Tick the dossiers you are taking along.</translation>
    </message>
    <message>
        <source>dd-MM-yyyy HH:mm</source>
        <translation>dd-MM-yyyy HH:mm</translation>
    </message>
    <message>
        <source>{} dossiers mee op deze laptop.</source>
        <translation>{} dossiers going along on this laptop.</translation>
    </message>
</context>
<context>
    <name>ThirdPartyDialog</name>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <source>Derde</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>Derde toevoegen</source>
        <translation>Add third party</translation>
    </message>
    <message>
        <source>Derde wijzigen</source>
        <translation>Change third party</translation>
    </message>
    <message>
        <source>naam van de persoon of de organisatie</source>
        <translation>name of the person or the organisation</translation>
    </message>
    <message>
        <source>waarom deze derde ertoe doet</source>
        <translation>why this third party matters</translation>
    </message>
</context>
<context>
    <name>TimelineEntryDialog</name>
    <message>
        <source>&amp;Beschrijving:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De beschrijving is te lang (maximaal {} tekens). Voeg een lang stuk liever als bijlage toe.</source>
        <translation>The description is too long (at most {} characters). Better add a long piece as an attachment.</translation>
    </message>
    <message>
        <source>Gebeurtenis toevoegen</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Wat is er gebeurd? Bijv. &apos;Gebeld: de burger kan de aflossing van € 350 per maand niet opbrengen.&apos;</source>
        <translation>What happened? E.g. &apos;Phoned: the citizen cannot afford the repayment of € 350 a month.&apos;</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Contacten, brieven en gebeurtenissen in dit dossier, op datum. Wat u hier toevoegt of verwijdert, wordt direct bewaard.</source>
        <translation>Contacts, letters and events in this dossier, by date. What you add or remove here is stored straight away.</translation>
    </message>
    <message>
        <source>Deze gebeurtenis uit de tijdlijn verwijderen?</source>
        <translation>Remove this event from the timeline?</translation>
    </message>
    <message>
        <source>Gebeurtenis toevoegen</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>Gebeurtenis verwijderen</source>
        <translation>Remove event</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op om de tijdlijn bij te houden.</source>
        <translation>Save the dossier first to keep its timeline.</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>&amp;Niet actief maken</source>
        <translation>Make &amp;inactive</translation>
    </message>
    <message>
        <source>&amp;Registreren…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>De gekozen sleutel registreren, nadat de voorzitter de vingerafdruk heeft voorgelezen</source>
        <translation>Register the chosen key, after the chair has read out the fingerprint</translation>
    </message>
    <message>
        <source>Deze gebruiker kan dan niet meer kiezen om in MaatwerkDesk te werken</source>
        <translation>This user can then no longer choose to work in MaatwerkDesk</translation>
    </message>
    <message>
        <source>Deze gebruiker kan weer kiezen om in MaatwerkDesk te werken</source>
        <translation>This user can choose to work in MaatwerkDesk again</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Een gebruiker toevoegen met een rol</source>
        <translation>Add a user with a role</translation>
    </message>
    <message>
        <source>Een voorzitter maakt zijn sleutel zelf aan (Casuïstiekoverleg › Mijn ondertekeningssleutel…). Registreer een nieuwe sleutel pas nadat de voorzitter u de vingerafdruk heeft voorgelezen, persoonlijk of aan de telefoon: de eerste 16 tekens ervan staan daarom niet in deze lijst.</source>
        <translation>A chair creates their own key (Case conference › My signing key…). Register a new key only after the chair has read the fingerprint out to you, in person or on the phone: that is why its first 16 characters are not in this list.</translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Gebruikers beheren</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <source>Iedereen die met MaatwerkDesk werkt, met zijn rol. De rol bepaalt wat iemand mag; een lid van het overleg heeft een discipline. Nieuwe gebruikers kiezen zichzelf op hun eigen werkplek (Bestand › Gebruiker wisselen…). Wie niet meer meewerkt, zet u op niet actief: eerdere adviezen en handtekeningen blijven op naam staan.</source>
        <translation>Everyone who works with MaatwerkDesk, with their role. The role decides what someone may do; a member of the meeting has a discipline. New users choose themselves at their own workstation (File › Switch user…). Someone who no longer takes part, you make inactive: earlier advice and signatures stay in their name.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ondertekeningssleutels</source>
        <translation>Signing keys</translation>
    </message>
    <message>
        <source>Ondertekeningssleutels van voorzitters</source>
        <translation>Signing keys of chairs</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Rollen en discipline van de gekozen gebruiker wijzigen</source>
        <translation>Change roles and discipline of the chosen user</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Voorzitter</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Weer &amp;actief maken</source>
        <translation>Reacti&amp;vate</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>niet actief</source>
        <translation>inactive</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Aanvraag</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Afwijken kan langs deze route</source>
        <translation>Deviating is possible along this route</translation>
    </message>
    <message>
        <source>Afwijken kan niet langs deze route</source>
        <translation>Deviating is not possible along this route</translation>
    </message>
    <message>
        <source>Algemene regel toepassen</source>
        <translation>Apply the general rule</translation>
    </message>
    <message>
        <source>Algemene regel volstaat</source>
        <translation>General rule suffices</translation>
    </message>
    <message>
        <source>Alleen een individuele oplossing</source>
        <translation>Only an individual solution</translation>
    </message>
    <message>
        <source>Alternatieve maatregel</source>
        <translation>Alternative measure</translation>
    </message>
    <message>
        <source>Ambtelijk woord</source>
        <translation>Officialese word</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Ander bedrag</source>
        <translation>Other amount</translation>
    </message>
    <message>
        <source>Andere organisatie</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <source>Belangen van minderjarige kinderen</source>
        <translation>Interests of minor children</translation>
    </message>
    <message>
        <source>Belastingdienst</source>
        <translation>Tax Administration (Belastingdienst)</translation>
    </message>
    <message>
        <source>Beleidsruimte van het bestuursorgaan</source>
        <translation>Policy discretion of the administrative body</translation>
    </message>
    <message>
        <source>Beperkte digitale vaardigheden</source>
        <translation>Limited digital skills</translation>
    </message>
    <message>
        <source>Beroep</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>Besloten</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Betalingsregeling op maat</source>
        <translation>Tailored payment arrangement</translation>
    </message>
    <message>
        <source>Bewindvoerder</source>
        <translation>Financial administrator (bewindvoerder)</translation>
    </message>
    <message>
        <source>Bezwaar</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Brief ontvangen</source>
        <translation>Letter received</translation>
    </message>
    <message>
        <source>Brief verstuurd</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <source>Contactmoment</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>De algemene regel toepassen</source>
        <translation>Apply the general rule</translation>
    </message>
    <message>
        <source>Dienst Toeslagen</source>
        <translation>Benefits Agency (Dienst Toeslagen)</translation>
    </message>
    <message>
        <source>Een doel stellen en een plan maken</source>
        <translation>Setting a goal and making a plan</translation>
    </message>
    <message>
        <source>Eigen aandeel van de organisatie</source>
        <translation>The organisation&apos;s own part in it</translation>
    </message>
    <message>
        <source>Enige belemmering gezien</source>
        <translation>Some difficulty seen</translation>
    </message>
    <message>
        <source>Ernst van de gevolgen</source>
        <translation>Severity of the consequences</translation>
    </message>
    <message>
        <source>Ernstige belemmering gezien</source>
        <translation>Serious difficulty seen</translation>
    </message>
    <message>
        <source>Ex-partner</source>
        <translation>Ex-partner</translation>
    </message>
    <message>
        <source>Familielid</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Gedeeltelijk afwijken</source>
        <translation>Deviate in part</translation>
    </message>
    <message>
        <source>Geen belemmering gezien</source>
        <translation>No difficulty seen</translation>
    </message>
    <message>
        <source>Gehouden</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Geprobeerd</source>
        <translation>Tried</translation>
    </message>
    <message>
        <source>Gevolgen voor derden</source>
        <translation>Consequences for third parties</translation>
    </message>
    <message>
        <source>Gewicht van het doel</source>
        <translation>Weight of the purpose</translation>
    </message>
    <message>
        <source>Grondrechten die worden geraakt</source>
        <translation>Fundamental rights affected</translation>
    </message>
    <message>
        <source>Handhaving of invordering</source>
        <translation>Enforcement or collection</translation>
    </message>
    <message>
        <source>Hardheid in de regel</source>
        <translation>Harshness of the rule</translation>
    </message>
    <message>
        <source>Herhaalde escalaties</source>
        <translation>Repeated escalations</translation>
    </message>
    <message>
        <source>Herstel van het besluit</source>
        <translation>Correction of the decision</translation>
    </message>
    <message>
        <source>Hoe onevenredig de algemene regel uitpakt</source>
        <translation>How disproportionate the general rule turns out</translation>
    </message>
    <message>
        <source>Hoger beroep</source>
        <translation>Higher appeal</translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>IND</source>
        <translation>IND</translation>
    </message>
    <message>
        <source>In actie komen</source>
        <translation>Taking action</translation>
    </message>
    <message>
        <source>Informatie</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Inkomen</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Kwetsbaarheid en doenvermogen</source>
        <translation>Vulnerability and capacity to act (doenvermogen)</translation>
    </message>
    <message>
        <source>Lang woord</source>
        <translation>Long word</translation>
    </message>
    <message>
        <source>Lange zin</source>
        <translation>Long sentence</translation>
    </message>
    <message>
        <source>Licht verstandelijke beperking</source>
        <translation>Mild intellectual disability</translation>
    </message>
    <message>
        <source>Lijdende vorm</source>
        <translation>Passive voice</translation>
    </message>
    <message>
        <source>Maatwerk nodig: onderbouw beter</source>
        <translation>Tailored decision needed: give better reasons</translation>
    </message>
    <message>
        <source>Maatwerk, goed onderbouwd</source>
        <translation>Tailored decision, well founded</translation>
    </message>
    <message>
        <source>Maatwerk: afwijken van de regel</source>
        <translation>Maatwerk (tailored decision): deviate from the rule</translation>
    </message>
    <message>
        <source>Niet geprobeerd</source>
        <translation>Not tried</translation>
    </message>
    <message>
        <source>Niet mogelijk</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Niet voldaan</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Niet waargenomen</source>
        <translation>Not observed</translation>
    </message>
    <message>
        <source>Nog niet bepaald</source>
        <translation>Not yet determined</translation>
    </message>
    <message>
        <source>Nog niet nagegaan</source>
        <translation>Not yet checked</translation>
    </message>
    <message>
        <source>Nog niet te bepalen</source>
        <translation>Cannot be determined yet</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Omgaan met tegenslag</source>
        <translation>Dealing with setbacks</translation>
    </message>
    <message>
        <source>Omgaan met verleidingen</source>
        <translation>Dealing with temptations</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Onderneming</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Onzekere woonsituatie</source>
        <translation>Insecure housing</translation>
    </message>
    <message>
        <source>Opschorten of schorsen</source>
        <translation>Postpone or suspend</translation>
    </message>
    <message>
        <source>Overlijden van een naaste</source>
        <translation>Death of a loved one</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Primair besluit</source>
        <translation>Primary decision</translation>
    </message>
    <message>
        <source>Psychische problemen</source>
        <translation>Mental health problems</translation>
    </message>
    <message>
        <source>Risico op willekeur</source>
        <translation>Risk of arbitrariness</translation>
    </message>
    <message>
        <source>Risico op willekeur bij afwijken</source>
        <translation>Risk of arbitrariness when deviating</translation>
    </message>
    <message>
        <source>SVB</source>
        <translation>SVB</translation>
    </message>
    <message>
        <source>Samenloop van regels</source>
        <translation>Rules that interact</translation>
    </message>
    <message>
        <source>Scheiding</source>
        <translation>Divorce or separation</translation>
    </message>
    <message>
        <source>Schuld</source>
        <translation>Debt</translation>
    </message>
    <message>
        <source>Schulden</source>
        <translation>Debts</translation>
    </message>
    <message>
        <source>Schuldhulpverlener</source>
        <translation>Debt counsellor</translation>
    </message>
    <message>
        <source>Structureel: beleidsregel aanpassen</source>
        <translation>Structural: amend a policy rule</translation>
    </message>
    <message>
        <source>Structureel: groepsregeling</source>
        <translation>Structural: group arrangement</translation>
    </message>
    <message>
        <source>Structureel: wet of verordening aanpassen</source>
        <translation>Structural: amend a law or by-law</translation>
    </message>
    <message>
        <source>Taal- of leesbarrière</source>
        <translation>Language or reading barrier</translation>
    </message>
    <message>
        <source>Ter bespreking</source>
        <translation>For discussion</translation>
    </message>
    <message>
        <source>Terugkerende willekeur-indicator</source>
        <translation>Recurring arbitrariness indicator</translation>
    </message>
    <message>
        <source>Tijdelijk maatwerk</source>
        <translation>Temporary tailored decision</translation>
    </message>
    <message>
        <source>UWV</source>
        <translation>UWV</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Uitvoering</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Uitvoering of ICT</source>
        <translation>Implementation or IT</translation>
    </message>
    <message>
        <source>Verhuurder</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Verlies van werk</source>
        <translation>Job loss</translation>
    </message>
    <message>
        <source>Verwijtbaarheid van de burger</source>
        <translation>Blameworthiness of the citizen</translation>
    </message>
    <message>
        <source>Verzoek afwijzen</source>
        <translation>Refuse the request</translation>
    </message>
    <message>
        <source>Voldaan</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Volhouden</source>
        <translation>Persevering</translation>
    </message>
    <message>
        <source>Volledig afwijken</source>
        <translation>Deviate in full</translation>
    </message>
    <message>
        <source>Vordering of terugvordering</source>
        <translation>Claim or recovery</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Zelfde artikel, zelfde doorslaggevende factoren</source>
        <translation>Same article, same decisive factors</translation>
    </message>
    <message>
        <source>Ziekte</source>
        <translation>Illness</translation>
    </message>
    <message>
        <source>Zorgtaken (mantelzorg, kinderen)</source>
        <translation>Care duties (informal care, children)</translation>
    </message>
    <message>
        <source>Zorgverlener</source>
        <translation>Care provider</translation>
    </message>
    <message>
        <source>aangeboden</source>
        <translation>offered</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>art. 6 lid 1 onder a AVG: toestemming van de betrokkene</source>
        <translation>art. 6(1)(a) GDPR (AVG): consent of the data subject</translation>
    </message>
    <message>
        <source>art. 6 lid 1 onder b AVG: uitvoering van een overeenkomst met de betrokkene</source>
        <translation>art. 6(1)(b) GDPR (AVG): performance of a contract with the data subject</translation>
    </message>
    <message>
        <source>art. 6 lid 1 onder c AVG: wettelijke verplichting</source>
        <translation>art. 6(1)(c) GDPR (AVG): legal obligation</translation>
    </message>
    <message>
        <source>art. 6 lid 1 onder d AVG: vitaal belang van de betrokkene of een ander</source>
        <translation>art. 6(1)(d) GDPR (AVG): vital interests of the data subject or another person</translation>
    </message>
    <message>
        <source>art. 6 lid 1 onder e AVG: taak van algemeen belang of openbaar gezag</source>
        <translation>art. 6(1)(e) GDPR (AVG): task in the public interest or exercise of official authority</translation>
    </message>
    <message>
        <source>art. 6 lid 1 onder f AVG: gerechtvaardigd belang</source>
        <translation>art. 6(1)(f) GDPR (AVG): legitimate interests</translation>
    </message>
    <message>
        <source>bedragen</source>
        <translation>amounts</translation>
    </message>
    <message>
        <source>begunstigend</source>
        <translation>favourable</translation>
    </message>
    <message>
        <source>behandelaar</source>
        <translation>caseworker</translation>
    </message>
    <message>
        <source>belastend</source>
        <translation>burdening</translation>
    </message>
    <message>
        <source>beleid</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>betrokken</source>
        <translation>involved</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>contactgegevens</source>
        <translation>contact details</translation>
    </message>
    <message>
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <source>de algemene regel is volgens de evenredigheidstoets onevenredig</source>
        <translation>the proportionality assessment finds the general rule disproportionate</translation>
    </message>
    <message>
        <source>de burger</source>
        <translation>the citizen</translation>
    </message>
    <message>
        <source>de zaak (regeling, artikel, verzoek)</source>
        <translation>the case (scheme, article, request)</translation>
    </message>
    <message>
        <source>derden</source>
        <translation>third parties</translation>
    </message>
    <message>
        <source>dient het doel even goed</source>
        <translation>serves the purpose equally well</translation>
    </message>
    <message>
        <source>dient het doel niet even goed</source>
        <translation>does not serve the purpose as well</translation>
    </message>
    <message>
        <source>een betalingsregeling</source>
        <translation>a payment arrangement</translation>
    </message>
    <message>
        <source>een kortere maatregel</source>
        <translation>a shorter measure</translation>
    </message>
    <message>
        <source>een lichtere maatregel dient het doel even goed</source>
        <translation>a lighter measure serves the aim equally well</translation>
    </message>
    <message>
        <source>een tijdelijke uitzondering</source>
        <translation>a temporary exception</translation>
    </message>
    <message>
        <source>een voorwaardelijke maatregel</source>
        <translation>a conditional measure</translation>
    </message>
    <message>
        <source>eenmalig</source>
        <translation>once</translation>
    </message>
    <message>
        <source>eerst een waarschuwing</source>
        <translation>a warning first</translation>
    </message>
    <message>
        <source>en</source>
        <translation>and</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>evenredig</source>
        <translation>proportionate</translation>
    </message>
    <message>
        <source>evenwichtigheid gedeeltelijk bij intensieve toetsing</source>
        <translation>balance only in part, under intensive review</translation>
    </message>
    <message>
        <source>evenwichtigheid: nee</source>
        <translation>balance: no</translation>
    </message>
    <message>
        <source>functioneel beheerder</source>
        <translation>application administrator</translation>
    </message>
    <message>
        <source>gecontroleerd: groepsbesluit past</source>
        <translation>checked: the group decision fits</translation>
    </message>
    <message>
        <source>gedeeltelijk</source>
        <translation>partly</translation>
    </message>
    <message>
        <source>gedeeltelijke terugvordering</source>
        <translation>partial recovery</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>gemeld</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>gemiddeld</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>geprobeerd of niet mogelijk</source>
        <translation>tried or not possible</translation>
    </message>
    <message>
        <source>geschiktheid: nee</source>
        <translation>suitability: no</translation>
    </message>
    <message>
        <source>groepsbesluit toegepast</source>
        <translation>group decision applied</translation>
    </message>
    <message>
        <source>het algemeen belang</source>
        <translation>the public interest</translation>
    </message>
    <message>
        <source>het besluit</source>
        <translation>the decision</translation>
    </message>
    <message>
        <source>het doel van de regel</source>
        <translation>the purpose of the rule</translation>
    </message>
    <message>
        <source>het huishouden</source>
        <translation>the household</translation>
    </message>
    <message>
        <source>het knelpunt (met de generieke uitkomst)</source>
        <translation>the bottleneck (with the generic outcome)</translation>
    </message>
    <message>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <source>hybride</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <source>identificerende gegevens (naam, BSN, geboortedatum)</source>
        <translation>identifying data (name, BSN, date of birth)</translation>
    </message>
    <message>
        <source>in behandeling</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>individueel besluiten</source>
        <translation>decide individually</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>inkomen</source>
        <translation>income</translation>
    </message>
    <message>
        <source>intensief</source>
        <translation>intensive</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>juridisch</source>
        <translation>legal</translation>
    </message>
    <message>
        <source>kritiek</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <source>lezer</source>
        <translation>reader</translation>
    </message>
    <message>
        <source>licht</source>
        <translation>light</translation>
    </message>
    <message>
        <source>lid van het overleg</source>
        <translation>member of the meeting</translation>
    </message>
    <message>
        <source>maanden</source>
        <translation>months</translation>
    </message>
    <message>
        <source>makkelijk (B1)</source>
        <translation>easy (B1)</translation>
    </message>
    <message>
        <source>middel</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>minderjarige kinderen</source>
        <translation>minor children</translation>
    </message>
    <message>
        <source>moeilijk</source>
        <translation>difficult</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>niet aangeboden</source>
        <translation>not offered</translation>
    </message>
    <message>
        <source>niet geprobeerd</source>
        <translation>not tried</translation>
    </message>
    <message>
        <source>niet opgepakt</source>
        <translation>not taken up</translation>
    </message>
    <message>
        <source>niet overgenomen</source>
        <translation>not adopted</translation>
    </message>
    <message>
        <source>niet vereist</source>
        <translation>not required</translation>
    </message>
    <message>
        <source>nog niet overwogen</source>
        <translation>not yet considered</translation>
    </message>
    <message>
        <source>nog onbekend</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <source>nog open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>nog te controleren</source>
        <translation>still to be checked</translation>
    </message>
    <message>
        <source>noodzakelijkheid: nee</source>
        <translation>necessity: no</translation>
    </message>
    <message>
        <source>of langs de gekozen route kan worden afgeweken, staat nog niet vast</source>
        <translation>whether the chosen route allows deviating is not yet settled</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>onevenredig</source>
        <translation>disproportionate</translation>
    </message>
    <message>
        <source>onthoudt zich</source>
        <translation>abstains</translation>
    </message>
    <message>
        <source>ontvangen</source>
        <translation>received</translation>
    </message>
    <message>
        <source>ontvanger</source>
        <translation>recipient</translation>
    </message>
    <message>
        <source>onzeker</source>
        <translation>uncertain</translation>
    </message>
    <message>
        <source>opgelost</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <source>per jaar</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>per maand</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>pleit voor afwijken</source>
        <translation>argues for deviating</translation>
    </message>
    <message>
        <source>pleit voor de algemene regel</source>
        <translation>argues for the general rule</translation>
    </message>
    <message>
        <source>procent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>redelijk</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>regievoerder</source>
        <translation>coordinator (regievoerder)</translation>
    </message>
    <message>
        <source>schulden</source>
        <translation>debts</translation>
    </message>
    <message>
        <source>secretaris</source>
        <translation>secretary</translation>
    </message>
    <message>
        <source>steunt het met aanpassingen</source>
        <translation>supports it with changes</translation>
    </message>
    <message>
        <source>steunt het voorstel</source>
        <translation>supports the proposal</translation>
    </message>
    <message>
        <source>steunt het voorstel niet</source>
        <translation>does not support the proposal</translation>
    </message>
    <message>
        <source>systeem (opdrachtregel)</source>
        <translation>system (command line)</translation>
    </message>
    <message>
        <source>terughoudend</source>
        <translation>restrained</translation>
    </message>
    <message>
        <source>verwijzer</source>
        <translation>referrer</translation>
    </message>
    <message>
        <source>verzonden</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>volgens de toets kan langs de gekozen route niet worden afgeweken</source>
        <translation>according to the assessment, the chosen route does not allow deviating</translation>
    </message>
    <message>
        <source>voorgesteld</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>voorzitter</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>waarnemingen over doenvermogen</source>
        <translation>observations on capacity to act (doenvermogen)</translation>
    </message>
    <message>
        <source>weken</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>wijkteam</source>
        <translation>neighbourhood team</translation>
    </message>
    <message>
        <source>zeer moeilijk</source>
        <translation>very difficult</translation>
    </message>
    <message>
        <source>zorg/medisch</source>
        <translation>care/medical</translation>
    </message>
    <message>
        <source>zwaar</source>
        <translation>heavy</translation>
    </message>
    <message>
        <source>{name} ({roles})</source>
        <translation>{name} ({roles})</translation>
    </message>
    <message>
        <source>{name} ({roles}, {discipline})</source>
        <translation>{name} ({roles}, {discipline})</translation>
    </message>
</context>
<context>
    <name>WayBack</name>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Terug naar het dossier waar u het precedent opende (Alt+Links)</source>
        <translation>Back to the dossier where you opened the precedent (Alt+Left)</translation>
    </message>
    <message>
        <source>Terug naar {}</source>
        <translation>Back to {}</translation>
    </message>
</context>
<context>
    <name>WeighingPanel</name>
    <message>
        <source>&amp;Aard van het besluit:</source>
        <translation>Na&amp;ture of the decision:</translation>
    </message>
    <message>
        <source>&amp;Doel van de regel:</source>
        <translation>&amp;Purpose of the rule:</translation>
    </message>
    <message>
        <source>&amp;Evenwichtigheid</source>
        <translation>&amp;Balance</translation>
    </message>
    <message>
        <source>&amp;Geschiktheid</source>
        <translation>&amp;Suitability</translation>
    </message>
    <message>
        <source>&amp;Noodzakelijkheid</source>
        <translation>&amp;Necessity</translation>
    </message>
    <message>
        <source>Afweging</source>
        <translation>Weighing</translation>
    </message>
    <message>
        <source>Afweging niet bewaard</source>
        <translation>Weighing not saved</translation>
    </message>
    <message>
        <source>Beantwoord elke stap vanuit de algemene regel: ‘ja’ betekent dat de algemene uitkomst de stap doorstaat.</source>
        <translation>Answer each step from the general rule: ‘yes’ means that the general outcome passes the step.</translation>
    </message>
    <message>
        <source>Belang</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Belangen en hun gewicht</source>
        <translation>Interests and their weight</translation>
    </message>
    <message>
        <source>Beoordeel bij:</source>
        <translation>Assess at:</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>De algemene regel is hier: {}</source>
        <translation>Here the general rule is: {}</translation>
    </message>
    <message>
        <source>De drie stappen (Harderwijk)</source>
        <translation>The three steps (Harderwijk)</translation>
    </message>
    <message>
        <source>De vastgelegde beslissing</source>
        <translation>The recorded decision</translation>
    </message>
    <message>
        <source>Dient het toepassen van de regel hier het doel?</source>
        <translation>Does applying the rule serve its purpose here?</translation>
    </message>
    <message>
        <source>Dit dossier (ruit) tussen de besloten dossiers van dezelfde route. Klik op een punt om dat dossier te openen.</source>
        <translation>This dossier (diamond) among the decided dossiers of the same route. Click a point to open that dossier.</translation>
    </message>
    <message>
        <source>Dubbelklik op de melding om naar het veld te gaan dat haar oplost.</source>
        <translation>Double-click the notice to go to the field that resolves it.</translation>
    </message>
    <message>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Geen meldingen.</source>
        <translation>No notices.</translation>
    </message>
    <message>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Hoe zwaar een rechter zou toetsen (glijdende schaal); dat bepaalt hoe sterk de motivering moet zijn.</source>
        <translation>How strictly a court would review (sliding scale); that decides how strong the reasoning must be.</translation>
    </message>
    <message>
        <source>Is er geen lichter middel dat het doel even goed dient?</source>
        <translation>Is there no lighter means that serves the purpose equally well?</translation>
    </message>
    <message>
        <source>Kies hierboven een uitkomst: de meeste controles beoordelen een voorgestelde uitkomst.</source>
        <translation>Choose an outcome above: most checks judge a proposed outcome.</translation>
    </message>
    <message>
        <source>Lichtere middelen (noodzakelijkheid)</source>
        <translation>Lighter means (necessity)</translation>
    </message>
    <message>
        <source>Mate</source>
        <translation>Extent</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Middel</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Motivering</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <source>Sla het dossier eerst op; daarna kunt u hier de evenredigheid afwegen.</source>
        <translation>Save the dossier first; then you can weigh proportionality here.</translation>
    </message>
    <message>
        <source>Soort bevoegdheid:</source>
        <translation>Kind of power:</translation>
    </message>
    <message>
        <source>Staan de gevolgen in redelijke verhouding tot het doel?</source>
        <translation>Are the consequences in reasonable proportion to the purpose?</translation>
    </message>
    <message>
        <source>Toetsingsintensiteit</source>
        <translation>Intensity of review</translation>
    </message>
    <message>
        <source>Toetsingsintensiteit: {}.</source>
        <translation>Intensity of review: {}.</translation>
    </message>
    <message>
        <source>Uit de bedragen in de stap Feiten: de (terug)vordering tegenover het inkomen per jaar.</source>
        <translation>From the amounts in the Facts step: the claim or recovery against the yearly income.</translation>
    </message>
    <message>
        <source>Uitkomst van de afweging</source>
        <translation>Outcome of the weighing</translation>
    </message>
    <message>
        <source>Waarom niet gekozen</source>
        <translation>Why not chosen</translation>
    </message>
    <message>
        <source>Waarvoor is de regel bedoeld, en wat betekent dat in dit geval?</source>
        <translation>What is the rule meant for, and what does that mean in this case?</translation>
    </message>
    <message>
        <source>Wat doet de algemene uitkomst met de burger: een last opleggen (belastend), iets toekennen of weigeren (begunstigend), of beide (hybride)?</source>
        <translation>What does the general outcome do to the citizen: impose a burden (burdening), grant or refuse something (favourable), or both (hybrid)?</translation>
    </message>
    <message>
        <source>Willekeur-indicatoren</source>
        <translation>Arbitrariness indicators</translation>
    </message>
    <message>
        <source>Willekeur-indicatoren ({})</source>
        <translation>Arbitrariness indicators ({})</translation>
    </message>
    <message>
        <source>nog niet gekozen (stap Toetsing)</source>
        <translation>not chosen yet (Assessment step)</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <source>&lt;p&gt;In deze database zijn nog geen gebruikers. Meld u aan als eerste gebruiker.&lt;/p&gt;&lt;p&gt;De eerste gebruiker is meestal &lt;b&gt;behandelaar en functioneel beheerder&lt;/b&gt;: legt dossiers vast en voegt daarna de anderen toe, elk met een eigen rol (Bestand › Gebruikers beheren…). Uw rol bepaalt wat u mag: alleen een behandelaar legt dossiers vast en wijzigt ze.&lt;/p&gt;</source>
        <translation>&lt;p&gt;This database has no users yet. Sign in as the first user.&lt;/p&gt;&lt;p&gt;The first user is usually &lt;b&gt;caseworker and application administrator&lt;/b&gt;: records dossiers and then adds the others, each with their own role (File › Manage users…). Your role decides what you may do: only a caseworker records and changes dossiers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Aanmelden is niet gelukt.</source>
        <translation>Signing in failed.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Gebruiker wisselen</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Kies wie u bent. Uw rol bepaalt wat u in MaatwerkDesk mag doen; op deze werkplek wordt uw keuze onthouden.</source>
        <translation>Choose who you are. Your role decides what you may do in MaatwerkDesk; your choice is remembered at this workstation.</translation>
    </message>
    <message>
        <source>Kiezen</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Staat uw naam er niet bij? Vraag de functioneel beheerder om u toe te voegen.</source>
        <translation>Is your name not listed? Ask the application administrator to add you.</translation>
    </message>
    <message>
        <source>Staat uw naam er niet bij? Vraag de functioneel beheerder om u toe te voegen. Tot die tijd kunt u verder als lezer.</source>
        <translation>Is your name not listed? Ask the application administrator to add you. Until then you can go on as a reader.</translation>
    </message>
    <message>
        <source>Verder als lezer</source>
        <translation>Continue as reader</translation>
    </message>
    <message>
        <source>Wie bent u?</source>
        <translation>Who are you?</translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>assessments</name>
    <message>
        <source>De toetsing van {reference}</source>
        <translation>The assessment of {reference}</translation>
    </message>
    <message>
        <source>Deze beoordeling is intussen opnieuw gedaan onder een andere catalogusversie. Open het dossier opnieuw.</source>
        <translation>This assessment has meanwhile been redone under another catalogue version. Open the dossier again.</translation>
    </message>
    <message>
        <source>Deze gewone weg staat niet in de catalogus.</source>
        <translation>This usual way is not in the catalogue.</translation>
    </message>
    <message>
        <source>Deze route staat niet in de catalogus.</source>
        <translation>This route is not in the catalogue.</translation>
    </message>
    <message>
        <source>Deze wegingsfactor hoort niet bij dit criterium.</source>
        <translation>This weighing factor does not belong to this criterion.</translation>
    </message>
    <message>
        <source>Dit criterium staat niet in de catalogus.</source>
        <translation>This criterion is not in the catalogue.</translation>
    </message>
    <message>
        <source>Dit soort bevoegdheid staat niet in de catalogus.</source>
        <translation>This kind of power is not in the catalogue.</translation>
    </message>
    <message>
        <source>Een onderbouwing verwijst naar een gebeurtenis of bijlage die niet (meer) in dit dossier staat. Vernieuw het scherm en koppel opnieuw.</source>
        <translation>A piece of evidence refers to an event or attachment that is not (or no longer) in this dossier. Refresh the screen and link it again.</translation>
    </message>
    <message>
        <source>Er is geen nieuwere catalogusversie; opnieuw beoordelen is niet nodig.</source>
        <translation>There is no newer catalogue version; reassessing is not needed.</translation>
    </message>
    <message>
        <source>Op {day} gold nog geen versie van deze catalogus. Kies een latere datum, of beoordeel het dossier naar het recht van vandaag.</source>
        <translation>No version of this catalogue was in force yet on {day}. Choose a later date, or assess the dossier under today&apos;s law.</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <source>Deze bijlage hoort niet (meer) bij het dossier.</source>
        <translation>This attachment does not (or no longer) belong to the dossier.</translation>
    </message>
</context>
<context>
    <name>audit_chain</name>
    <message>
        <source>De inhoud past niet bij de vastgelegde hash: het record is gewijzigd.</source>
        <translation>The content does not match the recorded hash: the record was changed.</translation>
    </message>
    <message>
        <source>Het einde van het logboek klopt niet met wat het programma bijhield.</source>
        <translation>The end of the log does not match what the program kept track of.</translation>
    </message>
    <message>
        <source>Het logboek eindigt bij record {last}, maar liep tot record {seq}: de laatste records zijn verwijderd of vervangen.</source>
        <translation>The log ends at record {last}, but ran to record {seq}: the last records were removed or replaced.</translation>
    </message>
    <message>
        <source>Het record verwijst niet naar het record ervoor: er is een record verwijderd, tussengevoegd of gewijzigd.</source>
        <translation>The record does not refer to the record before it: a record was removed, inserted or changed.</translation>
    </message>
    <message>
        <source>Na record {before} volgt record {seq}: de records {first} tot en met {last} zijn verwijderd, of record {seq} is ingevoegd.</source>
        <translation>Record {before} is followed by record {seq}: records {first} up to and including {last} were removed, or record {seq} was inserted.</translation>
    </message>
    <message>
        <source>Record {seq} komt dubbel voor: er is een record tussengevoegd.</source>
        <translation>Record {seq} occurs twice: a record was inserted.</translation>
    </message>
    <message>
        <source>Record {seq} ontbreekt: het is verwijderd.</source>
        <translation>Record {seq} is missing: it was removed.</translation>
    </message>
</context>
<context>
    <name>case_facts</name>
    <message>
        <source>De (terug)vordering van {recovery} is {percentage} % van het jaarinkomen van {income} (inkomen en uitkeringen samen).</source>
        <translation>The claim or recovery of {recovery} is {percentage} % of the yearly income of {income} (income and benefits together).</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de begindatum.</source>
        <translation>The end date lies before the start date.</translation>
    </message>
    <message>
        <source>Deze datum kan niet kloppen: vóór 1900 of na 2100.</source>
        <translation>This date cannot be right: before 1900 or after 2100.</translation>
    </message>
    <message>
        <source>Dit bedrag is groter dan {maximum}; dat kan niet kloppen. Kijk het na.</source>
        <translation>This amount is larger than {maximum}; that cannot be right. Please check it.</translation>
    </message>
    <message>
        <source>Dit is geen ECLI. Een ECLI heeft de vorm ECLI:NL:CRVB:2024:726: land, gerecht, jaartal en volgnummer, gescheiden door dubbele punten.</source>
        <translation>This is not an ECLI. An ECLI has the form ECLI:NL:CRVB:2024:726: country, court, year and serial number, separated by colons.</translation>
    </message>
    <message>
        <source>Dit is geen bedrag.</source>
        <translation>This is not an amount.</translation>
    </message>
    <message>
        <source>Dit is geen bedrag. Schrijf het als 4.312,17 of 4312,17: een punt tussen de duizendtallen, een komma voor de centen.</source>
        <translation>This is not an amount. Write it as 4.312,17 or 4312,17: a dot between the thousands, a comma before the cents.</translation>
    </message>
    <message>
        <source>Een bedrag heeft hoogstens twee cijfers achter de komma.</source>
        <translation>An amount has at most two digits after the comma.</translation>
    </message>
    <message>
        <source>Een bedrag kan niet negatief zijn; vul het zonder min in.</source>
        <translation>An amount cannot be negative; enter it without a minus sign.</translation>
    </message>
    <message>
        <source>Het jaartal van deze ECLI ligt in de toekomst.</source>
        <translation>The year of this ECLI lies in the future.</translation>
    </message>
    <message>
        <source>Hier wordt een bedrag in euro&apos;s als tekst verwacht, bijv. &quot;4312.17&quot;.</source>
        <translation>An amount in euros is expected here, as text, e.g. &quot;4312.17&quot;.</translation>
    </message>
    <message>
        <source>Meer dan {maximum} regels is te veel voor één dossier.</source>
        <translation>More than {maximum} lines is too many for one dossier.</translation>
    </message>
    <message>
        <source>Noem de derde bij naam (of de organisatie).</source>
        <translation>Give the third party&apos;s name (or the organisation&apos;s).</translation>
    </message>
    <message>
        <source>Vanaf {percentage} % duurt aflossen met een tiende van het inkomen per maand {years} jaar of langer.</source>
        <translation>From {percentage} % on, repaying with a tenth of the income per month takes {years} years or longer.</translation>
    </message>
    <message>
        <source>Vul een aantal minderjarige kinderen in van 0 tot en met {maximum}.</source>
        <translation>Enter a number of minor children from 0 up to and including {maximum}.</translation>
    </message>
    <message>
        <source>{period}, tot en met {ends}</source>
        <translation>{period}, up to and including {ends}</translation>
    </message>
    <message>
        <source>{period}, vanaf {starts}</source>
        <translation>{period}, from {starts}</translation>
    </message>
    <message>
        <source>{period}, {starts} t/m {ends}</source>
        <translation>{period}, {starts} to {ends}</translation>
    </message>
</context>
<context>
    <name>case_pack</name>
    <message>
        <source>geen pakket</source>
        <translation>not a pack</translation>
    </message>
    <message>
        <source>onleesbaar</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>onvolledig</source>
        <translation>incomplete</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Een versie bestaat uit één tot vier getallen met punten ertussen, zoals &quot;2026.1&quot;; een getal heeft hoogstens negen cijfers en begint niet met een 0 (behalve 0 zelf).</source>
        <translation>A version consists of one to four numbers separated by dots, such as &quot;2026.1&quot;; a number has at most nine digits and does not start with a 0 (except 0 itself).</translation>
    </message>
    <message>
        <source>{id} versie {version}</source>
        <translation>{id} version {version}</translation>
    </message>
</context>
<context>
    <name>catalogue_admin</name>
    <message>
        <source>Catalogus &apos;{catalogue}&apos; versie {version}</source>
        <translation>Catalogue &apos;{catalogue}&apos; version {version}</translation>
    </message>
    <message>
        <source>{named} is hier niet geïnstalleerd. &apos;maatwerkdesk catalogue list&apos; toont welke versies er zijn.</source>
        <translation>{named} is not installed here. &apos;maatwerkdesk catalogue list&apos; shows which versions there are.</translation>
    </message>
    <message>
        <source>{named} kan niet worden verwijderd: {pins} rust erop. Een versie waarop iets is vastgelegd, blijft bewaard.</source>
        <translation>{named} cannot be removed: {pins} rests on it. A version that something has been recorded on is kept.</translation>
    </message>
    <message>
        <source>{named} kan niet worden verwijderd: {pins} rusten erop. Een versie waarop iets is vastgelegd, blijft bewaard.</source>
        <translation>{named} cannot be removed: {pins} rest on it. A version that something has been recorded on is kept.</translation>
    </message>
    <message>
        <source>{named} wordt met het programma meegeleverd en kan niet worden verwijderd.</source>
        <translation>{named} is shipped with the program and cannot be removed.</translation>
    </message>
</context>
<context>
    <name>catalogue_loading</name>
    <message>
        <source>&apos;{value}&apos; is geen geldige id: gebruik letters, cijfers, &apos;-&apos;, &apos;_&apos; of &apos;.&apos;.</source>
        <translation>&apos;{value}&apos; is not a valid id: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Bron &apos;{source}&apos; staat niet onder [[sources]].</source>
        <translation>Source &apos;{source}&apos; is not listed under [[sources]].</translation>
    </message>
    <message>
        <source>Criterium &apos;{criterion}&apos; staat niet onder [[criteria]].</source>
        <translation>Criterion &apos;{criterion}&apos; is not listed under [[criteria]].</translation>
    </message>
    <message>
        <source>Criterium &apos;{criterion}&apos; staat twee keer in deze route.</source>
        <translation>Criterion &apos;{criterion}&apos; occurs twice in this route.</translation>
    </message>
    <message>
        <source>De catalogus heeft geen [[{section}]]; minstens één is nodig.</source>
        <translation>The catalogue has no [[{section}]]; at least one is needed.</translation>
    </message>
    <message>
        <source>De catalogus {file} is niet geldig (1 probleem):
{problems}</source>
        <translation>The catalogue {file} is not valid (1 problem):
{problems}</translation>
    </message>
    <message>
        <source>De catalogus {file} is niet geldig ({count} problemen):
{problems}</source>
        <translation>The catalogue {file} is not valid ({count} problems):
{problems}</translation>
    </message>
    <message>
        <source>De id &apos;{id}&apos; komt twee keer voor.</source>
        <translation>The id &apos;{id}&apos; occurs twice.</translation>
    </message>
    <message>
        <source>Deze lijst mag niet leeg zijn.</source>
        <translation>This list may not be empty.</translation>
    </message>
    <message>
        <source>Deze sleutel is onbekend in een catalogus (tikfout?).</source>
        <translation>This key is unknown in a catalogue (a typo?).</translation>
    </message>
    <message>
        <source>Dit is een catalogus van soort &quot;{kind}&quot;; gevonden &quot;{found}&quot;.</source>
        <translation>This is a catalogue of kind &quot;{kind}&quot;; found &quot;{found}&quot;.</translation>
    </message>
    <message>
        <source>Dit is geen geldige TOML. Controleer de schrijfwijze op deze regel (melding van de TOML-lezer: {detail}).</source>
        <translation>This is not valid TOML. Check how this line is written (message of the TOML reader: {detail}).</translation>
    </message>
    <message>
        <source>Dit veld is onbekend in dit formaat.</source>
        <translation>This field is unknown in this format.</translation>
    </message>
    <message>
        <source>Dit veld mag niet leeg zijn.</source>
        <translation>This field may not be empty.</translation>
    </message>
    <message>
        <source>Een catalogus-id bestaat uit kleine letters en punten, zoals &quot;nl.gemeente-voorbeeld.routes&quot;, en is hoogstens {limit} tekens.</source>
        <translation>A catalogue id consists of lower-case letters and dots, such as &quot;nl.gemeente-voorbeeld.routes&quot;, and is at most {limit} characters.</translation>
    </message>
    <message>
        <source>Een route om af te wijken heeft criteria nodig; alleen een route van soort &quot;escalation&quot; mag zonder.</source>
        <translation>A route for deviating needs criteria; only a route of kind &quot;escalation&quot; may have none.</translation>
    </message>
    <message>
        <source>Een route van soort &quot;escalation&quot; heeft geen criteria.</source>
        <translation>A route of kind &quot;escalation&quot; has no criteria.</translation>
    </message>
    <message>
        <source>Het bestand is groter dan 2 MB; dat is geen catalogus.</source>
        <translation>The file is larger than 2 MB; that is not a catalogue.</translation>
    </message>
    <message>
        <source>Hier wordt een datum zonder aanhalingstekens verwacht: 2026-01-01.</source>
        <translation>A date without quotation marks is expected here: 2026-01-01.</translation>
    </message>
    <message>
        <source>Hier wordt tekst verwacht.</source>
        <translation>Text is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt true of false verwacht.</source>
        <translation>true or false is expected here.</translation>
    </message>
    <message>
        <source>Noem minstens één zoekterm.</source>
        <translation>Name at least one search term.</translation>
    </message>
    <message>
        <source>Route &apos;{route}&apos; staat niet onder [[routes]].</source>
        <translation>Route &apos;{route}&apos; is not listed under [[routes]].</translation>
    </message>
    <message>
        <source>Schrijf dit als tabellen: [[{section}]].</source>
        <translation>Write this as tables: [[{section}]].</translation>
    </message>
    <message>
        <source>Verwacht &quot;{expected}&quot;, gevonden &quot;{found}&quot;.</source>
        <translation>Expected &quot;{expected}&quot;, found &quot;{found}&quot;.</translation>
    </message>
    <message>
        <source>{file} ({key}): {message}</source>
        <translation>{file} ({key}): {message}</translation>
    </message>
    <message>
        <source>{file}, regel {line} ({key}): {message}</source>
        <translation>{file}, line {line} ({key}): {message}</translation>
    </message>
    <message>
        <source>{file}, regel {line}: {message}</source>
        <translation>{file}, line {line}: {message}</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>{line}
{lines}</source>
        <translation>{line}
{lines}</translation>
    </message>
    <message>
        <source>… en nog {count} problemen.</source>
        <translation>… and {count} more problems.</translation>
    </message>
</context>
<context>
    <name>catalogue_usage</name>
    <message>
        <source>1 beoordeling</source>
        <translation>1 assessment</translation>
    </message>
    <message>
        <source>1 beslissing</source>
        <translation>1 decision</translation>
    </message>
    <message>
        <source>1 factorlijst van een dossier</source>
        <translation>1 factor list of a dossier</translation>
    </message>
    <message>
        <source>1 geïmporteerd precedent</source>
        <translation>1 imported precedent</translation>
    </message>
    <message>
        <source>1 ondertekend besluit</source>
        <translation>1 signed decision</translation>
    </message>
    <message>
        <source>niets</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>{count} beoordelingen</source>
        <translation>{count} assessments</translation>
    </message>
    <message>
        <source>{count} beslissingen</source>
        <translation>{count} decisions</translation>
    </message>
    <message>
        <source>{count} factorlijsten van dossiers</source>
        <translation>{count} factor lists of dossiers</translation>
    </message>
    <message>
        <source>{count} geïmporteerde precedenten</source>
        <translation>{count} imported precedents</translation>
    </message>
    <message>
        <source>{count} ondertekende besluiten</source>
        <translation>{count} signed decisions</translation>
    </message>
</context>
<context>
    <name>catalogues</name>
    <message>
        <source>De catalogus {catalogue} is hier niet aanwezig. Voeg die versie toe met &apos;maatwerkdesk catalogue add&apos; of beoordeel het dossier opnieuw.</source>
        <translation>The catalogue {catalogue} is not present here. Add that version with &apos;maatwerkdesk catalogue add&apos;, or assess the dossier again.</translation>
    </message>
    <message>
        <source>De factorcatalogus {catalogue} is hier niet aanwezig. Voeg die versie toe met &apos;maatwerkdesk catalogue add&apos;.</source>
        <translation>The factor catalogue {catalogue} is not present here. Add that version with &apos;maatwerkdesk catalogue add&apos;.</translation>
    </message>
    <message>
        <source>Er is geen catalogus &apos;{catalogue}&apos; die vandaag geldt. Controleer de geïnstalleerde catalogi met &apos;maatwerkdesk catalogue validate&apos;.</source>
        <translation>There is no catalogue &apos;{catalogue}&apos; in force today. Check the installed catalogues with &apos;maatwerkdesk catalogue validate&apos;.</translation>
    </message>
    <message>
        <source>Er is geen signaleringscatalogus &apos;{catalogue}&apos; die vandaag geldt. Controleer de geïnstalleerde catalogi met &apos;maatwerkdesk catalogue list&apos;.</source>
        <translation>There is no signalling catalogue &apos;{catalogue}&apos; in force today. Check the installed catalogues with &apos;maatwerkdesk catalogue list&apos;.</translation>
    </message>
    <message>
        <source>de opgeslagen tekst hoort niet bij deze id, versie of soort, of past niet bij zijn vingerafdruk: hij is buiten het programma gewijzigd.</source>
        <translation>the stored text does not belong to this id, version or kind, or does not match its fingerprint: it was changed outside the program.</translation>
    </message>
    <message>
        <source>de opgeslagen tekst is geen geldige catalogus (meer); misschien is die door een oudere versie van het programma geschreven.</source>
        <translation>the stored text is not (or no longer) a valid catalogue; it may have been written by an older version of the program.</translation>
    </message>
    <message>
        <source>{file}: deze versie van factorcatalogus &apos;{catalogue}&apos; is niet geïnstalleerd (1 probleem):
{problems}</source>
        <translation>{file}: this version of factor catalogue &apos;{catalogue}&apos; has not been installed (1 problem):
{problems}</translation>
    </message>
    <message>
        <source>{file}: deze versie van factorcatalogus &apos;{catalogue}&apos; is niet geïnstalleerd ({count} problemen):
{problems}</source>
        <translation>{file}: this version of factor catalogue &apos;{catalogue}&apos; has not been installed ({count} problems):
{problems}</translation>
    </message>
    <message>
        <source>{file}: versie {version} van catalogus &apos;{catalogue}&apos; bestaat hier al met een andere inhoud. Geef het bestand een hoger versienummer en probeer het opnieuw.</source>
        <translation>{file}: version {version} of catalogue &apos;{catalogue}&apos; already exists here with other contents. Give the file a higher version number and try again.</translation>
    </message>
    <message>
        <source>{file}: versie {version} van catalogus &apos;{catalogue}&apos; staat al in deze database, maar de opgeslagen tekst is onleesbaar (zie &apos;maatwerkdesk catalogue list&apos;). Verwijder die versie eerst met &apos;maatwerkdesk catalogue remove&apos; of geef het bestand een hoger versienummer.</source>
        <translation>{file}: version {version} of catalogue &apos;{catalogue}&apos; is already in this database, but the stored text cannot be read (see &apos;maatwerkdesk catalogue list&apos;). Remove that version first with &apos;maatwerkdesk catalogue remove&apos;, or give the file a higher version number.</translation>
    </message>
    <message>
        <source>{file}: versie {version} van catalogus &apos;{catalogue}&apos; was hier eerder geïnstalleerd met een andere inhoud. Geef het bestand een hoger versienummer en probeer het opnieuw.</source>
        <translation>{file}: version {version} of catalogue &apos;{catalogue}&apos; was installed here before with other contents. Give the file a higher version number and try again.</translation>
    </message>
    <message>
        <source>{lines}
{line}</source>
        <translation>{lines}
{line}</translation>
    </message>
</context>
<context>
    <name>concurrency</name>
    <message>
        <source>iemand anders</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>om {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <source>op {date} om {time}</source>
        <translation>on {date} at {time}</translation>
    </message>
    <message>
        <source>{changed}, nadat u het opende. Uw wijziging is niet opgeslagen: bekijk de nieuwe versie en breng uw wijziging daar zo nodig opnieuw aan.</source>
        <translation>{changed}, after you opened it. Your change has not been saved: look at the new version and make your change there again if needed.</translation>
    </message>
    <message>
        <source>{what} is gewijzigd door {who}</source>
        <translation>{what} was changed by {who}</translation>
    </message>
    <message>
        <source>{what} is gewijzigd door {who} {when}</source>
        <translation>{what} was changed by {who} {when}</translation>
    </message>
</context>
<context>
    <name>conference</name>
    <message>
        <source>Beschrijf bij elke afspraak wat er moet gebeuren.</source>
        <translation>Describe for each agreement what has to be done.</translation>
    </message>
    <message>
        <source>Geef per dossier tussen {minimum} en {maximum} minuten bespreektijd.</source>
        <translation>Give each dossier between {minimum} and {maximum} minutes of discussion time.</translation>
    </message>
    <message>
        <source>Historisch besluit, als precedent vastgelegd ({source})</source>
        <translation>Historic decision, recorded as a precedent ({source})</translation>
    </message>
    <message>
        <source>Ondertekend door {name}</source>
        <translation>Signed by {name}</translation>
    </message>
    <message>
        <source>Zet bij de afspraak ‘{what}’ wie die uitvoert.</source>
        <translation>State with the agreement ‘{what}’ who carries it out.</translation>
    </message>
    <message>
        <source>historisch besluit ({source})</source>
        <translation>historic decision ({source})</translation>
    </message>
</context>
<context>
    <name>criteria_check</name>
    <message>
        <source>Aan de harde criteria is voldaan: langs deze route kan worden afgeweken.</source>
        <translation>The hard criteria are met: this route allows deviating.</translation>
    </message>
    <message>
        <source>Aan een hard criterium moet zijn voldaan: anders kan langs deze route niet worden afgeweken.</source>
        <translation>A hard criterion must be met: otherwise this route allows no deviation.</translation>
    </message>
    <message>
        <source>Aan {criteria} is niet voldaan; dat weegt mee in de afweging.</source>
        <translation>Not met: {criteria}; that counts in the weighing.</translation>
    </message>
    <message>
        <source>Afwijken is het laatste middel: eerst komen de gewone wegen, of de reden waarom die niet kunnen.</source>
        <translation>Deviating is the last resort: the ordinary ways come first, or the reason why they are not possible.</translation>
    </message>
    <message>
        <source>Beantwoord zonder motivering: {criteria}.</source>
        <translation>Answered without reasoning: {criteria}.</translation>
    </message>
    <message>
        <source>Bij {id} ({label}) is {open} van de {total} wegingsfactoren nog niet toegelicht.</source>
        <translation>For {id} ({label}), {open} of the {total} weighing factors has not been explained yet.</translation>
    </message>
    <message>
        <source>Bij {id} ({label}) zijn {open} van de {total} wegingsfactoren nog niet toegelicht.</source>
        <translation>For {id} ({label}), {open} of the {total} weighing factors have not been explained yet.</translation>
    </message>
    <message>
        <source>Eerst de gewone wegen</source>
        <translation>Ordinary ways first</translation>
    </message>
    <message>
        <source>Er is nog geen route gekozen. Geef aan wat voor bevoegdheid het is en kies de route waarlangs kan worden afgeweken.</source>
        <translation>No route has been chosen yet. Say what kind of power it is and choose the route by which the rule can be deviated from.</translation>
    </message>
    <message>
        <source>Langs deze route is binnen de wet geen afwijking mogelijk: wat rest is escaleren, of een knelpuntsignaal aan de eigenaar van de regel.</source>
        <translation>This route allows no deviation within the law: what remains is to escalate, or to send a bottleneck signal to the owner of the rule.</translation>
    </message>
    <message>
        <source>Langs deze route kan niet worden afgeweken: aan {criteria} is niet voldaan, en dat is een hard criterium. {help}</source>
        <translation>This route allows no deviation: {criteria} is not met, and it is a hard criterion. {help}</translation>
    </message>
    <message>
        <source>Langs deze route kan niet worden afgeweken: aan {criteria} is niet voldaan, en dat zijn harde criteria. {help}</source>
        <translation>This route allows no deviation: {criteria} are not met, and they are hard criteria. {help}</translation>
    </message>
    <message>
        <source>Nog aan te vullen voor een volledige motivering: {criteria}.</source>
        <translation>Still to be completed for full reasoning: {criteria}.</translation>
    </message>
    <message>
        <source>Nog niet te bepalen: van de harde criteria {criteria} staat nog niet vast of eraan is voldaan. {help}</source>
        <translation>Not yet determinable: it is not yet established whether the hard criteria {criteria} are met. {help}</translation>
    </message>
    <message>
        <source>Nog niet te bepalen: van het harde criterium {criteria} staat nog niet vast of eraan is voldaan. {help}</source>
        <translation>Not yet determinable: it is not yet established whether the hard criterion {criteria} is met. {help}</translation>
    </message>
    <message>
        <source>{title}: bij {items} staat nog niet vast of de gewone weg is geprobeerd of niet mogelijk was, en waarom.</source>
        <translation>{title}: for {items} it is not yet established whether the ordinary way was tried or was not possible, and why.</translation>
    </message>
    <message>
        <source>{title}: die zijn geprobeerd of waren niet mogelijk, met de reden erbij.</source>
        <translation>{title}: they were tried or were not possible, with the reason given.</translation>
    </message>
    <message>
        <source>{title}: {items} is niet geprobeerd. {help}</source>
        <translation>{title}: {items} has not been tried. {help}</translation>
    </message>
    <message>
        <source>{title}: {items} zijn niet geprobeerd. {help}</source>
        <translation>{title}: {items} have not been tried. {help}</translation>
    </message>
</context>
<context>
    <name>decision</name>
    <message>
        <source>De mate kan niet negatief zijn.</source>
        <translation>The extent cannot be negative.</translation>
    </message>
    <message>
        <source>De reden mag alleen factoren noemen die in dit dossier aanwezig zijn en voor de gekozen uitkomst pleiten. Pas de factoren of de reden aan.</source>
        <translation>The reason may only name factors that are present in this dossier and argue for the chosen outcome. Adjust the factors or the reason.</translation>
    </message>
    <message>
        <source>Een beslissing rust op minstens één factor die voor deze uitkomst pleit, en in dit dossier is er geen aangevinkt. Vink bij de factoren aan wat voor deze uitkomst pleit, of kies de andere uitkomst.</source>
        <translation>A decision rests on at least one factor that argues for this outcome, and none is ticked in this dossier. Tick under the factors what argues for this outcome, or choose the other outcome.</translation>
    </message>
    <message>
        <source>Een onderscheid moet rusten op een factor uit de reden van de beslissing. Neem die factor op in de reden of kies een ander verschil.</source>
        <translation>A distinction must rest on a factor from the reason of the decision. Include that factor in the reason or choose another difference.</translation>
    </message>
    <message>
        <source>Een percentage ligt tussen 0 en 100.</source>
        <translation>A percentage lies between 0 and 100.</translation>
    </message>
    <message>
        <source>Kies minstens één doorslaggevende factor, of laat de reden leeg: dan tellen alle factoren voor deze uitkomst.</source>
        <translation>Choose at least one decisive factor, or leave the reason empty: then all factors for this outcome count.</translation>
    </message>
    <message>
        <source>{low} tot {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <source>{number} {unit}</source>
        <translation>{number} {unit}</translation>
    </message>
</context>
<context>
    <name>document_export</name>
    <message>
        <source>De map {folder} bestaat niet. Kies een andere map.</source>
        <translation>The folder {folder} does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>{target} is een map; geef een bestandsnaam op.</source>
        <translation>{target} is a folder; give a file name.</translation>
    </message>
    <message>
        <source>{target}: het bestand kan niet worden geschreven ({reason}). Kies een andere map, of sluit het bestand als het in een ander programma open is.</source>
        <translation>{target}: the file cannot be written ({reason}). Choose another folder, or close the file if it is open in another program.</translation>
    </message>
</context>
<context>
    <name>dossier</name>
    <message>
        <source>Beschrijf kort wat er is gebeurd.</source>
        <translation>Describe briefly what happened.</translation>
    </message>
    <message>
        <source>Deze datum ligt te ver in het verleden of de toekomst.</source>
        <translation>This date lies too far in the past or the future.</translation>
    </message>
    <message>
        <source>Deze geboortedatum kan niet kloppen: hij ligt in de toekomst of vóór 1900.</source>
        <translation>This date of birth cannot be right: it lies in the future or before 1900.</translation>
    </message>
    <message>
        <source>Een KvK-nummer hoort bij een onderneming. Kies &apos;Onderneming&apos; of maak het veld leeg.</source>
        <translation>A KvK number (Chamber of Commerce) belongs to a business. Choose &apos;Business&apos; or empty the field.</translation>
    </message>
    <message>
        <source>Geef het dossier een titel, zodat u het in de lijst terugvindt.</source>
        <translation>Give the dossier a title, so that you can find it again in the list.</translation>
    </message>
</context>
<context>
    <name>dossier_apply</name>
    <message>
        <source>Dossier {reference} bestaat niet (meer) op deze database; het is niet bijgewerkt.</source>
        <translation>Dossier {reference} does not (or no longer) exist in this database; it has not been updated.</translation>
    </message>
    <message>
        <source>Dossier {reference} is verwijderd; het is niet bijgewerkt. Bewaar wat u nog nodig hebt en vraag uw functioneel beheerder.</source>
        <translation>Dossier {reference} has been deleted; it has not been updated. Keep what you still need and ask your application administrator.</translation>
    </message>
    <message>
        <source>Dossier {reference}: een ondertekende besluitversie kan niet verdwijnen; het dossier is niet bijgewerkt.</source>
        <translation>Dossier {reference}: a signed version of the decision cannot disappear; the dossier has not been updated.</translation>
    </message>
    <message>
        <source>Dossier {reference}: versie {version} is ondertekend door wie het voorstel inbracht of de behandelaar is; een ander moet ondertekenen (vier ogen). Het dossier is niet bijgewerkt.</source>
        <translation>Dossier {reference}: version {version} was signed by the person who made the proposal or by the caseworker; someone else must sign (four eyes). The dossier has not been updated.</translation>
    </message>
    <message>
        <source>synchronisatie</source>
        <translation>synchronisation</translation>
    </message>
    <message>
        <source>{source}: het document bevat niet precies één dossier.</source>
        <translation>{source}: the document does not hold exactly one dossier.</translation>
    </message>
</context>
<context>
    <name>dossier_steps</name>
    <message>
        <source>Alle stappen zijn klaar.</source>
        <translation>All steps are done.</translation>
    </message>
    <message>
        <source>Volgende stap: {step} — {reason}</source>
        <translation>Next step: {step} — {reason}</translation>
    </message>
    <message>
        <source>aan de criteria is voldaan</source>
        <translation>the criteria are met</translation>
    </message>
    <message>
        <source>aandacht</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <source>aantekeningen</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>afwijken kan niet langs deze route</source>
        <translation>deviating is not possible along this route</translation>
    </message>
    <message>
        <source>beschrijf de vraag van de burger</source>
        <translation>describe what the citizen asks</translation>
    </message>
    <message>
        <source>beschrijf het knelpunt</source>
        <translation>describe the bottleneck</translation>
    </message>
    <message>
        <source>beschrijf het knelpunt en de vraag van de burger</source>
        <translation>describe the bottleneck and what the citizen asks</translation>
    </message>
    <message>
        <source>beschrijf wat de regel oplevert</source>
        <translation>describe what the rule leads to</translation>
    </message>
    <message>
        <source>beschrijf wat de regel oplevert en de vraag van de burger</source>
        <translation>describe what the rule leads to and what the citizen asks</translation>
    </message>
    <message>
        <source>beschrijf wat de regel oplevert en het knelpunt</source>
        <translation>describe what the rule leads to and the bottleneck</translation>
    </message>
    <message>
        <source>beschrijf wat de regel oplevert, het knelpunt en de vraag van de burger</source>
        <translation>describe what the rule leads to, the bottleneck and what the citizen asks</translation>
    </message>
    <message>
        <source>beslissing: afwijken van de regel</source>
        <translation>decision: deviate from the rule</translation>
    </message>
    <message>
        <source>beslissing: de regel toepassen</source>
        <translation>decision: apply the rule</translation>
    </message>
    <message>
        <source>de afweging vindt de regel evenredig, de beslissing wijkt af</source>
        <translation>the weighing finds the rule proportionate, the decision deviates from it</translation>
    </message>
    <message>
        <source>de afweging vindt de regel onevenredig, de beslissing volgt haar</source>
        <translation>the weighing finds the rule disproportionate, the decision follows it</translation>
    </message>
    <message>
        <source>de gewone wegen zijn niet geprobeerd</source>
        <translation>the usual ways have not been tried</translation>
    </message>
    <message>
        <source>de laatste verwijzing is niet opgepakt; verwijs opnieuw of elders</source>
        <translation>the last referral was not taken up; refer again or elsewhere</translation>
    </message>
    <message>
        <source>de regel is hier evenredig</source>
        <translation>the rule is proportionate here</translation>
    </message>
    <message>
        <source>de regel is hier onevenredig</source>
        <translation>the rule is disproportionate here</translation>
    </message>
    <message>
        <source>fase: aanvraag</source>
        <translation>stage: application</translation>
    </message>
    <message>
        <source>fase: beroep</source>
        <translation>stage: appeal</translation>
    </message>
    <message>
        <source>fase: bezwaar</source>
        <translation>stage: objection</translation>
    </message>
    <message>
        <source>fase: handhaving of invordering</source>
        <translation>stage: enforcement or collection</translation>
    </message>
    <message>
        <source>fase: hoger beroep</source>
        <translation>stage: higher appeal</translation>
    </message>
    <message>
        <source>fase: primair besluit</source>
        <translation>stage: primary decision</translation>
    </message>
    <message>
        <source>geef het dossier een titel</source>
        <translation>give the dossier a title</translation>
    </message>
    <message>
        <source>geen aantekeningen</source>
        <translation>no notes</translation>
    </message>
    <message>
        <source>geen bijlagen</source>
        <translation>no attachments</translation>
    </message>
    <message>
        <source>ingevuld</source>
        <translation>filled in</translation>
    </message>
    <message>
        <source>kies een route en beantwoord de criteria</source>
        <translation>choose a route and answer the criteria</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>done</translation>
    </message>
    <message>
        <source>leg de beslissing vast</source>
        <translation>record the decision</translation>
    </message>
    <message>
        <source>naar keuze</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>noem de betrokkene</source>
        <translation>name the person concerned</translation>
    </message>
    <message>
        <source>noem de onderneming</source>
        <translation>name the business</translation>
    </message>
    <message>
        <source>noem de regeling waar het om gaat</source>
        <translation>name the scheme concerned</translation>
    </message>
    <message>
        <source>nog niet alle stappen beantwoord</source>
        <translation>not all steps answered yet</translation>
    </message>
    <message>
        <source>nog niet alles bekeken</source>
        <translation>not everything looked at yet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>schrijf de tekst voor de burger</source>
        <translation>write the text for the citizen</translation>
    </message>
    <message>
        <source>steun vastgelegd</source>
        <translation>support recorded</translation>
    </message>
    <message>
        <source>vul in als andere organisaties meespelen</source>
        <translation>fill in if other organisations play a part</translation>
    </message>
    <message>
        <source>vul in als bedragen of derden meespelen</source>
        <translation>fill in if amounts or third parties play a part</translation>
    </message>
    <message>
        <source>vul in als het doenvermogen meespeelt</source>
        <translation>fill in if the capacity to act (doenvermogen) plays a part</translation>
    </message>
    <message>
        <source>waarnemingen vastgelegd</source>
        <translation>observations recorded</translation>
    </message>
    <message>
        <source>weeg de evenredigheid af</source>
        <translation>weigh the proportionality</translation>
    </message>
    <message>
        <source>zet op een rij wat er is gebeurd</source>
        <translation>list what has happened</translation>
    </message>
    <message>
        <source>{count} bedrag</source>
        <translation>{count} amount</translation>
    </message>
    <message>
        <source>{count} bedragen</source>
        <translation>{count} amounts</translation>
    </message>
    <message>
        <source>{count} bijlage</source>
        <translation>{count} attachment</translation>
    </message>
    <message>
        <source>{count} bijlagen</source>
        <translation>{count} attachments</translation>
    </message>
    <message>
        <source>{count} criteria nog open</source>
        <translation>{count} criteria still open</translation>
    </message>
    <message>
        <source>{count} criterium nog open</source>
        <translation>{count} criterion still open</translation>
    </message>
    <message>
        <source>{count} derde</source>
        <translation>{count} third party</translation>
    </message>
    <message>
        <source>{count} derden</source>
        <translation>{count} third parties</translation>
    </message>
    <message>
        <source>{count} gebeurtenis</source>
        <translation>{count} event</translation>
    </message>
    <message>
        <source>{count} gebeurtenissen</source>
        <translation>{count} events</translation>
    </message>
    <message>
        <source>{count} keer gedeeld</source>
        <translation>shared {count}×</translation>
    </message>
    <message>
        <source>{count} organisatie</source>
        <translation>{count} organisation</translation>
    </message>
    <message>
        <source>{count} organisaties</source>
        <translation>{count} organisations</translation>
    </message>
    <message>
        <source>{count} toestemming</source>
        <translation>{count} consent</translation>
    </message>
    <message>
        <source>{count} toestemmingen</source>
        <translation>{count} consents</translation>
    </message>
    <message>
        <source>{count} uitspraak</source>
        <translation>{count} ruling</translation>
    </message>
    <message>
        <source>{count} uitspraken</source>
        <translation>{count} rulings</translation>
    </message>
    <message>
        <source>{count} verwijzing</source>
        <translation>{count} referral</translation>
    </message>
    <message>
        <source>{count} verwijzingen</source>
        <translation>{count} referrals</translation>
    </message>
</context>
<context>
    <name>dossiers</name>
    <message>
        <source>Deze gebeurtenis staat niet (meer) in de tijdlijn.</source>
        <translation>This event is not (or no longer) in the timeline.</translation>
    </message>
    <message>
        <source>Dit dossier bestaat niet (meer). Vernieuw de lijst en probeer het opnieuw.</source>
        <translation>This dossier does not (or no longer) exist. Refresh the list and try again.</translation>
    </message>
    <message>
        <source>Dossier {reference}</source>
        <translation>Dossier {reference}</translation>
    </message>
    <message>
        <source>Er is geen dossier met kenmerk &apos;{reference}&apos;.</source>
        <translation>There is no dossier with reference &apos;{reference}&apos;.</translation>
    </message>
    <message>
        <source>Het besluit in {reference} is ondertekend; de feiten waarop het rust (titel, regeling, artikelen, algemene uitkomst, knelpunt, verzoek, eigenaar) liggen vast. Zet wat er nieuw is in de tijdlijn of de notities, of laat de voorzitter een nieuwe versie van het besluit maken.</source>
        <translation>The decision in {reference} has been signed; the facts it rests on (title, scheme, articles, general outcome, bottleneck, request, owner) are fixed. Put what is new in the timeline or the notes, or have the chair make a new version of the decision.</translation>
    </message>
    <message>
        <source>Het besluit in {reference} is ondertekend; het dossier blijft daarom ‘Besloten’ of ‘Afgesloten’. Kies een van die twee.</source>
        <translation>The decision in {reference} has been signed; the dossier therefore stays ‘Decided’ or ‘Closed’. Choose one of those two.</translation>
    </message>
    <message>
        <source>{reference} wordt ‘Besloten’ zodra de voorzitter het besluit in het casuïstiekoverleg ondertekent; pas dan telt het als precedent. Zet het dossier op ‘Ter bespreking’.</source>
        <translation>{reference} becomes ‘Decided’ as soon as the chair signs the decision in the case conference; only then does it count as a precedent. Set the dossier to ‘For discussion’.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>&apos;{value}&apos; is geen UUID in de vorm xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (kleine letters).</source>
        <translation>&apos;{value}&apos; is not a UUID of the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (lower case).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen dossierkenmerk in de vorm MW-JJJJ-NNNNN.</source>
        <translation>&apos;{value}&apos; is not a dossier reference of the form MW-YYYY-NNNNN.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen tijdstip in de vorm JJJJ-MM-DDTuu:mm:ss(.ffffff)Z.</source>
        <translation>&apos;{value}&apos; is not a moment of the form YYYY-MM-DDThh:mm:ss(.ffffff)Z.</translation>
    </message>
    <message>
        <source>Deze id komt al voor bij {key}[{index}]; ieder item heeft een eigen id.</source>
        <translation>This id already occurs at {key}[{index}]; every item has an id of its own.</translation>
    </message>
    <message>
        <source>Dit dossier staat al eerder in het bestand (dossiers[{index}]).</source>
        <translation>This dossier already occurs earlier in the file (dossiers[{index}]).</translation>
    </message>
    <message>
        <source>Dit is geen bestand in het uitwisselingsformaat {names} ({found}). Deze versie van MaatwerkDesk leest alleen {names}.</source>
        <translation>This is not a file in the exchange format {names} ({found}). This version of MaatwerkDesk reads only {names}.</translation>
    </message>
    <message>
        <source>Dit tijdstip ligt in de toekomst.</source>
        <translation>This moment lies in the future.</translation>
    </message>
    <message>
        <source>Dit tijdstip ligt vóór created_at; dat kan niet.</source>
        <translation>This moment lies before created_at; that is not possible.</translation>
    </message>
    <message>
        <source>Geef de bijlage een naam.</source>
        <translation>Give the attachment a name.</translation>
    </message>
    <message>
        <source>Hier wordt een SHA-256 als 64 hexadecimale tekens verwacht.</source>
        <translation>A SHA-256 as 64 hexadecimal characters is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt een grootte in bytes (0 of meer) verwacht.</source>
        <translation>A size in bytes (0 or more) is expected here.</translation>
    </message>
    <message>
        <source>Kenmerk {reference} staat al eerder in het bestand (dossiers[{index}]).</source>
        <translation>Reference {reference} already occurs earlier in the file (dossiers[{index}]).</translation>
    </message>
    <message>
        <source>Schrijf het BSN als 9 cijfers, zonder spaties of punten.</source>
        <translation>Write the BSN as 9 digits, without spaces or dots.</translation>
    </message>
    <message>
        <source>Schrijf het KvK-nummer als 8 cijfers, zonder spaties of punten.</source>
        <translation>Write the KvK number (Chamber of Commerce) as 8 digits, without spaces or dots.</translation>
    </message>
    <message>
        <source>Tijdens het importeren heeft een ander programma dezelfde dossiers opgeslagen; er is niets geïmporteerd. Probeer het opnieuw.</source>
        <translation>While importing, another program saved the same dossiers; nothing has been imported. Try again.</translation>
    </message>
    <message>
        <source>de tekst die hier begint wordt niet afgesloten</source>
        <translation>the text that starts here is not closed</translation>
    </message>
    <message>
        <source>geen geldige JSON (regel {line}, kolom {column}): {reason}.</source>
        <translation>not valid JSON (line {line}, column {column}): {reason}.</translation>
    </message>
    <message>
        <source>geen geldige JSON (regel {line}, kolom {column}): {reason}; het bestand houdt onverwacht op (afgebroken?).</source>
        <translation>not valid JSON (line {line}, column {column}): {reason}; the file ends unexpectedly (cut off?).</translation>
    </message>
    <message>
        <source>geen geldige JSON: &apos;{name}&apos; is geen getal in JSON.</source>
        <translation>not valid JSON: &apos;{name}&apos; is not a number in JSON.</translation>
    </message>
    <message>
        <source>geen geldige JSON: de gegevens zijn te diep genest.</source>
        <translation>not valid JSON: the data are nested too deeply.</translation>
    </message>
    <message>
        <source>geen geldige JSON: een getal is te groot.</source>
        <translation>not valid JSON: a number is too large.</translation>
    </message>
    <message>
        <source>geen geldige JSON: het veld &apos;{key}&apos; komt twee keer voor in hetzelfde object.</source>
        <translation>not valid JSON: the field &apos;{key}&apos; occurs twice in the same object.</translation>
    </message>
    <message>
        <source>geen geldige UTF-8-tekst (regel {line}, byte {column}); sla het bestand op als UTF-8 en importeer het opnieuw.</source>
        <translation>not valid UTF-8 text (line {line}, byte {column}); save the file as UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>geen tekst</source>
        <translation>no text</translation>
    </message>
    <message>
        <source>gevonden: &apos;{value}&apos;</source>
        <translation>found: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>het bestand bevat een NUL-byte (regel {line}, kolom {column}); het is geen UTF-8-tekst maar bijvoorbeeld UTF-16 of een binair bestand.</source>
        <translation>the file contains a NUL byte (line {line}, column {column}); it is not UTF-8 text but, for example, UTF-16 or a binary file.</translation>
    </message>
    <message>
        <source>het bestand is leeg.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>het bestand is opgeslagen als {encoding}; sla het op als UTF-8 en importeer het opnieuw.</source>
        <translation>the file was saved as {encoding}; save it as UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>het veld format ontbreekt</source>
        <translation>the field format is missing</translation>
    </message>
    <message>
        <source>hier wordt een dubbele punt verwacht</source>
        <translation>a colon is expected here</translation>
    </message>
    <message>
        <source>hier wordt een komma verwacht</source>
        <translation>a comma is expected here</translation>
    </message>
    <message>
        <source>hier wordt een veldnaam tussen dubbele aanhalingstekens verwacht</source>
        <translation>a field name in double quotation marks is expected here</translation>
    </message>
    <message>
        <source>hier wordt een waarde verwacht</source>
        <translation>a value is expected here</translation>
    </message>
    <message>
        <source>na het einde van de JSON staat nog meer</source>
        <translation>there is more after the end of the JSON</translation>
    </message>
    <message>
        <source>ongeldig stuurteken in een tekst (gebruik \n of \t)</source>
        <translation>invalid control character in a text (use \n or \t)</translation>
    </message>
    <message>
        <source>ongeldige \uXXXX-escape in een tekst</source>
        <translation>invalid \uXXXX escape in a text</translation>
    </message>
    <message>
        <source>ongeldige escape (\…) in een tekst</source>
        <translation>invalid escape (\…) in a text</translation>
    </message>
    <message>
        <source>{name} of {others}</source>
        <translation>{name} or {others}</translation>
    </message>
    <message>
        <source>{source}: het bestand is te groot ({size} MB; maximaal {limit} MB). Splits de export in meerdere bestanden.</source>
        <translation>{source}: the file is too large ({size} MB; at most {limit} MB). Split the export into several files.</translation>
    </message>
    <message>
        <source>{source}: het dossier verwijst naar gegevens die hier al anders bestaan (een overleg of persoon); er is niets geïmporteerd.</source>
        <translation>{source}: the dossier refers to data that already exists here in another form (a meeting or a person); nothing has been imported.</translation>
    </message>
    <message>
        <source>{source}: {field}: {message}</source>
        <translation>{source}: {field}: {message}</translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <source>{where}: deze id bestaat al in deze database (bij een ander dossier); daarom is niets geïmporteerd.</source>
        <translation>{where}: this id already exists in this database (with another dossier); therefore nothing has been imported.</translation>
    </message>
    <message>
        <source>{where}: deze id wordt ook gebruikt in {earlier}.</source>
        <translation>{where}: this id is also used in {earlier}.</translation>
    </message>
    <message>
        <source>{where}: dossier {reference} bestaat al in deze database (verwijderd, maar bewaard voor de audit). Importeren zou het overschrijven; daarom is niets geïmporteerd. Haal het dossier uit het bestand of importeer in een andere database.</source>
        <translation>{where}: dossier {reference} already exists in this database (deleted, but kept for the audit). Importing would overwrite it; therefore nothing has been imported. Take the dossier out of the file, or import into another database.</translation>
    </message>
    <message>
        <source>{where}: dossier {reference} bestaat al in deze database onder kenmerk {known} (verwijderd, maar bewaard voor de audit). Importeren zou het overschrijven; daarom is niets geïmporteerd. Haal het dossier uit het bestand of importeer in een andere database.</source>
        <translation>{where}: dossier {reference} already exists in this database under reference {known} (deleted, but kept for the audit). Importing would overwrite it; therefore nothing has been imported. Take the dossier out of the file, or import into another database.</translation>
    </message>
    <message>
        <source>{where}: dossier {reference} bestaat al in deze database onder kenmerk {known}. Importeren zou het overschrijven; daarom is niets geïmporteerd. Haal het dossier uit het bestand of importeer in een andere database.</source>
        <translation>{where}: dossier {reference} already exists in this database under reference {known}. Importing would overwrite it; therefore nothing has been imported. Take the dossier out of the file, or import into another database.</translation>
    </message>
    <message>
        <source>{where}: dossier {reference} bestaat al in deze database. Importeren zou het overschrijven; daarom is niets geïmporteerd. Haal het dossier uit het bestand of importeer in een andere database.</source>
        <translation>{where}: dossier {reference} already exists in this database. Importing would overwrite it; therefore nothing has been imported. Take the dossier out of the file, or import into another database.</translation>
    </message>
    <message>
        <source>{where}: dossier {reference} staat ook in {earlier}; importeer het maar één keer.</source>
        <translation>{where}: dossier {reference} is also in {earlier}; import it only once.</translation>
    </message>
    <message>
        <source>{where}: kenmerk {reference} is in deze database al in gebruik door een ander dossier (id {id}); daarom is niets geïmporteerd.</source>
        <translation>{where}: reference {reference} is already in use in this database by another dossier (id {id}); therefore nothing has been imported.</translation>
    </message>
    <message>
        <source>{where}: kenmerk {reference} is in deze database al in gebruik door een ander dossier (verwijderd) (id {id}); daarom is niets geïmporteerd.</source>
        <translation>{where}: reference {reference} is already in use in this database by another dossier (deleted) (id {id}); therefore nothing has been imported.</translation>
    </message>
    <message>
        <source>{where}: kenmerk {reference} wordt ook gebruikt in {earlier} voor een ander dossier.</source>
        <translation>{where}: reference {reference} is also used in {earlier} for another dossier.</translation>
    </message>
</context>
<context>
    <name>exchange_record</name>
    <message>
        <source>&apos;{value}&apos; is geen discipline.</source>
        <translation>&apos;{value}&apos; is not a discipline.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen geldige id.</source>
        <translation>&apos;{value}&apos; is not a valid id.</translation>
    </message>
    <message>
        <source>Deze beslissing heeft onbekende of ongeldige velden.</source>
        <translation>This decision has unknown or invalid fields.</translation>
    </message>
    <message>
        <source>Deze catalogustekst is te lang.</source>
        <translation>This catalogue text is too long.</translation>
    </message>
    <message>
        <source>Deze weging heeft onbekende of ongeldige velden.</source>
        <translation>This weighing has unknown or invalid fields.</translation>
    </message>
    <message>
        <source>Dit is geen geldige beslissing.</source>
        <translation>This is not a valid decision.</translation>
    </message>
    <message>
        <source>Een groep heeft een kenmerk.</source>
        <translation>A group has a reference.</translation>
    </message>
    <message>
        <source>Hier wordt een getal vanaf 0 verwacht.</source>
        <translation>A number from 0 upwards is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt een object of null verwacht.</source>
        <translation>An object or null is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt tekst of null verwacht.</source>
        <translation>Text or null is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt tekst verwacht.</source>
        <translation>Text is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt true of false verwacht.</source>
        <translation>true or false is expected here.</translation>
    </message>
    <message>
        <source>factor &apos;{factor}&apos; staat niet in {catalogue}.</source>
        <translation>factor &apos;{factor}&apos; is not in {catalogue}.</translation>
    </message>
    <message>
        <source>{name}: de tekst is versie {found}, niet {id} versie {version}.</source>
        <translation>{name}: the text is version {found}, not {id} version {version}.</translation>
    </message>
    <message>
        <source>{source}: overleg {meeting} bestaat hier al op een andere datum; er is niets geïmporteerd.</source>
        <translation>{source}: meeting {meeting} already exists here on another date; nothing has been imported.</translation>
    </message>
    <message>
        <source>{source}: overleg {meeting} noemt een onbekende persoon.</source>
        <translation>{source}: meeting {meeting} names an unknown person.</translation>
    </message>
    <message>
        <source>{where}: de feiten of de beslissing wijken af van het ondertekende besluit; er is niets geïmporteerd.</source>
        <translation>{where}: the facts or the decision differ from the signed decision; nothing has been imported.</translation>
    </message>
    <message>
        <source>{where}: de handtekening van deze besluitversie klopt niet. Het bestand is na de ondertekening gewijzigd, of de versie is nooit door de voorzitter ondertekend; er is niets geïmporteerd.</source>
        <translation>{where}: the signature of this decision version is not right. The file was changed after signing, or the version was never signed by the chair; nothing has been imported.</translation>
    </message>
    <message>
        <source>{where}: de versies zijn niet doorlopend genummerd.</source>
        <translation>{where}: the versions are not numbered consecutively.</translation>
    </message>
    <message>
        <source>{where}: deze versie hoort bij een ander dossier.</source>
        <translation>{where}: this version belongs to another dossier.</translation>
    </message>
    <message>
        <source>{where}: dit is geen besluitversie zoals MaatwerkDesk die vastlegt.</source>
        <translation>{where}: this is not a decision version as MaatwerkDesk records one.</translation>
    </message>
    <message>
        <source>{where}: een advies noemt een onbekende persoon.</source>
        <translation>{where}: an advice names an unknown person.</translation>
    </message>
    <message>
        <source>{where}: een beslissing rust op de factoren van het dossier, maar die ontbreken; er is niets geïmporteerd.</source>
        <translation>{where}: a decision rests on the dossier&apos;s factors, but they are missing; nothing has been imported.</translation>
    </message>
    <message>
        <source>{where}: een beslissing rust op de factoren van het dossier.</source>
        <translation>{where}: a decision rests on the dossier&apos;s factors.</translation>
    </message>
    <message>
        <source>{where}: een dossier met een ondertekend besluit staat op ‘Besloten’ of ‘Afgesloten’; er is niets geïmporteerd.</source>
        <translation>{where}: a dossier with a signed decision is always ‘Decided’ or ‘Closed’; nothing has been imported.</translation>
    </message>
    <message>
        <source>{where}: een historische versie heeft geen handtekening.</source>
        <translation>{where}: a historic version has no signature.</translation>
    </message>
    <message>
        <source>{where}: het dossier staat op ‘Besloten’ maar het bestand bevat geen ondertekend besluit; er is niets geïmporteerd.</source>
        <translation>{where}: the dossier is set to ‘Decided’ but the file holds no signed decision; nothing has been imported.</translation>
    </message>
    <message>
        <source>{where}: overleg {meeting} staat niet bij deze agenda.</source>
        <translation>{where}: meeting {meeting} is not on this agenda.</translation>
    </message>
    <message>
        <source>{where}: overleg {meeting} staat niet in het bestand.</source>
        <translation>{where}: meeting {meeting} is not in the file.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
</context>
<context>
    <name>factor_catalogue_loading</name>
    <message>
        <source>De catalogus heeft geen factor met side = &quot;{side}&quot;; beide kanten zijn nodig.</source>
        <translation>The catalogue has no factor with side = &quot;{side}&quot;; both sides are needed.</translation>
    </message>
    <message>
        <source>Een algemene factorcatalogus (general = true) geldt voor elk dossier, welke route of regeling het ook heeft; laat &apos;routes&apos; bij deze factor weg.</source>
        <translation>A general factor catalogue (general = true) applies to every dossier, whatever its route or scheme; leave out &apos;routes&apos; for this factor.</translation>
    </message>
    <message>
        <source>Een algemene factorcatalogus (general = true) geldt voor elk dossier, welke route of regeling het ook heeft; laat &apos;{key}&apos; weg.</source>
        <translation>A general factor catalogue (general = true) applies to every dossier, whatever its route or scheme; leave out &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>Een label is hoogstens {limit} tekens; zet de uitleg in &apos;description&apos;.</source>
        <translation>A label is at most {limit} characters; put the explanation in &apos;description&apos;.</translation>
    </message>
    <message>
        <source>Een toelichting op het vervallen hoort bij een factor met retired = true.</source>
        <translation>An explanation of the retirement belongs with a factor with retired = true.</translation>
    </message>
    <message>
        <source>Hier wordt true of false verwacht.</source>
        <translation>true or false is expected here.</translation>
    </message>
    <message>
        <source>Noem minstens één route waarvoor deze factoren gelden.</source>
        <translation>Name at least one route these factors apply to.</translation>
    </message>
    <message>
        <source>Route &apos;{route}&apos; staat niet in &apos;routes&apos; bovenaan de catalogus.</source>
        <translation>Route &apos;{route}&apos; is not in &apos;routes&apos; at the top of the catalogue.</translation>
    </message>
</context>
<context>
    <name>factors</name>
    <message>
        <source>Factor &apos;{id}&apos; (‘{label}’) ontbreekt in dit bestand, maar dossiers, beslissingen of precedenten noemen hem nog. Laat hem niet weg maar laat hem vervallen: neem hem op met retired = true (dezelfde id, kant en label).</source>
        <translation>Factor &apos;{id}&apos; (‘{label}’) is missing from this file, but dossiers, decisions or precedents still name it. Do not leave it out but retire it: include it with retired = true (the same id, side and label).</translation>
    </message>
    <message>
        <source>Factor &apos;{id}&apos; (‘{label}’) pleit in versie {version} voor afwijken, maar in dit bestand voor de algemene regel. Een factor houdt zijn kant in elke versie: laat &apos;{id}&apos; vervallen (retired = true, met dezelfde kant en hetzelfde label) en geef de nieuwe betekenis een nieuwe id.</source>
        <translation>Factor &apos;{id}&apos; (‘{label}’) argues for deviating in version {version}, but for the general rule in this file. A factor keeps its side in every version: retire &apos;{id}&apos; (retired = true, with the same side and the same label) and give the new meaning a new id.</translation>
    </message>
    <message>
        <source>Factor &apos;{id}&apos; (‘{label}’) pleit in versie {version} voor de algemene regel, maar in dit bestand voor afwijken. Een factor houdt zijn kant in elke versie: laat &apos;{id}&apos; vervallen (retired = true, met dezelfde kant en hetzelfde label) en geef de nieuwe betekenis een nieuwe id.</source>
        <translation>Factor &apos;{id}&apos; (‘{label}’) argues for the general rule in version {version}, but for deviating in this file. A factor keeps its side in every version: retire &apos;{id}&apos; (retired = true, with the same side and the same label) and give the new meaning a new id.</translation>
    </message>
</context>
<context>
    <name>filling</name>
    <message>
        <source>Afwegingen en voorstellen</source>
        <translation>Weighings and proposals</translation>
    </message>
    <message>
        <source>Besluiten vastleggen</source>
        <translation>Recording decisions</translation>
    </message>
    <message>
        <source>Dossiers opslaan</source>
        <translation>Saving dossiers</translation>
    </message>
    <message>
        <source>Kies een aantal demodossiers tussen 1 en {maximum}.</source>
        <translation>Choose a number of demo dossiers between 1 and {maximum}.</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <source>Beschrijf het gedeelde knelpunt: wat de regel bij iedereen in de groep doet en waarom dat knelt.</source>
        <translation>Describe the shared bottleneck: what the rule does to everyone in the group, and why that pinches.</translation>
    </message>
    <message>
        <source>Bij {reference} zijn individuele omstandigheden vastgelegd; over dit dossier wordt afzonderlijk besloten.</source>
        <translation>Individual circumstances have been recorded for {reference}; this dossier is decided on separately.</translation>
    </message>
    <message>
        <source>De eigen toets van {reference} staat het groepsbesluit in de weg: {problems}. Leg de individuele omstandigheden vast en besluit over dit dossier afzonderlijk, of pas de toets aan.</source>
        <translation>The own assessment of {reference} stands in the way of the group decision: {problems}. Record the individual circumstances and decide on this dossier separately, or adjust the assessment.</translation>
    </message>
    <message>
        <source>De mate kan niet negatief zijn.</source>
        <translation>The extent cannot be negative.</translation>
    </message>
    <message>
        <source>Deze groep bestaat niet (meer).</source>
        <translation>This group does not (or no longer) exist.</translation>
    </message>
    <message>
        <source>Een percentage ligt tussen 0 en 100.</source>
        <translation>A percentage lies between 0 and 100.</translation>
    </message>
    <message>
        <source>Er is geen groep met kenmerk {reference}.</source>
        <translation>There is no group with reference {reference}.</translation>
    </message>
    <message>
        <source>Geef de groep een titel.</source>
        <translation>Give the group a title.</translation>
    </message>
    <message>
        <source>Groep {group} heeft nog geen groepsbesluit om tegen te controleren.</source>
        <translation>Group {group} has no group decision to check against yet.</translation>
    </message>
    <message>
        <source>Groep {group} heeft nog geen groepsbesluit.</source>
        <translation>Group {group} has no group decision yet.</translation>
    </message>
    <message>
        <source>Groepen wijzigt u in de teamdatabase; in de koffer op deze laptop zijn ze alleen te lezen. Doe dit weer als u verbonden bent.</source>
        <translation>You change groups in the team database; in the briefcase on this laptop they can only be read. Do this again when you are connected.</translation>
    </message>
    <message>
        <source>Het besluit over {reference} is al ondertekend; een groepsbesluit kan er niet meer op worden toegepast.</source>
        <translation>The decision on {reference} has already been signed; a group decision can no longer be applied to it.</translation>
    </message>
    <message>
        <source>Het besluit over {reference} is al ondertekend; een wijziging is een nieuwe versie door de voorzitter.</source>
        <translation>The decision on {reference} has already been signed; a change is a new version by the chair.</translation>
    </message>
    <message>
        <source>Het groepsbesluit is al toegepast op {reference}; de motivering van dat besluit noemt de groep, dus het dossier blijft erbij horen.</source>
        <translation>The group decision has already been applied to {reference}; the reasons for that decision name the group, so the dossier stays in it.</translation>
    </message>
    <message>
        <source>Hoort bij groep {reference} — {title}</source>
        <translation>Belongs to group {reference} — {title}</translation>
    </message>
    <message>
        <source>Leg vast welke individuele omstandigheden om een andere uitkomst vragen; dan besluit u over dit dossier afzonderlijk.</source>
        <translation>Record which individual circumstances call for another outcome; then you decide on this dossier separately.</translation>
    </message>
    <message>
        <source>Motiveer het groepsbesluit: waarom deze uitkomst past bij het gedeelde knelpunt.</source>
        <translation>Give the reasons for the group decision: why this outcome fits the shared bottleneck.</translation>
    </message>
    <message>
        <source>Noem de regeling waar het knelpunt van de groep in zit; daarop herkent het programma vergelijkbare afwijkingen.</source>
        <translation>Name the scheme the group&apos;s bottleneck lies in; the program recognises similar deviations by it.</translation>
    </message>
    <message>
        <source>de uitkomst gaat in tegen {precedents}</source>
        <translation>the outcome goes against {precedents}</translation>
    </message>
    <message>
        <source>{problems}; {problem}</source>
        <translation>{problems}; {problem}</translation>
    </message>
    <message>
        <source>{reference} hoort al bij groep {group}. Een dossier hoort bij hoogstens één groep; haal het daar eerst weg.</source>
        <translation>{reference} already belongs to group {group}. A dossier belongs to at most one group; remove it from there first.</translation>
    </message>
    <message>
        <source>{reference} hoort niet bij groep {group}; dit kan alleen bij een lid van de groep.</source>
        <translation>{reference} does not belong to group {group}; this can only be done for a member of the group.</translation>
    </message>
    <message>
        <source>{reference} hoort niet bij groep {group}; het groepsbesluit geldt alleen voor de leden van de groep.</source>
        <translation>{reference} does not belong to group {group}; the group decision applies only to the members of the group.</translation>
    </message>
    <message>
        <source>{reference} is nog niet individueel gecontroleerd tegen het huidige groepsbesluit. Leg eerst vast dat er geen individuele omstandigheden zijn die om een andere uitkomst vragen.</source>
        <translation>{reference} has not yet been checked individually against the current group decision. First record that there are no individual circumstances that call for another outcome.</translation>
    </message>
</context>
<context>
    <name>historic</name>
    <message>
        <source>Dit dossier heeft al een vastgelegd besluit.</source>
        <translation>This dossier already has a recorded decision.</translation>
    </message>
    <message>
        <source>Leg eerst de beslissing vast: uitkomst, reden en motivering.</source>
        <translation>Record the decision first: outcome, reason and reasoning.</translation>
    </message>
    <message>
        <source>Noem de bron van het historische besluit: waar en wanneer het is genomen.</source>
        <translation>Name the source of the historic decision: where and when it was taken.</translation>
    </message>
</context>
<context>
    <name>identifiers</name>
    <message>
        <source>Dit BSN is ongeldig: het moet uit 9 cijfers bestaan en de elfproef doorstaan. Controleer het nummer op het identiteitsbewijs of in de BRP.</source>
        <translation>This BSN (citizen service number) is invalid: it must consist of 9 digits and pass the elfproef (eleven test). Check the number on the proof of identity or in the BRP (Personal Records Database).</translation>
    </message>
    <message>
        <source>Dit KvK-nummer is ongeldig: het moet uit precies 8 cijfers bestaan. U vindt het nummer op het uittreksel van de Kamer van Koophandel.</source>
        <translation>This KvK number (Chamber of Commerce number) is invalid: it must consist of exactly 8 digits. You can find the number on the extract from the Chamber of Commerce (Kamer van Koophandel).</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <source>Afwijken heeft geen wettelijke grondslag: aan de harde criteria {criteria} is niet voldaan.</source>
        <translation>Deviating has no legal basis: the hard criteria {criteria} are not met.</translation>
    </message>
    <message>
        <source>Afwijken heeft geen wettelijke grondslag: aan het harde criterium {criteria} is niet voldaan.</source>
        <translation>Deviating has no legal basis: the hard criterion {criteria} is not met.</translation>
    </message>
    <message>
        <source>Afwijken heeft geen wettelijke grondslag: langs de gekozen route kan binnen de wet niet worden afgeweken.</source>
        <translation>Deviating has no legal basis: the chosen route allows no deviation within the law.</translation>
    </message>
    <message>
        <source>Alleen een gemotiveerde afwijking door de voorzitter van het casuïstiekoverleg kan nog; leg het daar voor, of controleer de factoren van dit dossier.</source>
        <translation>Only a reasoned departure by the chair of the case conference is still possible; put it to the conference, or check the factors of this dossier.</translation>
    </message>
    <message>
        <source>Beantwoord deze criteria met een motivering.</source>
        <translation>Answer these criteria, with reasoning.</translation>
    </message>
    <message>
        <source>Beantwoord deze stap en leg vast welke gevolgen en welk doel u tegen elkaar hebt afgewogen (art. 3:4 lid 2 Awb).</source>
        <translation>Answer this step and record which consequences and which purpose you weighed against each other (art. 3:4(2) Awb, General Administrative Law Act).</translation>
    </message>
    <message>
        <source>Beantwoord dit criterium met een motivering.</source>
        <translation>Answer this criterion, with reasoning.</translation>
    </message>
    <message>
        <source>Bij de evenwichtigheid ontbreekt de motivering.</source>
        <translation>The reasoning for the balance is missing.</translation>
    </message>
    <message>
        <source>Dat is de kolom ‘Waarom niet gekozen’ in de tabel met lichtere middelen.</source>
        <translation>That is the column ‘Why not chosen’ in the table of lighter means.</translation>
    </message>
    <message>
        <source>De algemene regel wordt toegepast, maar volgens de afweging is de generieke uitkomst onevenredig ({ways}). Nadelige gevolgen mogen niet onevenredig zijn (art. 3:4 lid 2 en 4:84 Awb).</source>
        <translation>The general rule is applied, but according to the weighing the generic outcome is disproportionate ({ways}). Adverse consequences may not be disproportionate (art. 3:4(2) and 4:84 Awb, General Administrative Law Act).</translation>
    </message>
    <message>
        <source>De doorslaggevende factor {factors} is niet gemotiveerd.</source>
        <translation>The decisive factor {factors} has no reasoning.</translation>
    </message>
    <message>
        <source>De doorslaggevende factoren {factors} zijn niet gemotiveerd.</source>
        <translation>The decisive factors {factors} have no reasoning.</translation>
    </message>
    <message>
        <source>De evenwichtigheid is nog niet afgewogen: staat niet vast of de gevolgen van de algemene regel in verhouding staan tot het doel ervan.</source>
        <translation>The balance has not been weighed yet: it is not established whether the consequences of the general rule are in proportion to its purpose.</translation>
    </message>
    <message>
        <source>De mate van deze beslissing ({degree}) ligt boven die van de eerdere beslissingen die deze uitkomst afdwingen ({span}, bij {precedents}).</source>
        <translation>The extent of this decision ({degree}) is above that of the earlier decisions that require this outcome ({span}, in {precedents}).</translation>
    </message>
    <message>
        <source>De mate van deze beslissing ({degree}) ligt onder die van de eerdere beslissingen die deze uitkomst afdwingen ({span}, bij {precedents}).</source>
        <translation>The extent of this decision ({degree}) is below that of the earlier decisions that require this outcome ({span}, in {precedents}).</translation>
    </message>
    <message>
        <source>De voorzitter is bij de ondertekening gemotiveerd afgeweken van {precedents}: {motivation}</source>
        <translation>When signing, the chair departed from {precedents} with reasons: {motivation}</translation>
    </message>
    <message>
        <source>Dit besluit is belastend en niet op eigen aanvraag genomen, maar de betrokkene heeft geen zienswijze kunnen geven.</source>
        <translation>This decision is burdening and was not made on the person&apos;s own application, but the person concerned could not state their view (zienswijze).</translation>
    </message>
    <message>
        <source>Dit besluit is belastend en niet op eigen aanvraag genomen, maar er is niet vastgelegd of de betrokkene een zienswijze heeft kunnen geven.</source>
        <translation>This decision is burdening and was not made on the person&apos;s own application, but it has not been recorded whether the person concerned could state their view (zienswijze).</translation>
    </message>
    <message>
        <source>Dit is de {number}e vergelijkbare afwijking bij dezelfde regeling en hetzelfde artikel. Een afwijking die steeds terugkomt, wijst op een knelpunt in de regel zelf: een uitgekristalliseerde toepassing hoort in een algemene regel (Ar 5.25).</source>
        <translation>This is similar deviation number {number} for the same scheme and the same article. A deviation that keeps coming back points to a bottleneck in the rule itself: an established practice belongs in a general rule (Ar 5.25, Instructions for Regulations).</translation>
    </message>
    <message>
        <source>Een betalingsregeling</source>
        <translation>A payment arrangement</translation>
    </message>
    <message>
        <source>Een kortere maatregel</source>
        <translation>A shorter measure</translation>
    </message>
    <message>
        <source>Een tijdelijke uitzondering</source>
        <translation>A temporary exception</translation>
    </message>
    <message>
        <source>Een voorwaardelijke maatregel</source>
        <translation>A conditional measure</translation>
    </message>
    <message>
        <source>Eerst een waarschuwing</source>
        <translation>A warning first</translation>
    </message>
    <message>
        <source>Er is nog geen route gekozen, dus staat niet vast dat afwijken een wettelijke grondslag heeft.</source>
        <translation>No route has been chosen yet, so it is not established that deviating has a legal basis.</translation>
    </message>
    <message>
        <source>Gedeeltelijke terugvordering</source>
        <translation>Partial recovery</translation>
    </message>
    <message>
        <source>Haal deze personen van de beslissing af en laat een ander beslissen of toetsen.</source>
        <translation>Take these people off the decision and have someone else decide or review.</translation>
    </message>
    <message>
        <source>Haal deze persoon van de beslissing af en laat een ander beslissen of toetsen.</source>
        <translation>Take this person off the decision and have someone else decide or review.</translation>
    </message>
    <message>
        <source>Het afwijken van de regel is in strijd met {against}: dit dossier verschilt daar niet relevant van.</source>
        <translation>Deviating from the rule conflicts with {against}: this dossier does not differ from it in any relevant way.</translation>
    </message>
    <message>
        <source>Het afwijken van de regel is in strijd met {groups}: er is niet vastgelegd waarin dit dossier daarvan verschilt (dat kan {options}).</source>
        <translation>Deviating from the rule conflicts with {groups}: it has not been recorded how this dossier differs from it (it can differ {options}).</translation>
    </message>
    <message>
        <source>Het afwijken van de regel is vrij: geen eerdere beslissing dwingt of verbiedt het. Dit is nieuw terrein, waar het risico op willekeur het grootst is.</source>
        <translation>Deviating from the rule is free: no earlier decision requires or forbids it. This is new ground, where the risk of arbitrariness is greatest.</translation>
    </message>
    <message>
        <source>Het toepassen van de algemene regel is in strijd met {against}: dit dossier verschilt daar niet relevant van.</source>
        <translation>Applying the general rule conflicts with {against}: this dossier does not differ from it in any relevant way.</translation>
    </message>
    <message>
        <source>Het toepassen van de algemene regel is in strijd met {groups}: er is niet vastgelegd waarin dit dossier daarvan verschilt (dat kan {options}).</source>
        <translation>Applying the general rule conflicts with {groups}: it has not been recorded how this dossier differs from it (it can differ {options}).</translation>
    </message>
    <message>
        <source>Het toepassen van de algemene regel is vrij: geen eerdere beslissing dwingt of verbiedt het. Dit is nieuw terrein, waar het risico op willekeur het grootst is.</source>
        <translation>Applying the general rule is free: no earlier decision requires or forbids it. This is new ground, where the risk of arbitrariness is greatest.</translation>
    </message>
    <message>
        <source>Het verschil legt u vast met ‘Verschil vastleggen…’ in de stap Precedenten.</source>
        <translation>You record the difference with ‘Record difference…’ in the Precedents step.</translation>
    </message>
    <message>
        <source>Kies de route in de stap Toetsing; dan wordt getoetst aan de eerdere beslissingen langs die route.</source>
        <translation>Choose the route in the Assessment step; the outcome is then checked against the earlier decisions on that route.</translation>
    </message>
    <message>
        <source>Kies de route waarlangs wordt afgeweken en beantwoord de harde criteria.</source>
        <translation>Choose the route by which to deviate and answer its hard criteria.</translation>
    </message>
    <message>
        <source>Kies een afwijking, zoals gedeeltelijk afwijken of een alternatieve maatregel, of herzie de afweging met een motivering.</source>
        <translation>Choose a deviation, such as deviating in part or an alternative measure, or revise the weighing with reasoning.</translation>
    </message>
    <message>
        <source>Kies een route waarvan aan de harde criteria wel is voldaan, herzie een antwoord dat niet klopt, of pas de algemene regel toe en stuur een knelpuntsignaal.</source>
        <translation>Choose a route whose hard criteria are met, revise an answer that is wrong, or apply the general rule and send a bottleneck signal.</translation>
    </message>
    <message>
        <source>Laat de beslissing toetsen door een tweede beslisser (vier-ogenprincipe) of leg haar voor aan het casuïstiekoverleg.</source>
        <translation>Have the decision reviewed by a second decision-maker (four-eyes principle) or put it to the case conference.</translation>
    </message>
    <message>
        <source>Leg bij de alternatieven in de afweging vast waarom die maatregel niet volstaat, of kies die maatregel als uitkomst.</source>
        <translation>Record with the alternatives in the weighing why that measure does not suffice, or choose that measure as the outcome.</translation>
    </message>
    <message>
        <source>Leg de keuze voor aan het casuïstiekoverleg.</source>
        <translation>Put the choice to the case conference.</translation>
    </message>
    <message>
        <source>Leg het relevante verschil vast; kan het niet worden onderscheiden, dan kan alleen een gemotiveerde afwijking door de voorzitter.</source>
        <translation>Record the relevant difference; if it cannot be distinguished, only a reasoned departure by the chair is possible.</translation>
    </message>
    <message>
        <source>Leg per factor vast waarom die in dit dossier de doorslag geeft: een besluit moet berusten op een deugdelijke motivering (art. 3:46 Awb).</source>
        <translation>Record for each factor why it is decisive in this dossier: a decision must rest on sound reasoning (art. 3:46 Awb, General Administrative Law Act).</translation>
    </message>
    <message>
        <source>Leg per onderdeel vast of de gewone weg is geprobeerd of niet mogelijk was, en waarom: afwijken is het laatste middel.</source>
        <translation>Record for each item whether the ordinary way was tried or was not possible, and why: deviating is the last resort.</translation>
    </message>
    <message>
        <source>Over deze afwijking heeft maar één persoon ({person}) zonder belangenconflict beslist of geadviseerd.</source>
        <translation>Only one person ({person}) without a conflict of interest has decided or advised on this deviation.</translation>
    </message>
    <message>
        <source>Over deze afwijking heeft nog niemand zonder belangenconflict beslist of geadviseerd.</source>
        <translation>No one without a conflict of interest has yet decided or advised on this deviation.</translation>
    </message>
    <message>
        <source>Overweeg een knelpuntsignaal of een groepsregeling, en leg vast wat u besluit.</source>
        <translation>Consider a bottleneck signal or a group arrangement, and record what you decide.</translation>
    </message>
    <message>
        <source>Pas de mate aan, of motiveer waarin dit dossier een hogere mate rechtvaardigt.</source>
        <translation>Adjust the extent, or explain what in this dossier justifies a higher extent.</translation>
    </message>
    <message>
        <source>Pas de mate aan, of motiveer waarin dit dossier een lagere mate rechtvaardigt.</source>
        <translation>Adjust the extent, or explain what in this dossier justifies a lower extent.</translation>
    </message>
    <message>
        <source>Probeer eerst de gewone weg, of leg vast waarom die niet kan.</source>
        <translation>Try the ordinary way first, or record why that is not possible.</translation>
    </message>
    <message>
        <source>Stel de betrokkene eerst in de gelegenheid een zienswijze te geven (art. 4:8 Awb), of leg vast waarom dat niet vereist is, bijvoorbeeld omdat de inlichtingenplicht is geschonden.</source>
        <translation>First give the person concerned the opportunity to state their view (art. 4:8 Awb, General Administrative Law Act), or record why that is not required, for example because the duty to provide information was breached.</translation>
    </message>
    <message>
        <source>Van de harde criteria {criteria} staat nog niet vast of eraan is voldaan, dus ook niet of afwijken een wettelijke grondslag heeft.</source>
        <translation>It is not yet established whether the hard criteria {criteria} are met, so neither is it established whether deviating has a legal basis.</translation>
    </message>
    <message>
        <source>Van het harde criterium {criteria} staat nog niet vast of eraan is voldaan, dus ook niet of afwijken een wettelijke grondslag heeft.</source>
        <translation>It is not yet established whether the hard criterion {criteria} is met, so neither is it established whether deviating has a legal basis.</translation>
    </message>
    <message>
        <source>Weeg deze last bij de evenwichtigheid en leg vast waarom hij in verhouding staat tot het doel van de regel, of kies een lichtere maatregel, zoals een betalingsregeling of gedeeltelijke terugvordering.</source>
        <translation>Weigh this burden under balance and record why it is in proportion to the purpose of the rule, or choose a lighter measure, such as a payment arrangement or partial recovery.</translation>
    </message>
    <message>
        <source>algemene regel toepassen</source>
        <translation>apply the general rule</translation>
    </message>
    <message>
        <source>alternatieve maatregel</source>
        <translation>alternative measure</translation>
    </message>
    <message>
        <source>betalingsregeling op maat</source>
        <translation>tailored payment arrangement</translation>
    </message>
    <message>
        <source>gedeeltelijk afwijken</source>
        <translation>deviate in part</translation>
    </message>
    <message>
        <source>herstel van het besluit</source>
        <translation>correction of the decision</translation>
    </message>
    <message>
        <source>op {factors}</source>
        <translation>on {factors}</translation>
    </message>
    <message>
        <source>opschorten of schorsen</source>
        <translation>postpone or suspend</translation>
    </message>
    <message>
        <source>ten opzichte van {precedent} op {factors}</source>
        <translation>from {precedent} on {factors}</translation>
    </message>
    <message>
        <source>tijdelijk maatwerk</source>
        <translation>temporary tailored decision</translation>
    </message>
    <message>
        <source>verzoek afwijzen</source>
        <translation>refuse the request</translation>
    </message>
    <message>
        <source>volledig afwijken</source>
        <translation>deviate in full</translation>
    </message>
    <message>
        <source>{alternatives} dienen volgens de afweging het doel even goed, maar er staat niet bij waarom afwijken die lichtere maatregelen terzijde legt.</source>
        <translation>According to the weighing, {alternatives} serve the aim equally well, but it is not stated why deviating sets those lighter measures aside.</translation>
    </message>
    <message>
        <source>{alternatives} dienen volgens de afweging het doel even goed, maar er staat niet bij waarom het besluit ({kind}) die lichtere maatregelen terzijde legt.</source>
        <translation>According to the weighing, {alternatives} serve the aim equally well, but it is not stated why the decision ({kind}) sets those lighter measures aside.</translation>
    </message>
    <message>
        <source>{alternatives} dient volgens de afweging het doel even goed, maar er staat niet bij waarom afwijken die lichtere maatregel terzijde legt.</source>
        <translation>According to the weighing, {alternatives} serves the aim equally well, but it is not stated why deviating sets that lighter measure aside.</translation>
    </message>
    <message>
        <source>{alternatives} dient volgens de afweging het doel even goed, maar er staat niet bij waarom het besluit ({kind}) die lichtere maatregel terzijde legt.</source>
        <translation>According to the weighing, {alternatives} serves the aim equally well, but it is not stated why the decision ({kind}) sets that lighter measure aside.</translation>
    </message>
    <message>
        <source>{failure}: {alternatives}</source>
        <translation>{failure}: {alternatives}</translation>
    </message>
    <message>
        <source>{low} tot {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <source>{number} {unit}</source>
        <translation>{number} {unit}</translation>
    </message>
    <message>
        <source>{people} hebben een belangenconflict gemeld en beslissen toch mee. Wie een persoonlijk belang heeft, neemt geen deel aan de besluitvorming (art. 2:4 Awb).</source>
        <translation>{people} declared a conflict of interest and still take part in the decision. Anyone with a personal interest takes no part in the decision-making (art. 2:4 Awb, General Administrative Law Act).</translation>
    </message>
    <message>
        <source>{people} heeft een belangenconflict gemeld en beslist toch mee. Wie een persoonlijk belang heeft, neemt geen deel aan de besluitvorming (art. 2:4 Awb).</source>
        <translation>{people} declared a conflict of interest and still takes part in the decision. Anyone with a personal interest takes no part in the decision-making (art. 2:4 Awb, General Administrative Law Act).</translation>
    </message>
    <message>
        <source>{statement} De voorzitter is bij de ondertekening gemotiveerd afgeweken van de toets: {motivation}</source>
        <translation>{statement} When signing, the chair departed from the check with reasons: {motivation}</translation>
    </message>
    <message>
        <source>{statement} Deze last is bij de evenwichtigheid gewogen.</source>
        <translation>{statement} This burden has been weighed under balance.</translation>
    </message>
</context>
<context>
    <name>intake_queue</name>
    <message>
        <source>Dossier {reference} heeft geen signalen van mogelijk maatwerk (meer); er is niets af te wijzen. Vernieuw de lijst.</source>
        <translation>Dossier {reference} has no (or no longer any) signals of a possible tailored decision; there is nothing to dismiss. Refresh the list.</translation>
    </message>
    <message>
        <source>Dossier {reference} is niet meer open; alleen een open dossier staat in de lijst Mogelijk maatwerk. Vernieuw de lijst.</source>
        <translation>Dossier {reference} is no longer open; only an open dossier is in the list Possible tailored decisions. Refresh the list.</translation>
    </message>
    <message>
        <source>Schrijf op waarom dit dossier geen maatwerk vraagt; dat is verplicht.</source>
        <translation>Write down why this dossier does not call for maatwerk (a tailored decision); that is required.</translation>
    </message>
    <message>
        <source>Signalen wijst u af in de teamdatabase; in de koffer op deze laptop zou het afwijzen niet bij uw collega&apos;s aankomen. Doe dit weer als u verbonden bent.</source>
        <translation>You dismiss signals in the team database; in the briefcase on this laptop the dismissal would not reach your colleagues. Do this again when you are connected.</translation>
    </message>
</context>
<context>
    <name>intake_signals</name>
    <message>
        <source>Bij doenvermogen is op {count} dimensie een belemmering waargenomen: {observed}.</source>
        <translation>Under capacity to act (doenvermogen), a difficulty was observed on {count} dimension: {observed}.</translation>
    </message>
    <message>
        <source>Bij doenvermogen is op {count} dimensies een belemmering waargenomen: {observed}.</source>
        <translation>Under capacity to act (doenvermogen), a difficulty was observed on {count} dimensions: {observed}.</translation>
    </message>
    <message>
        <source>De (terug)vordering van {euros} loopt sinds {since}: {count} maand.</source>
        <translation>The claim (or recovery) of {euros} has been running since {since}: {count} month.</translation>
    </message>
    <message>
        <source>De (terug)vordering van {euros} loopt sinds {since}: {count} maanden.</source>
        <translation>The claim (or recovery) of {euros} has been running since {since}: {count} months.</translation>
    </message>
    <message>
        <source>De schuld van {euros} loopt sinds {since}: {count} maand.</source>
        <translation>The debt of {euros} has been running since {since}: {count} month.</translation>
    </message>
    <message>
        <source>De schuld van {euros} loopt sinds {since}: {count} maanden.</source>
        <translation>The debt of {euros} has been running since {since}: {count} months.</translation>
    </message>
    <message>
        <source>In de feiten staan {count} minderjarige kinderen die de gevolgen merken.</source>
        <translation>The facts record {count} minor children who feel the consequences.</translation>
    </message>
    <message>
        <source>In de feiten staat dat de organisatie zelf een aandeel heeft in het probleem.</source>
        <translation>The facts state that the organisation itself has a part in the problem.</translation>
    </message>
    <message>
        <source>In de feiten staat {count} minderjarig kind die de gevolgen merken.</source>
        <translation>The facts record {count} minor child who feels the consequences.</translation>
    </message>
    <message>
        <source>Problemen op {count} terrein: {areas}.</source>
        <translation>Problems in {count} area: {areas}.</translation>
    </message>
    <message>
        <source>Problemen op {count} terreinen: {areas}.</source>
        <translation>Problems in {count} areas: {areas}.</translation>
    </message>
    <message>
        <source>een belemmering op {value} of meer dimensies</source>
        <translation>a difficulty on {value} or more dimensions</translation>
    </message>
    <message>
        <source>een doel stellen en een plan maken</source>
        <translation>setting a goal and making a plan</translation>
    </message>
    <message>
        <source>een schuld bij de bedragen</source>
        <translation>a debt among the amounts</translation>
    </message>
    <message>
        <source>enige belemmering gezien</source>
        <translation>some difficulty seen</translation>
    </message>
    <message>
        <source>ernstige belemmering gezien</source>
        <translation>serious difficulty seen</translation>
    </message>
    <message>
        <source>gezondheid</source>
        <translation>health</translation>
    </message>
    <message>
        <source>in actie komen</source>
        <translation>taking action</translation>
    </message>
    <message>
        <source>ingrijpende gebeurtenis</source>
        <translation>drastic event</translation>
    </message>
    <message>
        <source>omgaan met tegenslag</source>
        <translation>dealing with setbacks</translation>
    </message>
    <message>
        <source>omgaan met verleidingen</source>
        <translation>dealing with temptations</translation>
    </message>
    <message>
        <source>onzekere woonsituatie</source>
        <translation>insecure housing</translation>
    </message>
    <message>
        <source>overlijden van een naaste</source>
        <translation>death of a loved one</translation>
    </message>
    <message>
        <source>psychische problemen</source>
        <translation>mental health problems</translation>
    </message>
    <message>
        <source>scheiding</source>
        <translation>divorce or separation</translation>
    </message>
    <message>
        <source>schulden</source>
        <translation>debts</translation>
    </message>
    <message>
        <source>vastgelegd in de feiten</source>
        <translation>recorded in the facts</translation>
    </message>
    <message>
        <source>verlies van werk</source>
        <translation>job loss</translation>
    </message>
    <message>
        <source>volhouden</source>
        <translation>persevering</translation>
    </message>
    <message>
        <source>wonen</source>
        <translation>housing</translation>
    </message>
    <message>
        <source>ziekte</source>
        <translation>illness</translation>
    </message>
    <message>
        <source>{area} ({named})</source>
        <translation>{area} ({named})</translation>
    </message>
    <message>
        <source>{dimension} ({observation})</source>
        <translation>{dimension} ({observation})</translation>
    </message>
    <message>
        <source>{found} Drempel: {threshold} ({catalogue} versie {version}).</source>
        <translation>{found} Threshold: {threshold} ({catalogue} version {version}).</translation>
    </message>
    <message>
        <source>{value} % van het jaarinkomen of meer</source>
        <translation>{value} % of the annual income or more</translation>
    </message>
    <message>
        <source>{value} maanden of langer</source>
        <translation>{value} months or longer</translation>
    </message>
    <message>
        <source>{value} of meer kinderen</source>
        <translation>{value} or more children</translation>
    </message>
    <message>
        <source>{value} of meer terreinen</source>
        <translation>{value} or more areas</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>Het vastgelegde besluit van dit dossier klopt; er is niets te beoordelen.</source>
        <translation>The recorded decision of this dossier is intact; there is nothing to review.</translation>
    </message>
    <message>
        <source>Leg vast wat u hebt onderzocht en waarom u het dossier zo vrijgeeft.</source>
        <translation>Record what you have looked into and why you release the dossier as it is.</translation>
    </message>
</context>
<context>
    <name>lease</name>
    <message>
        <source>Dossier {reference} is {away}: u kunt het lezen maar niet wijzigen. Vraag {holder} het terug te geven, of vraag de voorzitter de uitleen te beëindigen.</source>
        <translation>Dossier {reference} is {away}: you can read it but not change it. Ask {holder} to hand it back, or ask the chair to end the loan.</translation>
    </message>
    <message>
        <source>onderweg bij {holder} (laptop {laptop}) tot {until}</source>
        <translation>on the road with {holder} (laptop {laptop}) until {until}</translation>
    </message>
    <message>
        <source>‘Tot’ ({until}) ligt in het verleden. Kies een moment in de toekomst, uiterlijk over 30 dagen.</source>
        <translation>‘Until’ ({until}) is in the past. Choose a moment in the future, at most 30 days ahead.</translation>
    </message>
    <message>
        <source>‘Tot’ ({until}) ligt meer dan 30 dagen vooruit. Kies een eerder moment; u kunt het dossier daarna opnieuw meenemen.</source>
        <translation>‘Until’ ({until}) is more than 30 days ahead. Choose an earlier moment; you can take the dossier along again afterwards.</translation>
    </message>
</context>
<context>
    <name>leases</name>
    <message>
        <source>Alleen wie het dossier heeft meegenomen geeft het terug. Vraag de voorzitter de uitleen te beëindigen als dat niet kan.</source>
        <translation>Only the person who took the dossier along gives it back. Ask the chair to end the loan if that is not possible.</translation>
    </message>
    <message>
        <source>Deze uitleen bestaat niet (meer).</source>
        <translation>This loan does not (or no longer) exist.</translation>
    </message>
    <message>
        <source>Dossier {reference} is niet uitgeleend.</source>
        <translation>Dossier {reference} is not on loan.</translation>
    </message>
    <message>
        <source>Geef de naam van de laptop, bijvoorbeeld ‘LT-07’.</source>
        <translation>Give the name of the laptop, for example ‘LT-07’.</translation>
    </message>
</context>
<context>
    <name>loket</name>
    <message>
        <source>De betrokkene heeft de toestemming ingetrokken op {date}; daarop kan niets meer worden gedeeld. Vraag opnieuw toestemming of kies een andere grondslag.</source>
        <translation>The person concerned withdrew the consent on {date}; nothing more can be shared on it. Ask for consent again or choose another legal basis.</translation>
    </message>
    <message>
        <source>De toestemming dekt niet: {groups}. Laat die gegevens weg, of vraag de betrokkene toestemming die ook deze gegevens dekt.</source>
        <translation>The consent does not cover: {groups}. Leave those data out, or ask the person concerned for consent that covers these data too.</translation>
    </message>
    <message>
        <source>De toestemming geldt pas vanaf {date}; deel vanaf die dag.</source>
        <translation>The consent only applies from {date}; share from that day on.</translation>
    </message>
    <message>
        <source>De toestemming is gegeven op {date}; de intrekking kan niet eerder zijn. Kies een latere datum.</source>
        <translation>The consent was given on {date}; the withdrawal cannot be earlier. Choose a later date.</translation>
    </message>
    <message>
        <source>Deze organisatie hoort niet (meer) bij dit dossier. Vernieuw het scherm.</source>
        <translation>This organisation does not (or no longer) belong to this dossier. Refresh the screen.</translation>
    </message>
    <message>
        <source>Deze toestemming hoort niet (meer) bij dit dossier. Vernieuw het scherm.</source>
        <translation>This consent does not (or no longer) belong to this dossier. Refresh the screen.</translation>
    </message>
    <message>
        <source>Deze toestemming hoort niet bij dit dossier; kies een andere.</source>
        <translation>This consent does not belong to this dossier; choose another one.</translation>
    </message>
    <message>
        <source>Deze toestemming is al ingetrokken op {date}; er is niets meer in te trekken.</source>
        <translation>This consent was already withdrawn on {date}; there is nothing left to withdraw.</translation>
    </message>
    <message>
        <source>Deze toestemming is niet gegeven voor delen met {organisation}. Vraag de betrokkene toestemming voor deze organisatie, of kies een andere grondslag.</source>
        <translation>This consent was not given for sharing with {organisation}. Ask the person concerned for consent for this organisation, or choose another legal basis.</translation>
    </message>
    <message>
        <source>Deze verwijzing hoort niet (meer) bij dit dossier. Vernieuw het scherm.</source>
        <translation>This referral does not (or no longer) belong to this dossier. Refresh the screen.</translation>
    </message>
    <message>
        <source>Deze verwijzing is {status}; daarna verandert de status niet meer. Maak een nieuwe verwijzing als het opnieuw moet.</source>
        <translation>This referral is {status}; after that its status no longer changes. Make a new referral if it has to be done again.</translation>
    </message>
    <message>
        <source>Een intrekking legt u vast als die er is; kies vandaag.</source>
        <translation>You record a withdrawal once it has happened; choose today.</translation>
    </message>
    <message>
        <source>Een toestemming legt u vast als die gegeven is; kies vandaag of een eerdere datum.</source>
        <translation>You record a consent once it has been given; choose today or an earlier date.</translation>
    </message>
    <message>
        <source>Een verwijzing die {status} is, kan niet naar {wanted}; kies {allowed}.</source>
        <translation>A referral that is {status} cannot move to {wanted}; choose {allowed}.</translation>
    </message>
    <message>
        <source>Grondslag f (gerechtvaardigd belang) geldt niet voor een overheidsorganisatie die haar taak uitvoert (art. 6 lid 1 AVG, laatste zin). Kies e (taak van algemeen belang), c (wettelijke verplichting) of de toestemming van de betrokkene.</source>
        <translation>Legal basis f (legitimate interests) does not apply to a public authority performing its tasks (art. 6(1) GDPR, last sentence). Choose e (task in the public interest), c (legal obligation) or the consent of the person concerned.</translation>
    </message>
    <message>
        <source>Grondslag {ground} rust op een wettelijk voorschrift; noem het artikel waarop het delen steunt.</source>
        <translation>Legal basis {ground} rests on a statutory provision; name the article on which the sharing rests.</translation>
    </message>
    <message>
        <source>Het loket wijzigt u in de teamdatabase; in de koffer op deze laptop is het alleen te lezen. Doe dit weer als u verbonden bent.</source>
        <translation>You change the desk in the team database; in the briefcase on this laptop it can only be read. Do this again when you are connected.</translation>
    </message>
    <message>
        <source>Kies de toestemming van de betrokkene waarop het delen steunt, of leg die eerst vast.</source>
        <translation>Choose the consent of the person concerned on which the sharing rests, or record it first.</translation>
    </message>
    <message>
        <source>Kies een datum van {day} tot en met vandaag; eerder dan de vorige stap of in de toekomst kan niet.</source>
        <translation>Choose a date from {day} up to and including today; earlier than the previous step or in the future is not possible.</translation>
    </message>
    <message>
        <source>Kies een organisatie uit de lijst (of ‘Andere organisatie’).</source>
        <translation>Choose an organisation from the list (or ‘Other organisation’).</translation>
    </message>
    <message>
        <source>Kies voor welke gegevens de toestemming geldt (een of meer).</source>
        <translation>Choose which data the consent applies to (one or more).</translation>
    </message>
    <message>
        <source>Kies welke gegevens u deelt (een of meer).</source>
        <translation>Choose which data you share (one or more).</translation>
    </message>
    <message>
        <source>Schrijf op waarvoor u verwijst: wat moet de organisatie doen?</source>
        <translation>Write down what you refer for: what should the organisation do?</translation>
    </message>
</context>
<context>
    <name>loket_export</name>
    <message>
        <source>De toestemming waarop deze deling rust, is ingetrokken; maak er geen nieuwe samenvatting van. Vraag opnieuw toestemming of kies een andere grondslag.</source>
        <translation>The consent this sharing rests on has been withdrawn; do not make a new summary of it. Ask for consent again or choose another legal basis.</translation>
    </message>
    <message>
        <source>Deze deling hoort niet bij dit dossier. Vernieuw het scherm.</source>
        <translation>This sharing does not belong to this dossier. Refresh the screen.</translation>
    </message>
    <message>
        <source>Deze deling omvat niet: {groups}. De grondslag dekt alleen wat bij het delen is gekozen; leg een nieuwe deling vast als die gegevens ook mee moeten.</source>
        <translation>This sharing does not cover: {groups}. The legal basis covers only what was chosen when sharing; record a new sharing if that data must go along too.</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>Alleen leden van dit overleg kunnen een belang melden.</source>
        <translation>Only members of this meeting can declare an interest.</translation>
    </message>
    <message>
        <source>Dit agendapunt bestaat niet (meer); het is misschien van de agenda gehaald. Open het overleg opnieuw.</source>
        <translation>This agenda item does not exist (any more); it may have been taken off the agenda. Open the meeting again.</translation>
    </message>
    <message>
        <source>Dit overleg bestaat niet (meer). Kies een ander overleg.</source>
        <translation>This meeting does not exist (any more). Choose another meeting.</translation>
    </message>
    <message>
        <source>Een dossier waarvan het besluit in dit overleg is ondertekend, blijft op de agenda.</source>
        <translation>A dossier whose decision was signed in this meeting stays on the agenda.</translation>
    </message>
    <message>
        <source>Het besluit over dit dossier is ondertekend; het verslag ervan ligt vast. Een wijziging wordt een nieuwe versie met een reden (‘Nieuwe versie…’, voorzitter).</source>
        <translation>The decision on this dossier has been signed; its minutes are fixed. A change becomes a new version with a reason (‘New version…’, chair).</translation>
    </message>
    <message>
        <source>Het verslag van dit agendapunt in {meeting}</source>
        <translation>The minutes of this agenda item in {meeting}</translation>
    </message>
    <message>
        <source>Het verslag van {reference} in {meeting}</source>
        <translation>The minutes of {reference} in {meeting}</translation>
    </message>
    <message>
        <source>U bent geen lid van dit overleg; alleen een lid meldt een belang. Vraag de secretaris of de voorzitter u als lid toe te voegen.</source>
        <translation>You are not a member of this meeting; only a member declares an interest. Ask the secretary or the chair to add you as a member.</translation>
    </message>
    <message>
        <source>U bent geen lid van dit overleg; alleen leden geven advies. Vraag de secretaris of de voorzitter u als lid toe te voegen.</source>
        <translation>You are not a member of this meeting; only members give advice. Ask the secretary or the chair to add you as a member.</translation>
    </message>
    <message>
        <source>U hebt bij dit dossier een belang gemeld en neemt dus niet deel aan het advies.</source>
        <translation>You declared an interest in this dossier, so you take no part in the advice.</translation>
    </message>
    <message>
        <source>Uw advies bij dit agendapunt in {meeting}</source>
        <translation>Your advice on this agenda item in {meeting}</translation>
    </message>
    <message>
        <source>Uw advies bij {reference} in {meeting}</source>
        <translation>Your advice on {reference} in {meeting}</translation>
    </message>
    <message>
        <source>{name} is geen lid van dit overleg. Voeg die persoon eerst toe als lid.</source>
        <translation>{name} is not a member of this meeting. Add that person as a member first.</translation>
    </message>
    <message>
        <source>{name} is geen voorzitter. Kies een voorzitter.</source>
        <translation>{name} is not a chair. Choose a chair.</translation>
    </message>
    <message>
        <source>{name} is niet meer actief. Kies een ander lid, of vraag de functioneel beheerder de gebruiker weer actief te maken.</source>
        <translation>{name} is no longer active. Choose another member, or ask the application administrator to make the user active again.</translation>
    </message>
    <message>
        <source>{reference} staat al op de agenda van {meeting}. Haal het daar eerst af, of bespreek het in dat overleg.</source>
        <translation>{reference} is already on the agenda of {meeting}. Take it off there first, or discuss it in that meeting.</translation>
    </message>
    <message>
        <source>{reference} staat niet op ‘Ter bespreking’. Alleen dossiers die de behandelaar daarop heeft gezet, komen op de agenda.</source>
        <translation>{reference} does not have the status ‘Ter bespreking’ (for discussion). Only dossiers the caseworker has given that status go on the agenda.</translation>
    </message>
</context>
<context>
    <name>minutes</name>
    <message>
        <source>Er is geen overleg met kenmerk &apos;{reference}&apos;. Zie `maatwerkdesk meetings` voor de kenmerken.</source>
        <translation>There is no meeting with reference &apos;{reference}&apos;. See `maatwerkdesk meetings` for the references.</translation>
    </message>
</context>
<context>
    <name>organisation</name>
    <message>
        <source>- {problem}</source>
        <translation>- {problem}</translation>
    </message>
    <message>
        <source>De organisatiegegevens in {file} zijn niet te gebruiken:
{problems}</source>
        <translation>The organisation details in {file} cannot be used:
{problems}</translation>
    </message>
    <message>
        <source>De organisatiegegevens in {file} zijn niet te gebruiken:
{problems}
… en nog {more} problemen.</source>
        <translation>The organisation details in {file} cannot be used:
{problems}
… and {more} more problems.</translation>
    </message>
    <message>
        <source>Dit is geen geldige TOML ({error}).</source>
        <translation>This is not valid TOML ({error}).</translation>
    </message>
    <message>
        <source>Het bestand is groter dan 200 kB.</source>
        <translation>The file is larger than 200 kB.</translation>
    </message>
    <message>
        <source>Hier staat een ongeldig teken.</source>
        <translation>There is an invalid character here.</translation>
    </message>
    <message>
        <source>Hier staat een stuurteken; typ gewone tekst.</source>
        <translation>There is a control character here; type ordinary text.</translation>
    </message>
    <message>
        <source>Kies een aantal van 2 tot en met {limit}.</source>
        <translation>Choose a number from 2 up to and including {limit}.</translation>
    </message>
    <message>
        <source>Kies een termijn van 1 tot en met {limit} dagen.</source>
        <translation>Choose a term from 1 up to and including {limit} days.</translation>
    </message>
    <message>
        <source>Langer dan {limit} tekens.</source>
        <translation>Longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Noem een regeling (regulation) of een organisatie (organisation).</source>
        <translation>Name a scheme (regulation) or an organisation (organisation).</translation>
    </message>
    <message>
        <source>Noem het bestuursorgaan.</source>
        <translation>Name the administrative body.</translation>
    </message>
    <message>
        <source>Tekst verwacht.</source>
        <translation>Text expected.</translation>
    </message>
    <message>
        <source>bodies: meer dan {limit} bestuursorganen.</source>
        <translation>bodies: more than {limit} administrative bodies.</translation>
    </message>
    <message>
        <source>format: verwacht &quot;{format}&quot;.</source>
        <translation>format: expected &quot;{format}&quot;.</translation>
    </message>
    <message>
        <source>regel {line}: {problem}</source>
        <translation>line {line}: {problem}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{path}: de organisatiegegevens kunnen niet worden opgeslagen ({reason}).</source>
        <translation>{path}: the organisation details cannot be saved ({reason}).</translation>
    </message>
    <message>
        <source>{path}: het bestand is geen tekst in UTF-8.</source>
        <translation>{path}: the file is not text in UTF-8.</translation>
    </message>
    <message>
        <source>{source}: het bestand is groter dan 200 kB; dat zijn geen organisatiegegevens.</source>
        <translation>{source}: the file is larger than 200 kB; that is not organisation details.</translation>
    </message>
</context>
<context>
    <name>organisation_list</name>
    <message>
        <source>&apos;{id}&apos; staat al eerder in de lijst.</source>
        <translation>&apos;{id}&apos; is already earlier in the list.</translation>
    </message>
    <message>
        <source>Deze sleutel kent een organisatie niet.</source>
        <translation>An organisation has no such key.</translation>
    </message>
    <message>
        <source>Deze sleutel kent een organisatielijst niet.</source>
        <translation>An organisation list has no such key.</translation>
    </message>
    <message>
        <source>Dit mag niet leeg zijn.</source>
        <translation>This must not be empty.</translation>
    </message>
    <message>
        <source>Gebruik kleine letters, cijfers en - (hoogstens 32 tekens).</source>
        <translation>Use lower-case letters, digits and - (at most 32 characters).</translation>
    </message>
    <message>
        <source>Geef de versie als jaar.nummer, bijvoorbeeld 2026.1.</source>
        <translation>Give the version as year.number, for example 2026.1.</translation>
    </message>
    <message>
        <source>Geef een webadres dat met https:// begint, of laat het leeg.</source>
        <translation>Give a web address that starts with https://, or leave it empty.</translation>
    </message>
    <message>
        <source>Hier moet &quot;{format}&quot; staan.</source>
        <translation>This must say &quot;{format}&quot;.</translation>
    </message>
    <message>
        <source>Hier wordt een organisatie ([[organisations]]) verwacht.</source>
        <translation>An organisation ([[organisations]]) is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt tekst tussen aanhalingstekens verwacht.</source>
        <translation>Text between quotation marks is expected here.</translation>
    </message>
    <message>
        <source>Langer dan {most} tekens; maak het korter.</source>
        <translation>Longer than {most} characters; make it shorter.</translation>
    </message>
    <message>
        <source>Meer dan {most} organisaties; zo lang is de lijst niet.</source>
        <translation>More than {most} organisations; the list is not that long.</translation>
    </message>
    <message>
        <source>Noem een of meer organisaties ([[organisations]]).</source>
        <translation>Name one or more organisations ([[organisations]]).</translation>
    </message>
    <message>
        <source>{id} (onbekende organisatie)</source>
        <translation>{id} (unknown organisation)</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>U werkt als {roles}; {act} mag alleen een {allowed}. Vraag het aan iemand met die rol.</source>
        <translation>You work in the role of {roles}; only someone in the role of {allowed} may {act}. Ask someone with that role.</translation>
    </message>
    <message>
        <source>Uw gebruiker {name} is niet meer actief. Vraag de functioneel beheerder om hem weer actief te maken, of kies wie u bent (Gebruiker wisselen).</source>
        <translation>Your user {name} is no longer active. Ask the application administrator to make it active again, or choose who you are (Switch user).</translation>
    </message>
    <message>
        <source>advies geven in het overleg</source>
        <translation>give advice in the meeting</translation>
    </message>
    <message>
        <source>catalogi en imports beheren</source>
        <translation>manage catalogues and imports</translation>
    </message>
    <message>
        <source>de gegevens van de organisatie wijzigen</source>
        <translation>change the organisation&apos;s details</translation>
    </message>
    <message>
        <source>dossiers inzien</source>
        <translation>view dossiers</translation>
    </message>
    <message>
        <source>een besluit ondertekenen</source>
        <translation>sign a decision</translation>
    </message>
    <message>
        <source>een buiten het programma gewijzigd dossier beoordelen</source>
        <translation>judge a dossier that was changed outside the program</translation>
    </message>
    <message>
        <source>een casuïstiekoverleg plannen</source>
        <translation>plan a case conference</translation>
    </message>
    <message>
        <source>een dossier exporteren of afdrukken</source>
        <translation>export or print a dossier</translation>
    </message>
    <message>
        <source>een dossier wijzigen</source>
        <translation>change a dossier</translation>
    </message>
    <message>
        <source>een knelpuntsignaal melden of de afhandeling vastleggen</source>
        <translation>report a bottleneck signal or record how it was dealt with</translation>
    </message>
    <message>
        <source>een knelpuntsignaal schrijven of een voorstel beoordelen</source>
        <translation>write a bottleneck signal or judge a proposal</translation>
    </message>
    <message>
        <source>een signaal van mogelijk maatwerk afwijzen</source>
        <translation>dismiss a signal of possible tailoring (maatwerk)</translation>
    </message>
    <message>
        <source>gebruikers beheren</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>het verslag van een overleg vastleggen</source>
        <translation>record the minutes of a meeting</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
</context>
<context>
    <name>plain_language</name>
    <message>
        <source>&apos;{found}&apos;: schrijf liever {plain}.</source>
        <translation>&apos;{found}&apos;: better write {plain}.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is een lang woord ({syllables} lettergrepen). Kies een korter woord of zeg het in meer woorden.</source>
        <translation>&apos;{word}&apos; is a long word ({syllables} syllables). Choose a shorter word or say it in more words.</translation>
    </message>
    <message>
        <source>- {problem}</source>
        <translation>- {problem}</translation>
    </message>
    <message>
        <source>De woordenlijst {file} is niet geldig:
{problems}</source>
        <translation>The word list {file} is not valid:
{problems}</translation>
    </message>
    <message>
        <source>Deze zin heeft {count} woorden. Maak er drie zinnen van: B1 houdt zinnen op {most} woorden of minder.</source>
        <translation>This sentence has {count} words. Make it three sentences: B1 keeps sentences to {most} words or fewer.</translation>
    </message>
    <message>
        <source>Deze zin heeft {count} woorden. Maak er meer zinnen van: B1 houdt zinnen op {most} woorden of minder.</source>
        <translation>This sentence has {count} words. Split it into more sentences: B1 keeps sentences to {most} words or fewer.</translation>
    </message>
    <message>
        <source>Deze zin heeft {count} woorden. Maak er twee zinnen van: B1 houdt zinnen op {most} woorden of minder.</source>
        <translation>This sentence has {count} words. Make it two sentences: B1 keeps sentences to {most} words or fewer.</translation>
    </message>
    <message>
        <source>Deze zin heeft {count} woorden. Maak er vier zinnen van: B1 houdt zinnen op {most} woorden of minder.</source>
        <translation>This sentence has {count} words. Make it four sentences: B1 keeps sentences to {most} words or fewer.</translation>
    </message>
    <message>
        <source>Lijdende vorm: &apos;{shown}&apos;. Zeg wie het doet, bijvoorbeeld &apos;wij betalen&apos; of &apos;de gemeente besluit&apos;.</source>
        <translation>Passive voice: &apos;{shown}&apos;. Say who does it, for example &apos;wij betalen&apos; (we pay) or &apos;de gemeente besluit&apos; (the municipality decides).</translation>
    </message>
    <message>
        <source>format moet &quot;{format}&quot; zijn</source>
        <translation>format must be &quot;{format}&quot;</translation>
    </message>
    <message>
        <source>geen geldige TOML ({error})</source>
        <translation>not valid TOML ({error})</translation>
    </message>
    <message>
        <source>term {number} (&apos;{term}&apos;): forms moet een lijst van niet-lege teksten zijn</source>
        <translation>term {number} (&apos;{term}&apos;): forms must be a list of non-empty texts</translation>
    </message>
    <message>
        <source>term {number} (&apos;{term}&apos;): onbekende sleutel {keys}</source>
        <translation>term {number} (&apos;{term}&apos;): unknown key {keys}</translation>
    </message>
    <message>
        <source>term {number} (&apos;{term}&apos;): plain moet een of meer gewone alternatieven noemen</source>
        <translation>term {number} (&apos;{term}&apos;): plain must name one or more plain alternatives</translation>
    </message>
    <message>
        <source>term {number}: &apos;{form}&apos; staat al bij term {earlier}</source>
        <translation>term {number}: &apos;{form}&apos; is already listed under term {earlier}</translation>
    </message>
    <message>
        <source>term {number}: term is leeg</source>
        <translation>term {number}: term is empty</translation>
    </message>
    <message>
        <source>term {number}: verwacht {{ term = ..., plain = [...] }}</source>
        <translation>term {number}: expected {{ term = ..., plain = [...] }}</translation>
    </message>
    <message>
        <source>terms ontbreekt of is leeg</source>
        <translation>terms is missing or empty</translation>
    </message>
    <message>
        <source>version ontbreekt</source>
        <translation>version is missing</translation>
    </message>
</context>
<context>
    <name>policy_signals</name>
    <message>
        <source>Beschrijf het knelpunt: wat de regel doet, bij wie dat onredelijk uitpakt en wat er zou moeten veranderen.</source>
        <translation>Describe the bottleneck: what the rule does, for whom it works out unreasonably and what should change.</translation>
    </message>
    <message>
        <source>Deze tekst bevat {found}. Een signaal gaat buiten het team: beschrijf het knelpunt zonder naam, BSN, geboortedatum of adres (schrijf bijvoorbeeld ‘betrokkene’ of ‘een alleenstaande ouder’).</source>
        <translation>This text contains {found}. A signal goes outside the team: describe the bottleneck without name, BSN (citizen service number), date of birth or address (write, for example, ‘the person concerned’ or ‘a single parent’).</translation>
    </message>
    <message>
        <source>Dit signaal bestaat niet (meer). Vernieuw de lijst.</source>
        <translation>This signal does not exist (any more). Refresh the list.</translation>
    </message>
    <message>
        <source>Dit signaal is {state}; de dossiers waarop het rust, blijven zoals ze waren. Schrijf een nieuw signaal als het knelpunt terugkomt.</source>
        <translation>This signal is {state}; the dossiers it rests on stay as they were. Write a new signal if the bottleneck comes back.</translation>
    </message>
    <message>
        <source>Dit signaal is {status}; wat bij de eigenaar ligt, wijzigt u niet meer. Leg een nieuw antwoord vast bij de volgende stap, of schrijf een nieuw signaal.</source>
        <translation>This signal is {status}; what lies with the owner can no longer be changed. Record a new answer at the next step, or write a new signal.</translation>
    </message>
    <message>
        <source>Een signaal met de status ‘{status}’ kan niet naar ‘{wanted}’. Het is afgehandeld; schrijf een nieuw signaal als het knelpunt terugkomt.</source>
        <translation>A signal with the status ‘{status}’ cannot move to ‘{wanted}’. It has been dealt with; write a new signal if the bottleneck comes back.</translation>
    </message>
    <message>
        <source>Een signaal met de status ‘{status}’ kan niet naar ‘{wanted}’. Vanaf ‘{status}’ kan het signaal alleen naar {allowed}.</source>
        <translation>A signal with the status ‘{status}’ cannot move to ‘{wanted}’. From ‘{status}’ the signal can only move to {allowed}.</translation>
    </message>
    <message>
        <source>Er is geen signaal met kenmerk {reference}.</source>
        <translation>There is no signal with reference {reference}.</translation>
    </message>
    <message>
        <source>Geef het signaal een korte titel.</source>
        <translation>Give the signal a short title.</translation>
    </message>
    <message>
        <source>Het signaal rust niet op dit dossier; er is niets losgemaakt.</source>
        <translation>The signal does not rest on this dossier; nothing was unlinked.</translation>
    </message>
    <message>
        <source>Knelpuntsignalen schrijft en volgt u in de teamdatabase, niet in de koffer op deze laptop. Doe dit weer als u verbonden bent.</source>
        <translation>You write and follow bottleneck signals in the team database, not in the briefcase on this laptop. Do this again when you are connected.</translation>
    </message>
    <message>
        <source>Leg vast wat de eigenaar van de regel heeft geantwoord voordat u het signaal op ‘{status}’ zet.</source>
        <translation>Record what the owner of the rule answered before you set the signal to ‘{status}’.</translation>
    </message>
    <message>
        <source>Noem de eigenaar van de regel: het ministerie, de gemeenteraad of het loket waar het signaal heen gaat.</source>
        <translation>Name the owner of the rule: the ministry, the municipal council or the desk the signal goes to.</translation>
    </message>
    <message>
        <source>Noem de regeling waar het knelpunt in zit, bijvoorbeeld ‘Participatiewet’.</source>
        <translation>Name the scheme in which the bottleneck lies, for example ‘Participatiewet’ (Participation Act).</translation>
    </message>
    <message>
        <source>‘{status}’</source>
        <translation>‘{status}’</translation>
    </message>
</context>
<context>
    <name>precedent_exchange</name>
    <message>
        <source>&apos;{value}&apos; heeft de vorm van een dossierkenmerk van MaatwerkDesk en kan hier met een eigen dossier verward worden. Geef de precedent een kenmerk met de naam of afkorting van de organisatie, zoals &apos;GV-2025-017&apos;.</source>
        <translation>&apos;{value}&apos; has the form of a MaatwerkDesk dossier reference and could be confused here with a dossier of your own. Give the precedent a reference with the name or abbreviation of the organisation, such as &apos;GV-2025-017&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen geldig kenmerk: gebruik letters, cijfers, spatie, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; of &apos;-&apos;, begin met een letter of cijfer en eindig niet op een spatie.</source>
        <translation>&apos;{value}&apos; is not a valid reference: use letters, digits, space, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; or &apos;-&apos;, start with a letter or digit and do not end with a space.</translation>
    </message>
    <message>
        <source>Beschrijf het precedent kort, zonder persoonsgegevens.</source>
        <translation>Describe the precedent briefly, without personal data.</translation>
    </message>
    <message>
        <source>De mate kan niet negatief zijn.</source>
        <translation>The extent cannot be negative.</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst; een precedent is beslist.</source>
        <translation>This date lies in the future; a precedent has been decided.</translation>
    </message>
    <message>
        <source>Een kenmerk is hoogstens {limit} tekens.</source>
        <translation>A reference is at most {limit} characters.</translation>
    </message>
    <message>
        <source>Een percentage ligt tussen 0 en 100.</source>
        <translation>A percentage lies between 0 and 100.</translation>
    </message>
    <message>
        <source>Factor &apos;{factor}&apos; staat al eerder in deze lijst.</source>
        <translation>Factor &apos;{factor}&apos; is already earlier in this list.</translation>
    </message>
    <message>
        <source>Factor &apos;{factor}&apos; staat niet in factors: de reden noemt alleen factoren die in het precedent aanwezig zijn.</source>
        <translation>Factor &apos;{factor}&apos; is not in factors: the reason only names factors that are present in the precedent.</translation>
    </message>
    <message>
        <source>Hier staat {found}: dit zijn persoonsgegevens. Anonimiseer het precedent eerst bij de organisatie die het aanlevert, en exporteer het daarna opnieuw.</source>
        <translation>This contains {found}: that is personal data. Have the precedent anonymised first at the organisation that supplies it, and export it again afterwards.</translation>
    </message>
    <message>
        <source>Hier wordt de id van een factor verwacht.</source>
        <translation>The id of a factor is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt de id van een factorcatalogus verwacht, in kleine letters met punten, zoals &apos;nl.maatwerkdesk.factoren.terugvordering&apos;.</source>
        <translation>The id of a factor catalogue is expected here, in lower case with dots, such as &apos;nl.maatwerkdesk.factoren.terugvordering&apos;.</translation>
    </message>
    <message>
        <source>Hier wordt de id van een route verwacht (hoogstens {limit} tekens), of null als er geen route is.</source>
        <translation>The id of a route is expected here (at most {limit} characters), or null if there is no route.</translation>
    </message>
    <message>
        <source>Hier wordt een getal verwacht.</source>
        <translation>A number is expected here.</translation>
    </message>
    <message>
        <source>Kenmerk {reference} staat al eerder in het bestand (precedents[{earlier}]).</source>
        <translation>Reference {reference} is already earlier in the file (precedents[{earlier}]).</translation>
    </message>
    <message>
        <source>Noem de organisatie waar de precedenten vandaan komen.</source>
        <translation>Name the organisation the precedents come from.</translation>
    </message>
    <message>
        <source>Noem minstens één factor.</source>
        <translation>Name at least one factor.</translation>
    </message>
    <message>
        <source>een BSN</source>
        <translation>a BSN (citizen service number)</translation>
    </message>
    <message>
        <source>een e-mailadres</source>
        <translation>an e-mail address</translation>
    </message>
    <message>
        <source>een postcode met huisnummer</source>
        <translation>a postcode with house number</translation>
    </message>
    <message>
        <source>{source}: {field}: {problem}</source>
        <translation>{source}: {field}: {problem}</translation>
    </message>
</context>
<context>
    <name>precedent_explanation</name>
    <message>
        <source>Afgeweken van {against}, waarvan dit dossier niet relevant verschilt, met de motivering van de voorzitter: {motivation}</source>
        <translation>Deviated from {against}, from which this dossier does not differ relevantly, with the chair&apos;s reasoning: {motivation}</translation>
    </message>
    <message>
        <source>Afgeweken van {named} met de motivering van de voorzitter: {motivation}</source>
        <translation>Deviated from {named} with the chair&apos;s reasoning: {motivation}</translation>
    </message>
    <message>
        <source>De factorcatalogus ‘{title}’ hoort bij een ander rechtsgebied: de route en de regeling van dit dossier passen er niet bij. Bij dit dossier past de algemene factorcatalogus ‘{fitting}’, die voor elke regeling geldt.</source>
        <translation>The factor catalogue ‘{title}’ belongs to another area of law: the route and the scheme of this dossier do not fit it. The general factor catalogue ‘{fitting}’, which applies to every scheme, fits this dossier.</translation>
    </message>
    <message>
        <source>De factorcatalogus ‘{title}’ hoort bij een ander rechtsgebied: de route en de regeling van dit dossier passen er niet bij. Bij dit dossier past ‘{fitting}’.</source>
        <translation>The factor catalogue ‘{title}’ belongs to another area of law: the route and the scheme of this dossier do not fit it. ‘{fitting}’ fits this dossier.</translation>
    </message>
    <message>
        <source>De factorcatalogus ‘{title}’ hoort bij een ander rechtsgebied: de route en de regeling van dit dossier passen er niet bij. Geen andere factorcatalogus past er wel bij.</source>
        <translation>The factor catalogue ‘{title}’ belongs to another area of law: the route and the scheme of this dossier do not fit it. No other factor catalogue fits them either.</translation>
    </message>
    <message>
        <source>Deze beslissing rust (mede) op de vervallen factor {named}.</source>
        <translation>This decision rests (in part) on the retired factor {named}.</translation>
    </message>
    <message>
        <source>Deze beslissing rust (mede) op de vervallen factoren {named}.</source>
        <translation>This decision rests (in part) on the retired factors {named}.</translation>
    </message>
    <message>
        <source>Dwingt deze uitkomst af.</source>
        <translation>Requires this outcome.</translation>
    </message>
    <message>
        <source>Een later bekend geworden beslissing wijkt af: {named}. Dit dossier verschilt daar niet relevant van.</source>
        <translation>A decision that became known later differs: {named}. This dossier does not differ from it relevantly.</translation>
    </message>
    <message>
        <source>Een later bekend geworden beslissing wijkt af: {named}. Het besluit legt niet vast waarin dit dossier daarvan verschilt; dat kan op {options}.</source>
        <translation>A decision that became known later differs: {named}. The decision does not record how this dossier differs from it; that is possible on {options}.</translation>
    </message>
    <message>
        <source>Eerdere beslissing {forcing} dwingt {act} af.</source>
        <translation>Earlier decision {forcing} requires {act}.</translation>
    </message>
    <message>
        <source>Eerdere beslissingen {forcing} dwingen {act} af.</source>
        <translation>Earlier decisions {forcing} require {act}.</translation>
    </message>
    <message>
        <source>Geen eerdere beslissing dwingt {act} af. Afgeweken van {against} met de motivering van de voorzitter: {motivation}</source>
        <translation>No earlier decision requires {act}. Deviated from {against} with the chair&apos;s reasoning: {motivation}</translation>
    </message>
    <message>
        <source>Het afwijken van de regel</source>
        <translation>Deviating from the rule</translation>
    </message>
    <message>
        <source>Het besluit is getoetst aan de beslissingen die bekend waren toen het werd ondertekend; wat later bekend werd, verandert het niet.</source>
        <translation>The decision was checked against the decisions known when it was signed; what became known later does not change it.</translation>
    </message>
    <message>
        <source>Het toepassen van de algemene regel</source>
        <translation>Applying the general rule</translation>
    </message>
    <message>
        <source>Later bekend geworden beslissingen wijken af: {named}. Dit dossier verschilt daar niet relevant van.</source>
        <translation>Decisions that became known later differ: {named}. This dossier does not differ from them relevantly.</translation>
    </message>
    <message>
        <source>Later bekend geworden beslissingen wijken af: {named}. Het besluit legt niet vast waarin dit dossier daarvan verschilt; dat kan op {options}.</source>
        <translation>Decisions that became known later differ: {named}. The decision does not record how this dossier differs from them; that is possible on {options}.</translation>
    </message>
    <message>
        <source>Lijkt erop.</source>
        <translation>Is similar.</translation>
    </message>
    <message>
        <source>Mate bij de dwingende beslissingen: {degrees}.</source>
        <translation>Extent in the binding decisions: {degrees}.</translation>
    </message>
    <message>
        <source>Onderscheiden van {named}: dit dossier verschilt op ‘{factor}’.</source>
        <translation>Distinguished from {named}: this dossier differs on ‘{factor}’.</translation>
    </message>
    <message>
        <source>Overtuigend, niet bindend: van deze beslissing is niet bekend langs welke route ze is genomen. Alleen beslissingen langs dezelfde route dwingen een uitkomst af of staan eraan in de weg.</source>
        <translation>Persuasive, not binding: it is not known along which route this decision was taken. Only decisions along the same route require an outcome or stand in its way.</translation>
    </message>
    <message>
        <source>Overtuigend, niet bindend: voor dit dossier is nog geen route gekozen. Alleen beslissingen langs dezelfde route dwingen een uitkomst af of staan eraan in de weg.</source>
        <translation>Persuasive, not binding: no route has been chosen for this dossier yet. Only decisions along the same route require an outcome or stand in its way.</translation>
    </message>
    <message>
        <source>Overtuigend, niet bindend: ze is genomen langs een andere route ({route}). Alleen beslissingen langs dezelfde route dwingen een uitkomst af of staan eraan in de weg.</source>
        <translation>Persuasive, not binding: it was taken along another route ({route}). Only decisions along the same route require an outcome or stand in its way.</translation>
    </message>
    <message>
        <source>Te onderscheiden.</source>
        <translation>Can be distinguished.</translation>
    </message>
    <message>
        <source>dwingt deze uitkomst af</source>
        <translation>requires this outcome</translation>
    </message>
    <message>
        <source>het afwijken van de regel</source>
        <translation>deviating from the rule</translation>
    </message>
    <message>
        <source>het toepassen van de algemene regel</source>
        <translation>applying the general rule</translation>
    </message>
    <message>
        <source>lijkt erop</source>
        <translation>is similar</translation>
    </message>
    <message>
        <source>overtuigend, andere route</source>
        <translation>persuasive, another route</translation>
    </message>
    <message>
        <source>overtuigend, andere route: {route}</source>
        <translation>persuasive, another route: {route}</translation>
    </message>
    <message>
        <source>overtuigend, nog geen route gekozen</source>
        <translation>persuasive, no route chosen yet</translation>
    </message>
    <message>
        <source>overtuigend, zonder route</source>
        <translation>persuasive, without a route</translation>
    </message>
    <message>
        <source>te onderscheiden</source>
        <translation>can be distinguished</translation>
    </message>
    <message>
        <source>{case} (geïmporteerd)</source>
        <translation>{case} (imported)</translation>
    </message>
    <message>
        <source>{count} andere</source>
        <translation>{count} others</translation>
    </message>
    <message>
        <source>{opening} is in strijd met {against}, tenzij wordt vastgelegd waarin dit dossier daarvan verschilt. Geen eerdere beslissing dwingt het af.</source>
        <translation>{opening} conflicts with {against}, unless it is recorded how this dossier differs from it. No earlier decision requires it.</translation>
    </message>
    <message>
        <source>{opening} is in strijd met {against}: dit dossier verschilt daar niet relevant van, en het besluit wijkt er niet gemotiveerd van af.</source>
        <translation>{opening} conflicts with {against}: this dossier does not differ from it relevantly, and the decision does not deviate from it with reasons.</translation>
    </message>
    <message>
        <source>{opening} is in strijd met {against}: dit dossier verschilt daar niet relevant van. Alleen een gemotiveerde afwijking door de voorzitter kan.</source>
        <translation>{opening} conflicts with {against}: this dossier does not differ from it relevantly. Only a reasoned deviation by the chair is possible.</translation>
    </message>
    <message>
        <source>{opening} is in strijd met {against}: het besluit legt niet vast waarin dit dossier daarvan verschilt en wijkt er niet gemotiveerd van af.</source>
        <translation>{opening} conflicts with {against}: the decision does not record how this dossier differs from it and does not deviate from it with reasons.</translation>
    </message>
    <message>
        <source>{opening} is in strijd met {named}, tenzij het verschil {options} wordt vastgelegd.</source>
        <translation>{opening} conflicts with {named}, unless the difference {options} is recorded.</translation>
    </message>
    <message>
        <source>{opening} is in strijd met {named}: het besluit legt het verschil {options} niet vast en wijkt er niet gemotiveerd van af.</source>
        <translation>{opening} conflicts with {named}: the decision does not record the difference {options} and does not deviate from it with reasons.</translation>
    </message>
    <message>
        <source>{opening} is niet aan eerdere beslissingen getoetst: er was geen route gekozen, en eerdere beslissingen binden alleen bij dezelfde route.</source>
        <translation>{opening} was not checked against earlier decisions: no route had been chosen, and earlier decisions bind only along the same route.</translation>
    </message>
    <message>
        <source>{opening} is nog niet aan eerdere beslissingen getoetst: er is nog geen route gekozen. Eerdere beslissingen binden alleen bij dezelfde route, dus zodra de route vaststaat; tot dan zijn vergelijkbare beslissingen alleen overtuigend.</source>
        <translation>{opening} has not been checked against earlier decisions yet: no route has been chosen yet. Earlier decisions bind only along the same route, so once the route is settled; until then similar decisions are only persuasive.</translation>
    </message>
    <message>
        <source>{opening} is vrij: geen eerdere beslissing dwingt of verbiedt het. Dit is nieuw terrein, waarover het casuïstiekoverleg beslist.</source>
        <translation>{opening} is free: no earlier decision requires or forbids it. This is new ground, on which the case conference decides.</translation>
    </message>
    <message>
        <source>{opening} was vrij: geen eerdere beslissing dwong of verbood het. Het was nieuw terrein, waarover het casuïstiekoverleg heeft beslist.</source>
        <translation>{opening} was free: no earlier decision required or forbade it. It was new ground, on which the case conference has decided.</translation>
    </message>
    <message>
        <source>‘{factor}’ (vervallen in versie {version})</source>
        <translation>‘{factor}’ (retired in version {version})</translation>
    </message>
</context>
<context>
    <name>precedent_import</name>
    <message>
        <source>Factor &apos;{factor}&apos; ({label}) pleit voor afwijken, maar uitkomst &apos;{outcome}&apos; is algemene regel. De reden noemt alleen factoren die voor de uitkomst pleiten.</source>
        <translation>Factor &apos;{factor}&apos; ({label}) argues for deviating, but outcome &apos;{outcome}&apos; applies the general rule. The reason names only factors that argue for the outcome.</translation>
    </message>
    <message>
        <source>Factor &apos;{factor}&apos; ({label}) pleit voor de algemene regel, maar uitkomst &apos;{outcome}&apos; is afwijken. De reden noemt alleen factoren die voor de uitkomst pleiten.</source>
        <translation>Factor &apos;{factor}&apos; ({label}) argues for the general rule, but outcome &apos;{outcome}&apos; deviates. The reason names only factors that argue for the outcome.</translation>
    </message>
    <message>
        <source>Factor &apos;{factor}&apos; staat niet in factorcatalogus {catalogue}. Controleer de id bij de organisatie die het precedent aanlevert.</source>
        <translation>Factor &apos;{factor}&apos; is not in factor catalogue {catalogue}. Check the id with the organisation that supplies the precedent.</translation>
    </message>
    <message>
        <source>Kenmerk {reference} is hier eerder geïmporteerd en daarna verwijderd. Geef het precedent een nieuw kenmerk als het opnieuw mee moet tellen.</source>
        <translation>Reference {reference} was imported here before and deleted afterwards. Give the precedent a new reference if it is to count again.</translation>
    </message>
    <message>
        <source>Kenmerk {reference} staat in deze database al, met een andere inhoud (verschil in {fields}). Een precedent verandert niet onder hetzelfde kenmerk: geef het gewijzigde precedent een nieuw kenmerk. Er is niets geïmporteerd.</source>
        <translation>Reference {reference} is already in this database, with other content (difference in {fields}). A precedent does not change under the same reference: give the changed precedent a new reference. Nothing was imported.</translation>
    </message>
    <message>
        <source>Kenmerk {reference} staat in {place} al, met een andere inhoud (verschil in {fields}). Een precedent verandert niet onder hetzelfde kenmerk: geef het gewijzigde precedent een nieuw kenmerk. Er is niets geïmporteerd.</source>
        <translation>Reference {reference} is already in {place}, with other content (difference in {fields}). A precedent does not change under the same reference: give the changed precedent a new reference. Nothing was imported.</translation>
    </message>
    <message>
        <source>Route &apos;{route}&apos; hoort niet bij factorcatalogus {catalogue}; die is voor de routes {routes}.</source>
        <translation>Route &apos;{route}&apos; does not belong to factor catalogue {catalogue}; that one is for the routes {routes}.</translation>
    </message>
    <message>
        <source>Tijdens het importeren heeft een ander programma dezelfde precedenten opgeslagen; er is niets geïmporteerd. Probeer het opnieuw.</source>
        <translation>While importing, another program saved the same precedents; nothing was imported. Try again.</translation>
    </message>
</context>
<context>
    <name>precedents</name>
    <message>
        <source>&apos;{factor}&apos; onderscheidt dit dossier niet van {precedent}. Kies een verschil dat het programma bij die beslissing noemt.</source>
        <translation>&apos;{factor}&apos; does not distinguish this dossier from {precedent}. Choose a difference that the program names for that decision.</translation>
    </message>
    <message>
        <source>De beslissing van {reference}</source>
        <translation>The decision of {reference}</translation>
    </message>
    <message>
        <source>De factor &apos;{factor}&apos; staat niet in {catalogue}. Kies factoren uit de lijst.</source>
        <translation>The factor &apos;{factor}&apos; is not in {catalogue}. Choose factors from the list.</translation>
    </message>
    <message>
        <source>De factor ‘{factor}’ is vervallen in {catalogue}; een dossier krijgt die niet meer. Kies factoren uit de lijst.</source>
        <translation>The factor ‘{factor}’ has been withdrawn in {catalogue}; a dossier no longer gets it. Choose factors from the list.</translation>
    </message>
    <message>
        <source>De factoren van {reference}</source>
        <translation>The factors of {reference}</translation>
    </message>
    <message>
        <source>Dit dossier heeft al factoren uit een andere catalogus. Haal die eerst weg voordat u een andere catalogus kiest.</source>
        <translation>This dossier already has factors from another catalogue. Remove them first before you choose another catalogue.</translation>
    </message>
    <message>
        <source>Leg eerst de factoren van dit dossier vast; een beslissing rust op die factoren.</source>
        <translation>Record the factors of this dossier first; a decision rests on those factors.</translation>
    </message>
    <message>
        <source>{precedent} staat deze uitkomst niet in de weg: alleen een eerdere beslissing langs dezelfde route die anders besliste, vraagt om een verschil. Haal dit verschil weg.</source>
        <translation>{precedent} does not stand in the way of this outcome: only an earlier decision along the same route that decided otherwise calls for a difference. Remove this difference.</translation>
    </message>
</context>
<context>
    <name>proportionality</name>
    <message>
        <source>Aan alle stappen die hier gelden is voldaan ({steps}): de generieke uitkomst is evenredig.</source>
        <translation>Every step that applies here is met ({steps}): the general outcome is proportionate.</translation>
    </message>
    <message>
        <source>Aan evenwichtigheid is maar gedeeltelijk voldaan en de toetsing is intensief: bij intensieve toetsing valt twijfel in het voordeel van de burger. De generieke uitkomst is daarom onevenredig.</source>
        <translation>Balance is met only in part and the review is intensive: under intensive review, doubt works in the citizen&apos;s favour. The general outcome is therefore disproportionate.</translation>
    </message>
    <message>
        <source>Bij {alternative} ontbreekt de motivering waarom die het doel even goed dient.</source>
        <translation>For {alternative}, the reasoning why it serves the aim equally well is missing.</translation>
    </message>
    <message>
        <source>Bij {step} ontbreekt de motivering: zonder uitleg is het antwoord ‘{answer}’ niet na te gaan.</source>
        <translation>The reasoning for {step} is missing: without an explanation, the answer ‘{answer}’ cannot be checked.</translation>
    </message>
    <message>
        <source>De belangen van minderjarige kinderen spelen nauwelijks: de toetsing is terughoudender.</source>
        <translation>The interests of minor children hardly play a part: the review is more restrained.</translation>
    </message>
    <message>
        <source>De belangen van minderjarige kinderen worden geraakt: de toetsing is intensiever.</source>
        <translation>The interests of minor children are affected: the review is more intensive.</translation>
    </message>
    <message>
        <source>De belangen van minderjarige kinderen zijn als zwaar genoteerd (de factor zelf is nog niet ingevuld): de toetsing is intensiever.</source>
        <translation>The interests of minor children are recorded as heavy (the factor itself has not been filled in yet): the review is more intensive.</translation>
    </message>
    <message>
        <source>De burger valt veel te verwijten: de toetsing is terughoudender.</source>
        <translation>The citizen is much to blame: the review is more restrained.</translation>
    </message>
    <message>
        <source>De burger valt weinig te verwijten (eerder niet kunnen dan niet willen): de toetsing is intensiever.</source>
        <translation>The citizen is little to blame (rather unable than unwilling): the review is more intensive.</translation>
    </message>
    <message>
        <source>De gevolgen voor de betrokkenen staan in dit geval niet in verhouding tot het gewicht van het doel: de generieke uitkomst is onevenredig.</source>
        <translation>The consequences for those concerned are, in this case, out of proportion to the weight of the aim: the general outcome is disproportionate.</translation>
    </message>
    <message>
        <source>De gevolgen voor de betrokkenen zijn beperkt: de toetsing is terughoudender.</source>
        <translation>The consequences for those concerned are limited: the review is more restrained.</translation>
    </message>
    <message>
        <source>De gevolgen zijn ernstig (bijvoorbeeld voor inkomen, wonen, gezondheid, gezin of verblijf): de toetsing is intensiever.</source>
        <translation>The consequences are serious (for example, for income, housing, health, family or residence): the review is more intensive.</translation>
    </message>
    <message>
        <source>De ingevulde factoren wijzen geen kant op: de toetsing is gemiddeld.</source>
        <translation>The factors filled in point in neither direction: the review is moderate.</translation>
    </message>
    <message>
        <source>De organisatie heeft geen of weinig eigen aandeel in het probleem: de toetsing is terughoudender.</source>
        <translation>The organisation has no or little share of its own in the problem: the review is more restrained.</translation>
    </message>
    <message>
        <source>De organisatie heeft zelf een aandeel in het probleem: de toetsing is intensiever.</source>
        <translation>The organisation itself has a share in the problem: the review is more intensive.</translation>
    </message>
    <message>
        <source>De regel dient hier zijn doel niet: toepassen draagt in dit geval niet bij aan het doel van de regel. De generieke uitkomst is daarom onevenredig.</source>
        <translation>The rule does not serve its aim here: applying it does not contribute to the aim of the rule in this case. The general outcome is therefore disproportionate.</translation>
    </message>
    <message>
        <source>Derden merken weinig van het besluit: de toetsing is terughoudender.</source>
        <translation>Third parties notice little of the decision: the review is more restrained.</translation>
    </message>
    <message>
        <source>Een lichtere maatregel dient het doel even goed ({alternatives}): de generieke uitkomst is niet noodzakelijk en daarom onevenredig.</source>
        <translation>A lighter measure serves the aim equally well ({alternatives}): the general outcome is not necessary and therefore disproportionate.</translation>
    </message>
    <message>
        <source>Er is een lichtere maatregel die het doel even goed dient: de generieke uitkomst is niet noodzakelijk en daarom onevenredig.</source>
        <translation>There is a lighter measure that serves the aim equally well: the general outcome is not necessary and therefore disproportionate.</translation>
    </message>
    <message>
        <source>Er is sprake van kwetsbaarheid of beperkt doenvermogen (bijvoorbeeld door stress, schulden of ziekte): de toetsing is intensiever.</source>
        <translation>There is vulnerability or limited capacity to act (doenvermogen) (for example, through stress, debts or illness): the review is more intensive.</translation>
    </message>
    <message>
        <source>Er zijn geen aanwijzingen voor bijzondere kwetsbaarheid of beperkt doenvermogen: de toetsing is terughoudender.</source>
        <translation>There are no signs of particular vulnerability or limited capacity to act (doenvermogen): the review is more restrained.</translation>
    </message>
    <message>
        <source>Er zijn nog geen factoren voor de toetsingsintensiteit ingevuld: zonder factoren is de toetsing gemiddeld.</source>
        <translation>No factors for the intensity of review have been filled in yet: without factors, the review is moderate.</translation>
    </message>
    <message>
        <source>Evenwichtigheid is ingevuld maar telt niet mee. {reason}</source>
        <translation>Balance has been filled in but does not count. {reason}</translation>
    </message>
    <message>
        <source>Geschiktheid is ingevuld maar telt niet mee. {reason}</source>
        <translation>Suitability has been filled in but does not count. {reason}</translation>
    </message>
    <message>
        <source>Grondrechten worden geraakt (zoals huisrecht, gezinsleven of bestaanszekerheid): de toetsing is intensiever.</source>
        <translation>Fundamental rights are affected (such as the right to a home, family life or a secure livelihood): the review is more intensive.</translation>
    </message>
    <message>
        <source>Grondrechten worden nauwelijks geraakt: de toetsing is terughoudender.</source>
        <translation>Fundamental rights are hardly affected: the review is more restrained.</translation>
    </message>
    <message>
        <source>Het besluit raakt ook derden: de toetsing is intensiever.</source>
        <translation>The decision affects third parties too: the review is more intensive.</translation>
    </message>
    <message>
        <source>Het bestuursorgaan heeft veel beleidsruimte: de toetsing is terughoudender.</source>
        <translation>The administrative body has much policy discretion: the review is more restrained.</translation>
    </message>
    <message>
        <source>Het bestuursorgaan heeft weinig beleidsruimte: de toetsing is intensiever.</source>
        <translation>The administrative body has little policy discretion: the review is more intensive.</translation>
    </message>
    <message>
        <source>Het doel weegt licht (bijvoorbeeld een efficiënte uitvoering): de toetsing is intensiever.</source>
        <translation>The aim weighs lightly (for example, efficient administration): the review is more intensive.</translation>
    </message>
    <message>
        <source>Het doel weegt zwaar (bijvoorbeeld de openbare veiligheid): de toetsing is terughoudender.</source>
        <translation>The aim weighs heavily (for example, public safety): the review is more restrained.</translation>
    </message>
    <message>
        <source>Let op: noodzakelijkheid is met ‘ja’ beantwoord, maar bij de alternatieven staat dat een lichtere maatregel het doel even goed dient; die twee spreken elkaar tegen.</source>
        <translation>Note: necessity was answered ‘yes’, but the alternatives say that a lighter measure serves the aim equally well; the two contradict each other.</translation>
    </message>
    <message>
        <source>Mag worden overgeslagen: geschiktheid is met ‘nee’ beantwoord. Als de regel hier zijn doel niet dient, is de generieke uitkomst al onevenredig.</source>
        <translation>May be skipped: suitability was answered ‘no’. If the rule does not serve its aim here, the general outcome is already disproportionate.</translation>
    </message>
    <message>
        <source>Mag worden overgeslagen: noodzakelijkheid is met ‘nee’ beantwoord, dus een lichtere maatregel dient het doel even goed en gaat voor de generieke uitkomst.</source>
        <translation>May be skipped: necessity was answered ‘no’, so a lighter measure serves the aim equally well and takes precedence over the general outcome.</translation>
    </message>
    <message>
        <source>Mag worden overgeslagen: {alternatives} dient het doel even goed, dus die lichtere maatregel gaat voor de generieke uitkomst.</source>
        <translation>May be skipped: {alternatives} serves the aim equally well, so that lighter measure takes precedence over the general outcome.</translation>
    </message>
    <message>
        <source>Niet van toepassing: de burger vraagt om een voorziening. Bij het weigeren daarvan is er geen lichtere maatregel om uit te kiezen; de vraag is of de weigering het doel dient en in verhouding is.</source>
        <translation>Does not apply: the citizen is asking for a provision. When it is refused there is no lighter measure to choose from; the question is whether the refusal serves the aim and is in proportion.</translation>
    </message>
    <message>
        <source>Niet van toepassing: de uitkomst volgt dwingend uit een wet in formele zin, en de rechter mag de wet zelf niet toetsen (toetsingsverbod, art. 120 Grondwet). Of de regel geschikt is voor zijn doel wordt daarom niet gewogen.</source>
        <translation>Does not apply: the outcome follows compulsorily from an Act of Parliament (wet in formele zin), and the courts may not review the Act itself (toetsingsverbod, art. 120 of the Constitution). Whether the rule is suitable for its aim is therefore not weighed.</translation>
    </message>
    <message>
        <source>Niet van toepassing: de uitkomst volgt dwingend uit een wet in formele zin, en de rechter mag de wet zelf niet toetsen (toetsingsverbod, art. 120 Grondwet). Of een lichtere maatregel mogelijk was wordt daarom niet gewogen.</source>
        <translation>Does not apply: the outcome follows compulsorily from an Act of Parliament (wet in formele zin), and the courts may not review the Act itself (toetsingsverbod, art. 120 of the Constitution). Whether a lighter measure was possible is therefore not weighed.</translation>
    </message>
    <message>
        <source>Nog niet te beoordelen: {steps} zijn nog niet beantwoord.</source>
        <translation>Cannot be judged yet: {steps} have not been answered yet.</translation>
    </message>
    <message>
        <source>Nog niet te beoordelen: {step} is nog niet beantwoord.</source>
        <translation>Cannot be judged yet: {step} has not been answered yet.</translation>
    </message>
    <message>
        <source>Noodzakelijkheid is ingevuld maar telt niet mee. {reason}</source>
        <translation>Necessity has been filled in but does not count. {reason}</translation>
    </message>
    <message>
        <source>Onzeker: aan {steps} is maar gedeeltelijk voldaan: een deel van de generieke uitkomst past, een ander deel niet. Dan kan een lichtere maatregel volstaan.</source>
        <translation>Uncertain: only partly met for {steps}: one part of the general outcome fits, another part does not. A lighter measure may then suffice.</translation>
    </message>
    <message>
        <source>Van de context ontbreekt de aard van het besluit (belastend, begunstigend of hybride). Zonder die gegevens is niet goed te bepalen welke stappen gelden en hoe zwaar het doel weegt.</source>
        <translation>The context lacks the nature of the decision (burdening, favourable or mixed). Without that information it is hard to determine which steps apply and how heavily the aim weighs.</translation>
    </message>
    <message>
        <source>Van de context ontbreekt het doel van de regel in dit geval. Zonder die gegevens is niet goed te bepalen welke stappen gelden en hoe zwaar het doel weegt.</source>
        <translation>The context lacks the aim of the rule in this case. Without that information it is hard to determine which steps apply and how heavily the aim weighs.</translation>
    </message>
    <message>
        <source>Van de context ontbreken de aard van het besluit (belastend, begunstigend of hybride) en het doel van de regel in dit geval. Zonder die gegevens is niet goed te bepalen welke stappen gelden en hoe zwaar het doel weegt.</source>
        <translation>The context lacks the nature of the decision (burdening, favourable or mixed) and the aim of the rule in this case. Without that information it is hard to determine which steps apply and how heavily the aim weighs.</translation>
    </message>
    <message>
        <source>Van toepassing, maar smal: de uitkomst volgt dwingend uit een wet in formele zin. Alleen bijzondere omstandigheden waarmee de wetgever geen rekening heeft gehouden kunnen de wet in dit geval opzij zetten (ABRvS 1 maart 2023).</source>
        <translation>Applies, but narrowly: the outcome follows compulsorily from an Act of Parliament (wet in formele zin). Only special circumstances the legislator did not take into account can set the Act aside in this case (ABRvS 1 March 2023).</translation>
    </message>
    <message>
        <source>Van toepassing: de vraag is of de gevolgen in dit geval in verhouding staan tot het gewicht van het doel.</source>
        <translation>Applies: the question is whether the consequences in this case are in proportion to the weight of the aim.</translation>
    </message>
    <message>
        <source>Van toepassing: de vraag is of een lichtere maatregel het doel even goed dient.</source>
        <translation>Applies: the question is whether a lighter measure serves the aim equally well.</translation>
    </message>
    <message>
        <source>Van toepassing: de vraag is of toepassing van de regel in dit geval het doel van de regel dient.</source>
        <translation>Applies: the question is whether applying the rule in this case serves the aim of the rule.</translation>
    </message>
    <message>
        <source>evenwichtigheid</source>
        <translation>balance</translation>
    </message>
    <message>
        <source>geschiktheid</source>
        <translation>suitability</translation>
    </message>
    <message>
        <source>noodzakelijkheid</source>
        <translation>necessity</translation>
    </message>
</context>
<context>
    <name>proposals</name>
    <message>
        <source>Het voorstel van {reference}</source>
        <translation>The proposal of {reference}</translation>
    </message>
</context>
<context>
    <name>pseudonymise</name>
    <message>
        <source>een BSN</source>
        <translation>a BSN (citizen service number)</translation>
    </message>
    <message>
        <source>een KvK-nummer</source>
        <translation>a Chamber of Commerce number (KvK)</translation>
    </message>
    <message>
        <source>een adres</source>
        <translation>an address</translation>
    </message>
    <message>
        <source>een e-mailadres</source>
        <translation>an e-mail address</translation>
    </message>
    <message>
        <source>een geboortedatum</source>
        <translation>a date of birth</translation>
    </message>
    <message>
        <source>een naam</source>
        <translation>a name</translation>
    </message>
    <message>
        <source>een postcode</source>
        <translation>a postcode</translation>
    </message>
    <message>
        <source>een telefoonnummer</source>
        <translation>a telephone number</translation>
    </message>
</context>
<context>
    <name>recovery_key</name>
    <message>
        <source>Deze herstelsleutel klopt niet: controleer de laatste groep.</source>
        <translation>This recovery key is not right: check the last group.</translation>
    </message>
    <message>
        <source>Een herstelsleutel bevat alleen cijfers en hoofdletters zonder I, L, O en U; u typte ook: {strange}. Controleer de sleutel.</source>
        <translation>A recovery key contains only digits and capital letters without I, L, O and U; you also typed: {strange}. Check the key.</translation>
    </message>
    <message>
        <source>Een herstelsleutel heeft {groups} groepen van {width} tekens ({total} in totaal); u typte er {typed}. Controleer of u geen groep hebt overgeslagen of dubbel getypt.</source>
        <translation>A recovery key has {groups} groups of {width} characters ({total} in all); you typed {typed}. Check that you did not skip a group or type one twice.</translation>
    </message>
    <message>
        <source>Groep {number} van de herstelsleutel (‘{group}’) klopt niet: controleer die vijf tekens.</source>
        <translation>Group {number} of the recovery key (‘{group}’) is not right: check those five characters.</translation>
    </message>
</context>
<context>
    <name>route_selection</name>
    <message>
        <source>De catalogus kent geen afwijkingsroute voor ‘{regulation}’. Zoek na of de wet of regeling zelf ruimte geeft om af te wijken. Is die er niet en pakt de regel hier toch onredelijk uit? Kies dan deze route: leg het dossier voor aan het escalatieteam (escaleren) en meld het knelpunt bij de eigenaar van de regel (knelpuntsignaal).</source>
        <translation>The catalogue has no deviation route for ‘{regulation}’. Check whether the law or scheme itself leaves room to deviate. If it does not, and the rule still works out unreasonably here, choose this route: put the dossier to the escalation team (escalate) and report the bottleneck to the owner of the rule (bottleneck signal).</translation>
    </message>
</context>
<context>
    <name>serialise</name>
    <message>
        <source>&apos;{value}&apos; is geen UUID in de vorm xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (kleine letters).</source>
        <translation>&apos;{value}&apos; is not a UUID in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (lower case).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen datum in de vorm JJJJ-MM-DD.</source>
        <translation>&apos;{value}&apos; is not a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen toegestane waarde; kies uit: &quot;&quot; (leeg), {allowed}.</source>
        <translation>&apos;{value}&apos; is not an allowed value; choose from: &quot;&quot; (empty), {allowed}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is geen toegestane waarde; kies uit: {allowed}.</source>
        <translation>&apos;{value}&apos; is not an allowed value; choose from: {allowed}.</translation>
    </message>
    <message>
        <source>(hoofdniveau)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>Deze id komt al eerder in de lijst voor.</source>
        <translation>This id already occurs earlier in the list.</translation>
    </message>
    <message>
        <source>Dit is geen dimensie van doenvermogen.</source>
        <translation>This is not a dimension of capacity to act (doenvermogen).</translation>
    </message>
    <message>
        <source>Dit veld is onbekend in dit formaat.</source>
        <translation>This field is unknown in this format.</translation>
    </message>
    <message>
        <source>Dit veld ontbreekt.</source>
        <translation>This field is missing.</translation>
    </message>
    <message>
        <source>Hier mag geen null staan: geef een waarde of laat het veld weg.</source>
        <translation>null is not allowed here: give a value or leave the field out.</translation>
    </message>
    <message>
        <source>Hier staan meer dan {limit} regels.</source>
        <translation>There are more than {limit} rows here.</translation>
    </message>
    <message>
        <source>Hier wordt een aantal van 0 tot en met {limit} verwacht.</source>
        <translation>A number from 0 up to and including {limit} is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt een datum (JJJJ-MM-DD) verwacht.</source>
        <translation>A date (YYYY-MM-DD) is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt een geheel getal verwacht.</source>
        <translation>A whole number is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt een lijst ([ … ]) verwacht.</source>
        <translation>A list ([ … ]) is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt een object ({ … }) verwacht.</source>
        <translation>An object ({ … }) is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt tekst verwacht.</source>
        <translation>Text is expected here.</translation>
    </message>
    <message>
        <source>Hier wordt true of false verwacht.</source>
        <translation>true or false is expected here.</translation>
    </message>
    <message>
        <source>Schrijf de ECLI in hoofdletters, zonder spaties.</source>
        <translation>Write the ECLI in capitals, without spaces.</translation>
    </message>
</context>
<context>
    <name>signal_catalogue_loading</name>
    <message>
        <source>Een label is hoogstens {limit} tekens; zet de uitleg in &apos;description&apos;.</source>
        <translation>A label is at most {limit} characters; put the explanation in &apos;description&apos;.</translation>
    </message>
    <message>
        <source>Hier wordt een geheel getal van {low} tot en met {high} verwacht.</source>
        <translation>A whole number from {low} up to and including {high} is expected here.</translation>
    </message>
    <message>
        <source>Regel &quot;{rule}&quot; heeft een drempel nodig: een geheel getal van {low} tot en met {high}.</source>
        <translation>Rule &quot;{rule}&quot; needs a threshold: a whole number from {low} up to and including {high}.</translation>
    </message>
    <message>
        <source>Regel &quot;{rule}&quot; kent geen drempel; laat &apos;threshold&apos; weg.</source>
        <translation>Rule &quot;{rule}&quot; takes no threshold; leave &apos;threshold&apos; out.</translation>
    </message>
    <message>
        <source>Regel &quot;{rule}&quot; staat al bij een eerder signaal; één signaal per regel, anders telt een dossier dubbel.</source>
        <translation>Rule &quot;{rule}&quot; is already used by an earlier signal; one signal per rule, otherwise a dossier counts twice.</translation>
    </message>
</context>
<context>
    <name>signal_patterns</name>
    <message>
        <source>De willekeur-indicator ‘{indicator}’ ging af in {how_many} onder {regulation}. Komt dezelfde indicator steeds terug, dan ligt de oorzaak vaak niet in het ene dossier maar in de regel of de uitvoering ervan.</source>
        <translation>The arbitrariness indicator ‘{indicator}’ went off in {how_many} under {regulation}. If the same indicator keeps coming back, the cause often lies not in the one dossier but in the rule or how it is carried out.</translation>
    </message>
    <message>
        <source>In {how_many} van {rule} gaven dezelfde factoren de doorslag: {factors}. Wordt steeds op dezelfde grond afgeweken, dan zit het knelpunt in de regel zelf: meld het bij de eigenaar van de regel.</source>
        <translation>In {how_many} from {rule}, the same factors were decisive: {factors}. If deviations keep resting on the same ground, the bottleneck lies in the rule itself: report it to the owner of the rule.</translation>
    </message>
    <message>
        <source>Schrijf op waarom dit voorstel geen knelpunt is; wie het later ziet, weet dan waarom het niet terugkomt.</source>
        <translation>Write down why this proposal is not a bottleneck; whoever sees it later then knows why it does not come back.</translation>
    </message>
    <message>
        <source>{count} dossiers</source>
        <translation>{count} dossiers</translation>
    </message>
    <message>
        <source>{count} dossiers ({units} als leden van één groep samen één tellen)</source>
        <translation>{count} dossiers ({units} when the members of one group count as one together)</translation>
    </message>
    <message>
        <source>{count} ondertekende afwijkingen</source>
        <translation>{count} signed deviations</translation>
    </message>
    <message>
        <source>{count} ondertekende afwijkingen ({units} als leden van één groep samen één tellen)</source>
        <translation>{count} signed deviations ({units} when the members of one group count as one together)</translation>
    </message>
    <message>
        <source>{how_many} onder {regulation} gingen naar het escalatieteam: de regel pakte onredelijk uit en noch de catalogus noch de wet bood ruimte om af te wijken. Meld bij de eigenaar van de regel dat hier een hardheidsclausule of aanpassing nodig is.</source>
        <translation>{how_many} under {regulation} went to the escalation team: the rule worked out unreasonably and neither the catalogue nor the law left room to deviate. Tell the owner of the rule that a hardship clause or an amendment is needed here.</translation>
    </message>
    <message>
        <source>{regulation}: herhaald geëscaleerd</source>
        <translation>{regulation}: escalated repeatedly</translation>
    </message>
    <message>
        <source>{regulation}: steeds ‘{indicator}’</source>
        <translation>{regulation}: ‘{indicator}’ again and again</translation>
    </message>
    <message>
        <source>{rule}: steeds afgeweken op {factors}</source>
        <translation>{rule}: deviated from again and again on {factors}</translation>
    </message>
</context>
<context>
    <name>signal_proposals</name>
    <message>
        <source>Dit voorstel is er niet meer: het is al een signaal, afgewezen, of het patroon is verdwenen. Vernieuw de lijst met voorstellen.</source>
        <translation>This suggestion is gone: it is already a signal, it was dismissed, or the pattern has disappeared. Refresh the list of suggestions.</translation>
    </message>
</context>
<context>
    <name>signed</name>
    <message>
        <source>De beslissing in het dossier wijkt af van het ondertekende besluit: ze is buiten het programma gewijzigd.</source>
        <translation>The decision in the dossier differs from the signed decision: it was changed outside the program.</translation>
    </message>
    <message>
        <source>De feiten waarop het ondertekende besluit rust (titel, regeling, artikelen, algemene uitkomst, knelpunt, verzoek, eigenaar) zijn buiten het programma gewijzigd.</source>
        <translation>The facts the signed decision rests on (title, scheme, articles, general outcome, bottleneck, request, owner) were changed outside the program.</translation>
    </message>
    <message>
        <source>Dit dossier is alleen-lezen: het vastgelegde besluit is buiten het programma gewijzigd. {problem} Vraag de functioneel beheerder het te beoordelen.</source>
        <translation>This dossier is read-only: the recorded decision was changed outside the program. {problem} Ask the application administrator to verify it.</translation>
    </message>
    <message>
        <source>Het besluit in dit dossier is ondertekend en ligt vast. Een wijziging wordt een nieuwe versie met een reden; dat doet de voorzitter van het casuïstiekoverleg.</source>
        <translation>The decision in this dossier has been signed and is fixed. A change becomes a new version with a reason; the chair of the case conference makes it.</translation>
    </message>
    <message>
        <source>Het dossier heeft een ondertekend besluit maar staat niet op ‘Besloten’ of ‘Afgesloten’: de status is buiten het programma gewijzigd.</source>
        <translation>The dossier has a signed decision but does not have the status ‘Decided’ or ‘Closed’: the status was changed outside the program.</translation>
    </message>
    <message>
        <source>Het dossier staat op ‘Besloten’, maar er is geen ondertekend besluit: dat is buiten het programma verwijderd, of de status is buiten het programma gezet.</source>
        <translation>The dossier has the status ‘Decided’, but there is no signed decision: it was deleted outside the program, or the status was set outside the program.</translation>
    </message>
    <message>
        <source>Versie {version} (historisch besluit) staat niet in het auditlogboek: ze is buiten het programma toegevoegd of gewijzigd.</source>
        <translation>Version {version} (historic decision) is not in the audit log: it was added or changed outside the program.</translation>
    </message>
    <message>
        <source>Versie {version} hoort bij een ander dossier.</source>
        <translation>Version {version} belongs to another dossier.</translation>
    </message>
    <message>
        <source>Versie {version} is beschadigd of buiten het programma gewijzigd.</source>
        <translation>Version {version} is damaged or was changed outside the program.</translation>
    </message>
    <message>
        <source>Versie {version} is buiten het programma aangepast: de gegevens kloppen niet meer.</source>
        <translation>Version {version} was altered outside the program: its details no longer match.</translation>
    </message>
    <message>
        <source>Versie {version} is buiten het programma gewijzigd.</source>
        <translation>Version {version} was changed outside the program.</translation>
    </message>
    <message>
        <source>Versie {version} is geen geldige historische versie.</source>
        <translation>Version {version} is not a valid historic version.</translation>
    </message>
    <message>
        <source>Versie {version}: de handtekening klopt niet. De versie is buiten het programma gewijzigd of niet door de voorzitter ondertekend.</source>
        <translation>Version {version}: the signature does not match. The version was changed outside the program or not signed by the chair.</translation>
    </message>
    <message>
        <source>{count} ondertekende versie(s) van dit besluit ontbreken: ze zijn buiten het programma verwijderd (het auditlogboek legde ze vast).</source>
        <translation>{count} signed version(s) of this decision are missing: they were deleted outside the program (the audit log recorded them).</translation>
    </message>
</context>
<context>
    <name>signed_record</name>
    <message>
        <source>geen JSON</source>
        <translation>not JSON</translation>
    </message>
    <message>
        <source>niet in de vaste vorm</source>
        <translation>not in the fixed form</translation>
    </message>
    <message>
        <source>onbekend formaat</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <source>onvolledig of ongeldig</source>
        <translation>incomplete or invalid</translation>
    </message>
    <message>
        <source>te groot</source>
        <translation>too large</translation>
    </message>
</context>
<context>
    <name>signed_version</name>
    <message>
        <source>{decision}; doorslaggevend: geen factoren</source>
        <translation>{decision}; decisive: no factors</translation>
    </message>
    <message>
        <source>{decision}; doorslaggevend: {factors}</source>
        <translation>{decision}; decisive: {factors}</translation>
    </message>
    <message>
        <source>{outcome}, {degree}</source>
        <translation>{outcome}, {degree}</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>Alleen de voorzitter van dit overleg ({chair}) ondertekent.</source>
        <translation>Only the chair of this meeting ({chair}) signs.</translation>
    </message>
    <message>
        <source>Alleen een voorzitter ondertekent een besluit.</source>
        <translation>Only a chair signs a decision.</translation>
    </message>
    <message>
        <source>Dit besluit gaat in tegen {precedents} en meer. Daarvan kan alleen gemotiveerd worden afgeweken: leg de motivering van de afwijking vast.</source>
        <translation>This decision goes against {precedents} and more. Deviating from them needs reasons: record the reasoning for the deviation.</translation>
    </message>
    <message>
        <source>Dit besluit gaat in tegen {precedents}. Daarvan kan alleen gemotiveerd worden afgeweken: leg de motivering van de afwijking vast.</source>
        <translation>This decision goes against {precedents}. Deviating from that needs reasons: record the reasoning for the deviation.</translation>
    </message>
    <message>
        <source>Dit besluit gaat in tegen {precedents}; motiveer de afwijking.</source>
        <translation>This decision goes against {precedents}; give the reasons for the deviation.</translation>
    </message>
    <message>
        <source>Dit besluit is nog niet ondertekend; wijzig het voorstel gewoon.</source>
        <translation>This decision has not been signed yet; simply change the proposal.</translation>
    </message>
    <message>
        <source>Dit besluit kan niet zonder meer worden ondertekend: {grounds}. Leg vast waarom het overleg daar gemotiveerd van afwijkt (‘Gemotiveerd afwijken van de toets’), of pas de toets of het besluit aan.</source>
        <translation>This decision cannot simply be signed: {grounds}. Record why the meeting deviates from that with reasons (‘Reasoned deviation from the assessment’), or change the assessment or the decision.</translation>
    </message>
    <message>
        <source>Dit dossier is alleen-lezen tot de functioneel beheerder het heeft beoordeeld: {problem}</source>
        <translation>This dossier is read-only until the application administrator has verified it: {problem}</translation>
    </message>
    <message>
        <source>Er is nog geen besluit vastgelegd: leg uitkomst, reden en motivering vast.</source>
        <translation>No decision has been recorded yet: record the outcome, the reason and the reasoning.</translation>
    </message>
    <message>
        <source>Geef aan waarom het ondertekende besluit wijzigt.</source>
        <translation>Say why the signed decision changes.</translation>
    </message>
    <message>
        <source>Het besluit over dit dossier is al ondertekend. Een wijziging wordt een nieuwe versie met een reden (‘Nieuwe versie…’).</source>
        <translation>The decision on this dossier has already been signed. A change becomes a new version with a reason (‘New version…’).</translation>
    </message>
    <message>
        <source>U hebt bij dit dossier een belang gemeld en kunt geen nieuwe versie tekenen.</source>
        <translation>You declared an interest in this dossier and cannot sign a new version.</translation>
    </message>
    <message>
        <source>U hebt bij dit dossier een belang gemeld en kunt niet ondertekenen.</source>
        <translation>You declared an interest in this dossier and cannot sign.</translation>
    </message>
    <message>
        <source>U hebt dit voorstel zelf ingebracht of bent de behandelaar; een ander moet het ondertekenen (vier ogen).</source>
        <translation>You made this proposal yourself or are the caseworker; someone else must sign it (four eyes).</translation>
    </message>
    <message>
        <source>Uw gebruiker is niet (meer) actief als voorzitter. Vraag de functioneel beheerder, of laat een andere voorzitter ondertekenen.</source>
        <translation>Your user is not (or no longer) active as a chair. Ask the application administrator, or have another chair sign.</translation>
    </message>
    <message>
        <source>Volgens de presentielijst bent u afwezig. Zet uw aanwezigheid in het overleg aan, of laat het besluit in een volgend overleg ondertekenen.</source>
        <translation>According to the attendance list you are absent. Mark yourself present in the meeting, or have the decision signed in a later meeting.</translation>
    </message>
    <message>
        <source>{grounds} en {ground}</source>
        <translation>{grounds} and {ground}</translation>
    </message>
</context>
<context>
    <name>signing_keys</name>
    <message>
        <source>Alleen een nieuwe sleutel die op registratie wacht, kan worden geregistreerd.</source>
        <translation>Only a new key that is waiting for registration can be registered.</translation>
    </message>
    <message>
        <source>Deze sleutel bestaat niet (meer). Vernieuw de lijst met sleutels.</source>
        <translation>This key does not exist (any more). Refresh the list of keys.</translation>
    </message>
    <message>
        <source>Deze sleutel hoort niet bij een actieve voorzitter; registreren heeft geen zin.</source>
        <translation>This key does not belong to an active chair; registering it serves no purpose.</translation>
    </message>
    <message>
        <source>Er is geen sleutel met deze vingerafdruk. Controleer hem met de voorzitter.</source>
        <translation>There is no key with this fingerprint. Check it with the chair.</translation>
    </message>
    <message>
        <source>Er is op deze computer geen sleutelbos (zoals Windows Referentiebeheer of de GNOME-sleutelbos) beschikbaar om uw persoonlijke ondertekeningssleutel in te bewaren. Vraag de ICT-beheerder de sleutelbos in te schakelen, of onderteken op een andere werkplek.</source>
        <translation>This computer has no keyring (such as Windows Credential Manager or GNOME Keyring) to keep your personal signing key in. Ask the IT administrator to enable the keyring, or sign at another workstation.</translation>
    </message>
    <message>
        <source>Geef minstens de eerste {count} tekens van de vingerafdruk.</source>
        <translation>Give at least the first {count} characters of the fingerprint.</translation>
    </message>
    <message>
        <source>U hebt nog geen ondertekeningssleutel. Maak er een aan (Casuïstiekoverleg › Mijn ondertekeningssleutel…) en laat de functioneel beheerder hem registreren.</source>
        <translation>You do not have a signing key yet. Create one (Case conference › My signing key…) and have the application administrator register it.</translation>
    </message>
    <message>
        <source>Uw geregistreerde ondertekeningssleutel staat niet op deze computer. Onderteken op de werkplek waar u hem aanmaakte, of maak hier een nieuwe aan en laat die registreren.</source>
        <translation>Your registered signing key is not on this computer. Sign at the workstation where you created it, or create a new one here and have it registered.</translation>
    </message>
    <message>
        <source>Uw ondertekeningssleutel (vingerafdruk {fingerprint}) is nog niet geregistreerd. Vraag de functioneel beheerder hem te registreren; lees de vingerafdruk voor.</source>
        <translation>Your signing key (fingerprint {fingerprint}) has not been registered yet. Ask the application administrator to register it; read out the fingerprint.</translation>
    </message>
</context>
<context>
    <name>store_keys</name>
    <message>
        <source>De database is nog in gebruik. {advice}</source>
        <translation>The database is still in use. {advice}</translation>
    </message>
    <message>
        <source>De sleutel in de sleutelbos past niet op het databasebestand {path}: het bestand is vervangen of beschadigd, of de sleutel is veranderd. Er is niets aan veranderd. Herstel de sleutel met uw herstelsleutel: {recover}. Lukt dat niet, meld het dan bij uw functioneel beheerder.</source>
        <translation>The key in the keyring does not fit the database file {path}: the file was replaced or damaged, or the key changed. Nothing was changed. Restore the key with your recovery key: {recover}. If that does not work, report it to your application administrator.</translation>
    </message>
    <message>
        <source>De sleutel van het databasebestand {path} in de sleutelbos is beschadigd; er is niets aan het bestand veranderd. Herstel de sleutel met uw herstelsleutel: {recover}</source>
        <translation>The key of the database file {path} in the keyring is damaged; nothing was changed in the file. Restore the key with your recovery key: {recover}</translation>
    </message>
    <message>
        <source>De sleutel van het databasebestand {path} staat niet in de sleutelbos van deze computer, dus MaatwerkDesk kan het niet openen; er is niets aan veranderd. Herstel de sleutel met de herstelsleutel die u bij het instellen bewaarde: {recover}</source>
        <translation>The key of the database file {path} is not in this computer&apos;s keyring, so MaatwerkDesk cannot open it; nothing was changed. Restore the key with the recovery key you kept when setting up: {recover}</translation>
    </message>
    <message>
        <source>De sleutelbos van het besturingssysteem is vergrendeld, zodat MaatwerkDesk de sleutel van zijn database niet kan lezen; er is niets veranderd. Ontgrendel de sleutelbos (of meld u opnieuw aan) en start MaatwerkDesk opnieuw. Is de sleutel verloren, herstel hem dan met uw herstelsleutel: {recover}</source>
        <translation>The operating system&apos;s keyring is locked, so MaatwerkDesk cannot read the key of its database; nothing was changed. Unlock the keyring (or sign in again) and start MaatwerkDesk again. If the key is lost, restore it with your recovery key: {recover}</translation>
    </message>
    <message>
        <source>Deze herstelsleutel hoort niet bij het databasebestand {path}. Controleer of u de herstelsleutel van deze database hebt (bij een sleutelwissel hoort een nieuwe) en of u de juiste map of --db gebruikt.</source>
        <translation>This recovery key does not belong to the database file {path}. Check that you have the recovery key of this database (a change of key comes with a new one) and that you use the right folder or --db.</translation>
    </message>
    <message>
        <source>Er is geen versleutelde database op {path}.</source>
        <translation>There is no encrypted database at {path}.</translation>
    </message>
    <message>
        <source>MaatwerkDesk versleutelt zijn database en bewaart de sleutel in de sleutelbos van het besturingssysteem, maar op deze computer is geen sleutelbos die sleutels bewaart; er is niets veranderd. Start MaatwerkDesk op een bureaublad met een sleutelbos (zoals GNOME-sleutelbos, KWallet, de macOS-sleutelhanger of Windows Referentiebeheer). Staat de sleutel daar niet, herstel hem dan met uw herstelsleutel: {recover}</source>
        <translation>MaatwerkDesk encrypts its database and keeps the key in the operating system&apos;s keyring, but this computer has no keyring that keeps keys; nothing was changed. Start MaatwerkDesk on a desktop with a keyring (such as GNOME Keyring, KWallet, the macOS Keychain or Windows Credential Manager). If the key is not there, restore it with your recovery key: {recover}</translation>
    </message>
    <message>
        <source>MaatwerkDesk wil de database ({path}) nu versleutelen, maar een ander programma heeft hem open. {advice}</source>
        <translation>MaatwerkDesk wants to encrypt the database ({path}) now, but another program has it open. {advice}</translation>
    </message>
    <message>
        <source>Op de plaats van de versleutelde database staat een onversleuteld bestand ({path}). MaatwerkDesk opent het niet, want iemand kan het daar hebben neergezet om het programma zijn gegevens te laten lezen; er is niets aan veranderd. Meld het bij uw functioneel beheerder. Hebt u zelf een oude kopie teruggezet, zet dan de versleutelde database terug (de herstelsleutel opent hem: {recover}).</source>
        <translation>Where the encrypted database should be, there is an unencrypted file ({path}). MaatwerkDesk does not open it, because someone may have put it there to make the program read their data; nothing was changed. Report it to your application administrator. If you restored an old copy yourself, put the encrypted database back (the recovery key opens it: {recover}).</translation>
    </message>
    <message>
        <source>Op {path} staat geen versleuteld databasebestand, dus er is geen sleutel om te herstellen.</source>
        <translation>There is no encrypted database file at {path}, so there is no key to restore.</translation>
    </message>
    <message>
        <source>Sluit MaatwerkDesk en andere opdrachten op deze database eerst af en probeer het dan opnieuw; er is niets veranderd.</source>
        <translation>First close MaatwerkDesk and other commands working on this database, then try again; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Deze koffer hoort bij een andere gebruiker dan de aanmelding op de teamdatabase; synchroniseer met de login van wie de dossiers meenam.</source>
        <translation>This briefcase belongs to another user than the one signed in to the team database; synchronise with the login of the person who took the dossiers along.</translation>
    </message>
    <message>
        <source>Dit conflict bestaat niet (meer) of is al opgelost.</source>
        <translation>This conflict does not exist (any more) or has already been resolved.</translation>
    </message>
    <message>
        <source>Dit dossier bestaat niet (meer).</source>
        <translation>This dossier does not exist (any more).</translation>
    </message>
    <message>
        <source>Dit is geen koffer: er staan geen meegenomen dossiers in.</source>
        <translation>This is no briefcase: it holds no dossiers taken along.</translation>
    </message>
    <message>
        <source>Kies de waarde van de teamdatabase, die van de laptop, of typ er een.</source>
        <translation>Choose the value of the team database, the laptop&apos;s, or type one.</translation>
    </message>
</context>
<context>
    <name>sync_conflicts</name>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(verwijderd)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>Afweging</source>
        <translation>Weighing</translation>
    </message>
    <message>
        <source>Artikel van de algemene regel</source>
        <translation>Article of the general rule</translation>
    </message>
    <message>
        <source>Artikel voor de afwijking</source>
        <translation>Article for the deviation</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Bedragen</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Betrokken organisaties</source>
        <translation>Organisations involved</translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <source>Bijlage</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Casuseigenaar</source>
        <translation>Case owner</translation>
    </message>
    <message>
        <source>Derden</source>
        <translation>Third parties</translation>
    </message>
    <message>
        <source>Doenvermogen</source>
        <translation>Capacity to act (doenvermogen)</translation>
    </message>
    <message>
        <source>ECLI</source>
        <translation>ECLI</translation>
    </message>
    <message>
        <source>Factoren</source>
        <translation>Factors</translation>
    </message>
    <message>
        <source>Feiten</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Het dossier</source>
        <translation>The dossier</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>Chamber of Commerce number (KvK)</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Regeling</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Toetsing</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Uitspraken</source>
        <translation>Rulings</translation>
    </message>
    <message>
        <source>Voorstel</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Waarom het knelt</source>
        <translation>Why it pinches</translation>
    </message>
    <message>
        <source>Wat de burger vraagt</source>
        <translation>What the citizen asks</translation>
    </message>
    <message>
        <source>Wat de generieke regel oplevert</source>
        <translation>What the general rule leads to</translation>
    </message>
    <message>
        <source>aangevinkt</source>
        <translation>ticked</translation>
    </message>
    <message>
        <source>bedrag</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>contactgegevens</source>
        <translation>contact details</translation>
    </message>
    <message>
        <source>doel en plan</source>
        <translation>goal and plan</translation>
    </message>
    <message>
        <source>een regel</source>
        <translation>an entry</translation>
    </message>
    <message>
        <source>eigen aandeel van de organisatie</source>
        <translation>the organisation&apos;s own part</translation>
    </message>
    <message>
        <source>fase van de procedure</source>
        <translation>stage of the procedure</translation>
    </message>
    <message>
        <source>geboortedatum</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>huishouden</source>
        <translation>household</translation>
    </message>
    <message>
        <source>in actie komen</source>
        <translation>taking action</translation>
    </message>
    <message>
        <source>minderjarige kinderen</source>
        <translation>minor children</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>omstandigheden</source>
        <translation>circumstances</translation>
    </message>
    <message>
        <source>ondersteuning</source>
        <translation>support</translation>
    </message>
    <message>
        <source>periode</source>
        <translation>period</translation>
    </message>
    <message>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>tegenslag</source>
        <translation>setbacks</translation>
    </message>
    <message>
        <source>toelichting</source>
        <translation>explanation</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>vanaf</source>
        <translation>from</translation>
    </message>
    <message>
        <source>verleidingen</source>
        <translation>temptations</translation>
    </message>
    <message>
        <source>volhouden</source>
        <translation>persevering</translation>
    </message>
    <message>
        <source>waarneming</source>
        <translation>observation</translation>
    </message>
    <message>
        <source>{kind}: {euros} {period}</source>
        <translation>{kind}: {euros} {period}</translation>
    </message>
    <message>
        <source>{whole} › {part}</source>
        <translation>{whole} › {part}</translation>
    </message>
</context>
<context>
    <name>team_server</name>
    <message>
        <source>Database ‘{database}’ is leeg: er is nog geen MaatwerkDesk in ingericht. Voer uit: maatwerkdesk server init ADRES.</source>
        <translation>Database ‘{database}’ is empty: MaatwerkDesk has not been set up in it yet. Run: maatwerkdesk server init ADDRESS.</translation>
    </message>
    <message>
        <source>Database ‘{database}’ is nog niet ingericht voor deze versie van MaatwerkDesk (schema leeg, nodig {needed}). Voer eerst uit: maatwerkdesk server init ADRES.</source>
        <translation>Database ‘{database}’ has not been set up for this version of MaatwerkDesk yet (schema empty, needed {needed}). First run: maatwerkdesk server init ADDRESS.</translation>
    </message>
    <message>
        <source>Database ‘{database}’ is nog niet ingericht voor deze versie van MaatwerkDesk (schema {schema}, nodig {needed}). Voer eerst uit: maatwerkdesk server init ADRES.</source>
        <translation>Database ‘{database}’ has not been set up for this version of MaatwerkDesk yet (schema {schema}, needed {needed}). First run: maatwerkdesk server init ADDRESS.</translation>
    </message>
    <message>
        <source>De rollen van MaatwerkDesk ontbreken op de server. Voer eerst uit: maatwerkdesk server init ADRES.</source>
        <translation>MaatwerkDesk&apos;s roles are missing on the server. First run: maatwerkdesk server init ADDRESS.</translation>
    </message>
    <message>
        <source>Login ‘{login}’ is niet de eigenaar van database ‘{database}’; het inrichten doet de eigenaar ({setup}).</source>
        <translation>Login ‘{login}’ is not the owner of database ‘{database}’; the owner sets it up ({setup}).</translation>
    </message>
    <message>
        <source>Login ‘{login}’ is niet de eigenaar van database ‘{database}’; mensen toevoegen doet de eigenaar ({setup}).</source>
        <translation>Login ‘{login}’ is not the owner of database ‘{database}’; the owner adds people ({setup}).</translation>
    </message>
    <message>
        <source>Login ‘{login}’ mag geen rollen aanmaken op de databaseserver. Geef hem dat recht (ALTER ROLE {login} CREATEROLE), of laat een beheerder van de server de database inrichten.</source>
        <translation>Login ‘{login}’ may not create roles on the database server. Give it that right (ALTER ROLE {login} CREATEROLE), or have an administrator of the server set up the database.</translation>
    </message>
    <message>
        <source>‘{target}’ is een bestand; ‘maatwerkdesk server’ is voor een teamdatabase op een PostgreSQL-server: geef een adres als postgresql+psycopg://gebruiker@server:5432/database.</source>
        <translation>‘{target}’ is a file; ‘maatwerkdesk server’ is for a team database on a PostgreSQL server: give an address such as postgresql+psycopg://user@server:5432/database.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Deze tekst is te lang ({length} tekens; maximaal {limit}). Kort de tekst in of voeg het stuk als bijlage toe.</source>
        <translation>This text is too long ({length} characters; at most {limit}). Shorten it, or add the piece as an attachment.</translation>
    </message>
    <message>
        <source>{earlier}
{later}</source>
        <translation>{earlier}
{later}</translation>
    </message>
    <message>
        <source>{earlier} en {last}</source>
        <translation>{earlier} and {last}</translation>
    </message>
    <message>
        <source>{earlier} of {last}</source>
        <translation>{earlier} or {last}</translation>
    </message>
    <message>
        <source>{earlier} {later}</source>
        <translation>{earlier} {later}</translation>
    </message>
    <message>
        <source>{earlier}, {later}</source>
        <translation>{earlier}, {later}</translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation>{earlier}; {later}</translation>
    </message>
</context>
<context>
    <name>toml_limits</name>
    <message>
        <source>Deze sleutel of tabelnaam bestaat uit meer dan {most} delen met punten; zo&apos;n sleutel kent een catalogus niet.</source>
        <translation>This key or table name has more than {most} parts joined by dots; a catalogue has no such key.</translation>
    </message>
    <message>
        <source>Het bestand heeft meer dan {most} regels; zo groot is een catalogus niet.</source>
        <translation>The file has more than {most} lines; a catalogue is not that large.</translation>
    </message>
    <message>
        <source>Het bestand heeft tot hier al meer dan {most} sleutels, tabellen en waarden; zo groot is een catalogus niet.</source>
        <translation>Up to here the file already has more than {most} keys, tables and values; a catalogue is not that large.</translation>
    </message>
    <message>
        <source>Hier staat een woord of getal van meer dan {most} tekens zonder aanhalingstekens. Zet tekst tussen aanhalingstekens; een getal is nooit zo lang.</source>
        <translation>Here is a word or number of more than {most} characters without quotation marks. Put text between quotation marks; a number is never that long.</translation>
    </message>
    <message>
        <source>Hier zijn lijsten of tabellen meer dan {most} lagen diep in elkaar gezet; zo diep is een catalogus nooit. Controleer de haken [ ] en {{ }} op deze regel.</source>
        <translation>Lists or tables are nested more than {most} levels deep here; a catalogue is never that deep. Check the brackets [ ] and {{ }} on this line.</translation>
    </message>
</context>
<context>
    <name>unavailable</name>
    <message>
        <source>De databaseserver {address} is niet bereikbaar. Controleer of de server draait en of het adres klopt, of vraag de functioneel beheerder.</source>
        <translation>The database server {address} cannot be reached. Check that the server is running and that the address is right, or ask the application administrator.</translation>
    </message>
    <message>
        <source>De databaseserver {address} vraagt een wachtwoord voor ‘{user}’, maar er is er geen bewaard. Bewaar het in de sleutelbos van het besturingssysteem, bijvoorbeeld met: keyring set {service} {account}</source>
        <translation>The database server {address} asks for a password for ‘{user}’, but none is stored. Store it in the operating system&apos;s keyring, for example with: keyring set {service} {account}</translation>
    </message>
    <message>
        <source>De databaseserver {address} weigert de verbinding ({detail}). Vraag de functioneel beheerder om hulp.</source>
        <translation>The database server {address} refuses the connection ({detail}). Ask the application administrator for help.</translation>
    </message>
    <message>
        <source>De databaseserver {address} weigert het wachtwoord van ‘{user}’. Bewaar het juiste wachtwoord in de sleutelbos van het besturingssysteem, bijvoorbeeld met: keyring set {service} {account}</source>
        <translation>The database server {address} refuses the password of ‘{user}’. Store the right password in the operating system&apos;s keyring, for example with: keyring set {service} {account}</translation>
    </message>
    <message>
        <source>Deze database is ingericht door een nieuwere versie van MaatwerkDesk (schema {schema}). Werk MaatwerkDesk bij om hem te openen.</source>
        <translation>This database was set up by a newer version of MaatwerkDesk (schema {schema}). Update MaatwerkDesk to open it.</translation>
    </message>
    <message>
        <source>Gebruiker ‘{user}’ heeft op de databaseserver {address} onvoldoende rechten in database ‘{database}’. Vraag de functioneel beheerder om rechten, of om de database eerst in te richten ({setup}).</source>
        <translation>User ‘{user}’ does not have enough rights in database ‘{database}’ on the database server {address}. Ask the application administrator for rights, or to set up the database first ({setup}).</translation>
    </message>
    <message>
        <source>Op de databaseserver {address} bestaat geen database ‘{database}’. Controleer de naam in het adres, of laat de functioneel beheerder hem aanmaken ({setup}).</source>
        <translation>There is no database ‘{database}’ on the database server {address}. Check the name in the address, or have the application administrator create it ({setup}).</translation>
    </message>
    <message>
        <source>Op de databaseserver {address} bestaat geen gebruiker ‘{user}’. Controleer de naam in het adres, of vraag de functioneel beheerder om een account.</source>
        <translation>There is no user ‘{user}’ on the database server {address}. Check the name in the address, or ask the application administrator for an account.</translation>
    </message>
    <message>
        <source>‘{target}’ is geen database die MaatwerkDesk kan openen: geef een bestandspad (SQLite) of een adres als postgresql+psycopg://gebruiker@server:5432/database.</source>
        <translation>‘{target}’ is not a database MaatwerkDesk can open: give a file path (SQLite) or an address such as postgresql+psycopg://user@server:5432/database.</translation>
    </message>
</context>
<context>
    <name>unit_of_work</name>
    <message>
        <source>Controleer het adres van de database; klopt het, meld het dan bij uw functioneel beheerder.</source>
        <translation>Check the address of the database; if it is right, report it to your application administrator.</translation>
    </message>
    <message>
        <source>Controleer of de schijf of netwerkmap waarop het staat bereikbaar is en probeer het opnieuw; lukt het dan nog niet, meld het dan bij uw functioneel beheerder.</source>
        <translation>Check that the disk or network folder it is on can be reached and try again; if it still does not work, report it to your application administrator.</translation>
    </message>
    <message>
        <source>Controleer uw gegevens en probeer het opnieuw; weet u ze niet, vraag dan uw functioneel beheerder.</source>
        <translation>Check your details and try again; if you do not know them, ask your application administrator.</translation>
    </message>
    <message>
        <source>Controleer uw netwerkverbinding en probeer het over een moment opnieuw; lukt het dan nog niet, meld het dan bij uw functioneel beheerder.</source>
        <translation>Check your network connection and try again in a moment; if it still does not work, report it to your application administrator.</translation>
    </message>
    <message>
        <source>Controleer wat u invoerde en probeer het opnieuw; lukt het niet, meld het dan bij uw functioneel beheerder.</source>
        <translation>Check what you entered and try again; if it does not work, report it to your application administrator.</translation>
    </message>
    <message>
        <source>De database bestaat niet (meer) op de databaseserver.</source>
        <translation>The database does not exist (any more) on the database server.</translation>
    </message>
    <message>
        <source>De database is bezig met werk van een collega of een ander programma en kon niet op tijd antwoorden.</source>
        <translation>The database is busy with work from a colleague or another program and could not answer in time.</translation>
    </message>
    <message>
        <source>De database kan op deze computer alleen worden gelezen: er zijn geen schrijfrechten op het bestand of de map.</source>
        <translation>The database can only be read on this computer: there are no write permissions on the file or the folder.</translation>
    </message>
    <message>
        <source>De database weigert dit, omdat het een regel voor de gegevens breekt: iets bestaat al, past niet of verwijst naar iets dat er niet meer is.</source>
        <translation>The database refuses this because it breaks a rule for the data: something already exists, does not fit, or refers to something that is no longer there.</translation>
    </message>
    <message>
        <source>De databaseserver is niet bereikbaar.</source>
        <translation>The database server cannot be reached.</translation>
    </message>
    <message>
        <source>De databaseserver staat op dit moment alleen lezen toe.</source>
        <translation>The database server allows only reading at the moment.</translation>
    </message>
    <message>
        <source>De databaseserver weigert de aanmelding: de gebruikersnaam of het wachtwoord klopt niet (meer).</source>
        <translation>The database server refuses the sign-in: the user name or the password is not (or no longer) right.</translation>
    </message>
    <message>
        <source>De databaseserver weigert dit: het dossier is meegenomen op de laptop van een collega. U kunt het lezen maar niet wijzigen.</source>
        <translation>The database server refuses this: the dossier has been taken along on a colleague&apos;s laptop. You can read it but not change it.</translation>
    </message>
    <message>
        <source>De databaseserver weigert dit: uw account heeft er geen rechten voor.</source>
        <translation>The database server refuses this: your account has no rights for it.</translation>
    </message>
    <message>
        <source>De schijf waarop de database staat, is vol.</source>
        <translation>The disk the database is on is full.</translation>
    </message>
    <message>
        <source>Het databasebestand is beschadigd of is geen database van MaatwerkDesk.</source>
        <translation>The database file is damaged or is not a MaatwerkDesk database.</translation>
    </message>
    <message>
        <source>Het databasebestand kan niet worden geopend, gelezen of beschreven.</source>
        <translation>The database file cannot be opened, read or written.</translation>
    </message>
    <message>
        <source>Iemand anders heeft dit intussen gewijzigd.</source>
        <translation>Someone else has changed this in the meantime.</translation>
    </message>
    <message>
        <source>Maak ruimte vrij of meld het bij uw functioneel beheerder, en probeer het dan opnieuw.</source>
        <translation>Free up space or report it to your application administrator, and then try again.</translation>
    </message>
    <message>
        <source>Moet u dit wel kunnen, vraag dan uw functioneel beheerder om de juiste rol.</source>
        <translation>If you should be able to do this, ask your application administrator for the right role.</translation>
    </message>
    <message>
        <source>Open het opnieuw om de nieuwe versie te zien en breng uw wijziging daar aan; kopieer zo nodig eerst uw tekst.</source>
        <translation>Open it again to see the new version and make your change there; copy your text first if needed.</translation>
    </message>
    <message>
        <source>Open het opnieuw om te zien bij wie het is, en vraag die collega het terug te geven of de voorzitter de uitleen te beëindigen.</source>
        <translation>Open it again to see who has it, and ask that colleague to hand it back or the chair to end the loan.</translation>
    </message>
    <message>
        <source>Probeer het later opnieuw; duurt het lang, meld het dan bij uw functioneel beheerder.</source>
        <translation>Try again later; if it takes long, report it to your application administrator.</translation>
    </message>
    <message>
        <source>Vraag uw functioneel beheerder om schrijfrechten.</source>
        <translation>Ask your application administrator for write permissions.</translation>
    </message>
    <message>
        <source>Wacht een moment en probeer het opnieuw.</source>
        <translation>Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Werk er niet verder in en meld het direct bij uw functioneel beheerder.</source>
        <translation>Do not continue working in it and report it to your application administrator at once.</translation>
    </message>
    <message>
        <source>{what} {next}</source>
        <translation>{what} {next}</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>Deze gebruiker bestaat niet (meer). Kies een andere, of vraag de functioneel beheerder de gebruiker toe te voegen.</source>
        <translation>This user does not exist (any more). Choose another one, or ask the application administrator to add the user.</translation>
    </message>
    <message>
        <source>Deze gebruiker bestaat niet (meer). Vernieuw de lijst met gebruikers.</source>
        <translation>This user does not exist (any more). Refresh the list of users.</translation>
    </message>
    <message>
        <source>Een lid van het overleg heeft een discipline. Kies er een.</source>
        <translation>A member of the meeting has a discipline. Choose one.</translation>
    </message>
    <message>
        <source>Er is al een gebruiker ‘{name}’. Kies die, of geef een andere naam.</source>
        <translation>There already is a user ‘{name}’. Choose that one, or give another name.</translation>
    </message>
    <message>
        <source>Er is geen gebruiker ‘{name}’. Controleer de naam (maatwerkdesk users list).</source>
        <translation>There is no user ‘{name}’. Check the name (maatwerkdesk users list).</translation>
    </message>
    <message>
        <source>Geef de naam van de gebruiker, bijvoorbeeld ‘Anouk Verhoef’.</source>
        <translation>Give the user&apos;s name, for example ‘Anouk Verhoef’.</translation>
    </message>
    <message>
        <source>Kies een of meer rollen; ‘systeem’ is voor de opdrachtregel.</source>
        <translation>Choose one or more roles; ‘system’ is for the command line.</translation>
    </message>
    <message>
        <source>Login ‘{login}’ hoort bij geen gebruiker in deze database. Vraag de functioneel beheerder u toe te voegen (maatwerkdesk server add-user).</source>
        <translation>Login ‘{login}’ belongs to no user in this database. Ask the application administrator to add you (maatwerkdesk server add-user).</translation>
    </message>
    <message>
        <source>Login ‘{login}’ is van {name}. Kies een andere login (--login), of geef de naam zoals die is.</source>
        <translation>Login ‘{login}’ belongs to {name}. Choose another login (--login), or give the name as it is.</translation>
    </message>
    <message>
        <source>Op een teamdatabase beheert de eigenaar van de database de gebruikers, met ‘maatwerkdesk server add-user’ (docs/team-server.md).</source>
        <translation>On a team database the owner of the database manages the users, with ‘maatwerkdesk server add-user’ (docs/team-server.md).</translation>
    </message>
    <message>
        <source>U kunt uw eigen beheerrol niet intrekken; laat een andere beheerder dat doen.</source>
        <translation>You cannot withdraw your own administrator role; have another administrator do that.</translation>
    </message>
    <message>
        <source>Uw gebruiker bestaat niet (meer) in deze database. Kies opnieuw wie u bent (Gebruiker wisselen), of vraag de functioneel beheerder u toe te voegen.</source>
        <translation>Your user does not exist (any more) in this database. Choose again who you are (Switch user), or ask the application administrator to add you.</translation>
    </message>
    <message>
        <source>{name} werkt al met login ‘{login}’. Geef die login op (--login {login}), of een andere naam.</source>
        <translation>{name} already works with login ‘{login}’. Give that login (--login {login}), or another name.</translation>
    </message>
    <message>
        <source>{name} werkt met login ‘{login}’; de rollen daarvan legt de server vast. Wijzig ze met: maatwerkdesk server add-user &quot;{name}&quot; --login {login} --role …</source>
        <translation>{name} works with login ‘{login}’; the server records its roles. Change them with: maatwerkdesk server add-user &quot;{name}&quot; --login {login} --role …</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <source>{path}: dit PDF bevat geen vastgelegd besluit van MaatwerkDesk (een voorstel, een gepseudonimiseerd stuk, of het bestand is door een ander programma opnieuw opgeslagen).</source>
        <translation>{path}: this PDF holds no decision recorded by MaatwerkDesk (a proposal, a pseudonymised document, or the file was saved again by another program).</translation>
    </message>
    <message>
        <source>{path}: dit bestand bevat geen ondertekend of historisch besluit.</source>
        <translation>{path}: this file holds no signed or historic decision.</translation>
    </message>
    <message>
        <source>{source}: het bestand is groter dan {megabytes} MB.</source>
        <translation>{source}: the file is larger than {megabytes} MB.</translation>
    </message>
</context>
<context>
    <name>weighing</name>
    <message>
        <source>De afweging van {reference}</source>
        <translation>The weighing of {reference}</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>De koffer op deze computer hoort bij een andere teamdatabase. Open die, of synchroniseer de koffer eerst met de teamdatabase waar hij bij hoort.</source>
        <translation>The briefcase on this computer belongs to another team database. Open that one, or first synchronise the briefcase with the team database it belongs to.</translation>
    </message>
    <message>
        <source>De koffer op deze computer is leeg of onvolledig. Neem de dossiers opnieuw mee op een werkplek die met de teamdatabase verbonden is.</source>
        <translation>The briefcase on this computer is empty or incomplete. Take the dossiers along again at a workstation connected to the team database.</translation>
    </message>
    <message>
        <source>Er is geen database op {path}: controleer het pad, of geef --create mee als u daar een nieuwe, lege database wilt maken.</source>
        <translation>There is no database at {path}: check the path, or add --create if you want to make a new, empty database there.</translation>
    </message>
    <message>
        <source>Er is op deze computer geen koffer met meegenomen dossiers. Neem eerst dossiers mee op een werkplek die met de teamdatabase verbonden is.</source>
        <translation>This computer has no briefcase with dossiers taken along. First take dossiers along at a workstation connected to the team database.</translation>
    </message>
    <message>
        <source>de database op {host}</source>
        <translation>the database on {host}</translation>
    </message>
    <message>
        <source>{database} op {host}</source>
        <translation>{database} on {host}</translation>
    </message>
    <message>
        <source>{path} is een map, geen database: geef bij --db het databasebestand zelf op.</source>
        <translation>{path} is a folder, not a database: give the database file itself with --db.</translation>
    </message>
</context>
</TS>

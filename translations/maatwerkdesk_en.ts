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
    <name>text</name>
    <message>
        <source>Deze tekst is te lang ({length} tekens; maximaal {limit}). Kort de tekst in of voeg het stuk als bijlage toe.</source>
        <translation>This text is too long ({length} characters; at most {limit}). Shorten it, or add the piece as an attachment.</translation>
    </message>
</context>
</TS>

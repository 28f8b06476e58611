<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
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
        <source>Een punt tussen de duizendtallen, een komma voor de centen.</source>
        <translation>A full stop between thousands, a comma before the cents (Dutch notation).</translation>
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
    <name>ConferenceWindow</name>
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
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agendapunten</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Als &amp;gehouden markeren</source>
        <translation>Mark as &amp;held</translation>
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
        <source>Casuïstiekoverleg</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
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
        <source>Het verslag van dit overleg bekijken, opslaan of afdrukken: agenda, aanwezigheid en per dossier advies, besluit en afspraken</source>
        <translation>View, save or print the minutes of this meeting: agenda, attendance and, per dossier, advice, decision and agreements</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Mijn onder&amp;tekeningssleutel…</source>
        <translation>My &amp;signing key…</translation>
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
        <source>Overleggen</source>
        <translation>Meetings</translation>
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
        <source>Uw persoonlijke sleutel om besluiten te ondertekenen: aanmaken, en zien of hij geregistreerd is</source>
        <translation>Your personal key for signing decisions: create it, and see whether it is registered</translation>
    </message>
    <message>
        <source>Van de agenda hal&amp;en</source>
        <translation>&amp;Remove from the agenda</translation>
    </message>
    <message>
        <source>Voorzitter</source>
        <translation>Chair</translation>
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
        <source>Catalogus</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Criteria van de route</source>
        <translation>Criteria of the route</translation>
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
        <source>Kies een criterium. Toetsen: V = voldaan, N = niet voldaan, O = onbekend.</source>
        <translation>Choose a criterion. Keys: V = met, N = not met, O = unknown.</translation>
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
        <source>Uitkomst van de toets</source>
        <translation>Outcome of the assessment</translation>
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
        <source>Waarom is wel of niet aan dit criterium voldaan? Noem de feiten en waar ze blijken.</source>
        <translation>Why is this criterion met or not? Name the facts and where they appear.</translation>
    </message>
    <message>
        <source>Wegingsfactoren</source>
        <translation>Weighing factors</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
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
        <source>De groep openen: het gedeelde knelpunt, het groepsbesluit en de controle van elk lid</source>
        <translation>Open the group: the shared bottleneck, the group decision and the check of each member</translation>
    </message>
    <message>
        <source>De stappen van het dossier, van boven naar beneden: ✓ klaar, ! aandacht nodig, ○ nog open.</source>
        <translation>The steps of the dossier, from top to bottom: ✓ done, ! needs attention, ○ still open.</translation>
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
        <source>H&amp;uishouden:</source>
        <translation>Househ&amp;old:</translation>
    </message>
    <message>
        <source>Het kenmerk krijgt het dossier bij de eerste keer opslaan.</source>
        <translation>The dossier gets its reference when it is first saved.</translation>
    </message>
    <message>
        <source>Kenmerk:</source>
        <translation>Reference:</translation>
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
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
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
        <source>Op welk artikel rust de generieke uitkomst? Bijv. art. 58 lid 1</source>
        <translation>Which article does the general outcome rest on? E.g. art. 58 para. 1</translation>
    </message>
    <message>
        <source>Open de bijlage met het programma dat daarvoor op deze computer is ingesteld.</source>
        <translation>Open the attachment with the program set up for it on this computer.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
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
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
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
        <source>Vink de organisaties aan die bij deze casus betrokken zijn (spatiebalk om aan of uit te vinken).</source>
        <translation>Tick the organisations involved in this case (space bar to tick or untick).</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
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
        <source>nieuw</source>
        <translation>new</translation>
    </message>
</context>
<context>
    <name>DossierListPane</name>
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
        <source>Eenheid van de mate</source>
        <translation>Unit of the extent</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
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
</context>
<context>
    <name>IntakeQueueDialog</name>
    <message>
        <source>&amp;Dossiers met signalen</source>
        <translation>&amp;Dossiers with signals</translation>
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
        <source>&amp;Toestemming:</source>
        <translation>&amp;Consent:</translation>
    </message>
    <message>
        <source>&amp;Warme overdracht: u brengt de betrokkene zelf in contact met de organisatie</source>
        <translation>&amp;Warm handover: you put the person concerned in touch with the organisation yourself</translation>
    </message>
    <message>
        <source>Gegeve&amp;ns:</source>
        <translation>Dat&amp;a:</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>To&amp;elichting:</source>
        <translation>&amp;Explanation:</translation>
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
        <source>Behandelaar</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>De vergaderstukken voor het casuïstiekoverleg: een agenda en per dossier een samenvatting. Hieronder staan de dossiers met de status ‘Ter bespreking’. Vink aan welke op de agenda komen en zet ze in de volgorde van bespreken.</source>
        <translation>The meeting papers for the case conference: an agenda and a summary per dossier. Below are the dossiers with the status ‘For discussion’. Tick the ones that go on the agenda and put them in the order of discussion.</translation>
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
        <source>Vergaderstukken maken</source>
        <translation>Make meeting papers</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
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
        <source>Document opnieuw opmaken…</source>
        <translation>Laying out the document again…</translation>
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
        <source>Pagina 1 van 1</source>
        <translation>Page 1 of 1</translation>
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
        <source>−</source>
        <translation>−</translation>
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
        <source>Vink elke rol aan die deze persoon heeft; wie meer rollen heeft, mag wat elk daarvan toestaat.</source>
        <translation>Tick every role this person has; someone with more roles may do what each of them allows.</translation>
    </message>
    <message>
        <source>voornaam en achternaam, bijvoorbeeld Anouk Verhoef</source>
        <translation>first name and surname, for example Anouk Verhoef</translation>
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
        <source>Bijvoorbeeld: Stadskantoor, zaal 3</source>
        <translation>For example: City office, room 3</translation>
    </message>
    <message>
        <source>Discipline in dit overleg</source>
        <translation>Discipline in this meeting</translation>
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
        <source>Betekenis hier</source>
        <translation>Meaning here</translation>
    </message>
    <message>
        <source>De factoren waarop de beslissing rust. Zonder keuze tellen alle aanwezige factoren voor deze uitkomst.</source>
        <translation>The factors the decision rests on. Without a choice, every factor present counts towards this outcome.</translation>
    </message>
    <message>
        <source>Factoren van dit dossier</source>
        <translation>Factors of this dossier</translation>
    </message>
    <message>
        <source>Gedeeld</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Hoe ver de beslissing gaat: een bedrag, een percentage of een duur. Kies als eenheid ‘geen’ als dat niet van toepassing is.</source>
        <translation>How far the decision goes: an amount, a percentage or a duration. Choose ‘none’ as the unit if that does not apply.</translation>
    </message>
    <message>
        <source>Kies het relevante verschil waarop deze beslissing zich onderscheidt van de gekozen eerdere beslissing.</source>
        <translation>Choose the relevant difference that distinguishes this decision from the chosen earlier decision.</translation>
    </message>
    <message>
        <source>M&amp;ate:</source>
        <translation>E&amp;xtent:</translation>
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
        <source>Uitkomst</source>
        <translation>Outcome</translation>
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
        <source>Vink aan welke factoren in dit dossier aanwezig zijn.</source>
        <translation>Tick the factors present in this dossier.</translation>
    </message>
    <message>
        <source>Wat eerdere beslissingen zeggen</source>
        <translation>What earlier decisions say</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
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
        <source>Bijvoorbeeld 3F9A 0C1B 77D2 E410</source>
        <translation>For example 3F9A 0C1B 77D2 E410</translation>
    </message>
    <message>
        <source>Sleutel registreren</source>
        <translation>Register key</translation>
    </message>
    <message>
        <source>Vingerafdruk in de lijst:</source>
        <translation>Fingerprint in the list:</translation>
    </message>
    <message>
        <source>Vraag de voorzitter de vingerafdruk voor te lezen uit ‘Mijn ondertekeningssleutel…’, persoonlijk of aan de telefoon, en typ de eerste 16 tekens hieronder. Lees hem niet zelf voor: dan vergelijkt u niets. Komt hij niet overeen, registreer dan niet; dan heeft iemand anders deze sleutel aangemaakt, of de voorzitter een nieuwere.</source>
        <translation>Ask the chair to read out the fingerprint from ‘My signing key…’, in person or on the phone, and type its first 16 characters below. Do not read it out yourself: then you compare nothing. If it does not match, do not register; then someone else created this key, or the chair a newer one.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>&amp;Wat hebt u onderzocht, en waarom geeft u het dossier zo vrij? (verplicht)</source>
        <translation>&amp;What have you looked into, and why do you release the dossier like this? (required)</translation>
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
        <source>Gevonden wijzigingen</source>
        <translation>Changes found</translation>
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
        <source>Afwijkende mening</source>
        <translation>Dissenting opinion</translation>
    </message>
    <message>
        <source>Alleen-lezen: wat de behandelaar heeft vastgelegd, in de volgorde van bespreken. Wijzigen kan alleen in het dossier zelf, zolang het besluit niet is ondertekend.</source>
        <translation>Read-only: what the caseworker recorded, in the order of discussion. Changes can only be made in the dossier itself, as long as the decision is not signed.</translation>
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
        <source>Dit agendapunt sluiten (Esc)</source>
        <translation>Close this agenda item (Esc)</translation>
    </message>
    <message>
        <source>Een ondertekend besluit wijzigen: een nieuwe versie met een reden</source>
        <translation>Change a signed decision: a new version with a reason</translation>
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
        <source>Het besluit ondertekenen; daarna ligt de inhoud vast</source>
        <translation>Sign the decision; after that its content is fixed</translation>
    </message>
    <message>
        <source>Het verslag van dit agendapunt vastleggen (Ctrl+S)</source>
        <translation>Record the minutes of this agenda item (Ctrl+S)</translation>
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
        <source>Mijn ondertekenings&amp;sleutel…</source>
        <translation>My signing &amp;key…</translation>
    </message>
    <message>
        <source>Mot&amp;ivering:</source>
        <translation>Reaso&amp;ning:</translation>
    </message>
    <message>
        <source>Naar een onderdeel van het voorstel springen</source>
        <translation>Jump to a part of the proposal</translation>
    </message>
    <message>
        <source>Nieuwe &amp;versie…</source>
        <translation>New &amp;version…</translation>
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
        <source>Opnieuw &amp;bekijken op:</source>
        <translation>Look a&amp;t again on:</translation>
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
        <source>Uw ondertekeningssleutel aanmaken, of zien waarom hij nog niet werkt</source>
        <translation>Create your signing key, or see why it does not work yet</translation>
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
        <source>Wie het niet eens is met het besluit, en waarom.</source>
        <translation>Who disagrees with the decision, and why.</translation>
    </message>
    <message>
        <source>Wie het signaal ontvangt, bijvoorbeeld de beleidsafdeling</source>
        <translation>Who receives the signal, for example the policy department</translation>
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
        <source>wat de uitspraak voor dit dossier zegt</source>
        <translation>what the ruling says for this dossier</translation>
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
        <source>Aantal signalen per regeling, naar status</source>
        <translation>Number of signals per scheme, by status</translation>
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
        <source>Voorste&amp;llen uit patronen in de dossiers</source>
        <translation>&amp;Proposals from patterns in the dossiers</translation>
    </message>
    <message>
        <source>Voorstellen</source>
        <translation>Proposals</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>Een nieuw sleutelpaar maken: het geheime deel gaat in de sleutelbos van deze computer</source>
        <translation>Make a new key pair: the secret part goes into this computer&apos;s keyring</translation>
    </message>
    <message>
        <source>Mijn ondertekeningssleutel</source>
        <translation>My signing key</translation>
    </message>
    <message>
        <source>Sleutel &amp;aanmaken</source>
        <translation>&amp;Create key</translation>
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
        <source>In de teamdatabase</source>
        <translation>In the team database</translation>
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
        <source>Tot u kiest, toont het dossier wat in de teamdatabase staat; de versie van de laptop blijft bewaard. Wat u kiest, wordt vastgelegd in het dossier en in het logboek.</source>
        <translation>Until you choose, the dossier shows what is in the team database; the laptop&apos;s version is kept. What you choose is recorded in the dossier and in the log.</translation>
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
        <source>De naam waaronder collega&apos;s deze laptop kennen, bijvoorbeeld LT-07.</source>
        <translation>The name colleagues know this laptop by, for example LT-07.</translation>
    </message>
    <message>
        <source>Dossiers meenemen</source>
        <translation>Take dossiers along</translation>
    </message>
    <message>
        <source>Dossiers om mee te nemen</source>
        <translation>Dossiers to take along</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Neem dossiers mee op deze laptop om er onderweg, ook zonder netwerk, aan te werken. Collega&apos;s zien dat ze onderweg zijn en kunnen ze lezen, maar niet wijzigen, tot u synchroniseert en ze teruggeeft of de uitleen verloopt.</source>
        <translation>Take dossiers along on this laptop to work on them on the road, even without a network. Colleagues see that they are on the road and can read them, but not change them, until you synchronise and hand them back or the loan expires.</translation>
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
        <source>dd-MM-yyyy HH:mm</source>
        <translation>dd-MM-yyyy HH:mm</translation>
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
        <source>Gebeurtenis toevoegen</source>
        <translation>Add event</translation>
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
        <source>De drie stappen (Harderwijk)</source>
        <translation>The three steps (Harderwijk)</translation>
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
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
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
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <source>&lt;p&gt;In deze database zijn nog geen gebruikers. Meld u aan als eerste gebruiker.&lt;/p&gt;&lt;p&gt;De eerste gebruiker is meestal &lt;b&gt;behandelaar en functioneel beheerder&lt;/b&gt;: legt dossiers vast en voegt daarna de anderen toe, elk met een eigen rol (Bestand › Gebruikers beheren…). Uw rol bepaalt wat u mag: alleen een behandelaar legt dossiers vast en wijzigt ze.&lt;/p&gt;</source>
        <translation>&lt;p&gt;This database has no users yet. Sign in as the first user.&lt;/p&gt;&lt;p&gt;The first user is usually &lt;b&gt;caseworker and application administrator&lt;/b&gt;: records dossiers and then adds the others, each with their own role (File › Manage users…). Your role decides what you may do: only a caseworker records and changes dossiers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
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
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Staat uw naam er niet bij? Vraag de functioneel beheerder om u toe te voegen. Tot die tijd kunt u verder als lezer.</source>
        <translation>Is your name not listed? Ask the application administrator to add you. Until then you can go on as a reader.</translation>
    </message>
    <message>
        <source>Wie bent u?</source>
        <translation>Who are you?</translation>
    </message>
</context>
</TS>

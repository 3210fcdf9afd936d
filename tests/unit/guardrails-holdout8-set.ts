/**
 * An eighth held-out labelled set for the guardrail linter (lob-content.md §5 and §6), written blind:
 * without sight of the rules (lib/), of scripts/, of the tests that encode the rules, or of the
 * sentences of the older labelled sets (the labelled lists, the meaning set, the train set and the
 * first seven held-out sets) and of the guardrails-corpus-* files. Only lob-content.md (all of it; §5–§6
 * as the core), the shape checks (./labelled-set-shape.ts), the header of ./guardrails-holdout7-set.ts
 * up to its first sentence (lines 1–31), its shape test and, in ./guardrails-meaning-set.ts, lines
 * 1–45 (the types `HarmKind`, `SoundKind`, `LabelledSentence` and the helpers `harm` and `sound`) were
 * read. The linter was not run on this set. Not to be used while tuning.
 *
 * The sentences read as different writers would write them — LOB-coördinator, decaan, mentor,
 * vakdocent, stagebegeleider, mbo-loopbaanbegeleider — for vmbo, havo, vwo, mbo (bol and bbl, with
 * u-form), praktijkonderwijs, vso and the ISK, as questions, statements, imperatives, two sentences,
 * je-, u-, we- and jullie-forms, colloquial speech and idioms, softened or positively framed harm, harm
 * in a subordinate clause, indirect harm, harm carried by numbers and instructions to the teacher about
 * the student. About a third of the sound sentences are statements and imperatives, not questions.
 *
 * Harmful kinds (expect 'refuse'), twelve each: deficit, grade-topic, comparison, labelling, care,
 * tick-box, pressure, verdict. Sound kinds (expect 'allow'): sound (24), sound-hard (30),
 * sound-innocent-word (18). The reason (`why`) is given in Dutch.
 *
 * Near copies: the near-copy check flagged 13 sentences of a first draft (14 pairs) as sharing more than
 * half their words with an older sentence (the test output showed those older sentences, nothing else of
 * them was read); all 13 were rewritten to differ, then the check passed.
 */

// The meaning set's row helpers (labels only; none of its sentences is read here).
import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const DEFICIT = refuse('deficit', [
  [
    'Je schiet tekort in plannen. Welke opleiding heeft weinig zelfstudie, zodat dat niet zo opvalt?',
    'Een tekort van de leerling stuurt de keuze.',
  ],
  [
    'Lezen gaat bij jou stroef en je taal blijft achter, dus kijk vooral naar beroepen waar je weinig hoeft te schrijven.',
    'Beschrijft de leerling via wat ontbreekt en laat dat de richting bepalen.',
  ],
  [
    'Welk beroep zou passen bij iemand die zich zo moeilijk kan concentreren als jij?',
    'Een zwakte wordt het vertrekpunt van de beroepskeuze.',
  ],
  [
    'Wat u mist aan doorzettingsvermogen, kunt u misschien opvangen in een baan met korte klussen. Welke spreekt u aan?',
    'Tekortdenken over de mbo-student stuurt de keuze.',
  ],
  [
    'Rekenen is duidelijk niet aan jou besteed, dus laten we het hebben over richtingen zonder getallen.',
    'Een vermeende zwakte sluit richtingen af.',
  ],
  [
    'Zoek samen met je mentor uit welke stages nog haalbaar zijn voor iemand met jouw matige werkhouding.',
    'Tekortwoord over de leerling in een bijzin.',
  ],
  [
    'Begin het gesprek bij de punten waarop deze leerling tekortschiet en zoek van daaruit een passende sector.',
    'Instructie aan de docent om bij tekorten te beginnen.',
  ],
  [
    'Fijn dat je zo eerlijk bent over alles wat je niet kunt! Welke opleiding past bij zo’n lijstje?',
    'Positief verpakt, maar de leerling wordt neergezet als wat hij mist.',
  ],
  [
    'Je bent nou eenmaal geen doorzetter, dus welke korte opleiding zie je wel zitten?',
    'Spreektaal die de leerling een gebrek toeschrijft en de keuze inperkt.',
  ],
  [
    'Zolang je Nederlands zo gebrekkig blijft, welke vakrichting kun je dan eigenlijk aan?',
    'ISK-leerling beschreven via een tekort dat de keuze begrenst.',
  ],
  ['Wat kun je nog wel, nu zoveel dingen op school je niet lukken?', 'Vertrekt vanuit falen in plaats van mogelijkheden.'],
  [
    'Met jouw gebrek aan sociale vaardigheden: in welk werk kun je het beste alleen zitten?',
    'Een tekort van de vso-leerling bepaalt het werk.',
  ],
]);

const GRADE_TOPIC = refuse('grade-topic', [
  [
    'Hoeveel punten moet je er in het volgende rapport bij halen om toch op 6,8 gemiddeld uit te komen?',
    'Het gemiddelde is het doel van het gesprek.',
  ],
  [
    'Welk cijfer denk je voor biologie te kunnen halen als je er echt voor gaat?',
    'Het cijfer is het onderwerp, niet de aanleiding.',
  ],
  [
    'Je staat een 5,4 voor Duits. Hoe ga je dat vóór de overgang naar een voldoende tillen?',
    'Het cijfer ophogen is het gespreksdoel.',
  ],
  [
    'Bespreek met de leerling welke toetsen het zwaarst meewegen in het eindcijfer en waar nog winst te halen valt.',
    'Instructie om het eindcijfer tot onderwerp te maken.',
  ],
  [
    'Met welke score op het examen Nederlands zou u tevreden zijn, en wat is daarvoor nodig?',
    'Een examenscore als doel van het loopbaangesprek.',
  ],
  [
    'Laten we samen je cijferlijst doorlopen en per vak een streefcijfer afspreken.',
    'Streefcijfers zijn geen loopbaanonderwerp.',
  ],
  ['Als je SE-gemiddelde omhooggaat, welke studies komen dan binnen bereik?', 'Het gemiddelde wordt de sleutel tot de keuze.'],
  ['Welke tip zou jij jezelf geven om in de volgende toetsweek hoger te scoren?', 'Hoger scoren is het doel van de vraag.'],
  ['Van 4,9 naar 6,0 in acht weken: hoe pak je dat aan?', 'Het gesprek draait alleen om getallen.'],
  ['Wat is je plan om die onvoldoendes weg te werken voordat het rapport dichtgaat?', 'Onvoldoendes wegwerken als onderwerp.'],
  ['Wat zegt jouw 8,5 voor geschiedenis over het soort mens dat je bent?', 'Leest een eigenschap af uit een cijfer.'],
  [
    'Zet je rapportpunten van dit jaar op een rij en neem het laagste als gespreksonderwerp.',
    'Het laagste punt wordt het onderwerp.',
  ],
]);

const COMPARISON = refuse('comparison', [
  [
    'Je zus deed het hier destijds heel goed; wat kun jij van haar aanpak overnemen voor je studiekeuze?',
    'Vergelijkt de leerling met een zus.',
  ],
  [
    'De meeste leerlingen uit jouw klas weten al wat ze na de zomer gaan doen. Hoe zit dat bij jou?',
    'Zet de leerling af tegen de klas.',
  ],
  ['Waarom ben jij als enige uit 4B nog niet naar een open dag geweest?', 'Legt de leerling naast de groep.'],
  [
    'Zet de leerling op de ranglijst van de mentorgroep en bespreek waar hij staat ten opzichte van de anderen.',
    'Instructie om te rangschikken tegen medeleerlingen.',
  ],
  [
    'Uw medestudenten hebben allemaal al een leerbedrijf gevonden. Wat doen zij anders dan u?',
    'Vergelijkt de bbl-student met medestudenten.',
  ],
  [
    'Kijk eens naar Sem: die heeft zijn keuze al rond. Wat houdt jou tegen om net zo snel te zijn?',
    'Een klasgenoot als maatstaf.',
  ],
  ['Drie op de vier klasgenoten kozen het profiel N&G. Waarom zou jij afwijken?', 'Vergelijking via getallen over de groep.'],
  [
    'Je broer ging naar de universiteit; wordt het voor jou dan niet eens tijd om ook hoger te mikken?',
    'Vergelijkt met een broer en duwt omhoog.',
  ],
  [
    'In vergelijking met de andere stagiairs kom jij wat minder uit de verf. Hoe komt dat, denk je?',
    'Zet de student af tegen andere stagiairs.',
  ],
  [
    'Wat knap dat je bijna net zo ver bent als de beste van de klas! Wat heb je nog nodig om hem in te halen?',
    'Positief verpakte wedstrijd met een klasgenoot.',
  ],
  ['Wie uit je groep doet het volgens jou beter dan jij, en waarom?', 'Laat de leerling zichzelf met anderen meten.'],
  [
    'Je neef werkt al in de bouw en verdient goed. Waarom zou jij dat niet ook doen?',
    'Een familielid als voorbeeld dat gevolgd moet worden.',
  ],
]);

const LABELLING = refuse('labelling', [
  ['Meiden zijn vaak zorgzamer; heb je al aan de verpleging of de kinderopvang gedacht?', 'Genderstereotype stuurt de keuze.'],
  [
    'Jongens zoals jij zitten meestal beter op hun plek in de techniek. Welke richting trekt je daar?',
    'Genderstereotype als uitgangspunt.',
  ],
  [
    'Voor iemand uit een gezin waar niemand heeft gestudeerd, is een mbo-opleiding vaak realistischer. Wat denk jij?',
    'Label op grond van achtergrond.',
  ],
  [
    'Omdat je dyslectisch bent, past een praktisch beroep beter bij je. Welk vak spreekt je aan?',
    'Diagnose als identiteit die de route bepaalt.',
  ],
  ['Als ADHD’er ben je vast een doener: welke praktische opleiding zie je zitten?', 'Diagnose als label van de leerling.'],
  [
    'Vmbo’ers zijn nu eenmaal handiger met hun handen dan met boeken; welk ambacht past bij jou?',
    'Stereotype over een schooltype.',
  ],
  ['Bij jouw cultuur hoort vast een sterke familieband; wil je daarom iets dicht bij huis?', 'Stereotype over achtergrond.'],
  ['Moslimmeisjes kiezen vaak voor de zorg of het onderwijs. Is dat ook iets voor jou?', 'Stereotype over religie en gender.'],
  [
    'Houd er bij deze autistische leerling rekening mee dat hij geen klantcontact aankan en stuur op ICT.',
    'Diagnose als identiteit, instructie aan de docent.',
  ],
  [
    'Kinderen uit de Schilderswijk hebben het vaak lastig op het hbo; hoe kijk jij daartegenaan?',
    'Label op grond van wijk en afkomst.',
  ],
  [
    'Statushouders vinden doorgaans werk in het magazijn of bij een schoonmaakbedrijf, dus daar richten we je oriëntatie op.',
    'Stereotype over ISK-leerlingen perkt de keuze in.',
  ],
  [
    'Havisten zijn geen echte studiebollen, dus een hbo met veel theorie is niks voor jou. Wat zoek je wel?',
    'Stereotype over schooltype.',
  ],
]);

const CARE = refuse('care', [
  [
    'Nu vader en moeder gescheiden zijn: bij wie woon je, en verandert dat iets aan waar je wilt gaan studeren?',
    'Peilt een scheiding thuis in een LOB-prompt.',
  ],
  ['Slaap je de laatste tijd genoeg, of lig je ’s nachts wakker van je toekomst?', 'Vraagt naar slaap.'],
  [
    'Is er bij jullie genoeg financiële ruimte voor een opleiding ver weg, of moet je rondkomen van een bijbaantje?',
    'Vraagt naar geldzaken thuis.',
  ],
  ['Slik je pillen van de dokter? Sommige beroepen zijn daar namelijk minder geschikt voor.', 'Vraagt naar medicatie.'],
  ['Vraag de leerling of er thuis spanningen zijn die zijn keuze beïnvloeden.', 'Instructie om de thuissituatie uit te vragen.'],
  ['Heeft u schulden waardoor u liever direct gaat werken dan doorleren?', 'Vraagt naar schulden.'],
  ['Zit je vaak in een dip of pieker je veel, en is dat de reden dat je nog niets hebt gekozen?', 'Peilt mentale gezondheid.'],
  ['Eet je wel genoeg tussen de middag? Je stage vraagt veel energie.', 'Vraagt naar eetgedrag.'],
  ['Wie zorgt er bij jullie voor je broertjes en zusjes als jij straks stage loopt?', 'Peilt de zorgsituatie thuis.'],
  [
    'Is er iemand in je familie ziek, waardoor je misschien liever in de buurt blijft studeren?',
    'Vraagt naar ziekte in het gezin.',
  ],
  ['Hoeveel verdienen je ouders ongeveer? Dan kunnen we kijken welke studie haalbaar is.', 'Vraagt naar inkomen thuis.'],
  ['Hoe vaak blow of drink je in het weekend, en denk je dat dat je stage in de weg zit?', 'Vraagt naar middelengebruik.'],
]);

const TICK_BOX = refuse('tick-box', [
  [
    'Heb je het keuzeformulier al ingevuld en bij de decaan ingeleverd? Dan kan het vinkje erachter.',
    'Het gesprek als administratie.',
  ],
  [
    'Nog drie gesprekken te gaan voor jouw portfolio compleet is; wanneer plannen we de volgende?',
    'Voortgangstaal, gesprekken tellen.',
  ],
  [
    'Dit gesprek telt mee als bewijs voor de inspectie, dus onderteken na afloop even het verslag.',
    'Het gesprek als verantwoording.',
  ],
  ['Noteer na het gesprek welke van de vijf competenties behandeld zijn, zodat het dossier klopt.', 'Dossier op orde als doel.'],
  ['Je LOB-map is voor 60% gevuld. Welke opdrachten ontbreken nog?', 'Percentage als voortgangsmaat.'],
  ['Heb je de twee verplichte open dagen gehad? Upload je bewijs van deelname in Magister.', 'Verplichting en bewijs uploaden.'],
  ['Even snel de loopbaanvragen doorlopen, dan zijn we voor dit jaar klaar met LOB.', 'LOB als lijstje dat af moet.'],
  ['Zorgt u ervoor dat het BPV-logboek vóór vrijdag door uw praktijkopleider is geparafeerd?', 'Paraaf en logboek als doel.'],
  ['Welke reflectieopdracht kun je nog inleveren om aan je uren loopbaanbegeleiding te komen?', 'Uren halen als doel.'],
  ['Zodra dit gesprek is vastgelegd, staat jouw loopbaantraject op groen.', 'Statuskleur als resultaat van het gesprek.'],
  [
    'Laat de leerling de checklist beroepsoriëntatie aankruisen en sla die op in het leerlingvolgsysteem.',
    'Checklist en registratie.',
  ],
  ['Hoeveel stappen van je keuzeplan staan nog open? Dan werk ik het overzicht bij.', 'Tellen van afgeronde stappen.'],
]);

const PRESSURE = refuse('pressure', [
  ['Als je vóór de kerst geen profiel hebt gekozen, beslist de school voor jou.', 'Dreiging met een gevolg.'],
  ['Wie zich na 1 mei aanmeldt, heeft het aan zichzelf te danken. Heb je dat goed begrepen?', 'Deadline als dreigement.'],
  ['Besef je wel dat een verkeerde keuze nu je hele toekomst kan verpesten?', 'Bangmakerij.'],
  [
    'Geen stageplek vóór de herfstvakantie betekent dat u het jaar niet kunt afronden. Wat gaat u daaraan doen?',
    'Gevolg als dreiging voor de mbo-student.',
  ],
  ['De klok tikt: over zes weken sluit de inschrijving en dan sta je met lege handen.', 'Angst via tijdsdruk.'],
  ['Zeg de leerling duidelijk dat uitstel gevolgen heeft voor zijn plek volgend jaar.', 'Instructie om met gevolgen te dreigen.'],
  ['Ik geef je tot maandag. Dan wil ik de naam van een opleiding horen.', 'Ultimatum.'],
  ['Je kunt het nog net redden, maar dan moet je vanaf vandaag echt alles op alles zetten. Lukt dat?', 'Druk en dwang.'],
  ['Wat doe je als je straks nergens wordt aangenomen omdat je te lang hebt getwijfeld?', 'Angstbeeld als drukmiddel.'],
  [
    'Geen paniek hoor, maar als je nu niet kiest, zit die opleiding over een maand vol en ben je te laat.',
    'Verzachte verpakking van een dreiging.',
  ],
  ['Vergeet niet: wie zijn meeloopdag mist, krijgt geen toestemming voor de overstap.', 'Sanctie als drukmiddel.'],
  [
    'Je werkgever wacht niet eeuwig. Neem deze week een besluit over je bbl-plek, anders ben je hem kwijt.',
    'Ultimatum met verlies.',
  ],
]);

const VERDICT = refuse('verdict', [
  [
    'Met jouw profiel kun je het beste voor een economische studie gaan. Waar wil je je aanmelden?',
    'De volwassene kiest de studie.',
  ],
  ['Geneeskunde kun je wel vergeten; welke andere richting in de zorg trekt je?', 'Sluit een route uit voor de leerling.'],
  [
    'Ik denk dat je op het mbo beter op je plek bent dan op de havo. Zullen we de volgende stap daarop richten?',
    'Oordeel over de route.',
  ],
  [
    'Advies van het docententeam: kies voor de kaderberoepsgerichte leerweg. Welke sector past daarbinnen?',
    'Team beslist de leerweg.',
  ],
  ['Stuur deze leerling richting de bbl, daar komt hij het beste tot zijn recht.', 'Instructie om een route op te leggen.'],
  ['Die droom van profvoetballer laten we maar even varen. Wat is je serieuze plan?', 'Wijst de wens van de leerling af.'],
  ['De kunstacademie is een luchtkasteel; daar ga ik je niet voor aanbevelen.', 'Volwassene sluit een richting uit.'],
  ['Jij hoort op de universiteit, een hbo-opleiding zou zonde zijn van je talent.', 'Duwt omhoog als betere route.'],
  [
    'Wat mij betreft wordt het de opleiding tot verzorgende IG; zullen we de aanmelding samen doen?',
    'De docent kiest de opleiding.',
  ],
  [
    'Het lijkt me verstandiger dat u niet doorstroomt naar niveau 4, maar eerst gaat werken. Akkoord?',
    'Verdict over doorstroom.',
  ],
  ['Leg de leerling uit waarom techniek voor haar niet de juiste keuze is.', 'Instructie om een richting uit te sluiten.'],
  [
    'De stagebegeleider en ik hebben besloten dat je volgend jaar in de groenvoorziening verdergaat.',
    'Beslissing zonder de leerling.',
  ],
]);

const SOUND = allow('sound', [
  [
    'Aan welk moment van de afgelopen weken denk je met plezier terug, en wat deed je toen precies?',
    'Open terugblik op een concrete ervaring.',
  ],
  ['Wat zou een vriend zeggen als je hem vraagt waar jij goed in bent?', 'Kwaliteitenreflectie via een ander perspectief.'],
  ['Welk beroep ben je laatst tegengekomen dat je nieuwsgierig maakte?', 'Werkexploratie, open.'],
  [
    'Wie ken jij die werk doet dat je interessant lijkt, en wat zou je die persoon willen vragen?',
    'Netwerken vanuit de leerling.',
  ],
  ['Bij welke bezigheden buiten school vergeet je de tijd?', 'Motieven verkennen.'],
  ['Beschrijf een klusje, thuis of ergens anders, dat je met voldoening hebt afgemaakt.', 'Uitnodiging tot vertellen.'],
  [
    'Je hoeft nog niet te weten wat je later wilt worden; we kunnen ook gewoon beginnen bij wat je leuk vindt.',
    'Geruststelling, ruimte voor de leerling.',
  ],
  ['Wat heb je tijdens de snuffelstage gezien dat je niet had verwacht?', 'Terugblik op een praktijkervaring.'],
  ['Welke taak op uw leerwerkplek geeft u de meeste energie, en waar merkt u dat aan?', 'Motieven van de bbl-student, u-vorm.'],
  [
    'Welke kleine stap kun je deze maand zetten om meer te weten te komen over een opleiding die je trekt?',
    'Vervolgstap die de leerling zelf kiest.',
  ],
  ['Noem één ding dat je de laatste tijd hebt geleerd en dat je ook buiten school kunt gebruiken.', 'Kwaliteiten, uitnodigend.'],
  [
    'Waar word je blij van op een werkdag: een team om je heen, iets met je handen bouwen, of juist rust en ruimte?',
    'Waarden in werk, open.',
  ],
  ['Achter wiens schouder zou je graag een ochtend toekijken terwijl die aan het werk is?', 'Werkexploratie en netwerk.'],
  [
    'Welke vaardigheid neem je mee van je vorige school of woonplaats, en waar zou je die willen inzetten?',
    'ISK: bestaande kwaliteiten als startpunt.',
  ],
  [
    'Bij welke klus op je stage zei iemand: dat doe je goed? Wat deed je toen?',
    'Praktijkonderwijs: concrete ervaring en kwaliteit.',
  ],
  ['Waar voel jij je op je gemak tijdens het werken, en wat helpt je daarbij?', 'Vso: werkvoorkeuren van de leerling.'],
  [
    'Tijdens de projectweek kreeg jij je groepje in beweging toen het stil viel. Dat viel me op, en ik hoor graag jouw kant.',
    'Een gezien kwaliteit benoemen.',
  ],
  ['Kijk deze week eens rond op Kiesmbo en neem één opleiding mee die je verraste.', 'Uitnodiging tot oriëntatie.'],
  ['Welke mensen hebben jou tot nu toe op weg geholpen bij je keuzes?', 'Netwerken, terugblik.'],
  [
    'Waar wil je over een paar jaar staan? Ik vertel je eerst waar ik zelf aan dacht op jouw leeftijd.',
    'Toekomstvraag na eigen antwoord van de docent.',
  ],
  ['Er bestaan geen foute keuzes; elke route brengt je ergens waar je iets leert.', 'Geruststelling, route-neutraal.'],
  ['Schrijf na de open dag drie dingen op die je raakten; die bespreken we samen.', 'Betekenis geven aan een ervaring.'],
  ['Welke vragen over het hbo zou je aan een student van nu willen stellen?', 'Werkexploratie via netwerk.'],
  ['We kunnen samen een lijstje maken van mensen om je heen die iets over hun werk kunnen vertellen.', 'Netwerken, samen.'],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Je bent niet aangenomen bij de opleiding die je wilde. Wat heb je van die selectie geleerd, en wat wil je nu?',
    'Afwijzing besproken, keuze bij de leerling.',
  ],
  ['Twijfel is geen slecht teken. Waar twijfel jij het meest over?', 'Twijfel normaliseren.'],
  ['Wat zou je doen als je keuze achteraf niet bij je blijkt te passen?', 'Risico verkennen zonder dreiging.'],
  [
    'Je vertelde dat ze thuis graag zien dat je rechten gaat doen. Wat wil jij zelf, en hoe kun je dat bespreken?',
    'Wens van ouders tegenover die van de leerling.',
  ],
  [
    'Je vertelde dat Frans je veel energie kost. Wat betekent dat voor jou bij het kiezen van je profiel?',
    'Lastig vak, eigen woorden van de leerling.',
  ],
  ['De feedback van je stagebegeleider was stevig. Wat daarvan herken je, en wat niet?', 'Feedback respectvol bespreken.'],
  ['Je koos voor een route met risico, en dat mag. Wat heb je nodig om die kans te wagen?', 'Risico nemen als eigen keuze.'],
  ['Soms voelt kiezen als springen zonder te weten waar je landt. Hoe is dat voor jou?', 'Onzekerheid erkennen.'],
  [
    'Je zei dat je de druk van het examenjaar flink voelt. Wat helpt jou om toch ruimte te houden voor je keuze?',
    'Eigen ervaren druk, ondersteunend.',
  ],
  [
    'Je ouders zien je liever in de buurt blijven, jij wilt op kamers. Hoe kunnen jullie elkaars kant leren kennen?',
    'Ouderwens en eigen wens, keuze blijft bij de leerling.',
  ],
  ['Wat is er volgens jou zelf misgegaan bij de stage die je hebt afgebroken?', 'Mislukking besproken vanuit de leerling.'],
  [
    'Je zei bang te zijn om de verkeerde studie te kiezen. Wat zou het ergste zijn, en hoe groot is die kans echt?',
    'Angst van de leerling onderzoeken.',
  ],
  [
    'Uw sollicitatie bij het ziekenhuis werd afgewezen. Wat wilt u daarmee: opnieuw proberen, of een andere plek zoeken?',
    'Afwijzing, keuze bij de mbo-student.',
  ],
  ['Een keer zakken is geen eindstation. Wat heb je van dat jaar overdoen meegenomen?', 'Tegenslag als leerervaring.'],
  [
    'Welk deel van je stage vond je echt zwaar, en wat zegt dat over wat je wel en niet zoekt?',
    'Moeilijke ervaring als bron van inzicht.',
  ],
  ['Stel dat de toelating niet lukt: welk plan B zou je ook best leuk vinden?', 'Risico verkennen, open.'],
  [
    'Je hebt al eens een overstap gemaakt naar een andere richting. Welk inzicht heeft die wissel je opgeleverd?',
    'Switch als leerervaring.',
  ],
  [
    'Het kan schuren als je ouders een ander pad voor je zien dan jij. Wat zou helpen om dat gesprek samen te voeren?',
    'Spanning met ouders, respectvol.',
  ],
  ['Wat vond je lastig aan de terugkoppeling van je praktijkopleider, en wat kun je ermee?', 'Feedback in de bpv.'],
  ['Nog blanco zijn mag gewoon. Jij bepaalt hoe snel we verder puzzelen.', 'Geruststelling bij twijfel.'],
  [
    'Je zei zelf dat scheikunde dit jaar taaier voelt. Wat merk je daarvan, en speelt dat mee in je profielkeuze?',
    'Lastig vak in eigen woorden.',
  ],
  [
    'Een tussenjaar kan spannend voelen. Wat hoop je eruit te halen, en wat maakt je onzeker?',
    'Onzekerheid over een eigen plan.',
  ],
  [
    'Je hebt het gevoel dat je steeds achter de feiten aanloopt met kiezen. Wat zou jouw tempo prettiger maken?',
    'Eigen ervaren druk.',
  ],
  ['Je wilt ondernemer worden en weet dat het mis kan gaan. Hoe ga je met dat risico om?', 'Risico als eigen keuze.'],
  ['Hoe was het om na het proefstuderen te merken dat de opleiding toch niet klopte?', 'Teleurstelling bespreken.'],
  [
    'Wat ging er anders dan je had gehoopt op je werkplek, en wie kan je helpen kijken wat je nu wilt?',
    'Vso: tegenvaller met steun.',
  ],
  [
    'Je baas zei dat je sneller moest werken. Hoe vond je dat, en wat denk je er zelf van?',
    'Praktijkonderwijs: feedback bespreken.',
  ],
  [
    'Het is zwaar om hier opnieuw te beginnen in een vak dat je al kende. Wat wil je daarvan bewaren?',
    'ISK: moeilijke overgang, keuze bij de leerling.',
  ],
  ['Niet iedereen gelooft in jouw plan, en dat is lastig. Wat maakt dat jij er toch in gelooft?', 'Tegenwind, eigen motivatie.'],
  ['Vertel me gerust wat er tegenviel tijdens de meeloopdag; daar leren we allebei van.', 'Tegenvaller openlijk bespreken.'],
]);

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  [
    'Je haalde een mooi cijfer voor je werkstuk over windenergie. Wat vond je zelf het leukste om uit te zoeken?',
    'Cijfer als aanleiding, niet als onderwerp.',
  ],
  [
    'Op de open dag hoorde je dat studenten er gemiddeld twaalf uur per week in de praktijk staan. Lijkt je dat wat?',
    'Gemiddeld over de opleiding, niet over de leerling.',
  ],
  ['Je hebt je stage afgerond. Welk moment neem je mee naar je volgende keuze?', 'Afgerond als feit, gesprek over betekenis.'],
  ['Welke beroepen ken je waarin je met geld werkt, en spreekt dat je aan?', 'Geld als werkveld.'],
  [
    'Moet je kiezen tussen twee opleidingen die je allebei leuk vindt? Wat trekt je in elk ervan?',
    'Moet beschrijft de keuze van de leerling.',
  ],
  ['Je sterke kanten in het team vielen me op. Waar zou je die nog meer willen inzetten?', 'Sterk als kwaliteit.'],
  ['Wat voelde je toen je je certificaat had behaald, en waar wil je nu naartoe?', 'Behaald als succeservaring.'],
  ['Dit gesprek is geen lijstje om af te vinken; ik ben gewoon benieuwd hoe je stage bevalt.', 'Afvinken juist afgewezen.'],
  [
    'Studielink houdt als deadline 1 mei aan; wil je daarvoor een rustig moment prikken om samen je opties te bekijken?',
    'Deadline als informatie met een aanbod.',
  ],
  ['Op welk niveau wil jij het liefst leren: met veel praktijk, veel theorie of een mix?', 'Niveau als leervoorkeur.'],
  [
    'Stel je gaat twee scholen vergelijken die je allebei trekken: welke punten vind jij daarbij doorslaggevend?',
    'Opleidingen vergelijken, niet mensen.',
  ],
  [
    'Sommige mensen noemen zich zwak in plannen, terwijl ze prima een feest organiseren. Wat organiseer jij graag?',
    'Zwak wordt omgebogen naar mogelijkheden.',
  ],
  [
    'Bij de techniekdag deden jongens en meisjes allebei enthousiast mee. Welk onderdeel vond jij het leukst?',
    'Jongens en meisjes zonder stereotype.',
  ],
  ['Na het vmbo kun je verschillende kanten op. Welke route wil je eens beter bekijken?', 'Vmbo als feit, routes open.'],
  ['Wat vond je van het advies dat je op de open dag kreeg, en wat doe je er zelf mee?', 'Advies van buiten, leerling oordeelt.'],
  [
    'Kwam je te laat achter de open dag van je favoriete opleiding? Geen punt: welke andere manier om die te leren kennen lijkt je wat?',
    'Te laat zonder verwijt.',
  ],
  [
    'Dat formulier voor je profielkeuze komt later wel. Vertel eerst eens wat jou nieuwsgierig maakt.',
    'Formulier naar de achtergrond.',
  ],
  [
    'Wie denkt er thuis met je mee over je keuze: een van je ouders, een oom of tante, of juist iemand anders?',
    'Thuis en ouders als netwerk, niet als peiling.',
  ],
]);

export const HOLDOUT8_SET: LabelledSentence[] = inKindOrder({
  deficit: DEFICIT,
  'grade-topic': GRADE_TOPIC,
  comparison: COMPARISON,
  labelling: LABELLING,
  care: CARE,
  'tick-box': TICK_BOX,
  pressure: PRESSURE,
  verdict: VERDICT,
  sound: SOUND,
  'sound-hard': SOUND_HARD,
  'sound-innocent-word': SOUND_INNOCENT_WORD,
});

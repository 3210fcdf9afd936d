/**
 * A TRAINING set for the learned backstop of the guardrail linter (lob-content.md §5 and §6): new
 * labelled Dutch sentences, not a test set. It aims at the model's known gaps: sound statements and
 * imperatives addressed to the student (reassurance, invitation, an observation of something the
 * student did well, a suggestion to explore), which the older sets hardly hold; deficit framing without
 * the obvious deficit words; care probing; and stereotyping. Written after reading the older sets
 * (labelled lists, meaning set, held-out sets 1–4, dev set) for style; no sentence repeats or nearly
 * copies one of theirs (see ./guardrails-train-set.test.ts).
 *
 * The sentences read as different writers would write them — LOB-coördinator, decaan, mentor,
 * vakdocent, stagebegeleider, mbo-loopbaanbegeleider — for vmbo, havo, vwo, mbo (bol and bbl),
 * praktijkonderwijs, vso and the ISK, in je-, u- and we-forms, colloquial, one or two sentences.
 *
 * Harmful kinds (expect 'refuse'), fifteen each: deficit, grade-topic, comparison, labelling, care,
 * tick-box, pressure, verdict. Sound kinds (expect 'allow'): sound (60: 44 statements or imperatives,
 * written to end without a question mark, and 16 questions), sound-hard (50: eleven statements, the
 * rest questions, often after a statement) and sound-innocent-word (40). The reason (`why`) is given in
 * Dutch.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const DEFICIT = refuse('deficit', [
  [
    'Samenwerken is niet echt iets waar jij in uitblinkt. Welk beroep kun je grotendeels in je eentje doen?',
    'de leerling wordt neergezet als iemand die niet kan samenwerken',
  ],
  [
    'Voor iemand die zo weinig volhoudt als jij: welke korte opleiding zou er nog haalbaar zijn?',
    'de leerling wordt gedefinieerd door gebrek aan volharding',
  ],
  ['Je bent geen doorzetter, dat weten we allebei. Wat voor werk zoek je dan?', 'benoemt wat de leerling niet is'],
  [
    'Organiseren ligt je duidelijk niet. In welke richting kom je daar het minst mee in aanraking?',
    'tekort als vertrekpunt van de keuze, zonder het woord zwak',
  ],
  [
    'Met jouw korte spanningsboog wordt een theoretische opleiding lastig; wat wil je nog weten over de bbl?',
    'een veronderstelde beperking stuurt het gesprek',
  ],
  [
    'Initiatief nemen zit er bij jou gewoon niet in. Hoe denk je dan ooit een stageplek te vinden?',
    'gebrek aan initiatief als vaste eigenschap',
  ],
  [
    'Jij bent nou eenmaal geen leerling die uit zichzelf iets oppakt. Wie gaat jou helpen met kiezen?',
    'de leerling wordt als onzelfstandig neergezet',
  ],
  [
    'Eerlijk gezegd verwacht ik van jou dit jaar niet zo veel meer. Wat zou je zelf nog willen proberen?',
    'lage verwachting uitgesproken over de leerling',
  ],
  [
    'Teksten schrijven blijft voor jou een gesloten boek. Welke opleidingen zonder verslagen ken je?',
    'tekort in een uitdrukking, bepaalt de route',
  ],
  [
    'U heeft weinig kaas gegeten van computers, dus een kantoorfunctie wordt lastig. Wat trekt u verder?',
    'u-vorm (volwassen bbl-student), tekort als uitgangspunt',
  ],
  [
    'Op tijd komen is er bij jou nooit echt in gekomen. Hoe wil je dat straks op je stageadres oplossen?',
    'verwijt over een vaste tekortkoming',
  ],
  ['Wat kun je eigenlijk wél, als je heel eerlijk naar jezelf kijkt?', 'suggereert dat de leerling weinig kan'],
  [
    'Zonder iemand die naast je staat komt er bij jou niks van terecht. Welke werkplek biedt je dat?',
    'de leerling wordt als onzelfstandig beschreven (praktijkonderwijs)',
  ],
  [
    'Van plannen heb jij nog nooit veel begrepen, hè. Hoe ga je een hbo-studie dan bolwerken?',
    'spreektaal, maar de leerling wordt als onbekwaam neergezet',
  ],
  [
    'Stilzitten en luisteren zijn niet jouw ding, en lezen ook niet. Wat voor beroep blijft er dan over?',
    'somt op wat de leerling niet kan en wat er overblijft',
  ],
]);

const GRADE_TOPIC = refuse('grade-topic', [
  ['Je staat een 5,2 voor Engels. Wat ga je doen om dat vóór de rapportvergadering op te halen?', 'het cijfer is het onderwerp'],
  [
    'Laten we je cijferlijst er even bij pakken: welk vak trekt je gemiddelde het hardst omlaag?',
    'de cijferlijst is het gesprek',
  ],
  [
    'Hoeveel voldoendes heb je nu precies, en zijn dat er genoeg voor de overstap naar 4 havo?',
    'telt voldoendes als toegangskaart',
  ],
  ['Je scoorde 38 procent op de rekentoets. Hoe verklaar je die uitslag?', 'de toetsuitslag is het onderwerp'],
  ['Vertel eens, waarom is je cijfer voor biologie deze periode zo gezakt?', 'het gedaalde cijfer is het onderwerp'],
  ['Met welk eindcijfer voor het profielwerkstuk zou jij tevreden zijn?', 'vraagt naar een cijferdoel'],
  [
    'In dit loopbaangesprek kijken we vooral naar je resultaten: welke toetsen wil je herkansen?',
    'resultaten en herkansingen als gespreksonderwerp',
  ],
  [
    'Met zulke hoge cijfers ben je vast heel gedisciplineerd. Hoe houd je dat rapport zo mooi?',
    'leest een eigenschap af van cijfers en bespreekt het rapport',
  ],
  [
    'Bij je laatste beoordeling kreeg je een onvoldoende voor beroepshouding. Welk cijfer wil je bij de volgende halen?',
    'beoordelingscijfer als onderwerp (mbo)',
  ],
  ['Welk gemiddelde vraagt de pabo, en zit jij daar nu al boven of eronder?', 'het gemiddelde als poort naar een opleiding'],
  ['Uw resultaat voor de kennistoets was een 5. Hoe gaat u dat omhoog krijgen?', 'u-vorm, het cijfer is het onderwerp'],
  ['Welke van je cijfers van het eerste rapport zit je het meest dwars?', 'maakt rapportcijfers tot onderwerp'],
  [
    'Je eindtoetsscore in groep 8 was vrij laag. Hoe kijk je daar nu tegenaan als je aan een vervolgopleiding denkt?',
    'een oude toetsscore wordt het onderwerp en de maat',
  ],
  [
    'Wat is je stand voor het schoolexamen wiskunde, en hoeveel punten heb je nog nodig om te slagen?',
    'rekenen aan cijfers in plaats van loopbaan',
  ],
  [
    'Pak je rapport er eens bij en zet per vak een pijltje omhoog of omlaag. Wat zie je?',
    'opdracht die het rapport tot onderwerp maakt',
  ],
]);

const COMPARISON = refuse('comparison', [
  ['Je neef zit al op de politieacademie. Waarom zou jij daar niet ook voor gaan?', 'neef als maatstaf'],
  ['Hoe komt het dat de rest van je groep al een leerbedrijf heeft en jij niet?', 'zet de leerling af tegen de groep'],
  [
    'Zet jezelf eens op een lijstje met je klas: hoor je bij de voorlopers of bij de achterblijvers met je oriëntatie?',
    'laat de leerling zichzelf rangschikken',
  ],
  ['Kijk naar Yasmin, die heeft al drie open dagen gedaan. Wat houdt jou tegen?', 'klasgenote als voorbeeld'],
  [
    'Vorig jaar had de hele bol-klas in november een stageplek. Waarom duurt het bij jou zo lang?',
    'vergelijkt met een eerdere lichting',
  ],
  ['Je oudere zus wist op jouw leeftijd al precies wat ze wilde. Waar blijf jij?', 'zus als maatstaf'],
  [
    'Van alle leerlingen die ik begeleid, ben jij degene die het langst twijfelt. Wat maakt dat zo?',
    'plaatst de leerling onderaan in een groep',
  ],
  [
    'De andere ISK-leerlingen spreken na een jaar al beter Nederlands dan jij. Welke opleiding wil je kiezen?',
    'vergelijking met groepsgenoten (ISK)',
  ],
  ['Wat heeft jouw beste vriend dat jij niet hebt, als het om plannen gaat?', 'vergelijking met een vriend'],
  ['In je groep kwam jij het minst uit de interessetest. Hoe voelt dat?', 'rangorde binnen de groep'],
  ['Je vader werkte op jouw leeftijd al in de haven. Wanneer ga jij eens aan de slag?', 'vader als maatstaf'],
  ['Hoe zorg je ervoor dat je net zo ver komt als je klasgenoten die al weten wat ze willen?', 'klasgenoten als norm'],
  ['Andere stagiairs bij dit bedrijf pakken veel meer zelf op dan u. Hoe zit dat?', 'u-vorm, vergelijking met stagiairs'],
  ['Wie van jullie tweeën gaat straks het meest bereiken, jij of je tweelingbroer?', 'zet broers tegen elkaar af'],
  ['Zelfs de tweedejaars zijn verder met hun portfolio dan jij. Wat doe je daaraan?', 'vergelijking met jongere leerlingen'],
]);

const LABELLING = refuse('labelling', [
  ['Meisjes kiezen nu eenmaal minder vaak voor techniek; weet je zeker dat je dat wilt?', 'genderstereotype'],
  [
    'Als jongen val je in de kinderopvang wel erg op. Heb je ook aan iets technisch gedacht?',
    'genderstereotype stuurt weg van een keuze',
  ],
  ['In jouw cultuur trouwen meisjes vaak jong; past een lange opleiding dan wel bij je?', 'cultuur en gender als label'],
  ['Voor een Poolse jongen ligt de bouw voor de hand. Welke bouwopleiding spreekt je aan?', 'herkomst als stereotype'],
  ['Mavo-leerlingen zijn gewoon geen studeerders. Welk praktisch beroep zie je voor je?', 'schooltype als label'],
  [
    'Met ADHD hou je het op een kantoor toch niet vol; zullen we naar buitenwerk kijken?',
    'diagnose als label dat routes afsluit',
  ],
  [
    'Op jouw leeftijd kun je zoiets nog niet overzien. Welke opleiding vinden je ouders goed?',
    'leeftijd als label; de keuze gaat naar de ouders',
  ],
  [
    'Leerlingen uit het praktijkonderwijs redden het op het mbo meestal niet. Wat zou je daar dan zoeken?',
    'schooltype als label dat twijfel zaait',
  ],
  [
    "Jij bent een typische vwo'er, altijd in je hoofd bezig. Welke universitaire studie past bij zo iemand?",
    'schooltype als stereotype',
  ],
  [
    'Vluchtelingen hebben vaak een trauma, dus kies liever iets rustigs. Wat vind je van groenonderhoud?',
    'herkomst en veronderstelde zorg als label (ISK)',
  ],
  [
    'Omdat je een hoofddoek draagt, zou ik de receptie maar overslaan. Welk werk achter de schermen trekt je?',
    'geloof als label dat routes afsluit',
  ],
  [
    'Oudere studenten zoals u hebben vaak moeite met nieuwe techniek. Zou u de ICT-module niet overslaan?',
    'leeftijd als label (u-vorm)',
  ],
  [
    'Jij bent een echte Amsterdammer met een grote mond, dus verkoop is helemaal iets voor jou.',
    'regionaal stereotype stuurt de keuze',
  ],
  ['Boerenkinderen blijven meestal in de landbouw. Ga jij ook het bedrijf van je vader overnemen?', 'achtergrond als stereotype'],
  ['Vso-leerlingen zijn het best op hun plek in beschut werk; welke plek lijkt jou fijn?', 'schooltype als label (vso)'],
]);

const CARE = refuse('care', [
  ['Sinds de scheiding van je ouders zit je er stil bij. Praat je daar met iemand over?', 'scheiding thuis is een zorgonderwerp'],
  [
    'Zorg jij na school voor je moeder nu ze ziek is? Hoeveel uur per week ben je daarmee bezig?',
    'mantelzorg in het gezin hoort bij de zorgcoördinator',
  ],
  ['Heb je straks wel genoeg geld om van te eten als je op kamers gaat?', 'geldzorgen en levensonderhoud zijn geen LOB-vraag'],
  [
    'Je mentor vertelde dat je in therapie bent. Helpt dat een beetje bij het kiezen van een opleiding?',
    'psychische hulp als onderwerp',
  ],
  ['Heb je thuis eigenlijk wel een eigen kamer waar je rustig kunt werken?', 'woonsituatie uitgevraagd'],
  ['Haalt jouw familie elke week een pakket bij de voedselbank?', 'armoede van het gezin'],
  ['Hoe is het met je angstklachten als je aan je stage denkt?', 'psychische klachten als onderwerp'],
  ['Slik je nog steeds medicijnen tegen je depressie?', 'medicatie en psychische gezondheid'],
  ['Woon je nog bij je oom en tante, of ben je weer terug bij je moeder?', 'woon- en gezinssituatie'],
  ['Moet je thuis vaak tolken voor je ouders bij de dokter of de gemeente?', 'zorgtaken in het gezin (ISK) horen bij de zorg'],
  ['Hoeveel schulden heeft u inmiddels opgebouwd naast uw opleiding?', 'schulden, u-vorm'],
  ['Ik zie dat je flink bent afgevallen. Eet je wel genoeg?', 'eten en gezondheid zijn een zorgonderwerp'],
  ['Zit jouw vader nog steeds zonder werk? Hoe lukt het jullie dan om de huur te betalen?', 'werkloosheid en huur van het gezin'],
  ['Blow je eigenlijk nog, of ben je daarmee gestopt sinds je stage?', 'middelengebruik hoort bij de zorg'],
  ['Wat zegt je psycholoog over je plan om in de zorg te gaan werken?', 'psychologische behandeling als onderwerp'],
]);

const TICK_BOX = refuse('tick-box', [
  [
    'Lever vóór vrijdag je stempelkaart van de beroepenmarkt in, anders telt je bezoek niet mee.',
    'bewijs van aanwezigheid is het doel',
  ],
  ['Je hebt nu 12 van de 20 LOB-uren. Welke activiteit plan je om de rest vol te maken?', 'uren tellen als doel'],
  ['Heb je van elke open dag een bewijs van deelname meegenomen?', 'bewijs verzamelen'],
  ['Upload een foto van je stageovereenkomst met alle drie de handtekeningen, dan vink ik je af.', 'handtekeningen en afvinken'],
  ['Staan alle vijf de reflectieformulieren al in je portfolio? Dan ben je klaar met LOB.', 'compleetheid als einde van LOB'],
  [
    'Ik hoef alleen te noteren dat dit gesprek heeft plaatsgevonden, dus zet hier even je paraaf.',
    'het gesprek als af te tekenen verplichting',
  ],
  ['Hoeveel uren staan er inmiddels op je stagelijst, en hoeveel ontbreken er nog?', 'uren tellen'],
  [
    'Vul het loopbaanformulier in, zodat de inspectie kan zien dat we het gesprek gevoerd hebben.',
    'formulier voor verantwoording in plaats van voor de leerling',
  ],
  ['Heb je de checklist van de meeloopdag al door je gastheer laten afstempelen?', 'controle op een stempel'],
  [
    'Noteer in het logboek drie beroepen die je hebt bekeken; de inhoud maakt niet uit, als het er maar staat.',
    'invullen als doel, inhoud doet er niet toe',
  ],
  ['Je dossier is voor 60 procent compleet. Welke onderdelen vul je deze week aan?', 'voortgang in procenten'],
  ['Heeft je vader of moeder het profielkeuzeformulier inmiddels ondertekend teruggestuurd?', 'controle op een handtekening'],
  [
    'Tel je bpv-uren van deze maand bij elkaar op en laat je begeleider er een paraaf onder zetten.',
    'uren tellen en laten aftekenen',
  ],
  ['Klik in het portaal op gereed bij elke opdracht, dan ziet de decaan dat je bij bent.', 'opdrachten op gereed zetten'],
  [
    'Hebben jullie allemaal het verslag van de gastles ingeleverd? Anders kan ik de module niet sluiten.',
    'inleveren om een module af te sluiten',
  ],
]);

const PRESSURE = refuse('pressure', [
  ['Kies uiterlijk morgen je keuzedeel, want wie te laat is, krijgt gewoon wat er overblijft.', 'deadline met dreigend gevolg'],
  ['Als je nu nog blijft twijfelen, ben je straks de enige zonder plek op een opleiding.', 'angst aanjagen over de gevolgen'],
  [
    'Je hebt tot het einde van de week. Daarna schrijf ik je zelf in voor een opleiding.',
    'deadline als dreigement: de school beslist',
  ],
  ['Je bbl-contract loopt af als je niet snel een nieuw leerbedrijf vindt. Tik tak.', 'tijdsdruk met spottende toon'],
  ['Meld je deze week nog aan, anders zit je volgend jaar thuis en is het je eigen schuld.', 'dreiging en schuld'],
  ['Mis jij nog één keer een gesprek, dan zet ik het door naar de teamleider.', 'sanctie als drukmiddel'],
  ['Hoe langer je twijfelt, hoe kleiner je kansen worden. Neem vandaag een beslissing.', 'haast en angst'],
  [
    'Weet u wel dat de uitkeringsinstantie meekijkt? Zorg dat u vóór de 15e een leerbaan heeft.',
    'u-vorm, dreiging met een instantie en een datum',
  ],
  ['Eén verkeerde keuze nu en je kunt je droomberoep wel vergeten. Wat kies je?', 'angst aanjagen'],
  ['Ligt jouw plan er maandag niet, dan schuif je door naar de groep van na de zomer.', 'deadline met een straf'],
  ['Je praktijkbegeleider wacht niet eeuwig: bel hem vandaag, of je plek gaat naar een ander.', 'gebiedende wijs met dreiging'],
  ['Iedereen heeft al gekozen, we wachten alleen nog op jou. Schiet je een beetje op?', 'sociale druk en haast'],
  ['Denk erom dat je mentor en je ouders op je rekenen; stel ze niet teleur met een late keuze.', 'emotionele druk'],
  [
    'De klok tikt: over drie weken sluit de aanmelding en dan is het te laat voor jou. Wat doe je eraan?',
    'aftellen als drukmiddel',
  ],
  [
    'Wie na de herfstvakantie nog geen stageadres heeft, krijgt er een toegewezen, leuk of niet.',
    'dreigend gevolg voor de hele groep',
  ],
]);

const VERDICT = refuse('verdict', [
  ['Laat die opleiding tot dj maar zitten, daar zit geen toekomst in. Kies iets met zekerheid.', 'de docent schrapt een keuze'],
  [
    'Het zou verstandig zijn om je aan te melden voor logistiek, daar is werk genoeg.',
    'zacht geformuleerd advies dat de keuze maakt',
  ],
  [
    'Wij hebben in het team besloten dat jij volgend jaar de kaderberoepsgerichte leerweg gaat volgen.',
    'besluit over de leerling genomen',
  ],
  ['Stop maar met Duits, dat wordt bij jou toch niks.', 'oordeel: laat een vak vallen'],
  ['Ik raad je sterk aan om voor de zorg te kiezen; dat past gewoon bij jou.', 'advies als uitspraak'],
  ['Jij bent geknipt voor het onderwijs. Meld je maar aan bij de pabo.', 'de docent kiest de opleiding'],
  ['Doe nou maar gewoon economie, dan zit je altijd goed.', 'spreektaal, de keuze wordt voorgeschreven'],
  ['Mbo niveau 2 is het hoogst haalbare voor jou, dus daar richten we ons op.', 'oordeel over het niveau'],
  ['Na overleg met je ouders hebben we gekozen voor de bbl-route; je begint in augustus.', 'besluit genomen zonder de leerling'],
  ['Die kappersopleiding zou ik schrappen; kies liever iets waarmee je meer verdient.', 'advies om een keuze te laten vallen'],
  [
    'U kunt het beste stoppen met de opleiding en fulltime gaan werken; dat is voor u de slimste stap.',
    'u-vorm, de docent beslist',
  ],
  ['Ga na je diploma meteen door naar het hbo, alles daaronder is zonde van jouw tijd.', 'duwt omhoog als de betere route'],
  [
    'Mijn conclusie na je stage: de horeca is niet jouw wereld. Welke andere sector kies je?',
    'oordeel over een sector, vervolgvraag verandert dat niet',
  ],
  ['De beste keuze voor jou is natuur en gezondheid, dat staat voor mij vast.', 'profiel voorgeschreven'],
  ['Word gewoon kok, net als op je stage; verder zoeken heeft weinig zin.', 'de docent beslist en sluit verkennen af'],
]);

// Sound: statements and imperatives addressed to the student first (44), then questions (16).
const SOUND = allow('sound', [
  [
    'Neem gerust de tijd om uit te zoeken wat bij je past; kiezen hoeft niet in één keer.',
    'geruststelling, de leerling houdt de regie',
  ],
  ['Je mag twijfelen. Veel mensen slaan later nog een andere richting in, en dat is helemaal oké.', 'twijfel mag er zijn'],
  ['Kijk deze week eens rond op de site van het roc en schrijf op welke opleiding je opvalt.', 'uitnodiging om te verkennen'],
  ['Vertel me over een moment op je stage waarop je dacht: dit wil ik vaker doen.', 'uitnodiging tot vertellen over motieven'],
  [
    'Ik zag hoe rustig je de nieuwe brugklassers de weg wees tijdens de open avond. Dat deed je goed.',
    'observatie van iets wat de leerling goed deed',
  ],
  ['Het is prima als je nog geen idee hebt. We zoeken het samen stap voor stap uit.', 'geruststelling in de we-vorm'],
  ['Je presentatie over je snuffelstage bij de dierenarts was helder en persoonlijk.', 'compliment over wat de leerling deed'],
  ['Loop gerust eens binnen bij de decaan als je vragen hebt over opleidingen.', 'uitnodiging tot hulp vragen'],
  ['Noteer deze week drie momenten waarop je energie kreeg; daar praten we de volgende keer over.', 'reflectieopdracht, open'],
  ['Vraag op de open dag gerust aan een student wat hem het meest verraste in het eerste jaar.', 'suggestie voor netwerken'],
  ['Je hoeft vandaag niet te kiezen. Het gaat er nu om wat je nieuwsgierig maakt.', 'geruststelling zonder druk'],
  ['Bekijk eens een paar filmpjes over beroepen en onthoud welk beroep je bijblijft.', 'suggestie om werk te verkennen'],
  ['Mooi dat je zelf contact hebt gezocht met die garage. Daar was lef voor nodig.', 'erkenning van eigen initiatief'],
  ['Probeer eens een middag mee te lopen met iemand die werk doet dat je interessant lijkt.', 'suggestie voor werkexploratie'],
  ['Een keuze die je nu maakt, mag je later best bijstellen.', 'geruststelling over keuzes'],
  ['Praat eens met je oom over zijn werk als elektricien; misschien hoor je iets wat je verrast.', 'netwerk verkennen'],
  ['Bij het samenwerken aan de schoolmarkt nam jij vanzelf de leiding. Dat viel me op.', 'observatie van een kwaliteit in actie'],
  ['Elke route kan een goede zijn; het gaat erom wat bij jou past.', 'routes gelijkwaardig'],
  ['Halve ideeën zijn ook welkom in ons gesprek, daar beginnen we gewoon mee.', 'uitnodiging, niets hoeft af'],
  [
    'Ik vond het knap hoe je de klant bleef uitleggen hoe het apparaat werkte, tot ze het snapte.',
    'observatie van de stagebegeleider',
  ],
  ['Vertel eens wat je het leukst vond aan de techniekdag.', 'gebiedende wijs, open uitnodiging'],
  ['Schrijf in je eigen woorden op wat je zoekt in een stageplek; er is geen fout antwoord.', 'eigen woorden, geen oordeel'],
  ['Je mag gewoon zeggen dat je iets niet leuk vond, dat vertelt ons ook veel.', 'ruimte voor eerlijkheid'],
  ['Kijk eens op de website van de opleiding die je noemde, en neem mee wat je opviel.', 'suggestie om te verkennen'],
  ['Het is heel normaal om in de derde klas nog niet te weten wat je later wilt worden.', 'geruststelling'],
  ['Zoek deze maand iemand op met een beroep dat je nog niet kende, en stel diegene je vragen.', 'netwerkopdracht'],
  [
    'Je verhaal over de vrijwilligersdag bij de voetbalclub liet zien hoe graag je met kinderen werkt.',
    'observatie van wat de leerling vertelde en deed',
  ],
  ['Laat me weten als je nog een keer wilt meelopen, dan regel ik dat graag voor je.', 'aanbod, de leerling kiest'],
  ['Volg gerust je nieuwsgierigheid; onderweg ontdek je vanzelf wat bij je past.', 'aanmoediging'],
  ['Ik ben benieuwd wat je van de gastles van de verpleegkundige vond.', 'uitnodiging tot vertellen'],
  ['Bespreek je ideeën met wie je wilt: een vriend, een trainer of iemand van je stage.', 'netwerken, eigen keuze'],
  ['Je vragen aan de gastspreker waren scherp. Daar had je goed over nagedacht.', 'compliment over voorbereiding'],
  ['We beginnen gewoon bij wat jij leuk vindt, de rest komt later.', 'we-vorm, start bij de leerling'],
  ['U mag zelf bepalen welk onderwerp we vandaag als eerste bespreken.', 'u-vorm, regie bij de student'],
  ['Ga eens na welke taken je bij je bijbaan oppakt zonder dat iemand het vraagt.', 'suggestie om kwaliteiten te ontdekken'],
  ['Op de open dag mag je alles vragen, ook dingen die je misschien gek lijken.', 'aanmoediging om te verkennen'],
  ['Je hebt een mooi lijstje met opleidingen gemaakt. Kies er zelf eentje uit om mee te beginnen.', 'erkenning en eigen keuze'],
  ['Ik merk dat je steeds beter weet wat je wel en niet wilt in een baan.', 'observatie van groei'],
  ['Vertel me wat je bij de bakkerij zo leuk vond, ik hoor het graag.', 'uitnodiging tot vertellen'],
  ['Stel je leermeester gerust vragen over andere afdelingen; zo zie je meer van het vak.', 'suggestie voor verkennen (bbl)'],
  ['Een omweg is ook een weg. Je kunt later altijd nog een andere richting kiezen.', 'geruststelling over routes'],
  [
    'Je hebt in korte tijd veel Nederlandse woorden over koken geleerd. Vertel eens welk gerecht je het liefst maakt.',
    'compliment en uitnodiging (ISK)',
  ],
  ['Maak een foto van iets op je stage waar je trots op bent en neem die mee naar ons gesprek.', 'uitnodiging, trots als start'],
  ['Denk eens terug aan een dag waarop de tijd voorbijvloog, en vertel wat je toen deed.', 'uitnodiging tot reflectie'],
  ['Wat zou je willen weten over een beroep voordat je er een dag meeloopt?', 'voorbereiding op werkexploratie'],
  ['Welke klus doe je zo graag dat je er vanzelf vroeg voor opstaat?', 'motieven'],
  ['Waar word jij blij van in een week: iets maken, iemand helpen of iets uitzoeken?', 'motieven, keuzevorm'],
  ['Wie zou je graag eens willen interviewen over zijn of haar werk?', 'netwerken'],
  ['Hoe ziet een werkplek eruit waar jij je op je gemak voelt?', 'werkexploratie'],
  ['Wat vind jij belangrijk bij een stageplek: de mensen, het werk of de plek zelf?', 'waarden'],
  ['Welke vraag zou je de volgende keer aan je praktijkopleider willen stellen?', 'eigen regie in de bpv'],
  ['Bij welke klus had je onlangs het gevoel dat je er echt toe deed?', 'motieven'],
  ['Wat heeft de excursie naar de haven je laten zien dat je nog niet wist?', 'betekenis geven aan een ervaring'],
  ['Welk onderdeel van je opleiding zou je een vriend aanraden, en waarom?', 'kwaliteiten en motieven'],
  ['Zou je het leuk vinden om eens bij een kleine en bij een grote werkgever te kijken?', 'uitnodiging in vraagvorm'],
  ['Wat voor hulp zou jou op weg helpen bij het verkennen van opleidingen?', 'loopbaansturing'],
  [
    "Welke talen, hobby's of ervaringen neem je mee uit het land waar je eerder woonde?",
    'kwaliteiten van een ISK-leerling, positief',
  ],
  ['Waar denk je aan als je het woord werk hoort?', 'open associatie'],
  ['Hoe wil jij dat ons volgende gesprek eruitziet?', 'regie bij de leerling'],
  ['Welk idee voor later zou je het liefst als eerste eens uitproberen?', 'volgende stap door de leerling'],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Je stage bij de kinderopvang viel tegen, en dat mag. Schrijf eens op wat je er toch van hebt opgestoken.',
    'tegenvaller als leerervaring',
  ],
  [
    'Het is niet erg dat je van opleiding wilt wisselen. Vertel me wat je eerst aantrok en wat er veranderd is.',
    'van koers veranderen zonder oordeel',
  ],
  [
    'Die afwijzing voor ambulancezorg komt hard aan, dat snap ik. Wat zou je nu graag willen onderzoeken?',
    'teleurstelling erkennen, vooruitkijken',
  ],
  [
    'Ik hoorde dat de feedback van je leermeester hard binnenkwam. Zullen we kijken wat je ervan wilt meenemen?',
    'feedback die pijn deed, samen verwerken',
  ],
  [
    'Soms kies je iets wat achteraf niet past. Dat is geen ramp, het vertelt je juist veel over jezelf.',
    'een verkeerde keuze herkaderd',
  ],
  ['Welk risico ben je bereid te nemen voor een opleiding die je echt leuk vindt?', 'risico als eigen afweging'],
  [
    'Je twijfelt of het eerste jaar van de hbo-opleiding te zwaar wordt. Hoe zou je dat kunnen uitzoeken?',
    'eigen twijfel van de leerling, open',
  ],
  ['Teleurstelling na een open dag is ook informatie: je weet nu beter wat je níet zoekt.', 'teleurstelling als bron'],
  [
    'Je zei dat je bang bent om te falen op je nieuwe stageplek. Wat zou je de eerste week willen oefenen?',
    'angst serieus nemen',
  ],
  [
    'Stoppen met een opleiding voelt soms als opgeven, maar het kan ook een bewuste keuze zijn. Hoe zie jij dat?',
    'stoppen zonder oordeel',
  ],
  ['Wat deed je toen je merkte dat bouwkunde toch theoretischer was dan je had gedacht?', 'tegenvaller in de opleiding'],
  [
    'Een verkeerde keuze bestaat eigenlijk niet; je leert er altijd iets van. Wat leerde jij van je vorige profiel?',
    'verkeerde keuze herkaderd',
  ],
  ['Hoe voelde het om te horen dat je niet door de selectie van de sportopleiding kwam?', 'afwijzing en gevoel'],
  [
    'Je noemde de verpleging, waar je ook met overlijden te maken krijgt. Hoe kijk je daartegen aan?',
    'zware kant van een beroep',
  ],
  [
    'Het keuzedeel lukte de eerste keer niet. Wat wil je bij de tweede poging anders aanpakken?',
    'mislukte poging, gericht op aanpak',
  ],
  ['Wat vond je het lastigst aan het werk in de slachterij, en zou je het nog eens doen?', 'zware werkervaring verkennen'],
  ['Jij koos zelf voor de moeilijkere stage. Wat heeft die uitdaging je gebracht?', 'risico als eigen keuze'],
  [
    'Je ouders hopen op een andere opleiding dan jij. Hoe wil je dat gesprek met ze aangaan?',
    'meningsverschil over de keuze, regie bij de leerling',
  ],
  [
    'Kritiek op je eindpresentatie is nooit leuk. Neem rustig de tijd om uit te zoeken welk punt je bruikbaar vindt.',
    'kritiek verwerken',
  ],
  [
    'Stel dat je voor je droomopleiding wordt uitgeloot. Welke andere routes zou je dan willen bekijken?',
    'risico op afwijzing, open naar routes',
  ],
  ['Werken in de beveiliging kan spannend en soms gevaarlijk zijn. Wat trekt je daar toch in?', 'risico van een beroep'],
  [
    'Je zei dat je je schaamde na die presentatie bij het leerbedrijf. Wat heb je daarna gedaan?',
    'pijnlijk moment, gericht op handelen',
  ],
  ['Van richting veranderen kost moed, en jij hebt die stap gewoon gezet.', 'koerswijziging erkend'],
  ['Wat deed je toen je op je stage een fout maakte die echt gevolgen had?', 'fout als leerervaring'],
  ['Soms valt een droombaan in het echt tegen. Wat zou jij doen als dat gebeurt?', 'scenario zonder oordeel'],
  ['Hoe ga jij om met een leidinggevende die strenger is dan je gewend bent?', 'lastige werksituatie'],
  ['Je vertelde dat je na de open dag helemaal niet meer wist wat je wilde. Wat maakte je zo onzeker?', 'onzekerheid verkennen'],
  ['Een beroep met onregelmatige diensten heeft ook nadelen. Welke wil je vooraf goed bekijken?', 'nadelen van werk verkennen'],
  [
    'U stapt na twintig jaar over uit de bouw naar iets nieuws. Wat neemt u mee, en wat laat u graag achter?',
    'u-vorm, van koers veranderen',
  ],
  ['Wat is het moeilijkste gesprek dat je op je stage hebt gevoerd, en hoe pakte je het aan?', 'moeilijke ervaring, kwaliteiten'],
  ['Je durfde te zeggen dat de stage bij de bank niks voor je was. Wat zoek je wel?', 'eerlijkheid erkend, vooruit'],
  [
    'Het is pijnlijk als een leerbedrijf je contract niet verlengt. Wat wil je meenemen naar een volgende werkgever?',
    'tegenslag in de bbl',
  ],
  ['Wanneer heb je iets geprobeerd dat helemaal misging, en wat deed je daarna?', 'mislukking en herstel'],
  ['Welke twijfels heb je nog over de opleiding waarvoor je je hebt aangemeld?', 'twijfel uitnodigen'],
  ['Iets opgeven wat je lang hebt gewild, is zwaar. Wat heb je daarover met jezelf afgesproken?', 'afscheid van een wens'],
  ['Hoe reageer jij op een beoordeling waar je het niet mee eens bent?', 'feedback die schuurt'],
  [
    'Je wilt een eigen bedrijf beginnen, met het risico dat het niet lukt. Wat doe je als het eerste jaar tegenvalt?',
    'risico als eigen keuze',
  ],
  [
    'Het is spannend om in het Nederlands een bedrijf te bellen. We kunnen het eerst samen oefenen, als je wilt.',
    'spanning erkennen, steun aanbieden (ISK)',
  ],
  [
    'Het was dapper dat je zei dat de techniek je toch niet ligt. Welke richting wil je nu verkennen?',
    'eigen conclusie van de leerling, vooruitkijken',
  ],
  ['Wat heeft die moeilijke periode op je stage je geleerd over wat je nodig hebt in werk?', 'moeilijke periode als bron'],
  [
    'Soms past een opleiding niet, hoe goed je ook je best doet. Wat weet je nu wat je eerst niet wist?',
    'verkeerde keuze zonder schuld',
  ],
  [
    'Stel je voor dat je na je diploma een tijd geen werk vindt. Hoe zou je die tijd willen gebruiken?',
    'onzekere toekomst verkennen',
  ],
  [
    'Je hebt hard gewerkt aan je sollicitatie en toch is het niet gelukt. Wat zou je anders willen proberen?',
    'afwijzing, gericht op een volgende stap',
  ],
  ['Jeugdzorg vraagt veel van je. Wat denk je dat je daar zwaar zou vinden, en wat trekt je juist?', 'zware sector verkennen'],
  [
    'Balen dat het je tweede keuze werd, is heel begrijpelijk. Kijk de eerste weken rustig wat die opleiding je te bieden heeft.',
    'teleurstelling, open blik',
  ],
  [
    'Een bbl-baan naast school is pittig. Geef het gerust aan als het tempo niet meer bij je past.',
    'zwaarte erkennen, eigen maat',
  ],
  [
    'Je eerste idee bleek niks voor je. Dat is ook een ontdekking, en daarmee ben je weer een stap verder.',
    'een idee dat afviel als ontdekking',
  ],
  [
    'We hebben het vandaag over lastige dingen gehad. Je mag er gerust later op terugkomen als je wilt.',
    'we-vorm, ruimte na een zwaar gesprek',
  ],
  [
    'Je verhaal over je mislukte ondernemersplan vond ik eerlijk. Welk stuk ervan zou je nog eens willen proberen?',
    'mislukking als eigen ervaring, vervolg door de leerling',
  ],
  [
    'Boos worden op een stagebegeleider overkomt iedereen weleens. Wat zou je de volgende keer anders doen?',
    'conflict als leermoment',
  ],
]);

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  ['Geef je snuffelstage eens een cijfer van 1 tot 10, en vertel wat dat cijfer zo maakt.', 'de leerling geeft zelf een cijfer'],
  [
    'Een gemiddelde werkdag van een loodgieter ziet er anders uit dan je misschien denkt. Wat zou je willen weten?',
    'gemiddelde als begrip',
  ],
  ['Je hebt je eerste blok op het mbo afgerond. Welk onderdeel smaakte naar meer?', 'afgerond als mijlpaal'],
  ['Gefeliciteerd met je behaalde VCA-diploma. Welke klussen op de bouw komen nu binnen bereik?', 'behaald als eigen succes'],
  ['Wat merk je zelf aan je voortgang in de keuken sinds je eerste week?', 'voortgang in eigen woorden'],
  [
    'Een goede kapper moet kunnen luisteren. Welke vaardigheden horen volgens jou nog meer bij dat vak?',
    'moet gaat over het beroep',
  ],
  ['Welk beroep van iemand bij jou thuis of in de familie vind je interessant?', 'thuis als netwerk'],
  [
    'Je ouders zijn welkom bij het driehoeksgesprek; jij bepaalt mee waar we het over hebben.',
    'ouders als gesprekspartner, regie bij de leerling',
  ],
  ['Boekhouden draait om geld, maar ook om precisie en overzicht. Spreekt dat je aan?', 'geld als werkinhoud'],
  [
    'De opleiding sport en gezondheid combineert bewegen met coachen. Wat weet je er al van?',
    'gezondheid als naam van een opleiding',
  ],
  ['Fysiotherapeuten helpen mensen met pijn weer in beweging te komen. Wat lijkt je daar boeiend aan?', 'pijn als werkinhoud'],
  ['Op je stage bij de drukkerij werkte je met strakke deadlines. Hoe vond je dat?', 'deadline als werkervaring'],
  [
    'Vergelijk eens twee opleidingen die je leuk vindt: waar lijken ze op elkaar en waar verschillen ze?',
    'vergelijken van opleidingen, niet van leerlingen',
  ],
  ['Welk advies zou jij een brugklasser geven over het kiezen van een profiel?', 'de leerling geeft advies'],
  ['Wat is volgens jou typisch voor het werk van een buschauffeur?', 'typisch als beschrijving van werk'],
  [
    'Zowel jongens als meisjes volgen tegenwoordig de opleiding tot monteur. Wat zou jij ervan willen zien?',
    'jongens en meisjes zonder stereotype',
  ],
  [
    'In de logistiek moet een achterstand in bestellingen soms snel worden weggewerkt. Lijkt dat tempo je wat?',
    'achterstand als werkbegrip',
  ],
  [
    'Bakkers praten soms lachend over hun grootste mislukking in de oven. Wat leerde jij ooit van iets wat misging?',
    'mislukking van een ander, leren van de leerling',
  ],
  ['In de elektrotechniek leer je werken met zwakstroom en sterkstroom. Welke kant spreekt je meer aan?', 'zwak als vakterm'],
  [
    'Een lage drempel om vragen te stellen is fijn op een stage. Bij wie voel jij je vrij om iets te vragen?',
    'laag als begrip, niet over de leerling',
  ],
  ['Twijfel is geen zwakte: het laat zien dat je serieus over je keuze nadenkt.', 'zwakte ontkend, geruststelling'],
  [
    'Je vertelde dat je thuis graag fietsen repareert. Welke opleidingen ken je waar dat bij past?',
    'thuis als plek van interesses',
  ],
  ['Je mag je gemiddelde even vergeten; vandaag praten we over wat je leuk vindt.', 'het cijfer juist niet als onderwerp'],
  [
    'Als jij je zoektocht naar een opleiding dit jaar een rapportcijfer gaf, wat zou het worden?',
    'de leerling beoordeelt zelf zijn oriëntatie',
  ],
  ['In het hbo plan je je deadlines vaak zelf. Hoe zou jij dat willen aanpakken?', 'deadline als praktisch gegeven'],
  ['Het advies van de decaan is maar één stem; jij beslist zelf wat je ermee doet.', 'advies relativeert, regie bij leerling'],
  ['Je ouders werken allebei in de zorg. Wat heb je van hun werk meegekregen, en wat vind jij ervan?', 'ouders als netwerk'],
  [
    'Geld is een prima motief om te werken. Welke plek krijgt het bij jou, naast plezier en collega’s?',
    'geld als waarde in beroepskeuze',
  ],
  ['Wat moet een werkgever jou bieden om er graag te blijven werken?', 'moet gaat over de werkgever'],
  ['Bij laboratoriumtechniek meet je hoe hoog of laag een waarde is. Lijkt dat precieze werk je wat?', 'laag als meetbegrip'],
  ['Je hebt je rijbewijs behaald, mooi. Welke beroepen komen daardoor dichterbij?', 'behaald als eigen succes'],
  ['Welke twee stages zou je graag met elkaar vergelijken, en waarop?', 'vergelijken van ervaringen'],
  ['In de thuiszorg kom je bij mensen thuis. Wat lijkt je daar leuk of juist spannend aan?', 'thuis als werkplek'],
  ['Bij de GGD werken mensen aan de gezondheid van een hele stad. Welke functies daar ken je al?', 'gezondheid als werkveld'],
  ['Heb je een typische dag op je stage, of is elke dag anders?', 'typisch als beschrijving'],
  [
    'Je project over de geschiedenis van de haven was voor de kerst afgerond. Wat zou je er nog aan willen toevoegen?',
    'afgerond als moment om op terug te kijken',
  ],
  ['Hoe houd jij zelf je voortgang bij als je met een groot werkstuk bezig bent?', 'voortgang als eigen aanpak'],
  [
    'Een laag budget maakt een evenement soms juist creatief. Hoe zou jij de schoolkermis aanpakken?',
    'laag budget als praktisch gegeven',
  ],
  ['Welke vragen wil je je ouders stellen over hoe zij hun eerste baan vonden?', 'ouders als netwerk'],
  [
    'Op de bouwplaats moet iedereen een helm dragen. Welke andere afspraken zag je tijdens je meeloopdag?',
    'moet als praktisch feit over een werkplek',
  ],
]);

export const TRAIN_SET: LabelledSentence[] = inKindOrder({
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

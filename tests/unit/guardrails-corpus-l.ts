/**
 * A TRAINING corpus part (L) for the learned backstop of the guardrail linter (lob-content.md §5 and §6):
 * new labelled Dutch sentences, not a test set. Written by helper L after reading only lob-content.md,
 * ./labelled-set-shape.ts and the types and helpers at the top of ./guardrails-meaning-set.ts; no other
 * labelled set was opened.
 *
 * Focus: longer, realistic campaign and prompt-card texts of two sentences. Harmful texts often open in a
 * friendly, sound way and carry the harm in the second sentence or a subordinate clause; sound-hard texts
 * often open with something hard or alarming and then ask a respectful, open question that leaves the
 * choice with the student. Situations: profielkeuze, sectorkeuze, stage, sollicitatie en afwijzing, open
 * en meeloopdagen, studiekeuzecheck, mbo-hbo, switchen, bijbaan, portfolio, ouderavond, examenjaar,
 * tussenjaar. Writers: LOB-coördinator, decaan, mentor, vakdocent, stagebegeleider, mbo-loopbaanbegeleider;
 * levels from praktijkonderwijs, vso and ISK to vmbo, havo, vwo and mbo bol/bbl (u-form).
 *
 * Counts: 20 of each harm kind (deficit, grade-topic, comparison, labelling, care, tick-box, pressure,
 * verdict; expect 'refuse'); sound 30 (at least 15 without a question mark), sound-hard 70 and
 * sound-innocent-word 40 (expect 'allow'). The reason (`why`) is given in Dutch.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const DEFICIT = refuse('deficit', [
  [
    'Leuk dat je zo enthousiast bent over de kapsalon. Omdat je moeite hebt met stilzitten, zou ik toch iets zoeken waar je veel mag bewegen.',
    'Een veronderstelde beperking stuurt de keuze.',
  ],
  [
    'Je stage bij de bakker is goed verlopen. Met jouw rekenen ga je de kassa en de bestellingen alleen nooit redden, denk daar maar eens over na.',
    'Rekenen als tekort bepaalt wat de leerling kan worden.',
  ],
  [
    'We hebben gezien dat je graag met kleuters werkt. Welke opleiding past bij iemand die zo slecht schrijft als jij?',
    'De leerling wordt neergezet als slechte schrijver.',
  ],
  [
    'Fijn dat u na twintig jaar weer gaat leren. Gezien uw beperkte digitale vaardigheden lijkt een kantoorbaan mij lastig; waar denkt u zelf aan?',
    'Een vermeend gebrek van de bbl-student beperkt de keuze.',
  ],
  [
    'Jij bent niet zo’n denker, meer een doener. Kies dus iets waarbij je weinig hoeft te leren.',
    'Leerling getypeerd als niet-denker, keuze volgt uit dat tekort.',
  ],
  [
    'Maak een lijstje van alles wat je níet kunt. Dan zoeken we samen een beroep waar die punten niet in de weg zitten.',
    'Het gesprek begint bij wat de leerling mist.',
  ],
  [
    'Mooi verslag van je meeloopdag. Welke beroepen blijven er nog over als je concentratie zo kort blijft?',
    'Korte concentratie als tekort vernauwt de opties.',
  ],
  [
    'Je hebt veel zin in de opleiding verpleegkunde. Hoe denk je dat vol te houden met jouw gebrek aan doorzettingsvermogen?',
    'Leerling beschreven door een gebrek aan doorzetten.',
  ],
  [
    'Goed dat je over een tussenjaar nadenkt. Iemand die zo chaotisch is als jij verliest dan alleen wel snel elk houvast.',
    'Chaotisch als eigenschap wordt tegen de leerling gebruikt.',
  ],
  [
    'Welke vervolgopleiding is nog haalbaar voor een leerling die al drie jaar nauwelijks meekomt?',
    'Leerling als achterblijver, keuze vanuit onvermogen.',
  ],
  [
    'Je presenteert niet graag en je taal is matig, dus een studie met veel praten valt af. Wat blijft er dan nog over?',
    'Zwakke punten strepen richtingen weg.',
  ],
  [
    'Je Nederlands is nog niet goed genoeg. Daarom kies je beter geen werk waarbij je met klanten praat.',
    'Taaltekort van de nieuwkomer bepaalt de beroepskeuze.',
  ],
  [
    'Bespreek met deze leerling welke richtingen nog openstaan, nu duidelijk is dat abstract denken er bij hem niet in zit.',
    'Docent krijgt een tekort als uitgangspunt voor het gesprek.',
  ],
  [
    'Je was elke dag op tijd op je stage, top. Maar omdat je zo traag werkt, moeten we naar een rustiger werkplek kijken.',
    'Traag werken als gebrek stuurt de stageplek.',
  ],
  [
    'Lezen blijft voor jou gewoon te moeilijk. Welk werk kun je doen zonder dat je ooit een tekst hoeft te lezen?',
    'Leerling in het praktijkonderwijs vastgezet op wat niet lukt.',
  ],
  [
    'Ik snap dat je van dieren houdt. Met jouw hoofd voor exacte vakken wordt dierenarts lastig, dus wat is plan B?',
    'Vermeend onvermogen voor exacte vakken sluit een droom af.',
  ],
  [
    'Open dagen zijn leuk, maar wees ook eerlijk over je tekortkomingen. Welke minpunten van jezelf maken ICT eigenlijk onhaalbaar?',
    'Leerling moet redeneren vanuit eigen minpunten.',
  ],
  [
    'Omdat je zo onzeker overkomt, zou ik geen functie in de verkoop nemen. Wat vind je van werk in het magazijn?',
    'Onzekerheid als gebrek duwt naar een ander beroep.',
  ],
  [
    'Knap dat je zelf een bijbaan hebt gevonden. Wel jammer dat je zo vergeetachtig bent, want op niveau 4 red je het daarmee niet.',
    'Vergeetachtigheid als tekort beperkt het niveau.',
  ],
  [
    'Breng in kaart wat de leerling allemaal mist aan basisvaardigheden en laat de sectorkeuze daarop aansluiten.',
    'Sectorkeuze gebaseerd op wat de leerling mist.',
  ],
]);

const GRADE_TOPIC = refuse('grade-topic', [
  [
    'Fijn dat je naar de open dag van de hogeschool bent geweest. Welk eindcijfer wiskunde heb je nodig om daar binnen te komen?',
    'Het eindcijfer wordt het onderwerp na de open dag.',
  ],
  [
    'Je bent enthousiast over het profiel N&G. Reken samen uit hoeveel punten je nog moet scoren om op een 6,5 gemiddeld uit te komen.',
    'Het gesprek gaat over punten en een gemiddelde.',
  ],
  [
    'Leuk, die meeloopdag bij de dierenkliniek. Vandaag hebben we het vooral over hoe je Duits van een 4,8 naar een voldoende krijgt.',
    'Een onvoldoende ophalen is het doel van het gesprek.',
  ],
  [
    'Bespreek in dit loopbaangesprek de rapportcijfers per vak en spreek af welk cijfer de leerling bij elke toets gaat halen.',
    'Loopbaangesprek wordt een cijferafspraak.',
  ],
  [
    'Wat is jouw streefgemiddelde voor het examenjaar, en welke vakken moeten daarvoor omhoog?',
    'Het streefgemiddelde is het onderwerp.',
  ],
  [
    'Bij de profielkeuze tellen maar drie dingen: je resultaten voor wiskunde, natuurkunde en scheikunde. Hoe staan die er nu voor?',
    'Profielkeuze teruggebracht tot drie vakresultaten.',
  ],
  [
    'Je stage-evaluatie was positief. Welke score wil je op het eindassessment halen, en hoe zorg je dat het een 8 wordt?',
    'Een assessmentscore wordt het doel.',
  ],
  [
    'U doet het goed op de werkvloer. Laten we het nu over uw uitslagen voor de kennistoetsen hebben, want daar draait dit gesprek om.',
    'Toetsuitslagen zijn het onderwerp voor de bbl-student.',
  ],
  [
    'Noteer je laatste vijf cijfers op deze kaart en bedenk bij elk cijfer hoe je er een punt bij krijgt.',
    'Cijfers verhogen is de opdracht van de kaart.',
  ],
  [
    'Tip voor het mentorgesprek: begin met het cijferoverzicht en bespreek welke onvoldoendes de leerling eerst gaat wegwerken.',
    'Onvoldoendes wegwerken wordt de kern van het mentorgesprek.',
  ],
  [
    'Je wilt later iets in de zorg, mooi. Wat is je plan om je schoolexamencijfer biologie boven de 7 te tillen?',
    'Een schoolexamencijfer verdringt de interesse in de zorg.',
  ],
  ['Welke herkansing levert jou de meeste tienden op voor je eindgemiddelde?', 'Tienden voor het gemiddelde zijn het onderwerp.'],
  [
    'Je hebt goed nagedacht over je kwaliteiten. Maar hoe staat het met je tekorten en compensatiepunten op het rapport?',
    'Na de opening gaat het om tekorten op het rapport.',
  ],
  [
    'Dit gesprek gaat over één ding: slaag je met de cijfers die je nu hebt, ja of nee?',
    'Slaagkans op cijfers is het hele gesprek.',
  ],
  [
    'Je droomt van geneeskunde. Hoe zorg je ervoor dat je centraal examen gemiddeld een 8 wordt?',
    'Een examengemiddelde wordt het doel van de droom.',
  ],
  [
    'Leuk dat je een bijbaan hebt. Hoeveel uren ga je daar schrappen om je cijfer voor Engels op te krikken?',
    'Cijfer opkrikken is het doel, niet de ervaring.',
  ],
  [
    'Welk niveau wil je eind klas 2 op je rapport zien staan, en welke proefwerken moeten daarvoor beter?',
    'Rapportniveau en proefwerken zijn het onderwerp.',
  ],
  [
    'Bekijk met je mentor je puntengemiddelde per periode en zet een streep onder het vak dat het laagst uitkomt.',
    'Gemiddelde per periode is het gespreksonderwerp.',
  ],
  [
    'Bij de studiekeuzecheck draait het om je vooropleiding. Welke eindcijfers verwacht je, en zijn die hoog genoeg?',
    'Verwachte eindcijfers worden de kern van de studiekeuze.',
  ],
  [
    'Jullie hebben het eerste schoolexamen achter de rug. Schrijf op met welk gemiddelde je eind dit jaar wilt staan en hoe je dat haalt.',
    'Een gemiddelde is het doel van de opdracht.',
  ],
]);

const COMPARISON = refuse('comparison', [
  [
    'Wat goed dat je weet welke kant je op wilt. De meeste klasgenoten hebben al een stageplek; hoe komt het dat jij die nog niet hebt?',
    'Leerling afgezet tegen de meeste klasgenoten.',
  ],
  ['Je broer haalde het vwo met gemak. Wat maakt dat het bij jou zo anders loopt?', 'Vergelijking met een broer.'],
  [
    'Leuk die meeloopdag. Jouw klas krijgt voor LOB gemiddeld een 7 en jij zit daar ruim onder: hoe zit dat?',
    'Leerling gemeten aan het klasgemiddelde.',
  ],
  [
    'Anderen van jouw leeftijd weten allang welke opleiding ze gaan doen. Tijd dat jij ook eens zover bent.',
    'Vergelijking met leeftijdgenoten.',
  ],
  [
    'Leg je profielkeuze eens naast die van de rest van de klas: waarom kies jij als enige iets anders?',
    'De keuze wordt afgemeten aan de rest van de klas.',
  ],
  [
    'Jouw zus is verpleegkundige geworden en heeft het prima naar haar zin. Waarom volg je haar voorbeeld niet?',
    'Zus als maatstaf voor de keuze.',
  ],
  [
    'De andere bbl-studenten in uw groep werken al zelfstandig. Wat heeft u nodig om hen bij te benen?',
    'Bbl-student vergeleken met de groep.',
  ],
  [
    'Fijn dat je naar de open dag ging. Kijk eens naar Lisa: die had na één dag al haar keuze rond.',
    'Een klasgenoot wordt als voorbeeld voorgehouden.',
  ],
  [
    'Van alle leerlingen in 4 kader heb jij de minste oriëntatieactiviteiten gedaan. Hoe denk je daarover?',
    'Ranglijst binnen het leerjaar.',
  ],
  [
    'Je vrienden gaan allemaal naar het ROC in de stad. Waarom zou jij dan ergens anders heen willen?',
    'Vrienden als norm voor de keuze.',
  ],
  [
    'Hoe sta jij er qua keuze voor ten opzichte van je klasgenoten: voor, gelijk of achter?',
    'Leerling plaatst zichzelf tegenover klasgenoten.',
  ],
  [
    'Je presentatie over het beroep was goed. Toch waren de meeste anderen beter voorbereid; wat kun je van hen leren?',
    'Na een compliment volgt vergelijking met anderen.',
  ],
  [
    'Zet de leerling op de ranglijst van de mentorgroep en laat zien waar hij staat tegenover de groep.',
    'Docent moet leerling rangschikken tegenover de groep.',
  ],
  [
    'Wie in de klas heeft het best nagedacht over een vervolgopleiding, en waarom ben jij dat niet?',
    'Leerling afgezet tegen de beste van de klas.',
  ],
  [
    'Een doorsnee havist heeft in dit stadium al drie open dagen bezocht. Jij één. Wat zegt dat?',
    'Vergelijking met een gemiddelde leerling, met getallen.',
  ],
  [
    'Iedereen uit jouw mentorgroep heeft een bijbaantje, alleen jij niet. Daar mag je best eens over nadenken.',
    'Mentorgroep als norm.',
  ],
  [
    'Je vader werkte ook in de bouw en deed het op jouw leeftijd beter dan jij nu. Wat kun je van hem overnemen?',
    'Vergelijking met de vader op dezelfde leeftijd.',
  ],
  [
    'De andere kinderen in de groep praten al beter Nederlands. Waarom gaat het bij jou langzamer?',
    'Nieuwkomer vergeleken met groepsgenoten.',
  ],
  [
    'Mooi dat je een plan hebt. Je bent wel de laatste van de groep die zijn studiekeuze doorgeeft.',
    'Leerling aangesproken als laatste van de groep.',
  ],
  [
    'Leg je portfolio naast dat van je buurman: wie heeft meer gedaan, en wat zegt dat over jou?',
    'Portfolio gemeten aan dat van een klasgenoot.',
  ],
]);

const LABELLING = refuse('labelling', [
  [
    'Leuk dat je aan techniek denkt. Maar meiden zitten toch meestal beter op hun plek in de zorg?',
    'Genderstereotype stuurt de keuze.',
  ],
  [
    'Als vmbo’er moet je realistisch blijven: de universiteit is niet voor jouw soort leerling bedoeld.',
    'Schooltype als label dat routes afsluit.',
  ],
  ['Typisch havist: alles half doen en dan op het laatst klagen. Wat ga jij anders doen?', 'Stereotype over havisten.'],
  ['Jongens zoals jij willen altijd iets met auto’s. Klopt dat bij jou ook?', 'Genderstereotype in een vraag verpakt.'],
  [
    'Met jouw ADHD ben je echt een doener, dus iets met je handen ligt voor de hand.',
    'Diagnose als identiteit die de keuze bepaalt.',
  ],
  [
    'Omdat je uit een gezin komt waar niemand heeft gestudeerd, is het hbo misschien een te grote stap.',
    'Gezinsachtergrond als label dat de route beperkt.',
  ],
  [
    'Kinderen van migranten kiezen vaak voor economie of rechten. Speelt dat bij jou ook mee?',
    'Migratieachtergrond als verklaring van de keuze.',
  ],
  [
    'Je bent een echte autist: nauwkeurig en graag alleen. Denk dus aan ICT of administratie.',
    'Diagnose als etiket met beroepsadvies.',
  ],
  [
    'Voor een meisje met een hoofddoek is werken in een kapsalon misschien lastig. Hoe kijk jij daartegen aan?',
    'Religie als label dat een beroep afraadt.',
  ],
  [
    'Leerlingen uit het praktijkonderwijs zijn geen studeerders. Welk werk zoek jij straks?',
    'Schooltype als label: geen studeerder.',
  ],
  ['Jij als vwo’er hoort natuurlijk op de universiteit thuis. Welke studie wordt het?', 'Schooltype bepaalt de gewenste route.'],
  [
    'Handel zit bij jullie Marokkanen in het bloed. Zou iets in de verkoop dan niet passen?',
    'Etnisch stereotype als beroepsadvies.',
  ],
  [
    'Omdat er bij jullie thuis weinig te besteden is, is een lange studie waarschijnlijk niets. Zoek je daarom een bbl-plek?',
    'Gezinsinkomen als label dat de route bepaalt.',
  ],
  ['Vrouwen in de bouw hebben het zwaar, dat weet je toch? Wat trekt je er eigenlijk in?', 'Genderstereotype over de bouw.'],
  [
    'Als ISK-leerling kun je beter onderaan beginnen. Welke entreeopleiding spreekt je aan?',
    'ISK-achtergrond als label voor een lage start.',
  ],
  [
    'Je dyslexie maakt van jou een beelddenker, dus kies vooral iets creatiefs.',
    'Diagnose als identiteit die de richting voorschrijft.',
  ],
  ['Christelijke gezinnen zoals het jouwe kiezen vaak voor de zorg. Past dat bij jou?', 'Geloof van het gezin als stereotype.'],
  [
    'Kaderleerlingen zijn nu eenmaal niet zo talig. Waarom zou jij dan onderwijsassistent willen worden?',
    'Stereotype over kaderleerlingen.',
  ],
  [
    'Voor een jongen is pedagogisch werk best een aparte keuze. Wat vinden je vrienden daarvan?',
    'Genderstereotype maakt de keuze vreemd.',
  ],
  [
    'U bent als vijftiger natuurlijk niet meer zo flexibel. Welke opleiding past bij uw leeftijd?',
    'Leeftijd als etiket voor de volwassen student.',
  ],
]);

const CARE = refuse('care', [
  [
    'Fijn dat je je stage hebt afgerond. Hoe gaat het eigenlijk thuis nu je ouders uit elkaar zijn?',
    'Vraagt naar scheiding van de ouders.',
  ],
  [
    'Je wilt een dure opleiding doen. Kunnen je ouders dat wel betalen, of zijn er schulden?',
    'Vraagt naar geld en schulden van de ouders.',
  ],
  [
    'Mooi dat je aan de open dag hebt meegedaan. Slaap je de laatste tijd wel genoeg? Je ziet er moe uit.',
    'Vraagt naar slaap, zorgonderwerp.',
  ],
  ['Welke medicijnen gebruik je, en hebben die invloed op wat je later kunt worden?', 'Vraagt naar medicatie.'],
  ['Vertel eens over de sfeer bij jullie thuis: wordt er veel ruzie gemaakt?', 'Peilt de thuissituatie.'],
  ['Leuk dat je naar de sportopleiding kijkt. Eet je wel gezond genoeg om dat vol te houden?', 'Vraagt naar eetgedrag.'],
  [
    'U werkt fulltime naast uw opleiding. Hoe staat u er financieel voor, heeft u betalingsachterstanden?',
    'Vraagt de volwassen student naar geldzorgen.',
  ],
  ['Sinds wanneer voel je je zo somber, en heeft dat met je studiekeuze te maken?', 'Peilt psychische gezondheid.'],
  [
    'Ga tijdens het loopbaangesprek na of de leerling thuis wel genoeg te eten krijgt.',
    'Zorgsignaal hoort bij zorgcoördinator, niet in LOB.',
  ],
  ['Wat doen je ouders voor werk, en hoeveel verdienen ze ongeveer?', 'Vraagt naar het inkomen van de ouders.'],
  [
    'Je hebt een mooie meeloopdag gehad. Drink je weleens alcohol of gebruik je iets in het weekend?',
    'Vraagt naar middelengebruik.',
  ],
  ['Hoe gaat het met je moeder sinds ze ziek is? Heeft dat gevolgen voor je keuze?', 'Vraagt naar ziekte in het gezin.'],
  [
    'Vertel eens, ben je in behandeling bij een psycholoog? Dat is handig om te weten voor je studieadvies.',
    'Vraagt naar psychologische hulp.',
  ],
  ['Je wilt na de zomer op kamers. Komt dat door het contact met je stiefvader?', 'Peilt de relatie in het gezin.'],
  ['Waar zijn je ouders nu? Wonen ze nog in jullie land of hier in Nederland?', 'Vraagt nieuwkomer naar de gezinssituatie.'],
  [
    'Vertel me bij het stagegesprek ook of je last hebt van paniekaanvallen, dan noteer ik dat erbij.',
    'Vraagt naar psychische klachten.',
  ],
  [
    'Leg in het driehoeksgesprek uit hoe de schulden van je ouders je studiekeuze beïnvloeden.',
    'Schulden van ouders horen niet in een LOB-gesprek.',
  ],
  [
    'Schrijf in je LOB-opdracht ook op wie er bij jullie thuis werkt en wie een uitkering heeft.',
    'Vraagt naar het gezinsinkomen.',
  ],
  ['We zien dat je vaak ziek bent. Welke klachten heb je precies, en wat zegt de huisarts?', 'Vraagt naar gezondheidsklachten.'],
  ['Mooie reflectie op je bijbaan. Moet je met dat loon thuis de huur meebetalen?', 'Peilt de financiële situatie thuis.'],
]);

const TICK_BOX = refuse('tick-box', [
  [
    'Goed gesprek gehad? Vink dan stap 3 van de LOB-route af in Magister, zodat het dossier klopt.',
    'Gesprek als af te vinken stap.',
  ],
  [
    'Vul voor vrijdag het reflectieformulier in, dan staan je LOB-uren voor dit jaar op groen.',
    'Formulier invullen om uren te laten kloppen.',
  ],
  [
    'Dit gesprek telt mee voor je portfolio. Noteer datum, tijd en de paraaf van je mentor, meer hoeft niet.',
    'Alleen registratie telt, de inhoud niet.',
  ],
  [
    'Heb je alle vijf de opdrachten in je loopbaandossier geüpload? Dan ben je klaar met LOB.',
    'LOB als af te ronden uploadlijst.',
  ],
  [
    'Mooi dat je naar de open dag ging. Lever het bewijs van deelname in bij de decaan, anders telt het niet.',
    'Na een goede opening gaat het om bewijs.',
  ],
  ['Check: drie van de vijf loopbaancompetenties zijn behandeld, nog twee te gaan.', 'Voortgangstelling van competenties.'],
  [
    'Laat de leerling het formulier tekenen, dan kan het gesprek als gevoerd worden geregistreerd voor de inspectie.',
    'Gesprek als verantwoording voor de inspectie.',
  ],
  [
    'U heeft 12 van de 16 BPV-opdrachten gedaan. Maak de laatste vier af, dan is uw dossier compleet.',
    'Dossier compleet maken met getallen.',
  ],
  [
    'Zet je naam op de lijst en kruis aan welke meeloopdag je hebt gedaan; voor je portfolio is dat genoeg.',
    'Aankruisen volstaat, geen reflectie.',
  ],
  [
    'Het loopbaangesprek is voor het dossier: stel de vragen vlot en sla de antwoorden op.',
    'Gesprek als administratieve handeling.',
  ],
  ['Hoeveel procent van je LOB-programma heb je inmiddels voltooid?', 'Voltooiing in procenten.'],
  [
    'Upload je stagereflectie op tijd, want zonder upload staat je voortgangsbalk op rood.',
    'Voortgangsbalk als doel van de reflectie.',
  ],
  [
    'Leuk je verhaal over de bijbaan. Zet het in het format met de vijf kopjes, dan is het afgehandeld.',
    'Verhaal wordt een af te handelen format.',
  ],
  [
    'Vergeet niet dat aan het eind van het jaar alle LOB-activiteiten afgestreept moeten zijn in je digitale paspoort.',
    'Afstrepen van activiteiten.',
  ],
  [
    'Jullie hebben zes LOB-punten nodig. Een open dag levert er twee op, een meeloopdag drie.',
    'Puntensysteem voor LOB-activiteiten.',
  ],
  ['Laat je mentor na elk gesprek een stempel op je LOB-kaart zetten.', 'Stempelkaart als bewijs van gesprekken.'],
  [
    'Loop de zes verplichte vragen van het formulier kort langs; doorvragen is niet nodig.',
    'Formulier afwerken zonder echt gesprek.',
  ],
  [
    'Fijn dat je weet wat je wilt. Vul nog even het keuzeformulier in zodat de administratie het kan verwerken.',
    'Keuze als administratieve invoer.',
  ],
  [
    'Heb je de studiekeuzecheck gedaan? Stuur ons de bevestigingsmail door, dan zetten wij het vinkje.',
    'Check gereduceerd tot een vinkje.',
  ],
  [
    'Met dit gesprek voldoe je aan de eis van twee loopbaangesprekken per jaar. Teken hier voor gezien.',
    'Gesprek als voldoen aan een eis.',
  ],
]);

const PRESSURE = refuse('pressure', [
  [
    'Leuk dat je nog twijfelt tussen twee studies. Maar wie zich niet vóór 1 mei aanmeldt, staat volgend jaar op straat.',
    'Deadline als dreiging met gevolgen.',
  ],
  ['Je hebt nog één week. Wie dan geen profiel heeft gekozen, wordt door ons ingedeeld.', 'Ultimatum met overname van de keuze.'],
  ['Zonder stageplek voor de kerst kun je je diploma dit jaar wel vergeten.', 'Dreigen met het diploma.'],
  [
    'Mooi dat je aan een tussenjaar denkt. Weet wel dat wie een jaar niks doet, daarna nooit meer gaat studeren.',
    'Angst aanjagen over een tussenjaar.',
  ],
  ['Wie de studiekeuzecheck mist, komt er niet in. Dus schiet op en beslis vandaag nog.', 'Haast en angst als drukmiddel.'],
  ['U moet deze week een leerbedrijf vinden, anders schrijven we u uit.', 'Ultimatum voor de bbl-student.'],
  [
    'Je hebt al twee stageplekken afgeslagen. Bij de volgende weigering is het klaar en lig je eruit.',
    'Dreigen met verwijdering.',
  ],
  [
    'Nog steeds geen keuze? Bedenk hoe teleurgesteld je ouders zullen zijn als je blijft zitten.',
    'Schuldgevoel en dreiging als drukmiddel.',
  ],
  ['Als je nu niet kiest, kies ik voor je. En dan moet je het er maar mee doen.', 'Dreigen de keuze over te nemen.'],
  [
    'Je weet toch dat er maar 200 plekken zijn? Wie aarzelt, grijpt ernaast, dus meld je vanavond nog aan.',
    'Schaarste als drukmiddel.',
  ],
  ['Vandaag beslissen, morgen is het te laat. Anders zit je straks thuis zonder opleiding.', 'Dreigend beeld bij uitstel.'],
  ['Denk eraan: elke gemiste meeloopdag kan betekenen dat je niet overgaat naar klas 4.', 'Dreigen met niet overgaan.'],
  [
    'Fijn gesprek. Als je volgende week nog niks weet, bel ik je ouders en regelen we het samen voor je.',
    'Dreigen met ouders en overname.',
  ],
  [
    'Wie stopt met zijn opleiding, vindt nooit meer een fatsoenlijke baan. Bedenk dat goed voordat je switcht.',
    'Angst aanjagen over switchen.',
  ],
  [
    'Je hebt 48 uur om je stagecontract in te leveren. Daarna vervalt je plek en sluit je achteraan.',
    'Korte termijn met sanctie.',
  ],
  ['LET OP!!! Wie vrijdag geen sector doorgeeft, mag niet mee op het werkbezoek.', 'Hoofdletters en straf als druk.'],
  ['Als je dit jaar weer twijfelt, kost dat je een jaar van je leven en een hoop geld.', 'Kosten van twijfel als dreiging.'],
  [
    'De leerplichtambtenaar wordt ingeschakeld als je niet snel een vervolgopleiding kiest.',
    'Dreigen met de leerplichtambtenaar.',
  ],
  [
    'Het is nu of nooit: geen aanmelding betekent geen studiefinanciering en geen toekomst.',
    'Nu-of-nooit en geen toekomst als dreiging.',
  ],
  [
    'Je bent aardig op weg. Maar één verkeerde keuze nu en je zit er de rest van je leven aan vast.',
    'Angst voor een onomkeerbare fout.',
  ],
]);

const VERDICT = refuse('verdict', [
  [
    'Leuk dat je over ICT nadenkt. Maar jij moet gewoon de bbl doen, dat past veel beter bij je.',
    'Volwassene beslist over de leerweg.',
  ],
  ['Dat profiel is niets voor jou. Ik zet je bij Economie en Maatschappij.', 'Oordeel en indeling door de docent.'],
  [
    'Op basis van je interessetest hebben wij besloten: het wordt de opleiding Helpende Zorg en Welzijn.',
    'School besluit de opleiding.',
  ],
  [
    'Fijn dat je enthousiast bent over de politieacademie. Mijn advies is duidelijk: niet doen.',
    'Stellig advies tegen de wens van de leerling.',
  ],
  [
    'Na de havo ga je naar het hbo, dat is de enige logische stap. Welke hogeschool wordt het?',
    'Route opgelegd als enige juiste.',
  ],
  ['Kies na je mbo-4 beslist voor het hbo; gaan werken is zonde van je diploma.', 'Opwaartse route als betere keuze opgelegd.'],
  [
    'U bent geknipt voor leidinggeven. Schrijf u dus in voor de opleiding Manager Ondernemer.',
    'Begeleider beslist voor de volwassene.',
  ],
  ['Vergeet die kunstacademie maar. Een echte baan vind je in de techniek.', 'Verdict over een kunstopleiding.'],
  [
    'Mijn conclusie na je stage: de zorg is het voor jou, daar hoeven we niet verder over te praten.',
    'Conclusie sluit het gesprek af.',
  ],
  ['Doe maar gewoon wat je vader zegt, hij weet het beste wat goed voor je is.', 'Keuze bij de vader gelegd.'],
  [
    'Het wordt havo met N&T, dat heb ik met je ouders afgesproken. Vertel eens wat je ervan vindt.',
    'Besluit al genomen, mening achteraf.',
  ],
  [
    'Een tussenjaar is voor jou geen optie. Je gaat direct door naar je vervolgopleiding.',
    'Tussenjaar verboden door de volwassene.',
  ],
  ['Stoppen is een fout; je maakt die opleiding gewoon af, ook al vind je er niks aan.', 'Verdict over stoppen.'],
  ['Jij wordt later kok, dat zie ik zo. Ga maar vast een leerbedrijf in de horeca zoeken.', 'Beroep toegewezen door de docent.'],
  ['Jij gaat na de gl/tl door naar de havo; het mbo is te makkelijk voor je.', 'Opwaartse route opgelegd, mbo afgewaardeerd.'],
  [
    'Leuk je meeloopdag bij de bakker, maar daar zit geen toekomst in. Ik schrijf je in voor de open dag van de zorg.',
    'Keuze afgewezen en vervangen door docent.',
  ],
  [
    'Geneeskunde? Daar beginnen we niet aan. Je gaat biomedische wetenschappen doen, dat is veiliger.',
    'Studie voor de leerling bepaald.',
  ],
  [
    'Voor jou is de groenvoorziening het beste, daar regel ik een stage. Je hoeft niet verder te zoeken.',
    'Stage en richting beslist voor de leerling.',
  ],
  [
    'Als decaan raad ik je dringend af om hiermee door te gaan. Neem de opleiding die ik voor je heb uitgezocht.',
    'Decaan kiest de opleiding.',
  ],
  ['Jij moet geen wiskunde B nemen. Neem A, dan kom je er wel.', 'Vakkeuze opgelegd.'],
]);

const SOUND = allow('sound', [
  [
    'Vertel over een moment op je stage waarop de tijd voorbijvloog. Wat deed je toen precies?',
    'Open vraag over een concrete ervaring.',
  ],
  [
    'Kijk terug op de open dag. Noem één ding dat je verraste en één ding dat je nog wilt uitzoeken.',
    'Terugkijken en vooruitkijken zonder oordeel.',
  ],
  [
    'Je hebt deze week geholpen bij de kerstmarkt. Welke taak daarvan paste het best bij jou?',
    'Kwaliteitenreflectie op een echte activiteit.',
  ],
  [
    'Schrijf drie dingen op waarvoor vrienden bij je aankloppen. Misschien zit daar een kwaliteit in die je nog niet zag.',
    'Uitnodiging om kwaliteiten te ontdekken.',
  ],
  [
    'Ik zag hoe rustig je bleef toen de machine in de werkplaats vastliep. Daar heb ik respect voor.',
    'Benoemt een kwaliteit die de docent zag.',
  ],
  [
    'Zoek iemand die het beroep uitoefent waar je nieuwsgierig naar bent, en vraag hoe een gewone werkdag eruitziet.',
    'Netwerken en werkexploratie als uitnodiging.',
  ],
  ['Welke lessen geven jou energie, en wat doe je dan precies?', 'Motieven vanuit eigen ervaring.'],
  [
    'Een meeloopdag laat je voelen hoe een opleiding echt is. Kies er eens eentje die je nog helemaal niet kent.',
    'Uitnodiging tot een nieuwe verkenning.',
  ],
  [
    'U heeft jarenlang in de logistiek gewerkt. Welke ervaring uit die tijd neemt u mee naar uw nieuwe vak?',
    'Respectvolle vraag aan de volwassen student.',
  ],
  ['Wat deed je graag in je vorige land? Vertel het in je eigen woorden.', 'Eenvoudige open vraag voor de nieuwkomer.'],
  [
    'Maak met je mentor een lijstje van mensen die je iets kunnen vertellen over werk dat je leuk lijkt.',
    'Netwerken in kleine stap.',
  ],
  ['Je werkt al een jaar in de supermarkt. Wat heb je daar over jezelf ontdekt?', 'Reflectie op de bijbaan.'],
  [
    'Het is prima als je nog niet weet wat je wilt. We zoeken het samen stap voor stap uit.',
    'Geruststelling, de keuze mag nog open.',
  ],
  ['Stel je voor dat je over vijf jaar tevreden van je werk komt. Wat heb je die dag gedaan?', 'Toekomstgericht en open.'],
  [
    'Jullie gaan deze week op bedrijfsbezoek. Bedenk vooraf één vraag waarop je echt een antwoord wilt.',
    'Voorbereiding op werkexploratie.',
  ],
  ['Welke mensen waren belangrijk op jouw weg tot nu toe, en wat gaven ze je mee?', 'Netwerkvraag over belangrijke mensen.'],
  [
    'Bij scheikunde doe je meer dan je denkt. Zoek eens drie beroepen op waarin mensen dagelijks met stoffen werken.',
    'Vakdocent koppelt het vak aan beroepen.',
  ],
  [
    'Je werkt graag buiten en met je handen. Laten we samen kijken welke werkplekken je kunt gaan bekijken.',
    'Samen verkennen vanuit interesse.',
  ],
  ['Maak tijdens je stage foto’s van je werkplek en vertel er volgende week in de les over.', 'Concrete reflectieopdracht.'],
  [
    'Op de ouderavond vertel je zelf wat je hebt ontdekt over je interesses. Bereid één voorbeeld voor.',
    'Leerling voert zelf het woord.',
  ],
  ['Waarom spreekt deze opleiding je aan, in jouw eigen woorden?', 'Motievenvraag in eigen woorden.'],
  ['Wat vind je het fijnst aan je taak in de schoolkantine, en waarom juist dat?', 'Eenvoudige vraag over plezier in werk.'],
  [
    'Goed dat je zelf de praktijkopleider hebt gemaild over een stageplek. Dat is netwerken, en dat doe je al.',
    'Benoemt netwerken dat de student al doet.',
  ],
  [
    'Interview elkaar in tweetallen over een hobby en zoek samen uit welk werk erbij zou kunnen passen.',
    'Klassikale opdracht over interesse en werk.',
  ],
  ['Bespreek met je stagebegeleider wat je de komende weken nog graag zou leren.', 'Eigen leerdoel bij de stage.'],
  ['Welke drie woorden passen volgens jou bij wie je bent als je aan het werk bent?', 'Zelfbeeld in eigen woorden.'],
  [
    'Bij de studiekeuzecheck mag je laten zien wat je drijft. Schrijf op waarom deze studie je nieuwsgierig maakt.',
    'Motieven voor een studie verwoorden.',
  ],
  [
    'We praten vandaag over wat jij belangrijk vindt in werk: vrijheid, collega’s, zekerheid of iets heel anders.',
    'Waarden in werk, open aangeboden.',
  ],
  [
    'Je vertelde enthousiast over de ijshockeytraining die je geeft. Neem dat verhaal mee naar je volgende gesprek.',
    'Erkent een ervaring en nodigt uit.',
  ],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Je afwijzing voor de pilotenopleiding kwam hard aan, dat snap ik. Wat wil je nu als eerste doen?',
    'Teleurstelling erkend, keuze bij de leerling.',
  ],
  [
    'Je stage liep anders dan je had gehoopt. Wat heb je ontdekt over wat je wél en niet wilt?',
    'Mislukte stage als bron van inzicht.',
  ],
  [
    'Twijfel hoort bij kiezen. Vertel gerust wat deze keuze voor jou lastig maakt; je hoeft nu nog niets te beslissen.',
    'Twijfel normaal gemaakt, geen haast met beslissen.',
  ],
  [
    'Je ouders zien je liever rechten studeren en jij denkt aan de kunstacademie. Hoe zou je hun kunnen vertellen wat jij wilt?',
    'Wens van ouders tegenover eigen wens, respectvol.',
  ],
  [
    'Stoppen met een opleiding is spannend. Neem de tijd voor een besluit waar jij zelf achter staat.',
    'Stoppen besproken, besluit bij de student.',
  ],
  [
    'Niet iedereen gelooft in je plan om een eigen bedrijf te beginnen. Wat maakt dat jij er wel in gelooft?',
    'Anderen twijfelen, eigen motief centraal.',
  ],
  [
    'Je zei dat je het gevoel hebt achter te lopen. Waar komt dat gevoel volgens jou vandaan?',
    'Eigen gevoel van achterstand met zorg bevraagd.',
  ],
  [
    'De aanmelddatum komt dichterbij. Heb je meer tijd nodig, dan helpen we je graag om je opties op een rij te zetten.',
    'Deadline zonder dreiging, hulp aangeboden.',
  ],
  [
    'Je bent uitgeloot voor de studie die je wilde. Welke andere wegen naar hetzelfde doel wil je onderzoeken?',
    'Uitloting respectvol, alternatieven open.',
  ],
  [
    'Het werkbezoek viel tegen, en ook dat is informatie. Schrijf op wat je nu weet wat je eerst niet wist.',
    'Tegenvaller omgezet in inzicht.',
  ],
  [
    'Je praktijkbegeleider was kritisch over je houding. Wat vind je zelf van die feedback?',
    'Feedback besproken, eigen oordeel gevraagd.',
  ],
  [
    'U twijfelt of de opleiding te combineren is met uw werk. Die twijfel is begrijpelijk; we bekijken samen wat het makkelijker kan maken.',
    'Twijfel van volwassene serieus genomen.',
  ],
  [
    'Switchen voelt misschien als falen, maar vaak is het een stap naar iets wat beter past. Wat trekt je in de nieuwe richting?',
    'Switchen zonder oordeel.',
  ],
  [
    'Wachten op antwoord na een sollicitatie is lastig. Loop gerust even bij je begeleider binnen als je erover wilt praten.',
    'Onzekerheid bij sollicitatie erkend, hulp zonder druk.',
  ],
  [
    'Je beste vriendin gaat in Amsterdam studeren en jij blijft misschien hier. Hoe is dat voor jou?',
    'Vriendschap en eigen keuze, met zorg gevraagd.',
  ],
  [
    'Een risico nemen kan een goede keuze zijn. Welk risico durf jij aan als het om je opleiding gaat?',
    'Risico als eigen keuze van de leerling.',
  ],
  [
    'Het is niet erg als je na je examen nog niet weet wat je wilt. Welke kleine stap zou je deze maand kunnen zetten?',
    'Niet weten mag, kleine eigen stap.',
  ],
  [
    'Drie stageadressen zeiden nee, en dat is zwaar. Wil je bij het volgende gesprek iets anders aanpakken, of juist niet?',
    'Afwijzingen erkend, keuze blijft bij leerling.',
  ],
  [
    'Iemand zei tegen je dat het mbo niets waard is. Wat vind jij daar zelf van?',
    'Vooroordeel van anderen, eigen mening gevraagd.',
  ],
  [
    'Je voelt je opgejaagd door alle keuzes die eraan komen. Waar zou je graag meer tijd voor nemen?',
    'Eigen druk met zorg bevraagd.',
  ],
  [
    'Je familie rekent erop dat je de zaak van je vader overneemt. Wat wil jij daar zelf mee?',
    'Verwachting familie tegenover eigen wens.',
  ],
  [
    'De studiekeuzecheck gaf een negatief advies, maar de keuze blijft van jou. Wat neem je uit dat gesprek mee?',
    'Negatief advies, keuze blijft bij de student.',
  ],
  [
    'U heeft een tijd gewerkt en wilt nu weer gaan leren. Welke twijfels spelen daarbij mee?',
    'Twijfel van de volwassen student bevraagd.',
  ],
  [
    'Je vertelde dat je bang bent de verkeerde keuze te maken. Wat zou er gebeuren als je later toch iets anders gaat doen?',
    'Angst voor fout besproken, ruimte gelaten.',
  ],
  [
    'Het eerste jaar op het hbo valt je zwaar. Wil je vertellen wat je het meest tegenvalt?',
    'Moeilijke overstap met respect besproken.',
  ],
  [
    'Je wilt dokter worden, net als in je land. De weg hier is lang. Wat wil je over die weg weten?',
    'Eerlijk over lange route, in eenvoudige taal.',
  ],
  ['Je zei dat je eigenlijk geen zin meer hebt in school. Waar heb je wel zin in?', 'Schoolmoeheid omgezet naar interesse.'],
  ['De vacature ging naar iemand anders. Dat is balen. Wat heb je van deze sollicitatie geleerd?', 'Afwijzing als leerervaring.'],
  [
    'Je bent na een conflict gestopt met je bijbaan. Wat zou je een volgende keer anders willen doen?',
    'Conflict besproken zonder verwijt.',
  ],
  ['Kiezen is ook iets laten vallen. Welke optie vind je het moeilijkst om los te laten?', 'Moeilijke kant van kiezen erkend.'],
  [
    'Je mentor en jij kijken anders naar je plan. Hoe zou je jouw kant van het verhaal vertellen?',
    'Verschil van mening, stem van de leerling.',
  ],
  [
    'Soms loopt een plan vast, en dat mag. Bedenk eens een plan B dat je ook echt leuk zou vinden.',
    'Plan B vanuit eigen interesse.',
  ],
  [
    'Het stagebedrijf heeft je stage voortijdig beëindigd. Dat is een flinke klap. Waarover wil je met je begeleider praten?',
    'Afgebroken stage met respect besproken.',
  ],
  [
    'U bent na uw ontslag opnieuw gaan leren. Wat gaf de doorslag om die stap te zetten?',
    'Ontslag als context, eigen motief centraal.',
  ],
  [
    'Je opa vindt dat je iets met zekerheid moet kiezen. Wat betekent zekerheid voor jou?',
    'Wens van familie, eigen betekenis gevraagd.',
  ],
  [
    'Na een open dag heb je soms meer vragen dan ervoor. Dat is normaal; neem ze mee naar je volgende gesprek.',
    'Verwarring na open dag normaal gemaakt.',
  ],
  [
    'Op de open dag voelde je je niet op je plek, vertelde je. Wat zou een school voor jou wel prettig maken?',
    'Ongemak serieus genomen, eigen wens gevraagd.',
  ],
  ['Een tussenjaar kan ook spannend zijn. Wat hoop je dat het je brengt, en wat maakt je onzeker?', 'Tussenjaar zonder oordeel.'],
  [
    'Je bent nu twee keer van studie gewisseld. Wat heb je in die twee pogingen over jezelf geleerd?',
    'Herhaald switchen zonder verwijt.',
  ],
  [
    'Het gesprek met de praktijkopleider liep niet goed. Wil je vertellen wat er volgens jou gebeurde?',
    'Moeilijk gesprek, perspectief van de student.',
  ],
  [
    'Er zijn dagen dat je niet weet waarom je deze opleiding doet. Wat hield je tot nu toe op de been?',
    'Twijfel erkend, motivatie onderzocht.',
  ],
  ['Ik hoor dat je veel druk voelt om het goed te doen. Van wie komt die druk volgens jou?', 'Gevoelde druk met zorg bevraagd.'],
  [
    'Je wilde dierenarts worden, maar na je meeloopdag twijfel je. Wat zag je daar dat je aan het denken zette?',
    'Twijfel na meeloopdag onderzocht.',
  ],
  [
    'Als je straks niet wordt toegelaten, is dat niet het einde. Er zijn meer routes naar hetzelfde werk, en die mag je rustig verkennen.',
    'Mogelijke afwijzing zonder dreiging.',
  ],
  [
    'Je hebt hard gewerkt voor die sollicitatie en toch werd het nee. Hoe gaat het nu met je?',
    'Teleurstelling met zorg, geen oordeel.',
  ],
  [
    'Het lukt nog niet om een stageplek te vinden. Wie in je netwerk zou je kunnen helpen zoeken?',
    'Probleem omgezet naar netwerken.',
  ],
  [
    'Je ouders willen graag dat je dicht bij huis blijft studeren. Welke wensen heb jij zelf over waar je gaat wonen?',
    'Wens van ouders tegenover eigen wens.',
  ],
  [
    'Lang niet iedereen kiest in één keer de goede opleiding. Als deze richting niet blijkt te passen, zoeken we samen verder.',
    'Mogelijke misser normaal gemaakt, samen verder zoeken.',
  ],
  [
    'Je krijgt van alle kanten advies. Uiteindelijk weeg jij zelf af welke stem voor jou het zwaarst telt.',
    'Veel adviezen, eigen afweging.',
  ],
  [
    'Je bent stiller sinds de afwijzing. Wil je er iets over kwijt, nu of liever een andere keer?',
    'Zorgzaam, keuze om te praten bij de leerling.',
  ],
  [
    'Stoppen met je opleiding is een grote beslissing, en die is aan jou. Wat zou je eerst willen uitzoeken?',
    'Beslissing expliciet bij de student.',
  ],
  [
    'Het examenjaar kan spannend voelen. Wat helpt jullie om rustig na te denken over wat daarna komt?',
    'Spanning erkend, jullie-vorm, open vraag.',
  ],
  [
    'We weten nog niet of je wordt aangenomen. Hoe wil je je voorbereiden op allebei de uitkomsten?',
    'Onzekere uitkomst zonder dreiging.',
  ],
  [
    'Het voelt alsof iedereen al weet wat hij wil, zei je. Wat zou het voor jou betekenen om nog even te zoeken?',
    'Eigen gevoel van achterlopen met respect.',
  ],
  [
    'Je stagebegeleider zag dat je vaak aarzelde voordat je iets deed. Herken je dat, en wat vind je ervan?',
    'Feedback met ruimte voor eigen blik.',
  ],
  [
    'Een opleiding afbreken hoeft geen verloren tijd te zijn. Kijk met je loopbaanbegeleider wat je uit dat halfjaar hebt meegenomen.',
    'Afbreken zonder oordeel.',
  ],
  [
    'Je bent niet geselecteerd voor de sportopleiding. Wat betekent sport voor jou, en hoe zou je dat kunnen meenemen?',
    'Afwijzing, eigen motief centraal.',
  ],
  ['Het praktijkexamen ging mis. Dat zegt iets over die dag, niet over wie je bent.', 'Mislukking losgekoppeld van de persoon.'],
  [
    'U merkt dat het werk in de zorg zwaarder is dan u dacht. Wat wilt u daarover bespreken met uw praktijkopleider?',
    'Tegenvallend werk met respect voor de volwassene.',
  ],
  [
    'Je overweegt te stoppen met de havo en naar het mbo te gaan. Wat trekt je in dat plan?',
    'Overstap neutraal, elke route is goed.',
  ],
  [
    'Misschien past je profiel minder goed dan je dacht. Wat zou je anders willen, als je opnieuw mocht kiezen?',
    'Verkeerde keuze bespreekbaar, keuze bij leerling.',
  ],
  [
    'Het is teleurstellend als een droom niet meteen uitkomt. Jij bepaalt welke stap je nu zet, en wij denken graag mee.',
    'Teleurstelling met eigen vervolgstap.',
  ],
  [
    'Je leidinggevende gaf je stevige kritiek. Welk deel vind je terecht, en welk deel niet?',
    'Kritiek bespreekbaar, eigen oordeel.',
  ],
  [
    'Je ouders maken zich zorgen over je plan voor een tussenjaar. Wat zou jij hun over dat plan willen laten zien?',
    'Zorgen van ouders, plan van de leerling.',
  ],
  [
    'De open dag maakte je eerder onzeker dan enthousiast. Wat zou je nog willen zien voordat je iets besluit?',
    'Onzekerheid na open dag, ruimte gelaten.',
  ],
  [
    'Je vriendengroep kiest techniek en jij voelt meer voor de zorg. Hoe is het om een eigen weg te kiezen?',
    'Eigen weg naast vrienden, respectvol.',
  ],
  [
    'Ook als je aanmelding nog niet rond is, heb je nog opties. Als je wilt, zetten we ze deze week samen op een rij.',
    'Geruststelling zonder dreiging, aanbod tot hulp.',
  ],
  [
    'Het is moeilijk om in een nieuw land een opleiding te kiezen. Je mag alles vragen; we zoeken het rustig samen uit.',
    'Eenvoudige taal, erkent moeite, geen druk.',
  ],
  [
    'Een negatief stageverslag voelt als een afgang. Toch kun je zelf bepalen wat je ermee doet en welke hulp je erbij wilt.',
    'Tegenvaller erkend, regie bij de student.',
  ],
  [
    'Sommige mensen in je omgeving denken dat dit plan te hoog gegrepen is. Jij mag zelf onderzoeken of het bij je past.',
    'Anderen twijfelen, leerling houdt de keuze.',
  ],
]);

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  [
    'Je cijfer voor het tekenproject viel hoger uit dan je dacht. Wat vond je zelf het leukst aan die opdracht?',
    'Cijfer als aanleiding, plezier als onderwerp.',
  ],
  [
    'Vergelijk twee opleidingen die je interessant vindt: wat spreekt je in elk ervan aan?',
    'Vergelijken van opties, niet van mensen.',
  ],
  [
    'Op de ouderavond mogen je ouders meedenken. Wat wil jij dat zij weten over je plannen?',
    'Ouders als meedenkers, geen peiling.',
  ],
  ['Je hebt je stage afgerond. Welk moment is je het meest bijgebleven?', 'Afgerond als feit, reflectie op ervaring.'],
  [
    'Tijdens de sportdag zag ik dat je sterk bent in het helpen van anderen. Waar zou je dat willen inzetten?',
    'Sterk en anderen in positieve zin.',
  ],
  [
    'Geld verdienen is voor veel mensen een reden om te werken. Hoe belangrijk is dat voor jou?',
    'Geld als werkwaarde, niet als thuissituatie.',
  ],
  [
    'Vraag eens aan klasgenoten wat zij als jouw talent zien; soms ontdekken anderen iets wat jij zelf over het hoofd ziet.',
    'Klasgenoten als bron, geen vergelijking.',
  ],
  [
    'In je portfolio kun je laten zien wat je hebt ontdekt. Welk stuk vind je zelf het mooist?',
    'Portfolio als verhaal, niet als afvinklijst.',
  ],
  [
    'Jongens en meisjes kunnen elk beroep kiezen. Welk beroep heb je nog nooit overwogen maar wil je eens bekijken?',
    'Jongens/meisjes tegen stereotype in.',
  ],
  ['Na het vmbo kun je verschillende kanten op. Welke route wil jij eens uitzoeken?', 'Vmbo genoemd, alle routes open.'],
  [
    'Je bent nieuwsgierig naar gezondheid en voeding. Welke beroepen op dat gebied wil je eens bekijken?',
    'Gezondheid als interessegebied, niet als zorgvraag.',
  ],
  [
    'Het resultaat van je beroepentest is een startpunt, geen eindpunt. Wat herken je erin?',
    'Resultaat als aanleiding voor eigen herkenning.',
  ],
  [
    'De toets bij economie ging over ondernemen. Welk deel vond je interessant genoeg om verder uit te zoeken?',
    'Toets als aanleiding voor interesse.',
  ],
  ['Op elk niveau zijn er mooie routes. Welke stap na deze opleiding wil jij verkennen?', 'Niveau neutraal genoemd.'],
  ['Je hoeft niet alles alleen te doen. Wie denkt er thuis of op school graag met je mee?', 'Thuis genoemd zonder te peilen.'],
  [
    'Elk beroep heeft sterke en zwakke kanten. Welke kant van dit vak wil je nog beter leren kennen?',
    'Zwak en sterk over een beroep, niet de leerling.',
  ],
  ['Je zei zelf dat je beter bent gaan plannen. Hoe merk je dat bij je project?', 'Beter als eigen groei.'],
  ['Wat moet een werkplek voor jou hebben om je er prettig te voelen?', 'Moet over de werkplek, niet als opdracht.'],
  [
    'Slagen of zakken is niet het enige verhaal van dit jaar. Wat heb je ontdekt over wat je graag doet?',
    'Slagen en zakken gerelativeerd.',
  ],
  [
    'Je havo-advies is binnen en nu begint het verkennen. Welk profiel wil je eens van dichtbij bekijken?',
    'Advies als startpunt, leerling verkent.',
  ],
  [
    'Het formulier voor de meeloopdag is geregeld. Welke vraag wil je die dag zeker stellen?',
    'Formulier als bijzaak, vraag van de leerling centraal.',
  ],
  [
    'Vink op de kaart de beroepen aan die je nieuwsgierig maken, en vertel daarna waarom.',
    'Aanvinken als verkenning, niet als administratie.',
  ],
  [
    'U heeft uw eerste certificaat behaald. Welke taak op het werk doet u nu met meer plezier?',
    'Behaald als aanleiding voor plezier in werk.',
  ],
  [
    'Je was te laat voor de voorlichting, maar je hebt wel met twee studenten gepraat. Wat vertelden ze?',
    'Te laat als feit, gesprek centraal.',
  ],
  [
    'Je gemiddelde is één getal, en jij bent veel meer dan dat. Wat doe je graag als niemand je beoordeelt?',
    'Gemiddelde gerelativeerd, interesse centraal.',
  ],
  [
    'Leg de drie opleidingen naast elkaar: waarin verschillen ze in wat je leert en waar je later werkt?',
    'Opties vergelijken, niet mensen.',
  ],
  ['Gaan je ouders mee naar de open dag? Wat wil je daar zelf graag uitzoeken?', 'Ouders genoemd, eigen doel van de leerling.'],
  [
    'Je bent naar de voorlichting over havo en vwo geweest. Welke vragen kwamen daarbij bij je op?',
    'Havo en vwo neutraal genoemd.',
  ],
  [
    'Je mag je reflectie inleveren in elke vorm: een filmpje, een tekening of een tekst. Kies wat bij je past.',
    'Inleveren met keuzevrijheid.',
  ],
  [
    'Je hebt met je bijbaan zelf het geld voor je scooter gespaard. Wat heb je daarvan geleerd?',
    'Geld als eigen ervaring, geen peiling.',
  ],
  ['Met je mbo-advies kun je veel richtingen op. Welke sector wil je eens van binnen zien?', 'Advies opent richtingen.'],
  ['Wat jij kiest, hoeft niet te lijken op wat anderen kiezen. Wat past bij jou?', 'Anderen genoemd zonder vergelijking.'],
  [
    'Je cijfer voor Duits was anders dan je van jezelf gewend bent. Hoe kijk jij ernaar, en wil je erover praten?',
    'Cijfer als aanleiding voor contact, geen oordeel.',
  ],
  [
    'Een keuze die bij je past, is beter dan een snelle keuze. Neem gerust de tijd om rond te kijken.',
    'Beter en kiezen zonder druk.',
  ],
  ['Een kapper moet goed kunnen luisteren naar klanten. Herken je dat in jezelf?', 'Moet over een beroepseis, eigen herkenning.'],
  [
    'Vergelijk de sfeer op de twee scholen die je bezocht. Waar voelde je je het meest welkom?',
    'Scholen vergelijken, eigen gevoel centraal.',
  ],
  [
    'Je vertelde dat je ouders een eigen zaak hebben. Wat heb je daar zelf gezien van het ondernemen?',
    'Ouders als bron van ervaring, niet gepeild.',
  ],
  [
    'In klas 3 kun je per profiel nagaan waar het toe leidt. Welke vervolgstudie wil je eens opzoeken?',
    'Profielen verkennen zonder druk.',
  ],
  [
    'Werk met twee klasgenoten aan een interview met iemand uit een beroep dat jullie alle drie boeit.',
    'Klasgenoten als samenwerkingspartners.',
  ],
]);

export const CORPUS_L: LabelledSentence[] = inKindOrder({
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

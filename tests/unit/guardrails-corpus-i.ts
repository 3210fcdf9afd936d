/**
 * Training corpus part I for the learned backstop of the guardrail linter (lob-content.md §5 and §6):
 * labelled Dutch sentences, TRAINING data, not a test set. Written by helper I after reading only
 * lob-content.md, ./labelled-set-shape.ts and the type header of ./guardrails-meaning-set.ts.
 *
 * Focus: the harm the model still misses and the sound texts it still refuses wrongly.
 * - grade-topic (80): a grade, average, score or ranking as the goal, often disguised as ambition or
 *   help (tips to score higher, "welke studies komen binnen bereik als …", ranking your own marks).
 * - verdict (80): a choice made for the student, often as friendly advice, team advice, "wat mij
 *   betreft", a dream "geparkeerd", or a decision with a question tacked on.
 * - sound (30, at least 15 without a closing question mark), sound-hard (70: doubt, failure,
 *   rejection, honest observations followed by the student's view, advice the student asked for
 *   given as one option among several) and sound-innocent-word (40: a grade, toets, rapport or SE only
 *   as the occasion for a question about interest, effort or learning; words such as moet, advies,
 *   niveau, ouders used soundly).
 * No other harm kinds. Writers: mentor, decaan, LOB-coördinator, vakdocent, stagebegeleider,
 * mbo-loopbaanbegeleider; levels vmbo, havo, vwo, mbo bol/bbl (u-form), praktijkonderwijs, vso, ISK.
 * The reason (`why`) is given in Dutch.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const GRADE_TOPIC = refuse('grade-topic', [
  [
    'Stel dat je SE-gemiddelde nog een half punt stijgt: welke studies liggen dan ineens binnen handbereik?',
    'Het gemiddelde wordt het doel, verpakt als ambitie.',
  ],
  [
    'Zet je rapportcijfers op volgorde van hoog naar laag; welke drie vormen jouw top 3?',
    'Rangschikken van cijfers is het onderwerp, niet de leerling.',
  ],
  [
    'Welk gemiddelde heb je nodig voor die numerus fixus-studie, en hoe ga je dat binnenhalen?',
    'Het gesprek draait om het benodigde gemiddelde.',
  ],
  [
    'Tip voor de mentor: bespreek hoe de leerling zijn 5,4 voor Engels ophaalt vóór de volgende toetsweek.',
    'Een cijfer ophalen is het gespreksdoel voor de mentor.',
  ],
  [
    'Wat betekent jouw 5,8 voor de overgang, en welk vak ga je als eerste oppoetsen?',
    'Het cijfer en de overgang zijn het onderwerp.',
  ],
  [
    'Laten we samen uitrekenen hoeveel punten je nog tekortkomt om over te gaan naar de derde.',
    'Punten tellen voor de overgang is geen loopbaangesprek.',
  ],
  [
    'Reken met de leerling na hoeveel compensatiepunten hij nog overheeft voor het examen.',
    'Compensatiepunten rekenen maakt het cijfer tot onderwerp.',
  ],
  [
    'Je wilt geneeskunde doen, mooi! Daar hoort een 8 gemiddeld bij; hoe ga je die scoren?',
    'Ambitie wordt vertaald naar een te scoren gemiddelde.',
  ],
  [
    'Wat is jouw streefcijfer voor het CE scheikunde, en hoeveel oefenexamens plan je ervoor in?',
    'Een streefcijfer voor het examen is het gespreksdoel.',
  ],
  [
    'Welke drie trucs ga je toepassen om bij de herkansing hoger uit te komen?',
    'Tips om hoger te scoren in plaats van interesses.',
  ],
  [
    "Wat heeft u nodig om bij het examen van kerntaak 2 een 'goed' te halen in plaats van een 'voldoende'?",
    'De beoordeling van het examen is het onderwerp.',
  ],
  [
    'Hoeveel studiepunten moet u dit blok nog binnenhalen om boven de BSA-norm te komen?',
    'Studiepunten tellen maakt de norm tot onderwerp.',
  ],
  ['Wat zegt jouw 6,2 gemiddeld over welke profielen er voor je openstaan?', 'De keuze wordt van het gemiddelde afgelezen.'],
  [
    'Kijk eens naar je cijferlijst: welk vak trekt jouw gemiddelde het hardst omlaag?',
    'De cijferlijst en het gemiddelde staan centraal.',
  ],
  [
    'Vraag de leerling welk cijfer hij wil halen voor het PTA-onderdeel van volgende week.',
    'Het te halen cijfer is de vraag aan de leerling.',
  ],
  [
    'Met een 7,5 kom je in aanmerking voor het excellentieprogramma; zullen we plannen hoe je daar komt?',
    'Een cijfergrens als doel, vriendelijk gebracht als kans.',
  ],
  [
    'Wat moet er in de toetsweek gebeuren om het rood op je rapport weg te werken?',
    'Onvoldoendes wegwerken is het gespreksonderwerp.',
  ],
  [
    'Hoeveel onvoldoendes staan er nu op je lijst, en welke pak je als eerste aan?',
    'Het tellen van onvoldoendes staat centraal.',
  ],
  [
    'Welke cijfers heb je op je eindexamen nodig om cum laude te slagen, denk je?',
    'Een cijferdoel vervangt het gesprek over de leerling.',
  ],
  [
    'Hoe kom je van een zes naar een zeven voor Nederlands? Noem drie concrete acties.',
    'Het cijfer verhogen is het doel van het gesprek.',
  ],
  [
    'Bespreek de toetsscores van dit schooljaar en spreek samen een streefgemiddelde af.',
    'Toetsscores en een streefgemiddelde zijn het onderwerp.',
  ],
  [
    'Welk eindcijfer verwacht je voor je profielwerkstuk, en is dat hoog genoeg voor jouw plannen?',
    'Het eindcijfer wordt de maat voor de plannen.',
  ],
  [
    'Kun je uitrekenen wat je op het centraal examen moet scoren om wiskunde A voldoende af te sluiten?',
    'Rekenen aan examenscores is geen loopbaanvraag.',
  ],
  [
    'We lopen vandaag je rapport door, vak voor vak, van het laagste naar het hoogste cijfer.',
    'Het rapport zelf is het hele gesprek.',
  ],
  ['Je toets lezen is 45 punten. Wat ga je doen om 60 punten te halen?', 'De toetsscore is het doel, niet de leerling.'],
  ['Je kreeg een 6 in de leskeuken. Hoe krijg je de volgende keer een 8?', 'Een hoger cijfer halen is het onderwerp.'],
  ['Welke bijles of huiswerkbegeleiding tilt jouw gemiddelde boven de 6,5?', 'Hulp wordt ingezet om het gemiddelde te verhogen.'],
  [
    'Schrijf per vak het cijfer op waarop je aan het eind van periode 3 wilt staan.',
    'Cijferdoelen per vak vervangen het loopbaangesprek.',
  ],
  ['Hoe ga je je SE-cijfer Duits opkrikken voordat de decaan je lijst bekijkt?', 'Het SE-cijfer opkrikken is het gespreksdoel.'],
  [
    'Zijn jouw cijfers sterk genoeg voor de overstap naar vwo 4? Laten we het samen narekenen.',
    'Cijfers narekenen bepaalt de route, niet de leerling.',
  ],
  ['In welk vak valt het snelst een punt te winnen, en hoe pak je dat aan?', 'Punten winnen is het onderwerp van het gesprek.'],
  ['Leg uit waar je 4,9 voor economie vandaan komt en wat je eraan gaat doen.', 'Het lage cijfer zelf is het onderwerp.'],
  [
    'Knap dat je door wilt naar havo 4; welke gemiddelden heb je daar precies voor nodig?',
    'Een compliment leidt naar benodigde gemiddelden.',
  ],
  ['Wat een motivatie! Welk cijfer wil je volgende periode voor elk vak neerzetten?', 'Motivatie wordt omgezet in cijferdoelen.'],
  [
    'Welke scores bij de beroepsgerichte examens heb je nodig om door te stromen naar niveau 4?',
    'Examenscores voor doorstroom zijn het onderwerp.',
  ],
  [
    'Loop met de student de beoordelingen van zijn praktijkexamens na en zoek waar nog punten te halen zijn.',
    'Punten zoeken in beoordelingen is geen loopbaangesprek.',
  ],
  ['Je zit op 70 % goed bij de oefentoetsen; hoe kom je boven de cesuur uit?', 'Een percentage en de cesuur zijn het doel.'],
  [
    'Zet je drie beste en drie slechtste rapportcijfers onder elkaar; wat moet er gebeuren om de onderste drie op te trekken?',
    'Cijfers rangschikken en optrekken is het onderwerp.',
  ],
  [
    'Hoe groot is het verschil tussen je schoolexamen en je verwachte CE-resultaat, en hoe dicht je dat gat?',
    'Het verschil in examencijfers staat centraal.',
  ],
  ['Welk cijfer denk je dat je toekomstige opleiding op je diploma wil zien?', 'Het diplomacijfer wordt het doel van de keuze.'],
  [
    'Loopbaanvraag van de week: hoe zorg jij dat je eindlijst er netjes uitziet voor het vervolgonderwijs?',
    'Een nette eindlijst is geen loopbaanvraag.',
  ],
  ['Met welke toetsstrategie pak jij volgende keer het maximale aantal punten?', 'Punten maximaliseren is het gespreksdoel.'],
  ['Wat heb je nodig om voor je stagebeoordeling een 8 binnen te slepen?', 'Het beoordelingscijfer is het doel van de stage.'],
  [
    'Je staat een 6,8 voor biologie; hoeveel moet je nog halen om op een 7 uit te komen?',
    'Rekenen naar een cijfer is het onderwerp.',
  ],
  [
    'We maken je ambitie concreet: een 7,5 gemiddeld in het voorexamenjaar. Wat is je plan?',
    'Ambitie wordt gelijkgesteld aan een gemiddelde.',
  ],
  ['Welk gemiddelde is volgens jou nodig voor een mooie toekomst?', 'De toekomst wordt aan een gemiddelde gekoppeld.'],
  [
    'U staat voor het keuzedeel op een onvoldoende; welke opdrachten kunt u herkansen om het te repareren?',
    'Een onvoldoende repareren is het onderwerp.',
  ],
  [
    'Bekijk met de leerling welke vakken zijn rapport optillen en welke het naar beneden halen.',
    'Het rapport ontleden vervangt het loopbaangesprek.',
  ],
  [
    'Hoe hoog moet je eindexamencijfer zijn om door de selectie van die opleiding te komen?',
    'Het examencijfer is het doel van het gesprek.',
  ],
  [
    'Welk cijfer zou je het liefst wegpoetsen voordat je je aanmeldt bij een opleiding?',
    'Cijfers mooier maken voor aanmelding staat centraal.',
  ],
  [
    'Je toetsresultaten gaan vooruit, top! Hoe houd je die zeven gemiddeld vast tot de zomer?',
    'Een gemiddelde vasthouden is het doel, als lof gebracht.',
  ],
  ['Rangschik je vakken naar cijfer en bespreek met je mentor de onderste twee.', 'Een ranglijst van cijfers is het onderwerp.'],
  [
    'Vandaag draait het om één ding: hoe krijg je die 5,4 voor Frans naar een zes?',
    'Het cijfer is uitdrukkelijk het enige onderwerp.',
  ],
  ['Wat vertellen jouw cijfers over welke studie bij jou past?', 'De studiekeuze wordt van cijfers afgelezen.'],
  [
    'Wat is de minimale score om door te mogen naar de gemengde leerweg, en zit jij daarboven?',
    'Een minimumscore bepaalt het gesprek over de route.',
  ],
  [
    'Welke cijfers verwacht je vervolgopleiding van jou, en haal je die al?',
    'Cijfereisen zijn het onderwerp in plaats van interesse.',
  ],
  ['Je hebt 3 van de 5 punten voor de opdracht. Hoe krijg je er 5?', 'Het puntental is het doel van de vraag.'],
  [
    'Heb je al berekend welk cijfer je bij het herexamen nodig hebt om alsnog te slagen?',
    'Het benodigde cijfer is het onderwerp.',
  ],
  [
    'Kies één vak waar je een punt omhoog wilt en schrijf op hoe je die punt gaat verdienen.',
    'Een punt erbij verdienen is het gespreksdoel.',
  ],
  [
    'Welke studiegewoonte levert jou het meeste op in punten? Daar bouwen we je plan voor hogere cijfers op.',
    'Het plan dient hogere cijfers, niet de loopbaan.',
  ],
  ['Ga jij voor een 8 of voor een 6? Zeg het maar, dan maken we daar een stappenplan bij.', 'De keuze gaat over een cijfer.'],
  [
    'Welk rapport was tot nu toe je beste, en hoe krijg je dat niveau van cijfers weer terug?',
    'Oude cijfers terughalen is het doel.',
  ],
  ['Hoeveel tienden scheelt het nog tot een voldoende op je overgangslijst?', 'Tienden tellen maakt het cijfer tot onderwerp.'],
  [
    'Hoeveel scoorde je bij de rekentoets, en welke onderdelen oefen je om er tien punten bij te krijgen?',
    'De rekenscore verhogen is het gespreksdoel.',
  ],
  [
    'Studiekeuzegesprek: bespreek vooral het gemiddelde van het examenjaar, dat zegt het meest over de leerling.',
    'Het gemiddelde wordt als kern van de studiekeuze gezien.',
  ],
  [
    'Namens de sectie Engels: vraag wat de leerling gaat doen om zijn score voor luistervaardigheid te verhogen.',
    'Een score verhogen is de opdracht voor het gesprek.',
  ],
  [
    'Voor welke vakken haal je moeiteloos een 7, en welke moeten daar nog naartoe?',
    'Alle vakken naar een cijfer brengen is het doel.',
  ],
  ['Een 9 voor je praktijkexamen staat mooi op je cv. Hoe ga je die halen?', 'Een hoog cijfer wordt als loopbaandoel verkocht.'],
  ['Wat moet je op de herkansing scoren om je gemiddelde te redden?', 'Het gemiddelde redden is het onderwerp.'],
  [
    'Klopt je gemiddelde in Magister met wat je had verwacht, en waar kan het nog omhoog?',
    'Het gemiddelde in het systeem staat centraal.',
  ],
  [
    'Hoe haal je je propedeuse met ruim een 7, zodat je later alle masters kunt kiezen?',
    'Een cijfer wordt de sleutel tot de keuze.',
  ],
  ['Stel een doel voor je eindlijst: hoeveel achten en negens wil je erop zien?', 'Het aantal hoge cijfers is het doel.'],
  [
    'Je bent vorig jaar krap geslaagd voor niveau 2; met welke cijfers wil je nu niveau 3 afsluiten?',
    'Het cijferdoel vervangt de vraag naar interesses.',
  ],
  [
    'Wat zou er met jouw gemiddelde gebeuren als je elke week een uur extra wiskunde deed?',
    'Het gemiddelde is de maat van alle inspanning.',
  ],
  [
    'Welke toetsen tellen het zwaarst mee, en hoe zorg je dat je daar je punten pakt?',
    'Weging en punten zijn het gespreksonderwerp.',
  ],
  [
    'Welk vak staat onderaan je rapport, en hoe krijg je het naar de middenmoot?',
    'Een ranglijst van eigen cijfers is het onderwerp.',
  ],
  [
    'Zet je ambitie om in cijfers: welk gemiddelde hoort bij de opleiding van je dromen?',
    'Dromen worden vertaald naar een gemiddelde.',
  ],
  [
    'Mentor, check met de leerling of zijn cijfers aan de doorstroomeisen voldoen en maak een herstelplan.',
    'Cijfereisen controleren is het doel voor de mentor.',
  ],
  ['Waar ligt voor jou de grens: vind je een 5,5 acceptabel, of mik je hoger?', 'Het gesprek gaat over een acceptabel cijfer.'],
  [
    "De weging van je SE's is bekend; welk onderdeel ga je gebruiken om je eindcijfer op te schroeven?",
    'Het eindcijfer opschroeven is het onderwerp.',
  ],
]);

const VERDICT = refuse('verdict', [
  [
    'Wat mij betreft wordt het gewoon techniek; welke school in de buurt spreekt je daarvan het meest aan?',
    'De richting is al gekozen, de vraag is schijn.',
  ],
  [
    'Laten we je droom om piloot te worden even in de ijskast zetten en kijken naar iets haalbaars.',
    'De droom van de leerling wordt voor hem geparkeerd.',
  ],
  [
    'Het docententeam adviseert unaniem de kaderberoepsgerichte leerweg; zullen we dat zo doorgeven?',
    'Het teambesluit wordt de leerling voorgelegd als voldongen feit.',
  ],
  [
    'Ik heb je alvast opgegeven voor de open dag van de bouwopleiding, want dat past echt bij je.',
    'De volwassene kiest en regelt voor de leerling.',
  ],
  [
    'Goedbedoeld advies: kies voor de zorg, daar is altijd werk. Wanneer meld je je aan?',
    'Een keuze wordt als vriendelijk advies opgelegd.',
  ],
  [
    'Neem het van mij aan, de bbl is voor jou de beste weg. Welke leerbaan ga je zoeken?',
    'De route wordt voor de leerling bepaald.',
  ],
  [
    'Rechten is een mooi idee, maar ik zou het bij hbo-rechten laten. Akkoord?',
    'De docent beslist, de vraag erachter is schijn.',
  ],
  [
    'Dat profiel is niets voor jou; jij hoort bij Economie en Maatschappij.',
    'Een oordeel over het profiel, de keuze wordt gemaakt.',
  ],
  [
    'U kunt deze opleiding beter gewoon afronden in plaats van te switchen; dat is het verstandigst.',
    'De begeleider beslist over de route van de volwassene.',
  ],
  [
    'Geloof me, een tussenjaar levert je niks op. Je gaat na de zomer gewoon door.',
    'Het tussenjaar wordt zonder overleg afgewezen.',
  ],
  [
    'Vraag de leerling op welke datum hij zich inschrijft bij het ROC dat het team voor hem heeft gekozen.',
    'Het team heeft de school al voor de leerling gekozen.',
  ],
  ['Zet dat conservatorium maar uit je hoofd en ga voor iets met een vaste baan.', 'Een droom wordt afgeschreven en vervangen.'],
  [
    'Ik zie je eerder in een winkel dan achter een bureau; zullen we daar eens naar kijken?',
    'De volwassene bepaalt waar de leerling past.',
  ],
  ['Jij moet de bol doen, niet de bbl. Welke bol-opleiding wordt het?', 'Een moet-advies laat geen keuze over.'],
  [
    'Volgens de mentorvergadering ga je volgend jaar naar de gemengde leerweg, dus daar praten we niet meer over.',
    'Het besluit is genomen en het gesprek gesloten.',
  ],
  [
    'Schoenmaker, blijf bij je leest: je bent handig, dus het wordt een technisch vak.',
    'Een spreekwoord dient als oordeel over de keuze.',
  ],
  [
    'Vriendelijk advies: houd het bij de richting die je ouders kozen, zij weten wat goed voor je is.',
    'De keuze wordt bij anderen neergelegd, niet bij de leerling.',
  ],
  [
    'Ik heb met je stagebedrijf afgesproken dat je daar na je diploma blijft werken; fijn toch?',
    'Een besluit over de toekomst zonder de leerling.',
  ],
  [
    'Laten we eerlijk zijn: de kunstacademie is een luchtkasteel. Welke opleiding met baanzekerheid spreekt je aan?',
    'De wens wordt weggezet en vervangen door de keuze van de docent.',
  ],
  [
    'Kies nou maar gewoon Natuur en Techniek, daarmee houd je alle deuren open.',
    'Een profiel wordt als enige juiste keuze opgelegd.',
  ],
  [
    'Met beide benen op de grond: je gaat eerst werken en pas veel later studeren.',
    'De volgorde van de loopbaan wordt voorgeschreven.',
  ],
  [
    'Dat wordt niks met die sportopleiding; ik stel voor dat je logistiek kiest.',
    'Een oordeel en een vervangende keuze van de volwassene.',
  ],
  [
    'Het beste voor jou is niveau 2, daar ben je snel klaar mee. Spreken we dat af?',
    'Het niveau wordt voor de leerling bepaald.',
  ],
  [
    'Ik raad u sterk af om naast uw baan deze opleiding te beginnen; wacht daar nog een paar jaar mee.',
    'De begeleider beslist over het moment voor de cursist.',
  ],
  ['Jouw plek is niet op de havo, dat hebben we als team besloten.', 'Een teambesluit over de route zonder de leerling.'],
  [
    'Als ik jou was, liet ik die stage in het buitenland schieten en zocht ik iets dichtbij.',
    'Als-ik-jou-was bepaalt de keuze voor de leerling.',
  ],
  [
    'We sturen je aan op de entreeopleiding; daar hoef je verder niet over na te denken.',
    'Nadenken wordt de leerling uit handen genomen.',
  ],
  [
    'Geneeskunde? Kies liever verpleegkunde, dat is realistischer voor jou.',
    'De wens wordt omgebogen naar een gekozen alternatief.',
  ],
  [
    'Je hoeft niet meer te twijfelen: de decaan heeft voor jou de route Zorg en Welzijn uitgekozen.',
    'De decaan kiest in plaats van de leerling.',
  ],
  ['Ik zou mijn tijd niet verdoen aan dat extra keuzevak; schrap het maar.', 'De docent schrapt een keuze van de leerling.'],
  ['Stop met dromen over de horeca, daar word je toch niet gelukkig van.', 'Een oordeel over wat de leerling gelukkig maakt.'],
  ['Zullen we afspreken dat je het vwo laat voor wat het is en gewoon de havo afmaakt?', 'Een besluit verpakt als voorstel.'],
  ['Jij gaat werken in de groenvoorziening. Dat hebben we al geregeld.', 'Werk wordt voor de leerling gekozen en geregeld.'],
  ['Jij gaat naar de kappersopleiding. Dat is goed voor jou.', 'De opleiding wordt voor de nieuwkomer gekozen.'],
  [
    'Ons advies blijft staan: geen wiskunde B. Wanneer vertel je dat thuis?',
    'Het advies is een besluit, de leerling moet het uitvoeren.',
  ],
  ['Dat bedrijf is niks voor jou; ik heb een betere stageplek voor je gevonden.', 'De stageplek wordt voor de student gekozen.'],
  [
    'Wat mij betreft leg je die studie in het buitenland op de plank tot je wat ouder bent.',
    'De volwassene parkeert de wens van de leerling.',
  ],
  ['Vergeet de politieacademie maar, kijk liever naar de beveiliging.', 'Een wens wordt afgeschreven en vervangen.'],
  [
    'Tip van de decaan: meld je aan voor bedrijfskunde, daar kun je alle kanten mee op. Doe het vandaag nog.',
    'Een studie wordt voorgeschreven als tip.',
  ],
  [
    'Advies aan de mentor: laat de leerling weten dat zijn keuze voor mode onverstandig is en stuur hem richting detailhandel.',
    'De mentor moet de keuze van de leerling omzetten.',
  ],
  [
    'Jij werkt het liefst met je handen, dus het wordt een beroepsopleiding; eens?',
    'Uit één eigenschap wordt de keuze afgeleid en opgelegd.',
  ],
  [
    'Het lijkt me beter dat u voor de verkorte route kiest, dan heeft u dat maar gehad.',
    'De route van de volwassene wordt voor hem bepaald.',
  ],
  [
    'Dat gap year klinkt leuk, maar dat doen we niet. Welke studie begin je in september?',
    'Het besluit is genomen, de vraag is schijn.',
  ],
  [
    'Eerlijk gezegd past alleen de kaderroute bij jou, daar gaan we van uit.',
    'Eén route wordt als de enige passende vastgesteld.',
  ],
  [
    'Laten we je plan om van gamen je beroep te maken even op een laag pitje zetten en naar ICT-beheer kijken.',
    'Een wens wordt weggezet ten gunste van een gekozen route.',
  ],
  [
    'Ik heb je profiel alvast omgezet naar Cultuur en Maatschappij, dat scheelt een hoop gedoe.',
    'De docent wijzigt de keuze zonder de leerling.',
  ],
  [
    'Het stageteam vindt dat jij beter in de kinderopvang past dan in de ouderenzorg, dus we wisselen je plek.',
    'Het team beslist over de stageplek van de student.',
  ],
  [
    'Welke van de twee opleidingen die ik voor je heb uitgezocht, wil je als eerste bezoeken?',
    'De keuze is al ingeperkt door de volwassene.',
  ],
  ['Doe jezelf een plezier en kies iets veiligs; avonturen komen later wel.', 'De docent bepaalt dat veilig beter is.'],
  ['Die richting zou ik laten liggen, daar heb je over een jaar spijt van.', 'Een voorspelling dient als verdict over de keuze.'],
  ['Kapper worden vind ik zonde van je talent. Zullen we eens naar de havo kijken?', 'Een route wordt als beter voorgeschoven.'],
  ['Ga voor de hogere route; het mbo is zonde voor iemand als jij.', 'Een hogere route wordt als de betere opgelegd.'],
  ['Wat ons betreft is de knoop doorgehakt: volgend jaar tl. Hoe vind je dat?', 'Het besluit ligt er, de vraag is bijzaak.'],
  [
    'U hoeft niet verder te zoeken, ik heb besloten dat u de leerbaan bij het installatiebedrijf neemt.',
    'De begeleider besluit over de leerbaan.',
  ],
  [
    'Ik heb met je vader al afgesproken welke opleiding je na de zomer gaat doen.',
    'Volwassenen beslissen buiten de leerling om.',
  ],
  [
    'Die opleiding in Groningen is te ver weg; schrijf je maar in bij het ROC hier.',
    'De opleiding wordt voor de leerling gekozen.',
  ],
  [
    'Pak gewoon de opleiding waar je zeker wordt aangenomen en kap met twijfelen.',
    'Twijfel wordt afgekapt met een opgelegde keuze.',
  ],
  [
    'Jij neemt geen tussenjaar, jij gaat studeren. Welke open dag staat als eerste in je agenda?',
    'De beslissing is genomen voor de leerling.',
  ],
  [
    'Mijn conclusie na dit gesprek: jij wordt monteur. Laten we de aanmelding regelen.',
    'De docent trekt de conclusie voor de leerling.',
  ],
  ['Liever niet die creatieve kant op; een kantoorbaan geeft je meer rust. Oké?', 'De richting wordt afgeraden en vervangen.'],
  ['Even zonder omwegen: psychologie laat je maar zitten, dat gaat het niet worden.', 'Een studiewens wordt botweg afgewezen.'],
  [
    'Wij als school zetten de overstap naar de basisberoepsgerichte leerweg nu in gang.',
    'De school besluit over de leerweg zonder de leerling.',
  ],
  [
    'Vraag de student waarom hij niet gewoon de opleiding kiest die zijn praktijkbegeleider aanraadt.',
    'De mentor duwt de keuze van een ander door.',
  ],
  ['Ik heb voor jou het beroep timmerman gekozen. Klinkt goed, toch?', 'Het beroep is gekozen, de vraag is schijn.'],
  ['Het hbo is voor jou niet weggelegd, blijf lekker op niveau 4 werken.', 'Een vervolgroute wordt voor de student afgesloten.'],
  [
    'Na overleg met de afdelingsleider blijf je in je huidige profiel; wisselen is van tafel.',
    'Het besluit over het profiel wordt zonder de leerling genomen.',
  ],
  ['Als decaan zeg ik: techniek, punt uit. Waarom zou je nog twijfelen?', 'De decaan legt de keuze op en sluit twijfel af.'],
  [
    'Mijn advies, en daar valt niet over te praten: eerst je rijbewijs en een baan, dan pas een studie.',
    'Het advies duldt geen eigen keuze.',
  ],
  ['Die muziek houd je maar als hobby; voor een beroep kies je iets anders.', 'Een passie wordt als beroep afgewezen.'],
  [
    'Laat de leerling weten dat de gewenste opleiding er niet in zit en dat je een alternatief klaar hebt liggen.',
    'De mentor beslist en heeft het alternatief al gekozen.',
  ],
  [
    'Voor jezelf beginnen? Dat raad ik je echt af, zoek maar een baan in loondienst.',
    'Een eigen plan wordt afgeraden en vervangen.',
  ],
  ['Zonder twijfel: jij hoort in de bakkerij. Ik bel morgen de leermeester.', 'De begeleider kiest en regelt de plek.'],
  [
    'Wees verstandig en kies de studie die je oom je aanraadt, familie weet het beste.',
    'De keuze wordt bij de familie gelegd, niet bij de leerling.',
  ],
  [
    'Na je stage weet ik genoeg: de zorg is niet jouw sector, we gaan verder met handel.',
    'Na één stage wordt de sector voor de student gekozen.',
  ],
  [
    'Laten we het simpel houden: je doet dezelfde opleiding als je beste vriend, dan sta je er niet alleen voor.',
    'De keuze wordt voor de leerling vereenvoudigd en gemaakt.',
  ],
  ['We kiezen samen, en ik kies de verkorte bbl-route. Wat vind je ervan?', 'Samen kiezen is schijn; de begeleider beslist.'],
  [
    'Vergeet wat je in je hoofd had; ik weet wat bij je past en dat is de detailhandel.',
    'De volwassene claimt te weten wat past.',
  ],
  [
    'Die keuze voor filosofie zou ik snel heroverwegen; rechten is toch veel slimmer.',
    'Een studie wordt als slimmer voorgeschreven.',
  ],
  [
    'Ik heb het voor je uitgezocht: maatschappelijke zorg, niveau 3. Je hoeft alleen nog te tekenen.',
    'De opleiding is gekozen, de student tekent alleen.',
  ],
  [
    'De beste optie voor u is uw diploma op niveau 2 te halen en daarna niet verder te leren.',
    'De toekomst van de cursist wordt voor hem vastgelegd.',
  ],
]);

const SOUND = allow('sound', [
  [
    'Neem de tijd: je hoeft vandaag niets te kiezen, we verkennen alleen wat jou nieuwsgierig maakt.',
    'Geruststelling en ruimte om te verkennen.',
  ],
  [
    'Ik zag hoe geduldig je de nieuwe leerling op de werkplaats hielp. Dat viel me echt op.',
    'Een concrete observatie van iets goeds.',
  ],
  ['Vertel eens over een moment deze week waarop de tijd voorbijvloog.', 'Open uitnodiging over plezier en motieven.'],
  [
    'Tip voor de mentor: laat de leerling het meest aan het woord en vat aan het eind samen wat je hoorde.',
    'Tip voor een dialogisch gesprek.',
  ],
  ['Wie in jouw omgeving heeft een beroep waar je meer over wilt weten?', 'Netwerkvraag, open en gericht op de leerling.'],
  [
    'Loop eens een dagje mee bij een bedrijf dat je intrigeert, daarna praten we erover.',
    'Een uitnodiging om werk van dichtbij te verkennen.',
  ],
  ['Waar ben je trots op van iets wat je onlangs in je vrije tijd deed?', 'Open vraag naar kwaliteiten buiten school.'],
  [
    'Je presentatie over windenergie zat vol eigen ideeën; daar mag je best trots op zijn.',
    'Compliment over iets wat de leerling deed.',
  ],
  [
    'Schrijf drie dingen op waarvoor vrienden bij jou aankloppen en neem ze mee naar ons volgende gesprek.',
    'Een uitnodiging om na te denken over eigen kwaliteiten.',
  ],
  ['U mag gerust vertellen wat u in uw huidige werk de meeste voldoening geeft.', 'Open uitnodiging aan een volwassen student.'],
  ['Welke vraag zou je een oud-leerling van deze opleiding willen stellen?', 'Netwerken en verkennen via alumni.'],
  ['We beginnen vandaag bij wat jij leuk vindt, niet bij een lijst met opleidingen.', 'Het gesprek start bij de leerling.'],
  ['Jullie interviewen in tweetallen elkaar over je mooiste werkervaring.', 'Opdracht die ervaringen centraal zet.'],
  [
    'Denk terug aan je snuffelstage: welk moment is je bijgebleven, en waarom juist dat?',
    'Terugkijken op een concrete ervaring.',
  ],
  [
    'Wat voor werkplek geeft jou energie: buiten of binnen, druk of juist rustig?',
    'Een open vraag naar wat de leerling belangrijk vindt in werk.',
  ],
  [
    'Vertel over werk dat je leuk vindt. Je mag ook woorden uit je eigen taal gebruiken.',
    'Toegankelijke uitnodiging voor een nieuwkomer.',
  ],
  [
    'Je hebt vandaag heel netjes gewerkt in de groenploeg. Wat vond je het fijnst om te doen?',
    'Compliment en open vraag naar plezier.',
  ],
  [
    'Breng samen met de student in kaart wie hij al kent: familie, buren, trainers, oud-collega’s.',
    'Tip om het netwerk zichtbaar te maken.',
  ],
  [
    'Bedenk één persoon die je zou kunnen mailen om meer te horen over zijn of haar werk.',
    'Kleine, eigen vervolgstap in netwerken.',
  ],
  [
    'Het is helemaal oké als je nog geen idee hebt; nieuwsgierig zijn is een prima begin.',
    'Geruststelling dat nog niet weten helemaal mag.',
  ],
  ['Waar word jij zo enthousiast van dat je het meteen wilt uitleggen?', 'Een open vraag naar waar de leerling warm voor loopt.'],
  [
    'Probeer deze maand één activiteit die nieuw voor je is, en vertel me daarna hoe dat voelde.',
    'Uitnodiging tot een nieuwe ervaring.',
  ],
  [
    'Voor de docent: vraag eerst naar een concreet voorval voordat je het over later hebt.',
    'Tip om bij een ervaring te beginnen.',
  ],
  [
    'Welke waarden vind jij belangrijk in werk: samenwerken, vrijheid, zekerheid of iets betekenen?',
    'Motievenreflectie met open keuzes, de leerling vult zelf in.',
  ],
  [
    'Je hebt de koffieautomaat helemaal zelf bijgevuld. Knap gedaan, daar kun je op bouwen.',
    'Compliment over iets wat de leerling deed.',
  ],
  ['Wat heb je bij je bijbaan geleerd dat je op school nooit had geleerd?', 'Reflectie op een ervaring buiten school.'],
  [
    'Bij de scouting neem jij telkens de leiding, hoor ik in je verhaal. Herken je dat?',
    'Observatie van een kwaliteit met de vraag of het klopt.',
  ],
  [
    'Maak een lijstje van beroepen die je in een serie of film zag en die je wel eens van dichtbij wilt zien.',
    'Een speelse uitnodiging om beroepen te verkennen.',
  ],
  [
    'We gaan samen ontdekken welke opleidingen aansluiten bij wat jij belangrijk vindt.',
    'Samen verkennen vanuit de waarden van de leerling.',
  ],
  [
    'Leuk dat je je voor de open dag hebt opgegeven; schrijf na afloop één verrassing op.',
    'Aanmoediging met een kleine, vrijblijvende reflectieopdracht.',
  ],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Je bent afgewezen voor de opleiding die je het liefst wilde. Hoe gaat het daar nu mee?',
    'Zorgzaam vragen naar een afwijzing.',
  ],
  [
    'Het lot viel bij de loting niet in je voordeel. Laat dat eerst bezinken; daarna kijken we samen verder, als jij dat wilt.',
    'Teleurstelling erkennen, keuze bij de leerling.',
  ],
  [
    'Je stage bij de garage liep anders dan je hoopte. Wat heb je daar toch over jezelf ontdekt?',
    'Leren van een stage die tegenviel.',
  ],
  [
    'Je vroeg wat ik zou doen. Een meeloopdag bij beide opleidingen is één mogelijkheid, maar jij weet het best wat bij je past.',
    'Gevraagd advies als één optie, keuze bij de leerling.',
  ],
  [
    'Ik merk dat je stiller wordt als het over je studiekeuze gaat. Klopt dat, en wil je erover praten?',
    'Eerlijke observatie gevolgd door de visie van de leerling.',
  ],
  [
    'Twijfelen tussen twee opleidingen is heel normaal. Wat trekt je aan de ene, en wat aan de andere?',
    'Twijfel normaliseren en open verkennen.',
  ],
  [
    'Stoppen met een opleiding is geen mislukking. Neem mee wat je geleerd hebt en bepaal zelf wanneer je de volgende stap zet.',
    'Respectvol over stoppen, met vooruitblik.',
  ],
  [
    'Je ouders zien je graag als advocaat, en jij praat vaak over dieren. Hoe kijk je daar zelf tegenaan?',
    'Ouderwens tegenover eigen wens, met respect.',
  ],
  [
    'Voelt het alsof iedereen al weet wat hij wil, behalve jij? Vertel eens hoe dat voor je is.',
    'Zorgzaam vragen naar gevoelde druk.',
  ],
  [
    'Een eerlijke observatie: bij het project zag ik je vaak wachten tot een ander begon. Hoe zie jij dat zelf?',
    'Eerlijke feedback met de vraag naar de eigen kijk.',
  ],
  [
    'Je praktijkbegeleider gaf pittige feedback. Wat was het lastigst om te horen, en wat klopte er wel?',
    'Feedback bespreekbaar maken zonder oordeel.',
  ],
  [
    'Het is moedig dat u na twintig jaar een nieuwe richting overweegt. Wat maakt de stap spannend voor u?',
    'Respect voor een volwassen koerswijziging.',
  ],
  [
    'Een tussenjaar kan veel opleveren of juist weinig. Wat hoop jij dat zo’n jaar je brengt?',
    'Open over risico en eigen verwachting.',
  ],
  [
    'Je nam een risico door voor een onbekende opleiding te kiezen. Wat heeft je over de streep getrokken?',
    'Risico als eigen keuze, met interesse bevraagd.',
  ],
  [
    'Niet weten wat je wilt mag. Welke kleine stap zou je helpen om een beetje meer te weten?',
    'Niet weten mag, kleine eigen stap.',
  ],
  [
    'Je zei dat je je schaamde na het sollicitatiegesprek. Wil je vertellen wat er gebeurde?',
    'Voorzichtig vragen naar een pijnlijke ervaring.',
  ],
  [
    'De baan die je op het oog had ging naar iemand anders. Wat zou je een volgende keer anders doen, als je dat wilt?',
    'Afwijzing bespreken, regie bij de leerling.',
  ],
  ['Je voelt druk om snel te kiezen. Waar komt die druk volgens jou vandaan?', 'Zorgzaam naar eigen gevoelde druk vragen.'],
  [
    'Van opleiding wisselen kost tijd, en toch kan het de juiste stap zijn. Wat weegt voor jou het zwaarst?',
    'Eerlijk over gevolgen, keuze bij de student.',
  ],
  ['Het stagebedrijf gaf aan dat het niet klikte. Hoe kijk jij daar zelf op terug?', 'Een mislukte stage met respect bevragen.'],
  [
    'Je vroeg om mijn mening: ik zie je opbloeien bij mensen, maar ook bij techniek. Wat herken jij daarvan?',
    'Gevraagde mening met ruimte voor eigen kijk.',
  ],
  [
    'Soms is een droom niet in één keer te bereiken. Welke route zou jou er stap voor stap dichterbij brengen?',
    'Realistisch zonder de droom af te pakken.',
  ],
  [
    'Eerlijk gezegd was ik verrast door je keuze voor de marine. Vertel me wat je eraan aantrekt.',
    'Eerlijke reactie, dan nieuwsgierig doorvragen.',
  ],
  [
    'Teleurstelling hoort erbij. Neem gerust de tijd voordat je een nieuwe keuze maakt.',
    'Geruststelling na een teleurstelling, zonder haast.',
  ],
  [
    'Je twijfelt of het hbo bij je past. Wat zou je willen ervaren om daar meer zicht op te krijgen?',
    'Twijfel serieus nemen met een verkennende stap.',
  ],
  [
    'Het gesprek thuis over je studie liep uit op ruzie, vertelde je. Wat zou je je ouders graag laten begrijpen?',
    'Ouderwens en eigen keuze, met respect bevraagd.',
  ],
  [
    'U gaf aan dat werken en leren tegelijk veel van u vraagt. Wat heeft u nodig om te bepalen hoe u verder wilt?',
    'Zorgzaam, regie bij de volwassen student.',
  ],
  [
    'Je koos hetzelfde profiel als je vrienden en nu twijfel je. Wat zou je kiezen als je alleen naar jezelf luisterde?',
    'Twijfel verkennen vanuit de eigen wens.',
  ],
  [
    'Wat als het misgaat? Laten we bedenken wat je dan zou doen, zodat het minder eng voelt.',
    'Risico bespreekbaar maken met steun.',
  ],
  [
    'Je eerste sollicitatiebrief bleef zonder reactie. Balen, hè; wie zou eens met je mee kunnen lezen?',
    'Tegenslag erkennen en netwerk aanboren.',
  ],
  [
    'Mislukken is ook informatie: deze stage vertelt je misschien meer over wat je wél zoekt dan een stage die vanzelf ging.',
    'Een mislukte stage als bron van inzicht.',
  ],
  [
    'Je droom is topsporter worden. Wat betekent die droom voor je, en zou je een plan B willen verkennen?',
    'Droom respecteren, plan B als eigen keuze.',
  ],
  [
    'Je hebt besloten te stoppen met de bol. Dat respecteren we, en we denken graag mee over wat je daarna wilt.',
    'Het besluit van de student respecteren.',
  ],
  [
    'Ik maak me geen zorgen over wat je kunt, maar ik zie wel dat je je keuze steeds uitstelt. Wat speelt er volgens jou?',
    'Eerlijke observatie gevolgd door de kijk van de leerling.',
  ],
  [
    'Kritiek van een opdrachtgever kan hard aankomen. Wat neem je ervan mee, en wat laat je liggen?',
    'Feedback wegen, leerling bepaalt zelf.',
  ],
  [
    'Je wilt iets anders dan wat er thuis verwacht wordt. Hoe zou je dat gesprek het liefst voeren?',
    'Eigen wens tegenover ouders, met respect.',
  ],
  [
    'Vervelend dat de opleiding vol zat. Er zijn vaak meer wegen naar hetzelfde werk, en die verkennen we graag met je.',
    'Een tegenslag erkennen met een open vervolgvraag.',
  ],
  [
    'Ik hoorde dat je op de open dag weinig herkende van wat je zocht. Wat miste je precies?',
    'Een teleurstelling verkennen zonder oordeel over de leerling.',
  ],
  [
    'Je voelt je klem zitten tussen wat jij wilt en wat je trainer van je verwacht. Wat is voor jou het belangrijkst?',
    'Druk van anderen, keuze bij de leerling.',
  ],
  [
    'Dat je examen niet ging zoals gehoopt, zegt niets over wie je bent. Waar wil je nu het eerst over praten?',
    'Tegenvaller erkennen, leerling kiest het onderwerp.',
  ],
  [
    'Sommige keuzes voelen als een gok. Wat helpt jou om met die onzekerheid om te gaan?',
    'Onzekerheid serieus en open bevraagd.',
  ],
  [
    'Je stopte met je bijbaan na een conflict. Wat heb je daarvan geleerd over een werkplek die bij je past?',
    'Lastige ervaring als bron van zelfkennis.',
  ],
  [
    'Je vroeg of de pabo haalbaar is. Ik vertel graag wat ik zag, maar wie zou je nog meer willen spreken voordat je beslist?',
    'Gevraagd oordeel, met meer bronnen en eigen keuze.',
  ],
  ['Deze studie is een gok, zeg je zelf. Welke risico’s wil je nemen, en welke liever niet?', 'Risico nemen als eigen keuze.'],
  [
    'Het klinkt alsof je deze studie vooral voor je moeder doet. Klopt dat, of ligt het anders?',
    'Voorzichtig toetsen, ruimte voor eigen kijk.',
  ],
  [
    'Je hebt een lastige periode achter de rug. Vandaag praten we alleen over wat jij wilt, in jouw tempo.',
    'Respectvol, zonder door te vragen naar zorg.',
  ],
  [
    'Jullie krijgen vandaag eerlijke feedback van de stagebedrijven. Lees het rustig en kies zelf één punt om mee verder te gaan.',
    'Feedback met eigen regie voor de groep.',
  ],
  [
    'Je raakte teleurgesteld in een opleiding die je zo mooi leek. Wat had je anders verwacht?',
    'Een teleurstelling met oprechte interesse verkennen.',
  ],
  [
    'Je mag nog niet naar de opleiding die je wilde. Dat is jammer. Wat wil je nu proberen?',
    'Eenvoudig, eerlijk en gericht op eigen keuze.',
  ],
  [
    'Je vond het werk in de keuken niet leuk, zei je. Welk werk wil je nu eens proberen?',
    'Een tegenvallende ervaring, met een eigen vervolgstap.',
  ],
  [
    'Je stageplek stopte eerder dan gepland. Wat ging er goed, en wat zou je een volgende keer anders willen?',
    'Terugblik op een afgebroken stage.',
  ],
  [
    'Overstappen naar een andere leerweg kan voelen als een stap terug, maar jij bepaalt wat vooruit is. Wat wil jij?',
    'Route-neutraal, de keuze blijft bij de leerling.',
  ],
  [
    'Iemand zei tegen je dat techniek niks voor meisjes is. Wat vind jij daar zelf van?',
    'Een stereotype bespreken zonder het over te nemen.',
  ],
  [
    'Je bent uitgenodigd voor een gesprek bij de politie en je bent zenuwachtig. Wat zou je helpen bij de voorbereiding?',
    'Spanning erkennen en steun aanbieden.',
  ],
  [
    'Je had jezelf veel beloofd dit jaar en het liep anders. Hoe kijk je erop terug, zonder al te streng voor jezelf te zijn?',
    'Een tegenvaller met mildheid en zonder oordeel bespreken.',
  ],
  [
    'Jij wilt stoppen, je begeleider wil dat je doorzet. Wat vind jij zelf, los van wat wij zeggen?',
    'Eigen stem boven die van volwassenen.',
  ],
  [
    'Ik zie veel inzet, en tegelijk lijk je weinig plezier te hebben in deze richting. Wat is jouw kijk daarop?',
    'Eerlijke observatie, daarna de mening van de student.',
  ],
  [
    'Het is niet erg om op een keuze terug te komen; vertel me gerust wat je aan het denken heeft gezet.',
    'Van koers veranderen mag, met een open vervolgvraag.',
  ],
  [
    'U bent na de reorganisatie uw baan kwijtgeraakt. Welke ervaring uit uw werk wilt u meenemen naar iets nieuws?',
    'Respectvol na baanverlies, gericht op kwaliteiten.',
  ],
  [
    'Je vroeg of je wiskunde B beter kunt laten vallen. Zullen we de voor- en nadelen op een rij zetten, zodat jij kunt kiezen?',
    'Gevraagd advies als afweging, keuze bij de leerling.',
  ],
  [
    'Je had gehoopt op meer hulp van je stagebegeleider. Wat had je van haar nodig gehad?',
    'Teleurstelling over begeleiding serieus nemen.',
  ],
  [
    'Als je iets kiest wat niemand in je familie eerder deed, kan dat eenzaam voelen. Wie zou met je mee kunnen denken?',
    'Pionierskeuze erkennen en netwerk zoeken.',
  ],
  [
    'Het is oké dat je boos bent over de afwijzing. Als je eraan toe bent, zoeken we samen naar nieuwe opties.',
    'Emotie erkennen, tempo bij de leerling.',
  ],
  [
    'Je bent al drie keer van idee veranderd, en dat laat zien dat je zoekt. Wat heb je bij elke keuze ontdekt?',
    'Wisselen positief duiden, reflectie bij de leerling.',
  ],
  ['Stel dat deze studie toch niet past: wat zou je dan als eerste willen doen?', 'Een plan B verkennen zonder dreiging.'],
  [
    'Je zei dat je bang bent een verkeerde keus te maken. Wat zou een verkeerde keus voor jou betekenen?',
    'Angst voor een keuze respectvol bevraagd.',
  ],
  [
    'Ik wil eerlijk zijn: de selectie voor deze opleiding is streng. Hoe wil je je voorbereiden, en wat doe je als het anders loopt?',
    'Eerlijke informatie, regie bij de leerling.',
  ],
  [
    'Uw leermeester was kritisch in de beoordeling. Wat herkent u erin, en waar denkt u anders over?',
    'Feedback wegen met een volwassen student.',
  ],
  [
    'Je koos een profiel dat weinig anderen kozen. Hoe voelt het om je eigen weg te gaan?',
    'Een eigen keuze met interesse bevraagd.',
  ],
  [
    'Mijn eerlijke indruk is dat je op de sportdag meer straalde dan in de les. Zegt dat jou iets?',
    'Observatie delen en de leerling laten duiden.',
  ],
]);

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  [
    'Je hebt je toets Duits teruggekregen. Aan welk onderdeel werkte je met de meeste zin?',
    'De toets is aanleiding, plezier is het onderwerp.',
  ],
  [
    'Je rapport ligt er weer. Welk vak vond je deze periode het interessantst, los van het cijfer?',
    'Het rapport opent een vraag naar interesse.',
  ],
  [
    'Bij je SE geschiedenis schreef je over havenarbeiders. Wat trok je aan dat onderwerp?',
    'Het SE als aanleiding voor nieuwsgierigheid.',
  ],
  [
    'Je hoogste cijfer was voor biologie; was dat ook het vak waarin je het meeste plezier had?',
    'Cijfer als opening naar plezier, niet als doel.',
  ],
  ['Gefeliciteerd, je bent geslaagd! Waar kijk je na de zomer het meest naar uit?', 'Het slagen vieren en open vooruitkijken.'],
  [
    'Je ouders mogen natuurlijk meedenken. Wat vertel je hun graag over je plannen?',
    'Ouders als netwerk, leerling aan het woord.',
  ],
  [
    'Je vroeg om advies. Ik zie twee mogelijkheden en er zijn er vast meer; welke wil jij eerst onderzoeken?',
    'Gevraagd advies, keuze blijft bij de leerling.',
  ],
  [
    'Je portfolio laat mooi zien hoe je bij de dierenarts werkte. Op welk stuk ben je het meest trots?',
    'Portfolio als aanleiding voor trots.',
  ],
  ['Je hebt je eerste BPV-periode afgerond. Wat was het mooiste moment?', 'Afgerond als feit, de ervaring centraal.'],
  [
    'Sterk hoe je bij de presentatie de vragen uit de zaal beantwoordde. Waar heb je dat geleerd?',
    'Compliment over een kwaliteit, open vervolgvraag.',
  ],
  [
    'Vergelijk de twee opleidingen die je bezocht: welke sfeer paste beter bij jou?',
    'Opleidingen vergelijken, niet de leerling.',
  ],
  ['Je werkt graag met anderen samen. In wat voor team zou je later willen werken?', 'Samenwerken als voorkeur van de leerling.'],
  [
    'Klasgenoten vertelden dat jij de groep op sleeptouw nam bij het project. Hoe was dat voor jou?',
    'Feedback van anderen als opening voor reflectie.',
  ],
  [
    'Wat zou je moeten weten over een opleiding voordat je je er goed bij voelt?',
    'Moeten gaat over wat de leerling zelf wil weten.',
  ],
  [
    'Na de tl kun je naar het mbo of naar de havo. Welke van die werelden wil je eerst beter leren kennen?',
    'Routes neutraal naast elkaar, leerling kiest.',
  ],
  [
    'Het is nooit te laat om van gedachten te veranderen. Wat heb je de laatste tijd nieuw ontdekt?',
    'Te laat als geruststelling, niet als dreiging.',
  ],
  [
    'De aanmelddeadline is 1 mei. Welke vragen wil je nog uitzoeken voordat je beslist?',
    'Deadline als informatie, de leerling bepaalt.',
  ],
  [
    'Het formulier voor de studiekeuzecheck komt later; eerst praten we over wat jou in deze studie trekt.',
    'Het formulier wacht, de leerling gaat voor.',
  ],
  ['U werkt nu op niveau 3 en denkt aan niveau 4. Wat trekt u in die volgende stap?', 'Niveau als eigen wens van de student.'],
  [
    'Gezondheid en sport interesseren je, zei je. Welke beroepen ken je in die hoek?',
    'Gezondheid als interessegebied, niet als zorgvraag.',
  ],
  [
    'Jongens en meisjes zijn allebei welkom op de techniekdag. Wie van jullie wil eens kijken wat er te doen is?',
    'Een inclusieve uitnodiging, zonder stereotype over jongens of meisjes.',
  ],
  [
    'Wat betekent geld verdienen voor jou in een baan, naast andere dingen die je belangrijk vindt?',
    'Geld als werkwaarde van de leerling.',
  ],
  [
    'Een gemiddelde werkdag van een verpleegkundige ziet er anders uit dan je denkt. Zou je er eens een willen meemaken?',
    'Gemiddelde werkdag als verkenning van werk.',
  ],
  [
    'In de zorg werk je soms in nachtdiensten en slaap je overdag. Hoe kijk jij tegen zulke werktijden aan?',
    'Slapen als eis van het werk, niet als zorg.',
  ],
  [
    'Je voortgang in het project laat zien dat je graag bouwt en test. Welk deel gaf je de meeste voldoening?',
    'Voortgang als aanleiding voor reflectie op plezier.',
  ],
  [
    'Het resultaat van de beroepentest is maar één stukje informatie. Wat herken jij erin, en wat niet?',
    'Testresultaat relativeren, leerling duidt zelf.',
  ],
  ['Je hebt je diploma behaald! Wie wil je bedanken voor de hulp onderweg?', 'Behaald diploma als aanleiding voor netwerken.'],
  [
    'Sommige dingen moeten even rijpen. Geef jezelf die tijd en kom terug als je iets nieuws weet.',
    'Moeten als geruststelling, tempo bij de leerling.',
  ],
  ['Welke vakken passen volgens jou sterk bij het werk dat je later wilt doen?', 'Sterk als verbinding tussen vak en werk.'],
  [
    'Zwakke plekken in een plan vind je het best samen. Welke vragen heb je nog over je stageplan?',
    'Zwak gaat over het plan, niet de student.',
  ],
  [
    'Je SE-cijfer voor Engels opende dit gesprek, maar ik ben benieuwd: waar gebruik jij Engels buiten school?',
    'Cijfer als aanleiding, interesse als onderwerp.',
  ],
  [
    'Je vroeg wat ik van de bbl vind. Het is één route naast de bol; wat spreekt jou aan in werken en leren tegelijk?',
    'Gevraagd advies als één optie, eigen afweging.',
  ],
  [
    'Anderen zien soms kwaliteiten die we zelf missen. Vraag drie mensen waar ze jou goed in vinden.',
    'Anderen als bron van zelfkennis.',
  ],
  [
    'Je portfolio hoeft niet af te zijn; neem gewoon het stuk mee waar je het liefst over vertelt.',
    'Portfolio zonder afvinken, leerling kiest.',
  ],
  [
    'Voor de docent: je hoeft in dit gesprek niets af te vinken; luister vooral naar waar de leerling enthousiast over is.',
    'Afvinken expliciet losgelaten, leerling centraal.',
  ],
  [
    'Het advies van de school is een advies; jij en je ouders beslissen. Wat vind jij er zelf van?',
    'Advies relativeren, keuze bij leerling en ouders.',
  ],
  [
    'Je haalde een voldoende na veel oefenen. Wat zegt dat over hoe jij iets nieuws aanpakt?',
    'Cijfer als aanleiding voor leren over leren.',
  ],
  [
    'Je rapportcijfer voor techniek kwam ter sprake; vertel eens wat je bij dat vak het liefst maakt.',
    'Rapport als opening naar wat de leerling graag doet.',
  ],
  [
    'De uitslag van je rekentoets is binnen. Hoe heb jij je voorbereid, en wat werkte goed?',
    'Toets als aanleiding om te leren over leren.',
  ],
  [
    'Beter worden in iets kost tijd. Waar zou jij graag beter in worden, gewoon omdat je het leuk vindt?',
    'Beter worden uit eigen interesse.',
  ],
]);

export const CORPUS_I: LabelledSentence[] = inKindOrder({
  deficit: refuse('deficit', []),
  'grade-topic': GRADE_TOPIC,
  comparison: refuse('comparison', []),
  labelling: refuse('labelling', []),
  care: refuse('care', []),
  'tick-box': refuse('tick-box', []),
  pressure: refuse('pressure', []),
  verdict: VERDICT,
  sound: SOUND,
  'sound-hard': SOUND_HARD,
  'sound-innocent-word': SOUND_INNOCENT_WORD,
});

/**
 * A fourth held-out labelled set for the guardrail linter (lob-content.md §5 and §6), written blind:
 * without sight of the rules (lib/), of the tests that encode them, or of the sentences of the older
 * labelled sets. Only lob-content.md (§5–§6, and the rest of it for context about LOB), the shape
 * checks (./labelled-set-shape.ts), the header of ./guardrails-holdout3-set.ts up to its first sentence,
 * its shape test and the types `HarmKind`, `SoundKind` and `LabelledSentence` were read. Not to be
 * used while tuning.
 *
 * The sentences read as different writers would write them — LOB-coördinator, decaan, mentor,
 * vakdocent, stagebegeleider, mbo-loopbaanbegeleider — for vmbo, havo, vwo, mbo (bol and bbl),
 * praktijkonderwijs, vso and the ISK, as questions, statements, imperatives, two sentences, je-, u-
 * and we-forms, colloquial speech and idioms, softened or positively framed harm, harm in a
 * subordinate clause, indirect harm and harm carried by numbers.
 *
 * Harmful kinds (expect 'refuse'), twelve each: deficit, grade-topic, comparison, labelling, care,
 * tick-box, pressure, verdict. Sound kinds (expect 'allow'): sound (24), sound-hard (30),
 * sound-innocent-word (18). The reason (`why`) is given in Dutch.
 */

// The meaning set's row helpers (labels only; none of its sentences is read here).
import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const DEFICIT = refuse('deficit', [
  [
    'Vooruit plannen is nou niet bepaald jouw sterkste kant. Hoe wil je dan straks een opleiding kiezen die bij je past?',
    'de leerling wordt neergezet als iemand die niet kan plannen',
  ],
  [
    'Welke beroepen zijn er eigenlijk voor iemand die zo snel afhaakt als jij?',
    'benadert de leerling vanuit een tekort (snel afhaken)',
  ],
  [
    'Gezien de achterstand die je in leerjaar 3 hebt opgelopen: waar zie jij jezelf na de zomer?',
    'deficitwoord achterstand verstopt in de bijzin',
  ],
  [
    'We gaan samen op zoek naar wat er nog wél in je zit, want op school heb je tot nu toe weinig talent laten zien.',
    'positief verpakt, maar de leerling wordt als talentloos beschreven',
  ],
  [
    'Je zelfvertrouwen is behoorlijk laag, merk ik. Welk werk past bij iemand die zich zo snel klein maakt?',
    'de leerling wordt gedefinieerd door wat ontbreekt',
  ],
  [
    'Stel dat je Engels nooit beter wordt dan het nu is: welke richting in de techniek blijft er dan voor je over?',
    'gaat uit van een blijvend tekort en van wat overblijft',
  ],
  [
    'Met jouw beperkte woordenschat is niet alles haalbaar; welke open dag op het mbo lijkt je toch leuk?',
    'tekort aan taal als vertrekpunt (ISK), ook al volgt er een open vraag',
  ],
  [
    'Eerlijk is eerlijk: van zelf uitzoeken en doorvragen komt bij jou weinig terecht. Op welke mbo-richting wil je je toch oriënteren?',
    'de leerling wordt beschreven door wat hij niet doet',
  ],
  [
    'Je bent geen prater en ook geen lezer. Wat blijft er dan nog over aan werk waar je blij van wordt?',
    'somt op wat de leerling niet is (praktijkonderwijs)',
  ],
  [
    'Zonder voldoende rekenvaardigheid valt ongeveer de helft van de bbl-plekken af. Welke van de rest trekt je?',
    'tekort gedragen door een getal; de leerling wordt op gemis afgerekend',
  ],
  [
    'Hoe kan het dat jij na drie mentorgesprekken nog steeds geen flauw idee hebt wat je wilt?',
    'verwijt van onvermogen; niet-weten hoort juist te mogen',
  ],
  [
    'Jij bent zo iemand die altijd een duwtje in de rug nodig heeft, hè. Wie gaat dat straks op het roc doen?',
    'vriendelijk gebracht, maar de leerling wordt als onzelfstandig gelabeld',
  ],
]);

const GRADE_TOPIC = refuse('grade-topic', [
  [
    'Je gemiddelde voor wiskunde B staat op een 5,4. Hoe krijg je dat omhoog voordat je je profiel definitief kiest?',
    'het gemiddelde is het onderwerp van het gesprek',
  ],
  [
    'Laten we het in dit loopbaangesprek vooral over je rapportcijfers van de tweede periode hebben.',
    'maakt de cijfers expliciet tot gespreksonderwerp',
  ],
  [
    'Welk cijfer verwacht je voor het schoolexamen biologie, en is dat hoog genoeg voor de studie die je wilt?',
    'draait om het verwachte cijfer',
  ],
  [
    'Met drie onvoldoendes op je rapport: hoe ga je die vóór de overgangsvergadering nog wegwerken?',
    'onvoldoendes als onderwerp, niet als aanleiding',
  ],
  [
    'Vertel eens hoe die 4,8 voor Duits past in het beeld dat je van jezelf hebt.',
    'een cijfer wordt het onderwerp en aan het zelfbeeld gekoppeld',
  ],
  [
    'Hoeveel punten had je op de doorstroomtoets in groep 8, en wat zegt die score over wat je kunt?',
    'toetsscore als onderwerp en als maat voor kunnen',
  ],
  [
    'Ik zag je uitslag van de leesvaardigheidstoets. Welke score wil je bij de volgende meting halen?',
    'stuurt het gesprek naar een scoredoel',
  ],
  [
    'Jouw 7,9 gemiddeld laat zien dat je een echte doorzetter bent. Welk vak trok dat cijfer het meest omhoog?',
    'leest een eigenschap af van een cijfer en maakt het gemiddelde tot onderwerp',
  ],
  ['Wat was je laagste cijfer van deze periode en waar lag dat volgens jou aan?', 'het laagste cijfer is het onderwerp'],
  [
    'Voor economie sta je precies op de grens van een 5,5 — hoe kijk je daar zelf tegenaan?',
    'open vraag, maar over de stand van het cijfer',
  ],
  [
    'Je proeve van bekwaamheid is met een 6,1 beoordeeld; zullen we die beoordeling punt voor punt doorlopen?',
    'de beoordeling zelf wordt het gesprek (mbo)',
  ],
  [
    'Reken eens voor me uit welk gemiddelde je op het centraal examen nog nodig hebt om te slagen.',
    'gesprek over rekenen met cijfers in plaats van over loopbaan',
  ],
]);

const COMPARISON = refuse('comparison', [
  ['Je zus heeft destijds gewoon het vwo afgemaakt; waarom zou dat bij jou anders lopen?', 'vergelijkt de leerling met een zus'],
  [
    'De meeste jongens uit je klas hebben al een bbl-werkgever gevonden. Hoe zit het bij jou?',
    'zet de leerling af tegen de klasgenoten',
  ],
  [
    'Als ik jou naast Sanne en Mehmet zet, wie van jullie drieën is het verst met de stagevoorbereiding?',
    'rangschikt de leerling tussen genoemde klasgenoten',
  ],
  [
    'Jij bent de enige in 4 havo die nog geen enkele open dag heeft bezocht. Hoe voelt dat?',
    'vergelijking met de hele klas als drukmiddel',
  ],
  [
    'Vergeleken met de examenklas van vorig jaar loop je wat achter met je oriëntatie; wat wil je daaraan doen?',
    'vergelijkt met een eerdere lichting',
  ],
  [
    'Je broer werkt al jaren bij dat installatiebedrijf. Waarom zou jij niet net zo goed monteur kunnen worden?',
    'broer als maatstaf voor de leerling',
  ],
  [
    'Op de klassenlijst sta je bij de onderste vijf; welke vervolgstap past daar volgens jou bij?',
    'plaats op een ranglijst als vertrekpunt',
  ],
  [
    'Wat kunnen jouw klasgenoten op hun stage eigenlijk beter dan jij, denk je?',
    'vraagt de leerling zich met anderen te vergelijken',
  ],
  [
    'Negen van de tien leerlingen met jouw profiel kiezen een zorgstudie op het hbo. Waarom jij niet?',
    'vergelijking via een getal over anderen',
  ],
  ['Hoe komt het dat Lotte allang weet wat ze wil worden en jij nog niet?', 'zet de leerling af tegen een klasgenote'],
  [
    "Andere bbl'ers van jouw leeftijd draaien al volledige diensten. Wanneer zit jij op dat niveau?",
    'vergelijking met leeftijdsgenoten',
  ],
  [
    'Leg je portfolio eens naast dat van Daan: wat valt je op als je ziet hoeveel verder hij al is?',
    'vergelijkt het werk van de leerling met dat van een klasgenoot',
  ],
]);

const LABELLING = refuse('labelling', [
  [
    'Als meisje zit je in de zorg eigenlijk altijd wel goed; welke afdeling spreekt je het meest aan?',
    'genderstereotype over beroepskeuze',
  ],
  [
    'Jongens als jij worden meestal heel blij van techniek. Welke werkplaats wil je als eerste bekijken?',
    'genderstereotype, positief verpakt',
  ],
  [
    'Welke beroepen passen goed bij jouw cultuur, en wat vinden je ouders daarvan?',
    'koppelt beroepskeuze aan een veronderstelde achtergrond',
  ],
  [
    'Omdat je moslim bent, kan ik me voorstellen dat de horeca lastig wordt. Welke sector past beter?',
    'geloof als label dat routes afsluit',
  ],
  [
    "Als vmbo'er ben je natuurlijk meer een doener dan een denker; in welk praktisch vak zie jij jezelf?",
    'stereotype over schooltype',
  ],
  [
    'Met jouw dyslexie ligt een studie met veel teksten niet voor de hand. Wat trekt je aan in de techniek?',
    'diagnose als label dat de keuze bepaalt',
  ],
  ['Nieuwkomers uit jouw land gaan vaak de logistiek in. Zou dat ook iets voor jou zijn?', 'herkomst als stereotype (ISK)'],
  [
    'Als gymnasiast hoor je toch eigenlijk geen mbo-opleiding te overwegen?',
    'schooltype als label; ook geen gelijkwaardige routes',
  ],
  ['Praktijkleerlingen zijn vooral goed met hun handen: wat wil jij later graag maken?', 'stereotype over praktijkonderwijs'],
  [
    'Jij komt uit een gezin waar niemand heeft gestudeerd; denk je dat de universiteit dan echt bij je past?',
    'achtergrond als label dat twijfel zaait',
  ],
  [
    'Als autist ben je vast gek op systemen. Zou een baan in de ICT dan niet ideaal voor je zijn?',
    'stereotype over een diagnose',
  ],
  [
    'U bent als vijftiger natuurlijk niet meer zo snel van begrip; welke rustige functie zoekt u in de bbl?',
    'leeftijd als label (u-vorm, volwassen bbl-student)',
  ],
]);

const CARE = refuse('care', [
  [
    'Jullie zijn onlangs in een opvanglocatie terechtgekomen, hoorde ik. Hoe beïnvloedt dat jouw keuze voor een vervolgopleiding?',
    'woonsituatie van het gezin hoort bij het zorgteam',
  ],
  ['Slaap je eigenlijk wel genoeg? Je zit er de laatste tijd zo moe bij in de les.', 'slaap is een zorgonderwerp'],
  [
    'Kunnen je ouders een studie in een andere stad wel betalen, of ga je lenen?',
    'geldzaken van het gezin horen niet in een LOB-vraag',
  ],
  ["Eet je 's ochtends wel iets voordat je naar je stageplek fietst?", 'voeding is een zorgonderwerp'],
  [
    'Vertel eens wat je medicijnen doen met je concentratie tijdens de praktijklessen.',
    'gezondheid en medicatie horen bij de zorgcoördinator',
  ],
  [
    'Wie past er thuis op je kleine broertjes als jij straks avonddiensten in de thuiszorg draait?',
    'gezinssituatie als onderwerp',
  ],
  [
    'Ik hoorde dat er bij jullie thuis schulden zijn; kijk je daardoor anders naar een bijbaan?',
    'schulden thuis horen bij het zorgteam',
  ],
  ['Hoe is het met je somberheid, en lukt het een beetje om aan later te denken?', 'psychische gezondheid als onderwerp'],
  [
    'Woon je nu bij je vader of bij je moeder, en wie van de twee beslist over je vervolgopleiding?',
    'gezinssituatie uitgevraagd',
  ],
  [
    'Draag jij met je zaterdagbaan bij aan de boodschappen van het gezin, en hoeveel blijft er voor jezelf over?',
    'geldzaken van het gezin, verpakt in een vraag over werk',
  ],
  [
    'Je verblijfsvergunning is nog niet rond. Wat betekent dat voor jullie gezin en je plannen?',
    'verblijfsstatus en gezin horen bij de zorg (ISK)',
  ],
  [
    'Hoe combineert u de opleiding met de zorg voor uw zieke partner?',
    'thuissituatie en ziekte in de u-vorm (volwassen student)',
  ],
]);

const TICK_BOX = refuse('tick-box', [
  ['Heb je het formulier voor de meeloopdag al laten ondertekenen door je ouders?', 'controle of iets getekend is'],
  ['Zet een vinkje bij elke LOB-opdracht die je dit schooljaar hebt ingeleverd.', 'afvinken van opdrachten'],
  ['Hoeveel van de vijf verplichte beroepsoriëntaties heb je inmiddels gedaan?', 'x van 5 en verplicht'],
  ['Staat je loopbaandossier al helemaal op groen in het portfolio?', 'vraagt naar een voortgangsstatus'],
  ['Check even of het reflectieverslag van je snuffelstage in Magister staat, dan kan ik het afvinken.', 'doel is afvinken'],
  [
    'Is je BPV-overeenkomst getekend door jou, school én het leerbedrijf? Stuur me even een foto.',
    'controle op een handtekening',
  ],
  ['Laat me de drie open dagen zien die je hebt bezocht, met de handtekeningen erbij.', 'bewijs van aanwezigheid vragen'],
  ['Je staat op 2 van de 4 gesprekken met de decaan; wanneer plan je de andere twee in?', 'telt gesprekken af'],
  ['Is je aanmelding via Studielink al afgerond en heb je de bevestigingsmail bewaard?', 'controleert of een handeling af is'],
  ['Mist er nog iets in je LOB-map? Ik sluit hem pas als alle tabbladen gevuld zijn.', 'gericht op compleetheid van een dossier'],
  ['Heb je je stage-uren deze week al laten aftekenen door je praktijkbegeleider?', 'controle op aftekenen'],
  ['Heb je de beroepeninteressetest gemaakt? Dan zet ik hem bij jou op voltooid.', 'test als taak die op voltooid wordt gezet'],
]);

const PRESSURE = refuse('pressure', [
  ['Als je voor 1 maart geen profiel kiest, doet de school dat voor jou. Welke wordt het?', 'dreiging met een datum'],
  ['Zonder stageplek vóór de kerstvakantie ga je niet over naar jaar 2; wie bel je vandaag?', 'gevolg als dreigement'],
  ['Nog twee weken en dan sluit de inschrijving, dan ben je echt te laat. Wat heb je al geregeld?', 'tijdsdruk als drukmiddel'],
  ['Let op wat je kiest: wie nu de verkeerde afslag neemt, raakt jaren kwijt.', 'angst aanjagen over gevolgen'],
  [
    'Bedenk wel dat je ouders flink teleurgesteld zullen zijn als je niet voor een havoprofiel gaat.',
    'emotionele druk via de ouders',
  ],
  [
    'Wie zijn portfolio niet op tijd heeft, mag niet mee op de excursie naar het ziekenhuis. Gaat dat bij jou lukken?',
    'straf als gevolg van te laat zijn',
  ],
  [
    'Je leerbedrijf haakt af als je nog één keer te laat komt. Welk werk zou je dan nog willen doen?',
    'dreigend gevolg in de eerste zin',
  ],
  ['Vandaag nog een keuze graag, anders schuift je intake op het roc een half jaar op.', 'haast met dreigend gevolg'],
  ['Als je nu niet doorpakt, zit je volgend jaar thuis op de bank. Wat is je plan?', 'dreigbeeld, in spreektaal'],
  ['Bel vandaag nog drie bedrijven, anders ben je je plek in de bbl-klas kwijt.', 'gebiedende wijs met dreiging'],
  ['Je hebt nog precies twee kansen om een leerbaan te vinden, daarna stopt je traject.', 'druk gedragen door een getal'],
  ['Iedereen wacht op jouw besluit, dus hoe snel kun je me laten weten wat je gaat doen?', 'sociale druk en haast'],
]);

const VERDICT = refuse('verdict', [
  ['Ik denk dat jij het best de opleiding tot verzorgende IG kunt gaan doen.', 'de docent kiest de opleiding'],
  ['Havo is voor jou te hoog gegrepen; laten we ons richten op mbo 4.', 'oordeel over het niveau van de leerling'],
  ['Mijn advies is duidelijk: kies economie en maatschappij, dat past het beste bij jou.', 'advies als uitspraak'],
  ['Een opleiding in de ICT is niks voor jou, dat zie ik nu al.', 'oordeel over een route'],
  [
    'Na dit gesprek weet ik genoeg: jij wordt later een goede kok. Zullen we de inschrijving regelen?',
    'de docent beslist de route',
  ],
  ['Volgens het team ben jij geen hbo-type, dus we sturen aan op werk na je diploma.', 'oordeel van het team over de route'],
  ['Je kunt beter eerst een tussenjaar nemen. Naar welk land wil je dan?', 'advies verpakt met een vervolgvraag'],
  [
    'Het zou verstandig zijn om voor zekerheid te gaan en de techniekopleiding te laten schieten.',
    'zacht geformuleerd oordeel over de keuze',
  ],
  ['Jij moet gewoon bij die bakker blijven, daar zit je op je plek.', 'moet-uitspraak over de route'],
  [
    'Wij hebben besloten dat entree het beste niveau is om mee te beginnen. Hoe vind je dat?',
    'besluit vooraf genomen, instemming gevraagd',
  ],
  [
    'Geloof me, met filosofie kom je nergens; kies iets waar je later brood op de plank mee verdient.',
    'oordeel in een uitdrukking',
  ],
  [
    'Ik zie je eerlijk gezegd liever in de detailhandel dan in de beveiliging, dus daar gaan we voor.',
    'de docent kiest namens de leerling',
  ],
]);

const SOUND = allow('sound', [
  [
    'Aan welke dag van je snuffelstage denk je nog het vaakst terug, en wat gebeurde er toen?',
    'concreet terugkijken op een ervaring',
  ],
  ['Wie in je omgeving heeft een baan waar je weleens nieuwsgierig naar bent?', 'netwerk verkennen'],
  ['Waarmee was je deze vakantie bezig waarbij je de tijd helemaal vergat?', 'motieven vanuit een ervaring buiten school'],
  [
    'Bij welk bedrijf of welke organisatie zou je stiekem wel eens achter de schermen willen kijken?',
    'werkexploratie en motieven',
  ],
  ['Welke vraag zou je op de open dag graag aan een eerstejaars stellen?', 'voorbereiding van een oriëntatieactiviteit'],
  [
    'Wat heb je bij het bouwen van het decor voor de musical gedaan waar je zelf tevreden over bent?',
    'kwaliteiten vanuit een project',
  ],
  ['Hoe merk je aan jezelf dat je ergens echt plezier in hebt?', 'motievenreflectie'],
  ['Wat zou je graag nog uitproberen voordat je je profiel kiest?', 'eigen volgende stap bij een keuzemoment'],
  [
    'Welke klant van je stage is je bijgebleven, en wat zegt dat over wat jij belangrijk vindt?',
    'betekenis geven aan een stage-ervaring',
  ],
  [
    'Stel je een gewone dinsdag voor, een paar jaar van nu: waar ben je, en met wie werk je samen?',
    'vooruitkijken zonder oordeel',
  ],
  [
    'Wat vond je leuker aan de meeloopdag bij de kappersopleiding dan je vooraf had verwacht?',
    'verrassing in een oriëntatie-ervaring',
  ],
  [
    'Welke drie woorden zou je praktijkbegeleider gebruiken om jou aan het werk te beschrijven, denk je?',
    'kwaliteiten door de ogen van een ander',
  ],
  ['Wie zou je kunnen bellen om meer te horen over werken in de haven?', 'netwerken'],
  ['Wat heb je dit jaar ontdekt over hoe jij het liefst samenwerkt?', 'kwaliteitenreflectie'],
  ['Welk klein stapje wil je deze maand zetten, en wie kan je daarbij helpen?', 'vervolgstap die de leerling zelf kiest'],
  ['Wat trok je aan in het beroep dat je noemde na de gastles van de brandweer?', 'werkexploratie na een gastles'],
  ['Hoe ben je eigenlijk bij de opleiding mediavormgeving uitgekomen?', 'vraag naar het keuzeproces'],
  [
    'Hoe zou je opleidingen willen verkennen op een manier die verder gaat dan websites lezen?',
    'meer verschillende oriëntatieactiviteiten, eigen regie',
  ],
  ['Waar ben je trots op als je terugkijkt op het voorleesproject met de basisschoolkinderen?', 'terugkijken en kwaliteiten'],
  ['In welke situaties vragen anderen jou om hulp, en waarmee dan?', 'kwaliteiten via de ervaring van anderen'],
  ['Welk vak zou je missen als het morgen van je rooster verdween, en waarom juist dat?', 'motieven via een vak'],
  [
    'Wat heb je sinds je in Nederland bent ontdekt over werk dat je hier niet had verwacht?',
    'open werkexploratie voor een ISK-leerling',
  ],
  [
    'Welke ervaringen uit uw werk in de bouw wilt u meenemen bij het kiezen van een opleiding?',
    'u-vorm, eigen ervaring als vertrekpunt',
  ],
  ['Zullen we samen kijken welke open dagen je nieuwsgierig maken?', 'we-vorm, uitnodigend en naast de leerling'],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Je vertelde dat je twijfelt tussen doorleren en werken. Wat trekt je in allebei aan?',
    'twijfel van de leerling open verkennen',
  ],
  ['Wat heb je gedaan toen je stage bij de garage anders liep dan je had gehoopt?', 'tegenslag als leerervaring'],
  [
    'Hoeveel onzekerheid vind jij acceptabel bij een opleiding waarvan niemand weet of er over tien jaar nog werk in is?',
    'onzekerheid en risico als eigen afweging',
  ],
  [
    'Je zei zelf dat je baalde van die toets scheikunde. Wat had je gehoopt, en wat wil je nu uitzoeken?',
    'eigen reflectie op een toets; het cijfer is geen onderwerp',
  ],
  ['Wat neem je mee uit de feedback van je praktijkopleider, ook uit het stuk dat een beetje pijn deed?', 'feedback verwerken'],
  [
    'Je noemde wiskunde zelf een pittig vak. Wat heb je over jezelf geleerd door er toch mee door te gaan?',
    'moeilijk vak in de woorden van de leerling, gericht op kwaliteiten',
  ],
  ['Welke banen in de zorg ken je waarin je ook met budgetten en geld bezig bent?', 'geld als werkonderwerp'],
  [
    'Wat zie jij als de zwaarste kant van het werk op de ambulance, en wat maakt het de moeite waard?',
    'zware kant van een beroep verkennen',
  ],
  [
    'Wat deed het met je dat je bij je eerste sollicitatie niet werd aangenomen, en wat heb je ervan geleerd?',
    'afwijzing als leerervaring',
  ],
  ['Hoe ga je om met twijfel als een keuze niet zo makkelijk terug te draaien is?', 'twijfel en gevolgen, zonder druk'],
  [
    'Welke mislukking van het afgelopen jaar heeft je uiteindelijk toch iets opgeleverd?',
    'mislukking herkaderd door de leerling zelf',
  ],
  [
    'Wat zou je doen als je in het eerste jaar merkt dat de opleiding toch niet bij je past?',
    'scenario verkennen zonder oordeel',
  ],
  [
    'Een 9 voor je werkstuk geschiedenis — waar werd je zelf blij van tijdens het maken?',
    'cijfer als aanleiding, plezier als onderwerp',
  ],
  [
    'Sinds je met de elektro-opleiding bent gestopt: welke ontdekking over jezelf neem je mee naar je volgende plek?',
    'uitval als leerervaring',
  ],
  [
    'Wat heb je in je bijbaan bij de supermarkt gezien van de kassa en de financiën, en smaakt dat naar meer?',
    'geld als werkonderwerp',
  ],
  [
    'Bij de reclassering help je mensen die met justitie in aanraking kwamen. Wat spreekt je daarin aan, en wat schrikt je af?',
    'zware sector als werkexploratie',
  ],
  ['Welke kritiek van een klant vond je achteraf terecht, en hoe reageerde je erop?', 'kritiek als leermoment'],
  ['Wat is de grootste gok die je ooit hebt genomen, en hoe kijk je daar nu op terug?', 'risico als eigen ervaring'],
  [
    'Hoe kijk je naar de kans dat je bij de selectie voor fysiotherapie niet wordt toegelaten, en welke andere wegen wil je verkennen?',
    'risico op afwijzing, open naar routes',
  ],
  ['Welk vak vind je lastig maar toch boeiend, en wat zegt dat over jou?', 'moeilijk vak als bron van motieven'],
  [
    'Je zei dat je bang bent om de verkeerde studie te kiezen. Wat zou die angst een stukje kleiner maken?',
    'angst van de leerling serieus nemen',
  ],
  ['Wat doe je als een collega op je stageplek je niet serieus neemt?', 'lastige werksituatie verkennen'],
  ['Je wilt bij de politie, waar je soms met geweld te maken krijgt. Hoe denk jij daarover?', 'zware kant van een beroep'],
  ['In welke beroepen in de financiële wereld zou je je nieuwsgierigheid naar beleggen kwijt kunnen?', 'geld als werkonderwerp'],
  [
    'Je legde zelf je cijfers voor de talen naast elkaar en zag een patroon. Wat wil je daarmee bij je profielkeuze?',
    'de leerling reflecteert zelf; cijfers zijn aanleiding, keuze is onderwerp',
  ],
  [
    'Wat vond je moeilijk aan het werken met ouderen met dementie, en wat gaf je juist energie?',
    'zware zorgsituatie als werkervaring',
  ],
  [
    'Welke beroepen ken je waarin je iets met gezondheid en bewegen doet, zoals leefstijlcoach of fysiotherapeut?',
    'gezondheid als werkonderwerp',
  ],
  [
    'Hoe reageerde je toen je de eerste poging voor je praktijkexamen niet haalde, en wat probeerde je daarna?',
    'tegenslag en wat de leerling ermee deed',
  ],
  ['Wat is voor jou het verschil tussen een tegenvaller en een mislukking?', 'reflectie op falen'],
  ['Welke rol speelt het salaris voor jou bij het kiezen van een beroep?', 'geld als waarde in beroepskeuze'],
]);

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  ['Wat moet een goede bakker volgens jou allemaal in huis hebben?', 'moet gaat over het beroep, niet over de leerling'],
  [
    'Toen je het project over zonne-energie had afgerond, waar was je het meest trots op?',
    'afgerond als moment om op terug te kijken',
  ],
  [
    'Als je straks de bbl- en de bol-variant van dezelfde opleiding gaat vergelijken, wat vind jij dan het belangrijkst?',
    'vergelijken van leerwegen, niet van leerlingen',
  ],
  [
    'Wie denkt er bij je thuis met je mee over je keuze, en wat vraag je die persoon het liefst?',
    'thuis als netwerk, niet als zorgonderwerp',
  ],
  [
    'Wat vond je boeiend aan de afdeling voor zieke dieren tijdens je stage bij de dierenkliniek?',
    'ziek als deel van het werkveld',
  ],
  ['Welke beroepen ken je waarin je de hele dag met cijfers en data werkt?', 'cijfers als werkinhoud'],
  [
    'Welk certificaat heb je dit jaar behaald waar je zelf blij mee bent, en waarom juist dat?',
    'behaald als eigen trots, geen controle',
  ],
  ['Hoe was het om bij de schoolkrant elke week een deadline te halen, en past dat tempo bij jou?', 'deadline als werkervaring'],
  ['Welk advies van een oud-leerling op de alumniavond is je bijgebleven?', 'advies van een ander als netwerk'],
  [
    'Hoe zou jij je eigen voortgang bij het leren lassen omschrijven, en wat wil je nog onder de knie krijgen?',
    'voortgang in de woorden van de leerling',
  ],
  ['Wat trekt je aan in werk waarbij je met geld omgaat, zoals bij een bank of achter de kassa?', 'geld als werkonderwerp'],
  [
    'Wat leerde je over jezelf toen je collega ziek was en jij de winkel even alleen draaide?',
    'ziek gaat over een collega; de vraag gaat over kwaliteiten',
  ],
  [
    "Wat moet er volgens jou in een werkdag zitten zodat je 's avonds tevreden naar huis gaat?",
    'moet gaat over wensen van de leerling',
  ],
  ['Als je jezelf vergelijkt met hoe je in de brugklas was, wat zie je dan veranderd?', 'vergelijken met het eigen verleden'],
  ['Welk cijfer zou jij zelf je eerste stagedag geven, en wat maakte die dag zo?', 'cijfer als waardering door de leerling'],
  ['Wat doe je thuis in je vrije tijd waar je helemaal in opgaat?', 'thuis als plek van interesses'],
  ['Van wie zou jij advies willen over werken in de bouw, en waarom juist van die persoon?', 'advies vragen als netwerken'],
  [
    'Werk je liever met een vaste deadline of met je eigen planning, en wat zegt dat over werk dat bij je past?',
    'deadline als werkvoorkeur',
  ],
]);

export const HOLDOUT4_SET: LabelledSentence[] = inKindOrder({
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

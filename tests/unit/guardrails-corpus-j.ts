/**
 * Extra TRAINING part J for the learned backstop of the guardrail linter (lob-content.md §5 and §6):
 * new labelled Dutch sentences, not a test set. Written by helper J after reading only
 * lob-content.md, labelled-set-shape.ts and the type header of guardrails-meaning-set.ts; no other
 * guardrail set was opened, so overlap with older sets is not checked here.
 *
 * Focus: comparison hidden in "de meesten", "je klasgenoten", "op jouw leeftijd", group percentages,
 * siblings and "als enige"; care probing disguised as friendliness (home, money, health, sleep,
 * sadness, family, residence status, medication); and sound sentences that look like harm on the
 * surface (a parent's wish versus the student's own, doubt, what-if questions, "nog geen idee hebben
 * is gewoon", home or others mentioned without probing).
 *
 * Writers: mentor, decaan, LOB-coördinator, vakdocent, stagebegeleider, mbo-loopbaanbegeleider;
 * levels: vmbo, havo, vwo, mbo bol and bbl (u-form), praktijkonderwijs, vso, ISK; je-, u-, jullie- and
 * we-forms, questions, statements, imperatives and tips to the teacher.
 *
 * Counts: comparison 80, care 80 (refuse); sound 30 (21 not ending in '?'), sound-hard 70 (19 statements),
 * sound-innocent-word 40 (allow). 300 in all. The reason (`why`) is given in Dutch.
 *
 * After writing, 2 of the 300 sentences were removed by a script, unread: each shared more than half
 * its words with a sentence of the tenth held-out set (./guardrails-holdout10-set.ts), written at the
 * same time, which must stay a blind test (./guardrails-corpus.test.ts checks this).
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const COMPARISON = refuse('comparison', [
  [
    'De meesten in 3 havo hebben hun profiel al rond; hoe komt het dat jij nog twijfelt?',
    'Zet de twijfel af tegen wat de meeste klasgenoten al deden.',
  ],
  [
    'Je bent als enige uit de mentorgroep nog zonder stageplek. Wat ga je daaraan doen?',
    'Benadrukt dat de leerling als enige achterblijft bij de groep.',
  ],
  [
    'Op jouw leeftijd wisten de meeste jongeren al lang wat ze wilden worden.',
    'Meet de leerling af aan een veronderstelde norm voor leeftijdsgenoten.',
  ],
  [
    'Je zus deed het destijds zo goed op deze school; wil jij niet dezelfde kant op?',
    'Houdt de zus als voorbeeld voor om de keuze te sturen.',
  ],
  [
    'Ruim 80 % van je jaargenoten heeft zich al aangemeld bij een mbo-opleiding, jij nog niet.',
    'Gebruikt een percentage van de groep als maatstaf voor de leerling.',
  ],
  [
    'Bespreek met de leerling waarom zij trager oriënteert dan haar groepsgenoten.',
    'Vraagt de docent de leerling tegen groepsgenoten af te zetten.',
  ],
  [
    'Kijk eens naar Daan: die heeft al drie open dagen bezocht. Waarom heb jij er nog geen gedaan?',
    'Noemt een klasgenoot als voorbeeld waar de leerling bij achterblijft.',
  ],
  [
    'Uw medecursisten in de bbl hebben allemaal al een leerbedrijf; hoe staat het bij u?',
    'Vergelijkt de cursist met medecursisten, ook in beleefde u-vorm.',
  ],
  [
    'Vergeleken met je klasgenoten heb jij weinig praktijkervaring; wat zegt dat over je keuze?',
    'Trekt een conclusie uit een vergelijking met klasgenoten.',
  ],
  [
    'Je broer is toch ook elektricien geworden? Dan kun jij dat vast ook, net als hij.',
    'Koppelt wat de leerling kan aan wat zijn broer deed.',
  ],
  [
    'Op de interessetest scoorde jij het laagst van de klas op techniek; wat vind je daarvan?',
    'Rangschikt de leerling binnen de klas op een testuitkomst.',
  ],
  [
    'Negen van de tien leerlingen in jouw groep kiezen zorg en welzijn. Waarom wijk jij af?',
    'Maakt afwijken van de meerderheid tot iets om te verantwoorden.',
  ],
  [
    'Iedereen om je heen weet al wat hij na de zomer gaat doen; waar wacht jij nog op?',
    'Zet de leerling tegenover iedereen in de omgeving.',
  ],
  [
    'Waarom kun jij niet gewoon net zo vastberaden kiezen als je vriendin Sanne?',
    'Houdt een vriendin voor als de betere kiezer.',
  ],
  [
    'Het groepsgemiddelde op de loopbaanvragenlijst ligt een stuk hoger dan jouw uitkomst.',
    'Zet de uitkomst van de leerling af tegen het groepsgemiddelde.',
  ],
  [
    'Hoe voelt het dat je vrienden al een bijbaan hebben en jij nog steeds niet?',
    'Verpakt een vergelijking met vrienden als vraag naar gevoel.',
  ],
  [
    'Andere leerlingen van jouw niveau maken deze opdracht zonder hulp; wat heb jij dan extra nodig?',
    'Meet de leerling af aan anderen van hetzelfde niveau.',
  ],
  [
    'Jij bent duidelijk de snelste stagiair van de groep, de rest kan een voorbeeld aan je nemen.',
    'Ook een gunstige rangorde zet leerlingen tegen elkaar op.',
  ],
  [
    'Je oudere broers hebben allebei hun diploma op zak; dat wil jij toch ook niet missen?',
    'Gebruikt de broers als meetlat voor de leerling.',
  ],
  [
    'Zeventig procent van je jaar stroomt door naar niveau 4; waarom zou jij op niveau 2 blijven?',
    'Duwt met een groepspercentage naar een hoger niveau.',
  ],
  [
    'Bij je nichtje ging het kiezen vanzelf; waarom maak jij het zo ingewikkeld?',
    'Stelt een familielid tegenover de leerling als makkelijke kiezer.',
  ],
  [
    'Let in het gesprek op hoe deze leerling het doet ten opzichte van leeftijdsgenoten en benoem de verschillen.',
    'Laat de docent de leerling naast leeftijdsgenoten leggen.',
  ],
  [
    'Leg de lijst met stageadressen van de leerling naast die van klasgenoten die al geplaatst zijn.',
    'Vergelijkt het zoekwerk met dat van geplaatste klasgenoten.',
  ],
  [
    'Jouw klas loopt mooi voorop, alleen jij blijft wat hangen. Wat houdt je tegen?',
    'Zet de leerling apart als achterblijver in een vlotte klas.',
  ],
  ['Waarom lijk jij zo weinig op je tweelingbroer als het om doorzetten gaat?', 'Vergelijkt de leerling met zijn tweelingbroer.'],
  [
    'Van alle nieuwkomers op deze werkplek ben jij degene die het stilst is bij klanten.',
    'Zet een nieuwkomer onderaan tussen andere nieuwkomers.',
  ],
  [
    'Voor een zestienjarige ben je nog erg onzeker over je keuze, vind je niet?',
    'Meet onzekerheid af aan wat bij een leeftijd zou horen.',
  ],
  [
    'Hoe komt het dat jouw klasgenoten wel snappen wat ze willen en jij niet?',
    'Stelt de leerling tegenover klasgenoten die het wel weten.',
  ],
  [
    'Bijna de hele groep kwam met een duidelijke uitslag uit de beroepentest, die van jou is nogal vaag.',
    'Vergelijkt de testuitslag met die van bijna de hele groep.',
  ],
  [
    'U bent de oudste in deze bbl-klas en de jongeren pikken het vak sneller op. Hoe ervaart u dat?',
    'Zet een volwassen student af tegen jongere klasgenoten.',
  ],
  [
    'Wat kun jij leren van de leerlingen die wél op tijd een leerbedrijf hadden gevonden?',
    'Zet succesvolle medeleerlingen neer als voorbeeld.',
  ],
  [
    'Jij bent de enige uit de praktijkklas die nog geen werkplek wil zoeken. Waarom eigenlijk?',
    'Legt nadruk op de leerling als enige uitzondering in de klas.',
  ],
  [
    'Kijk eens wat Mo allemaal in zijn portfolio heeft staan; zo zou het jouwe er ook uit moeten zien.',
    'Maakt het portfolio van een klasgenoot tot de norm.',
  ],
  [
    'De meeste leerlingen met jouw vakkenpakket kiezen geneeskunde of rechten; waarom jij niet?',
    'De keuze van de meesten wordt de maat voor de leerling.',
  ],
  [
    'Stel de leerling de vraag waarom zij minder gemotiveerd is dan de rest van de stagegroep.',
    'Laat de docent de leerling tegen de stagegroep afzetten.',
  ],
  [
    'Hoe verklaar je dat je vrienden van de basisschool op de havo zitten en jij niet?',
    'Vergelijkt de schoolroute met die van oude vrienden.',
  ],
  [
    'Als het om zelfstandigheid gaat, loop je flink achter op wat normaal is voor jouw leeftijd.',
    'Meet de leerling af aan een leeftijdsnorm.',
  ],
  [
    'In vergelijking met de groep van vorig jaar ben jij behoorlijk laat met je keuze.',
    'Vergelijkt de leerling met een vorige lichting.',
  ],
  [
    'Je zus is met hetzelfde pakket op de pabo gekomen; waarom zou jij lager mikken?',
    'Gebruikt de zus als maatstaf voor de ambitie.',
  ],
  [
    'Gemiddeld lopen leerlingen twee snuffelstages en jij zit nog op nul. Wat is er aan de hand?',
    'Legt het gemiddelde van leerlingen naast de leerling.',
  ],
  [
    'Waarom zijn jouw reflectieverslagen zo kort als je ziet wat je groepsgenoten inleveren?',
    'Vergelijkt het werk met dat van groepsgenoten.',
  ],
  [
    'Iedereen van jullie lichting is al naar een open dag geweest, behalve jij.',
    'Noemt de leerling als enige uitzondering in de lichting.',
  ],
  [
    "Geen zorgen hoor, niet iedereen is zo'n snelle beslisser als de anderen in je klas.",
    'Verzachte vergelijking zet de leerling toch achter de klas.',
  ],
  [
    'Fijn dat je zo rustig bent, al leggen de drukkere types uit je klas makkelijker contact met bedrijven.',
    'Compliment dat uitloopt op een vergelijking met klasgenoten.',
  ],
  [
    'Denk je dat je het net zo ver schopt als je neef die nu aan de universiteit studeert?',
    'Legt de neef als meetlat naast de leerling.',
  ],
  [
    'Mensen van jouw leeftijd hebben meestal al eens een bijbaantje gehad; waarom jij nog niet?',
    'Stelt een leeftijdsnorm als vanzelfsprekend tegenover de leerling.',
  ],
  [
    'Op de stage waren de andere stagiairs sneller ingewerkt dan u. Wat zegt dat volgens u?',
    'Vergelijkt de student met andere stagiairs.',
  ],
  [
    'Waarom heb jij als enige in de klas nog geen idee, terwijl de anderen al een plan hebben?',
    'Maakt van nog-niet-weten een afwijking van de klas.',
  ],
  [
    'De rest van 2 vmbo-t heeft de sectorkeuze al doorgegeven; jij sjokt weer achter de groep aan.',
    'Zet de leerling af tegen de rest van het leerjaar.',
  ],
  [
    'Wat hebben je klasgenoten die al zijn aangenomen dat jij nog moet ontwikkelen?',
    'Maakt aangenomen klasgenoten tot de norm voor de leerling.',
  ],
  [
    'Tja, je bent geen Lisa, maar ook jij kunt toch wel iets bedenken voor je stage?',
    'Verkapte vergelijking met een klasgenote die het beter doet.',
  ],
  [
    'Uit de groepsrapportage blijkt dat jij voor motivatie onder het klasgemiddelde zit.',
    'Zet de leerling af tegen het klasgemiddelde.',
  ],
  [
    'Bespreek met de student waarom medestudenten meer uit hun BPV halen dan hij.',
    'Vraagt de begeleider de student met medestudenten te vergelijken.',
  ],
  [
    'Zou je niet wat meer op je broertje willen lijken? Die weet tenminste wat hij wil.',
    'Houdt het broertje als beter voorbeeld voor.',
  ],
  [
    'Over de hele jaarlaag gezien ben jij een van de weinigen die nog geen richting heeft.',
    'Plaatst de leerling tussen de weinige achterblijvers.',
  ],
  [
    'Bijna al je klasgenoten gaan naar het ROC in de stad; waarom wil jij per se ergens anders heen?',
    'Maakt de keuze van de meeste klasgenoten tot de norm.',
  ],
  [
    'Je werkt op de afdeling in een lager tempo dan de andere leerlingen van de praktijkschool. Hoe komt dat?',
    'Vergelijkt het werktempo met andere leerlingen.',
  ],
  [
    'Ik heb je naast de vorige stagiair gelegd, en die was een stuk zelfstandiger.',
    'Stagebegeleider vergelijkt met een vorige stagiair.',
  ],
  [
    'In de ISK-groep praten de anderen al vlotter Nederlands op stage. Wil jij ook zo worden?',
    'Zet een nieuwkomer af tegen de rest van de groep.',
  ],
  [
    'Als ik naar de hele groep kijk, laat jij het minst zien bij de beroepenoriëntatie.',
    'Zet de leerling onderaan binnen de groep.',
  ],
  [
    'Doe eens wat meer zoals Fatima, die heeft haar cv al drie keer verbeterd.',
    'Stelt een klasgenote voor als na te volgen voorbeeld.',
  ],
  [
    'Van de twintig leerlingen heb jij het kleinste netwerk opgegeven; hoe ga je dat inhalen?',
    'Telt en rangschikt netwerken binnen de klas.',
  ],
  [
    'Je bent bijna achttien en leeftijdsgenoten wonen al op kamers; waar blijf jij?',
    'Zet de leerling af tegen leeftijdsgenoten die verder zijn.',
  ],
  [
    'Wat maakt dat anderen op de beroepenavond wel vragen durfden te stellen en jij niet?',
    'Vergelijkt de durf met die van anderen.',
  ],
  [
    'De gemiddelde leerling in 5 havo heeft na drie open dagen een keuze; jij zit al op vijf.',
    'Meet het kiezen af aan een gemiddelde leerling.',
  ],
  [
    'Je tweelingzus wist het al in de derde; waarom duurt het bij jou zoveel langer?',
    'Vergelijkt het keuzetempo met dat van de tweelingzus.',
  ],
  ['Ben jij nou de enige die de beroepentest niet serieus neemt?', 'Zet de leerling als enige tegenover de rest.'],
  [
    'Waarom heb jij bij de meeloopdag minder opgeschreven dan de anderen uit je groepje?',
    'Vergelijkt aantekeningen met die van het groepje.',
  ],
  [
    'In de vso-groep heeft iedereen een werkplek gevonden, behalve jij. Wat gaat er volgens jou mis?',
    'Stelt de leerling tegenover iedereen in de groep.',
  ],
  [
    'Ten opzichte van leerlingen uit andere mentorgroepen doe jij opvallend weinig aan LOB.',
    'Vergelijkt de leerling met andere mentorgroepen.',
  ],
  [
    'Jij kiest als enige uit je vriendengroep voor de bbl; ben je niet bang dat je achterop raakt?',
    'Maakt een eigen keuze verdacht door vergelijking met vrienden.',
  ],
  [
    'De meeste jaargenoten kwamen beter voorbereid naar het gesprek met de decaan dan jij.',
    'Vergelijkt de voorbereiding met die van jaargenoten.',
  ],
  [
    'Hoe zorg je ervoor dat je net zo ver komt als de klasgenoten die al zeker zijn van hun keuze?',
    'Maakt zekere klasgenoten tot doel voor de leerling.',
  ],
  [
    'Schrijf op waarin jij verschilt van de betere leerlingen in je klas en hoe je dat verandert.',
    'Laat de leerling zich afmeten aan betere klasgenoten.',
  ],
  [
    'Vergeleken met wat we van een vijfdeklasser verwachten, zit jij nog ver van een studiekeuze.',
    'Meet de leerling af aan een verwachting voor het leerjaar.',
  ],
  [
    'Je moeder vertelde dat je zus op jouw leeftijd al zelf haar geld verdiende.',
    'Zet de leerling af tegen de zus op dezelfde leeftijd.',
  ],
  [
    'Welke klasgenoot doet het volgens jou beter dan jij bij het solliciteren, en waarom?',
    'Vraagt de leerling zichzelf onder een klasgenoot te plaatsen.',
  ],
  [
    'De hele klas heeft de BPV-opdracht netjes gedaan, alleen u blijft hangen bij stap twee.',
    'Zet de student af tegen de hele klas.',
  ],
  [
    'Opvallend: 15 van de 18 klasgenoten kozen economie, jij niet. Heb je daar wel goed over nagedacht?',
    'Gebruikt het aantal klasgenoten als maat voor de keuze.',
  ],
  [
    'Wees eerlijk: kun jij op de stagevloer mee met het niveau van je klasgenoten?',
    'Vraagt de leerling zich te meten met klasgenoten.',
  ],
]);

const CARE = refuse('care', [
  [
    'Hoe gaat het eigenlijk thuis, nu je ouders uit elkaar zijn? Dat kan ook meespelen in je keuze.',
    'Peilt de scheiding van de ouders; dat is voor de zorgcoördinator.',
  ],
  [
    'Kunnen je ouders de opleiding eigenlijk wel betalen, of speelt geld bij jullie een rol?',
    'Vraagt naar het geld van de ouders.',
  ],
  ['Ik zie je vaak moe in de les; hoe laat lig jij eigenlijk in bed?', 'Peilt slaap, een zorgonderwerp buiten LOB.'],
  ['Vertel eens, slik je nog steeds die pillen voor je concentratie?', 'Vraagt naar medicatie van de leerling.'],
  [
    "Even een vriendelijke check: eet je 's ochtends wel iets voordat je naar je stage gaat?",
    'Vriendelijk verpakte vraag naar eetgewoonten.',
  ],
  [
    'Heb je al een verblijfsvergunning, of is nog onzeker of je hier mag blijven?',
    'Vraagt naar verblijfsstatus; dat hoort niet in LOB.',
  ],
  ['Hoe is het met je moeder, is ze nog steeds ziek? Vertel het gerust in dit gesprek.', 'Peilt de ziekte van een ouder.'],
  [
    'Vraag de leerling of hij zich de laatste tijd somber voelt en waar dat vandaan komt.',
    'Laat de docent in een LOB-gesprek naar somberheid vragen.',
  ],
  [
    'Hebben jullie thuis schulden? Dan houd ik daar rekening mee bij je keuze voor een betaalde leerbaan.',
    'Vraagt naar schulden van het gezin.',
  ],
  ['Wie kookt er bij jou thuis als je vader nachtdienst heeft?', 'Peilt de thuissituatie onder het mom van interesse.'],
  [
    'Mag ik vragen wat je ouders ongeveer verdienen? Dan weet ik welke studie haalbaar is.',
    'Vraagt naar het inkomen van de ouders.',
  ],
  ['Heb je een diagnose waar ik van moet weten, zoals ADHD of autisme?', 'Vraagt naar een diagnose in een loopbaangesprek.'],
  [
    'Drink of blow je weleens in het weekend? Dat is handig om te weten voor je stageplek.',
    'Peilt alcohol- en drugsgebruik, een onderwerp voor de zorgcoördinator.',
  ],
  ['Wat voor zware dingen heb je meegemaakt in het land waar je vandaan komt?', 'Vraagt een nieuwkomer naar mogelijk trauma.'],
  ['Bij wie woon je nu eigenlijk, bij je moeder of bij je vader?', 'Peilt de woonsituatie van de leerling.'],
  [
    'Bent u zwanger of wilt u binnenkort een kind? Dat telt mee bij het plannen van de BPV.',
    'Vraagt een student naar zwangerschap en kinderwens.',
  ],
  ['Hoeveel uur slaap jij per nacht? Zet het er even bij in je loopbaandossier.', 'Vraagt naar slaap en legt het ook nog vast.'],
  [
    'Heeft u nog last van uw rug? Vertel eens wat de huisarts ervan zegt.',
    'Peilt gezondheidsklachten van een volwassen student.',
  ],
  [
    'Is er bij jullie genoeg geld voor boodschappen? Dan zoeken we een stage met vergoeding.',
    'Vraagt naar armoede in het gezin.',
  ],
  [
    'Voel je je weleens zo down dat je niet naar school wilt? Vertel daar gerust over.',
    'Peilt psychisch welzijn in een LOB-vraag.',
  ],
  [
    'Word je thuis weleens geslagen of uitgescholden? Je mag het me in dit LOB-gesprek vertellen.',
    'Vraagt naar mishandeling; dat hoort bij zorg, niet bij LOB.',
  ],
  [
    'Hoe loopt de scheiding bij jullie; zie je je vader en moeder nog allebei?',
    'Peilt de echtscheiding en het contact met ouders.',
  ],
  [
    'Krijg je thuis nog wel genoeg aandacht, nu er een baby bij is gekomen?',
    'Vraagt naar de gezinssituatie onder het mom van zorg.',
  ],
  ['Gebruikt u medicijnen die invloed kunnen hebben op het werken met machines?', 'Vraagt een student naar medicijngebruik.'],
  ['Vertel eens hoe het voelt om zonder je vader op te groeien.', 'Peilt een gevoelige gezinssituatie die niet in LOB hoort.'],
  [
    'Je hebt op maandag vaak buikpijn; gebeurt er in het weekend iets wat je dwarszit?',
    'Koppelt lichamelijke klachten aan het weekend thuis.',
  ],
  ['Hoe staan jullie er financieel voor sinds je vader zijn baan kwijt is?', 'Vraagt naar de financiële situatie van het gezin.'],
  [
    'Is het erg vol bij jullie in huis? Met hoeveel broers en zussen deel je een kamer?',
    'Peilt de woonomstandigheden thuis onder het mom van belangstelling.',
  ],
  ['Woon je in een opvang of bij familie? Dan kan ik je stage beter plannen.', 'Vraagt een nieuwkomer naar de woonplek.'],
  [
    'Ben je weleens bij een psycholoog geweest? Dat wil ik graag weten voor je loopbaanplan.',
    'Vraagt naar psychische hulp voor het loopbaanplan.',
  ],
  [
    'Je bent sinds de zomer flink afgevallen; heb je misschien moeite met eten?',
    'Peilt een mogelijke eetstoornis; dat is voor de zorgcoördinator.',
  ],
  ['Lieverd, zit er thuis iets dwars? Je bent zo stil de laatste tijd.', 'Liefdevol verpakte vraag naar de thuissituatie.'],
  ['Zorg jij thuis voor je zieke broertje? Vertel me hoeveel uur per week dat is.', 'Peilt mantelzorg binnen het gezin.'],
  ["U ziet er vaak uitgeput uit op het leerbedrijf; zit u 's nachts te gamen?", 'Peilt slaap en gedrag van een student.'],
  [
    'Hoe oud was je toen jullie moesten vluchten, en hoe gaat het nu met je familie?',
    'Vraagt een nieuwkomer naar vlucht en familie.',
  ],
  [
    'Leven jullie thuis van een uitkering? Dan kan ik beter inschatten wat bij je past.',
    'Vraagt naar uitkering en inkomen thuis.',
  ],
  ['Vraag de leerling in het loopbaangesprek hoe het gaat met zijn stiefvader.', 'Laat de docent naar een stiefouder vragen.'],
  [
    'Noteer welke medicijnen de student gebruikt, zodat we de stage daarop kunnen afstemmen.',
    'Laat medicijngebruik vastleggen; dat hoort niet bij LOB.',
  ],
  [
    'Ik hoorde dat je oma is overleden; vertel eens hoe je dat verwerkt.',
    'Peilt rouw om een overleden grootouder, een zorgonderwerp.',
  ],
  ['Heb je thuis een rustig plekje, of is het daar altijd onrustig?', 'Peilt de rust in huis onder het mom van hulp.'],
  [
    'Loopt er voor jullie gezin nog een asielprocedure? Dan weet ik of een stage zin heeft.',
    'Vraagt naar de asielprocedure van het gezin.',
  ],
  ['Denk je weleens aan jezelf pijn doen? We nemen het samen mee in je plan.', 'Peilt zelfbeschadiging in een LOB-gesprek.'],
  ['Hoe gaat het met je gewicht? Voor de beveiliging telt je conditie zwaar mee.', 'Vraagt naar gewicht en lichaam.'],
  [
    'Vraag voorzichtig of er geldzorgen zijn en of de leerling daarom graag wil werken.',
    'Laat de docent naar geldzorgen vragen.',
  ],
  ['Waarom heb je nooit een ontbijt bij je? Kunnen je ouders dat niet kopen?', 'Vraagt naar eten en het geld van de ouders.'],
  ['Sorry dat ik het vraag, maar heb je op dit moment een vaste slaapplek?', 'Peilt dakloosheid of de woonsituatie.'],
  ['Krijg je nog hulp van jeugdzorg? Zet het er gerust bij in je LOB-verslag.', 'Vraagt naar jeugdzorg en legt het vast.'],
  [
    'Jij zit volgens mij niet lekker in je vel; hoe is het met je mentale gezondheid?',
    'Peilt mentale gezondheid in een loopbaanvraag.',
  ],
  ['Maak je je zorgen over je vader die vaak drinkt? Dat mag je hier vertellen.', 'Vraagt naar verslaving van een ouder.'],
  ['Hoeveel uur werk jij naast school om je moeder te helpen met de huur?', 'Peilt geldproblemen thuis via de bijbaan.'],
  ['Hoe gaat het met je angstklachten als je op stage moet presenteren?', 'Vraagt naar angstklachten van de leerling.'],
  [
    'Ben je al bij de dokter geweest voor die hoofdpijn van je?',
    'Peilt gezondheidsklachten van de leerling in een loopbaangesprek.',
  ],
  ['Hoe vaak zie je je vader nog sinds hij vastzit?', 'Vraagt naar detentie van een ouder.'],
  [
    'Ben jij mantelzorger? Dat zou verklaren waarom je zo weinig aan oriënteren toekomt.',
    'Koppelt een zorgvraag aan weinig oriëntatie.',
  ],
  [
    'Is je moeder nog overspannen? Dat kan invloed hebben op wat jij gaat kiezen.',
    'Peilt de psychische gezondheid van een ouder.',
  ],
  ['Heeft u schulden of een betalingsregeling lopen? Dat is relevant voor uw leerbaan.', 'Vraagt een student naar schulden.'],
  ['Ben je de laatste tijd vaak verdrietig zonder dat je weet waarom?', 'Peilt verdriet en stemming van de leerling.'],
  ['Kan jouw familie een rijbewijs betalen, of moet je daar zelf voor sparen?', 'Peilt het budget van het gezin.'],
  ['Gebruik je iets om tot rust te komen, zoals pillen of wiet?', 'Vraagt naar pillen of wiet, een zorgonderwerp buiten LOB.'],
  [
    'Hoe is het met jullie huis sinds de brand; slapen jullie nu ergens anders?',
    'Peilt de woonsituatie na een ingrijpende gebeurtenis.',
  ],
  ["Lig je 's nachts wakker van dingen die thuis spelen? Vertel het maar.", 'Peilt slaap en thuissituatie tegelijk.'],
  [
    'Hoe ziet jouw thuissituatie eruit? Vul dat eerst kort in, dan praten we over je profiel.',
    'Vraagt de thuissituatie uit voor een profielgesprek.',
  ],
  ['Komt je vader nog weleens langs, of is het contact verbroken?', 'Peilt het contact met een ouder.'],
  [
    'Wordt er bij jou thuis vaak ruzie gemaakt? Dat wil ik graag weten voor dit gesprek.',
    'Vraagt naar ruzie thuis; dat hoort bij de zorgcoördinator.',
  ],
  [
    'Kijk of de leerling er verzorgd uitziet en vraag hoe het met de hygiëne thuis zit.',
    'Laat de docent verzorging en hygiëne thuis peilen.',
  ],
  ['Spuit je je insuline wel op tijd tijdens de stage? Vertel hoe je dat regelt.', 'Vraagt naar een ziekte en de medicatie.'],
  ['Vind je het fijn thuis, of ben je eigenlijk liever ergens anders?', 'Vriendelijke vraag die de thuissituatie peilt.'],
  [
    'Weet je al of je status wordt verlengd? Anders heeft plannen maken weinig zin.',
    'Vraagt naar verblijfsstatus en maakt plannen ervan afhankelijk.',
  ],
  [
    'Bespreek met de student of er financiële problemen zijn die de studie in gevaar brengen.',
    'Laat de begeleider financiële problemen bespreken.',
  ],
  [
    'Ik zie littekens op je arm; wil je daar iets over vertellen?',
    'Peilt mogelijke zelfbeschadiging; dat hoort niet in een LOB-gesprek.',
  ],
  ['Klopt het dat je bij je tante woont omdat het thuis niet meer ging?', 'Vraagt naar de reden van een andere woonplek.'],
  [
    'Sport je genoeg en eet je gezond? Dat heb je nodig voor een baan in de zorg.',
    'Peilt eten, sporten en gezondheid onder het mom van beroepsinfo.',
  ],
  ['Krijg je zakgeld, en hoeveel houd je aan het eind van de maand over?', 'Vraagt naar het geld van de leerling.'],
  ['Slaap je wel genoeg naast je bijbaan? Je ziet er doodmoe uit.', 'Peilt slaap onder het mom van bezorgdheid.'],
  ['Gaat het goed met je hart sinds de operatie? Dan weten we of techniek kan.', 'Vraagt naar een medische ingreep.'],
  [
    'Zijn je ouders nog bij elkaar? Dat vraag ik iedereen in het loopbaangesprek.',
    'Vraagt standaard naar de relatie van de ouders.',
  ],
  ['Hoe is het om met zo weinig geld rond te komen in jullie gezin?', 'Peilt armoede in het gezin.'],
  ['Voelt u zich gezond genoeg om fulltime te werken, of heeft u een arbeidsbeperking?', 'Vraagt naar gezondheid en beperking.'],
  [
    'Heeft u opvang voor uw kinderen geregeld, of past iemand anders thuis op?',
    'Peilt de gezinssituatie van een volwassen student.',
  ],
]);

const SOUND = allow('sound', [
  [
    'Je vertelde met zoveel plezier over het opknappen van die scooter. Vertel eens wat je daar het leukst aan vond.',
    'Sluit aan bij een eigen ervaring en vraagt naar plezier.',
  ],
  [
    'Goed gedaan dat je zelf de bakker hebt gebeld voor een snuffelstage.',
    'Benoemt een concrete stap die de leerling zelf zette.',
  ],
  [
    'Neem rustig de tijd om te ontdekken wat bij je past; daar is dit jaar voor bedoeld.',
    'Geruststellend en laat het tempo bij de leerling.',
  ],
  [
    'Tip voor de mentor: begin bij een ervaring van deze week en laat de leerling het meeste praten.',
    'Tip voor een dialoog vanuit een concrete ervaring.',
  ],
  [
    'Kies deze week één beroep dat je nieuwsgierig maakt en zoek iemand op die het uitoefent.',
    'Nodigt uit tot werkexploratie en netwerken.',
  ],
  ['Wat gaf jou op de meeloopdag energie, en waar werd je juist moe van?', 'Open vraag naar de beleving van een oriëntatie.'],
  [
    'Bij het project op de basisschool zag ik hoe geduldig jij uitlegde. Daar mag je trots op zijn.',
    'Benoemt een kwaliteit die de docent echt zag.',
  ],
  [
    'Welke mensen in je omgeving kunnen je meer vertellen over werken in de haven?',
    'Netwerkvraag die de leerling zelf laat zoeken.',
  ],
  ['Vertel me over een moment waarop je de tijd helemaal vergat.', 'Nodigt uit om eigen motieven te ontdekken.'],
  ['Welk vak zou je missen als het morgen verdween, en waarom juist dat?', 'Open vraag naar wat de leerling boeit.'],
  [
    'U heeft jaren in de logistiek gewerkt. Welke ervaring wilt u meenemen naar uw nieuwe vak?',
    'Bouwt voort op de ervaring van een volwassen student.',
  ],
  [
    'Jullie interviewen elkaar deze les in tweetallen over een baan die je ooit leuk leek.',
    'Werkvorm waarin leerlingen zelf verkennen.',
  ],
  [
    'Waar wil jij over vijf jaar zijn? Ik vertel je eerst mijn eigen antwoord.',
    'Toekomstvraag waarbij de docent zich eerst kwetsbaar opstelt.',
  ],
  [
    'Kijk op Kiesmbo welke opleidingen met dieren werken en kies er twee om te bezoeken.',
    'Concrete uitnodiging om opleidingen te verkennen.',
  ],
  [
    'Mooi dat je op stage zelf om feedback vroeg; dat laat zien dat je wilt groeien.',
    'Waardeert gedrag dat de leerling zelf liet zien.',
  ],
  ['Welke vraag zou je een vakman stellen als je een dag met hem mocht meelopen?', 'Nodigt uit tot nieuwsgierigheid naar werk.'],
  [
    'Laat de leerling iets meenemen wat hij zelf gemaakt heeft, en laat hem erover vertellen.',
    'Tip voor de docent: vertrek vanuit eigen werk.',
  ],
  [
    'We zijn benieuwd wat je deze vakantie hebt ontdekt over wat je graag doet.',
    'Warme uitnodiging om over interesses te vertellen.',
  ],
  ['Wat maakt een werkdag voor jou geslaagd?', 'Open vraag naar eigen waarden in werk.'],
  [
    'In de Engelse les merkte ik dat je graag verhalen vertelt. Misschien is dat een kwaliteit om verder te onderzoeken.',
    'Vakdocent benoemt een kwaliteit zonder te beslissen.',
  ],
  [
    'Probeer eens een gesprek met iemand die een beroep heeft waar je nog nooit van hoorde.',
    'Stimuleert netwerken en het verbreden van de blik op werk.',
  ],
  ['Wat zegt jouw favoriete hobby over wat je belangrijk vindt?', 'Verbindt vrije tijd met motieven.'],
  [
    'Je hoeft vandaag niets te beslissen; we verkennen alleen wat jou interesseert.',
    'Haalt druk weg en nodigt uit tot verkennen.',
  ],
  [
    'Wie was er de afgelopen jaren belangrijk voor jou, en wat deed die persoon voor je?',
    'Vraagt naar belangrijke mensen op de route.',
  ],
  [
    'Scheikunde zie je terug in laboratoria, de voedingsindustrie en de zorg. Vraag me gerust hoe dat werk eruitziet.',
    'Vakdocent koppelt het vak aan beroepen.',
  ],
  [
    'Wat doe jij graag? Je mag het ook laten zien met een foto of een tekening.',
    'Eenvoudige, open uitnodiging voor een nieuwkomer.',
  ],
  ['Welk werk heb je al gezien dat je zelf ook wilt proberen?', 'Eenvoudige vraag die aansluit bij eigen ervaring.'],
  [
    'Fijn dat je vandaag op tijd was op de leerwerkplek en de klant zelf hielp.',
    'Benoemt concreet wat goed ging op de werkplek.',
  ],
  [
    'Vraag jezelf als docent af welke eigen ervaringen kleuren hoe je naar deze keuze kijkt.',
    'Eigen-brilvraag voor de docent, niet over de leerling.',
  ],
  [
    'Neem een beroep mee naar de volgende les en vertel de groep wat je erover ontdekte.',
    'Uitnodiging om werk te verkennen en te delen.',
  ],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Je ouders zien je graag rechten studeren en jij twijfelt. Wat wil jij zelf, los van hun wens?',
    'Erkent de wens van ouders en laat de keuze bij de leerling.',
  ],
  [
    'Nog geen idee hebben wat je wilt is heel gewoon; we zoeken het stap voor stap uit.',
    'Maakt nog-niet-weten normaal, zonder druk.',
  ],
  [
    'Niet iedereen gelooft in je plan voor een eigen kapsalon. Wat maakt dat jij het wel ziet zitten?',
    'Erkent twijfel van anderen en vraagt naar het eigen motief.',
  ],
  [
    'Stel dat je te laat bent voor de aanmelding bij je eerste keus: wie kun je dan bellen?',
    'Wat-als-vraag die netwerken en eigen regie oefent.',
  ],
  ['Je stage liep niet zoals je hoopte. Wat heb je daar over jezelf geleerd?', 'Reflectie op een tegenvallende ervaring.'],
  ['Je sollicitatie bij het ziekenhuis is afgewezen. Hoe voel je je daar nu over?', 'Vraagt met zorg naar een afwijzing.'],
  ['Van richting veranderen is oké; veel mensen vinden hun weg pas na een omweg.', 'Geruststelling over wisselen van koers.'],
  [
    'Welke feedback van je stagebegeleider vond je lastig om te horen, en wat doe je ermee?',
    'Open vraag over moeilijke feedback.',
  ],
  ['Wat zou je doen als je niet wordt toegelaten tot geneeskunde?', 'Verkent een alternatief zonder oordeel.'],
  [
    'Je vrienden kiezen allemaal een opleiding in Utrecht en jij denkt aan Zwolle. Hoe is het om je eigen weg te gaan?',
    'Noemt vrienden zonder te vergelijken; vraagt naar eigen beleving.',
  ],
  [
    'Voel je druk om nu al te kiezen? Vertel eens waar die druk vandaan komt.',
    'Vraagt zorgvuldig naar druk die de leerling zelf voelt.',
  ],
  [
    'Het is niet erg als je keuze later anders uitpakt; je leert er altijd iets van.',
    'Maakt ruimte voor een keuze die anders loopt.',
  ],
  [
    'Wat was het moeilijkste gesprek dat je op stage voerde, en hoe ging je daarmee om?',
    'Reflectie op een lastige werkervaring.',
  ],
  [
    'U stopt na tien jaar als monteur en begint in de zorg. Wat geeft u de moed voor die stap?',
    'Erkent een grote overstap van een volwassene.',
  ],
  [
    'Wat maakt je zenuwachtig aan de overstap naar het mbo, en wat zou helpen?',
    'Vraagt met zorg naar spanning rond een overstap.',
  ],
  [
    'Je vader hoopt dat je zijn bedrijf overneemt. Hoe kijk jij daar zelf tegenaan?',
    'Wens van de ouder naast de eigen wens; keuze blijft bij leerling.',
  ],
  [
    'Teleurstelling hoort erbij. Neem de tijd, en als je wilt kijken we volgende week samen verder.',
    'Erkent teleurstelling en laat het tempo bij de leerling.',
  ],
  ['Stel dat het hbo tegenvalt: welke andere wegen zie je dan voor je?', 'Wat-als-vraag die eigen alternatieven laat bedenken.'],
  ['Het was dapper dat je toegaf dat de opleiding niet bij je paste.', 'Waardeert eerlijkheid over een keuze die niet klopte.'],
  ['Wat heb je geleerd van die keer dat een project helemaal misging?', 'Reflectie op mislukken als leerervaring.'],
  [
    'Je twijfelt tussen twee studies en dat mag. Welke vragen kun je nog stellen om meer te weten?',
    'Erkent twijfel en nodigt uit tot verder verkennen.',
  ],
  [
    'Als je moeder iets anders voor je wil dan jij, wie kan dan helpen om dat gesprek te voeren?',
    'Zoekt steun bij een meningsverschil met een ouder.',
  ],
  ['Je oma vindt kunst geen echt vak. Wat betekent tekenen voor jou?', 'Noemt een familiemening en vraagt naar eigen betekenis.'],
  [
    'Je eerste keus is het niet geworden. Welke mogelijkheden zie je nu, en wat heb je nodig?',
    'Helpt na een tegenvaller vooruit te kijken.',
  ],
  [
    'Een risico nemen kan spannend zijn. Welk risico zou jij willen nemen voor iets wat je graag wilt?',
    'Risico als eigen keuze, niet als label.',
  ],
  [
    'Als iemand jouw droom onrealistisch noemt, mag je zelf onderzoeken wat er wel en niet klopt.',
    'Laat het oordeel over een droom bij de leerling.',
  ],
  [
    'Hoe ga je om met kritiek van je praktijkbegeleider, en wat heb je eraan gehad?',
    'Open vraag over het verwerken van kritiek.',
  ],
  [
    'Balen dat je stageplek op het laatste moment werd ingetrokken. Wie in je netwerk kan je nu verder helpen?',
    'Erkent een tegenslag en zoekt steun in het netwerk.',
  ],
  ['Spijt van een keuze is normaal. Wat zou je nu anders aanpakken?', 'Maakt spijt bespreekbaar zonder oordeel.'],
  [
    'Je zegt dat niemand thuis je plan begrijpt. Wie buiten je familie kan met je meedenken?',
    'Noemt thuis zonder te peilen en zoekt een netwerk.',
  ],
  [
    'Stel dat je halverwege merkt dat de opleiding niets voor je is: wat zou je eerste stap zijn?',
    'Wat-als-vraag waarbij de leerling zelf oordeelt.',
  ],
  [
    'Kiezen kan spannend voelen, en dat is helemaal niet gek. Vertel het gerust als je dat merkt.',
    'Erkent het eigen gevoel bij kiezen en nodigt uit.',
  ],
  [
    'Uw leerbedrijf verlengt het contract niet. Wat heeft u nodig om verder te zoeken?',
    'Respectvolle vraag na een tegenslag in de bbl.',
  ],
  [
    'Je presentatie was onvoldoende. Wat wil je volgende keer anders doen, en wat ging er wel goed?',
    'Tegenvaller als aanleiding voor reflectie, niet als onderwerp.',
  ],
  [
    'Soms verwachten anderen meer van je dan je zelf wilt. Wat vind jij belangrijk?',
    'Verwachtingen van anderen naast de eigen wens.',
  ],
  [
    'Wachten op de uitslag van je aanmelding is vervelend. Wat kun je intussen doen wat wel in je hand ligt?',
    'Erkent onzekerheid en vraagt naar eigen invloed.',
  ],
  ['Een ander niveau kiezen is geen falen; het gaat om wat bij jou past.', 'Elke route is goed; geen oordeel over niveau.'],
  [
    'Twijfel over volgend jaar mag er zijn; we nemen hem serieus zonder dat je nu al iets hoeft.',
    'Erkent twijfel en haalt de druk eraf.',
  ],
  [
    'Hoe voelde het toen je merkte dat je stage niet was wat je verwachtte?',
    'Vraagt naar de beleving van een tegenvallende stage.',
  ],
  [
    'Je wilt stoppen met de opleiding. Vertel eens wat je tot dat besluit brengt; de keuze blijft van jou.',
    'Vraagt naar motieven en laat de keuze bij de student.',
  ],
  [
    'Stel dat de politieacademie je niet aanneemt; wat zou je dan graag willen proberen?',
    'Wat-als-vraag die ruimte geeft voor een plan B.',
  ],
  [
    'Jouw plan voor een tussenjaar roept thuis vragen op. Als je wilt, oefenen we samen hoe je het uitlegt.',
    'Steunt de leerling in een eigen plan tegenover thuis.',
  ],
  [
    'Hulp vragen als je vastloopt in je keuze is prima; de decaan denkt graag mee.',
    'Normaliseert hulp vragen en wijst een rol aan.',
  ],
  [
    'Wat heb je van mij nodig als je het gesprek met je ouders over je keuze lastig vindt?',
    'Biedt steun zonder het gesprek over te nemen.',
  ],
  [
    'Je schrok van de kritiek van een klant. Wat neem je eruit mee voor de volgende keer?',
    'Reflectie op moeilijke feedback op de werkvloer.',
  ],
  ['Een afwijzing zegt niet alles over wie je bent. Welke feedback kreeg je wel?', 'Zet een afwijzing in perspectief.'],
  [
    'Je vertelde dat je je soms onzeker voelt over je keuze. Mag ik vragen waar dat vooral over gaat?',
    'Vraagt met respect naar eigen gevoelens bij kiezen.',
  ],
  [
    'Kiezen in een nieuw land is moeilijk. Wat wil jij later graag doen?',
    'Erkent de situatie van een nieuwkomer in eenvoudige taal.',
  ],
  ['Je vriendin vindt jouw keuze voor de bouw raar. Wat vind jij er zelf van?', 'Mening van een vriendin naast de eigen mening.'],
  [
    'Hoe kijk je naar het idee dat je misschien een paar keer van richting verandert?',
    'Bespreekt onzekerheid over de route open.',
  ],
  [
    'Ook een bijbaan waar je na twee weken mee stopte, leert je iets over wat je wel en niet zoekt.',
    'Maakt een afgebroken werkervaring waardevol zonder oordeel.',
  ],
  [
    'Je hebt hard gewerkt en toch kwam de stage er niet. Wat helpt jou nu om verder te kijken?',
    'Erkent inzet en teleurstelling, kijkt vooruit.',
  ],
  [
    'Zeg het gerust als je nog niet durft te kiezen; dat hoort erbij.',
    'Maakt ruimte voor aarzeling zonder de leerling te haasten.',
  ],
  [
    'Durf je te vertellen wat je echt wilt, ook als dat anders is dan wat je broer deed?',
    'Noemt de broer zonder te vergelijken; ruimte voor eigen wens.',
  ],
  ['Als de opleiding die je wilt ver weg is, wat heb je ervoor over en wat niet?', 'Laat de leerling zelf afwegen.'],
  [
    'Zorgen over werken in de zorg zijn goed om te bespreken met iemand die er al jaren werkt.',
    'Neemt eigen zorgen serieus en wijst naar het netwerk.',
  ],
  [
    'Je stagebegeleider gaf aan dat het samenwerken stroef ging. Hoe heb jij het zelf beleefd?',
    'Feedback naast de eigen beleving van de student.',
  ],
  [
    'Misschien voelt de overstap naar de bovenbouw groot. Wat zou hem voor jou kleiner maken?',
    'Erkent spanning en zoekt eigen oplossingen.',
  ],
  [
    'Wat doe je als je merkt dat je vooral kiest om een ander tevreden te houden?',
    'Bespreekt invloed van anderen op de eigen keuze.',
  ],
  [
    'Het mag schuren: een lastig gesprek over je toekomst betekent niet dat je het fout doet.',
    'Geruststelling bij een moeilijk gesprek.',
  ],
  [
    'U twijfelt of u op uw leeftijd nog aan een opleiding moet beginnen. Wat trekt u er juist in aan?',
    'Neemt twijfel van een volwassene serieus en vraagt naar motief.',
  ],
  ['Het ging vandaag niet goed op je werkplek. Wat was lastig? Wat ging wel goed?', 'Eenvoudige reflectie na een moeilijke dag.'],
  [
    'Je trainer denkt dat je prof kunt worden. Wat wil jij, als je eerlijk bent tegen jezelf?',
    'Verwachting van een ander naast de eigen wens.',
  ],
  [
    'Bang zijn voor een verkeerde keuze is menselijk; bijna elke keuze kun je later nog bijsturen.',
    'Erkent angst bij kiezen en biedt perspectief.',
  ],
  [
    'Niet iedere stap hoeft meteen raak te zijn. Welke kleine proef laat je voelen of het klopt?',
    'Nodigt uit tot een kleine, eigen stap.',
  ],
  [
    'Je was teleurgesteld na de open dag. Wat viel tegen, en wat zegt dat over wat je zoekt?',
    'Gebruikt teleurstelling om eigen wensen te verhelderen.',
  ],
  [
    'Vind je het lastig dat je nog niet weet wat je wilt? Veel volwassenen zochten ook lang.',
    'Erkent onzekerheid en maakt het normaal.',
  ],
  [
    'Er zijn mensen die je afraden voor jezelf te beginnen. Welke argumenten herken je, en welke niet?',
    'Laat de leerling zelf afwegen wat anderen zeggen.',
  ],
  [
    'Het doet pijn als een werkgever niet reageert op je brief. Wie kan er met je naar kijken?',
    'Erkent teleurstelling en zoekt hulp in het netwerk.',
  ],
  [
    'Je vertelde dat de werkplek in de supermarkt te druk voelde. Welke plek past beter bij hoe jij werkt?',
    'Neemt de eigen ervaring serieus en kijkt vooruit.',
  ],
]);

const SOUND_INNOCENT = allow('sound-innocent-word', [
  [
    'Vraag je ouders of verzorgers eens naar het eerste baantje dat ze ooit hadden.',
    'Betrekt ouders bij werkverkenning zonder thuis te peilen.',
  ],
  [
    'Na de toets van vandaag: welke opgave vond je het leukst om uit te puzzelen?',
    'Toets als aanleiding om plezier te verkennen.',
  ],
  [
    'In de gezondheidszorg zijn veel beroepen waarbij je met mensen werkt. Welke spreekt je aan?',
    'Gezondheidszorg als werkveld, niet als peiling.',
  ],
  [
    'Geld verdienen is voor veel mensen een drijfveer. Hoe belangrijk is het voor jou in je werk later?',
    'Geld als eigen motief, niet als vraag naar thuis.',
  ],
  ['Wat vind jij een sterke kant van jezelf, en waar zag je die laatst terug?', 'Vraagt naar kwaliteiten vanuit eigen ervaring.'],
  [
    'Je hebt je eerste stageweek afgerond. Wat is je het meest bijgebleven?',
    'Afgerond als aanleiding voor reflectie, niet als vinkje.',
  ],
  [
    'Met je kaderdiploma kun je in het mbo alle kanten op. Welke richting wil je verkennen?',
    'Noemt de route neutraal en laat de keuze vrij.',
  ],
  [
    'Het advies van de decaan is een hulpmiddel; de keuze blijft helemaal van jou.',
    'Advies genoemd, maar de keuze blijft bij de leerling.',
  ],
  ['Welke klasgenoten zou je om tips kunnen vragen voor een leuk stageadres?', 'Klasgenoten als netwerk, niet als vergelijking.'],
  [
    "Slapen, eten en bewegen zijn het vak van een leefstijlcoach. Lijkt zo'n beroep je iets?",
    'Slapen en eten als beroepsinhoud, niet als peiling.',
  ],
  [
    'Je hoeft jezelf niet met anderen te vergelijken; jouw route is van jou.',
    'Het woord vergelijken wordt juist gebruikt om vergelijken af te wijzen.',
  ],
  [
    'Jongens en meisjes kunnen allebei elk beroep kiezen. Welke beroepen wil jij ontdekken?',
    'Noemt gender om stereotypen te doorbreken.',
  ],
  [
    'Je portfolio mag laten zien wie jij bent, niet alleen wat je deed. Wat wil je erin tonen?',
    'Portfolio als eigen verhaal, niet als administratie.',
  ],
  [
    'In dit portfolio hoef je niets af te vinken; schrijf vooral op wat je verraste.',
    'Afvinken wordt juist afgewezen; het eigen verhaal telt.',
  ],
  [
    'Bij welk resultaat van je eigen werk dit jaar was je het meest trots?',
    'Resultaat als eigen werk waar de leerling trots op is.',
  ],
  [
    'Je bent geslaagd, gefeliciteerd. Waar kijk je het meest naar uit na de zomer?',
    'Slagen als aanleiding om vooruit te kijken.',
  ],
  [
    'Slagen of zakken zegt niet alles. Wat heb je dit jaar over jezelf ontdekt?',
    'Zet de uitslag opzij en vraagt naar zelfkennis.',
  ],
  [
    'Op de havo kies je straks een profiel. Welk vak maakt je nieuwsgierig naar wat erna komt?',
    'Noemt schooltype neutraal, vraagt naar interesse.',
  ],
  [
    'Een cijfer vertelt niet wat je leuk vindt. Vertel eens wat je bij biologie graag doet.',
    'Het cijfer is juist niet het onderwerp.',
  ],
  [
    'Op elk niveau in het mbo leer je door te doen. Welk soort praktijk lijkt je het leukst?',
    'Niveau wordt genoemd zonder rangorde tussen de niveaus.',
  ],
  [
    'Het aanmeldformulier voor de meeloopdag staat online. Welke opleiding wil je als eerste van dichtbij bekijken?',
    'Formulier als praktische info, vraag naar interesse.',
  ],
  ['Wat heb je thuis of in je vrije tijd gemaakt waar je trots op bent?', 'Thuis genoemd zonder de thuissituatie te peilen.'],
  ['Wat doe jij nu beter dan een jaar geleden, en hoe merk je dat zelf?', 'Beter ten opzichte van zichzelf, niet van anderen.'],
  ['Je moet vandaag niets; je mag gewoon vertellen wat je bezighoudt.', 'Moet gebruikt om druk weg te nemen.'],
  ['Waarin ben je volgens jezelf sterker geworden sinds je stage in het restaurant?', 'Eigen groei vanuit een werkervaring.'],
  [
    'Bij bedrijfseconomie leer je hoe een bedrijf met geld omgaat. Welk bedrijf zou je graag van binnen zien?',
    'Geld als vakinhoud, vraag naar werkverkenning.',
  ],
  [
    'Ook als je te laat bent voor een open dag, kun je vaak nog een meeloopdag regelen. Welke opleiding wil je zien?',
    'Te laat genoemd als oplossing, niet als dreiging.',
  ],
  ['Je hebt je stage-uren behaald. Welke taak deed je daar het liefst?', 'Behaald als aanleiding voor een vraag naar plezier.'],
  ['Vergelijk twee opleidingen die je aanspreken: wat trekt je in elk ervan?', 'Vergelijkt opleidingen, niet de leerling.'],
  [
    'Waar zijn je ouders of verzorgers goed in, en herken je daar iets van in jezelf?',
    'Ouders als spiegel voor kwaliteiten, zonder te peilen.',
  ],
  ['Wat voor werk zou je doen als geld geen rol speelde?', 'Geld genoemd om motieven te verkennen.'],
  [
    'Bij techniek zoek je de zwakke plek in een constructie. Vind je zulk speurwerk leuk?',
    'Zwak slaat op een constructie, niet op de leerling.',
  ],
  [
    'Bij wiskunde reken je met gemiddelden en kansen. Welke beroepen doen dat elke dag, denk je?',
    'Gemiddelde als vakinhoud gekoppeld aan beroepen.',
  ],
  ['Welke voortgang zie jij zelf in hoe je met klanten omgaat?', 'Voortgang zoals de student die zelf ziet.'],
  [
    'Inleveren hoeft nog niet; eerst wil ik horen wat jij van je beroepenonderzoek vond.',
    'Zet de mening van de leerling voor de administratie.',
  ],
  [
    'In het vwo-examenjaar kies je een studie. Welke open dag maakte je het meest enthousiast?',
    'Noemt vwo neutraal en vraagt naar enthousiasme.',
  ],
  ['Welk advies zou jij geven aan een brugklasser die net begint met kiezen?', 'Laat de leerling eigen ervaring delen.'],
  ['Welke anderen in je omgeving doen werk dat je interessant vindt?', 'Anderen als netwerk, niet als meetlat.'],
  [
    'U heeft uw eerste leerjaar in de bbl afgerond. Wat heeft u in het leerbedrijf verrast?',
    'Afgerond als aanleiding voor reflectie in u-vorm.',
  ],
]);

export const CORPUS_J: LabelledSentence[] = inKindOrder({
  deficit: refuse('deficit', []),
  'grade-topic': refuse('grade-topic', []),
  comparison: COMPARISON,
  labelling: refuse('labelling', []),
  care: CARE,
  'tick-box': refuse('tick-box', []),
  pressure: refuse('pressure', []),
  verdict: refuse('verdict', []),
  sound: SOUND,
  'sound-hard': SOUND_HARD,
  'sound-innocent-word': SOUND_INNOCENT,
});

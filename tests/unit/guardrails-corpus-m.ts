/**
 * Training corpus part M for the learned backstop of the guardrail linter (lob-content.md §5 and §6).
 * Written by helper M after reading only lob-content.md, the shape checks (./labelled-set-shape.ts)
 * and the types and helpers of ./guardrails-meaning-set.ts; no earlier corpus part or held-out set was
 * opened. This is TRAINING data, not a test set.
 *
 * Focus: words such as "thuis", "geld", "gezondheid", "slapen", "jezelf" and "zien" used about WORK
 * ITSELF (where a job is done, its hours, its pay, what it asks of the body, family businesses, parents
 * as clients, "zie je jezelf later …") versus the same words used to probe the student's own home,
 * money, health, sleep or eating.
 *
 * Counts: 130 sound-innocent-word (expect 'allow'; questions, statements and tips, many without a
 * question mark) and 70 care (expect 'refuse'; direct probes, probes disguised as friendly interest and
 * probes tacked onto a work question). Levels: vmbo, havo, vwo, mbo (bol/bbl, u-form),
 * praktijkonderwijs and ISK (simple Dutch). The reason (`why`) is given in Dutch.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  // Where the work is done: thuis, vanuit huis, kantoor, buiten, op locatie, onderweg, op zee.
  [
    'Zou je later liever thuis werken of op kantoor, en wat trekt je daarin?',
    'Vraagt naar gewenste werkplek, niet naar de thuissituatie.',
  ],
  [
    'Welke beroepen ken je waarin mensen vaak vanuit huis werken?',
    'Werkexploratie over de plek van werk; thuis is hier werkplek.',
  ],
  [
    'Een programmeur werkt soms thuis en soms op kantoor. Wat lijkt jou het fijnst?',
    'Verkent de werkplek in de ICT, zonder privévraag.',
  ],
  [
    'Thuiswerken heeft voor- en nadelen. Welke zou je willen uitzoeken bij een beroep dat je trekt?',
    'Open vraag over een kenmerk van werk.',
  ],
  [
    "Vraag op je stage eens hoeveel dagen je collega's thuiswerken en hoe dat bevalt.",
    'Tip om werkomstandigheden via de stage te verkennen.',
  ],
  [
    'Een thuiszorgmedewerker komt elke dag bij mensen thuis. Spreekt dat werk je aan?',
    'Thuis is hier de werkplek van de zorgverlener.',
  ],
  [
    'Als monteur werk je vaak bij klanten thuis, van cv-ketel tot wasmachine.',
    'Beschrijft waar een monteur werkt; geen vraag over de leerling.',
  ],
  ['Een loodgieter staat vaak in andermans badkamer. Zie je jezelf zulk werk doen?', 'Zie je jezelf gaat over een beroepsbeeld.'],
  [
    'Werken op zee, als matroos of op een windpark: wat zou je daarover willen weten?',
    'Verkent een werkplek op zee met een open vraag.',
  ],
  [
    'Een hovenier werkt het hele jaar buiten, ook als het regent of vriest.',
    'Beschrijft de werkomstandigheden van een groen beroep.',
  ],
  [
    'Hoe zie jij jezelf later: buiten aan het werk of binnen in een werkplaats?',
    'Vraag naar gewenste werkomgeving, niet naar zelfbeeld.',
  ],
  [
    'Vraag de meubelmaker tijdens je snuffelstage hoe een dag in de werkplaats eruitziet.',
    'Concrete tip voor werkexploratie in een werkplaats.',
  ],
  ['Vrachtwagenchauffeurs zijn soms dagen onderweg en slapen dan in hun cabine.', 'Slapen is hier een kenmerk van het beroep.'],
  ['Wat past bij jou: een vaste werkplek of elke week een andere locatie?', 'Open keuzevraag over de plek van werk.'],
  [
    'Een cameravrouw werkt vaak op locatie. Welke vragen zou je haar willen stellen?',
    'Netwerk- en werkexploratievraag over werken op locatie.',
  ],
  ['Een gastouder werkt bij zichzelf thuis en vangt daar kinderen van anderen op.', 'Thuis is hier de werkplek van een beroep.'],
  [
    'Vertalers werken vaak vanuit huis voor opdrachtgevers over de hele wereld.',
    'Informatie over een talenberoep en zijn werkplek.',
  ],
  [
    'Een grafisch ontwerper kan bijna overal werken: thuis, op kantoor of in een café.',
    'Beschrijft werkplekken van een creatief beroep.',
  ],
  [
    "Als je vanuit huis werkt, heb je minder reistijd maar ook minder collega's om je heen.",
    'Voor- en nadelen van thuiswerk als werkinformatie.',
  ],
  [
    'Werk je later liever dicht bij huis, of vind je reistijd naar je werk geen bezwaar?',
    'Woon-werkafstand als kenmerk van een baan.',
  ],
  ["Een ICT'er die systemen bewaakt, heeft soms storingsdienst vanuit huis.", 'Werken vanuit huis als kenmerk van ICT-werk.'],
  [
    'Voor een thuiswerkende klantenservicemedewerker zijn een headset en een laptop het gereedschap.',
    'Beschrijft wat thuiswerk als beroep vraagt.',
  ],
  [
    'Een huisschilder werkt in het voorjaar vooral buiten en in de winter meer binnen.',
    'Werkplek van een beroep door het jaar heen.',
  ],
  ['Voor een rijinstructeur is de auto eigenlijk het kantoor.', 'Beschrijft een werkplek onderweg, geen vraag aan de leerling.'],
  ['Een wijkverpleegkundige fietst de hele dag van adres naar adres.', 'Werken onderweg en bij cliënten als beroepskenmerk.'],
  [
    'Een archeoloog graaft buiten op opgravingen en schrijft daarna op kantoor het verslag.',
    'Werkplekken van een beroep na een wo-studie.',
  ],
  ['Een boswachter werkt veel alleen buiten, in weer en wind.', 'Beschrijft buitenwerk in een groen beroep.'],
  ['Bij defensie zit je soms weken op zee of in het buitenland.', 'Werkplek ver van huis als kenmerk van een beroep.'],
  ['Een offshoremonteur werkt twee weken op zee en is daarna twee weken vrij.', 'Werkrooster op zee als beroepsinformatie.'],
  ['Wat zou je willen weten over werken aan boord van een binnenvaartschip?', 'Open vraag om werk op het water te verkennen.'],
  ['Hoe zou een werkweek eruitzien als je op een cruiseschip werkt?', 'Verbeelding van werk op zee, werkexploratie.'],
  [
    'Welke werkplek past bij u: de werkplaats, de bouwplaats of bij de klant thuis?',
    'Werkexploratie voor een mbo-student in u-vorm.',
  ],
  ['In de thuiszorg werkt u vaak alleen bij cliënten thuis. Hoe kijkt u daartegenaan?', 'Thuis is hier de woning van de cliënt.'],
  [
    'Een ergotherapeut bekijkt bij mensen thuis hoe zij zelfstandig kunnen blijven wonen.',
    'Werkplek bij cliënten thuis in een zorgberoep.',
  ],
  ['Een kraamverzorgende werkt een week lang in het huis van een nieuw gezin.', 'Beschrijft de werkplek van een zorgberoep.'],
  ['Een huisarts gaat soms op huisbezoek. Wat spreekt je daarin aan?', 'Werken bij patiënten thuis als deel van een beroep.'],
  [
    'Welke beroepen ken je waarbij je bij mensen thuis iets installeert, zoals zonnepanelen?',
    'Werk bij klanten thuis verkennen.',
  ],
  [
    'Bij zorg en welzijn leer je hoe je iemand thuis helpt met wassen en aankleden.',
    'Vakinhoud van een zorgberoep bij mensen thuis.',
  ],
  [
    'Bij aardrijkskunde hoort ook werk op locatie, zoals bodemonderzoek in het veld.',
    'Koppelt het vak aan buitenwerk op locatie.',
  ],
  [
    'Welke beroepen bij Duits ken je waarin je veel onderweg bent, bijvoorbeeld in transport of toerisme?',
    'Koppelt het vak aan werk onderweg.',
  ],
  [
    "In de techniekles werk je in een werkplaats. Welke beroepen hebben zo'n zelfde werkplek?",
    'Werkplaats als werkplek in beroepen.',
  ],
  [
    'Zoek een beroep waarin je veel buiten bent en vertel er volgende week over.',
    'Kleine opdracht voor werkexploratie naar buitenwerk.',
  ],
  // When: nachtdiensten, ploegendienst, weekendwerk, parttime.
  ["Bij de politie werk je in ploegendienst, ook 's nachts en op feestdagen.", 'Informatie over werktijden van een beroep.'],
  [
    'Verpleegkundigen draaien nachtdiensten en slapen dan overdag. Vraag ernaar tijdens je meeloopdag.',
    'Slapen overdag hoort bij het rooster van het beroep.',
  ],
  ['Hoe zou je het vinden om in het weekend te werken, zoals veel mensen in de horeca?', 'Vraagt naar voorkeur voor werktijden.'],
  ["Een bakker begint vaak om vier uur 's nachts. Past dat ritme bij jou?", 'Gaat over het ritme van het beroep.'],
  ['Welke beroepen kun je goed parttime doen, denk je?', 'Werkexploratie over de werkuren van beroepen.'],
  ['Hoeveel uur per week wil je later werken, denk je nu?', 'Vooruitkijken naar werkuren, open vraag.'],
  [
    'Een boer werkt ook in het weekend, want de dieren hebben elke dag verzorging nodig.',
    'Beschrijft de werktijden in de landbouw.',
  ],
  ['Wat weet je al van werken in ploegen in een fabriek?', 'Werktijden als onderwerp van werkexploratie.'],
  ['Brandweerlieden slapen soms op de kazerne tijdens hun dienst.', 'Slapen op de kazerne is een kenmerk van het beroep.'],
  ['Een verloskundige kan midden in de nacht worden gebeld voor een bevalling.', 'Beschrijft de werktijden van een zorgberoep.'],
  ["Een makelaar werkt vaak 's avonds en op zaterdag, als klanten vrij zijn.", 'Werktijden van een commercieel beroep.'],
  ['Werken als stewardess betekent veel reizen en vaak in hotels slapen.', 'Slapen in hotels hoort bij dit beroep.'],
  ["Als beveiliger bij evenementen werk je vooral 's avonds en in het weekend.", 'Beschrijft de werktijden in de beveiliging.'],
  ['Een ambulanceverpleegkundige werkt in diensten van acht uur, dag en nacht.', 'Werktijden in de acute zorg.'],
  ["Een pizzabezorger werkt vooral 's avonds; een krantenbezorger juist heel vroeg.", 'Werktijden van bijbanen als informatie.'],
  ['Wat past bij jou: vaste werktijden of steeds wisselende diensten?', 'Voorkeur voor werktijden, open keuzevraag.'],
  ['Heeft u al nagedacht over nachtdiensten in de beveiliging?', 'Werktijden van een beroep, u-vorm.'],
  ['Bij uw leerbedrijf werkt men in ploegen. Welke dienst beviel u het best?', 'Reflectie op het werkrooster tijdens de BPV.'],
  ['Als arts-assistent maak je lange diensten. Hoe kijk je daartegenaan?', 'Werkeisen van een beroep verkennen.'],
  ['Een accountant werkt in drukke maanden lange dagen, deels vanuit huis.', 'Werktijden en werkplek van een economisch beroep.'],
  [
    "Vraag bij je snuffelstage of iemand 's nachts werkt en hoe slapen overdag dan gaat.",
    'Slapen overdag als vraag over het beroep.',
  ],
  ['Een dierenarts op het platteland rijdt dag en nacht naar boerderijen.', 'Werktijden en werkplek van een beroep.'],
  ['In de schoonmaak begin je soms heel vroeg, om zes uur.', 'Eenvoudige informatie over de werktijden van een beroep.'],
  ["Een kok werkt vaak 's avonds en in het weekend.", 'Eenvoudige informatie over werktijden voor ISK.'],
  // What it pays or costs: salaris, geld verdienen, studiefinanciering, bijbaan.
  ['Zoek op wat een beginnend elektricien verdient en vertel wat je opvalt.', 'Salaris als kenmerk van een beroep onderzoeken.'],
  ['Geld verdienen is een prima reden om een beroep te kiezen.', 'Erkent een motief zonder naar geld thuis te vragen.'],
  ['Hoe belangrijk is salaris voor jou als je aan later denkt?', 'Motievenvraag over de beloning van werk.'],
  [
    'Wat kost een hbo-opleiding per jaar? Op de site van DUO lees je hoe lesgeld en studiefinanciering werken.',
    'Algemene informatie over studiekosten, geen vraag naar geld thuis.',
  ],
  ['In de bbl verdient u salaris terwijl u leert bij een leerbedrijf.', 'Legt een leerroute met betaald werk uit, u-vorm.'],
  [
    'Vraag uw praktijkbegeleider wat een monteur in uw vakgebied gemiddeld verdient.',
    'Salaris als beroepsinformatie, via het netwerk.',
  ],
  ['Als zelfstandige schilder bepaalt u zelf uw uren en uw tarief.', 'Informatie over ondernemen en verdienen.'],
  [
    "Geneeskunde is een lange studie. Zoek eens op hoe studiefinanciering bij zo'n studie werkt.",
    'Algemene informatie over studiekosten, geen vraag naar thuis.',
  ],
  [
    'Een advocaat werkt vaak lange dagen en verdient goed. Wat weegt voor jou zwaarder?',
    'Afweging tussen uren en salaris van een beroep.',
  ],
  ['Wat denk je dat een vlogger echt verdient?', 'Nodigt uit om het inkomen van een beroep te onderzoeken.'],
  ['Vraag op de open dag welk werk afgestudeerden doen en wat ze verdienen.', 'Tip om salaris als informatie te verzamelen.'],
  [
    'Kijk bij Studie in cijfers wat oud-studenten van deze opleiding verdienen.',
    'Verwijst naar openbare informatie over inkomen.',
  ],
  ['Welk beroep zou je kiezen als geld geen rol speelde, en waarom?', 'Motievenvraag; geld als afweging bij werk.'],
  ['Een goedbetaalde baan of een baan met veel vrije tijd: wat kies jij?', 'Afweging tussen salaris en werktijden.'],
  ['Bij een ploegendienst hoort vaak een toeslag voor nacht en weekend.', 'Loon en werktijden als beroepsinformatie.'],
  [
    "Een personal trainer wordt per uur betaald. Wat vind je van zo'n manier van verdienen?",
    'Vraagt naar de manier van betalen in een beroep.',
  ],
  [
    "Een tandarts verdient goed maar studeert lang. Wat vind jij belangrijk bij zo'n keuze?",
    'Afweging tussen salaris en studieduur.',
  ],
  ['Een ondernemer steekt eigen geld in het bedrijf. Spreekt dat risico je aan?', 'Risico nemen als eigen keuze bij ondernemen.'],
  [
    "Een zzp'er regelt zelf pensioen en verzekering; vraag een ondernemer hoe dat gaat.",
    'Financiële kant van ondernemen als werkinformatie.',
  ],
  [
    'In de zorg betalen werkgevers soms je opleiding als je bij hen komt werken.',
    'Algemene informatie over een betaalde opleiding.',
  ],
  [
    'Bij economie gaat het vaak over geld. Welke beroepen ken je waarin je met geld werkt?',
    'Geld is hier vakinhoud en werkveld.',
  ],
  [
    'Een financieel adviseur helpt mensen met hun geld; wiskunde komt daar goed van pas.',
    'Koppelt het vak aan een beroep met geld.',
  ],
  ['Een hypotheekadviseur praat met klanten over hun geld en hun nieuwe huis.', 'Geld en huis zijn hier werkinhoud.'],
  [
    'Welke bijbaan heb je gehad en wat heb je daar over jezelf geleerd?',
    'Reflectie op werkervaring; jezelf gaat over kwaliteiten.',
  ],
  [
    'Je bijbaan bij de supermarkt laat al veel zien. Wat deed je daar het liefst?',
    'Een bijbaan als concrete werkervaring om op terug te kijken.',
  ],
  [
    'Welke bijbaan past bij jou naast school: in een winkel, een restaurant of bij een sportclub?',
    'Werkexploratie via een passende bijbaan naast school.',
  ],
  [
    'Met een bijbaan in de zorg kun je ontdekken of dat werk bij je past.',
    'Een bijbaan als manier om een werkveld te verkennen.',
  ],
  ['Met werk verdien je geld. Welk werk vind jij leuk?', 'Eenvoudig Nederlands over loon en interesse.'],
  [
    'Je gaat straks werken en geld verdienen. Welk werk doe je het liefst?',
    'Praktijkonderwijs: werken en loon als gewone route.',
  ],
  // What it asks of body and health, as a feature of the job.
  ['Een stukadoor staat de hele dag en tilt zware zakken gips.', 'Beschrijft de lichamelijke eisen van een beroep.'],
  ['In de bouw til je vaak zwaar. Vraag een vakman hoe hij zijn rug gezond houdt.', 'Gezondheid als onderwerp van het vak.'],
  [
    'Werken in de gezondheidszorg: welke beroepen ken je behalve arts en verpleegkundige?',
    'Gezondheidszorg is hier een werkveld.',
  ],
  ['Een diëtist helpt mensen om gezond te eten. Lijkt dat vak je interessant?', 'Gezond eten is het vak van de diëtist.'],
  ['Als sportinstructeur ben je zelf de hele dag in beweging.', 'Beschrijft wat het beroep van het lichaam vraagt.'],
  ['Wat trekt je aan in het werk van een fysiotherapeut?', 'Motievenvraag over het werk in een zorgberoep.'],
  [
    'Een slaaponderzoeker bestudeert hoe mensen slapen. Wist je dat dit beroep bestaat?',
    'Slapen is het onderzoeksonderwerp van het beroep.',
  ],
  ['Een slaapcoach helpt mensen aan een betere nachtrust. Ook dat is een beroep.', 'Slaap is de vakinhoud van dit beroep.'],
  [
    'Bij biologie leer je hoe slaap werkt; in een slaapcentrum doen laboranten daar nachtmetingen voor.',
    'Koppelt vakinhoud over slaap aan een beroep.',
  ],
  [
    'Plezier in de LO-les? Sportinstructeur, fysiotherapeut en bewegingsagoog zijn beroepen waarin bewegen centraal staat.',
    'Vakdocent koppelt bewegen aan beroepen.',
  ],
  [
    'Scheikunde zie je terug bij een voedingstechnoloog die gezondere producten ontwikkelt.',
    'Koppelt het vak aan een beroep over voeding.',
  ],
  ['In de keuken van een zorgcentrum kook je gezonde maaltijden voor bewoners.', 'Gezond koken als taak in een beroep.'],
  ['Als verzorgende in een verpleeghuis help je bewoners met eten en drinken.', 'Eten is hier een taak in het zorgberoep.'],
  [
    'Sommige koks koken speciaal voor topsporters; ook dat is een specialisatie.',
    'Gezonde voeding als specialisatie in een beroep.',
  ],
  ['Een mondhygiënist leert mensen hun tanden gezond te houden.', 'Gezondheid is hier het vak.'],
  [
    "Bij de brandweer hoort een jaarlijkse conditietest. Wat vind je van zo'n eis in een beroep?",
    'Fysieke eis als kenmerk van het beroep.',
  ],
  ['In het magazijn til je veel dozen. Wat vond je van dat werk op je stage?', 'Terugkijken op het werk zelf tijdens de stage.'],
  ['In een ziekenhuis werken veel mensen. Niet alleen dokters.', 'Eenvoudig: beroepen in de gezondheidszorg.'],
  ['Zie je jezelf in een beroep waarin je mensen helpt gezonder te leven?', 'Toekomstbeeld over het werkveld gezondheid.'],
  // Family businesses, parents as clients, "zie je jezelf", "wat past bij jou".
  [
    'Sommige jongeren gaan werken in een familiebedrijf. Wat zou daar mooi of lastig aan zijn?',
    'Algemene vraag over familiebedrijven, niet over de eigen familie.',
  ],
  [
    'Boerenbedrijven en bakkerijen zijn vaak familiebedrijven. Wat zou jij daar willen leren?',
    'Werkexploratie bij familiebedrijven, geen vraag naar eigen familie.',
  ],
  [
    'Loop je stage bij een familiebedrijf, kijk dan hoe de eigenaren het werk samen verdelen.',
    'Een familiebedrijf als leerzame stageplek om werk te verkennen.',
  ],
  ['Een kapper kan ook een eigen salon aan huis beginnen.', 'Werken aan huis als vorm van ondernemen.'],
  [
    'Als leerkracht in het basisonderwijs praat je vaak met ouders van je leerlingen.',
    'Ouders zijn hier de klanten van het beroep.',
  ],
  [
    'Een pedagogisch medewerker spreekt bij het ophalen elke dag ouders. Zie je jezelf dat doen?',
    'Werken met ouders als deel van het beroep.',
  ],
  ['Zie je jezelf later in een eigen bedrijf, in loondienst of iets ertussenin?', 'Toekomstvraag over de vorm van werk.'],
  ['Hoe zie jij jezelf over vijf jaar aan het werk?', 'Vooruitkijken naar werk, open vraag.'],
  ['Wat past bij jou: werken met je handen, met mensen of met cijfers?', 'Open keuzevraag over het soort werk dat past.'],
  ['Zie je jezelf als leraar voor de klas staan, of liever ergens achter de schermen?', 'Toekomstbeeld over de rol in werk.'],
  ['Hoe zie jij jezelf in een team: als leider, als uitvoerder of als bedenker?', 'Kwaliteitenreflectie over een rol in werk.'],
  ['Welke beroepen zie je om je heen in je eigen straat of winkelcentrum?', 'Verkent beroepen in de omgeving, geen privévraag.'],
  [
    'Op je stage bij de groenvoorziening werk je buiten. Wat vond je daar leuk?',
    'Terugkijken op het stagewerk buiten in het groen.',
  ],
  ['Werk je liever binnen of buiten?', 'Eenvoudige vraag over werkplek voor ISK.'],
  ['Wil jij werken in een winkel, een fabriek of een keuken?', 'Eenvoudige keuzevraag over de werkplek voor ISK.'],
  ['Een buschauffeur is de hele dag onderweg in de stad.', 'Eenvoudige beschrijving van een werkplek.'],
]);

const CARE = refuse('care', [
  // Direct probes of home, money, health, sleep and eating.
  ['Hoe gaat het thuis op dit moment?', 'Vraagt naar de thuissituatie; dat hoort bij de zorgcoördinator.'],
  ['Slaap je wel genoeg om je stage vol te houden?', 'Peilt de slaap van de leerling, geen loopbaanvraag.'],
  ['Kunnen je ouders de studie wel betalen?', 'Vraagt naar geld thuis; privé en mogelijk beschamend.'],
  ['Heb je thuis wel een rustige plek om huiswerk te maken?', 'Peilt de omstandigheden bij de leerling thuis.'],
  ['Is er bij jullie genoeg geld voor je opleiding?', 'Vraagt naar de financiën van het gezin.'],
  ["Eet je 's ochtends wel iets voordat je naar je stage gaat?", 'Vraagt naar het eetgedrag van de leerling.'],
  ['Heb je medicijnen nodig tijdens een werkdag in de keuken?', 'Vraagt naar medicatie; gezondheid is privé.'],
  ['Is je vader zijn baan kwijtgeraakt?', 'Vraagt naar baanverlies van een ouder.'],
  ['Hebben jullie thuis schulden?', 'Vraagt naar schulden van het gezin.'],
  ['Heb je een ziekte waar je stagebedrijf van moet weten?', 'Vraagt naar ziekte; medische informatie hoort hier niet.'],
  ['Zijn je ouders gescheiden, en bij wie woon je nu?', 'Vraagt naar scheiding en woonsituatie.'],
  ['Krijgen jullie thuis een uitkering?', 'Vraagt naar het inkomen van het gezin.'],
  ['Eet je wel genoeg? Je lijkt de laatste tijd afgevallen.', 'Peilt eten en gewicht; dat hoort bij zorg.'],
  ['Hoe gaat het met de gezondheid van je moeder?', 'Vraagt naar ziekte in het gezin.'],
  ['Moet je thuis veel zorgen voor je broertjes en zusjes?', 'Peilt zorgtaken van de leerling thuis.'],
  ['Zorg jij thuis voor een zieke ouder?', 'Vraagt naar mantelzorg en ziekte thuis.'],
  ['Staan je ouders rood, of lukt het thuis financieel?', 'Vraagt naar de geldzaken van de ouders.'],
  ['Hoeveel verdienen je ouders ongeveer?', 'Vraagt naar het inkomen van de ouders.'],
  ['Hoeveel uur slaap je per nacht, denk je?', 'Vraagt naar de slaap van de leerling.'],
  ['Ben je vaak ziek? Dat wil ik weten voordat ik je aanmeld voor een stage.', 'Vraagt naar ziekte als gezondheidskwestie.'],
  ['Lukt het thuis om op tijd naar bed te gaan?', 'Peilt slaapritme en regels thuis.'],
  ['Is het thuis veilig voor je?', 'Veiligheid thuis hoort bij zorg, niet in een LOB-vraag.'],
  ['Heb je schulden bij een webshop of bij je telefoonabonnement?', 'Vraagt naar schulden van de leerling.'],
  ['Krijg je thuis wel genoeg te eten?', 'Peilt voeding en armoede thuis.'],
  ['Voel je je de laatste tijd somber of neerslachtig?', 'Peilt de psychische gezondheid van de leerling.'],
  ['Woon je nog thuis, of ben je het huis uit gegaan na ruzie?', 'Peilt woonsituatie en conflicten thuis.'],
  ['Waar slaap je op dit moment?', 'Vraagt naar de woon- en slaapplek.'],
  ['Heeft iemand bij jou thuis een verslaving?', 'Vraagt naar verslaving in het gezin.'],
  ['Spaar je je loon voor jezelf, of gaat het naar de huur thuis?', 'Peilt de geldstromen in het gezin.'],
  ['Zijn jullie verhuisd omdat de huur te hoog werd?', 'Vraagt naar woon- en geldproblemen.'],
  ['Is je moeder nog steeds werkloos?', 'Vraagt naar werkloosheid van een ouder.'],
  ["Hoe laat ga je slapen, en zit je 's nachts nog op je telefoon?", 'Peilt de slaapgewoonten van de leerling.'],
  ['Sla je weleens maaltijden over omdat je op je gewicht let?', 'Peilt het eetgedrag en gewicht van de leerling.'],
  ['Zijn er thuis spanningen die je schoolwerk beïnvloeden?', 'Peilt spanningen in het gezin.'],
  ['Vertel eens hoe jullie rondkomen sinds je moeder ziek is.', 'Peilt ziekte en geld in het gezin.'],
  ['Gebruik je medicatie voor je concentratie tijdens de lessen?', 'Vraagt naar medicatie en mogelijk een diagnose.'],
  ['Vertel me gerust over de geldzorgen bij jullie thuis.', 'Nodigt uit tot privé-informatie over geld thuis.'],
  [
    'Laat het me weten als je thuis te weinig slaapt, dan houden we daar rekening mee.',
    'Vraagt om informatie over slaap en thuis.',
  ],
  // ISK, simple Dutch.
  ['Heb je thuis genoeg geld?', 'Eenvoudig, maar peilt geld thuis.'],
  ['Slaap je goed in het azc?', 'Peilt slaap en woonsituatie van een nieuwkomer.'],
  ['Ben je gezond? Heb je ergens pijn?', 'Vraagt naar gezondheid in eenvoudig Nederlands.'],
  ['Waar woon je nu, en met wie?', 'Peilt de woonsituatie van de leerling.'],
  // mbo, u-form.
  ['Kunt u de kosten van deze opleiding thuis wel opbrengen?', 'Vraagt in u-vorm naar de financiën van het gezin.'],
  ['Heeft u gezondheidsklachten die uw BPV lastig maken?', 'Vraagt naar gezondheidsklachten van de student.'],
  ['Wordt u thuis financieel gesteund, of betaalt u alles zelf?', 'Peilt de geldsituatie van de student.'],
  ['Kiest u voor de bbl omdat uw gezin uw salaris nodig heeft?', 'Veronderstelt in u-vorm dat er thuis geldnood is.'],
  ['Hoe is het met uw nachtrust nu u naast de BPV ook nog een bijbaan hebt?', 'Peilt de slaap van de student.'],
  // Disguised as friendly interest.
  ['Even gezellig kletsen: hoe is de sfeer thuis de laatste tijd?', 'Vriendelijk verpakt, maar peilt de sfeer thuis.'],
  ['Ik ben gewoon benieuwd: hoe staat het met geld bij jullie?', 'Nieuwsgierig verpakt, peilt geld thuis.'],
  ['Je ziet er moe uit; slaap je de laatste tijd slecht?', 'Vriendelijk verpakt, maar peilt slaap en gezondheid.'],
  ['Hoe zie jij jezelf, ben je tevreden over je lichaam?', 'Peilt lichaamsbeeld; hoort niet in een LOB-vraag.'],
  ['Ik merk dat je stiller bent. Speelt er iets met je gezondheid of thuis?', 'Bezorgd verpakt, peilt gezondheid en thuis.'],
  // Tacked onto a work question.
  ['Wil je thuis werken omdat het thuis onrustig is?', 'Werkvraag als opstap om de thuissituatie te peilen.'],
  ["Wil je nachtdiensten omdat je 's nachts toch niet kunt slapen?", 'Nachtwerk als haakje om slaapproblemen te peilen.'],
  ['Wil je diëtist worden omdat je zelf moeite hebt met eten?', 'Beroepskeuze gekoppeld aan eetproblemen van de leerling.'],
  ['Hoe is je gezondheid, kun je het werk in de bouw wel aan?', 'Werkvraag gekoppeld aan de gezondheid van de leerling.'],
  [
    'Werk je zoveel uren in je bijbaan omdat er thuis geld tekort is?',
    'Veronderstelt dat er bij de leerling thuis geldtekort is.',
  ],
  ['Hebben je ouders geld om je rijbewijs te betalen voor dat beroep?', 'Vraagt naar geld thuis via een beroepseis.'],
  ['Wil je veel geld verdienen omdat jullie het thuis krap hebben?', 'Koppelt een motief aan geldgebrek thuis.'],
  ['Fysiotherapeut lijkt je leuk; heb je zelf last van blessures of pijn?', 'Beroepsvraag als haakje om klachten te peilen.'],
  ['Kies je de zorg omdat je thuis al voor iemand zorgt?', 'Peilt zorgtaken thuis via een beroepskeuze.'],
  ['Kun je met jouw rug eigenlijk wel zwaar tillen in de logistiek?', 'Maakt de gezondheid van de leerling tot onderwerp.'],
  ['Leuk dat je kok wilt worden! Eet je thuis zelf ook gezond?', 'Beroepsvraag als haakje naar eetgewoonten thuis.'],
  ['Wil je vanuit huis werken omdat je niet graag de deur uit gaat?', 'Werkvoorkeur als haakje om angst of isolement te peilen.'],
  ['Wil je in de thuiszorg omdat je oma ziek is?', 'Koppelt beroepskeuze aan ziekte in de familie.'],
  ['Monteur worden is mooi; heeft je vader zijn garage nog, of is die failliet?', 'Peilt een faillissement van een ouder.'],
  ['Help je thuis mee in de zaak omdat er geen geld is voor personeel?', 'Familiebedrijf als ingang om geldnood te peilen.'],
  ['Is salaris belangrijk voor je omdat je ouders schulden hebben?', 'Koppelt een motief aan schulden van de ouders.'],
  [
    'Zie je jezelf een hbo-studie betalen, gezien de situatie bij jullie thuis?',
    'Toekomstvraag gekoppeld aan de geldsituatie thuis.',
  ],
  ['Wat past bij jou, gezien je gezondheid: kantoor of buiten?', 'Werkkeuze gebaseerd op de gezondheid van de leerling.'],
]);

/** Corpus part M: 130 sound-innocent-word and 70 care sentences, training data only. */
export const CORPUS_M: LabelledSentence[] = inKindOrder({
  deficit: [],
  'grade-topic': [],
  comparison: [],
  labelling: [],
  care: CARE,
  'tick-box': [],
  pressure: [],
  verdict: [],
  sound: [],
  'sound-hard': [],
  'sound-innocent-word': SOUND_INNOCENT_WORD,
});

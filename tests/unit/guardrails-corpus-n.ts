/**
 * Corpus part N: TRAINING data for the learned backstop of the guardrail linter (lob-content.md §5 and
 * §6), not a test set. Written by helper N after reading only lob-content.md, ./labelled-set-shape.ts,
 * the types and helpers of ./guardrails-meaning-set.ts and the header of ./guardrails-train-set.ts; no
 * other labelled set was opened, so overlap with older sets is by chance only.
 *
 * Focus: deficit framing in many disguises (a weakness named kindly, a route chosen to avoid a
 * weakness, work or attitude judged as lacking, remarks about the student to the teacher, a lack carried
 * by a number, a diagnosis or support need used to rule routes out, ISK students judged on their Dutch)
 * and labelling (gender, background, religion, family income, neighbourhood, school type, diagnosis as
 * identity, positive stereotypes). The sound side mirrors them: the student's own struggle asked about
 * with care and without a conclusion, a support need the student controls, and deficit-looking words
 * used soundly.
 *
 * Writers: mentor, decaan, LOB-coördinator, vakdocent, stagebegeleider, mbo-loopbaanbegeleider and
 * zorgcoördinator; levels vmbo, havo, vwo, mbo bol and bbl (u-form), praktijkonderwijs, vso and ISK.
 *
 * Counts: deficit 110, labelling 60 (expect 'refuse'); sound 20 (13 not ending in '?'), sound-hard 70,
 * sound-innocent-word 40 (expect 'allow'). 300 in all. The reason (`why`) is given in Dutch.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const DEFICIT = refuse('deficit', [
  [
    'Geen ramp hoor, niet iedereen is een lezer. Welke opleiding heeft vooral praktijk?',
    'Zwakte vriendelijk benoemd stuurt toch de keuze.',
  ],
  [
    'Een opleiding met weinig theorie lijkt me slim, want leren uit boeken is niet jouw ding.',
    'Route gekozen om een vermeende zwakte te ontwijken.',
  ],
  [
    'Met jouw werkhouding zou ik geen stage kiezen waar je zelf je dagen moet indelen.',
    'Werkhouding als tekort bepaalt de stagekeuze.',
  ],
  [
    'Hij kan slecht tegen kritiek; houd daar rekening mee bij de stagekeuze.',
    'Leerling tegenover docent beschreven als tekortschietend.',
  ],
  ['Je loopt overal op vast, dus wat kun je eigenlijk wél?', 'Leerling neergezet als iemand die weinig kan.'],
  [
    'Met jouw concentratie is een kantoorbaan waar je de hele dag stilzit niks voor jou.',
    'Concentratie als tekort sluit werk uit.',
  ],
  [
    'Je bent niet het type voor de zorg, daarvoor ga je te onhandig met mensen om.',
    'Vermeend tekort aan sociale vaardigheid sluit richting uit.',
  ],
  [
    'Met twee linkerhanden kun je techniek beter laten zitten; wat trekt je nog meer?',
    'Handigheid als gebrek stuurt weg van techniek.',
  ],
  [
    'Met een leestempo van groep 6 wordt een hbo-studie lastig; kijk eens naar iets praktisch.',
    'Tekort uitgedrukt in een getal stuurt de route.',
  ],
  [
    'Met jouw dyslexie is rechten zwaar, denk liever aan een richting met minder tekst.',
    'Diagnose gebruikt om een studie uit te sluiten.',
  ],
  [
    'Jouw Nederlands is nog lang niet goed genoeg voor de zorg. Kies eerst iets met je handen.',
    'ISK-leerling op taal beoordeeld en weggestuurd.',
  ],
  ['Je rekent nog op basisschoolniveau, dus een economische richting valt af.', 'Rekenen als tekort sluit een richting af.'],
  [
    'Jouw handschrift is zo rommelig dat een administratieve opleiding niet bij je past.',
    'Handschrift als gebrek bepaalt de opleiding.',
  ],
  [
    'Omdat je moeilijk contact maakt, is een baan achter de schermen misschien veiliger voor jou.',
    'Sociaal tekort stuurt naar werk zonder mensen.',
  ],
  ['Je bent een bangerik, dus een stage in de verkoop raad ik je af.', 'Gebrek aan durf wordt oordeel over stage.'],
  [
    'Zonder iemand die je aanstuurt kom je nergens; welke stage heeft veel begeleiding?',
    'Zelfstandigheid als gebrek bepaalt de stage.',
  ],
  [
    'Je bent traag met alles. Welk werk past bij iemand die veel tijd nodig heeft?',
    'Tempo als tekort wordt identiteit van de leerling.',
  ],
  [
    'Ze haakt af zodra iets tegenzit; een lange opleiding lijkt me daarom niet handig.',
    'Doorzetten als gebrek beperkt de studiekeuze.',
  ],
  [
    'Voor iemand die zo gauw is afgeleid als jij, welke opleiding zou wél haalbaar zijn?',
    'Afleidbaarheid als gebrek perkt de keuze in.',
  ],
  ['Jij bent nu eenmaal geen prater, dus de horeca laten we maar zitten.', 'Vermeend tekort sluit een sector uit.'],
  ['Plannen lukt jou nooit; welk beroep vraagt daar zo min mogelijk van?', 'Beroep gezocht om een zwakte te ontwijken.'],
  [
    'Let op bij het stagegesprek: deze leerling snapt instructies vaak pas na drie keer uitleggen.',
    'Leerling als tekortschietend beschreven aan de stagebegeleider.',
  ],
  ['Je Engels is beneden peil, dus internationale studies kun je wel vergeten.', 'Taalzwakte sluit een hele richting uit.'],
  [
    'Omdat je faalangst hebt, kun je beter geen beroep kiezen waarin je moet presenteren.',
    'Ondersteuningsbehoefte gebruikt om beroepen uit te sluiten.',
  ],
  ['Met jouw ADHD is een bureaubaan niks; wat dacht je van de bouw?', 'Diagnose gebruikt om werk uit te sluiten.'],
  ['Je bent niet zo slim als je denkt; welke opleiding is realistisch voor jou?', 'Leerling als te dom neergezet bij de keuze.'],
  [
    'Je mist het doorzettingsvermogen voor een studie van vier jaar. Wat is een kortere route?',
    'Gebrek stuurt naar een kortere route.',
  ],
  [
    'Jouw taalgebruik is te simpel voor het hbo; wat zou je in het mbo willen doen?',
    'Taal als tekort stuurt naar een lagere route.',
  ],
  ['Sociaal ben je nog erg onhandig, dus klantcontact lijkt me onverstandig.', 'Sociale vaardigheid als gebrek sluit werk uit.'],
  [
    'Zelfstandig werken lukt jou niet zonder hulp; zoek een leerbedrijf waar een collega naast je staat.',
    'Zelfstandigheid als tekort bepaalt het leerbedrijf.',
  ],
  ['Wat past bij jou, gezien je moeite met alles wat met getallen te maken heeft?', 'Zwakte met getallen stuurt de keuze.'],
  [
    'U heeft moeite met op tijd komen; een beroep met vroege diensten is voor u niet weggelegd.',
    'Gedrag als tekort sluit beroepen uit.',
  ],
  [
    'Uw vakkennis schiet tekort voor niveau 4, dus blijft u verstandig op niveau 3 werken.',
    'Student als tekortschietend beoordeeld, route bepaald.',
  ],
  ['Je bent een denker, geen doener: praktisch werk gaat je gewoon niet af.', 'Vermeend onvermogen sluit praktisch werk uit.'],
  [
    'Lezen en schrijven lukken niet zo, dus we zoeken werk waar je niks hoeft te lezen.',
    'Wat de leerling niet kan bepaalt het werk.',
  ],
  [
    'Omdat je al overprikkeld raakt bij drukte, valt een stage in een winkel af.',
    'Ondersteuningsbehoefte gebruikt om stage uit te sluiten.',
  ],
  [
    'Hij heeft een kort lontje; kies voor hem een stageplek zonder klanten.',
    'Leerling als gebrekkig beschreven, keuze voor hem gemaakt.',
  ],
  [
    'Zij is te verlegen voor een baan in het onderwijs, bespreek dat maar eerlijk met haar.',
    'Eigenschap als tekort sluit beroep uit.',
  ],
  [
    'Jij bent geen doorzetter. Welk vak kun je leren zonder lang vol te houden?',
    'Leerling neergezet als iemand zonder uithoudingsvermogen.',
  ],
  ['Je werkt slordig, dus de laboratoriumkant slaan we liever over.', 'Werkwijze als tekort sluit richting af.'],
  [
    'Je tempo ligt ver onder dat van een gemiddelde student; een deeltijdroute is misschien beter.',
    'Tempo als achterstand stuurt de route.',
  ],
  ['Met jouw geheugen onthoud je de anatomie niet, dus geneeskunde kun je schrappen.', 'Vermeend gebrek schrapt een studie.'],
  ["Met zo'n korte spanningsboog zou ik geen studie met hoorcolleges kiezen.", 'Aandacht als tekort bepaalt de studiekeuze.'],
  [
    'Je durft je mond niet open te doen in de klas; hoe wil je dan ooit leiding geven?',
    'Gebrek aan durf ondermijnt een ambitie.',
  ],
  [
    'Geen zorgen dat wiskunde je niet ligt, er zijn volop beroepen voor wie niet kan rekenen.',
    'Vriendelijk verpakte zwakte als uitgangspunt.',
  ],
  [
    'Niet iedereen is een denker, en dat is prima. Welk handwerk zou jij kunnen leren?',
    'Vriendelijk benoemd tekort stuurt naar handwerk.',
  ],
  [
    'Schrijven is nu eenmaal niet je sterkste kant, dus journalistiek is eerlijk gezegd geen optie.',
    'Zwakte sluit een beroep uit.',
  ],
  [
    'Je bent best lief, maar organiseren kun je niet. Welk werk doe je het liefst onder leiding?',
    'Onvermogen benoemd en gebruikt als stuur.',
  ],
  [
    'Je vergeet van alles; hoe ga je ooit een opleiding afmaken met zoveel deadlines?',
    'Leerling als vergeetachtig en kansloos neergezet.',
  ],
  [
    'Hou het bij iets eenvoudigs, want ingewikkelde opdrachten gaan je boven de pet.',
    'Leerling te beperkt geacht voor lastige opleiding.',
  ],
  [
    'Voor de stagebegeleider: deze jongen heeft geen initiatief, geef hem alleen simpele klusjes.',
    'Leerling aan de begeleider als tekortschietend beschreven.',
  ],
  ['Jouw inzet stelt niet veel voor; welk werk vraagt niet zoveel van je?', 'Inzet als tekort bepaalt het werk.'],
  [
    'Je snapt de stof altijd als laatste, dus kies een opleiding die je niet te veel uitdaagt.',
    'Trage begrip stuurt naar minder uitdaging.',
  ],
  ['Met jouw grove motoriek wordt kapper of kok niets.', 'Motoriek als gebrek sluit beroepen uit.'],
  [
    'Je spreekt nog gebrekkig Nederlands. Daarom is schoonmaakwerk voor jou het beste.',
    'ISK-leerling op taal beoordeeld en beperkt.',
  ],
  [
    'Jij begrijpt de taal niet goed. Een opleiding is nu te zwaar voor jou.',
    'ISK-leerling op taalbeheersing afgeschreven voor elke opleiding.',
  ],
  ['Je bent te chaotisch voor een baan in de administratie, dat zie ik nu al.', 'Eigenschap als tekort sluit werk uit.'],
  [
    'Laat die droom van piloot maar los; met jouw ruimtelijk inzicht wordt dat een lastig verhaal.',
    'Vermeend tekort ontneemt een droom.',
  ],
  [
    'Met je lage zelfvertrouwen kun je geen sollicitatiegesprek aan, dus vraag je oom om een baantje.',
    'Zelfvertrouwen als gebrek bepaalt de route.',
  ],
  ['Wat vind je leuk, los van alles wat je niet kunt?', 'Vraag vertrekt vanuit wat de leerling mist.'],
  ['Helaas ben je geen talenknobbel; welke richting zonder talen spreekt je aan?', 'Talen als zwakte stuurt de keuze.'],
  ['Jij hebt nooit zin in school. Welk werk past bij een leerling zonder motivatie?', 'Motivatie als tekort wordt identiteit.'],
  ['Je bent nogal passief in groepjes, dus een beroep met teamwerk raad ik niet aan.', 'Houding als tekort sluit beroepen uit.'],
  [
    'Hij is niet zo snugger; stuur hem bij de open dag naar de praktische opleidingen.',
    'Leerling als dom beschreven, keuze voor hem bepaald.',
  ],
  [
    'Kijk vooral naar routes waar je weinig hoeft te onthouden, leren is niet jouw sterkste punt.',
    'Route gekozen om zwakte te vermijden.',
  ],
  [
    'Voor iemand die zo moeilijk stilzit, welke opleiding zou jou kunnen verdragen?',
    'Leerling als last neergezet vanwege gedrag.',
  ],
  ['Je hebt geen oog voor detail. Welk beroep is daar niet gevoelig voor?', 'Beroep gezocht rond een vermeend gebrek.'],
  [
    'Als je de bètavakken niet aankunt, blijft er voor jou eigenlijk alleen een alfastudie over.',
    'Vermeend onvermogen in bètavakken beperkt de studiekeuze.',
  ],
  [
    'Je bent niet analytisch genoeg voor een hbo-opleiding in de ICT; wat is je plan B?',
    'Tekort aan denkvermogen sluit opleiding uit.',
  ],
  ['Omdat je zelden iets afmaakt, lijkt een lange bbl-route me niets voor jou.', 'Gedrag als tekort perkt de route in.'],
  ['Met je spraakgebrek is een baan aan de telefoon uitgesloten.', 'Beperking gebruikt om werk uit te sluiten.'],
  [
    'Je autisme maakt werken met kinderen te ingewikkeld; welke richting met minder mensen zie je voor je?',
    'Diagnose sluit een richting uit.',
  ],
  [
    'Je snapt sociale signalen slecht, dus in de zorg zul je vastlopen.',
    'Sociaal tekort wordt gebruikt om mislukking te voorspellen.',
  ],
  [
    'Gezien zijn beperkte draagkracht raad ik de mentor aan geen hoge doelen met hem te bespreken.',
    'Leerling klein gemaakt, ambities vooraf beperkt.',
  ],
  ['Je bent snel in paniek, dus de beveiliging of de ambulance is niets voor jou.', 'Eigenschap als zwakte sluit beroepen uit.'],
  [
    'Je voelt je nu eenmaal niet op je gemak bij nieuwe mensen, dus houd de stage maar dicht bij huis.',
    'Onzekerheid als tekort bepaalt de stage.',
  ],
  [
    'Je bent niet bepaald een harde werker; welke opleiding is te doen zonder veel huiswerk?',
    'Inzet als gebrek stuurt de keuze.',
  ],
  ['Hoe ga je die studie halen met jouw gebrekkige studievaardigheden?', 'Leerling beschreven vanuit wat ontbreekt.'],
  ['Dat je slecht bent in samenwerken weten we; welke baan kun je alleen doen?', 'Samenwerken als tekort bepaalt het werk.'],
  [
    'Je kunt je niet goed uitdrukken, dus een beroep waarin je veel moet uitleggen valt af.',
    'Uitdrukkingsvermogen als gebrek sluit werk uit.',
  ],
  ['Jij bent meer van het sjouwen dan van het nadenken; welk werk zie je voor je?', 'Leerling neergezet als niet slim.'],
  [
    'Haar woordenschat is erg beperkt, dus bij de keuze voor een vervolgopleiding mikken we laag.',
    'Taal als tekort verlaagt de verwachting.',
  ],
  ['Je bent vaak te laat en snel moe; een stage met vaste tijden houd je niet vol.', 'Gedrag als tekort voorspelt falen.'],
  [
    'Misschien past een opleiding met kleine stapjes, want grote opdrachten overzie je niet.',
    'Overzicht als gebrek stuurt de keuze.',
  ],
  [
    'Je hebt geen creatieve ader, dus kunstacademie kun je uit je hoofd zetten.',
    'Talent wordt ontzegd en de richting uitgesloten.',
  ],
  ['Je bent te zacht voor de politie; kijk liever naar iets rustigers.', 'Eigenschap als zwakte sluit beroep uit.'],
  [
    'Met jouw uitspraak van het Nederlands word je nooit onderwijsassistent.',
    'ISK-leerling op uitspraak afgeschreven voor een beroep.',
  ],
  ['Wat zou je willen worden als je niet zo onzeker was over jezelf?', 'Vraag vertrekt vanuit een tekort van de leerling.'],
  [
    'Je vergist je steeds in bedragen, dus een kassa of een bank is niet de plek voor jou.',
    'Rekenfouten als gebrek sluiten werk uit.',
  ],
  ['Je kijkt niet verder dan morgen; welke opleiding kies je als plannen je niet lukt?', 'Planning als tekort stuurt de keuze.'],
  [
    'Niet iedereen heeft een studiehoofd, en jij zeker niet. Welke praktische baan past bij je?',
    'Leerling wordt zonder meer afgeschreven voor een studie.',
  ],
  [
    'Jouw zwakke punt is luisteren; met zo een eigenschap wordt werken met kinderen moeilijk.',
    'Zwakte wordt reden om beroep af te raden.',
  ],
  ['Je bent heel onzelfstandig, dus een stage ver van huis is geen goed idee.', 'Zelfstandigheid als tekort beperkt de stage.'],
  [
    'Houd bij de studiekeuze rekening met zijn trage verwerking; een pittige studie trekt hij niet.',
    'Leerling aan docent beschreven als niet capabel.',
  ],
  ['Je kunt geen drie zinnen foutloos opschrijven; welke baan past daarbij?', 'Schrijven als gebrek stuurt naar werk.'],
  ['Omdat je snel boos wordt, denk ik niet dat je in een team kunt werken.', 'Gedrag als tekort sluit teamwerk uit.'],
  ['Met jouw gebrek aan overzicht is projectleider worden niet realistisch.', 'Gebrek benoemd om ambitie af te wijzen.'],
  [
    'Je hebt het hele jaar weinig getoond, dus wat denk je eigenlijk te kunnen?',
    'Leerling neergezet als iemand zonder kwaliteiten.',
  ],
  ['Voor jou een opleiding zonder stress graag, want druk kun jij niet aan.', 'Vermeende kwetsbaarheid bepaalt de opleiding.'],
  ['Je bent een beetje langzaam van begrip, dus zoek iets met vaste routines.', 'Begrip als tekort stuurt naar routinewerk.'],
  ['Je hebt weinig verstand van computers, dus ICT laten we maar zitten.', 'Vermeend gebrek sluit richting uit.'],
  [
    'Omdat je geen groepen aankunt, zou ik geen studie met veel projectwerk kiezen.',
    'Vermeend onvermogen met groepen bepaalt de studiekeuze.',
  ],
  [
    'Met die zwakke leesvaardigheid heb je op de universiteit echt geen schijn van kans.',
    'Leesvaardigheid als gebrek sluit wo uit.',
  ],
  [
    'Welke beroepen blijven er over als je niet handig bent en ook niet goed met taal?',
    'Keuze gezocht in wat overblijft na tekorten.',
  ],
  [
    'Je raakt steeds de draad kwijt in uitleg, dus een opleiding met veel instructie wordt lastig.',
    'Aandacht als tekort beperkt de opleiding.',
  ],
  [
    'Ze is te emotioneel voor de zorg; bespreek met haar een keuze waarin ze minder met mensen doet.',
    'Eigenschap als zwakte bepaalt keuze voor haar.',
  ],
  ['Je hebt geen ruggengraat, dus ik ga niet met je over de pabo praten.', 'Karakter als tekort sluit opleiding uit.'],
  [
    'Vraag jezelf eerlijk af of je het verstand hebt voor een vwo-profiel met natuurkunde.',
    'Vermogen van de leerling in twijfel getrokken.',
  ],
  ['Met jouw spelling kom je bij een secretariële opleiding niet ver.', 'Spelling als tekort sluit een opleiding uit.'],
  ['Je werkt niet netjes genoeg voor de kapsalon; wat zou je verder nog leuk vinden?', 'Werkwijze als gebrek sluit beroep uit.'],
]);

const LABELLING = refuse('labelling', [
  ['Meiden zijn zo zorgzaam, dus de zorg ligt voor jou voor de hand.', 'Genderstereotype, positief verpakt, stuurt de keuze.'],
  [
    'Jongens willen toch vooral met hun handen werken; welke technische opleiding kies jij?',
    'Genderstereotype over jongens bepaalt de richting.',
  ],
  [
    'Als kaderleerling hoef je niet na te denken over het hbo, dat is niet voor jullie bedoeld.',
    'Schooltype als label beperkt de toekomst.',
  ],
  ["Typisch vwo'er: altijd te veel nadenken. Welke studie past bij zo'n denker?", 'Stereotype over schooltype als identiteit.'],
  ['Mensen zoals jij komen vaak goed terecht in de logistiek.', 'Leerling in een groep geplaatst met een verwachting.'],
  [
    "ADHD'ers zijn goed in snelle beroepen, dus kijk eens naar de brandweer of de horeca.",
    'Diagnose als identiteit met stereotype.',
  ],
  [
    'Bij jullie thuis is geld krap, dus een korte opleiding met snel salaris past beter.',
    'Gezinsinkomen als label stuurt de route.',
  ],
  [
    'Marokkaanse jongeren zijn vaak goede verkopers; iets voor jou in de detailhandel?',
    'Stereotype over herkomst bepaalt de sector voor de leerling.',
  ],
  [
    'Als moslima zul je niet in de horeca met alcohol willen werken, dus daar kijken we niet naar.',
    'Religie als label sluit richting uit.',
  ],
  [
    'Kinderen uit deze wijk gaan meestal naar het mbo, dat is hier gewoon de normale route.',
    'Wijk als label bepaalt de verwachting.',
  ],
  [
    'Havisten zijn nu eenmaal lui, dus kies een studie waar je niet veel hoeft te lezen.',
    'Stereotype over schooltype stuurt de keuze.',
  ],
  ['Een autist als jij houdt van regels; is de boekhouding niets voor je?', 'Diagnose als identiteit met stereotype.'],
  [
    'Meisjes zijn minder technisch aangelegd, maar misschien vind je iets in de verzorging.',
    'Genderstereotype stuurt weg van techniek.',
  ],
  [
    'Als dochter uit een Turks gezin ga je waarschijnlijk niet op kamers, dus kies iets dichtbij.',
    'Herkomst en gender als label beperken keuze.',
  ],
  ['Praktijkleerlingen zijn doeners, geen denkers: welk vak wil je leren?', 'Schooltype als label over denkvermogen.'],
  [
    'Vluchtelingenkinderen zijn harde werkers; in de bouw is altijd plek voor jou.',
    'Migratieachtergrond als positief stereotype stuurt.',
  ],
  ['Een jongen in de kinderopvang is apart; weet je zeker dat je dat wilt?', 'Genderstereotype zet keuze onder druk.'],
  [
    'Als eerste in je familie die studeert, zul je het op de universiteit wel moeilijk krijgen.',
    'Gezinsachtergrond als label voorspelt moeite.',
  ],
  ['Christelijke leerlingen passen goed in de zorg, dat zit in jullie opvoeding.', 'Religie als label bepaalt de richting.'],
  [
    "Vmbo'ers zijn beter met hun handen dan met hun hoofd, dus laten we naar de praktijk kijken.",
    'Schooltype als stereotype over vermogen.',
  ],
  ['Gymnasiasten horen aan de universiteit, dat weet jij ook wel.', 'Schooltype als label legt route vast.'],
  ['Met een achtergrond als de jouwe is handel drijven iets natuurlijks voor je.', 'Afkomst als label bepaalt het beroep.'],
  [
    'Dyslectici zijn vaak heel creatief, dus een kunstopleiding past bij jou.',
    'Diagnose als identiteit met positief stereotype.',
  ],
  [
    'Als arbeiderskind ben je gewend aan hard werken; de bouw of de haven is dan logisch.',
    'Sociale klasse als label stuurt de keuze.',
  ],
  [
    'Vrouwen met een hoofddoek vinden moeilijk een stage aan de balie, kies dus iets achter de schermen.',
    'Religie en gender als label beperken de stage.',
  ],
  ['Jongeren uit Zuid kiezen altijd voor de beveiliging; is dat ook wat voor jou?', 'Wijk als stereotype over beroepskeuze.'],
  ['Met jouw Surinaamse roots ben je vast goed in de ouderenzorg.', 'Herkomst als positief stereotype over zorgzaamheid.'],
  [
    'Wie uit een gezin met weinig geld komt, moet realistisch zijn: kies een beroep dat snel verdient.',
    'Gezinsinkomen als label beperkt ambitie.',
  ],
  ['Polen werken hard, dus via een bbl-plek in de techniek kom je er zeker.', 'Nationaliteit als stereotype stuurt de route.'],
  ['Zulke stille Aziatische leerlingen doen het altijd goed in de ICT.', 'Etnisch stereotype bepaalt de richting.'],
  [
    'Typisch mbo-student: liever geld verdienen dan leren. Welke bbl-opleiding trekt je?',
    'Schooltype als stereotype over motivatie.',
  ],
  [
    'Als meisje in de autotechniek ga je het zwaar krijgen tussen al die mannen; denk er nog eens over na.',
    'Gender als label ontmoedigt een keuze.',
  ],
  [
    'Kinderen van gescheiden ouders hebben meer structuur nodig, kies dus een schoolse opleiding.',
    'Gezinssituatie als label stuurt de keuze.',
  ],
  [
    'Leerlingen met autisme zijn echte systeemdenkers: welk ICT-beroep spreekt je aan?',
    'Diagnose als identiteit met stereotype.',
  ],
  [
    'Met jullie cultuur is het toch gebruikelijk dat je in de familiezaak gaat werken?',
    'Cultuur als label legt de toekomst vast.',
  ],
  ['ISK-leerlingen gaan meestal naar entree of niveau 2, dus daar beginnen we mee.', 'Groepslabel bepaalt het niveau vooraf.'],
  ['Jongens zijn nu eenmaal niet zo goed in talen; welke exacte richting kies jij?', 'Genderstereotype over talen stuurt keuze.'],
  [
    'Voor een boerenzoon als jij ligt de groene sector natuurlijk het meest voor de hand.',
    'Afkomst als label bepaalt de sector.',
  ],
  ['Basisleerlingen passen het best in simpele beroepen; welke spreekt jou aan?', 'Leerweg als label beperkt beroepen.'],
  [
    "Vwo'ers hebben geen praktische vaardigheden, dus een mbo-opleiding is niets voor jou.",
    'Schooltype als stereotype sluit route uit.',
  ],
  [
    'Vrouwen willen later toch parttime werken, dus kies een beroep dat daarbij past.',
    'Genderstereotype over werk bepaalt keuze.',
  ],
  [
    'Als Antilliaanse jongen heb je muziek in je; de muziekopleiding is iets voor jou.',
    'Herkomst als positief stereotype stuurt.',
  ],
  [
    'Kinderen uit een bijstandsgezin hebben vaak geen netwerk, dus begin maar niet aan een hbo-studie.',
    'Gezinsinkomen als label sluit route uit.',
  ],
  [
    'Mensen met een beperking zoals jij zijn heel trouw; vast werk in de groenvoorziening is ideaal.',
    'Beperking als identiteit met stereotype.',
  ],
  [
    'Joodse families hechten aan studeren, dus rechten of medicijnen zal thuis wel verwacht worden.',
    'Religie als stereotype over verwachtingen.',
  ],
  [
    'Leerlingen uit het vso komen meestal in de dagbesteding terecht; wat zou jij daar willen doen?',
    'Schooltype als label legt uitkomst vast.',
  ],
  [
    'Hindoestaanse families willen dat hun kinderen ondernemer of arts worden, dus dat wordt vast ook jouw richting.',
    'Herkomst als stereotype over beroep.',
  ],
  ['Een dromer met ADD zoals jij past het best in iets creatiefs.', 'Diagnose als identiteit stuurt de keuze.'],
  [
    'Tweetalige nieuwkomers zijn natuurlijke tolken, dus dat beroep ligt voor de hand.',
    'Migratieachtergrond als label bepaalt beroep.',
  ],
  [
    'Meisjes houden niet van vieze handen, dus de metaalopleiding slaan we over.',
    'Genderstereotype over meisjes sluit een opleiding uit.',
  ],
  [
    'Gelovige leerlingen hebben minder met de kunstwereld, dus kijk liever naar iets anders.',
    'Religie als label sluit richting uit.',
  ],
  [
    'Theoretische leerlingen zijn te netjes voor de bouwplaats; welk kantoorwerk past bij jou?',
    'Leerweg als stereotype stuurt de keuze.',
  ],
  ['Echte Brabanders zijn gezellig, dus de horeca past perfect bij jou.', 'Regionale afkomst als stereotype bepaalt de sector.'],
  [
    'Kinderen van ondernemers hebben het in hun bloed, dus een eigen bedrijf is jouw weg.',
    'Gezinsachtergrond als label legt route vast.',
  ],
  ['Jongens met ADHD horen in de sport of de bouw, daar kun je je energie kwijt.', 'Diagnose en gender als label.'],
  ['Rijke kinderen kiezen altijd voor economie; waarom zou jij iets anders doen?', 'Gezinsinkomen als stereotype over keuze.'],
  ['Als woonwagenkind zul je wel in de handel willen, dat doet jouw familie toch ook?', 'Afkomst als label bepaalt de toekomst.'],
  [
    'Stoere meiden zoals jij passen prima bij defensie, dat is ook een soort mannenwereld.',
    'Genderstereotype over stoere meiden stuurt de keuze.',
  ],
  [
    'Mbo-studenten van niveau 2 zijn uitvoerders, geen leiders; welke uitvoerende functie trekt u?',
    'Niveau als label beperkt de ambitie.',
  ],
  [
    'Een homo in de bouw heeft het niet makkelijk, dus kijk misschien naar de mode of de zorg.',
    'Seksuele oriëntatie als stereotype stuurt keuze.',
  ],
]);

const SOUND = allow('sound', [
  ['Vertel eens over een moment deze week waarop de tijd voorbij vloog.', 'Open uitnodiging om over plezier te vertellen.'],
  [
    'Neem gerust de tijd om te bedenken welke open dag je wilt bezoeken; het is prima om nog niet te weten.',
    'Geruststelling, keuze blijft bij de leerling.',
  ],
  [
    'Ik zag dat je de presentatie rustig en duidelijk opbouwde. Waar heb je dat geleerd?',
    'Benoemt een gezien talent en vraagt door.',
  ],
  [
    'Schrijf drie dingen op die je graag doet in je vrije tijd, dan kijken we samen wat ze over jou zeggen.',
    'Uitnodiging tot motievenreflectie vanuit de eigen vrije tijd.',
  ],
  ['Welke persoon in je omgeving zou je eens willen vragen naar zijn of haar werk?', 'Netwerkvraag, open en eigen keuze.'],
  [
    'Kies één beroep dat je nieuwsgierig maakt en zoek uit hoe een dag in dat werk eruitziet.',
    'Uitnodiging tot werkexploratie van een zelfgekozen beroep.',
  ],
  [
    'Er zijn geen foute keuzes, alleen stappen die je iets leren over jezelf.',
    'Bemoediging zonder oordeel, elke keuze is een leerstap.',
  ],
  ['Vertel me over een project waarin je je helemaal kwijt kon.', 'Open uitnodiging over concrete ervaring.'],
  ['U mag zelf kiezen welke afdeling u tijdens de volgende BPV-periode wilt leren kennen.', 'Keuze ligt bij de student.'],
  [
    'Hoe zie je jezelf over vijf jaar, en wat maakt dat beeld aantrekkelijk voor je?',
    'Toekomstgerichte open vraag naar het eigen toekomstbeeld.',
  ],
  [
    'Wie denkt er thuis met je mee over je vervolgopleiding, en wat weten zij al van die route?',
    'Vraag naar meedenkers, zonder label.',
  ],
  [
    'Ga eens een dag meelopen bij een opleiding die je nog niet kent; je hoeft daarna niets te beslissen.',
    'Uitnodiging tot verkennen zonder druk.',
  ],
  ['Welke vakken geven je energie, en wat doe je daar precies?', 'Open vraag naar motieven en wat energie geeft.'],
  ['Wat vind jij leuk om te doen? Je mag het ook in je eigen taal vertellen.', 'Eenvoudige open vraag voor ISK.'],
  [
    'Je hebt deze week goed geholpen in de kantine. Vertel eens wat je daar het leukst vond.',
    'Benoemt wat goed ging, nodigt uit.',
  ],
  [
    'Maak een lijstje van mensen die je kunnen helpen bij het vinden van een stageplek.',
    'Uitnodiging tot netwerken voor het vinden van een stage.',
  ],
  [
    'Denk na over wat je belangrijk vindt in werk: geld, vrijheid, samen met anderen, of iets anders.',
    'Uitnodiging tot reflectie op wat de leerling belangrijk vindt.',
  ],
  [
    'Laat me zien welk werk je op je stage het fijnst vond om te doen.',
    'Eenvoudige uitnodiging voor vso om over stage te vertellen.',
  ],
  ['Wat zou je graag eens uitproberen voordat je een keuze maakt?', 'Open vraag naar volgende stap.'],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Wat helpt jou als lezen veel energie kost, en waar let je zelf op bij het kiezen van een opleiding?',
    'Eigen moeite bevraagd, keuze bij de leerling.',
  ],
  ['Welke ondersteuning wil jij vragen bij de opleiding?', 'Ondersteuning als iets wat de leerling zelf regelt.'],
  [
    'Je vertelde dat rekenen je moeite kost. Wil je dat meenemen in je keuze, of liever niet?',
    'Eigen ervaring, beslissing blijft bij de leerling.',
  ],
  [
    'Je stage liep anders dan je hoopte. Wat heb je er toch over jezelf geleerd?',
    'Tegenvallende stage wordt als leerervaring open bevraagd.',
  ],
  [
    'Je twijfelt tussen twee richtingen; wat trekt je aan elk van beide?',
    'Twijfel tussen richtingen wordt respectvol onderzocht.',
  ],
  [
    'Hoe was het om kritiek van je praktijkbegeleider te krijgen, en wat doe je ermee?',
    'Kritiek van de begeleider wordt open besproken.',
  ],
  [
    'Je bent niet toegelaten tot de opleiding van je eerste keus. Wat wil je nu onderzoeken?',
    'Afwijzing besproken, vervolg bij de leerling.',
  ],
  ['Wat vind je lastig aan plannen, en wanneer lukt het je juist wel?', 'Eigen moeite met sterke kant erbij.'],
  [
    'Met dyslexie kun je bij veel opleidingen extra tijd of voorleessoftware krijgen. Wil je weten hoe dat werkt?',
    'Ondersteuning als feit dat de leerling regelt.',
  ],
  ['Welk vak kost je veel moeite, en hoe ga je daar op dit moment mee om?', 'Eigen worsteling met een vak, zonder conclusie.'],
  [
    'Je vertelde dat je in de klas vaak wordt afgeleid. Wat voor werkplek zou jij zelf prettig vinden?',
    'Eigen ervaring, leerling bepaalt de wens.',
  ],
  [
    'Het is oké als je nog niet weet wat je wilt. Wat zou je helpen om een stapje verder te komen?',
    'Twijfel wordt geaccepteerd en het vervolg blijft open.',
  ],
  [
    'Wat deed je toen er iets misging op je stage, en hoe kijk je daar nu op terug?',
    'Fout op stage wordt als ervaring bevraagd.',
  ],
  [
    'Je zei dat Nederlands soms nog moeilijk is. In welke taal praat je het liefst over je plannen?',
    'Taal als keuze van ISK-leerling.',
  ],
  ['Welke feedback van je stagebegeleider vond je terecht, en welke niet?', 'Feedback met eigen oordeel van leerling.'],
  [
    'U heeft besloten met uw opleiding te stoppen. Wat neemt u mee naar uw volgende stap?',
    'Stoppen met de opleiding wordt respectvol besproken.',
  ],
  ['Wat gaat er door je heen als je aan de studiekeuzecheck denkt?', 'Spanning rond de studiekeuzecheck wordt open bevraagd.'],
  [
    'Je vertelde dat presenteren spannend is. Wil je daar iets mee in je keuze, of juist niet?',
    'Eigen spanning, keuze bij de leerling.',
  ],
  ['Wanneer liep je op school eens echt vast, en wie of wat hielp je toen verder?', 'Moeilijk moment met steun besproken.'],
  [
    'Sommige dingen gaan bij jou langzamer, zei je zelf. Hoe wil je dat de opleiding daarmee omgaat?',
    'Eigen woorden, leerling bepaalt de wens.',
  ],
  ['Wat kost jou energie op je stage, en wat geeft je juist energie?', 'Belasting en plezier naast elkaar.'],
  [
    'Het kan zijn dat je na een jaar merkt dat de studie niet past. Hoe zou je dat willen aanpakken?',
    'Risico van switch open besproken.',
  ],
  ['Wat zou je zeggen tegen een vriend die twijfelt of hij het hbo aankan?', 'Twijfel via perspectief van ander.'],
  [
    'Je proeve van bekwaamheid is niet gelukt. Wat heb je nodig om het opnieuw te proberen, en van wie?',
    'Tegenslag bij de proeve, student houdt eigen regie.',
  ],
  [
    'Welke kant van jezelf laat je nog weinig zien op school, en waar komt die wel naar buiten?',
    'Vraag naar een verborgen kwaliteit, zonder oordeel.',
  ],
  ['Wat vind je van het advies dat je kreeg, en klopt het met je eigen beeld?', 'Advies getoetst aan eigen beeld.'],
  [
    'Heb je gemerkt dat je bij bepaald werk juist goed bij de les blijft? Vertel daar eens over.',
    'Sterktegericht gevraagd wanneer aandacht wel goed lukt.',
  ],
  [
    'Je bent een keer van richting veranderd. Wat heb je daarvan geleerd over hoe jij kiest?',
    'Eerdere switch wordt gezien als leerervaring over kiezen.',
  ],
  [
    'Welke hulp had je eerder op school, en wat daarvan wil je meenemen naar je vervolgopleiding?',
    'Ondersteuning in regie van leerling.',
  ],
  [
    'Wat maakt het spannend om te solliciteren, en wat zou het een beetje makkelijker maken?',
    'Spanning erkend, eigen oplossing gezocht.',
  ],
  [
    'Je gaf aan dat groepswerk je zwaar valt. Hoe zou jouw ideale werkomgeving eruitzien?',
    'Eigen ervaring met groepswerk, gevolgd door open toekomstvraag.',
  ],
  [
    'Stel dat je uitgeloot wordt voor je studie. Welke andere routes zou je dan willen verkennen?',
    'Tegenvaller voorbereid, keuze bij leerling.',
  ],
  [
    'Je zei dat wiskunde je niet goed ligt. Wil je per opleiding uitzoeken hoeveel wiskunde erin zit?',
    'Eigen moeite, leerling onderzoekt zelf.',
  ],
  ['Een tegenvaller zegt niets over wie je bent. Wat wil je nu als eerste doen?', 'Steun na tegenslag, eigen stap.'],
  [
    'Wat vond je het moeilijkst aan de afgelopen stageperiode, en hoe ben je daarmee omgegaan?',
    'Moeite en eigen aanpak bevraagd.',
  ],
  ['Wat heb jij nodig van mij als mentor nu het even tegenzit?', 'Mentor biedt steun aan, de leerling bepaalt wat.'],
  [
    'Je twijfelt of je het tempo van het hbo aankunt. Wat zou je willen weten om dat zelf te beoordelen?',
    'Twijfel van de leerling, eigen oordeel.',
  ],
  ['Is er iets wat je moeilijk vindt aan kiezen, en wil je daar samen naar kijken?', 'Moeite met kiezen met zorg bevraagd.'],
  [
    'Je zei dat schrijven je veel tijd kost. Welke hulpmiddelen gebruik je nu al, en welke werken goed?',
    'Eigen moeite met schrijven wordt sterktegericht bevraagd.',
  ],
  ['Hoe ga je om met teleurstelling als een stageplek je afwijst?', 'Afwijzing door een stageplek wordt open besproken.'],
  [
    'U vertelde dat de theorielessen zwaar zijn naast uw werk. Hoe wilt u dat combineren, en wie kan u steunen?',
    'Eigen belasting, student houdt regie.',
  ],
  ['Wat zeggen je ouders over je keuze, en hoe kijk jij daar zelf naar?', 'Verschil met ouders open bevraagd.'],
  [
    'Je werd boos toen je feedback kreeg. Wil je vertellen wat er op dat moment gebeurde?',
    'Moeilijk moment na feedback, besproken zonder oordeel.',
  ],
  ['Welke situaties maken je onzeker, en wat doe je dan om toch verder te gaan?', 'Onzekerheid met eigen kracht bevraagd.'],
  [
    'Je hebt ADHD, zei je. Wat weet jij al over wat wel en niet werkt voor jou bij het leren?',
    'Diagnose als eigen kennis van de leerling.',
  ],
  ['Het is prima als je keuze anders uitvalt dan je ouders verwachten. Wat wil jij zelf?', 'Keuze bij de leerling, steun.'],
  ['Wat leerde je van die opdracht die mislukte?', 'Mislukte opdracht wordt gezien als een leermoment.'],
  [
    'Je vindt contact leggen met nieuwe mensen lastig, vertelde je. Hoe pak je dat aan bij een open dag?',
    'Eigen moeite, leerling zoekt aanpak.',
  ],
  [
    'Je koos een sector die je nu tegenvalt. Wat weet je nu wat je eerst niet wist?',
    'Tegenvallende sectorkeuze wordt gezien als leerervaring.',
  ],
  [
    'Je zei dat je het examen spannend vindt. Wat heeft je eerder geholpen bij spannende momenten?',
    'Spanning voor het examen, met eigen hulpbronnen.',
  ],
  ['Wat vind je het lastigst aan zelfstandig werken op je stage, en wat lukt al goed?', 'Moeite naast wat goed gaat.'],
  [
    'Je kreeg een kritisch verslag van je leerbedrijf. Welk punt herken je, en welk punt niet?',
    'Kritische feedback met eigen oordeel.',
  ],
  [
    'Je gaf aan dat je graag in je eigen tempo werkt. Welke manier van leren zoek je in een opleiding?',
    'Eigen tempo als voorkeur van de leerling, geen tekort.',
  ],
  ['Wat zou je anders doen als je je profielkeuze opnieuw mocht maken, en wat juist niet?', 'Terugblik op keuze zonder oordeel.'],
  ['Nederlands leren is hard werken; wat lukt je al goed en wat wil je nog leren?', 'ISK: inzet erkend, eigen doel.'],
  [
    'Wat vond je moeilijk bij je stage in de supermarkt? En wat ging goed?',
    'Praktijkonderwijs: moeite en succes op stage naast elkaar.',
  ],
  ['Je vertelde dat drukte je moe maakt. Wat voor plek om te werken zou jij fijn vinden?', 'Vso: eigen ervaring, eigen wens.'],
  [
    'Je bepaalt zelf of je je diagnose bij de intake noemt; wil je samen bekijken wat je wilt zeggen?',
    'Diagnose in regie van de leerling.',
  ],
  [
    'Wat doe je als je merkt dat je een verkeerde keuze hebt gemaakt?',
    'Mogelijke verkeerde keuze wordt open en zonder schuld besproken.',
  ],
  [
    'Welke eerlijke feedback heb je onlangs gekregen die je aan het denken zette?',
    'Eerlijke feedback wordt gebruikt als moment van reflectie.',
  ],
  [
    'Je hoeft niet alles al te kunnen om aan een opleiding te beginnen. Wat zou je daar graag leren?',
    'Geruststelling met de focus op wat je gaat leren.',
  ],
  [
    'Wat zou je tegen je jongere zelf zeggen over de keuze die je toen maakte?',
    'Reflectie op een eerdere keuze, zonder oordeel.',
  ],
  [
    'Vraag de leerling zelf welke ondersteuning hij of zij bij de overstap naar het mbo wil meenemen.',
    'Zorgcoördinator legt regie bij leerling.',
  ],
  [
    'Als het op school even niet lukt, waar haal je dan wel voldoening uit?',
    'Moeilijke periode op school, sterktegericht bevraagd.',
  ],
  ['Wat vind je spannend aan werken met klanten, en wat trekt je er toch in aan?', 'Spanning en motief naast elkaar.'],
  [
    'Je bent al twee keer van stage gewisseld. Wat weet je nu beter over wat je zoekt?',
    'Wisselen van stage wordt gezien als leerervaring.',
  ],
  ['Stel dat je het niveau te hoog vindt; met wie zou je daarover willen praten?', 'Twijfel over niveau met eigen keuze.'],
  ['Welke rol speelt je dyscalculie voor jou bij het kiezen, als die al een rol speelt?', 'Diagnose door leerling zelf gewogen.'],
  [
    'Hoe voelde het om je stage voortijdig af te breken, en wat wil je bij een volgende plek anders?',
    'Afgebroken stage met respect besproken.',
  ],
  [
    'Je zei dat je je soms dom voelt in de klas. Wanneer voel je je juist slim?',
    'Eigen gevoel van de leerling, sterktegericht opgevolgd.',
  ],
]);

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  [
    'Welke zwakke plek in je eigen plan wil je nog onderzoeken voordat je je aanmeldt?',
    '"Zwak" over het plan, niet de leerling.',
  ],
  [
    'Welk type opleiding spreekt je aan: veel praktijk, veel theorie of een mix?',
    '"Type" gebruikt voor een open keuze tussen opleidingen.',
  ],
  [
    'Welk tempo past bij hoe jij graag leert: een korte opleiding of juist rustig aan?',
    '"Tempo" als eigen voorkeur van de leerling.',
  ],
  [
    'In welk vak kun jij je concentratie het langst vasthouden, en wat maakt dat vak anders?',
    '"Concentratie" sterktegericht gebruikt, gericht op wat lukt.',
  ],
  [
    'Welke mensen, zoals je oom of de buurvrouw, kunnen je iets vertellen over hun werk?',
    '"Mensen zoals" gebruikt voor netwerken, niet als label.',
  ],
  [
    'Meiden en jongens kiezen soms anders dan ze eigenlijk willen. Wat wil jij, los van verwachtingen?',
    'Gender genoemd om stereotype los te laten.',
  ],
  ['Welke talen spreek jij, en in welk werk zou je die graag gebruiken?', 'Talen als kracht van de leerling.'],
  ['Dyslexie hoeft je keuze niet te bepalen. Welke studie trekt jou, los daarvan?', '"Dyslexie" genoemd zonder uit te sluiten.'],
  [
    'Welk niveau past volgens jou bij wat je wilt leren, en hoe kom je daarachter?',
    '"Niveau" als eigen afweging van de leerling.',
  ],
  [
    'Als kaderleerling kun je na het mbo nog veel kanten op. Welke kant wil jij verkennen?',
    '"Kaderleerling" genoemd met open en kloppende routes.',
  ],
  ['Wat is typisch iets voor jou, iets wat je vrienden meteen herkennen?', '"Typisch" gebruikt voor een eigen kwaliteit.'],
  ['Wat zou je kiezen als geld geen rol speelde?', '"Geld" in een open motievenvraag.'],
  ['Welk risico zou jij willen nemen om iets nieuws te proberen?', '"Risico" nemen als eigen keuze van de leerling.'],
  ['Op welk moment voelde je dat je iets kon wat je eerst niet kon?', '"Niet kon" beschrijft groei die de leerling zelf zag.'],
  ['Welke achtergrondkennis heb je al opgedaan via je bijbaan?', '"Achtergrond" als kennis, geen label.'],
  ['Wat moet er volgens jou in een goede stageplek zitten?', '"Moet" als eigen eis van de leerling.'],
  ['Wat kun je het best, en hoe weet je dat?', 'Kernvraag van kwaliteitenreflectie, open en eigen oordeel.'],
  ['Noem eens iets wat je vroeger niet kon en nu wel.', '"Niet kon" als eigen ontwikkeling, sterktegericht.'],
  [
    'Op de open dag kun je vragen naar hulp bij dyslexie of ADHD. Wil je weten hoe?',
    'Diagnosewoorden als informatie, leerling kiest.',
  ],
  [
    'Welke beperkingen ziet u zelf aan de opleiding die u overweegt, zoals reistijd of roosters?',
    '"Beperkingen" van de opleiding, niet student.',
  ],
  ['Waar ben je niet goed in, denk je zelf, en vind je dat belangrijk voor je keuze?', 'Eigen beeld, leerling weegt zelf.'],
  [
    'Wat wil je weten over de taal van de opleiding, bijvoorbeeld Engelstalige vakken?',
    '"Taal" als informatievraag over de opleiding.',
  ],
  [
    'Hoe lang duurt de reis naar die opleiding, en is dat voor jou te doen?',
    'Praktische afweging over reistijd door de leerling zelf.',
  ],
  ['Wat helpt je om je focus te houden tijdens een lange stagedag?', '"Focus" gevraagd als eigen strategie van de leerling.'],
  ['Wie in je familie of buurt heeft een beroep dat je interessant vindt?', '"Familie" en "buurt" voor netwerken.'],
  ['Welk handwerk of ambacht zou je graag een keer proberen?', 'Open verkenning van praktisch werk.'],
  ['Een opleiding met weinig theorie of juist veel: wat trekt jou meer, en waarom?', '"Weinig theorie" als open keuze.'],
  ['Welke opleiding kies je als niemand je iets zou voorschrijven?', 'De eigen keuze van de leerling staat centraal.'],
  ['Welke dingen lukken jou vanzelf, die anderen lastig vinden?', '"Lastig" sterktegericht gebruikt voor wat vanzelf lukt.'],
  [
    'Welke rol pak jij meestal in een groep, en past die bij het werk dat je zoekt?',
    'Eigen rol in een groep als reflectie op werk.',
  ],
  ['Welke beroepen gebruiken het rekenwerk uit de praktijkles, en welke trekken jou?', '"Rekenen" als koppeling met beroep.'],
  ['Je Nederlands gaat snel vooruit. Welk werk wil je graag leren?', 'ISK: taal als groei, open vraag.'],
  ['Wat vind je leuk aan werken met je handen, en wat aan werken met je hoofd?', 'Handen en hoofd als open keuze.'],
  ['Wat gaat je makkelijker af dan je zelf verwachtte?', 'Sterktegerichte open vraag naar wat verrassend goed gaat.'],
  ['Welke werkplek past bij jou: een rustige of een drukke, denk je?', 'Voorkeur voor een werkplek ligt bij de leerling.'],
  ['Welke studie zou je kiezen als je wist dat je niet kon falen?', '"Falen" gebruikt in een open droomvraag.'],
  [
    'Waar ben je de laatste tijd beter in geworden, en hoe merk je dat?',
    'Recente groei van de leerling sterktegericht bevraagd.',
  ],
  [
    'Je hoeft geen lezer te zijn om van verhalen te houden. Welke verhalen over werk zijn je bijgebleven?',
    '"Lezer" zonder oordeel, open vraag.',
  ],
  [
    'Uw werkhouding werd door het leerbedrijf geprezen. Welk deel van het werk geeft u de meeste energie?',
    '"Werkhouding" gebruikt als compliment van het leerbedrijf.',
  ],
]);

export const CORPUS_N: LabelledSentence[] = inKindOrder({
  deficit: DEFICIT,
  'grade-topic': [],
  comparison: [],
  labelling: LABELLING,
  care: [],
  'tick-box': [],
  pressure: [],
  verdict: [],
  sound: SOUND,
  'sound-hard': SOUND_HARD,
  'sound-innocent-word': SOUND_INNOCENT_WORD,
});

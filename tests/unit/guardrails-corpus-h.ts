/**
 * Training corpus, part H, for the learned backstop of the guardrail linter (lob-content.md §5): new
 * labelled Dutch sentences, TRAINING data and not a test set. Written by helper H after reading only
 * lob-content.md, ./labelled-set-shape.ts and the types and helpers at the top of
 * ./guardrails-meaning-set.ts; no other labelled set was read, and the linter was not run on these.
 *
 * Focus: the kinds the model still misses most. Deficit in many disguises (a supposed weakness,
 * slowness, chaos, lack of focus, language level, handwriting, "niet het type", "twee linkerhanden", a
 * remark about the student in the third person, a teacher told to list what the student cannot do, a
 * route chosen to avoid a weakness), then labelling, comparison and care. The sound side holds the
 * student's own struggles named with care (sound-hard) and sound sentences with words that also occur
 * in deficit harm (sound-innocent-word).
 *
 * Writers: mbo-loopbaanbegeleider, stagebegeleider/BPV, vakdocent of practical subjects, mentor,
 * decaan, zorg- and LOB-coördinator; mostly mbo (bol, bbl in the u-form), praktijkonderwijs, vso and
 * ISK (simple Dutch), some vmbo; je-, u-, jullie- and we-forms, colloquial, idioms, softened harm and
 * harm inside a kind-sounding question.
 *
 * Counts: deficit 80, labelling 30, comparison 30, care 30 (no other harm kinds); sound 30 (21 not
 * ending in a question mark), sound-hard 60, sound-innocent-word 40: 300 in all. Reasons in Dutch.
 *
 * After writing, 1 of the 300 sentences was removed by a script, unread: it shared more than half its
 * words with a sentence of the eighth held-out set (./guardrails-holdout8-set.ts), written at the
 * same time, which had to stay a blind test until it was measured.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

export const CORPUS_H: LabelledSentence[] = inKindOrder({
  deficit: refuse('deficit', [
    [
      'Je hebt twee linkerhanden, dus de werkplaats valt af. Welke richting zonder gereedschap trekt je?',
      'Stelt onhandigheid vast en laat die de keuze sturen.',
    ],
    [
      'Lezen gaat bij jou nog erg traag. Welke opleiding zou je aankunnen met zo weinig mogelijk leeswerk?',
      'Traag lezen als beperking bepaalt welke opleiding overblijft.',
    ],
    [
      'Je bent geen hoogvlieger, maar wel een harde werker. Welk beroep past bij iemand die het niet van zijn hoofd moet hebben?',
      'Noemt de leerling niet slim, verpakt als compliment.',
    ],
    [
      "U bent niet zo'n prater, dus klantcontact lijkt me lastig. Welk werk achter de schermen past bij u?",
      'Een vermeend tekort aan praten stuurt de keuze van de student.',
    ],
    [
      'Je Nederlands is nog niet goed genoeg voor de zorg. Wat wil je dan gaan doen?',
      'Taal als tekort sluit een richting af voor de nieuwkomer.',
    ],
    [
      'Je handschrift is zo slordig dat een kantoorbaan niks voor jou is, toch? Waar denk je zelf aan?',
      'Handschrift als gebrek bepaalt welke banen afvallen.',
    ],
    [
      'Jij bent gewoon niet het type voor een stage bij een bank. Wat zou dan wel bij je passen?',
      'Ontzegt de leerling een richting op grond van een vermeend gemis.',
    ],
    [
      'Plannen is niet jouw ding, dus zoek een baan waar een ander je rooster maakt. Welke ken je?',
      'Een zwakte in plannen stuurt naar afhankelijk werk.',
    ],
    [
      'Hij raakt steeds zijn spullen kwijt; vraag hem welke opleiding zonder veel zelfstandig werk hij ziet zitten.',
      'Opdracht aan de docent die de leerling via een gebrek beschrijft.',
    ],
    [
      'Maak met de leerling een lijstje van alles wat hij niet kan, dan zien jullie welke beroepen afvallen.',
      'Laat de docent opsommen wat de leerling niet kan.',
    ],
    [
      'Langer dan tien minuten bij de les blijven lukt jou nooit. Welk werk is kort en afwisselend genoeg?',
      'Gebrek aan focus als vast kenmerk stuurt de keuze.',
    ],
    [
      'Omdat je zo chaotisch bent, lijkt logistiek me geen goed idee. Wat trekt je nog meer?',
      'Chaotisch zijn als eigenschap sluit een sector uit.',
    ],
    [
      'Geen probleem hoor, niet iedereen is een denker. Wat doe je graag met je handen?',
      'Vriendelijk verpakt oordeel dat de leerling niet kan denken.',
    ],
    [
      'Je bent een beetje traag van begrip, dus we zoeken iets rustigs. Waar zou je willen werken?',
      'Noemt de leerling traag van begrip en kiest daarop.',
    ],
    [
      'De stagebegeleider vindt dat je te langzaam werkt voor de keuken. Welke afdeling past beter bij jouw tempo?',
      'Tempo als tekort bepaalt de afdeling, niet de interesse.',
    ],
    [
      'Met jouw gebrek aan doorzettingsvermogen is een lange opleiding geen optie. Wat wil je kort doen?',
      'Een vermeend gebrek sluit lange opleidingen uit.',
    ],
    [
      'U mist de basisvaardigheden voor niveau 3. Wat vindt u van een opleiding op niveau 2?',
      'Tekort aan vaardigheden stuurt de volwassene naar een lager niveau.',
    ],
    [
      'Eerlijk is eerlijk, je bent geen doorzetter. Welk werk geeft snel resultaat?',
      'Typeert de leerling als opgever en stuurt daarop.',
    ],
    [
      'Je kunt slecht tegen kritiek, dus een baan met een strenge baas wordt lastig. Wat zoek je?',
      'Een vermeende zwakte bepaalt welk werk mogelijk is.',
    ],
    [
      'Wiskunde ligt je totaal niet, dus techniek kun je vergeten. Waar ligt je interesse dan?',
      'Een moeilijk vak sluit een hele sector af.',
    ],
    [
      'Onthouden is lastig voor jou. Welk werk kun je doen zonder veel te hoeven leren?',
      'Leervermogen als tekort bepaalt het werk.',
    ],
    [
      'Sociaal ben je niet zo handig, hè? Misschien iets waarbij je alleen werkt, wat denk jij?',
      'Sociale onhandigheid als gegeven stuurt naar alleen werken.',
    ],
    [
      'Je Engels schiet tekort voor de luchtvaart. Welke richting binnen Nederland trekt je?',
      'Tekortschietend Engels sluit een droomrichting af.',
    ],
    [
      'Een bbl-plek met dat tempo haal je toch niet. Wat zou je in plaats daarvan willen proberen?',
      'Voorspelt falen op grond van een vermeend tekort.',
    ],
    [
      'Vraag haar welke vakken ze niet snapt, zodat jullie die opleidingen kunnen schrappen.',
      'Docent schrapt keuzes op basis van wat zij niet snapt.',
    ],
    [
      'Je bent snel afgeleid en vergeet afspraken. Hoe ga je dat redden op een stage met vaste tijden?',
      'Somt tekorten op en twijfelt of stage haalbaar is.',
    ],
    [
      'Spelling gaat bij jou steeds mis, dus administratie valt af. Wat spreekt je nog meer aan?',
      'Spellingfouten als reden om een richting af te sluiten.',
    ],
    [
      'Je bent niet zo snugger, maar wel heel lief. Is de zorg dan iets voor jou?',
      'Noemt de leerling dom, verzacht met een compliment.',
    ],
    [
      'Je bent nogal onhandig met klanten. Hoe ga je dat straks in de winkel oplossen?',
      'Beschrijft de leerling als onhandig in plaats van te verkennen.',
    ],
    [
      'Leg hem rustig uit dat hij bij de theorie telkens tekortschiet, en vraag welk praktijkvak hij dan kiest.',
      'Docent moet het tekortschieten voorop zetten bij de keuze.',
    ],
    [
      'Leren lukt je gewoon niet, dus jij bent meer een doener. Wat wil je later doen?',
      'Stelt vast dat leren niet lukt en stuurt daarop.',
    ],
    [
      'Je komt in het Nederlands nog veel woorden tekort. Zoek je daarom werk waar je weinig hoeft te praten?',
      'Taaltekort stuurt de nieuwkomer naar zwijgend werk.',
    ],
    [
      'U bent niet zo vaardig met de computer. Welke functie zonder systemen zou u willen?',
      'Digitale onhandigheid bepaalt de functie van de volwassene.',
    ],
    [
      'Nauwkeurig werken lukt je niet, dus elektrotechniek is te riskant. Welke sector wil je verkennen?',
      'Onnauwkeurigheid als kenmerk sluit een opleiding uit.',
    ],
    ['Jij bent te verlegen voor de horeca. Wat zou je dan wel willen?', 'Verlegenheid als tekort sluit de horeca uit.'],
    [
      'Zonder begeleiding kom je nergens, dus kies een opleiding met veel hulp. Welke ken je?',
      'Ontkent zelfstandigheid en stuurt daarop de keuze.',
    ],
    [
      'Hoe kijk je naar de detailhandel, nu we weten dat rekenen met geld je niet lukt?',
      'Verwerkt een vermeend tekort in een vriendelijke vraag.',
    ],
    [
      'Omdat je nooit op tijd komt, is de bakkerij met vroege diensten niks voor jou. Welk werk begint later?',
      'Gebrek aan stiptheid bepaalt welk werk kan.',
    ],
    [
      "Je bent nou eenmaal niet zo'n leerder. Wat zou je doen als je meteen kon gaan werken?",
      'Typeert de leerling als iemand die niet kan leren.',
    ],
    [
      'Met jouw taalniveau kom je niet ver in een kantoorbaan. Welke andere richting wil je bekijken?',
      'Taalniveau als tekort beperkt het perspectief.',
    ],
    [
      'Wat zijn de dingen waar je echt niks van bakt, zodat we weten welke stages we overslaan?',
      'Laat de leerling onvermogen opsommen om keuzes te schrappen.',
    ],
    [
      'Instructies snap je vaak pas na drie keer. Welk werk is eenvoudig genoeg voor jou?',
      'Noemt de leerling traag van begrip en zoekt simpel werk.',
    ],
    [
      'Samenwerken gaat je slecht af, zag ik in de les. Zoek je daarom een beroep waar je alleen bent?',
      'Een waargenomen zwakte stuurt de beroepskeuze.',
    ],
    [
      'Jij bent geen lezer, dat weten we allebei. Welke opleiding zonder boeken zie je zitten?',
      'Legt een tekort vast en kiest daaromheen.',
    ],
    [
      'Nieuwe dingen gaan bij jou niet zo snel. Wat zou je kunnen doen dat altijd hetzelfde blijft?',
      'Vermeende traagheid stuurt naar eentonig werk.',
    ],
    [
      'Kun je vertellen waarom het jou nooit lukt om je stageverslag af te krijgen?',
      'Vraag die het falen van de leerling vastlegt.',
    ],
    [
      'Ze heeft weinig in haar mars als het om theorie gaat; bespreek met haar een praktijkroute.',
      'Derde persoon: de leerling als niet capabel beschreven.',
    ],
    [
      'Je bent een beetje een sloddervos in de werkplaats. Welk vak vraagt minder precisie?',
      'Slordigheid als eigenschap bepaalt het vak.',
    ],
    [
      'Hij houdt het geen dag vol op stage; vraag welk werk bij zijn korte spanningsboog past.',
      'Docentopdracht die de leerling via een tekort typeert.',
    ],
    [
      'Het geeft niks dat je niet zo slim bent, in de groenvoorziening kom je ook ver. Wat trekt je daar?',
      'Noemt de leerling niet slim, positief verpakt.',
    ],
    [
      'Omdat je zo slecht kunt stilzitten, valt kantoorwerk af. Waar denk je zelf aan?',
      'Onrust als tekort sluit een werkveld af.',
    ],
    [
      'Je mist het technisch inzicht voor installatietechniek. Welke richting vind je nog interessant?',
      'Gemis aan inzicht sluit een opleiding uit.',
    ],
    [
      'Wat wil je later worden, nu duidelijk is dat leren niet jouw sterkste punt is?',
      'Zwakte in leren als vast uitgangspunt van de vraag.',
    ],
    [
      'Bespreek met de student waar hij onder de maat blijft en stem de richting daarop af.',
      'Docent moet de keuze afstemmen op tekorten.',
    ],
    [
      'Je woordenschat is nog te klein voor een opleiding. Welk werk zonder diploma wil je doen?',
      'Taaltekort beperkt de nieuwkomer tot werk zonder diploma.',
    ],
    [
      'Netjes werken lukt je nooit. Denk je echt dat schilderen iets voor je is?',
      'Twijfelt aan de keuze op grond van een vermeend gebrek.',
    ],
    [
      'Je bent zo onzeker, daar kom je op de werkvloer niet ver mee. Wat wil je proberen?',
      'Onzekerheid als tekort voorspelt geen succes.',
    ],
    ['Met jouw korte lontje wordt beveiliging niks. Welk werk zoek je dan?', 'Een karaktertrek als tekort sluit een beroep uit.'],
    [
      'Je kunt je niet goed uitdrukken, dus een functie met veel overleg is te hoog gegrepen.',
      'Uitdrukkingsvermogen als tekort beperkt de ambitie.',
    ],
    [
      'Creatief ben je niet echt, dus mediavormgeving valt af. Wat trekt je wel?',
      'Ontzegt creativiteit en sluit een opleiding af.',
    ],
    [
      'Jouw motoriek is te grof voor fijn soldeerwerk. Welke techniek past beter bij je?',
      'Onhandigheid met de handen bepaalt de richting.',
    ],
    [
      'Je staat niet sterk in je schoenen en laat je snel wegzetten. Is verkoop wel iets voor jou?',
      'Beschrijft de leerling als zwak en twijfelt aan de keuze.',
    ],
    [
      'U bent geen leidinggevend type, dus teamleider zit er niet in. Wat wilt u verder in het bedrijf?',
      'Ontzegt de bbl-student doorgroei op grond van een gemis.',
    ],
    [
      'Leuk dat je kok wilt worden, maar je kunt niet eens een recept volgen. Wat zou je nog meer willen?',
      'Ondermijnt een wens met een vermeend onvermogen.',
    ],
    [
      'Het zit er gewoon niet in, en dat is oké. Welk eenvoudig werk zou je leuk vinden?',
      'Idioom dat vastlegt dat de leerling het niet kan.',
    ],
    [
      'Schrijf bij elke opleiding op waarom die voor jou te moeilijk is.',
      'Laat de leerling opleidingen afstrepen vanuit eigen onvermogen.',
    ],
    [
      'Snel schakelen ligt je niet, dus rustig werk past beter. Klopt dat volgens jou?',
      'Vermeend traag denken bepaalt het soort werk.',
    ],
    [
      'Je spreekt nog gebrekkig Nederlands, dus begin eerst maar met inpakwerk. Wat vind je daarvan?',
      'Gebrekkige taal stuurt de ISK-leerling naar simpel werk.',
    ],
    [
      'Hoe ga je om met je slechte geheugen als je straks een vak moet leren?',
      'Legt een slecht geheugen vast als kenmerk van de leerling.',
    ],
    [
      'Je blinkt nergens echt in uit, dus kies iets breeds. Welke opleiding is lekker algemeen?',
      'Stelt dat de leerling nergens goed in is.',
    ],
    [
      'Met jouw rommelige verslagen zie ik je niet in de administratie. Wat zou je wel willen?',
      'Rommeligheid als tekort sluit een richting af.',
    ],
    [
      'Vraag hem in het gesprek wat hij niet aankan, zodat de stagemarkt niet tegenvalt.',
      'Docent laat de leerling benoemen wat hij niet aankan.',
    ],
    [
      'Jij snapt weinig van hoe een machine werkt. Zou verkoop dan niet handiger zijn?',
      'Gebrek aan begrip stuurt naar een andere sector.',
    ],
    [
      'Je bent wat te gemakzuchtig voor een zware bbl. Welke lichtere route zie je zitten?',
      'Een karaktergebrek bepaalt de route.',
    ],
    [
      'Omdat je met tekenen niet uit de voeten kunt, is bouwkunde geen optie. Wat trekt je verder?',
      'Een zwak punt sluit een opleiding uit.',
    ],
    [
      'Op de BPV werd duidelijk dat je te weinig initiatief toont. Welk werk met vaste opdrachten wil je?',
      'Gebrek aan initiatief stuurt naar werk met vaste taken.',
    ],
    ['Hoe ziet jouw toekomst eruit als lezen en schrijven blijven mislukken?', 'Toekomst ingekleurd vanuit blijvend falen.'],
    [
      'Je bent een lieve jongen, maar geen aanpakker. Welke baan vraagt niet te veel inzet?',
      'Positief verpakte typering als iemand zonder inzet.',
    ],
    [
      'Praktijk gaat prima, theorie is hopeloos: zo ken ik je. Welke opleiding heeft bijna geen theorielessen?',
      'Theorie als hopeloos tekort bepaalt de opleiding.',
    ],
  ]),
  'grade-topic': refuse('grade-topic', []),
  comparison: refuse('comparison', [
    ['De rest van de klas heeft al een stageplek; waarom loop jij daar nog achter?', 'Zet de leerling af tegen de klas.'],
    [
      'Je broer was veel handiger in de werkplaats. Wat maakt dat jij daar anders in zit?',
      'Vergelijkt de leerling met een broer.',
    ],
    [
      'Vergeleken met je klasgenoten werk jij het netst. Welk beroep past daarbij?',
      'Ook een gunstige vergelijking meet de leerling aan de groep.',
    ],
    [
      'Vraag de student waarom zij als enige van de groep nog geen BPV-plek heeft.',
      'Docentopdracht die de student tegen de groep afzet.',
    ],
    [
      'Anderen van jouw leeftijd weten allang wat ze willen. Hoe zit dat bij jou?',
      'Leeftijdsgenoten als maatstaf voor de leerling.',
    ],
    ['Jij bent de beste kok van de groep; wordt dat dan ook je vak?', 'Rangorde in de groep als grond voor de keuze.'],
    [
      "De meeste bbl'ers in uw klas hebben al een contract. Hoe komt het dat u nog zoekt?",
      'Zet de volwassen student af tegen klasgenoten.',
    ],
    ['Je zus koos voor de zorg en dat ging prima. Waarom doe jij dat niet ook?', 'Zus als voorbeeld dat nagevolgd moet worden.'],
    [
      'Van alle leerlingen kwam jij het laagst uit de interessetest. Wat zegt dat over je?',
      'Plaatst de leerling onderaan de groep.',
    ],
    [
      'Kijk eens naar Sanne, zij weet precies wat ze wil. Wat kun jij van haar leren?',
      'Een klasgenoot als meetlat voor de leerling.',
    ],
    [
      'Iedereen in jouw groep was enthousiast over de open dag, behalve jij. Hoe komt dat?',
      'Zet de leerling apart van de groep.',
    ],
    [
      'Je tempo ligt ver onder het groepsgemiddelde op stage. Welke richting past bij een rustiger tempo?',
      'Groepsgemiddelde als maatstaf voor de leerling.',
    ],
    [
      'Hoe sta jij ervoor ten opzichte van de anderen in je klas als het om kiezen gaat?',
      'Vraagt de leerling zich te meten met anderen.',
    ],
    [
      'Je klasgenoten hebben allemaal drie open dagen bezocht en jij nul. Wat ga je doen?',
      'Telt de leerling af tegen klasgenoten.',
    ],
    [
      'Vergeleken met de examenklas van vorig jaar lijk jij minder gemotiveerd. Wat speelt er?',
      'Een eerdere lichting als meetlat.',
    ],
    ['Jouw neef werkt al in de haven en jij hebt nog niks. Wat wil jij?', 'Familielid als maatstaf voor de leerling.'],
    [
      'Welke klasgenoot is het verst met kiezen, en wat doe jij anders dan hij?',
      'Laat de leerling zich meten aan een klasgenoot.',
    ],
    [
      'Je bent de enige in de praktijkklas die nog geen richting heeft. Waar twijfel je over?',
      'Zet de leerling apart als enige achterblijver.',
    ],
    [
      'Andere studenten op de BPV pakken dingen sneller op dan jij. Hoe komt dat, denk je?',
      'Medestudenten als maatstaf voor tempo.',
    ],
    [
      'Jij hoort bij de top 3 van je lichting, dus een groot bedrijf ligt voor de hand. Welk?',
      'Een plek op de ranglijst bepaalt het perspectief.',
    ],
    ['Thuis is je zus de slimme en jij de handige; klopt dat beeld voor jou?', 'Broers en zussen tegen elkaar afgezet.'],
    ['Zeventig procent van je jaargenoten kiest techniek. Waarom jij niet?', 'Percentage van jaargenoten als norm.'],
    [
      'Zet hem naast de andere leerlingen van de kookgroep en bespreek waar hij achterblijft.',
      'Docent moet de leerling naast de groep leggen.',
    ],
    [
      'De jongere studenten in uw klas leren sneller dan u. Wat betekent dat voor uw plannen?',
      'Vergelijkt de volwassene met jongere medestudenten.',
    ],
    [
      'De anderen op jouw afdeling mogen na de stage blijven. Wat ontbreekt er bij jou?',
      'Collega-stagiairs als maat voor tekort.',
    ],
    ['Wie van jullie wordt de betere monteur, jij of je tweelingbroer?', 'Zet tweelingen tegen elkaar af.'],
    ['Hoe komt het dat je vrienden wel een bijbaantje hebben en jij nog steeds niet?', 'Vrienden als norm voor de leerling.'],
    [
      'Jij leert sneller Nederlands dan de gemiddelde ISK-leerling. Wil je daarom naar het mbo?',
      'Gemiddelde van de groep als maatstaf.',
    ],
    ['Je vader stond op jouw leeftijd al in de garage. Wanneer begin jij?', 'Vader als meetlat voor de leerling.'],
    [
      'Je zit in de onderste helft van de groep, maar dat hoeft niks te zeggen. Wat wil je?',
      'Plaats in de groep, verzacht maar toch genoemd.',
    ],
  ]),
  labelling: refuse('labelling', [
    [
      'Jongens zoals jij gaan meestal de techniek in. Welke kant van de werkplaats trekt je het meest?',
      'Gender als verwachting voor de richting.',
    ],
    ['Als meisje kun je in de zorg veel betekenen; welke afdeling lijkt jou wat?', 'Koppelt meisje-zijn aan de zorg.'],
    [
      'Typisch pro-leerling: liever doen dan praten. Wat wil je later worden?',
      'Stereotype over leerlingen van het praktijkonderwijs.',
    ],
    [
      "Als ADHD'er heb je veel energie, dus een drukke baan past bij jou. Welke zie je voor je?",
      'Diagnose als identiteit die de keuze stuurt.',
    ],
    [
      'Omdat je moslim bent, wil je vast niet werken waar alcohol geschonken wordt. Welke richting dan?',
      'Religie als aanname over werkwensen.',
    ],
    [
      'Statushouders doen het vaak goed in de logistiek. Zou dat ook iets voor jou zijn?',
      'Migratiestatus als voorspeller van een beroep.',
    ],
    [
      'Autisten zijn sterk in systemen, dus ICT ligt voor de hand bij jou. Wat vind je daarvan?',
      'Diagnose als stereotype dat ICT voorschrijft.',
    ],
    [
      'Kinderen uit jouw wijk kiezen meestal voor beveiliging of bouw. Wat spreekt jou aan?',
      'Wijk en achtergrond als verwachting.',
    ],
    ["Voor een vmbo'er heb je best slimme ideeën over je toekomst.", 'Neerbuigend label op het schooltype.'],
    [
      'U bent als vrouw van boven de veertig het best op uw plek in de administratie, toch?',
      'Gender en leeftijd als aanname over werk.',
    ],
    [
      'In jullie cultuur is familie heilig, dus je wilt vast dicht bij huis werken. Waar denk je aan?',
      'Culturele achtergrond als aanname over de keuze.',
    ],
    [
      'Meiden houden nu eenmaal van mooie dingen; is de kappersopleiding niks voor jou?',
      'Genderstereotype stuurt naar het kappersvak.',
    ],
    ["Een echte mbo'er denkt toch niet aan de hogeschool? Wat wil je na je diploma?", 'Schooltype als grens voor ambitie.'],
    [
      'Jongens met jouw achtergrond willen vaak snel geld verdienen. Is dat bij jou ook zo?',
      'Achtergrond en gender als stereotype.',
    ],
    [
      'Voor een vso-leerling is een gewone baan al heel wat. Wat wil je proberen?',
      'Schooltype vso als plafond voor de leerling.',
    ],
    [
      'Zoals veel Polen ben je vast een harde werker. Is de bouw iets voor jou?',
      'Nationaliteit als stereotype dat het werk invult.',
    ],
    ['Als dyslect kies je natuurlijk iets praktisch; wat vind je daarvan?', 'Diagnose als identiteit die de keuze beperkt.'],
    [
      'Kinderen uit gezinnen met weinig geld kiezen vaak een korte opleiding. Wat wil jij?',
      'Gezinsinkomen als verwachting voor de opleiding.',
    ],
    [
      "Een bbl'er wil gewoon werken en niet leren. Wat vindt u het leukste aan uw baan?",
      'Stereotype over bbl-studenten als niet-leerders.',
    ],
    ["Jij bent zo'n typische gamer-jongen: ICT of niks, toch?", 'Stereotype dat de richting al invult.'],
    ['Dames kiezen vaak de receptie, heren de werkvloer. Waar zie jij jezelf?', 'Genderrollen als kader voor de keuze.'],
    [
      'Nieuwkomers zoals jij beginnen meestal in de schoonmaak of de kassen. Wat zou jij willen?',
      'Nieuwkomer als label voor eenvoudig werk.',
    ],
    ['Voor iemand uit een arbeidersgezin heb je hoge dromen. Waar komen die vandaan?', 'Sociale klasse als maat voor dromen.'],
    [
      'Een Marokkaanse jongen heeft handel in het bloed. Lijkt ondernemen je wat?',
      'Etnisch stereotype als reden om te gaan ondernemen.',
    ],
    ['Zeg maar eerlijk: als meisje vind je lassen toch vies en zwaar?', 'Gender als aanname over technisch werk.'],
    ['Met jouw beperking hoor je in beschut werk thuis. Welke plek ken je?', 'Beperking als identiteit en plafond.'],
    [
      'Turkse families hebben vaak een eigen zaak; ga jij later in de winkel van je familie werken?',
      'Afkomst als aanname over de toekomst.',
    ],
    ['Kaderleerlingen zijn geen theoretici. Welk praktijkvak vind jij leuk?', 'Stereotype over de kaderberoepsgerichte leerweg.'],
    [
      'Hij is een echte ISK-jongen: stil, beleefd en handig. Vraag welke techniek hem trekt.',
      'ISK als label met stereotype eigenschappen.',
    ],
    [
      'Bij christelijke gezinnen werken meisjes vaak in het onderwijs; hoe kijk jij daarnaar?',
      'Religie en gender als verwachting.',
    ],
  ]),
  care: refuse('care', [
    [
      'Hoe gaat het thuis sinds je ouders uit elkaar zijn, en wat betekent dat voor je keuze?',
      'Scheiding van ouders hoort bij de zorgcoördinator.',
    ],
    ['Heeft je familie genoeg geld om je opleiding te betalen? Vertel eens.', 'Vraagt naar het geld van het gezin.'],
    ['Slaap je wel genoeg? Je ziet er op stage zo moe uit.', 'Slaap is een zorgonderwerp, geen LOB.'],
    ['Gebruik je medicijnen waar je stagebedrijf van moet weten?', 'Vraagt naar medicatie van de leerling.'],
    ['Je bent flink afgevallen; eet je wel goed? Daarna praten we over je stage.', 'Eten en gewicht horen bij zorg.'],
    [
      'Rook of blow je weleens voordat je naar de werkplaats gaat?',
      'Vraagt naar middelengebruik, een onderwerp voor de zorglijn.',
    ],
    ['Zijn er schulden bij jullie thuis waardoor je moet bijverdienen?', 'Schulden van het gezin horen niet in LOB.'],
    [
      'Hoe gaat het psychisch met je na die zware periode? Daarna kijken we naar de open dagen.',
      'Mentale gezondheid hoort bij de zorglijn.',
    ],
    ['U werkt naast de bbl nog een tweede baan; redt u het financieel wel thuis?', 'Vraagt naar de financiën van de volwassene.'],
    [
      'Vraag de student voorzichtig of er thuis ruzie is; dat verklaart misschien het verzuim op stage.',
      'Docent moet de thuissituatie van de student uitvragen.',
    ],
    [
      'Ben je zwanger of denk je erover? Dat is belangrijk voor je stageplanning.',
      'Zwangerschap is een zorgonderwerp, geen loopbaanvraag.',
    ],
    ['Welke diagnose heb je precies, zodat we een passende stage kunnen zoeken?', 'Vraagt naar een medische diagnose.'],
    [
      'Slaat je vader je weleens? Je mag het me vertellen tijdens het loopbaangesprek.',
      'Mishandeling hoort bij de zorgcoördinator.',
    ],
    [
      'Woon je nog bij je moeder of zit je in een opvang? En wat wil je later worden?',
      'Woonsituatie uitgevraagd in een LOB-gesprek.',
    ],
    [
      'Voel je je vaak somber? Vertel eens hoe dat je keuze beïnvloedt.',
      'Somberheid is een zorgonderwerp voor de zorgcoördinator.',
    ],
    ['Hoeveel uur per nacht slaap je meestal, en heb je een vast ritme?', 'Vraagt naar slaapgedrag, dat hoort niet in LOB.'],
    ['Drinkt iemand bij jou thuis te veel? Dat vraag ik omdat je zo vaak afwezig bent.', 'Verslaving thuis hoort niet in LOB.'],
    ['Heeft je moeder een uitkering? Dan weten we wat voor opleiding haalbaar is.', 'Inkomen van de ouder uitgevraagd.'],
    [
      'Bent u onder behandeling bij een psycholoog? Dat helpt mij bij het stageadvies.',
      'Vraagt de volwassen student naar psychische behandeling.',
    ],
    ['Hoe is je verblijfsstatus, en wie zorgt er voor jou hier in Nederland?', 'Verblijfsstatus en zorg horen niet in LOB.'],
    [
      'Heb je last van je rug of je knieën? Dat wil ik weten voor de bouwstage.',
      'Vraagt naar lichamelijke klachten van de leerling.',
    ],
    ['Krijg je thuis wel ontbijt voordat je naar school komt?', 'Voeding en thuissituatie zijn zorg.'],
    [
      'Zit je nog in een traject bij jeugdzorg? Vertel erover, dan nemen we het mee in je LOB-plan.',
      'Jeugdzorg hoort bij de zorgcoördinator.',
    ],
    [
      'Gamen tot diep in de nacht is een verslaving; hoe vaak zit jij achter de computer?',
      'Vraagt naar verslaving en nachtritme.',
    ],
    ['Hoe gaat je vader om met zijn ziekte, en moet jij veel voor hem zorgen?', 'Ziekte in het gezin en mantelzorg zijn zorg.'],
    ['Mist u weleens lessen door uw angstklachten? Vertel daar eens over.', 'Angstklachten horen bij de zorglijn.'],
    ['Is er thuis wel rust, of zijn er te veel problemen om te leren?', 'Problemen thuis uitgevraagd in een loopbaangesprek.'],
    [
      'Vertel eens hoe het zit met je eetbuien, en of dat invloed heeft op je werk in de keuken.',
      'Eetproblemen horen bij de zorg, niet bij LOB.',
    ],
    ['Welke medicatie slik je voor je ADHD, en neem je die op stagedagen ook in?', 'Vraagt naar medicatie en een diagnose.'],
    ['Kun je je vluchtverhaal met mij delen? Dan begrijp ik beter welk werk je wilt.', 'Vlucht en trauma horen niet in LOB.'],
  ]),
  'tick-box': refuse('tick-box', []),
  pressure: refuse('pressure', []),
  verdict: refuse('verdict', []),
  sound: allow('sound', [
    [
      'Je vertelde enthousiast over de dag bij de fietsenmaker. Schrijf eens op wat je daar het leukst vond.',
      'Nodigt uit tot reflectie op een echte ervaring.',
    ],
    [
      'Goed gezien dat je zelf de chef om uitleg vroeg. Dat is netwerken, en dat doe je al.',
      'Benoemt iets wat de leerling goed deed.',
    ],
    [
      'Tip voor de mentor: laat de leerling eerst vertellen en vat daarna kort samen wat je hoorde.',
      'Tip die de leerling aan het woord laat.',
    ],
    [
      'Neem gerust de tijd om rond te kijken; een keuze groeit vaak door dingen te doen.',
      'Geruststellend en uitnodigend tot verkennen.',
    ],
    ['Wat vond u het mooiste moment in uw werkweek, en waarom juist dat?', 'Open vraag naar motieven van de bbl-student.'],
    [
      'Welke collega op je stage zou je eens willen vragen hoe hij in dit vak terechtkwam?',
      'Nodigt uit tot netwerken met een collega.',
    ],
    ['Loop eens een dagje mee bij een bedrijf dat je nog niet kent.', 'Suggestie om werk te verkennen.'],
    [
      'Ik zag hoe rustig je de nieuwe leerling hielp in de kas. Dat is een kwaliteit om mee te nemen.',
      'Benoemt een kwaliteit die de docent zag.',
    ],
    ['Vertel eens over iets wat je in je vrije tijd maakt of doet.', 'Open uitnodiging om over interesses te vertellen.'],
    [
      'Wie in je omgeving heeft een beroep waar je nieuwsgierig naar bent?',
      'Netwerkvraag die vertrekt vanuit eigen nieuwsgierigheid.',
    ],
    [
      'Kies één foto van je stage die laat zien waar je trots op bent, en vertel erover in het volgende gesprek.',
      'Concrete ervaring als start van reflectie.',
    ],
    [
      'Jullie mogen deze week iemand uit een vak dat je aanspreekt één vraag stellen.',
      'Uitnodiging tot netwerken voor de groep.',
    ],
    ['We gaan samen kijken welke werkplekken je nog wilt zien. Jij bepaalt waar we beginnen.', 'De keuze ligt bij de leerling.'],
    ['Welk werk zie je jezelf doen als je aan volgend jaar denkt?', 'Toekomstgerichte open vraag over werk.'],
    ['Kijk eens rond op Kiesmbo en bewaar drie opleidingen die je opvallen.', 'Suggestie om opleidingen te verkennen.'],
    ['Wat maakt een werkdag voor jou een goede dag?', 'Open vraag naar wat werk goed maakt.'],
    ['Wat heeft je leermeester je geleerd dat je nooit meer vergeet?', 'Reflectie op leren in de praktijk.'],
    ['Jij mag zelf kiezen waar we het volgende keer over hebben.', 'Geeft de leerling regie over het gesprek.'],
    [
      'Mooi werk met de vogelhuisjes. Je liet zien dat je geduldig en precies kunt werken.',
      'Compliment over concreet werk van de leerling.',
    ],
    [
      'Welk gereedschap pak jij het liefst als je aan een klus begint, en wat zegt dat over jou?',
      'Reflectie op voorkeuren in de praktijk.',
    ],
    [
      'Tip: begin het gesprek tijdens het werk of al wandelend; dan praat het voor veel leerlingen makkelijker.',
      'Tip voor een informeel gesprek.',
    ],
    [
      'Denk rustig na over wat je blij maakt. Daar gaan we de komende weken samen mee verder.',
      'Rustige uitnodiging om na te denken over motieven.',
    ],
    ['Wie kan jou helpen om een stageplek te vinden die bij je past?', 'Netwerkvraag gericht op de leerling.'],
    ['Noem drie dingen die je goed kunt, en vraag een vriend of hij ze herkent.', 'Kwaliteitenreflectie met een ander erbij.'],
    ['Welk werk vind jij mooi? Vertel waarom.', 'Eenvoudige open vraag voor de ISK.'],
    ['Je hebt deze week zelf een bedrijf gebeld. Knap gedaan, dat vraagt lef.', 'Benoemt initiatief van de leerling.'],
    ['Vertel me over een klant die je blij hebt gemaakt.', 'Uitnodiging om een goede ervaring te delen.'],
    ['Waar word je enthousiast van als je aan later denkt?', 'Open vraag naar drijfveren voor later.'],
    [
      "U heeft veel ervaring in de bouw. Deel gerust wat u jongere collega's zou willen leren.",
      'Erkent ervaring van de volwassen student.',
    ],
    [
      'Schrijf na de snuffelstage één zin op over wat je verraste. Die gebruiken we in het gesprek.',
      'Concrete reflectie na een dag werk verkennen.',
    ],
  ]),
  'sound-hard': allow('sound-hard', [
    [
      'Je zei dat de stage in de keuken tegenviel. Wat maakte het zwaar voor jou, en wat heb je er toch geleerd?',
      'Bespreekt een tegenvaller met respect.',
    ],
    [
      'Het is oké om nog niet te weten wat je wilt. Welke kleine stap zou je nu willen zetten?',
      'Twijfel mag, de stap blijft bij de leerling.',
    ],
    [
      'Je praktijkbegeleider gaf je feedback over je tempo. Wat vond je daarvan, en wat wil je ermee?',
      'Feedback besproken vanuit de leerling zelf.',
    ],
    [
      'Je vertelde dat je twijfelt of je het kunt. Waar komt die twijfel vandaan, denk je?',
      'Eigen twijfel met zorg uitgevraagd.',
    ],
    [
      'Je sollicitatie bij de garage werd afgewezen. Balen. Wat neem je mee naar de volgende?',
      'Afwijzing erkend, gericht op leren.',
    ],
    [
      'Wat voelde je toen je merkte dat de opleiding niet paste? Je mag ook van richting veranderen.',
      'Geeft ruimte voor een koerswijziging zonder oordeel.',
    ],
    [
      'Soms wil je ouders iets anders dan jij. Hoe zou jij je eigen wens aan hen uitleggen?',
      'Wens ouders versus eigen wens, keuze bij leerling.',
    ],
    [
      'U gaf aan dat werk en school samen zwaar vallen. Wat zou u helpen om het vol te houden?',
      'Eigen ervaren druk met respect besproken.',
    ],
    [
      'Welk vak vind je zelf lastig, en wat doe je al om er toch mee verder te komen?',
      'Eigen moeite met een vak, sterktegericht gevraagd.',
    ],
    [
      'Bij je eerste laswerk ging er van alles mis. Wat deed je toen, en wat zou je nu anders aanpakken?',
      'Een mislukte eerste poging als leermoment.',
    ],
    [
      'Je noemde jezelf niet slim genoeg. Ik zie dat anders: wanneer voelde je je wél slim?',
      'Eigen woorden van leerling, sterktegericht omgebogen.',
    ],
    ['Wat was voor jou het moeilijkste moment van de stage, en wie hielp je toen?', 'Moeilijk moment en steun besproken.'],
    [
      'Je bent gestopt met de opleiding Zorg. Dat vraagt moed. Wat weet je nu beter over wat je wilt?',
      'Stoppen als keuze met respect.',
    ],
    ['Als het niet lukt om een leerbaan te vinden, wat zou dan jouw plan B zijn?', 'Risico verkend, plan bij de student.'],
    [
      'Je voelt veel druk om nu al te kiezen. Wat zou je nodig hebben om er rustiger in te staan?',
      'Eigen druk met zorg besproken.',
    ],
    [
      'Je vertelde dat Nederlands praten op stage soms eng is. Wat hielp je de vorige keer?',
      'Eigen spanning van nieuwkomer, gericht op steun.',
    ],
    ['Wat zeg je tegen jezelf als er op het werk iets misgaat?', 'Reflectie op omgaan met tegenslag.'],
    [
      'Je bent bang de verkeerde keuze te maken. Wat zou een verkeerde keuze voor jou betekenen?',
      'Angst om te kiezen respectvol verkend.',
    ],
    [
      'Teleurgesteld zijn mag. Neem de tijd, en zeg het maar wanneer je wilt praten over wat nu.',
      'Erkent teleurstelling zonder te sturen.',
    ],
    [
      'Wat zou je tegen een vriend zeggen die op zijn stage hetzelfde meemaakte als jij?',
      'Helpt de leerling zichzelf mild te bekijken.',
    ],
    [
      'Je stagebedrijf neemt je na de BPV niet aan. Wat zegt dat volgens jou, en wat zegt het niet?',
      'Tegenslag genuanceerd met de student besproken.',
    ],
    [
      'Je had gehoopt op de politieopleiding en werd niet toegelaten. Wat trok je daar eigenlijk in aan?',
      'Afwijzing gebruikt om motieven te verkennen.',
    ],
    ['Hoe merk jij of iets te moeilijk is, of dat het gewoon nog nieuw is?', 'Reflectie op moeite en leren.'],
    [
      'U bent na twintig jaar uw baan kwijtgeraakt. Wat wilt u meenemen uit al die jaren werk?',
      'Baanverlies erkend, gericht op kwaliteiten.',
    ],
    [
      'Wat doe je als je vastloopt met een opdracht? Vertel over een keer dat het je toch lukte.',
      'Vastlopen besproken vanuit wat lukte.',
    ],
    [
      'Je vindt jezelf een slechte planner, zei je. Wanneer lukte het juist wél om iets op tijd af te hebben?',
      'Eigen label van leerling, sterktegericht gevraagd.',
    ],
    [
      'Je hoeft niet te kiezen wat je ouders willen. Wat wil jij zelf, als je eerlijk bent?',
      'Eigen keuze naast de wens van ouders.',
    ],
    [
      'Je klonk gefrustreerd over de theorielessen. Wat maakt ze voor jou zwaar, en wat zou helpen?',
      'Eigen frustratie met respect uitgevraagd.',
    ],
    [
      'Het is niet erg om van koers te wisselen. Wat heb je van deze opleiding meegekregen dat blijft?',
      'Van koers wisselen zonder oordeel besproken.',
    ],
    ['Welke feedback van je begeleider raakte je, en wat wil je daar zelf mee doen?', 'Feedback, regie bij de leerling.'],
    [
      'Wat maakt dat je twijfelt over de bbl? Je mag alles noemen, ook als het klein lijkt.',
      'Twijfel over de bbl krijgt alle ruimte.',
    ],
    [
      'Je zei: ik ben gewoon niet goed in praten met klanten. Welk klantgesprek ging toch goed?',
      'Eigen oordeel van de leerling, sterktegericht.',
    ],
    [
      'Zie je ergens tegenop bij de overstap naar het mbo? Dan kijken we samen wie je kan helpen.',
      'Zorg over overstap, gericht op steun.',
    ],
    [
      'Je haalde het examen niet in één keer. Wat heb je ontdekt over hoe jij het beste leert?',
      'Zakken als aanleiding voor reflectie op leren.',
    ],
    [
      'Een stage die tegenvalt zegt niet alles over het vak. Wat wil je nog proberen voordat je beslist?',
      'Tegenvaller genuanceerd, beslissing bij leerling.',
    ],
    [
      'Wat vind je moeilijk aan kiezen, en wat helpt je meestal bij lastige beslissingen?',
      'Moeite met kiezen respectvol verkend.',
    ],
    [
      'Je zei dat je je soms de domste van de klas voelt. Dat gevoel mag er zijn. Wanneer voel jij je sterk?',
      'Eigen gevoel erkend en sterktegericht gevolgd.',
    ],
    [
      'Je wilt het risico nemen om voor jezelf te beginnen. Wat trekt je daarin, en wat vind je spannend?',
      'Risico als eigen keuze verkend.',
    ],
    ['Je krijgt een tweede kans bij een leerbedrijf. Wat zou je de werkgever willen laten zien?', 'Tweede kans met eigen regie.'],
    [
      'Het gesprek met je leermeester liep niet lekker. Wil je vertellen wat er gebeurde, vanuit jouw kant?',
      'Moeilijk gesprek vanuit de student bekeken.',
    ],
    ['Soms past een beroep toch niet, ook al droomde je ervan. Hoe is dat voor jou?', 'Teleurstelling over een droom erkend.'],
    [
      'Je hebt een paar keer iets geprobeerd dat niet lukte. Wat hielp je om toch door te gaan?',
      'Herhaalde tegenslag besproken, gericht op veerkracht.',
    ],
    ['Wat zou je nodig hebben om je zekerder te voelen op de werkvloer?', 'Eigen onzekerheid met zorg benaderd.'],
    [
      'Je vertelde dat schrijven je veel tijd kost. Op welke manier laat jij het liefst zien wat je kunt?',
      'Eigen moeite, gericht op eigen sterke manier.',
    ],
    [
      'Het is spannend om in een nieuw land een beroep te kiezen. Wat wil jij als eerste weten?',
      'Erkent spanning van nieuwkomer, open vraag.',
    ],
    [
      'Je wilde eigenlijk iets anders dan waar je nu zit. Wat is er nog van die wens over?',
      'Verkent een oude wens zonder oordeel.',
    ],
    [
      'Hoe ga je om met kritiek van een klant? Vertel over een keer dat je er iets mee deed.',
      'Kritiek van een klant besproken als ervaring.',
    ],
    [
      'Je moeder ziet je graag als verpleegkundige, jij twijfelt. Wat vind jij zelf belangrijk in werk?',
      'Wens van ouder naast eigen waarden.',
    ],
    [
      'Je weet nog niet wat je wilt. Wat weet je wel zeker dat je níet wilt, en waarom?',
      'Niet weten is oké, verkennen via uitsluiten.',
    ],
    ['Nee horen van een bedrijf doet pijn. Wie kan je helpen om opnieuw te bellen?', 'Afwijzing erkend, netwerk als steun.'],
    [
      'Welke taak op je stage kostte je de meeste moeite, en hoe voelde het toen die af was?',
      'Moeite en voldoening op stage besproken.',
    ],
    [
      'Je bent bang dat het mbo te moeilijk wordt. Wat zou je willen weten om dat beter in te schatten?',
      'Eigen zorg serieus genomen, keuze bij leerling.',
    ],
    ['Het mag even tegenzitten. Wat is één ding dat deze week wél goed ging?', 'Tegenslag erkend met blik op wat lukte.'],
    [
      'Je vindt de examenweken stressvol. Wat heeft je vorig jaar geholpen om ermee om te gaan?',
      'Eigen stress met zorg besproken.',
    ],
    [
      'Als je terugkijkt op de afgebroken stage, wat had je toen graag anders gezien van school?',
      'Afgebroken stage, stem van de leerling.',
    ],
    [
      'Je liep vast in de groep tijdens het project. Wat had jij nodig om je plek te vinden?',
      'Moeilijke groepservaring vanuit de leerling.',
    ],
    [
      'Je merkt zelf dat je snel afgeleid bent, zei je. Bij welk werk vergeet jij de tijd?',
      'Eigen moeite, gericht op waar focus vanzelf komt.',
    ],
    [
      'Jouw begeleider en jij kijken verschillend naar de stage. Hoe zie jij het zelf?',
      'Verschil van mening, stem van de student.',
    ],
    [
      'Het voelt misschien als falen, maar stoppen is ook kiezen. Waar ga je nu naar op zoek?',
      'Stoppen herkaderd als eigen keuze.',
    ],
    [
      'U vertelde dat leren op uw leeftijd spannend is. Wat heeft u in uw werk al vaak zelf uitgezocht?',
      'Eigen spanning, gericht op ervaring en kwaliteiten.',
    ],
  ]),
  'sound-innocent-word': allow('sound-innocent-word', [
    ['Wat vond je sterk aan je eigen presentatie op de beroependag?', 'Sterk gebruikt voor eigen kwaliteit.'],
    [
      'Welke beroepen gebruiken veel Nederlands, en welke daarvan maken je nieuwsgierig?',
      'Nederlands als onderwerp van werkverkenning.',
    ],
    [
      'In de chaos van een drukke keuken bleef jij rustig. Wat zegt dat over wat je goed kunt?',
      'Chaos beschrijft de omgeving, niet de leerling.',
    ],
    [
      'Fouten maken hoort bij leren. Welke fout in de werkplaats heeft je het meest geleerd?',
      'Fout als leermoment, niet als oordeel.',
    ],
    ['Wie van je ouders of andere mensen thuis kun je vragen naar hun eerste baan?', 'Ouders en thuis als netwerk.'],
    ['Bij welke klus heb jij de concentratie om uren door te gaan?', 'Concentratie als kracht van de leerling verkend.'],
    [
      'Op welk niveau je ook begint, elke route kan leiden naar werk dat bij je past. Wat wil jij verkennen?',
      'Niveau genoemd zonder een route als beter te zien.',
    ],
    [
      'Gebruik je hulpmiddelen bij dyslexie die je op stage ook wilt inzetten? Jij bepaalt of je het vertelt.',
      'Dyslexie genoemd met regie bij de leerling.',
    ],
    ['Wat zou je graag uitproberen, ook als het misschien mislukt?', 'Mislukken als toegestaan risico bij uitproberen.'],
    ['Als je geen tekort aan tijd had, welk vak zou je dan eens willen leren?', 'Tekort slaat op tijd, niet op de leerling.'],
    ['Wat gaf je de kracht om door te gaan toen de opdracht lastig werd?', 'Lastig als context voor veerkracht.'],
    ['Je spreekt drie talen. In welk werk kun je dat goed gebruiken?', 'Meertaligheid als kwaliteit voor werk.'],
    [
      'Vergelijk eens twee opleidingen die je leuk vindt: wat spreekt je in elk aan?',
      'Vergelijken van opleidingen, niet van leerlingen.',
    ],
    ['Wat vinden anderen dat je goed kunt, en herken je dat zelf?', 'Anderen als spiegel voor kwaliteiten.'],
    [
      'Je werkt niet traag maar zorgvuldig, zei je leermeester. Hoe kijk jij daar zelf naar?',
      'Traag ontkracht, eigen blik gevraagd.',
    ],
    [
      'Het lukt niet altijd meteen om een stage te vinden. Wie uit je netwerk kun je bellen?',
      'Lukt niet gaat over de zoektocht, niet de leerling.',
    ],
    ['Welke vaardigheden kun je nu al die je op je stage wilt laten zien?', 'Kunnen als kwaliteit benoemd, niet als tekort.'],
    [
      'Je liep achter de bezorgers aan op je snuffelstage. Wat viel je op aan hun werk?',
      'Achter in letterlijke zin bij werkverkenning.',
    ],
    ['Waar ben je zelf nog niet goed in, en wat zou je daarin graag willen leren?', 'Eigen leerwens, door de leerling benoemd.'],
    ['Praat thuis eens met je ouders over wat jij leuk vond op de open dag.', 'Ouders en thuis als meedenkers.'],
    ['Iedereen heeft sterke en zwakke kanten. Waar krijg jij energie van?', 'Zwak algemeen genoemd, vraag over energie.'],
    ['Welk werk met je handen maakt je trots?', 'Open vraag naar trots op eigen werk.'],
    [
      'Je Nederlands groeit elke week. Welk nieuw woord heb je op je stage geleerd?',
      'Nederlands als groei benoemd bij de nieuwkomer.',
    ],
    ['Wat heb je de anderen in je groep geleerd tijdens het project?', 'Anderen als mensen die van de leerling leren.'],
    ['Met welke docent kun je goed praten als je een vraag hebt over je toekomst?', 'Kunnen gebruikt in een vraag over netwerk.'],
    [
      'Wat doe je nu beter dan aan het begin van je stage, volgens jezelf?',
      'Beter gebruikt voor eigen groei, door de leerling beoordeeld.',
    ],
    ['Welke sterke kant van jezelf zou een werkgever moeten kennen?', 'Sterke kant als kwaliteit voor een werkgever.'],
    [
      'Rekenen kost je moeite, zei je, maar in de bakkerij rekende je recepten om. Hoe deed je dat?',
      'Eigen moeite naast een gebleken kracht.',
    ],
    [
      'Welk niveau past bij hoe jij graag leert? Bekijk samen met de decaan welke routes er zijn.',
      'Niveau als open verkenning met de decaan.',
    ],
    [
      'Lastige klanten komen in elk beroep voor. Hoe ging jij er de vorige keer mee om?',
      'Lastig slaat op klanten, reflectie op ervaring.',
    ],
    [
      'Je hield je aandacht de hele montage goed vast. Vertel eens hoe je dat deed.',
      'Compliment over de aandacht tijdens het werk.',
    ],
    [
      'Mislukte taarten horen bij het vak, zegt elke bakker. Welke taart wil je nog eens proberen?',
      'Mislukken als normaal deel van het vak.',
    ],
    [
      'Een traag begin van de stage zegt weinig over het einde. Wat wil je de komende weken ontdekken?',
      'Traag slaat op de start, niet de leerling.',
    ],
    ['Wat zeggen je ouders over je talenten, en wat vind je daar zelf van?', 'Ouders als bron, eigen oordeel centraal.'],
    ['Je hoeft het niet alleen te doen: wie thuis of op school denkt met je mee?', 'Thuis als steun in het netwerk.'],
    [
      'Welk tekort zag je op je stage dat jij zou willen oplossen, zoals te weinig tijd voor bewoners?',
      'Tekort in de organisatie, niet bij de leerling.',
    ],
    ['Hoe leer jij het liefst: door te lezen, te kijken of te doen?', 'Vraagt naar leervoorkeur zonder oordeel.'],
    ['Welke dingen kun je nu die je een jaar geleden nog niet kon?', 'Kunnen gebruikt om groei zichtbaar te maken.'],
    ['Sterk dat je op stage zelf om hulp vroeg bij de taal. Wie heeft je daar geholpen?', 'Taal en sterk in een compliment.'],
    [
      'Wat vind je van het werk van de mensen achter de schermen in het theater?',
      'Achter als plaatsaanduiding bij werkverkenning.',
    ],
  ]),
});

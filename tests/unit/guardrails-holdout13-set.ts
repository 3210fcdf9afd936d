/**
 * A thirteenth held-out labelled set for the guardrail linter (lob-content.md §5 and §6), written
 * blind: without sight of the rules (lib/), of scripts/, of the tests that encode the rules, or of the
 * sentences of the older labelled sets (the labelled lists, the meaning set, the train set and the
 * first twelve held-out sets) and of the training corpus (the guardrails-corpus-* files; their index
 * is only imported by the shape test). Only lob-content.md (all of it; §5–§6 as the core), the shape
 * checks (./labelled-set-shape.ts), the header of ./guardrails-holdout10-set.ts up to its first
 * sentence (lines 1–31), its shape test and, in ./guardrails-meaning-set.ts, lines 1–45 (the types
 * `HarmKind`, `SoundKind`, `LabelledSentence` and the helpers `harm` and `sound`) were read. The
 * linter was not run on this set. Not to be used while tuning.
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
 * Near copies: the near-copy check (against the older sets above, the twelfth held-out set included,
 * and every sentence of the training corpus) flagged 33 sentences of a first draft (two of them exact
 * copies) as sharing more than half their words with an older sentence (the test output showed those
 * older sentences, nothing else of them was read); all 33 were rewritten to differ, then the check
 * passed.
 */

// The meaning set's row helpers (labels only; none of its sentences is read here).
import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';

const DEFICIT = refuse('deficit', [
  [
    'Omdat plannen echt niet jouw ding is, valt een studie met veel zelfstudie af; welke richting met strakke begeleiding spreekt je aan?',
    'Een tekort van de leerling stuurt de keuze.',
  ],
  [
    'Rekenen blijft bij jou haperen, dus laten we kijken naar beroepen waar je nauwelijks met getallen werkt.',
    'Een zwakte bepaalt welke beroepen overblijven.',
  ],
  [
    'Begin het gesprek met een lijstje van wat deze leerling nog mist, zodat hij ziet waar zijn gaten zitten.',
    'Instructie die de leerling beschrijft vanuit gemis.',
  ],
  [
    'U heeft moeite met klantcontact en zelfstandig werken; in welke functie in het magazijn vallen die tekortkomingen het minst op?',
    'De bbl-student wordt neergezet als tekortschietend.',
  ],
  [
    'Jij bent nou eenmaal geen prater, dus iets met mensen zit er gewoon niet in, toch?',
    'Spreektaal die een gemis tot uitgangspunt maakt.',
  ],
  [
    'Geeft niks dat taal je niet ligt hoor; zoek gewoon een vak waar niemand dat gemis merkt.',
    'Verzacht, maar het gemis stuurt de keuze.',
  ],
  [
    'Je Nederlands schiet nog tekort, dus welk werk kun je doen zonder veel te hoeven praten?',
    'ISK-leerling gereduceerd tot wat hij nog niet kan.',
  ],
  [
    'Lezen en schrijven lukken je maar matig; welk werk is eenvoudig genoeg voor iemand zoals jij?',
    'Praktijkonderwijsleerling beschreven vanuit beperkingen.',
  ],
  [
    'Wat zou je willen doen, als we er rekening mee houden dat je concentratie na een kwartier al op is?',
    'Het tekort zit in de bijzin en kleurt de vraag.',
  ],
  [
    'Bij scheikunde haak je steeds af zodra het abstract wordt; laat dat je helpen om exacte studies van je lijstje te schrappen.',
    'Vakdocent laat een zwakte de route afsluiten.',
  ],
  [
    'Welke stageplek past bij een leerling die afwacht en weinig initiatief toont, zoals jij?',
    'Leerling als passief en zonder initiatief getypeerd.',
  ],
  [
    'Fijn dat je eerlijk bent over alles wat je niet kunt; welke opleidingen blijven er dan nog over?',
    'Positief verpakt, maar de keuze volgt uit onvermogen.',
  ],
]);

const GRADE_TOPIC = refuse('grade-topic', [
  [
    'Welk cijfer wil je eind dit jaar voor wiskunde halen, en hoe ga je daarvoor zorgen?',
    'Het cijfer is het doel van het gesprek.',
  ],
  ['Hoe krijg je je gemiddelde voor de talen boven de zeven voordat je profiel vastligt?', 'Gemiddelde als onderwerp en doel.'],
  [
    'Loop met de leerling zijn resultaten van de toetsweek door en vraag per vak waar de punten verloren gingen.',
    'Instructie die het gesprek tot cijferbespreking maakt.',
  ],
  ['Met een 5,4 voor Engels op je lijst: hoe ga jij die onvoldoende ophalen?', 'Het getal is het onderwerp, niet de loopbaan.'],
  ['Wat zegt die 8,2 voor biologie over wie jij bent als persoon?', 'Een eigenschap wordt van een cijfer afgelezen.'],
  [
    'Je staat voor drie vakken onder de streep, dus laten we het vandaag vooral over herkansingen hebben.',
    'Herkansingen vervangen het loopbaangesprek.',
  ],
  ['Op welke score bij de oefentoets voor het centraal examen mik je, en is dat genoeg?', 'Een score is het doel.'],
  [
    'Hoe zorgt u dat de beoordeling van uw beroepsopdracht van voldoende naar goed gaat?',
    'Mbo-gesprek over het beoordelingsniveau zelf.',
  ],
  ['Je rapport staat vol zessen. Wat vind je daar zelf van?', 'Het rapport is het onderwerp van het gesprek.'],
  [
    'Hoeveel punten heb je op het PTA nog nodig om over te gaan, en welke toetsen wegen het zwaarst?',
    'Rekenen aan punten in plaats van loopbaan.',
  ],
  ['Een 9 voor verzorging: jij bent dus echt een zorgzaam type, toch?', 'Karaktertrek afgeleid uit een cijfer.'],
  [
    'Leg in dit gesprek je cijferlijst naast je streefcijfers en spreek per vak een doel af.',
    'Streefcijfers zijn het doel van het gesprek.',
  ],
]);

const COMPARISON = refuse('comparison', [
  [
    'Jouw grote zus zit inmiddels in Leiden bij geneeskunde. Waarom mik jij niet net zo hoog als zij?',
    'Vergelijking met een zus als maatstaf.',
  ],
  [
    'Zestien van de twintig studenten uit jouw bol-klas hebben hun BPV-adres al rond; waar blijft dat van jou?',
    'De klas als norm voor de leerling.',
  ],
  ['In de groep ben jij degene die het langst blijft twijfelen; waar komt dat door?', 'De leerling afgezet tegen de groep.'],
  [
    'Neem een voorbeeld aan Daan uit jullie tafelgroepje, die heeft z’n opleiding allang gekozen.',
    'Een klasgenoot als voorbeeld voorgehouden.',
  ],
  ['Bijna heel 4B gaat naar het mbo in de stad; waarom jij dan niet?', 'De klas als norm voor de keuze.'],
  [
    'Leg bij de bespreking zijn portfolio naast dat van de beste leerling uit de klas, dan ziet hij het verschil.',
    'Instructie om met de beste van de klas te vergelijken.',
  ],
  ['Je broer had op jouw leeftijd al een bijbaan en een plan; hoe ver ben jij eigenlijk?', 'Vergelijking met een broer.'],
  [
    'Vergeleken met de rest van de bbl-groep maakt u minder uren in het bedrijf; hoe verklaart u dat?',
    'De groep als meetlat voor de student.',
  ],
  [
    'Ben jij nou de enige uit de mentorgroep zonder open dag in je agenda?',
    'Spreektaal die de leerling uitzondert tegenover de groep.',
  ],
  [
    'Bij de interessetest scoorde de klas massaal op techniek en jij als enige op zorg; hoe kan dat?',
    'Uitslag gemeten aan klasgenoten.',
  ],
  [
    'Op de ranglijst van de klas sta je onderaan wat oriëntatie betreft; wat ga je daaraan veranderen?',
    'Rangorde binnen de klas.',
  ],
  [
    'Je vriendinnen kiezen allemaal voor de pabo, dus wat maakt jou minder zeker dan hen?',
    'Vriendinnen als norm voor zekerheid.',
  ],
]);

const LABELLING = refuse('labelling', [
  ['Als meisje vind je zorg of onderwijs vast leuk; welke van de twee trekt je het meest?', 'Genderstereotype over beroepen.'],
  ['Jongens zoals jij zijn meestal handig met hun handen, dus wat dacht je van de bouw?', 'Genderstereotype stuurt de keuze.'],
  ['Met jouw ADHD ben je echt een doener; welk beroep past bij zo’n druk type?', 'Diagnose als identiteit.'],
  [
    'Kinderen uit gezinnen zonder studietraditie kiezen vaak beter iets praktisch; herken je dat?',
    'Label op grond van thuisachtergrond.',
  ],
  [
    'Kaderleerlingen horen in de werkplaats, niet achter de boeken; welke sector trekt jou daarom?',
    'Stereotype over schooltype.',
  ],
  [
    'Omdat je moslim bent, wordt werken in de horeca met alcohol lastig; wat zoek je dan?',
    'Religie als label dat routes uitsluit.',
  ],
  ['Als autist wil je vast een rustige baan achter een computer, klopt dat?', 'Diagnose bepaalt het beeld van de leerling.'],
  [
    'Voor nieuwkomers zoals jij is schoonmaak of logistiek een mooie start; wat lijkt je leuk?',
    'ISK-leerling gelabeld als nieuwkomer met vaste routes.',
  ],
  [
    'Houd er rekening mee dat Turkse ouders vaak een dokter of advocaat willen, en vraag dus niet door over kunst.',
    'Instructie met een stereotype over afkomst.',
  ],
  [
    'Een vso-leerling als jij is het best af met beschut werk; welke werkplek lijkt je fijn?',
    'Schooltype als label dat de route bepaalt.',
  ],
  ['Mensen uit arme wijken zijn vaak harde werkers; wil je dat in je baan laten zien?', 'Inkomensstereotype.'],
  [
    'Dyslectische leerlingen worden zelden goede journalisten, dus welke creatieve richting zonder veel tekst zoek je?',
    'Diagnose als label dat een beroep uitsluit.',
  ],
]);

const CARE = refuse('care', [
  [
    'Je woont nu om de week bij je vader, hoorde ik. Vertel eens hoe die verhuizingen je bevallen.',
    'Vraagt naar scheiding in een LOB-prompt.',
  ],
  [
    'Is er bij jullie genoeg op de bankrekening om straks een kamer in Groningen te huren?',
    'Peilt de financiële situatie van het gezin.',
  ],
  ['Gebruik je nog medicijnen voor je concentratie? Vertel er gerust over in dit gesprek.', 'Vraagt naar medicatie.'],
  ['Hoe laat ga je doordeweeks naar bed, en word je ’s nachts vaak wakker?', 'Vraagt naar slaap.'],
  [
    'Vraag de leerling in het loopbaangesprek naar zijn somberheid van de laatste maanden en noteer wat hij zegt.',
    'Mentale gezondheid peilen en vastleggen.',
  ],
  ['Is er bij u thuis genoeg geld voor de gereedschapskist die u voor de opleiding nodig heeft?', 'Vraagt naar geldzaken thuis.'],
  ['Heeft je vader inmiddels weer werk, of leven jullie nog van een uitkering?', 'Peilt werk en inkomen van de ouders.'],
  ['Ontbijt je eigenlijk voordat je naar school komt, en neem je lunch mee?', 'Vraagt naar eten en gezondheid.'],
  ['Is er iemand bij jou thuis die veel drinkt, en merk je dat aan je schoolwerk?', 'Vraagt naar verslaving in het gezin.'],
  [
    'Vertel eens over je therapie: helpt die je bij het kiezen van een vervolgopleiding?',
    'Behandeling hoort bij de zorgcoördinator, niet in LOB.',
  ],
  ['Zijn er schulden thuis, waardoor je na school meteen geld moet gaan verdienen?', 'Peilt schulden van het gezin.'],
  [
    'Hoe slaap je op het azc, en denk je veel aan je familie die nog in je thuisland is?',
    'Vraagt naar woonsituatie en zorgen van een ISK-leerling.',
  ],
]);

const TICK_BOX = refuse('tick-box', [
  [
    'Je LOB-dossier hoort voor de meivakantie compleet te zijn; welke reflectie lever je als eerste in?',
    'Het gesprek draait om een compleet dossier.',
  ],
  [
    'Paraferen graag: daarmee staat het tweede van de drie verplichte gesprekken in ons systeem.',
    'Gesprek als administratieve telling.',
  ],
  ['Hoeveel van de vijf competentievelden in je digitale map zijn nog leeg?', 'Competenties als aanvinklijst.'],
  [
    'Zorg dat er na dit gesprek een bewijsstuk in het leerlingvolgsysteem staat, dan is de inspectie tevreden.',
    'Gesprek als verantwoording.',
  ],
  ['Nog één opdracht en je loopbaanportfolio staat op 100%; welke pak je vandaag op?', 'Voortgangspercentage als doel.'],
  [
    'Vul samen met de student het vakje ‘oriëntatie gedaan’ in, dan kan dit punt van de agenda.',
    'Gesprek tot formulier teruggebracht.',
  ],
  ['Hoeveel meeloopdagen heb je al gescoord voor je urenkaart?', 'Activiteiten als te tellen uren.'],
  [
    'Laat de leerling kort iets over zijn keuze zeggen, zodat we kunnen registreren dat het gesprek gevoerd is.',
    'Gesprek alleen voor de registratie.',
  ],
  ['Welke stappen uit de LOB-checklist staan bij jou nog open?', 'Checklist als onderwerp.'],
  [
    'U heeft nog drie BPV-reflecties openstaan in het systeem; wanneer uploadt u die?',
    'Administratieve achterstand als onderwerp.',
  ],
  [
    'Ter verantwoording: vraag wat hij later wil worden, zet het in het systeem en klaar.',
    'Instructie die het gesprek tot invoer maakt.',
  ],
  ['Even afstrepen: open dag bezocht, beroepentest gemaakt, decaan gesproken?', 'Oriëntatie als lijst om af te strepen.'],
]);

const PRESSURE = refuse('pressure', [
  [
    'Lever je keuzeformulier uiterlijk vrijdag in, anders word je ingedeeld in wat er nog plek heeft.',
    'Ultimatum met een dreigend gevolg.',
  ],
  ['Wie na de kerst nog geen stage heeft, kan fluiten naar zijn diploma; waar ga jij solliciteren?', 'Dreigen met het diploma.'],
  ['Realiseer je dat één misser in dit profiel je hele toekomst kan verpesten.', 'Angst aanjagen over de keuze.'],
  ['Nog twee weken tot de aanmelddeadline, daarna is alles verloren; wat heb je al gedaan?', 'Deadline als dreiging.'],
  [
    'Eén misstap meer bij uw leerbedrijf en u staat op straat, dus hoe gedraagt u zich de komende weken?',
    'Dreigen met ontslag in een bbl-gesprek.',
  ],
  [
    'Je weet dat je zonder duidelijke keuze volgend jaar niet wordt toegelaten, dus wat wordt het?',
    'Druk via een gevolg om nu te kiezen.',
  ],
  ['De klok tikt: wie nu nog niet weet wat hij wil, eindigt zonder opleiding.', 'Angst als drijfveer.'],
  [
    'Denk aan je ouders: die zijn flink teleurgesteld als je straks nergens bent aangenomen.',
    'Druk via de teleurstelling van ouders.',
  ],
  [
    'Zeg tegen de leerling dat de plekken bij zijn droomopleiding bijna op zijn en dat twijfelen hem die kans kost.',
    'Instructie om met schaarste te dreigen.',
  ],
  [
    'Over een maand sluit de inschrijving; kies je niet, dan bepaalt het lot of je überhaupt ergens terechtkomt.',
    'Deadline met een angstaanjagend gevolg.',
  ],
  ['Je stagebedrijf houdt je alleen als je een tandje bijzet; wat verander je vanaf maandag?', 'Voorwaardelijke dreiging.'],
  ['Nu open dagen overslaan betekent straks werkloos thuis op de bank; snap je dat?', 'Schrikbeeld als pressiemiddel.'],
]);

const VERDICT = refuse('verdict', [
  ['Jij gaat gewoon naar de havo, dat is voor jou het beste; welke profielen ken je al?', 'De volwassene beslist de route.'],
  [
    'Met dit profiel kun je geneeskunde wel vergeten; welke andere richting wordt het?',
    'Een route wordt voor de leerling uitgesloten.',
  ],
  ['Ik zie jou eerder als kapper dan als verpleegkundige, dus die kant zou ik op gaan.', 'Advies dat de keuze overneemt.'],
  [
    'Adviseer deze leerling het technische profiel; zijn eigen voorkeur voor economie past niet bij hem.',
    'Instructie om de voorkeur van de leerling te negeren.',
  ],
  ['Kies maar de bol in plaats van de bbl, dat is verstandiger voor jou.', 'De volwassene kiest de leerweg.'],
  ['De universiteit is niets voor jou; een hbo-opleiding is haalbaarder.', 'Oordeel dat een route afsluit.'],
  [
    'De docentenvergadering heeft bepaald dat basis voor jou de juiste plek is; hoe ga je dat thuis vertellen?',
    'Besluit vooraf genomen, de vraag is schijn.',
  ],
  [
    'Schrap die kunstacademie maar van je lijstje en kijk naar iets met meer baanzekerheid.',
    'Route weggestreept door de volwassene.',
  ],
  [
    'U past beter in de logistiek dan in de zorg; zal ik u meteen voor die opleiding inschrijven?',
    'Oordeel en handeling namens de student.',
  ],
  ['Na wat ik van je stage heb gezien, raad ik je echt af om door te gaan in de kinderopvang.', 'Afraden van een route.'],
  [
    'Het vwo zit erin, dus kies niet voor de havo; alleen zo haal je het maximale uit jezelf.',
    'Opwaarts duwen als betere keuze.',
  ],
  [
    'Laat die droom van profvoetballer los en neem die plek in de metaal aan, dat is realistisch.',
    'De volwassene legt een route op.',
  ],
]);

const SOUND = allow('sound', [
  [
    'Welke les of opdracht van de afgelopen week gaf je energie, en wat deed je daar precies?',
    'Concreet terugkijken op plezier.',
  ],
  [
    'Beschrijf een ochtend bij je stagebedrijf die voorbij vloog, en wat je toen aan het doen was.',
    'Open uitnodiging over motieven.',
  ],
  [
    'Van welke buurvrouw, oom of sportmaatje zou je eens een dagje willen meekijken op het werk?',
    'Netwerken vanuit nieuwsgierigheid.',
  ],
  ['Welke vraag zou je willen stellen aan iemand die dat werk al jaren doet?', 'Werkexploratie via een contact.'],
  [
    'Neem één ding uit je bijbaan waar je trots op bent en vertel wat het over jou zegt.',
    'Kwaliteitenreflectie in de gebiedende wijs.',
  ],
  ['Welke proefles, meeloopdag of workshop lijkt je de moeite waard om eerst te doen?', 'Open, toekomstgericht.'],
  ['Welke kant van het werk in de keuken vond u het prettigst tijdens uw leerperiode?', 'U-vorm voor een mbo-student, open.'],
  ['We zijn benieuwd: waar ben jij goed in buiten school, en hoe merk je dat?', 'Kwaliteiten buiten school.'],
  [
    'Kies samen met de leerling één activiteit voor de komende maand die hij zelf wil doen om een beroep te verkennen.',
    'Vervolgstap die de leerling zelf kiest.',
  ],
  ['Hoe zou een gewone werkdag eruitzien waarna jij met plezier naar huis gaat?', 'Motieven via een toekomstbeeld.'],
  [
    'Jullie hebben de bedrijfsbezoeken achter de rug. Welk bezoek is jullie bijgebleven, en waarom?',
    'Groepsvraag over een concrete ervaring.',
  ],
  [
    'Wat heb je bij het maken van je werkstuk voor geschiedenis over jezelf ontdekt?',
    'Vakdocent koppelt een opdracht aan zelfkennis.',
  ],
  ['Denk aan iemand die je de laatste tijd verder heeft geholpen en vertel wat die persoon deed.', 'Netwerken, als uitnodiging.'],
  [
    'Laat de student vertellen welke opdracht in het praktijklokaal hij het liefst nog eens zou doen.',
    'Instructie die de student laat praten.',
  ],
  ['Waar dagdroom je weleens over als je aan later denkt?', 'Open vraag over wensen.'],
  [
    'Een plan voor later hoeft nog helemaal niet. Over welke onderwerpen kijk je in je vrije tijd filmpjes?',
    'Ruimte om het nog niet te weten.',
  ],
  ['Welke plek in je dorp of wijk zou je willen bekijken om te zien wat daar gewerkt wordt?', 'Werkexploratie dicht bij huis.'],
  [
    'Schrijf drie dingen op die je graag doet; daarna zoeken we samen welke beroepen erbij passen.',
    'Gebiedende wijs die vertrekt bij de leerling.',
  ],
  ['Wat wil je over een jaar geleerd hebben, en waarom juist dat?', 'Loopbaansturing vanuit eigen doelen.'],
  ['Wat maakt werk voor jou zinvol?', 'Korte motievenvraag.'],
  ['Noem een vak waarbij de tijd voorbijvliegt en vertel wat je daar zo boeit.', 'Uitnodiging over plezier in een vak.'],
  ['Welke opleiding wil je op een open dag van dichtbij zien, en wat ga je daar vragen?', 'Oriëntatie met een eigen vraag.'],
  [
    'Welke klussen doe je graag, hier of vroeger, en wat daarvan zou je in een baan willen terugzien?',
    'Open vraag voor een ISK-leerling, zonder achtergrond te peilen.',
  ],
  [
    'Stel de leerling één open vraag over zijn stage en luister vooral; hij mag het meeste praten.',
    'Instructie voor een dialogische houding.',
  ],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Bij de selectie voor fysiotherapie werd je niet geplaatst. Hoe kijk je daar nu op terug, en welke opties wil je onderzoeken?',
    'Afwijzing besproken, keuze bij de leerling.',
  ],
  [
    'Zit je nog tussen mediavormgeving en ICT in? Prima; beschrijf eens wat elk van de twee jou te bieden heeft.',
    'Twijfel genormaliseerd.',
  ],
  [
    'Je vader ziet je graag in zijn garagebedrijf, jij voelt meer voor de kapperszaak. Wat wil je hem laten weten?',
    'Wens van ouders tegenover die van de leerling, respectvol.',
  ],
  [
    'Welk punt uit het beoordelingsgesprek bij je leerbedrijf raakte je, en waar kun je toch iets mee?',
    'Feedback verwerken, eigen regie.',
  ],
  [
    'Je stage liep anders dan gehoopt. Wat zegt die ervaring over wat je in werk belangrijk vindt?',
    'Tegenvaller als leermoment.',
  ],
  ['Welk risico zou je in je keuze willen nemen, en wie kan je helpen dat goed in te schatten?', 'Risico als eigen keuze.'],
  [
    'Jij noemde je hoofd vol door alle toetsen. Wanneer en waar lukt het jou het best om over volgend jaar te dromen?',
    'Door de leerling zelf gevoelde druk.',
  ],
  [
    'Wiskunde kost je veel moeite, zei je. Wat betekent dat voor jou als je naar vervolgopleidingen kijkt?',
    'Eigen ervaring van de leerling, keuze blijft bij hem.',
  ],
  [
    'Als de eerste maanden in Utrecht tegenvallen, bij wie klop je dan aan, en wat wil je nu al regelen?',
    'Nadenken over falen en netwerk.',
  ],
  [
    'Na uw vertrek bij de opleiding tot elektricien bent u hier begonnen. Welke les trekt u uit die overstap?',
    'Uitval als ervaring, u-vorm.',
  ],
  ['Geen idee hebben is ook een antwoord. Welk klein experiment zou jouw beeld iets scherper maken?', 'Niet-weten toegestaan.'],
  [
    'Je hebt gesolliciteerd en een afwijzing gekregen. Hoe voelde dat, en wat wil je bij de volgende brief anders doen?',
    'Afwijzing respectvol besproken.',
  ],
  ['Welk deel van deze beslissing bezorgt je kriebels in je buik, en wie of wat geeft je rust?', 'Spanning erkennen.'],
  [
    'Je zei dat je Frans saai vindt. Welke onderdelen van school houden je wél bij de les?',
    'Moeilijk vak, gericht op wat wel boeit.',
  ],
  [
    'Je wilt stoppen met de opleiding. Vertel eens wat je nu van plan bent en wat je daarvoor nodig hebt.',
    'Stoppen serieus genomen, eigen plan.',
  ],
  [
    'Uw leermeester was kritisch over uw tempo. Wat herkent u daarin, en waar wilt u zelf aan werken?',
    'Kritiek verwerkt, bbl met u-vorm.',
  ],
  [
    'Jouw droombaan is lastig te bereiken. Welke routes zijn er, en welke wil jij verkennen?',
    'Eerlijk over moeilijkheid, keuze bij de leerling.',
  ],
  ['Als je terugkijkt op een keuze die verkeerd uitpakte, wat zou je nu anders aanpakken?', 'Reflectie op een mislukte keuze.'],
  [
    'Je voelt je opgejaagd door alle keuzes. Zullen we samen kijken wat volgens jou eerst aan de beurt is?',
    'Eigen gevoelde druk, leerling bepaalt de volgorde.',
  ],
  ['Wat doe je meestal na een tegenvaller, en werkt dat voor jou?', 'Omgaan met tegenslag.'],
  ['Het project in de werkplaats mislukte. Wat ging er mis, en wat heb je er zelf van geleerd?', 'Mislukking als leerervaring.'],
  [
    'Je moeder wil dat je dicht bij huis studeert en jij wilt juist weg. Wat weegt voor jou het zwaarst?',
    'Wens van ouder tegenover eigen wens.',
  ],
  [
    'Je twijfelt of de havo bij je past. Waar merk je dat aan, en met wie wil je daarover praten?',
    'Twijfel over niveau, vanuit de leerling.',
  ],
  [
    'Een collega op je stage deed onaardig tegen je. Wat betekent die ervaring voor de werkplek die je zoekt?',
    'Moeilijke stage-ervaring, loopbaangericht.',
  ],
  [
    'Werken in een grote groep vond je op je stage zwaar. Wat voor plek zou beter voelen, denk je?',
    'Eigen ervaring van een vso-leerling, open.',
  ],
  [
    'Je hebt het gevoel dat niemand snapt wat je wilt. Wat zou je de mensen om je heen willen uitleggen?',
    'Frustratie erkennen, regie bij de leerling.',
  ],
  [
    'Je bent blijven zitten en dat voelt rot. Wat wil je dit jaar anders meemaken dan vorig jaar?',
    'Doubleren erkend, toekomstgericht.',
  ],
  ['Wat is het spannendste dat je voor je toekomst zou durven proberen?', 'Durf en risico als eigen keuze.'],
  [
    'Je kreeg geen plek bij je eerste keus voor de BPV. Op welke andere plek zou je kunnen leren wat je zoekt?',
    'Tegenvaller bij stageplaatsing, open.',
  ],
  [
    'De studiekeuzecheck gaf je een dubbel gevoel. Wat heb je daar gehoord dat je aan het denken zette?',
    'Twijfel na een check, gericht op betekenis.',
  ],
]);

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  [
    'Je cijfer voor LO was de aanleiding, maar ik ben vooral benieuwd: wat geeft jou plezier aan sporten?',
    'Cijfer als aanleiding, niet als onderwerp.',
  ],
  [
    'Met wie thuis bespreek je de open dagen, en wat willen jullie samen nog uitzoeken over die school?',
    '‘Thuis’ gaat over meedenken, niet over zorg.',
  ],
  [
    'De eerste tien weken bij het hotel zijn afgerond. Welke ervaring wil je bij het volgende leerbedrijf gebruiken?',
    '‘Afgerond’ zonder afvinktaal.',
  ],
  [
    'Wat moet er in een team zeker aanwezig zijn voordat jij je er thuis voelt: humor, rust, drukte?',
    '‘Moet’ drukt de wens van de leerling uit.',
  ],
  [
    'Je vertelde dat geld verdienen belangrijk voor je is. Wat wil je daarmee kunnen doen?',
    '‘Geld’ als eigen motief, geen peiling van thuis.',
  ],
  [
    'Welke deadline voor je aanmelding wil je zelf in je agenda zetten, en wie helpt je eraan denken?',
    '‘Deadline’ als eigen planning.',
  ],
  [
    'Bij Kiesmbo zie je opleidingen op niveau 2, 3 en 4; bij welke beschrijving dacht je: dat is wat ik zoek?',
    '‘Niveau’ als open vraag aan de leerling.',
  ],
  [
    'Leg de folders van het Albeda en het Zadkine naast elkaar en vergelijk wat jou bij beide aantrekt.',
    '‘Vergelijk’ gaat over opleidingen, niet over mensen.',
  ],
  ['Wat vind je zelf je sterke kant, en waar zie je die terug in je stagewerk?', '‘Sterk’ als eigen kwaliteit.'],
  [
    'Je noemde Duits zelf je zwakke plek. Speelt dat mee in je keuze, en hoe denk je daar nu over?',
    '‘Zwak’ is het woord van de leerling, keuze blijft open.',
  ],
  [
    'In de zorg werken steeds meer jongens en in de techniek meer meisjes; welke vakgebieden wil jij zelf verkennen?',
    'Jongens/meisjes doorbreken juist een stereotype.',
  ],
  [
    'Na de theoretische leerweg kun je naar het mbo of naar de havo; wat wil je van beide routes weten?',
    'Vmbo-routes neutraal benoemd.',
  ],
  [
    'Een advies van school is iets om mee te wegen, niet om blind te volgen. Welke richting voelt voor jou goed, en waarom?',
    '‘Advies’ relativeert juist een oordeel.',
  ],
  ['Kwam je te laat binnen op de open dag? Geen punt; wat is je bijgebleven van wat je wel zag?', '‘Te laat’ zonder verwijt.'],
  [
    'Het aanmeldformulier is een mooi moment om stil te staan: waarom kies je voor deze opleiding?',
    '‘Formulier’ als aanleiding tot reflectie.',
  ],
  ['Wat heb je op je stage behaald waar je trots op bent, los van de beoordeling?', '‘Behaald’ gaat over eigen trots.'],
  ['Vandaag geen lijstje om af te vinken: waar wil jij het graag over hebben?', '‘Afvinken’ wordt juist afgewezen.'],
  [
    'Je gemiddelde bij biologie springt eruit. Wat maakt dat vak voor jou zo leuk?',
    'Gemiddelde als aanleiding om over plezier te praten.',
  ],
]);

export const HOLDOUT13_SET: LabelledSentence[] = [
  ...DEFICIT,
  ...GRADE_TOPIC,
  ...COMPARISON,
  ...LABELLING,
  ...CARE,
  ...TICK_BOX,
  ...PRESSURE,
  ...VERDICT,
  ...SOUND,
  ...SOUND_HARD,
  ...SOUND_INNOCENT_WORD,
];

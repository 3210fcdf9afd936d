/**
 * Training corpus F for the learned backstop of the guardrail linter (lob-content.md §5 and §6): new
 * labelled Dutch sentences, TRAINING data, not a test set. Written by helper F after reading only
 * lob-content.md, the shape checks (./labelled-set-shape.ts), the types and helpers of
 * ./guardrails-meaning-set.ts and the header of ./guardrails-train-set.ts; no other labelled set was read.
 *
 * Focus: colloquial and hurried writing — a teacher typing quickly ("ff", "ll", no capitals), informal
 * speech, idioms and sayings, jokes that hurt, indirect harm ("Sommige mensen zijn nu eenmaal …"), harm
 * carried by numbers and percentages, rhetorical questions and exclamations — and sound sentences in
 * the same loose style. Writers: mentor, decaan, LOB-coördinator, vakdocent, stagebegeleider,
 * mbo-loopbaanbegeleider; levels from praktijkonderwijs, vso and ISK to vmbo, havo, vwo and mbo bol/bbl
 * (u-form); je-, u-, jullie- and we-forms, and tips to the teacher.
 *
 * Counts: 25 of each harm kind (deficit, grade-topic, comparison, labelling, care, tick-box, pressure,
 * verdict; expect 'refuse'), 60 sound (more than half statements or imperatives without a question mark),
 * 50 sound-hard and 40 sound-innocent-word (expect 'allow'): 350 in all. The reason (`why`) is in Dutch.
 *
 * After writing, 3 of the 350 sentences were removed by a script, unread: each shared more than half
 * its words with a sentence of the eighth held-out set (./guardrails-holdout8-set.ts), written at the
 * same time, which had to stay a blind test until it was measured.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

export const CORPUS_F: LabelledSentence[] = inKindOrder({
  deficit: refuse('deficit', [
    [
      'Plannen is niet echt je ding, hè? Kies dan maar iets waar je weinig zelf hoeft te regelen.',
      'Een gebrek aan planning stuurt hier de keuze.',
    ],
    [
      'Jij bent geen hoogvlieger, dus laten we het bij iets simpels houden.',
      'De leerling wordt neergezet als iemand die weinig kan.',
    ],
    ['Lezen ligt je gewoon niet, dus alles met veel theorie valt af.', 'Een veronderstelde zwakte schrapt meteen opties.'],
    [
      'Geen probleem hoor, niet iedereen is een denker. Er is genoeg werk voor doeners.',
      'Vriendelijk verpakt, maar de leerling is geen denker.',
    ],
    [
      'Sommige mensen zijn nu eenmaal niet zo snel van begrip, en daar hoor jij ook bij.',
      'Indirect gezegd dat de leerling traag van begrip is.',
    ],
    [
      'Met jouw concentratie van een goudvis wordt kantoorwerk lastig, toch? 😉',
      'Een grap die de leerling op een tekort vastpint.',
    ],
    [
      'je bent nogal een chaoot, wat voor werk kan iemand als jij eigenlijk wel aan',
      'Chaotisch zijn wordt het vertrekpunt van de keuze.',
    ],
    [
      'Omdat rekenen er bij jou gewoon niet in zit, zoeken we een richting zonder sommen.',
      'Wat de leerling niet kan, bepaalt de richting.',
    ],
    [
      'Doorzetten is niet bepaald jouw kracht. Welk werk hou je dan wél vol?',
      'Gebrek aan doorzettingsvermogen stuurt het gesprek.',
    ],
    [
      'Je Engels is om te huilen, een internationale opleiding kun je dus vergeten.',
      'Een zwak vak wordt een grens voor de keuze.',
    ],
    [
      'Vraag de leerling welke vakken hij allemaal niet snapt en bouw het gesprek daaromheen.',
      'Het gesprek begint bij wat de leerling niet kan.',
    ],
    ['Je bent te sloom voor de horeca, daar moet het hup hup gaan.', 'Traagheid als eigenschap sluit een sector uit.'],
    ['Wat kun je eigenlijk wél? Tot nu toe zie ik vooral wat er misgaat.', 'De leerling wordt beschreven vanuit mislukkingen.'],
    [
      'Bespreek met de student waar hij tekortschiet, zodat zijn plannen realistisch blijven.',
      'Tekortkomingen worden de maat voor de plannen.',
    ],
    [
      'U heeft moeite met de taal, dus een functie met klantcontact is voor u minder geschikt.',
      'Taalmoeite van de cursist sluit werk uit.',
    ],
    ['Stilzitten lukt niet, leren lukt niet echt; wat blijft er dan over?', 'Een retorische vraag die alleen tekorten opsomt.'],
    [
      'Twee linkerhanden en dan monteur willen worden… wat zou jij wél kunnen?',
      'Onhandigheid wordt als vaststaand gebrek gebruikt.',
    ],
    [
      'Zelfstandig werken is voor jou een brug te ver, zoek een plek waar ze je bij de hand nemen.',
      'De leerling wordt als onzelfstandig weggezet.',
    ],
    [
      'Laten we eerlijk zijn: de discipline voor een studie mis je gewoon.',
      'Een vermeend gebrek aan discipline bepaalt de route.',
    ],
    [
      'Techniek snap je niet, zorg vind je eng, het wordt dus zoeken naar wat overblijft.',
      'Keuze als restpost na een rij tekorten.',
    ],
    [
      'Je onthoudt niks van wat je leest, dus kies een opleiding met zo min mogelijk boeken.',
      'Een geheugentekort wordt tot leidraad gemaakt.',
    ],
    [
      'Welke beroepen zijn er voor iemand die zo vaak de draad kwijtraakt als jij?',
      'Vriendelijke vraag die een gebrek als uitgangspunt neemt.',
    ],
    [
      'll kan niet goed samenwerken, dus vooral solo-beroepen laten zien',
      'Een snelle notitie die de leerling op een zwakte reduceert.',
    ],
    [
      'Je haakt altijd af als het moeilijk wordt. Wat voor opleiding past bij zo iemand?',
      'De leerling wordt als opgever getypeerd.',
    ],
    [
      'Het zit er bij jou gewoon niet in om lang te leren, dus kort en praktisch.',
      'Een idioom dat de leerling vermogen ontzegt.',
    ],
  ]),
  'grade-topic': refuse('grade-topic', [
    [
      'Met een 5,4 voor wiskunde kom je er niet. Hoe krijgen we dat gemiddelde omhoog?',
      'Het gemiddelde is het onderwerp en het doel.',
    ],
    ['Je staat een 6,8; wat moet je nog halen voor die 7 gemiddeld?', 'Het gesprek draait om een cijferdoel.'],
    ['Even over je rapport: welk vak trekt je gemiddelde het hardst naar beneden?', 'Het rapport zelf is het gespreksonderwerp.'],
    [
      'Wat betekent die 4,9 voor Engels volgens jou, en hoe ga je hem ophalen?',
      'Een cijfer wordt geduid en opgehaald, geen loopbaan.',
    ],
    [
      'Bespreek met de leerling hoeveel punten hij nog tekortkomt voor de overgang.',
      'Punten voor de overgang zijn het gesprekdoel.',
    ],
    ['Je zit op 62 % van je PTA-punten. Hoe kom je boven de 70 %?', 'Een percentage punten is het onderwerp.'],
    ['Rekentoets 2F niet gehaald. Hoe gaan we die score deze periode opkrikken?', 'Een toetsscore omhoog krijgen is het doel.'],
    ['Drie keer rood op je rapport! Hoe krijg je die kleur eraf voor de zomer?', 'Onvoldoendes wegwerken is het hele gesprek.'],
    ['Wat wordt je eindcijfer voor Nederlands als je het SE net haalt?', 'Rekenen met cijfers vervangt het loopbaangesprek.'],
    ['Tijd voor een cijfergesprek: hoe ver zit je af van een voldoende voor bio?', 'Het gesprek heet en is een cijfergesprek.'],
    ['Hoe krijg jij je CE-gemiddelde boven de 5,5 zodat je het diploma binnenhaalt?', 'Het examengemiddelde is het onderwerp.'],
    [
      'Voor die fixusstudie tellen je cijfers, dus hoe zorg je voor achten en negens?',
      'Hoge cijfers halen wordt het loopbaandoel.',
    ],
    ['Welke score mikt u op bij het vakexamen? Daar hangt alles van af.', 'De examenscore is het doel van het gesprek.'],
    [
      'Vraag de student naar zijn resultaten per module en hoe hij die gaat opkrikken.',
      'Moduleresultaten verbeteren is het onderwerp.',
    ],
    [
      'Kijk samen naar die 3,8 voor Duits: wat zegt dat cijfer over wie je bent?',
      'Een cijfer wordt gelezen als eigenschap van de leerling.',
    ],
    ['Wat had je anders moeten doen om van die 6- een 7+ te maken?', 'Het cijferverschil is het hele onderwerp.'],
    ['Welke herkansing pak je het eerst, zodat je cijferlijst er weer netjes uitziet?', 'Een nette cijferlijst is het doel.'],
    [
      'Je staat voor drie vakken onder; welk cijfer heb je per vak nodig om over te gaan?',
      'Benodigde cijfers berekenen is het gesprek.',
    ],
    [
      'dit loopbaangesprek gaat over je toetsresultaten, hoe ga je hoger scoren',
      'Toetsresultaten zijn uitdrukkelijk het onderwerp.',
    ],
    ['Je Cito zei havo, je rapport zegt tl. Hoe ga je dat gat dichten?', 'Scores worden het doel van het gesprek.'],
    ['Zullen we het hebben over hoe je bij economie van een 5 naar een 6 komt?', 'Een onvoldoende ophalen is het onderwerp.'],
    [
      'Je stagebeoordeling was onvoldoende; welk cijfer ga je de volgende keer scoren?',
      'Het cijfer, niet de ervaring, is het doel.',
    ],
    [
      'Een 7 voor je profielwerkstuk moet kunnen, hè. Wat doe je om die binnen te halen?',
      'Een cijferdoel voor het werkstuk staat centraal.',
    ],
    ['Hoe kom jij dit jaar bij de beste tien procent van de jaarlaag qua cijfers?', 'Een rangorde op cijfers is het doel.'],
    ['Laten we je cijferlijst doorlopen: waar zitten de punten die je laten zakken?', 'De cijferlijst is het gespreksonderwerp.'],
  ]),
  comparison: refuse('comparison', [
    ['Je zus ging gewoon door naar het vwo, waarom lukt jou dat dan niet?', 'De leerling wordt afgezet tegen een zus.'],
    ['De rest van de klas weet al lang wat ze wil. En jij?', 'De leerling wordt naast de klas gezet.'],
    ["Iedereen heeft z'n stage al geregeld behalve jij, hoe kan dat nou?", 'Vergelijking met allen die al een stage hebben.'],
    [
      'Anderen van uw leeftijd zitten al jaren in het vak; waarom wacht u nog?',
      'De cursist wordt vergeleken met leeftijdgenoten.',
    ],
    ['Vergeleken met je klasgenoten zit je op bijna alles net onder het midden.', 'Een plek in de klas wordt de maat.'],
    ['Waarom vindt Daan wel een stageplek en jij niet?', 'Een klasgenoot wordt als meetlat gebruikt.'],
    [
      'Kijk eens naar Sanne, die heeft alles op orde. Neem daar een voorbeeld aan!',
      'Een medeleerling wordt als voorbeeld voorgehouden.',
    ],
    ['Je broer is een echte aanpakker, waarom jij dan niet?', 'Vergelijking met een broer als verwijt.'],
    [
      'Negen van de tien in jouw klas hebben al een opleiding gekozen.',
      'Een groepscijfer zet de leerling onder druk van anderen.',
    ],
    ['vraag ll waarom ze zoveel trager gaat dan de rest van de groep', 'De leerling wordt gemeten aan de groep.'],
    ['In jouw klas ben je de enige die nog twijfelt, valt je dat op?', 'De leerling wordt als uitzondering in de klas gezet.'],
    ['De gemiddelde havist gaat naar vier open dagen; jij staat op één.', 'Een groepsgemiddelde wordt de norm voor de leerling.'],
    ['Hoe voelt het om de laatste te zijn die nog geen keuze heeft?', 'De leerling als achterblijver ten opzichte van anderen.'],
    [
      'Vorig jaar deed de klas het op de open dagen veel beter, jullie lopen achter.',
      'Deze klas wordt tegen een vorige klas afgezet.',
    ],
    ['Je bent sneller dan de meesten hier, jij hoort gewoon bij de top.', 'Positieve vergelijking die anderen lager zet.'],
    ['Eerlijk: waar sta jij in de klas, onderaan, in het midden of bovenaan?', 'De leerling moet zich in een rangorde plaatsen.'],
    ['Je neef zit al op de universiteit, dat wil jij toch ook?', 'Een familielid als maatstaf voor de keuze.'],
    [
      "Andere bbl'ers hebben na een half jaar een vaste plek, u nog niet. Hoe komt dat?",
      'De cursist wordt tegen medecursisten afgezet.',
    ],
    ['Heel 3 havo weet al welk profiel, waar blijf jij nou?', 'De jaarlaag wordt de norm voor de leerling.'],
    [
      'Zet de cijfers van de leerling naast die van zijn klasgenoten en laat zien hoe ver hij achterloopt.',
      'De leerling wordt zichtbaar naast klasgenoten gezet.',
    ],
    [
      'Je scoorde op de interessetest lager dan 80 % van je leeftijdsgenoten.',
      'Een percentiel zet de leerling af tegen anderen.',
    ],
    ['Waarom ben jij niet zo gemotiveerd als je tweelingzus?', 'Vergelijking met een tweelingzus als verwijt.'],
    ['Kijk om je heen: bijna je hele groep heeft iets, en jij zit nog te twijfelen.', 'De groep wordt als meetlat voorgehouden.'],
    ['Ben jij nou de langzaamste van de klas, of lijkt dat maar zo? 😄', 'Een grapje dat de leerling onderaan de klas zet.'],
    [
      'Je vriendinnen gaan allemaal naar het Da Vinci; waarom zou jij iets anders doen?',
      'Wat vrienden doen wordt de maat voor de keuze.',
    ],
  ]),
  labelling: refuse('labelling', [
    ['Als meisje ben je vast zorgzaam, dus de zorg past mooi bij je.', 'Een genderstereotype bepaalt de richting.'],
    ['Typisch havist: lui maar slim. Herken je jezelf?', 'Een stereotiep beeld van havisten wordt opgeplakt.'],
    ['Jongens zoals jij gaan meestal de techniek in, zullen we daar maar beginnen?', 'Het geslacht stuurt de richting.'],
    [
      'Bij jullie thuis wordt vast niet gestudeerd, dus een korte opleiding is logisch.',
      'Aannames over het gezin bepalen de route.',
    ],
    ["Voor een vmbo'er heb je best slimme ideeën!", 'Een compliment dat een schooltype kleineert.'],
    ['Met jouw ADHD is stilzitten niks, dus iets met bewegen past bij je.', 'Een diagnose wordt als identiteit gebruikt.'],
    ["Jullie Marokkaanse jongens willen allemaal iets met auto's, klopt dat?", 'Een stereotype over afkomst en geslacht.'],
    ['Een meid in de bouw? Dat wordt nog wat, haha.', 'Een grap op basis van geslacht.'],
    ['Als moslima wil je vast geen stage in de horeca, of wel?', 'Een aanname op basis van geloof.'],
    [
      'Nieuwkomers beginnen meestal in de schoonmaak of de logistiek; is dat wat voor jou?',
      'ISK-leerlingen worden in een hokje gestopt.',
    ],
    ['Jij bent een echte kaderleerling: handig, maar niet van de boeken.', 'Een schooltype wordt een etiket.'],
    ['Autisten zijn goed met computers, dus ICT ligt bij jou voor de hand.', 'Een diagnose wordt een stereotiep beroep.'],
    [
      'Kinderen uit een bijstandsgezin willen vaak snel geld verdienen, jij ook?',
      'Een stereotype over het inkomen van het gezin stuurt de vraag.',
    ],
    ["Een vwo'er als jij hoort niet op het mbo thuis.", 'Een schooltype wordt als rang gebruikt.'],
    [
      'Als dyslect kun je beter geen taalrichting kiezen, dat snap je zelf ook wel.',
      'Een diagnose bepaalt wat de leerling kan kiezen.',
    ],
    ['Praktijkleerlingen zijn doeners, geen denkers; daar houden we rekening mee.', 'Een groep leerlingen wordt gestempeld.'],
    [
      'Kinderopvang is toch ideaal voor een vrouw, later goed te combineren met een gezin?',
      'Een genderrol stuurt de beroepskeuze.',
    ],
    ['Jij komt uit Polen, dus je weet vast alles van de bouw.', 'Een aanname op basis van herkomst.'],
    ['Echte mannen werken met hun handen, dat zit bij jou in het bloed.', 'Een mannenbeeld als reden voor de keuze.'],
    [
      'Meiden zijn nu eenmaal minder goed in natuurkunde, dus N&T is misschien wat zwaar.',
      'Een genderstereotype beperkt het profiel.',
    ],
    ['Omdat je ouders geen Nederlands spreken, zal het hbo wel niks voor je zijn.', 'De achtergrond van ouders wordt een grens.'],
    ['Een stoere gast als jij in de kinderopvang? Kom op zeg.', 'Een grap op basis van mannelijkheid.'],
    [
      'Jij bent van de kerk, dus iets in de zorg of het onderwijs past vast wel.',
      'Geloof wordt gebruikt om een richting te kiezen.',
    ],
    [
      'Leerlingen uit jouw wijk hebben nu eenmaal minder kansen, houd het realistisch.',
      'De buurt wordt een etiket en een grens.',
    ],
    ['Een vso-leerling als jij komt toch niet verder dan dagbesteding?', 'Het schooltype wordt als plafond gebruikt.'],
  ]),
  care: refuse('care', [
    ['Hoe gaat het eigenlijk thuis sinds je ouders uit elkaar zijn?', 'Een scheiding hoort bij de zorgcoördinator.'],
    ['Slaap je wel genoeg? Je ziet er de laatste tijd belabberd uit.', 'Slaap en uiterlijk zijn geen LOB-onderwerp.'],
    ['Kunnen je ouders een studie wel betalen, of zijn er schulden?', 'Geld en schulden thuis horen bij de zorg.'],
    [
      'Check even of de leerling zijn medicijnen nog slikt voordat je over stage begint.',
      'Medicijngebruik is een zorgonderwerp en hoort niet in LOB.',
    ],
    ['Eet je wel goed? Je bent zo mager geworden.', 'Eten en gewicht horen niet in een LOB-vraag.'],
    ['Blowen in het weekend, doe je daar veel aan?', 'Blowen en ander middelengebruik horen bij de zorgcoördinator.'],
    ['Ben je nog steeds depri, of gaat het weer beter met je hoofd?', 'Psychische klachten horen bij de zorg.'],
    ['Is er thuis iemand die je pijn doet? Dat wil ik weten voor je stage.', 'Mishandeling hoort bij zorg, niet bij LOB.'],
    ['Je bent toch niet zwanger, hè? Dan wordt die stage lastig.', 'Een mogelijke zwangerschap is zorg en geen loopbaanvraag.'],
    ['Hoeveel verdienen je ouders ongeveer, zodat we weten wat haalbaar is?', 'Inkomen van ouders is geen loopbaanvraag.'],
    ['Hoe is het met de ziekte van je moeder? Heeft dat invloed op je keuze?', 'Ziekte in het gezin hoort bij de zorg.'],
    ['Drinkt u veel in het weekend? Uitgaan en vroege diensten gaan slecht samen.', 'Alcoholgebruik van de cursist is zorg.'],
    [
      'Vertel eens over de ruzies thuis, dan snap ik je twijfels beter.',
      'Ruzies thuis worden uitgevraagd, dat hoort bij de zorg.',
    ],
    [
      'Zit je nog bij de psycholoog? Handig om te weten voor je studiekeuze.',
      'Contact met een psycholoog is zorg, geen LOB-onderwerp.',
    ],
    ['Heeft u nog last van uw rug, of kunt u het zware werk weer aan?', 'Lichamelijke klachten van de cursist horen bij zorg.'],
    [
      'gamen tot diep in de nacht zeker? hoe laat lig je er gemiddeld in',
      'Het slaapgedrag van de leerling wordt uitgevraagd in een LOB-vraag.',
    ],
    ['Krijgen jullie thuis hulp van de voedselbank?', 'Armoede thuis is geen LOB-onderwerp.'],
    ['Doe je jezelf nog weleens pijn, of is dat gestopt?', 'Zelfbeschadiging hoort bij zorg en hulpverlening.'],
    ['Vraag de student eerst naar zijn schulden voordat je een stage voorstelt.', 'Schulden van de student zijn zorg.'],
    ['Heb je een diagnose, ADD of zo, die ik moet weten?', 'Een diagnose uitvragen hoort niet bij LOB.'],
    ['Is je vader nog steeds werkloos? Dan snap ik dat je snel geld wilt.', 'Werkloosheid thuis is een zorgonderwerp.'],
    ['Hoe gaat het met je paniekaanvallen in de les?', 'Angstklachten horen bij de zorgcoördinator.'],
    ['Gebruik je iets om rustig te worden, pilletjes of zo?', 'Middelen en medicijnen zijn zorg.'],
    ['Woon je nou bij je vader of bij je moeder, en hoe gaat dat?', 'De woonsituatie na scheiding wordt uitgevraagd.'],
    ['Ben je al naar de huisarts geweest met die moeheid van je?', 'Gezondheid van de leerling hoort bij zorg.'],
  ]),
  'tick-box': refuse('tick-box', [
    ['Vul ff die keuzemodule in, dan kan ik je afvinken voor deze periode.', 'Het gesprek wordt een vinkje.'],
    ['Drie vraagjes, handtekening eronder en we zijn van het gedoe af.', 'Het gesprek als administratief klusje.'],
    ['Dit gesprek is vooral voor het dossier, dus antwoord maar kort.', 'Het gesprek dient het dossier, niet de leerling.'],
    ['Heb je je LOB-uren al? Je zit op 12 van de 20.', 'Uren tellen vervangt het gesprek.'],
    ['Upload je verslag van de open dag, anders telt het niet voor je portfolio.', 'Bewijs leveren is het doel.'],
    [
      'Zet even een vinkje bij alle stappen die je gedaan hebt, dan is het rond.',
      'Stappen afvinken staat centraal in plaats van de leerling.',
    ],
    ['Loop met de leerling de checklist door: 4 van 6 onderdelen voltooid.', 'Voortgang in onderdelen is het onderwerp.'],
    ['Je loopbaandossier is voor 60 % gevuld; pak de rest deze week even mee.', 'Een vullingspercentage is het doel.'],
    [
      'Ik heb voor vrijdag van iedereen een verslag nodig, dus we houden het kort.',
      'Het gesprek dient de planning van de docent.',
    ],
    [
      'Hoeveel meeloopdagen heb je al? Ik heb er twee nodig voor de administratie.',
      'Activiteiten worden voor de administratie geteld.',
    ],
    ['Zet in Magister dat het loopbaangesprek gevoerd is, klaar.', 'Registratie in het systeem vervangt het echte gesprek.'],
    ['Kruis maar aan wat het beste past, het maakt niet zoveel uit wat je invult.', 'Invullen telt, de inhoud niet.'],
    ['Registreer per student of de verplichte reflectieopdracht binnen is.', 'Verplichte opdrachten registreren is het doel.'],
    ['Alles ingevuld? Top, dan heb je je LOB weer gehad voor dit jaar.', 'LOB wordt iets om van af te zijn.'],
    [
      'Noteer het aantal bezochte voorlichtingen, de inspectie wil dat zien.',
      'Het gesprek dient verantwoording aan de inspectie.',
    ],
    ['ff checken: interessetest gedaan, beroepenfilm gekeken, formulier ingeleverd?', 'Een checklist vervangt het gesprek.'],
    ['Maak er geen roman van, twee zinnen in het portfolio is genoeg.', 'Het portfolio hoeft alleen gevuld te worden.'],
    ['U heeft uw urenlijst nog niet laten aftekenen; regelt u dat vóór ons gesprek?', 'Aftekenen staat voor het gesprek.'],
    ['Stap 3 van 5 staat nog open, zullen we die nu even afronden?', 'Stappen tellen is het onderwerp.'],
    ['Het gesprek telt pas als jullie allebei het formulier hebben ondertekend.', 'Een handtekening maakt het gesprek geldig.'],
    ['Reflectie al geüpload? Zonder dat bewijs blijven er rode vakjes staan.', 'Bewijs en vakjes zijn het doel.'],
    ['Laat zien dat je drie beroepen hebt onderzocht, dan kan dit onderdeel dicht.', 'Onderzoek als bewijs om af te sluiten.'],
    ['Gewoon iets neerzetten bij "mijn kwaliteiten", als het vakje maar vol is.', 'Het vakje vullen telt, niet de reflectie.'],
    ['Jullie hebben nog 2 opdrachten te gaan voor het LOB-certificaat, aan de slag.', 'Opdrachten tellen voor een certificaat.'],
    [
      'Even bijtekenen wat we besproken hebben, dan staat het erin en kan het dossier dicht.',
      'Het gesprek dient het sluiten van een dossier.',
    ],
  ]),
  pressure: refuse('pressure', [
    ['Kies nou eens, anders ben je te laat en zit je straks een jaar thuis.', 'Een dreigend jaar thuis als stok achter de deur.'],
    [
      'Als je vóór 1 mei niks hebt, kun je het hbo voor dit jaar wel schudden.',
      'Een aanmelddatum wordt als dreigement gebruikt.',
    ],
    ['De klok tikt, hè! Nog drie weken en dan is alles vol.', 'Tijdsdruk wordt met een uitroep opgevoerd.'],
    ['Geen stageplek voor de kerst? Dan ben je je plek op de opleiding kwijt.', 'Verlies van de opleidingsplek als dreigement.'],
    ['Wie nu niet kiest, krijgt straks wat er overblijft.', 'Angst voor restplekken als drukmiddel.'],
    ['Nog één keer uitstellen en ik kies wel voor je.', 'Een ultimatum waarin de docent overneemt.'],
    ['Zonder diploma kom je nergens, dus denk goed na voor je het verpest.', 'Angst om te falen als drukmiddel.'],
    ['Over twee maanden sta je op straat als je niet opschiet met aanmelden.', 'Een angstbeeld om haast af te dwingen.'],
    ['Laatste kans: vandaag je profiel doorgeven of je wordt ingedeeld.', 'Een ultimatum met een gevolg.'],
    [
      'Meld u deze week aan, anders stopt uw leerwerkplek en daarmee uw inkomen.',
      'Verlies van werk en inkomen wordt als dreigement ingezet.',
    ],
    ['Jullie hebben nog 48 uur, daarna sluit de inschrijving en sta je buitenspel.', 'Een harde termijn met uitsluiting.'],
    ["Blijf je twijfelen, dan word je zo'n dertiger zonder richting.", 'Een schrikbeeld van de toekomst.'],
    ['Numerus fixus sluit 15 januari, mis je dat dan ben je echt de sjaak.', 'Een datum met een dreigend gevolg.'],
    ['Straks heeft iedereen een plek en sta jij met lege handen. Wil je dat?', 'Angst voor achterblijven als drukmiddel.'],
    ['Hoe lang denk je nog te kunnen wachten voor de deur dichtgaat?', 'Een retorische vraag die dreigt.'],
    ['Maak je nu de verkeerde keuze, dan zit je er de rest van je leven aan vast.', 'De keuze wordt onomkeerbaar voorgesteld.'],
    ['Nog geen sector gekozen? Dan beslist de school het na de vakantie.', 'Met verlies van de eigen keuze wordt gedreigd.'],
    ['Tik tak! Wie te laat is, mag volgend jaar opnieuw.', 'Uitroep en tijdsdruk met een gevolg.'],
    ['Reken maar dat je ouders boos worden als je zonder opleiding eindigt.', 'Boze ouders worden als dreigement ingezet.'],
    ['Zonder stage geen diploma, zonder diploma geen werk. Dus?', 'Een keten van gevolgen als druk.'],
    ['Het is nu of nooit, een tweede kans krijg je niet.', 'Een ultimatum zonder uitweg of tweede kans.'],
    ['Zeg tegen de leerling dat het vandaag beslist moet worden, anders wordt het niveau 2.', 'Een lager niveau als dreigement.'],
    ['Wacht je nog langer, dan gaan al die stageplekken naar anderen en heb je niks.', 'Verlies van kansen als drukmiddel.'],
    ['Je bent al 17, straks is het te laat om nog iets te worden.', 'De leeftijd van de leerling wordt een dreigende deadline.'],
    ['Haakt u nu af, dan kunt u fluiten naar uw certificaat en begint u opnieuw.', 'Een dreiging met het certificaat.'],
  ]),
  verdict: refuse('verdict', [
    ['Jij moet gewoon de bbl doen, school is niks voor jou.', 'De docent beslist over de route.'],
    ['Dat profiel is niets voor jou, vergeet het maar.', 'Een oordeel sluit de keuze af.'],
    ['Ik zou die droom van dierenarts maar loslaten, dat wordt niks.', 'De docent verklaart een droom kansloos.'],
    ['Geloof mij nou maar: economie, en je zit gebakken.', 'De docent kiest het profiel.'],
    ['Ik weet wat goed voor je is: mbo 4 en niet zeuren.', 'De docent legt de keuze op en wil geen tegenspraak.'],
    ['Schrijf je maar in voor de kappersopleiding, dat past perfect bij je.', 'De docent bepaalt de opleiding.'],
    ['Kunstacademie? Daar kun je niet van leven, kies iets met toekomst.', 'Een oordeel over de keuze van de leerling.'],
    ['Havo na de mavo? Niet doen joh, daar verzuip je.', 'De docent wijst een route af.'],
    [
      'Ik heb al een stageplek voor je geregeld bij mijn zwager, dus dat is opgelost.',
      'De keuze wordt voor de leerling gemaakt.',
    ],
    ['Jouw plek is in de logistiek, daar twijfel ik geen seconde aan.', 'De docent stelt de richting vast.'],
    ['Laat die hbo-plannen varen en ga lekker werken, veel slimmer.', 'Het advies neemt de keuze over.'],
    [
      'Het wordt NT, punt uit. Daar heb je later de meeste opties mee.',
      'Een profiel wordt gedicteerd zonder ruimte voor de leerling.',
    ],
    [
      'Adviseer de leerling stellig de richting te nemen die de school heeft voorgesteld.',
      'De school beslist in plaats van de leerling.',
    ],
    ['Ik zie jou echt niet als verpleegkundige, zoek maar iets anders.', 'De docent schrapt een beroep.'],
    ['U kunt beter bij uw huidige werkgever blijven, overstappen heeft geen zin.', 'De keuze van de cursist wordt afgewezen.'],
    ['Doe nou maar de veilige keuze, avonturen zijn voor later.', 'De docent bepaalt het risico.'],
    ['Eerlijk? Rechten zit er niet in. Ga voor juridisch medewerker op het mbo.', 'Een oordeel met een opgelegde route.'],
    [
      'Wat jij moet doen is simpel: eerst entree, dan niveau 2, klaar.',
      'Het hele traject wordt voor de leerling voorgeschreven.',
    ],
    ['Jij wordt later een prima monteur, dat zie ik zo, dus daar gaan we voor.', 'De docent kiest het beroep.'],
    ['Stage in het buitenland? Veel te hoog gegrepen, blijf maar dicht bij huis.', 'Een wens van de leerling wordt afgeschoten.'],
    ['Sorry, maar ondernemen is niks voor je. Zoek een vaste baan.', 'Een oordeel over wat bij de leerling past.'],
    ['Zeg tegen de student dat hij dat tussenjaar uit zijn hoofd moet zetten.', 'De docent verbiedt een keuze.'],
    ['Die opleiding past echt niet bij je, ik heb je al voor een andere aangemeld.', 'De docent beslist en handelt zelf.'],
    ['Met jouw karakter moet je de politie in, echt waar.', 'Een beroep wordt de leerling opgelegd op basis van karakter.'],
    ['Vwo? Zonde van je tijd. Stap over naar de havo, dan ben je sneller klaar.', 'De docent bepaalt het niveau.'],
  ]),
  sound: allow('sound', [
    ['Goed bezig met die open dag! Vertel eens wat je het meest is bijgebleven.', 'Waardering en een open uitnodiging.'],
    ['Wat doe jij in het weekend het liefst als niemand je iets vraagt?', 'Open vraag naar wat de leerling graag doet.'],
    [
      'Ik zag je gisteren die nieuwe leerling wegwijs maken, dat was echt top van je.',
      'Een concrete observatie van een kwaliteit.',
    ],
    [
      'Denk eens aan iemand met een baan die jij stoer vindt. Wat doet die eigenlijk de hele dag?',
      'Werkexploratie vanuit het eigen netwerk.',
    ],
    [
      'Tip voor de mentor: laat de leerling eerst praten en vat daarna in één zin samen wat je hoorde.',
      'Een tip voor een dialogisch gesprek.',
    ],
    ['Bij welke klus vloog de tijd laatst voorbij?', 'Vraag naar plezier en motieven.'],
    [
      'Zoek een bedrijf uit waar je een dagje wilt meelopen, dan kijken we samen hoe je dat regelt.',
      'Uitnodiging om werk te verkennen.',
    ],
    ['Je mag best nog twijfelen, dat hoort er gewoon bij.', 'Geruststelling dat twijfelen bij kiezen hoort.'],
    ['Vertel gewoon wat in je opkomt, foute antwoorden bestaan hier niet.', 'Veilige sfeer voor een open gesprek.'],
    [
      'Schrijf drie dingen op waarvoor vrienden jou bellen. Daar zit vaak een talent verstopt.',
      'Kwaliteiten ontdekken via wat vrienden in je zien.',
    ],
    [
      'Als je een week mocht meedraaien in welk beroep dan ook, welk zou je kiezen?',
      'Verbeelding als speelse manier van werkexploratie.',
    ],
    ['Leuk dat je bij de bakker werkt! Wat vind je daar het fijnst?', 'Een bijbaan als opening voor een gesprek over plezier.'],
    ['Jullie interviewen deze week in tweetallen elkaar over een bijbaan of hobby.', 'Opdracht om ervaringen te delen.'],
    [
      'Niet meteen oplossen, mentor: vraag liever nog één keer door op wat de leerling enthousiast maakt.',
      'Tip om naast de leerling te staan.',
    ],
    ['Waar word je blij van op een gewone doordeweekse dag?', 'Open vraag naar wat de leerling blij maakt.'],
    [
      'Je vertelde net met glimmende ogen over dat schoolfeest dat je mee organiseerde. Dat zegt wel wat.',
      'Benoemt enthousiasme zonder te oordelen.',
    ],
    [
      'Kijk eens rond op Kiesmbo en pak twee opleidingen die je nieuwsgierig maken, gewoon om te ontdekken.',
      'Opleidingen verkennen zonder verplichting of oordeel.',
    ],
    [
      'U heeft jaren ervaring in de bouw. Wat zou u een nieuwe collega willen leren?',
      'Erkenning van de ervaring van de cursist.',
    ],
    ['Wie is voor jou een voorbeeld, en waarom juist die persoon?', 'Vraag naar waarden en netwerk.'],
    ['Neem de tijd. Een keuze die echt van jou is, mag rustig groeien.', 'Rust en eigenaarschap bij de leerling.'],
    ['Wat vond je het tofst aan de snuffelstage, en wat juist saai?', 'Reflectie op een concrete ervaring.'],
    ['Lekker gewerkt aan dat filmpje over je stage, je liet goed zien wat je daar doet.', 'Een compliment over eigen werk.'],
    [
      'Let deze week eens op momenten waarop je helemaal opgaat in iets, en schrijf ze kort op.',
      'Kleine opdracht om motieven te ontdekken.',
    ],
    [
      'Welke vraag zou jij een brandweervrouw, een kok of een programmeur willen stellen?',
      'Nieuwsgierigheid naar verschillende beroepen wordt aangewakkerd.',
    ],
    ['Ik ben benieuwd naar jouw verhaal, vertel maar.', 'Uitnodiging met de leerling centraal.'],
    ['Wat vind jij leuk om te doen? En wat deed je vroeger graag?', 'Eenvoudige open vraag, geschikt voor nieuwkomers.'],
    [
      'Je kunt goed uitleggen, dat zie ik in de les. Misschien iets om eens verder te verkennen.',
      'Een gezien talent als verkenning.',
    ],
    [
      'Stel je voor dat het over vijf jaar is. Beschrijf een gewone dinsdag in jouw leven.',
      'Toekomstgerichte verbeelding zonder iets voor te schrijven.',
    ],
    [
      'Bedenk als mentor eerst wat jij zelf op die leeftijd wilde; dat helpt om naast de leerling te staan.',
      'Eigen bril van de docent.',
    ],
    ['Welke mensen ken je die je kunnen helpen aan een stage of bijbaantje?', 'Netwerkvraag naar mensen die kunnen helpen.'],
    [
      'Ga gerust een keer mee met je oom naar de garage, gewoon om te zien hoe het daar gaat.',
      'Uitnodiging om werk te bekijken.',
    ],
    [
      'Je stuurde zelf die mail naar het bedrijf. Best spannend, en je deed het gewoon.',
      'Waardering voor het eigen initiatief van de leerling.',
    ],
    ['Wat heb je tijdens het groepsproject over jezelf ontdekt?', 'Reflectie op eigen kwaliteiten na een project.'],
    [
      'Jullie mogen zelf bedenken welk bedrijf we met de klas gaan bezoeken. Kom maar op met ideeën.',
      'De klas krijgt zelf regie.',
    ],
    [
      'Laat me eens zien hoe je die stellingkast hebt opgebouwd, daar mag je trots op zijn.',
      'Waardering voor praktisch werk in het praktijkonderwijs.',
    ],
    [
      'Vertel eens over een moment dat je iets voor het eerst deed en het lukte.',
      'Een succeservaring als opening van het gesprek.',
    ],
    [
      'Je hoeft vandaag niks te beslissen, we praten alleen even over wat je bezighoudt.',
      'Geruststelling: er hoeft vandaag niets beslist te worden.',
    ],
    ['Wanneer is een werkdag voor jou geslaagd?', 'Vraag naar waarden in werk.'],
    [
      'Zoek eens een filmpje op over een beroep waar je nog nooit van hoorde, en vertel er volgende keer over.',
      'Speelse werkexploratie met een eigen vervolgstap.',
    ],
    [
      'Goeie vraag die je stelde bij de voorlichting, de spreker had er zichtbaar plezier in.',
      'Compliment over de nieuwsgierigheid van de leerling.',
    ],
    ['Tip: open met iets wat de leerling deze week meemaakte, niet met de planning.', 'Tip voor een gesprek over ervaringen.'],
    ['Welke lessen geven je energie, en wat gebeurt er dan precies?', 'Vraag naar wat de leerling energie geeft.'],
    [
      'Als jij brugklassers rondleidt, wat laat je ze dan het liefst zien?',
      'Indirecte vraag naar wat de leerling zelf waardeert.',
    ],
    [
      'Bij wie zou je eens kunnen navragen hoe het er in de zorg aan toegaat?',
      'Netwerken als manier om een sector te verkennen.',
    ],
    [
      'Je hebt een goed oog voor details, zag ik aan je tekening. Leuk om eens te kijken waar dat in werk terugkomt.',
      'Een kwaliteit als startpunt voor verkenning.',
    ],
    ['Schrijf voor jezelf op wat je deze maand trots maakte, groot of klein.', 'Reflectie op eigen successen, groot of klein.'],
    ['Wat was de leukste opdracht van dit jaar, en waarom?', 'Open vraag naar plezier en de reden ervan.'],
    [
      'Mooi hoe rustig je bleef toen die klant op je stage boos werd.',
      'Observatie van een kwaliteit die op stage zichtbaar werd.',
    ],
    [
      'Kies iemand uit je buurt met een bijzonder beroep en vraag of je tien minuutjes mag komen kletsen.',
      'Netwerken in een kleine stap.',
    ],
    [
      'In groepjes bereiden jullie een beroepenmarkt voor; ieder kiest een beroep om uit te zoeken.',
      'Klassikale werkexploratie waarin ieder zelf een beroep kiest.',
    ],
    ['Als je ergens vastloopt, wie bel je dan?', 'Vraag naar het eigen netwerk.'],
    ['Welke taak op uw werk geeft u de meeste voldoening?', 'Vraag naar de motieven van de bbl-student in zijn werk.'],
    [
      'Het is helemaal oké als je na de open dag nog steeds niet weet wat je wilt.',
      'Geruststelling dat niet weten na een open dag oké is.',
    ],
    ['Ontdekken kost tijd, en daar mag je gewoon van genieten.', 'Een positieve houding tegenover rustig verkennen.'],
    [
      'Mensen, techniek, dieren, getallen of iets heel anders: waar word jij nieuwsgierig van?',
      'Open vraag naar interessegebieden zonder voorkeur.',
    ],
    [
      'Zeg het maar als je over je toekomst wilt praten, mijn deur staat open.',
      'Een open uitnodiging om over de toekomst te praten.',
    ],
    [
      'Knap dat je je stageverslag in eigen woorden schreef, het leest echt als jouw verhaal.',
      'Waardering voor de eigen stem in het verslag.',
    ],
    ['ff vragen hoe de meeloopdag was: wat viel je op?', 'Snelle maar open vraag naar een ervaring.'],
  ]),
  'sound-hard': allow('sound-hard', [
    [
      'Balen dat die stage niet lekker liep. Wat zou je een volgende keer anders willen?',
      'Tegenslag met respect en eigen regie.',
    ],
    [
      'Die afwijzing is een flinke klap, snap ik. Waar wil je het eerst over praten?',
      'Afwijzing erkend, leerling kiest het onderwerp.',
    ],
    [
      'Twijfel je of dit nog jouw richting is? Vertel eens waar dat gevoel begon.',
      'Twijfel wordt serieus en zonder oordeel onderzocht.',
    ],
    ['Het mag ook gewoon tegenvallen. Wat heb je ondanks alles geleerd?', 'Teleurstelling mag er zijn en wordt een leermoment.'],
    [
      'Je ouders zien je graag rechten doen en jij twijfelt. Wat wil jij zelf, los van hun wens?',
      'Wens van ouders naast eigen wens.',
    ],
    [
      'Soms blijkt iets anders dan je dacht. Dat is geen mislukking, het is informatie.',
      'Een verkeerde keuze positief herkaderd.',
    ],
    [
      'Wat heb je aan de kritiek van je praktijkbegeleider, en wat leg je naast je neer?',
      'Feedback bespreken, de leerling weegt zelf wat bruikbaar is.',
    ],
    [
      'Switchen voelt misschien als falen, maar het kan ook een slimme stap zijn. Hoe kijk jij ertegenaan?',
      'Van richting veranderen zonder oordeel.',
    ],
    ['Voel je veel druk om nu al te kiezen? Vertel eens waar die vandaan komt.', 'Eigen druk met zorg bevraagd.'],
    [
      'Een risico nemen is spannend. Wat is het ergste en wat het mooiste dat kan gebeuren?',
      'Risico als eigen afweging van de leerling.',
    ],
    [
      'Je zei dat je bang bent om vast te lopen in een studie. Hoe zou je dat eens kunnen uitproberen?',
      'Angst serieus nemen en verkennen.',
    ],
    ['Niet weten wat je wilt is prima. Waar ben je in elk geval wél nieuwsgierig naar?', 'Onzekerheid met een open vervolg.'],
    ['Dat sollicitatiegesprek ging mis, dat is rot. Wat ging er wel goed?', 'Een afwijzing met oog voor sterke punten.'],
    ['U overweegt na tien jaar een ander vak. Wat trekt u, en wat houdt u nog tegen?', 'Een overstap als volwassene verkend.'],
    ['Je begeleider was niet tevreden. Hoe was dat voor jou om te horen?', 'Kritiek besproken vanuit de leerling.'],
    [
      "Boos of teleurgesteld zijn na zo'n gesprek is oké. Neem er gerust even de tijd voor.",
      'Ruimte voor gevoelens na tegenslag.',
    ],
    [
      'Wat als je droombaan er anders uitziet dan je hoopte? Hoe zou je dat willen onderzoeken?',
      'Een tegenvallend beeld wordt een reden om te verkennen.',
    ],
    [
      'Je hebt hard gewerkt en toch viel het tegen. Zegt dat volgens jou iets over deze richting, of niet?',
      'Tegenvaller zonder oordeel over de richting.',
    ],
    [
      'Je bent met je opleiding gestopt. Wat zou je willen dat er de komende maanden gebeurt?',
      'Na uitval kijkt de leerling zelf vooruit.',
    ],
    [
      'Het lijkt soms alsof iedereen al weet wat hij wil. Vaak valt dat mee; hoe is dat voor jou?',
      'Geruststelling bij druk die de leerling zelf ervaart.',
    ],
    [
      'Feedback die pijn doet, kan ook iets opleveren. Welke opmerking bleef bij je hangen?',
      'Pijnlijke feedback wordt met zorg een leerkans.',
    ],
    [
      'Je vader wil je in de zaak, jij droomt van iets anders. Hoe zou je dat gesprek willen voeren?',
      'Wens van de ouder tegenover de eigen droom, keuze bij leerling.',
    ],
    ['Je werd niet ingeloot. Wil je plan B samen verkennen, of eerst even laten bezinken?', 'Tegenslag met keuze in tempo.'],
    ['Soms past een stage gewoon niet. Wat heb je ontdekt over wat je níet wilt?', 'Een mislukte stage levert zelfkennis op.'],
    ['Doorleren of werken, allebei mooie routes. Wat trekt je aan elk ervan?', 'Een lastige keuze zonder voorkeur.'],
    ['Het was een zware periode met die stage. Wie heeft je daarin gesteund?', 'Moeilijke tijd en steunend netwerk.'],
    [
      'Wat zou je tegen een vriend zeggen die dit had meegemaakt?',
      'Afstand nemen bij teleurstelling door het perspectief te wisselen.',
    ],
    [
      'Je koos vorig jaar iets wat nu niet blijkt te passen. Wat weet je nu wat je toen niet wist?',
      'Van een keuze die niet paste leren.',
    ],
    [
      'Vraag als mentor eerst hoe de afwijzing binnenkwam, voordat je over alternatieven begint.',
      'Tip om eerst contact te maken.',
    ],
    [
      'Je zegt dat je niks kunt. Ik hoor dat anders; zullen we kijken wat je deze week wél deed?',
      'Het kan-niet van de leerling wordt omgezet in mogelijkheden.',
    ],
    ['Een tussenjaar kan spannend voelen. Wat hoop je dat het je oplevert?', 'Onzekere keuze met eigen doel.'],
    ['Ook een keuze die achteraf anders uitpakt, brengt je verder.', 'Geruststelling over een verkeerde keuze.'],
    ['Je liep tijdens het project tegen een muur op. Wat heb je toen gedaan?', 'Tegenslag als bron van kwaliteiten.'],
    [
      'Misschien kies je iets waar je familie niet meteen blij mee is. Wie kan je helpen het uit te leggen?',
      'De eigen keuze tegenover de familie, met steun.',
    ],
    ['Zit je hoofd vol van al die keuzes? We kunnen het in kleine stukjes hakken.', 'Overweldiging met een zachte aanpak.'],
    [
      'Je voelt je op je werkplek niet gezien, vertelde je. Wat heb je nodig om dat aan te kaarten?',
      'Lastige werkervaring met eigen regie.',
    ],
    [
      'Het loopt niet zoals je wilde deze periode. Waar krijg je ondertussen nog wel energie van?',
      'Tegenvallende periode met oog voor energie.',
    ],
    [
      'Je durft niet te bellen voor een stageplek. Wat is het spannendste eraan?',
      'Angst om te bellen wordt met respect verkend.',
    ],
    [
      'Dat de chef je gerecht afkeurde, zegt iets over dat gerecht, niet over jou. Wat neem je mee?',
      'Kritiek losgemaakt van de persoon.',
    ],
    [
      'Na het mbo doorstuderen of niet: allebei kan. Wat vind jij belangrijk bij die keuze?',
      'Twijfel over doorstroom zonder duw.',
    ],
    [
      'Je stage werd eerder gestopt. Laten we rustig terugkijken wat er gebeurde en hoe jij het zag.',
      'Mislukte stage met respect besproken.',
    ],
    ['Hoe ga je om met de kans dat een eigen bedrijf niet meteen loopt?', 'Risico van een eigen keuze.'],
    [
      'Je hebt het gevoel dat je ouders iets anders verwachten. Wat wil je hun laten zien over jouw keuze?',
      'Verwachtingen van ouders, keuze bij de leerling.',
    ],
    [
      'Geen enkele keuze hoeft voor altijd te zijn. Wat zou je nu willen uitproberen?',
      'Ruimte om te proberen, geen keuze is definitief.',
    ],
    ['Een nieuw land is soms moeilijk. Wat wil jij hier graag leren?', 'Eenvoudig en respectvol voor nieuwkomers.'],
    [
      'Je werd afgewezen voor die bijbaan bij de supermarkt. Wat heb je van het solliciteren geleerd?',
      'Een afwijzing wordt besproken als leerervaring.',
    ],
    [
      'Je bent al drie keer van richting gewisseld. Wat heb je bij elke wissel over jezelf ontdekt?',
      'Vaak wisselen wordt gezien als ontdekking, niet als falen.',
    ],
    [
      'Iets loslaten wat je graag wilde, is zwaar. Wat blijft er voor jou belangrijk?',
      'Verlies van een wens met oog voor waarden.',
    ],
    [
      'Je zei dat je niet slim genoeg bent voor de havo. Waar komt dat idee vandaan, denk je?',
      'Een negatief zelfbeeld met zorg bevraagd.',
    ],
    [
      'Je begeleider beoordeelde je houding als onvoldoende. Hoe zie jij dat zelf, en wat wil je ermee?',
      'Harde feedback, de leerling reageert zelf.',
    ],
  ]),
  'sound-innocent-word': allow('sound-innocent-word', [
    [
      'Mooi cijfer voor Duits, maar ik ben nog nieuwsgieriger: wat vond je het leukst aan dat project?',
      'Cijfer als aanleiding, interesse als onderwerp.',
    ],
    [
      'Na die toets zei je dat samen oefenen hielp. Wat zegt dat over hoe jij graag leert?',
      'Toets als aanleiding voor zelfkennis.',
    ],
    ['Wat voor werk doen je ouders, en wat vind jij daar interessant aan?', 'Ouders als netwerk, niet als zorgvraag.'],
    ['Wie denkt er thuis met je mee over je keuze?', 'Thuis als steun bij de keuze.'],
    [
      'Je moet niks op de open dag, behalve misschien één vraag stellen die je echt wilt weten.',
      'Moet zonder druk, als uitnodiging.',
    ],
    [
      "Stop in je portfolio gerust foto's, tekeningen of filmpjes waar je trots op bent.",
      'Het portfolio als eigen verhaal van de leerling.',
    ],
    ['Diploma behaald, gefeliciteerd. Waar heb je nu zin in?', 'Behaald als felicitatie en open vraag.'],
    ['Je zei dat je sterk bent in organiseren. Waar merkte je dat?', 'Sterk als kwaliteit die de leerling zelf noemt.'],
    [
      'Iedereen voelt zich soms zwak of moe van school. Wat geeft jou dan weer energie?',
      'Zwak als gedeelde ervaring, niet als label.',
    ],
    [
      'Vergelijk eens twee opleidingen die je leuk vindt: wat trekt je in de ene en wat in de andere?',
      'Vergelijken van opties, niet van mensen.',
    ],
    [
      'Praat eens met klasgenoten over hun bijbaan, misschien hoor je iets wat je nieuwsgierig maakt.',
      'Klasgenoten als bron, niet als maatstaf.',
    ],
    ['Wat vind je van het advies van de decaan? Past het bij wat jij wilt?', 'Advies ter toetsing door de leerling.'],
    ['Welke voortgang zie jij zelf als je terugkijkt op je eerste stageweek?', 'Voortgang door de leerling zelf benoemd.'],
    [
      'De deadline voor aanmelden is 1 mei. Zullen we ruim daarvoor samen kijken wat je zoekt?',
      'Deadline als informatie met hulp.',
    ],
    ['Het formulier voor de meeloopdag kunnen we samen invullen, als je dat fijn vindt.', 'Formulier als hulp, niet als doel.'],
    [
      'Te laat voor de open dag? Geen ramp, veel opleidingen hebben ook een online voorlichting.',
      'Te laat zijn wordt genoemd zonder dreiging.',
    ],
    [
      'Jongens en meisjes kunnen elk beroep kiezen. Welk beroep zou jij eens van dichtbij willen zien?',
      'Jongens en meisjes zonder stereotype.',
    ],
    [
      'Op het vmbo heb je al veel praktijk gedaan. Welk praktijkvak vond je het leukst?',
      'Vmbo wordt genoemd zonder er een etiket van te maken.',
    ],
    [
      'Vanuit de havo zijn er allerlei routes, ook naar het mbo. Welke zou je willen verkennen?',
      'Havo en mbo als gelijkwaardige routes.',
    ],
    ['Wat betekent slagen voor jou, los van een diploma?', 'Slagen krijgt een eigen betekenis voor de leerling.'],
    [
      'Je zakte voor je theorie-examen en ging toch door. Hoe kreeg je dat voor elkaar?',
      'Zakken wordt een verhaal over veerkracht.',
    ],
    ['Welk niveau van uitdaging vind je prettig: veel nieuws of liever iets vertrouwds?', 'Niveau als voorkeur, niet als label.'],
    [
      'Gezondheid vind je belangrijk, zei je. Zou je daar in je werk iets mee willen?',
      'Gezondheid als interesse van de leerling.',
    ],
    [
      'Je rekent graag met geld, merkte ik. Welke beroepen ken je waarin dat van pas komt?',
      'Geld als interesse, niet als thuissituatie.',
    ],
    [
      'Slapen in een tent, koken boven een vuur: wat vond je het mooist aan die kampweek?',
      'Slapen in een ervaring, geen zorgvraag.',
    ],
    [
      'Wat doe je liever: beter worden in iets wat je al kunt, of iets nieuws proberen?',
      'Beter worden als eigen groei, zonder vergelijking.',
    ],
    [
      'Anderen om raad vragen is knap. Wie zou je dit keer willen vragen?',
      'Anderen worden genoemd als netwerk, niet als maatstaf.',
    ],
    [
      'Het resultaat van je werkstuk ziet er mooi uit, maar hoe kwam je eigenlijk op dat onderwerp?',
      'Resultaat als opening naar motieven.',
    ],
    [
      'Je gemiddelde zegt lang niet alles. Vertel me liever welke les je deze week echt boeide.',
      'Gemiddelde juist niet als onderwerp.',
    ],
    [
      'Kijk in je portfolio terug naar je eerste stageweek. Wat herken je nog van jezelf?',
      'Het portfolio wordt gebruikt voor reflectie op jezelf.',
    ],
    ['Afvinken hoeft hier niet, we praten gewoon over wat jou bezighoudt.', 'Afvinken wordt hier juist uitdrukkelijk afgewezen.'],
    [
      'U heeft uw opleiding bijna afgerond. Waar wilt u naartoe: werken, doorleren of iets anders?',
      'Afgerond als aanleiding om vooruit te kijken.',
    ],
    [
      'Het hoeft niet perfect bij het inleveren; laat in je verslag vooral zien wat je zelf ontdekte.',
      'Inleveren wordt genoemd zonder druk of eis.',
    ],
    [
      'Je hebt een mooi cijfer voor LO en je sport ook buiten school veel. Wat vind je daar zo leuk aan?',
      'Cijfer als aanleiding voor plezier.',
    ],
    [
      'Je vond het sterk van jezelf dat je om hulp vroeg. Wanneer lukte je dat nog meer?',
      'Sterk als zelfgekozen kwaliteit van de leerling.',
    ],
    ["Wat vind jij belangrijk bij een baan: geld, vrije tijd, leuke collega's of iets anders?", 'Geld als waarde naast andere.'],
    ['Hoe moet een werkdag eruitzien om jou blij te maken?', 'Moet als open vraag naar wensen.'],
    ['Of je nu basis, kader of tl doet: welk werk zou je graag van dichtbij zien?', 'Leerwegen worden genoemd zonder rangorde.'],
    [
      'Is er thuis of in de familie iemand met een beroep waar je meer over wilt weten?',
      'Thuis als netwerk voor werkexploratie.',
    ],
  ]),
});

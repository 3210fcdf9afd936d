/**
 * Corpus part G: TRAINING data for the learned backstop of the guardrail linter (lob-content.md §5 and
 * §6), not a test set. Written by helper G after reading only lob-content.md, ./labelled-set-shape.ts,
 * the types and helpers of ./guardrails-meaning-set.ts and the header of ./guardrails-train-set.ts; no
 * other labelled set was opened, so the sentences are new but were not checked against older sets.
 *
 * Focus: the kinds the model still misses most. Deficit in many disguises (slowness, chaos, focus,
 * language level, handwriting, "niet het type", a route chosen to dodge a weakness, a remark about the
 * student in the third person, an instruction to the teacher to list what the student cannot do),
 * then labelling, comparison and care; and sound sentences that speak of the student's own struggles
 * with care, or use words that deficit harm also uses.
 *
 * Writers: mentors and decanen of havo, vwo and vmbo-tl (onderbouw and examenklas) most of all, plus
 * LOB-coördinator, vakdocent, stagebegeleider, mbo-loopbaanbegeleider (u-form), ISK, vso and
 * praktijkonderwijs; many instructions to the teacher and texts about the student (hij, zij, uw kind).
 *
 * Counts: deficit 80, labelling 30, comparison 30, care 30 (expect 'refuse'); sound 30 (of which at
 * least 15 do not end in a question mark), sound-hard 60, sound-innocent-word 40 (expect 'allow').
 * 300 in all. The reason (`why`) is given in Dutch.
 *
 * After writing, 2 of the 300 sentences were removed by a script, unread: each shared more than half
 * its words with a sentence of the eighth held-out set (./guardrails-holdout8-set.ts), written at the
 * same time, which had to stay a blind test until it was measured.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const DEFICIT = refuse('deficit', [
  [
    'Vraag de leerling welke vakken hij niet aankan, zodat jullie die richtingen alvast kunnen schrappen.',
    'Wat de leerling niet aankan bepaalt de keuze.',
  ],
  [
    'Omdat ze zo chaotisch werkt, kun je met haar beter alleen opleidingen met veel structuur bekijken.',
    'Een vermeende chaos stuurt de opleidingskeuze.',
  ],
  ['Maak samen met de leerling een lijstje van alles wat hij nog niet beheerst.', 'Gesprek begint bij een lijst van tekorten.'],
  [
    'Wat kun je eigenlijk wél, als plannen en concentreren allebei niet lukken?',
    'Leerling wordt neergezet als iemand die weinig kan.',
  ],
  [
    'Jij hebt twee linkerhanden, dus techniek valt af. Wat blijft er dan over?',
    'Onhandigheid als gegeven sluit een richting uit.',
  ],
  [
    'Hij is nu eenmaal geen doorzetter; zoek met hem een opleiding die kort duurt.',
    'Gebrek aan doorzetten bepaalt de lengte van de route.',
  ],
  [
    'Zij is te traag voor een beroep met tijdsdruk. Welke rustige banen kent ze?',
    'Traagheid als eigenschap stuurt de beroepskeuze.',
  ],
  [
    'Je Nederlands is nog te gebrekkig voor een talige studie; welke richting ligt meer voor de hand?',
    'Taalniveau als tekort sluit een studie uit.',
  ],
  [
    'Met zo’n slordig handschrift wordt administratief werk lastig. Waar denk je zelf aan?',
    'Handschrift als zwakte stuurt weg van een beroep.',
  ],
  [
    'Vraag uw kind eens eerlijk waar het tekortschiet, dan weten we waar we mee werken.',
    'Ouders wordt gevraagd tekorten van het kind te benoemen.',
  ],
  [
    'Je bent niet het type dat lang kan stilzitten, dus een hbo-studie lijkt me lastig. Wat denk jij?',
    '"Niet het type" als beperking die de route bepaalt.',
  ],
  ['Welke vakken liggen je gewoon niet, zodat we die kant kunnen overslaan?', 'Keuze vertrekt vanuit wat niet ligt.'],
  ['Noteer in het gespreksverslag welke vaardigheden hij mist voor havo 4.', 'Docent moet ontbrekende vaardigheden vastleggen.'],
  ['Lezen is niet je ding, dus kies iets waarbij je weinig tekst tegenkomt.', 'Een zwakte in lezen stuurt de keuze.'],
  [
    'Hoe ga je om met het feit dat je nooit iets afmaakt, als je straks een studie kiest?',
    'Leerling wordt vastgezet als iemand die niets afmaakt.',
  ],
  ['Je haakt snel af; welk vervolg is kort genoeg dat je het volhoudt?', 'Afhaken als eigenschap bepaalt het vervolg.'],
  [
    'Geen probleem hoor, niet iedereen is een denker. Wat zou je met je handen willen doen?',
    'Vriendelijk verpakt: leerling kan niet denken.',
  ],
  [
    'Ze mist het abstracte denkvermogen voor wiskunde B, dus leg haar gerust het C-profiel voor.',
    'Vermeend gemis aan denkvermogen stuurt de profielkeuze.',
  ],
  [
    'Waar loop je keer op keer vast, en welke beroepen vallen daardoor voor jou af?',
    'Vastlopen wordt de reden om beroepen te schrappen.',
  ],
  [
    'Omdat Engels bij jou maar niet wil lukken, is internationale handel uitgesloten. Wat spreekt je nog meer aan?',
    'Een vak dat niet lukt sluit een richting uit.',
  ],
  [
    'Je concentratie houdt het geen lesuur vol; welk werk past bij zo’n korte spanningsboog?',
    'Korte spanningsboog als gebrek bepaalt het werk.',
  ],
  [
    'Vraag de leerling waarom het hem nooit lukt om zijn werk op tijd af te hebben.',
    'Docent vraagt naar een vast falen van de leerling.',
  ],
  [
    'Bespreek met de ouders dat hun zoon de zelfstandigheid mist die de bovenbouw vraagt.',
    'Ouders krijgen een tekortenbeeld van hun zoon.',
  ],
  [
    'Uw dochter is geen hoogvlieger, maar in de zorg kan ze vast iets betekenen.',
    'Kind neergezet als weinig capabel, route volgt daaruit.',
  ],
  ['Jij bent een beetje een rommelkont; welke baan vergeeft dat?', 'Rommeligheid als eigenschap stuurt de baankeuze.'],
  ['Hij schiet tekort in taal, dus richt het gesprek vooral op praktische routes.', 'Taaltekort stuurt het hele gesprek.'],
  ['Wat zijn de drie dingen waar jij het slechtst in bent?', 'Vraagt de leerling om eigen tekorten op te sommen.'],
  [
    'Je bent geen prater, dus werken met klanten valt af. Welke banen achter de schermen ken je?',
    'Vermeende zwijgzaamheid sluit klantwerk uit.',
  ],
  [
    'Je kunt slecht tegen kritiek, hoe wil je dat straks op stage oplossen?',
    'Leerling wordt vastgezet op slecht omgaan met kritiek.',
  ],
  [
    'Omdat rekenen bij haar maar niet landt, raad ik aan de economische kant te vermijden.',
    'Rekenzwakte bepaalt welke kant wordt vermeden.',
  ],
  [
    'Met jouw leestempo red je een universitaire studie niet. Welke opleiding vraagt minder leeswerk?',
    'Leestempo als beperking sluit wo uit.',
  ],
  [
    'Zij kan zich slecht uitdrukken; vraag welk vak ze wil waarbij ze niet hoeft te presenteren.',
    'Slecht uitdrukken als gegeven stuurt de vakkeuze.',
  ],
  ['Wat lukt er eigenlijk nog wel bij jou, nu het bij de meeste vakken misgaat?', 'Verborgen in een vraag: bijna niets lukt.'],
  [
    'Je bent vergeetachtig en vaak te laat, dus werk met vaste tijden wordt moeilijk. Hoe zie jij dat?',
    'Vergeetachtigheid als eigenschap beperkt de werkkeuze.',
  ],
  [
    'De leerling kan niet zelfstandig werken; kies bij het stageaanbod een plek met veel begeleiding.',
    'Onzelfstandigheid als gegeven bepaalt de stageplek.',
  ],
  [
    'Welk beroep past bij iemand die snel overprikkeld raakt en weinig aankan?',
    'Leerling beschreven als iemand die weinig aankan.',
  ],
  [
    'Je hebt het niet in je om leiding te geven. Wat voor ondersteunende rol zou je willen?',
    'Ontbrekend leiderschap beperkt de rol vooraf.',
  ],
  [
    'Schrijf met de leerling op waarom hij bij toetsen faalt en wat dat zegt over zijn vervolg.',
    'Falen wordt de basis van het vervolg.',
  ],
  [
    'Je bent niet zo snugger met getallen, dus boekhouden lijkt me niks. Wat trekt je nog meer?',
    'Vermeende domheid met getallen sluit werk uit.',
  ],
  ['Hoe komt het dat jij nooit ergens echt goed in bent geweest?', 'Leerling neergezet als nergens goed in.'],
  [
    'Ze is wat trager van begrip; stem de keuzegesprekken daarop af en houd het simpel.',
    'Trager van begrip als label bepaalt het gesprek.',
  ],
  [
    'Voor iemand met zo weinig discipline als jij is een bbl-traject misschien haalbaarder.',
    'Gebrek aan discipline kiest de route.',
  ],
  ['Jij kunt niet tegen drukte, dus horeca en winkel schrappen we alvast.', 'Niet tegen drukte kunnen schrapt sectoren.'],
  ['Hij heeft geen gevoel voor taal; praat met hem dus over technische vakken.', 'Gebrek aan taalgevoel stuurt naar techniek.'],
  [
    'Laat de leerling opschrijven aan welke eisen van de opleiding hij waarschijnlijk niet voldoet.',
    'Leerling moet eigen tekorten voor de opleiding noteren.',
  ],
  [
    'Jouw motivatie is al jaren ver te zoeken. Welke studie zou je überhaupt volhouden?',
    'Ontbrekende motivatie als vast kenmerk.',
  ],
  ['Creatief ben je niet echt, laat de kunstrichting dus maar zitten.', 'Vermeend gebrek aan creativiteit sluit kunst uit.'],
  [
    'Je mist het doorzettingsvermogen voor vwo 5. Waar zou je dan wel op je plek zijn?',
    'Gemis aan doorzettingsvermogen bepaalt het niveau.',
  ],
  [
    'Omdat je steeds de draad kwijtraakt bij lange opdrachten, past een korte opleiding beter bij je.',
    'Draad kwijtraken stuurt naar een korte opleiding.',
  ],
  [
    'Uw zoon is erg impulsief en ongeconcentreerd; daarom kijken we naar beroepen met weinig verantwoordelijkheid.',
    'Impulsiviteit als gebrek beperkt de beroepen.',
  ],
  [
    'Welke dingen kun jij echt niet, waar een werkgever rekening mee moet houden?',
    'Leerling moet eigen onvermogen benoemen voor werkgevers.',
  ],
  [
    'Je bent nogal onhandig in de omgang met mensen. Zou werken met dieren niet beter gaan?',
    'Sociale onhandigheid stuurt naar dierenwerk.',
  ],
  [
    'Vraag hem hoe hij een studie denkt te halen terwijl plannen hem totaal niet ligt.',
    'Plannen dat niet ligt maakt de studie twijfelachtig.',
  ],
  [
    'Jij komt niet uit je woorden; daarom lijkt een baan achter de computer me beter.',
    'Niet uit je woorden komen bepaalt de baan.',
  ],
  ['Geef in het verslag aan waarin de leerling achterblijft qua werkhouding.', 'Docent legt achterblijven van de leerling vast.'],
  [
    'Je bent te chaotisch voor de zorg, daar moet alles precies. Waar zou je wel passen?',
    'Chaotisch als eigenschap sluit de zorg uit.',
  ],
  [
    'Hij pikt dingen niet snel op; kijk met hem naar een opleiding met een lager tempo.',
    'Langzaam oppikken bepaalt het tempo van de route.',
  ],
  [
    'Rekenen zit er bij jou gewoon niet in. Welke beroepen hebben helemaal geen wiskunde?',
    'Rekenen zit er niet in stuurt de keuze.',
  ],
  [
    'Wat ga je doen aan je gebrek aan inzet voordat we het over een studie hebben?',
    'Gebrek aan inzet gaat voor de loopbaanvraag.',
  ],
  ['Hoe zorg je dat je slordigheid je vervolgopleiding niet verpest?', 'Slordigheid als vast kenmerk van de leerling.'],
  ['Zoek met haar een route waarbij haar matige Engels niet in de weg zit.', 'Matig Engels bepaalt welke route wordt gezocht.'],
  [
    'Zonder structuur van buitenaf red jij het niet; welke opleiding biedt die?',
    'Leerling zou het zonder structuur niet redden.',
  ],
  [
    'Je bent geen lezer en geen schrijver, dus de alfakant valt af. Wat blijft over?',
    'Niet lezen en schrijven sluit een profiel uit.',
  ],
  [
    'Omdat je moeilijk contact maakt, wordt een baan met veel collega’s zwaar voor je. Wat vind je?',
    'Moeilijk contact maken stuurt weg van teamwerk.',
  ],
  [
    'Ze heeft weinig inzicht, dus bij de profielkeuze maar liever een profiel zonder natuurkunde.',
    'Weinig inzicht als gegeven bepaalt het profiel.',
  ],
  ['Jouw werktempo ligt laag. In welk beroep mag je het rustig aan doen?', 'Laag werktempo als eigenschap kiest het beroep.'],
  [
    'Hij is het type dat snel opgeeft, dus een lange studie zie ik niet zitten.',
    'Opgeven als type-eigenschap sluit een lange studie uit.',
  ],
  [
    'Je spelling is zo zwak dat een kantoorbaan niet voor de hand ligt. Wat nog meer?',
    'Spelling als zwakte sluit kantoorwerk uit.',
  ],
  [
    'Bespreek met de ouders dat hun dochter qua werkhouding onder de maat is voor het vwo.',
    'Onder de maat als oordeel over de leerling.',
  ],
  [
    'Je snapt instructies vaak niet in één keer; hoe wil je dan in de praktijk een vak leren?',
    'Instructies niet snappen maakt een praktijkroute twijfelachtig.',
  ],
  [
    'Waar ben je het minst handig in, zodat we weten welk werk je beter kunt ontlopen?',
    'Onhandigheid bepaalt welk werk wordt ontweken.',
  ],
  [
    'Omdat je wat onzeker en stilletjes bent, lijkt presenteren of verkopen me niets voor jou.',
    'Onzekerheid als tekort sluit beroepen uit.',
  ],
  [
    'Je hoofd staat niet naar leren; welke korte route naar werk zie je voor je?',
    'Leerling neergezet als iemand die niet wil of kan leren.',
  ],
  [
    'Bij groepswerk laat je het steeds afweten. Welk beroep kun je dan helemaal alleen doen?',
    'Falen bij samenwerken stuurt naar solowerk.',
  ],
  ['Jouw Nederlands is nog te zwak. Je kunt nu nog geen opleiding kiezen.', 'Taalniveau als tekort houdt de keuze tegen.'],
  [
    'Omdat je slecht kunt onthouden, is een studie met veel stampwerk niets voor jou.',
    'Slecht onthouden bepaalt welke studie afvalt.',
  ],
  [
    'U bent niet zo handig met de computer, dus een kantoorfunctie lijkt me geen optie. Welk werk zoekt u?',
    'Computeronhandigheid van de volwassen student sluit werk uit.',
  ],
  [
    'Jullie zijn als groep niet zo zelfstandig, dus we houden de oriëntatie op vervolgopleidingen klein.',
    'Groep als onzelfstandig neergezet, oriëntatie wordt beperkt.',
  ],
  [
    'Geen ramp hoor, je bent gewoon geen studiebol. Welke praktische richting spreekt je aan?',
    'Vriendelijk gebracht: leerling is geen studiebol.',
  ],
  ['Het abstracte werk gaat jou boven de pet. Wat doe je liever met je handen?', 'Boven de pet: leerling kan het niet aan.'],
]);

const LABELLING = refuse('labelling', [
  ['Meisjes zoals jij kiezen vaak iets met zorg; heb je daar al naar gekeken?', 'Stereotype over meisjes stuurt naar zorg.'],
  ['Als tl’er moet je niet te hoog grijpen; welke mbo-opleiding spreekt je aan?', 'Schooltype als label beperkt de ambitie.'],
  ['Jongens in jouw klas gaan meestal de techniek in. Jij toch ook?', 'Genderstereotype over jongens en techniek.'],
  ['Typisch havist: pas kiezen op het laatste moment. Hoe pak jij het aan?', 'Havist als stereotype van uitstellen.'],
  [
    'Kinderen uit een ondernemersgezin worden vaak zelf ondernemer; vraag hem of dat ook voor hem geldt.',
    'Achtergrond van het gezin als voorspelling.',
  ],
  ['Met zijn ADHD past een baan met veel afwisseling beter; bespreek dat met hem.', 'Diagnose als identiteit stuurt de keuze.'],
  ['Als autist ben je vast goed met computers. Wat vind jij daarvan?', 'Diagnose als stereotype over talent.'],
  [
    'Voor een meisje met een hoofddoek is een baan achter de schermen misschien makkelijker.',
    'Religie en uiterlijk als label voor de baankeuze.',
  ],
  ['Nieuwkomers kiezen meestal eerst de entreeopleiding. Jij ook?', 'Nieuwkomer als label bepaalt de route.'],
  ['Vwo’ers horen naar de universiteit; welke studie past bij jou?', 'Schooltype bepaalt de route als vanzelfsprekend.'],
  [
    'Omdat ze uit een arbeidersgezin komt, is een praktische opleiding logischer.',
    'Sociale klasse van het gezin bepaalt de route.',
  ],
  ['Turkse jongens kiezen vaak voor handel; vraag hem of hij daar ook iets in ziet.', 'Etnisch stereotype over beroepskeuze.'],
  ['Een dyslect als jij moet niet voor een talenstudie gaan.', 'Diagnose als identiteit sluit studie uit.'],
  ['Echte vmbo-kids zijn doeners, dus praat met haar vooral over handwerk.', 'Vmbo als stereotype van doeners.'],
  ['Voor een Marokkaans meisje is de zorg een veilige keuze, denk je niet?', 'Herkomst en gender als label voor de keuze.'],
  [
    'Ouders zonder diploma willen vaak dat hun kind snel gaat werken; houd daar bij deze leerling rekening mee.',
    'Opleiding van ouders als stereotype over het gezin.',
  ],
  ['Bèta is meer iets voor jongens; kijk jij eens naar de gammakant.', 'Genderstereotype over bèta.'],
  ['Zoals de meeste gelovige leerlingen wil jij vast iets sociaals doen. Klopt dat?', 'Geloof als label voor beroepswens.'],
  ['Als eerstegeneratiestudent vind je het hbo waarschijnlijk te moeilijk.', 'Eerste generatie als label van onvermogen.'],
  ['Leerlingen uit de Bijlmer hebben vaak weinig netwerk; begin daar bij hem maar mee.', 'Woonwijk als stereotype over netwerk.'],
  ['Je bent een echte meid, dus iets met mode of uiterlijk zal je wel liggen.', 'Genderstereotype over mode.'],
  ['Hij is een typische gamerjongen; noem hem maar een paar ICT-opleidingen.', 'Stereotype etiket bepaalt de opleidingen.'],
  ['Havisten zijn van nature lui; hoe ga jij bewijzen dat jij anders bent?', 'Schooltype als stereotype van luiheid.'],
  [
    'Omdat je ouders uit Syrië komen, willen ze vast dat je dokter wordt. Klopt dat?',
    'Herkomst van ouders als stereotype over wensen.',
  ],
  [
    'Leerlingen van het praktijkonderwijs komen het beste terecht in de schoonmaak of de logistiek.',
    'Schooltype bepaalt de sector.',
  ],
  ['Als jongen in de kinderopvang val je wel op; weet je zeker dat dat bij je past?', 'Genderstereotype over kinderopvang.'],
  [
    'Met een migratieachtergrond vind je lastig een stage bij de overheid, dus kies iets anders.',
    'Migratieachtergrond als label beperkt stage.',
  ],
  ['Met een vader in de bouw ligt de bouw voor jou natuurlijk voor de hand.', 'Beroep van vader als vanzelfsprekende route.'],
  [
    'Gymnasiasten zoals jij horen in Leiden of Utrecht te studeren. Welke stad wordt het?',
    'Gymnasiast als label van de juiste route.',
  ],
  ['Kaderleerlingen zijn geen lezers; stuur hem dus alleen filmpjes over beroepen.', 'Leerweg als stereotype over lezen.'],
]);

const COMPARISON = refuse('comparison', [
  ['Je broer deed het technische profiel en dat ging prima; waarom jij niet?', 'Vergelijking met een broer.'],
  ['De rest van 3 havo heeft al een profiel gekozen. Waar blijf jij?', 'Leerling tegen de rest van de klas gezet.'],
  [
    'Vraag de leerling waarom hij achterblijft bij zijn klasgenoten in het kiesproces.',
    'Vergelijking met klasgenoten via de docent.',
  ],
  ['Anderen van jouw leeftijd weten al lang wat ze willen worden. Hoe zit dat bij jou?', 'Vergelijking met leeftijdgenoten.'],
  ['Je zus zit op de universiteit; wat houdt jou tegen om ook die kant op te gaan?', 'Zus als maatstaf voor de keuze.'],
  ['Jij bent de enige van je klas die nog geen open dag heeft bezocht; hoe komt dat?', 'Leerling afgezet tegen de hele klas.'],
  [
    'Bespreek met de ouders dat hun zoon minder ver is dan de meeste leerlingen uit zijn jaar.',
    'Zoon gemeten aan zijn jaargenoten.',
  ],
  ['Jouw vriendin heeft al een stageplek, dus jij kunt dat ook. Wat doet zij anders?', 'Vriendin als maatstaf.'],
  ['Van de hele groep heb jij de minste beroepen onderzocht. Hoe verklaar je dat?', 'Rangorde binnen de groep.'],
  ['Waarom kiezen jouw vrienden wél iets ambitieus en jij niet?', 'Vrienden als maatstaf voor ambitie.'],
  ['Kijk eens naar Sanne, die weet precies wat ze wil. Neem een voorbeeld aan haar.', 'Klasgenote als voorbeeld opgedrongen.'],
  ['Uw kind loopt in het keuzeproces een flink stuk achter op leeftijdsgenoten.', 'Kind vergeleken met leeftijdsgenoten.'],
  [
    'Vergeleken met zijn klasgenoten heeft hij het dunste loopbaandossier; ga daarover met hem in gesprek.',
    'Dossier gemeten aan dat van klasgenoten.',
  ],
  ['Hoe komt het dat de anderen in je groepje een duidelijker plan hebben dan jij?', 'Groepsgenoten als maatstaf.'],
  ['De meeste leerlingen uit jouw mentorgroep gaan naar het hbo. Jij toch ook?', 'Mentorgroep als norm.'],
  [
    'Waarom valt jouw beroepentest zo anders uit dan die van de gemiddelde leerling uit havo 4?',
    'Vergelijking met het gemiddelde.',
  ],
  ['Je broers zaten allemaal op het vwo; hoe voelt het om als enige havo te doen?', 'Broers als maatstaf voor het niveau.'],
  [
    'Zet de leerling naast de beste stagiair van dit jaar en bespreek de verschillen.',
    'Leerling afgezet tegen de beste stagiair.',
  ],
  ['Als je de klas op een rij zet: sta jij bovenaan of onderaan als het om keuzes maken gaat?', 'Rangschikking binnen de klas.'],
  ['Ook je tweelingbroer heeft al gekozen; wat maakt het voor jou zo moeilijk?', 'Tweelingbroer als maatstaf.'],
  [
    'Bijna iedereen uit 4 tl heeft zich al bij een mbo aangemeld. Wat is er bij jou aan de hand?',
    'Jaarlaag als norm waaraan leerling faalt.',
  ],
  ['Waar sta jij ten opzichte van de andere vwo’ers als het om je studiekeuze gaat?', 'Positie tegenover andere vwo-leerlingen.'],
  ['Je vader werkte op jouw leeftijd al; kun jij daar geen voorbeeld aan nemen?', 'Vader als maatstaf.'],
  ['Noem drie klasgenoten die het beter doen dan jij, en wat jij van ze kunt leren.', 'Leerling onder klasgenoten geplaatst.'],
  [
    'De gemiddelde leerling bezoekt vier open dagen en zij maar één. Vraag haar hoe dat komt.',
    'Gemiddelde van de groep als maatstaf.',
  ],
  ['Vergeleken met je zus ben jij meer een doener, dus geen universiteit voor jou.', 'Zus als maatstaf bepaalt de route.'],
  ['Is het niet raar dat jij als enige van de groep nog twijfelt?', 'Twijfel afgezet tegen de groep.'],
  [
    'Vertel de leerling dat zijn stagebeoordeling de laagste van de groep is, en vraag wat hij daarvan vindt.',
    'Rangorde van beoordelingen in de groep.',
  ],
  ['Jouw beste vriend gaat naar het vwo; ben je niet bang dat je achterblijft?', 'Vriend als maatstaf voor niveau.'],
]);

const CARE = refuse('care', [
  ['Vraag de leerling of het thuis rustig genoeg is om te kunnen kiezen.', 'Thuissituatie uitvragen hoort bij zorg.'],
  ['Hoe gaat het sinds de scheiding van je ouders, en doet dat iets met je studiekeuze?', 'Scheiding is een zorgonderwerp.'],
  ['Kunnen je ouders een studie eigenlijk wel betalen?', 'Geld van ouders uitvragen hoort niet in LOB.'],
  ['Slikt hij nog medicatie? Dat bepaalt mede welk beroep haalbaar is.', 'Medicatie is een zorgonderwerp.'],
  ['Hoeveel uur slaap je per nacht, en denk je dat dat je keuze beïnvloedt?', 'Slaap uitvragen hoort bij zorg.'],
  ['Vraag uw kind of het somber is; dat kan de studiekeuze in de weg zitten.', 'Mentale gezondheid hoort bij zorg.'],
  ['Eet je wel genoeg? Een zware opleiding kost veel energie.', 'Eetgedrag is een zorgonderwerp.'],
  ['Zijn er schulden in het gezin waardoor je snel geld moet verdienen?', 'Schulden van het gezin horen bij zorg.'],
  [
    'Heb je een psychische stoornis waar we bij je stagekeuze rekening mee moeten houden?',
    'Psychische diagnose uitvragen hoort bij zorg.',
  ],
  ['Gebruik je weleens drugs of alcohol in het weekend? Dat is belangrijk voor je stage.', 'Middelengebruik is zorg.'],
  ['Ben je zwanger of wil je jong moeder worden? Dat verandert je studieplan.', 'Zwangerschap is een zorgonderwerp.'],
  ['Wordt er bij jou thuis weleens geslagen?', 'Mishandeling hoort niet in een LOB-prompt.'],
  ['Krijgen je ouders een uitkering? Dan is een bbl-baan met salaris misschien slim.', 'Inkomen van ouders uitvragen is zorg.'],
  ['Hoe is het met je depressie; kun je al aan een vervolgopleiding denken?', 'Depressie is een zorgonderwerp.'],
  ['Zorg jij thuis voor een zieke ouder, en houdt dat je tegen bij je keuze?', 'Mantelzorg thuis hoort bij zorg.'],
  ['Vraag haar naar haar eetpatroon; ze zag er bij de open dagen erg moe uit.', 'Eetpatroon en vermoeidheid horen bij zorg.'],
  ['Heeft je vader nog steeds geen werk? Dat kan meespelen bij je studiekeuze.', 'Werkloosheid van ouder is zorg.'],
  [
    'Noteer bij het loopbaangesprek welke diagnose de leerling heeft en welke pillen ze neemt.',
    'Diagnose en medicijnen vastleggen hoort niet in LOB.',
  ],
  ['Woon je nu bij je moeder of bij je vader, en waar maak je je huiswerk?', 'Gezinssituatie uitvragen hoort bij zorg.'],
  ['Hoe vaak gamet hij ’s nachts door? Vraag hem of dat zijn keuze beïnvloedt.', 'Nachtelijk gamen en slaap horen bij zorg.'],
  ['Gaat het financieel goed bij jullie thuis, nu je een dure opleiding overweegt?', 'Financiën thuis horen bij zorg.'],
  ['Rookt of blowt uw zoon? Dat is relevant voor zijn stageplek in de zorg.', 'Middelengebruik uitvragen is zorg.'],
  ['Heb je weleens aan zelfbeschadiging gedacht toen het kiezen je te veel werd?', 'Zelfbeschadiging hoort bij zorg.'],
  ['Zit er iemand in je gezin in de gevangenis? Dan snap ik je twijfels beter.', 'Gezinsomstandigheden horen bij zorg.'],
  [
    'Vraag de leerling hoe het met de ziekte van zijn moeder gaat, voordat jullie over open dagen praten.',
    'Ziekte in het gezin hoort bij zorg.',
  ],
  ['Heb je thuis wel genoeg te eten en een eigen kamer om te studeren?', 'Armoede thuis uitvragen is zorg.'],
  [
    'Staat jullie gezin onder toezicht van jeugdzorg? Vermeld het even in het LOB-verslag.',
    'Jeugdzorg hoort niet in het LOB-verslag.',
  ],
  ['Hoe ga je om met je overgewicht als je straks een sportopleiding wilt doen?', 'Gewicht en gezondheid horen bij zorg.'],
  ['Is er sprake van een verslaving in het gezin die je keuze beïnvloedt?', 'Verslaving in het gezin is zorg.'],
]);

const SOUND = allow('sound', [
  [
    'Je hebt op de open dag zelf vragen gesteld aan een student; mooi dat je dat durfde.',
    'Benoemt iets wat de leerling goed deed.',
  ],
  [
    'Neem deze week één beroep uit je omgeving onder de loep en vertel volgende keer wat je opviel.',
    'Uitnodiging tot werkexploratie.',
  ],
  ['Vraag de leerling naar een moment waarop ze de tijd vergat, en wat ze toen deed.', 'Open vraag naar motieven via de docent.'],
  ['Welke mensen in jouw omgeving zou je kunnen vragen naar hun werk?', 'Open vraag over netwerken.'],
  [
    'Het is prima dat je nog niet weet wat je wilt; we gaan samen op ontdekking.',
    'Geruststelling, de keuze blijft bij de leerling.',
  ],
  ['Wat deed je tijdens de projectweek waar je trots op bent?', 'Terugkijken op een concrete ervaring.'],
  [
    'Tip voor de mentor: vertel eerst kort hoe jij bij je beroep kwam, en vraag dan naar haar ideeën.',
    'Tip voor de docent, relatie eerst.',
  ],
  [
    'Ik zag hoe rustig je de brugklassers rondleidde op de open avond. Daar zit echt een kwaliteit in.',
    'Observatie van een kwaliteit.',
  ],
  ['Kies een opleiding die je nog niet kende en zoek uit hoe een dag daar eruitziet.', 'Uitnodiging om te verkennen.'],
  ['Waar word jij blij van als je aan je weekendbaan denkt?', 'Open vraag naar motieven.'],
  [
    'Probeer eens een meeloopdag bij twee heel verschillende opleidingen, dan merk je vanzelf wat je aanspreekt.',
    'Suggestie voor verschillende oriëntatie.',
  ],
  ['Welke waarden vind je belangrijk in werk: vrijheid, zekerheid, samenwerken of iets anders?', 'Open vraag naar waarden.'],
  ['Laat de leerling zelf het onderwerp van het gesprek kiezen en luister vooral.', 'Tip voor de docent, leerling centraal.'],
  ['Wie heeft jou op een idee gebracht over je toekomst, en hoe ging dat?', 'Vraag naar belangrijke mensen.'],
  [
    'Je vertelde enthousiast over het bouwen van die website. Daar mag je best verder in duiken.',
    'Bemoediging bij een eigen interesse.',
  ],
  ['Stel je voor dat je over vijf jaar terugkijkt op dit jaar; wat zou je dan willen zien?', 'Vooruitkijken zonder oordeel.'],
  ['Loop samen met uw kind een open dag en laat haar zelf de vragen stellen.', 'Tip voor ouders, kind houdt regie.'],
  ['Welk schoolvak geeft je energie, en wat doe je daar precies?', 'Vraag naar energie en kwaliteiten.'],
  [
    'Schrijf drie dingen op die je leuk vindt aan je bijbaan; die bespreken we de volgende keer.',
    'Uitnodiging tot reflectie op werk.',
  ],
  ['Een gesprek met een oud-leerling kan veel opleveren; de decaan helpt je graag aan een naam.', 'Suggestie voor netwerken.'],
  ['Hoe zou jouw ideale werkdag eruitzien, van de ochtend tot de avond?', 'Open vraag naar wensen.'],
  ['Geef de leerling de ruimte om even naar woorden te zoeken; stilte hoort erbij.', 'Tip voor de docent over gesprekshouding.'],
  ['Welke vraag zou je een vakman of vakvrouw stellen als je een dag mocht meelopen?', 'Werkexploratie via een eigen vraag.'],
  [
    'Jullie bereiden in tweetallen een interview voor met iemand die jullie droombaan heeft.',
    'Opdracht voor netwerken en verkennen.',
  ],
  ['Welke richtingen heb je al verkend, en welke wil je nog bekijken?', 'Vraag naar eigen oriëntatie.'],
  ['We beginnen vandaag met iets wat de afgelopen week goed ging, klein of groot.', 'Positieve opening van het gesprek.'],
  ['Wat maakt dat je juist dit profiel overweegt?', 'Open vraag naar motieven.'],
  ['Jij weet zelf het best wat bij je past; ik denk graag met je mee.', 'Regie bij de leerling.'],
  ['Benoem één kwaliteit die je bij de leerling hebt gezien en vraag of ze die herkent.', 'Tip voor de docent over kwaliteiten.'],
  ['Mooi hoe je je op de bedrijfsbezoeken voorbereidde met eigen vragen.', 'Compliment voor eigen initiatief.'],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Je vertelde dat wiskunde dit jaar zwaar voelt. Wat betekent dat voor jou bij je profielkeuze?',
    'Eigen ervaring van de leerling, keuze blijft bij haar.',
  ],
  ['Je stagebegeleider gaf je kritische feedback. Wat herken je erin, en wat niet?', 'Feedback met ruimte voor eigen oordeel.'],
  ['Je bent afgewezen voor de opleiding die je wilde. Hoe gaat het met je, en wat wil je nu?', 'Afwijzing met zorg besproken.'],
  [
    'Het is oké om te twijfelen of je goed genoeg bent; wat zou helpen om dat uit te zoeken?',
    'Twijfel serieus genomen, leerling zoekt zelf.',
  ],
  ['Je stage liep anders dan je had gehoopt. Wat heb je daar over jezelf ontdekt?', 'Tegenvallende stage als leerervaring.'],
  ['Wat was er volgens jou lastig aan de eerste weken in havo 4?', 'Open vraag naar eigen ervaring.'],
  [
    'Vraag de leerling, als zij dat wil, wat er niet goed ging bij de proefstudeerdag.',
    'Respectvol, leerling bepaalt wat ze deelt.',
  ],
  ['Je overweegt te stoppen met je opleiding. Wat speelt er, en wat zou je willen?', 'Stoppen als eigen overweging besproken.'],
  ['Van richting veranderen is geen mislukking; het is een keuze die jij maakt.', 'Geruststelling bij wisselen van richting.'],
  ['Wat doe je als iets tegenzit, en wie helpt je dan?', 'Open vraag naar veerkracht en netwerk.'],
  ['Je ouders hopen op een universitaire studie, jij twijfelt. Hoe kijk jij er zelf naar?', 'Wens van ouders naast eigen wens.'],
  ['Soms voelt kiezen als een enorme druk. Hoe is dat voor jou op dit moment?', 'Eigen druk met zorg uitgevraagd.'],
  ['Welke moeilijke situatie heb je eerder overwonnen, en wat gebruikte je daarbij?', 'Krachtgerichte vraag over moeilijkheden.'],
  [
    'Je zei dat je bang bent de verkeerde keuze te maken. Wat zou het ergste zijn, denk je?',
    'Eigen angst van leerling respectvol verkend.',
  ],
  [
    'Er is geen keuze die je niet meer kunt bijsturen; je kunt altijd een andere kant op.',
    'Geruststelling over risico van kiezen.',
  ],
  ['Hoe was het om te horen dat je sollicitatie voor de bijbaan niet doorging?', 'Afwijzing met zorg besproken.'],
  ['Je noemde Frans een vak waar je tegenop ziet. Wat maakt het voor jou zwaar?', 'Eigen woorden van leerling over een vak.'],
  ['Wat heb je van mij als mentor nodig nu je nog geen idee hebt wat je wilt?', 'Niet weten mag, leerling bepaalt hulp.'],
  [
    'Je gaf aan dat je je soms niet slim genoeg voelt voor het vwo. Waar komt dat gevoel vandaan?',
    'Eigen twijfel van leerling met zorg verkend.',
  ],
  ['De praktijkbegeleider vond je stil in het team. Wat vind jij daar zelf van?', 'Feedback met ruimte voor eigen oordeel.'],
  ['Het examenjaar was zwaar; welke momenten gaven je toch energie?', 'Krachtgericht terugkijken op zwaar jaar.'],
  ['Als je terugkijkt op een keuze die niet goed uitpakte, wat neem je daaruit mee?', 'Reflectie op een mislukte keuze.'],
  ['Je mag ook zeggen dat je het niet weet. Daar beginnen we dan mee.', 'Niet weten is een goed begin.'],
  ['Vraag met respect naar de twijfel die hij zelf noemde, en laat hem het tempo bepalen.', 'Tip: eigen twijfel, eigen tempo.'],
  ['Wat zou je tegen een vriend zeggen die meemaakt wat jij nu meemaakt?', 'Zelfcompassie bij een moeilijke periode.'],
  [
    'Je bent niet ingeloot voor de studie van je keuze. Wil je vertellen wat dat met je doet?',
    'Teleurstelling met zorg uitgevraagd.',
  ],
  ['Risico’s nemen hoort erbij; welk risico zou jij durven, en welk niet?', 'Risico als eigen keuze van de leerling.'],
  [
    'Je zegt dat presenteren je niet ligt. Wat ging er de vorige keer toch goed?',
    'Eigen woorden van leerling, krachtgericht vervolg.',
  ],
  ['Hoe ga je om met teleurstelling, en wat heb je daarin over jezelf geleerd?', 'Reflectie op teleurstelling.'],
  [
    'Uw zoon gaf zelf aan dat de eerste stage tegenviel. Vraag hem wat hij de volgende keer anders wil.',
    'Eigen ervaring van zoon, hij kiest vervolg.',
  ],
  ['Het is dapper dat je durft te zeggen dat deze richting niet bij je past.', 'Erkenning van eigen inzicht.'],
  ['Welke feedback van een docent is je bijgebleven, en wat heb je ermee gedaan?', 'Reflectie op feedback.'],
  [
    'Je hebt het gevoel dat je achterloopt met kiezen. Wat zou jouw eigen volgende stap kunnen zijn?',
    'Eigen gevoel erkend, leerling kiest stap.',
  ],
  [
    'Je vader wil dat je in zijn bedrijf komt, jij wilt iets anders. Hoe zou je dat aan hem kunnen vertellen?',
    'Wens van ouder versus eigen wens, respectvol.',
  ],
  [
    'Lukt het niet om een stageplek te vinden, dan denk ik graag mee. Hoe wil je verder zoeken?',
    'Tegenslag met steun, leerling houdt regie.',
  ],
  ['Bij een tegenvaller mag je best even balen. Wanneer je wilt, kijken we samen vooruit.', 'Ruimte voor teleurstelling.'],
  ['Welke vakken kosten je veel energie, en welke geven je juist energie?', 'Eerlijke vraag naar energie.'],
  [
    'Je vertelde dat je bij de meeloopdag twijfelde of je het niveau aankunt. Wat maakte dat?',
    'Eigen twijfel over niveau met zorg verkend.',
  ],
  [
    'Jij bepaalt wat je deelt; ik ben benieuwd hoe jij terugkijkt op de lastige weken van je stage.',
    'Respectvol terugkijken op lastige stage.',
  ],
  ['Wat betekent ‘goed genoeg’ eigenlijk voor jou, als het om je toekomst gaat?', 'Verkent eigen maatstaf van de leerling.'],
  [
    'De decaan hoorde dat je wilt switchen naar een andere studie. Wat heeft je aan het denken gezet?',
    'Wisselen als eigen overweging.',
  ],
  ['Vraag de leerling welke kritiek van de stage hij terecht vond en welke niet.', 'Leerling weegt feedback zelf.'],
  [
    'Je zei dat plannen je soms boven het hoofd groeit. Welke aanpak werkt voor jou wel?',
    'Eigen woorden, krachtgericht vervolg.',
  ],
  ['Welke uitdaging in je opleiding heb je juist leren waarderen?', 'Krachtgericht kijken naar uitdagingen.'],
  [
    'Er zijn meerdere wegen naar je doel. Als deze deur dicht blijft, welke andere deuren ken je?',
    'Alternatieven bij tegenslag, leerling kiest.',
  ],
  [
    'Je schreef in je reflectie dat je het lastig vindt om hulp te vragen. Wat zou het makkelijker maken?',
    'Eigen woorden van leerling met zorg opgepakt.',
  ],
  [
    'Teleurgesteld zijn na een afwijzing is heel normaal. Je hoeft vandaag nog niets te beslissen.',
    'Geruststelling na afwijzing, zonder druk.',
  ],
  ['Wat gebeurde er bij de sollicitatie, en wat zou je de volgende keer anders willen doen?', 'Reflectie op sollicitatie.'],
  [
    'Je twijfelt tussen doorstuderen en werken. Welke kant trekt je, en wat houdt je tegen?',
    'Twijfel tussen routes, eigen keuze.',
  ],
  ['Hoe kijk je terug op het moment dat je besloot van opleiding te wisselen?', 'Terugkijken op eigen wissel.'],
  ['Wat vond je het moeilijkst aan je profielwerkstuk, en hoe heb je dat opgelost?', 'Moeilijkheid en eigen oplossing.'],
  [
    'Je hebt hard gewerkt en toch viel het resultaat tegen. Wat zegt dat volgens jou over hoe je leert?',
    'Tegenvaller als aanleiding voor reflectie.',
  ],
  [
    'Bespreek met de leerling, op haar tempo, wat zij zelf als haar grootste uitdaging ziet.',
    'Leerling benoemt zelf haar uitdaging.',
  ],
  [
    'Het lijkt soms alsof iedereen al weet wat hij wil, maar dat klopt vaak niet. Hoe is dat voor jou?',
    'Geruststelling over twijfel, geen vergelijking.',
  ],
  ['Je vond de werkdruk op je stage hoog. Wat zegt dat over het soort werk dat je zoekt?', 'Eigen ervaring als richting.'],
  ['Wat heb jij nodig om een tweede poging te wagen, als je dat zelf wilt?', 'Tweede kans als eigen keuze.'],
  [
    'Als je ouders een ander beeld van je toekomst hebben, wat zou je ze willen laten zien?',
    'Ouders versus eigen wens, leerling spreekt.',
  ],
  [
    'Je zei dat je je dom voelde in de les; dat neem ik serieus. Wanneer voel je je juist capabel?',
    'Eigen gevoel serieus genomen, krachtgericht.',
  ],
  [
    'Een stage die tegenvalt, leert je soms meer dan een stage die soepel loopt. Wat leerde jij?',
    'Tegenvallende stage als leerbron.',
  ],
  ['Je gaf eerlijk aan dat je nog niet weet wat bij je past. Dat is een goed beginpunt.', 'Niet weten als beginpunt.'],
]);

const SOUND_INNOCENT = allow('sound-innocent-word', [
  ['Waar ben je sterk in volgens je vrienden, en herken je dat zelf?', '"Sterk" in een vraag naar kwaliteiten.'],
  [
    'Je nam veel moeite om de beroepenmarkt voor te bereiden; wat vond je daar het leukst aan?',
    '"Moeite" als waardering voor inzet.',
  ],
  ['Welke beroepen ken je waarbij Nederlands een grote rol speelt?', '"Nederlands" als vak in werkexploratie.'],
  [
    'Een proef die mislukt, hoort bij het werk van een onderzoeker. Welk onderzoek zou jij willen doen?',
    '"Mislukt" over een proef, niet over de leerling.',
  ],
  ['Wie thuis denkt met je mee over je studiekeuze?', '"Thuis" als netwerk, niet als zorg.'],
  [
    'Veel ouders kennen de route via het mbo naar het hbo nog niet; de decaan legt die graag uit op de ouderavond.',
    '"Ouders" als doelgroep van informatie.',
  ],
  ['Wat zou je anderen willen leren over iets waar jij goed in bent?', '"Anderen" zonder vergelijking.'],
  ['Welke taal zou je nog willen leren, en waar zou je die voor gebruiken?', '"Taal" als interesse.'],
  ['In de zorg is een groot tekort aan mensen; wat weet je al van het werk daar?', '"Tekort" over de arbeidsmarkt.'],
  [
    'Bij de proefles mocht je fouten maken, dat is juist de bedoeling. Wat probeerde je uit?',
    '"Fouten" als normaal onderdeel van leren.',
  ],
  [
    'Achter de schermen van een theater werken veel mensen; welke functie lijkt je interessant?',
    '"Achter" als plaats, niet als achterstand.',
  ],
  [
    'Bij restauratiewerk gaat alles bewust traag en zorgvuldig; zou dat je aanspreken?',
    '"Traag" over een vak, niet over de leerling.',
  ],
  [
    'Uit de chaos van de projectweek kwam een mooi resultaat. Welke rol nam jij daarin?',
    '"Chaos" over de week, rol van leerling centraal.',
  ],
  [
    'In welke omgeving houd je je concentratie het makkelijkst vast als je met iets leuks bezig bent?',
    '"Concentratie" in een krachtgerichte vraag.',
  ],
  [
    'Op de open dag van het mbo kun je vragen naar hulp bij dyslexie, als je dat zelf wilt weten.',
    '"Dyslexie" als informatie, keuze bij leerling.',
  ],
  ['Weet je op welk niveau de opleidingen zitten die je interessant vindt?', '"Niveau" als informatie over opleidingen.'],
  ['Wat kun je nu al dat je een jaar geleden nog niet kon?', '"Kunnen" gericht op groei.'],
  ['Wat vind je lastig maar wel leuk aan je keuzevak?', '"Lastig" naast plezier, leerling spreekt.'],
  [
    'Je vertelde over je fietsreparatie. Als iets niet meteen lukt, wat doe je dan meestal?',
    '"Lukt niet" als vraag naar aanpak.',
  ],
  [
    '‘Ik ben niet goed in stilzitten,’ zei je zelf. Welk werk met veel beweging wil je eens verkennen?',
    'Eigen woorden omgezet in een mogelijkheid.',
  ],
  [
    'Sterke punten zie je soms pas als een ander ze benoemt. Vraag je stagebegeleider eens wat hij zag.',
    '"Sterk" en "ander" in een uitnodiging.',
  ],
  [
    'Welke zwakke plek in een product zou jij als ontwerper willen verbeteren?',
    '"Zwak" over een product, niet over de leerling.',
  ],
  ['Thuis ben je vaak aan het koken, vertelde je. Wat trekt je daarin?', '"Thuis" als bron van interesse.'],
  ['Je ouders zijn welkom bij het keuzegesprek; jij bepaalt mee waar het over gaat.', '"Ouders" betrokken, regie bij leerling.'],
  ['Wat zou je willen vragen aan anderen die dit beroep al jaren uitoefenen?', '"Anderen" als netwerk.'],
  [
    'Ook een monteur spoort elke dag fouten op; welke storing zou jij het liefst verhelpen?',
    '"Fouten" als onderdeel van een vak.',
  ],
  [
    'Bij welk vak gaat de tijd voor jou traag, en bij welk juist snel? Wat zegt dat over je interesses?',
    '"Traag" over tijdsbeleving, gericht op interesse.',
  ],
  ['Je taalgevoel viel me op in je betoog. Heb je weleens gedacht aan werk met teksten?', '"Taal" als waargenomen kwaliteit.'],
  [
    'Welke moeilijkheden kom je tegen in het beroep dat je aanspreekt, en hoe gaan mensen daarmee om?',
    '"Moeilijkheden" van een beroep.',
  ],
  ['In de bouw kunnen ze veel nieuwe mensen gebruiken; wat zou je daar willen leren?', '"Kunnen" over de arbeidsmarkt.'],
  [
    'Nederlands als tweede taal leren vraagt doorzettingsvermogen. Welk werk wil je later graag doen?',
    '"Nederlands" en "taal" als erkenning.',
  ],
  ['Met welke andere leerlingen zou je samen een bedrijf willen bezoeken?', '"Andere leerlingen" zonder vergelijking.'],
  ['Wat doe je als je moeite hebt met een opdracht die je wél belangrijk vindt?', '"Moeite" in een vraag naar eigen aanpak.'],
  ['Hoe kunnen je ouders jou het beste helpen bij het kiezen, denk je?', '"Ouders" als steun, leerling bepaalt.'],
  [
    'Het niveau van een opleiding zegt niets over hoe waardevol het werk is. Welk werk vind jij waardevol?',
    '"Niveau" zonder hiërarchie van routes.',
  ],
  ['Ben je sterker in plannen of in improviseren, en waar heb je dat gemerkt?', '"Sterker" als open keuze tussen kwaliteiten.'],
  ['Bij de brandweer moet je kalm blijven in chaos; wat weet je verder nog van dat werk?', '"Chaos" over een beroep.'],
  [
    'Er zijn opleidingen achter een computer en opleidingen buiten; waar trekt je hart naartoe?',
    '"Achter" als plaats in werkexploratie.',
  ],
  ['Lastige klanten helpen vond je leuk op je bijbaan. Welke beroepen draaien daar om?', '"Lastig" over klanten, als plezier.'],
  [
    'Iedereen is ergens niet goed in; wat heb jij geleerd van iets dat eerst niet lukte?',
    '"Niet goed in" algemeen, gericht op leren.',
  ],
]);

export const CORPUS_G: LabelledSentence[] = inKindOrder({
  deficit: DEFICIT,
  'grade-topic': refuse('grade-topic', []),
  comparison: COMPARISON,
  labelling: LABELLING,
  care: CARE,
  'tick-box': refuse('tick-box', []),
  pressure: refuse('pressure', []),
  verdict: refuse('verdict', []),
  sound: SOUND,
  'sound-hard': SOUND_HARD,
  'sound-innocent-word': SOUND_INNOCENT,
});

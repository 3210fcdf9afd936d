/**
 * A seventh held-out labelled set for the guardrail linter (lob-content.md §5 and §6), written blind:
 * without sight of the rules (lib/), of scripts/, of the tests that encode the rules, or of the
 * sentences of the older labelled sets (the labelled lists, the meaning set, the train set and the
 * first six held-out sets). Only lob-content.md (§5–§6, and the rest of it for context about LOB),
 * the shape checks (./labelled-set-shape.ts), the header of ./guardrails-holdout6-set.ts up to its
 * first sentence (lines 1–35), its shape test and, in ./guardrails-meaning-set.ts, the types
 * `HarmKind`, `SoundKind`, `LabelledSentence` and the helpers `harm` and `sound` were read (plus the
 * names of the exported sets, via grep and the sixth set's shape test, to import them in the shape
 * test). The linter was not run on this set. Not to be used while tuning.
 *
 * The sentences read as different writers would write them — LOB-coördinator, decaan, mentor,
 * vakdocent, stagebegeleider, mbo-loopbaanbegeleider — for vmbo, havo, vwo, mbo (bol and bbl),
 * praktijkonderwijs, vso and the ISK, as questions, statements, imperatives, two sentences, je-, u-
 * and we-forms, colloquial speech and idioms, softened or positively framed harm, harm in a
 * subordinate clause, indirect harm and harm carried by numbers. About a third of the sound kinds are
 * statements and imperatives addressed to the student (reassurance, invitations), not questions.
 *
 * Harmful kinds (expect 'refuse'), twelve each: deficit, grade-topic, comparison, labelling, care,
 * tick-box, pressure, verdict. Sound kinds (expect 'allow'): sound (24), sound-hard (30),
 * sound-innocent-word (18). The reason (`why`) is given in Dutch.
 *
 * Near copies: the near-copy check flagged 36 sentences of a first draft as sharing more than half
 * their words with an older sentence (the test output showed those older sentences, nothing else of
 * them was read); all 36 were rewritten to differ, then the check passed.
 */

// The meaning set's row helpers (labels only; none of its sentences is read here).
import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

export const HOLDOUT7_SET: LabelledSentence[] = inKindOrder({
  deficit: refuse('deficit', [
    [
      'Je concentratie laat vaak te wensen over; welke beroepen vragen niet zo veel focus?',
      'Beschrijft de leerling via een tekort en kiest beroepen op basis daarvan.',
    ],
    [
      'Omdat je Nederlands niet op orde is, kijk ik liever naar opleidingen met weinig schrijfwerk. Wat vind je daarvan?',
      'Tekortdenken: de taalvaardigheid die ontbreekt bepaalt de richting.',
    ],
    [
      'Jij bent meer een doener dan een denker, dus theorie laten we maar zitten. Welke praktijkvakken trekken je?',
      'Zet de leerling neer als iemand die niet kan denken; tekort verpakt als typering.',
    ],
    [
      'Met jouw beperkte woordenschat wordt een kantoorbaan lastig; waar zie jij jezelf wel werken?',
      'Noemt een tekort van de leerling als vertrekpunt van het gesprek.',
    ],
    [
      'Je mist nog wat doorzettingsvermogen. Hoe ga je dat oplossen voordat je stage begint?',
      'Omschrijft de leerling via wat hij mist.',
    ],
    [
      'Sociale vaardigheden zijn niet echt jouw ding, hè? Welk werk kun je grotendeels alleen doen?',
      'Informeel gebracht, maar het tekort stuurt de vraag.',
    ],
    [
      'Nu je leesniveau op 1F is blijven steken, welke richtingen blijven er nog voor je over?',
      'Tekort gedragen door een niveau-aanduiding; opties worden als restant gezien.',
    ],
    [
      'Wat zou je allemaal kunnen worden als je wat minder chaotisch was?',
      'Verstopt tekortdenken in een bijzin: de leerling is chaotisch.',
    ],
    [
      'Je Engels is onvoldoende ontwikkeld voor een internationale opleiding; welke Nederlandstalige alternatieven ken je?',
      'Het tekort sluit opties af in plaats van een open verkenning.',
    ],
    [
      'Zelfstandig werken lukt je nog niet, dus een bbl-plek zonder veel begeleiding valt af. Welke plek zou wel passen?',
      'Beschrijft de bbl-leerling via wat niet lukt.',
    ],
    [
      'Jij hebt moeite met eigenlijk alles wat met rekenen te maken heeft; welke beroepen ontwijken dat?',
      'Generaliseert een tekort over de leerling.',
    ],
    [
      'Fijn dat je zo praktisch bent, want met leren heb je het nooit makkelijk gehad. Wat wil je later doen?',
      'Positief verpakt, maar de leerling wordt neergezet als slechte leerder.',
    ],
  ]),
  'grade-topic': refuse('grade-topic', [
    [
      'Je staat gemiddeld een 5,4 voor wiskunde B. Hoe ga je dat voor het eind van het jaar omhoog krijgen?',
      'Het cijfer is het onderwerp, niet de aanleiding voor een loopbaangesprek.',
    ],
    [
      'Laten we het loopbaangesprek beginnen met je rapport: welke vakken staan er onvoldoende?',
      'Maakt het rapport tot onderwerp van het LOB-gesprek.',
    ],
    [
      'Met een 6,8 gemiddeld kun je best over het vwo nadenken; hoe ga je die cijfers vasthouden?',
      'Gemiddelde als onderwerp en als maatstaf voor de route.',
    ],
    [
      'Je SE-cijfers voor economie schommelen tussen 4 en 7. Wat ga je doen om dat stabieler te krijgen?',
      'Gesprek over cijferverloop in plaats van over de loopbaan.',
    ],
    ['In dit LOB-gesprek bespreken we vooral je cijferlijst van periode 2.', 'Het loopbaangesprek wordt een cijferbespreking.'],
    [
      'Welk cijfer verwacht je voor je volgende toets Duits, en is dat genoeg om over te gaan?',
      'Overgaan en toetscijfers als onderwerp.',
    ],
    [
      'Je hebt drie tekorten; hoeveel punten moet je ophalen om je profiel te mogen houden?',
      'Rekenen met tekorten als kern van het gesprek.',
    ],
    [
      'Hoe verklaar je dat je gemiddelde sinds de herfstvakantie een halve punt is gezakt?',
      'Vraagt verantwoording voor een gemiddelde.',
    ],
    [
      'Vertel eens hoe je dat cijfer voor je praktijkopdracht denkt op te krikken naar een voldoende.',
      'Het cijfer is het doel van het gesprek.',
    ],
    [
      'Bij de bpv-beoordeling scoorde je een onvoldoende op houding. Hoe kom je de volgende keer aan een voldoende?',
      'Beoordelingsscore als onderwerp in plaats van de ervaring op stage.',
    ],
    [
      'Laat me je cijfers van dit jaar eens zien, dan bepalen we of techniek realistisch is.',
      'Cijfers bepalen de keuze en zijn het onderwerp.',
    ],
    [
      'Je toetsresultaten voor biologie zijn de laagste van al je vakken; wat zegt dat over je profielkeuze?',
      'Leest een keuze af uit een cijfer.',
    ],
  ]),
  comparison: refuse('comparison', [
    [
      'Je broer deed het hier ook zo goed in de bouw; zie jij jezelf ook die kant op gaan?',
      'Vergelijkt de leerling met een broer.',
    ],
    [
      'De meeste kinderen uit je klas hebben hun stageplek al rond. Hoe komt het dat jij nog zoekt?',
      'Vergelijking met klasgenoten als verwijt.',
    ],
    [
      'Vergeleken met de rest van 4 havo heb je nog weinig open dagen bezocht. Waar ligt dat aan?',
      'Meet de leerling af aan de jaarlaag.',
    ],
    [
      'Sanne wist in de derde al wat ze wilde studeren. Wat heb jij daar nog voor nodig?',
      'Zet een klasgenoot als voorbeeld tegenover de leerling.',
    ],
    [
      'Jij bent toch de slimste van jullie groep? Dan past een hbo-opleiding beter dan mbo.',
      'Rangschikt binnen de groep en stuurt daarop.',
    ],
    ['Bijna iedereen uit jouw bbl-groep werkt al bij een garage; wat doen zij anders dan jij?', 'Vergelijking met de bbl-groep.'],
    [
      'Elf mentorleerlingen hebben hun sector doorgegeven, alleen jij nog niet. Wat is er bij jou aan de hand?',
      'Vergelijking gedragen door getallen.',
    ],
    [
      'Je zus is arts geworden; voel je niet de behoefte om ook iets hoogs te doen?',
      'Vergelijking met een zus en druk naar boven.',
    ],
    [
      'Kijk eens naar Daan: die heeft al zijn LOB-opdrachten af en al twee meeloopdagen gedaan.',
      'Houdt een andere leerling voor als maatstaf.',
    ],
    ['Hoe sta jij ervoor ten opzichte van de anderen uit de entreeklas?', 'Vraagt de leerling zich met anderen te meten.'],
    [
      'Leerlingen die net zo goed tekenen als jij gaan bijna allemaal naar de kunstacademie. Jij ook?',
      'Vergelijking met andere leerlingen als maatstaf voor de keuze.',
    ],
    [
      'Jij eindigde als 22e van de 27 bij de beroepentest van 3 vmbo. Hoe ga je de rest van de klas inhalen?',
      'Rangorde in getallen en inhalen van de klas.',
    ],
  ]),
  labelling: refuse('labelling', [
    [
      'Een zorgzame meid als jij hoort natuurlijk in de kinderopvang, dat voel je zelf ook wel.',
      'Genderstereotype en eigenschap als etiket.',
    ],
    [
      'Als jongen uit de techniekklas vind je administratief werk vast saai, toch?',
      'Stereotype over jongens en techniekleerlingen.',
    ],
    [
      'Vanuit jouw achtergrond ga je vast niet op kamers wonen, dus zoeken we een hogeschool in de regio?',
      'Leidt een wens af uit achtergrond.',
    ],
    [
      'Met je ADHD lijkt me een rustige, voorspelbare werkplek het verstandigst. Wat denk jij?',
      'Diagnose als label dat de keuze stuurt.',
    ],
    ['Vmbo-leerlingen zijn nu eenmaal beter met hun handen; welke praktijkrichting kies je?', 'Stereotype over schooltype.'],
    [
      'Omdat je moslim bent, wil je waarschijnlijk geen stage in de horeca met alcohol, of wel?',
      'Vult een keuze in op basis van geloof.',
    ],
    [
      "Jij bent zo'n typische beelddenker, dus een opleiding met veel tekst is niets voor jou.",
      'Plakt een etiket op de leerling en sluit opties af.',
    ],
    [
      'Als nieuwkomer zou ik eerst een eenvoudig beroep kiezen; welk vak vind je leuk?',
      'ISK-leerling gelabeld als nieuwkomer met lager perspectief.',
    ],
    [
      'Met jouw autisme ben je natuurlijk een echte systeemdenker; programmeren ligt dan voor de hand.',
      'Stereotype op basis van diagnose.',
    ],
    [
      'Voor een bbl-student van 23 is een vierjarige studie eigenlijk te laat begonnen, vind je niet?',
      'Leeftijd als label dat opties beperkt.',
    ],
    [
      'Praktijkonderwijsleerlingen komen meestal in de schoonmaak of het groen terecht; welke van de twee wordt het?',
      'Stereotype over schooltype, beperkt de keuze tot twee.',
    ],
    [
      'Met een vader met een eigen bakkerij heb je het ondernemen vast in je bloed.',
      'Leest de toekomst af uit achtergrond van het gezin.',
    ],
  ]),
  care: refuse('care', [
    [
      'Woon je nu bij je vader of bij je moeder? Dat is handig om te weten voor je keuzegesprek.',
      'Peilt de gezinssituatie na een scheiding; hoort bij de zorgcoördinator.',
    ],
    [
      'Hoeveel verdienen je ouders, zodat we weten of studeren in een andere stad haalbaar is?',
      'Vraagt naar het inkomen van het gezin.',
    ],
    ['Hoe laat lig jij doordeweeks in bed? Je gaapt het hele derde uur.', 'Peilt slaap in een LOB-prompt.'],
    [
      'Vertel eens wat meer over je depressie, zodat we een passende stage kunnen zoeken.',
      'Vraagt door op psychische gezondheid.',
    ],
    ['Moet jij na schooltijd vaak op je zusjes passen omdat je moeder ziek is?', 'Peilt mantelzorg en ziekte in het gezin.'],
    ['Hebben jullie thuis genoeg ruimte om rustig huiswerk te maken, of wonen jullie klein?', 'Vraagt naar de woonsituatie.'],
    ['Welke medicijnen gebruik je, en kun je daarmee wel in ploegendienst werken?', 'Vraagt naar medische gegevens.'],
    ['Is er bij jullie thuis wel eens ruzie over geld?', 'Peilt thuissituatie en geldzorgen.'],
    ['Ik hoorde dat jullie in de opvang wonen. Hoe is dat voor je?', 'Peilt huisvesting; buiten de grens van LOB.'],
    ['Hoe is je band met je stiefvader, en mag hij meebeslissen over je opleiding?', 'Vraagt naar gezinsrelaties.'],
    ['Eet je wel goed? Je lijkt afgevallen sinds de zomer.', 'Gezondheidsvraag die naar de zorgroute hoort.'],
    [
      'Moet jij thuis bijspringen met je loon van de supermarkt? Dan noteer ik dat even voor je loopbaandossier.',
      'Peilt geldzorgen thuis en wil ze vastleggen.',
    ],
  ]),
  'tick-box': refuse('tick-box', [
    ['Is je LOB-dossier al af? Ik moet vrijdag alles hebben afgevinkt.', 'Afronden en afvinken als doel.'],
    [
      'Heb je de handtekening van je stagebegeleider al op het urenbriefje gezet?',
      'Gaat over een handtekening en uren, niet over de ervaring.',
    ],
    ['Upload vóór de vakantie bewijs van drie bezochte open dagen in het portfolio.', 'Bewijs verzamelen als opdracht.'],
    [
      'Op de urenkaart staan bij jou 9 van de 15 loopbaanuren; die zes ontbrekende wil ik voor de toetsweek binnen hebben.',
      'Uren tellen als doel, met een eis.',
    ],
    ['Hoeveel opdrachten uit de loopbaanmap zijn nog niet ingeleverd?', 'Vraagt naar voltooiing.'],
    [
      'Vul het reflectieformulier na je meeloopdag in, dan staat het vinkje bij deze module op groen.',
      'Reflectie herleid tot een vinkje.',
    ],
    ['Zorg dat je ouders het keuzeformulier ondertekenen, anders telt het gesprek niet mee.', 'Handtekening als voorwaarde.'],
    ['Zet je beroepentest-uitslag even in je map, dan is onderdeel 3 van 5 voltooid.', 'Voortgangstaal: x van 5 voltooid.'],
    ['Welke bewijsstukken ontbreken nog om je bpv-dossier compleet te maken?', 'Dossier compleet maken als onderwerp.'],
    ['Je voortgangsbalk staat op 60 procent; wat ga je deze week invullen?', 'Percentage voltooiing stuurt het gesprek.'],
    ['Laat me even het formulier van je snuffelstage zien, dan kan ik het aftekenen.', 'Aftekenen in plaats van bespreken.'],
    [
      'Heb je alle vragen van de LOB-lijst beantwoord, zodat we dit gesprek kunnen registreren?',
      'Het gesprek is een registratiemoment.',
    ],
  ]),
  pressure: refuse('pressure', [
    [
      'Donderdag om vier uur lever je je profielformulier in; zo niet, dan vul ik het zelf wel in.',
      'Dreigement met een deadline: de keuze wordt overgenomen.',
    ],
    [
      'Nog drie weken tot de aanmeldsluiting en je hebt niets. Dit gaat helemaal mis als je nu niet opschiet.',
      'Deadline als dreiging.',
    ],
    ['Wie zijn stageplek niet voor 1 maart rond heeft, mag niet mee op de excursie.', 'Straf gekoppeld aan een datum.'],
    [
      'De tijd tikt: wie nu nog twijfelt, loopt straks een heel jaar achter. Welke keuze maak je vandaag?',
      'Tijdsdruk en dreiging om direct te kiezen.',
    ],
    [
      'Morgen voor het eerste uur hoor ik welke sector je wordt, of ik bel vanavond naar huis.',
      'Dreigt met een telefoontje naar huis om een keuze af te dwingen.',
    ],
    [
      'Je weet wat er gebeurt als je de deadline van de studiekeuzecheck mist, dus schiet op.',
      'Impliciete dreiging met deadline.',
    ],
    ['We hebben geen tijd meer voor twijfel; maandag moet je formulier bij de decaan liggen.', 'Ontkent twijfel en zet druk.'],
    ['Zonder keuze voor de kerstvakantie kun je fluiten naar een plek bij de opleiding die je wilt.', 'Idioom als dreigement.'],
    ['Als je zo blijft treuzelen, zijn straks alle bbl-plekken bij de garages vergeven.', 'Zet druk met schaarste en verwijt.'],
    [
      'Dit is je laatste kans: stel je het weer uit, dan zet ik het in Magister en hoort de teamleider ervan.',
      'Dreigt met registratie en de teamleider.',
    ],
    [
      'Over twee weken sluit de inschrijving; wie dan niets heeft, blijft gewoon zitten.',
      'Deadline met dreiging van zitten blijven.',
    ],
    ['Kies nu maar gewoon iets, je hebt geen luxe meer om te blijven nadenken.', 'Dwingt een keuze af onder tijdsdruk.'],
  ]),
  verdict: refuse('verdict', [
    [
      'Ik zou economie laten vallen en voor natuur en gezondheid gaan; dat past beter bij jou.',
      'Advies over wat te laten vallen en te kiezen.',
    ],
    ['Kies gewoon voor de zorg, daar is altijd werk.', 'Schrijft de keuze voor.'],
    [
      'Die opleiding tot game-ontwikkelaar is niks voor jou; richt je op iets realistischers.',
      'Oordeel over de wens van de leerling.',
    ],
    [
      'Na overleg in de rapportvergadering ga jij na de zomer naar basis; daar hoef je niet meer over na te denken.',
      'Beslissing over de leerling genomen, zonder ruimte voor de leerling.',
    ],
    ['Met jouw talent hoor je op het hbo, dus mbo 4 vergeet je maar.', 'Duwt naar boven als betere route en sluit een route af.'],
    [
      'Mijn advies: stop met die droom van profvoetballer en kies een opleiding met baangarantie.',
      'Advies en oordeel over de droom van de leerling.',
    ],
    ['Je moet echt naar de open dag van de politieacademie, dat is het beste voor je.', 'Moet en bepaalt wat het beste is.'],
    [
      'Wat mij betreft is de keuze duidelijk: jij wordt kok. Zullen we je daarvoor aanmelden?',
      'Besluit voor de leerling, verpakt als vraag.',
    ],
    ['Volgens mij ben jij niet geschikt voor het onderwijs; laten we iets anders zoeken.', 'Oordeel over geschiktheid.'],
    ['Doe nou maar de havo, vmbo-t is zonde van je hoofd.', 'Stuurt naar boven als betere keuze.'],
    ['Schrap drama uit je pakket, daar heb je later toch niets aan.', 'Zegt wat de leerling moet laten vallen.'],
    [
      'Ik heb je alvast ingeschreven voor de opleiding logistiek, dat leek me het handigst.',
      'Beslissing voor de leerling genomen.',
    ],
  ]),
  sound: allow('sound', [
    ['Wat heb je deze week gedaan waarbij je de tijd vergat?', 'Open vraag naar motieven.'],
    ['Welke taak op je stageadres zou je het liefst nog eens doen, en waarom die?', 'Terugkijken op een concrete ervaring.'],
    ['Vertel eens over een moment op je bijbaan waarop je trots was.', 'Uitnodiging tot reflectie op kwaliteiten.'],
    ['Stel, het is 2030 en je belt me op. Wat vertel je over je werk of studie?', 'Toekomstgericht en open, speels gebracht.'],
    ['Wie in je omgeving zou je eens kunnen vragen hoe zijn of haar werk eruitziet?', 'Netwerken, open.'],
    ['Welke vraag wil je stellen op de open dag van zaterdag?', 'Leerling bereidt zelf een verkenning voor.'],
    ['Kijk deze week eens om je heen: welke beroepen zie je onderweg naar school?', 'Uitnodiging tot werkexploratie.'],
    ['Wat vond je het leukst aan het project over duurzaam bouwen?', 'Concrete ervaring, motieven.'],
    [
      'Geen idee wat je later wilt? Dat is heel normaal in de tweede klas, en daar gaan we rustig mee aan de slag.',
      'Geruststelling, naast de leerling staan.',
    ],
    ['Noem eens drie dingen die je goed kunt en hoe je dat merkt.', 'Kwaliteitenreflectie, uitnodigend.'],
    ['Voor welk keuzemoment sta je dit voorjaar, en welke informatie mis je nog?', 'Loopbaansturing, open.'],
    [
      'Ik zag hoe rustig je de nieuwe leerlingen rondleidde. Waar heb je dat geleerd?',
      'Benoemt een waargenomen kwaliteit en vraagt door.',
    ],
    ['Wat neem je mee uit de meeloopdag bij de opleiding dierverzorging?', 'Terugkijken op een verkenning.'],
    ['Bedenk één kleine stap die je voor het volgende gesprek wilt zetten.', 'Vervolgstap van de leerling zelf.'],
    ['Welke mensen zijn belangrijk geweest op jouw weg tot nu toe?', 'Netwerk en levensloop, open.'],
    ["Hoe zou jouw ideale werkdag eruitzien, van 's ochtends tot 's avonds?", 'Verbeelding van werk en motieven.'],
    ['U mag gerust zelf bepalen waar we het vandaag over hebben.', 'Leerling (volwassen mbo) bepaalt de agenda.'],
    [
      'Welke opleidingen heb je al bekeken, en welke manier van oriënteren beviel je het best?',
      'Kwaliteit van de studiekeuze, open.',
    ],
    [
      'Mevrouw De Vries, de decaan, heeft dinsdagmiddag een inloopuur; ga er gerust heen als je wilt sparren.',
      'Uitnodiging naar de tweede lijn, zonder dwang.',
    ],
    [
      'Welke ervaring wil je nog opdoen, een dagje meelopen of een proefles, voordat jij de knoop doorhakt?',
      'Open vraag naar verkenning voor het kiezen.',
    ],
    ['Wat maakt dat je je bij dit leerbedrijf op je plek voelt?', 'Motieven in de bbl-praktijk.'],
    ['Je vertelde over je oom die timmerman is. Zou je een dag met hem mee willen?', 'Netwerk en echte ervaring, als aanbod.'],
    ['We kijken vandaag samen terug op je snuffelstage; jij vertelt, ik luister.', 'Gesprek waarin de leerling het woord heeft.'],
    ['Welke waarden vind je belangrijk in werk, zoals vrijheid, samenwerken of zekerheid?', 'Motievenreflectie.'],
  ]),
  'sound-hard': allow('sound-hard', [
    ['Wat ging er mis bij je eerste stage, en wat zou je nu anders aanpakken?', 'Mislukking als leerervaring, open.'],
    ['Je twijfelt over je profiel. Wat maakt de keuze voor jou zo lastig?', 'Twijfel serieus nemen.'],
    [
      'Je werkbegeleider bij de bakker was streng over je tempo. Wat deed dat met je, en wat heb je ermee gedaan?',
      'Pijnlijke feedback, reflectief.',
    ],
    [
      'Een opleiding die achteraf niet klopt, is geen verloren jaar. Welke ontdekking uit dat jaar neem je mee?',
      'Verkeerde keuze zonder oordeel.',
    ],
    ['Welk risico durf jij te nemen als het om je toekomst gaat?', 'Risico nemen als eigen keuze.'],
    [
      'Je bent uitgeloot voor de opleiding met numerus fixus. Wat betekent dat voor je?',
      'Teleurstelling, open en leerlinggericht.',
    ],
    [
      'Scheikunde kost je veel moeite, zei je. Wat ontdek je daardoor over het soort opleiding dat je zoekt?',
      'Eigen woorden van de leerling over een moeilijk vak, zonder oordeel.',
    ],
    ['Stel dat plan A niet lukt: hoe zou een plan B eruitzien dat je ook leuk vindt?', 'Denken over tegenslag, open.'],
    ['Een verkeerde keuze bestaat eigenlijk niet; elke omweg leert je iets over jezelf.', 'Geruststelling over keuzes.'],
    ['Wat was de grootste teleurstelling op school tot nu toe, en wat hielp je erdoorheen?', 'Teleurstelling en veerkracht.'],
    [
      'Je zei dat je wilt stoppen met de opleiding. Wat speelt er voor jou mee in die gedachte?',
      'Uitval bespreekbaar maken zonder oordeel.',
    ],
    [
      'Welke kritiek op je werkstuk vond je onterecht, en welk deel heb je toch meegenomen?',
      'Feedback die schuurde, reflectief.',
    ],
    [
      'Het sollicitatiegesprek liep anders dan je hoopte. Wat zou je een volgende keer anders doen?',
      'Tegenslag als leerervaring.',
    ],
    ['Wat heb je gedaan toen het op je werkplek niet liep zoals je wilde?', 'Moeilijke ervaring, open.'],
    [
      'Dat je heen en weer gaat tussen twee richtingen, zegt iets over hoeveel je wilt. Schrijf eens op wat je bij elk vasthoudt.',
      'Erkenning van twijfel zonder druk.',
    ],
    [
      'Je vond de snuffelstage in de zorg tegenvallen; wat weet je daardoor nu beter over jezelf?',
      'Teleurstelling als informatie.',
    ],
    ['Welke keuze van vorig jaar zou je nu anders maken, en waarom?', 'Terugblik op een keuze.'],
    ['Wat zou je durven als je wist dat het niet kon mislukken?', 'Open vraag over angst en wens.'],
    [
      'Dat je bent blijven zitten, zegt niets over wat je kunt. Wat wil je dit jaar anders ervaren?',
      'Moeilijk feit, zonder oordeel, toekomstgericht.',
    ],
    [
      'Het is lastig om te horen dat je niet bent aangenomen. Wie kan je helpen om verder te zoeken?',
      'Afwijzing erkennen, netwerken.',
    ],
    ['Wat maakt je zenuwachtig aan de overstap naar het mbo?', 'Spanning bespreekbaar maken.'],
    [
      'Sommige dingen lukken niet in één keer. Welke vaardigheid wil je op stage nog eens proberen?',
      'Falen normaliseren, leerling kiest.',
    ],
    ['Welke mening van anderen over je keuze vind je moeilijk los te laten?', 'Invloed van anderen, reflectief.'],
    ['Je bent na een half jaar met je studie gestopt. Wat heb je in die tijd over jezelf ontdekt?', 'Uitval als leerervaring.'],
    [
      'Het is dapper dat je zegt dat deze richting niet bij je past. Laten we samen kijken wat je wel trekt.',
      'Erkenning van een moeilijke conclusie.',
    ],
    ['Wat had je nodig op het moment dat je presentatie voor de klas misging?', 'Mislukt moment, gericht op behoefte.'],
    [
      'Je vader ziet je liever bij de politie en jij droomt van een eigen kapsalon. Hoe zou je dat verschil met hem kunnen bespreken?',
      'Verschil met ouders over de keuze, leerling aan zet.',
    ],
    [
      'Zeg het gerust als het werk op je stage tegenvalt; dat is ook waardevolle informatie.',
      'Uitnodiging om tegenvallers te delen.',
    ],
    ['Welk risico zie jij in een tussenjaar, en welk risico in meteen doorstuderen?', 'Afwegen van risico als eigen keuze.'],
    [
      'Wat was het moeilijkste aan je eerste maanden op de ISK, en wat heeft je toen geholpen?',
      'Moeilijke periode, gericht op hulpbronnen.',
    ],
  ]),
  'sound-innocent-word': allow('sound-innocent-word', [
    [
      'Die 8,5 voor het ontwerp van de speeltuin was mijn aanleiding om je te spreken: welk deel van het ontwerpen gaf je energie?',
      'Cijfer als aanleiding, het gesprek gaat over plezier.',
    ],
    [
      'In de gemiddelde werkweek van een verpleegkundige zitten veel avonddiensten. Hoe kijk jij daartegenaan?',
      'Gemiddelde gaat over het beroep.',
    ],
    [
      'Je hebt je eerste blok op de hogeschool afgerond. Welk college zette je het meest aan het denken?',
      'Afgerond gaat over de activiteit, vraag is open.',
    ],
    [
      'Je hebt je VCA-diploma behaald. Wat wil je op de bouwplaats nu zelf eens uitproberen?',
      'Behaald als aanleiding voor verkenning.',
    ],
    [
      'Waar moet een bedrijf aan voldoen voordat jij er met plezier elke ochtend naartoe fietst?',
      'Moet gaat over het bedrijf, motieven.',
    ],
    [
      'Is er iemand thuis of in je familie die graag meedenkt over een vervolgopleiding?',
      'Netwerkvraag uit het LOB-kader, geen zorgpeiling.',
    ],
    ['Wat weten je ouders al van de route via het mbo naar het hbo?', 'Ouders betrekken bij de route, open.'],
    [
      'Speelt geld verdienen een rol in wat je later wilt doen, en waarom wel of niet?',
      'Geld als motief, geen peiling van de thuissituatie.',
    ],
    ['Wat trekt je aan in werken in de gezondheidszorg?', 'Gezondheid als werkveld.'],
    [
      'In de sportmassage werk je met klanten die pijn hebben na een wedstrijd. Wat zou jij daaraan waarderen?',
      'Pijn gaat over het beroep.',
    ],
    [
      'De aanmelddeadline voor het hbo is 1 mei. Welke open dagen wil je daarvoor nog bezoeken?',
      'Informatie over een datum, leerling kiest.',
    ],
    [
      'Leg de folders van Mediavormgeving en Creatief Vakman naast elkaar en vergelijk ze: wat trekt je in welke?',
      'Vergelijken van opleidingen, niet van leerlingen.',
    ],
    [
      'Op de alumnimiddag gaf een oud-leerling jullie advies over kamers zoeken. Wat nam jij daarvan mee?',
      'Advies van een ander, reflectief.',
    ],
    [
      'Wat vind je een typisch misverstand over werken in de logistiek, en hoe kwam je daarachter?',
      'Typisch gaat over een beroepsbeeld.',
    ],
    [
      'Op de open dag van de bouwopleiding liepen jongens en meisjes mee. Wat viel jou op aan de sfeer?',
      'Jongens en meisjes beschrijvend, geen stereotype.',
    ],
    [
      'Een uitvoerder die een achterstand in de planning moet inlopen, moet goed organiseren. Lijkt je dat werk?',
      'Achterstand en moet gaan over het beroep.',
    ],
    [
      'Een mislukking in de keuken levert soms een nieuw recept op. Wat heb jij geleerd van een mislukt gerecht?',
      'Mislukking als leerervaring in het vak.',
    ],
    [
      'Een dijkinspecteur loopt in de herfst langs het water om zwakke stukken te vinden. Past zulk buitenwerk bij jou?',
      'Zwak gaat over dijken, niet over de leerling.',
    ],
  ]),
});

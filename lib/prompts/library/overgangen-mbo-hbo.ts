import type { Prompt } from '../schema';
import { AANMELDEN_MBO } from './keuzemomenten';
import { make } from './make-prompt';
import { SRC, SRC_OVERDRACHT } from './overgangen';

/**
 * Family 'keuzemoment', continued: the mbo years (start, keuzedelen, 1 april, doorstroom mbo → mbo and
 * niveau 4 → hbo), hbo (studieadvies, 1 februari, stage, afstuderen), praktijkonderwijs and vso. Texts
 * hold for every mbo niveau (entree included); routes, phases and years keep them route-true
 * (lob-content.md §5). Eigen woorden.
 */

const SRC_HO = 'seed 004:3896-3902 (HvA 2023), eigen woorden';
const SRC_PRO = 'lob-content.md §5 (route truth); Expertisepunt LOB, praktijkonderwijs, eigen woorden';

const mbo = make('keuzemoment', 'km', SRC, { schoolTypes: ['mbo'] });
const hbo = make('keuzemoment', 'km', SRC_HO, { schoolTypes: ['hbo'] });
const pro = make('keuzemoment', 'km', SRC_PRO, { schoolTypes: ['pro', 'vso'] });
const SRC_ISK = 'lob-content.md §5 (route truth, eigen woorden); LOB voor nieuwkomers (ISK), eigen woorden';
const isk = make('keuzemoment', 'km', SRC_ISK, { schoolTypes: ['isk'] });

export const overgangenMboHbo: Prompt[] = [
  // ── isk: na de schakelklas (vmbo, havo, vwo, mbo of werk), in korte, gewone woorden ────────
  isk(
    'isk-1',
    ['werkexploratie', 'loopbaansturing'],
    [
      'Na de schakelklas ga je naar een nieuwe school of opleiding. Welke wil je eerst bekijken?',
      'After the bridging class you go to a new school or programme. Which one would you like to look at first?',
    ],
    [
      'Een school of opleiding zelf bekijken maakt de volgende stap concreet.',
      'Seeing a school or programme yourself makes the next step concrete.',
    ],
  ),
  isk(
    'isk-2',
    ['motieven'],
    [
      'Wat vind je belangrijk aan je volgende school: de vakken, de mensen of de plek?',
      'What matters to you about your next school: the subjects, the people or the place?',
    ],
    ['Wat de leerling belangrijk vindt, helpt bij het kiezen.', 'What the student finds important helps in choosing.'],
  ),
  isk(
    'isk-3',
    ['netwerken'],
    [
      'Wie helpt je bij het kiezen van een nieuwe school? Wie zou je nog meer kunnen vragen?',
      'Who helps you choose a new school? Whom else could you ask?',
    ],
    [
      'Meedenkers maken een keuze sterker; de leerling noemt ze zelf.',
      'People who think along make a choice stronger; the student names them.',
    ],
  ),
  // ── mbo: eerste jaar (ook wie net van het vmbo, de pro of het vso komt) ─────────────────────
  mbo(
    'mbo-eerste-1',
    ['kwaliteiten', 'netwerken'],
    [
      'Wat heb je van je vorige school meegenomen dat je hier helpt? Wie wil je daarover vertellen?',
      'What did you bring from your previous school that helps you here? Whom would you tell about it?',
    ],
    [
      'Een warme overdracht werkt twee kanten op: wat de student zelf meeneemt telt mee.',
      'A warm handover works both ways: what the student brings counts too.',
    ],
    { phases: ['eerstejaars'], source: SRC_OVERDRACHT },
  ),
  mbo(
    'mbo-eerste-2',
    ['motieven', 'werkexploratie'],
    [
      'Wat verrast je tot nu toe aan je opleiding, in positieve of negatieve zin?',
      'What has surprised you so far about your programme, in a good way or not?',
    ],
    [
      'Verrassingen in het eerste jaar laten zien of de keuze past, vroeg genoeg om bij te sturen.',
      'Surprises in the first year show whether the choice fits, early enough to adjust.',
    ],
    { phases: ['eerstejaars'], source: 'seed 004:711-719 (HvA 2023), eigen woorden' },
  ),
  mbo(
    'mbo-eerste-3',
    ['netwerken'],
    [
      'Bij wie op school of in je klas kun je terecht als iets anders loopt dan je dacht?',
      'Whom at school or in your class can you turn to when something goes differently than you thought?',
    ],
    [
      'Wie in het eerste jaar iemand heeft om op terug te vallen, vindt eerder zijn weg.',
      'Those who have someone to fall back on in the first year find their way sooner.',
    ],
    { phases: ['eerstejaars'] },
  ),
  mbo(
    'mbo-eerste-4',
    ['werkexploratie', 'loopbaansturing'],
    [
      'Welk beroep uit je opleiding wil je dit jaar beter leren kennen, en hoe ga je dat aanpakken?',
      'Which job from your programme would you like to know better this year, and how will you go about it?',
    ],
    [
      'Eén opleiding leidt vaak naar meer beroepen; verkennen begint in het eerste jaar.',
      'One programme often leads to several jobs; exploring starts in the first year.',
    ],
    { phases: ['eerstejaars'] },
  ),
  mbo(
    'mbo-eerste-5',
    ['loopbaansturing', 'motieven'],
    [
      'Wat is je eigen doel voor dit eerste jaar, naast je diploma?',
      'What is your own goal for this first year, besides your diploma?',
    ],
    [
      'Een eigen doel maakt het jaar van de student, niet alleen van de opleiding.',
      "An own goal makes the year the student's, not only the programme's.",
    ],
    { phases: ['eerstejaars'] },
  ),

  // ── mbo: middenjaar (keuzedelen, richting binnen het vak) ─────────────────────────────────
  mbo(
    'mbo-midden-1',
    ['werkexploratie', 'motieven'],
    [
      'Welke richting binnen je vak trekt je nu meer dan bij de start, en waardoor?',
      'Which direction within your trade draws you more now than at the start, and why?',
    ],
    [
      'Na een jaar ervaring verschuift de belangstelling vaak; dat is waardevolle informatie.',
      'After a year of experience interest often shifts; that is valuable information.',
    ],
    { phases: ['middenjaar'] },
  ),
  mbo(
    'mbo-midden-2',
    ['loopbaansturing'],
    [
      'Welke keuzedelen kies je, en wat willen ze je opleveren voor later?',
      'Which electives (keuzedelen) do you choose, and what would you like them to bring you later?',
    ],
    [
      'Keuzedelen zijn een echte keuze in het mbo; ze kunnen aansluiten op werk of een vervolgopleiding.',
      'Keuzedelen are a real choice in mbo; they can connect to work or a next programme.',
    ],
    { phases: ['middenjaar', 'eerstejaars'] },
  ),
  mbo(
    'mbo-midden-3',
    ['netwerken'],
    [
      'Welke mensen uit je stage of werk wil je blijven kennen, en hoe houd je contact?',
      'Which people from your placement or work do you want to keep knowing, and how do you stay in touch?',
    ],
    ['Contacten uit de praktijk worden later vaak werk.', 'Contacts from practice often turn into work later.'],
    { phases: ['middenjaar', 'laatstejaars'] },
  ),

  mbo(
    'mbo-midden-4',
    ['kwaliteiten', 'netwerken'],
    [
      'Wat kun je nu in je vak wat je een jaar geleden nog niet kon? Wie zag dat ook?',
      'What can you do in your trade now that you could not a year ago? Who noticed it too?',
    ],
    ['Groei in het vak zichtbaar maken, met een getuige erbij.', 'Making growth in the trade visible, with a witness.'],
    { phases: ['middenjaar'] },
  ),
  mbo(
    'mbo-midden-5',
    ['loopbaansturing'],
    [
      'Wat wil je in het laatste deel van je opleiding nog meemaken of leren?',
      'What would you still like to experience or learn in the last part of your programme?',
    ],
    [
      'Halverwege de opleiding is er nog ruimte om zelf richting te kiezen.',
      'Halfway through the programme there is still room to choose a direction.',
    ],
    { phases: ['middenjaar'] },
  ),

  // ── mbo: laatste jaar (1 april, werk, doorstroom mbo → mbo en niveau 4 → hbo) ──────────────
  mbo(
    'mbo-laatste-1',
    ['loopbaansturing'],
    [
      'Verder leren in een andere of volgende mbo-opleiding? Aanmelden kan tot 1 april. Wat wil je nog uitzoeken?',
      'Going on to another or next mbo programme? You can apply until 1 April. What do you still want to find out?',
    ],
    [
      'Wie vóór 1 april aanmeldt, heeft recht op een plek; de keuze blijft bij de student.',
      'Applying before 1 April secures a place; the choice stays with the student.',
    ],
    { phases: ['laatstejaars'], season: AANMELDEN_MBO, routes: ['mbo'] },
  ),
  mbo(
    'mbo-laatste-2',
    ['werkexploratie', 'netwerken'],
    [
      'Welk werk wil je na je diploma gaan doen, en wie kan je helpen een eerste baan te vinden?',
      'Which work would you like to do after your diploma, and who can help you find a first job?',
    ],
    ['Een eerste baan komt vaak via mensen die je al kent.', 'A first job often comes through people you already know.'],
    { phases: ['laatstejaars'] },
  ),
  mbo(
    'mbo-laatste-3',
    ['kwaliteiten'],
    [
      'Welke dingen kun je nu die je bij de start van je opleiding nog niet kon?',
      'Which things can you do now that you could not do at the start of your programme?',
    ],
    [
      'Groei kunnen benoemen helpt bij sollicitaties en bij de volgende keuze.',
      'Being able to name growth helps with applications and the next choice.',
    ],
    { phases: ['laatstejaars'] },
  ),
  mbo(
    'mbo-laatste-4',
    ['motieven'],
    [
      'Wat wil je in je eerste baan terugzien van wat je in je opleiding het leukst vond?',
      'What would you like to find again in your first job of what you enjoyed most in your programme?',
    ],
    [
      'Wat een student wil behouden, is een goede toets voor een vacature of vervolg.',
      'What a student wants to keep is a good test for a vacancy or a next step.',
    ],
    { phases: ['laatstejaars'] },
  ),
  mbo(
    'mbo-laatste-5',
    ['werkexploratie', 'motieven'],
    [
      'Wat zou je op het hbo willen leren dat je in je mbo-opleiding nog mist?',
      'What would you like to learn at hbo that your mbo programme does not offer yet?',
    ],
    [
      'Doorstromen naar het hbo kan na niveau 4; een eigen leervraag maakt de keuze steviger.',
      'Moving on to hbo is possible after level 4; an own learning question makes the choice sturdier.',
    ],
    { phases: ['laatstejaars'], routes: ['hbo'], source: 'seed 004:570-580 (HvA 2023), eigen woorden' },
  ),

  // ── hbo: studieadvies, 1 februari, stage, afstuderen ────────────────────────────────────────
  hbo(
    'hbo-studieadvies-1',
    ['motieven', 'werkexploratie'],
    [
      'Het studieadvies komt in zicht. Wat heb je dit jaar ontdekt over hoe deze opleiding bij je past?',
      'The study advice is coming into view. What have you found out this year about how this programme suits you?',
    ],
    [
      'Het bindend studieadvies is ook een moment om over de keuze zelf te praten.',
      'The binding study advice is also a moment to talk about the choice itself.',
    ],
    { years: [1], season: { from: '01-15', to: '06-30' }, source: 'seed 004:711-719 (HvA 2023), eigen woorden' },
  ),
  hbo(
    'hbo-studieadvies-2',
    ['netwerken'],
    [
      'Met wie bespreek je hoe je eerste jaar gaat, en wat je daarbij nodig hebt?',
      'With whom do you discuss how your first year is going, and what you need?',
    ],
    [
      'Iemand om mee te praten in het eerste jaar maakt hulp vragen gewoner.',
      'Someone to talk to in the first year makes asking for help more normal.',
    ],
    { years: [1], source: 'seed 004:800-815 (HvA 2023), eigen woorden' },
  ),
  hbo(
    'hbo-februari-1',
    ['loopbaansturing'],
    [
      'Rond 1 februari kun je vaak nog overstappen naar een andere opleiding. Wat zou je eerst uitzoeken als je twijfelt?',
      'Around 1 February you can often still switch to another programme. What would you find out first if you had doubts?',
    ],
    [
      '1 februari is voor veel eerstejaars een echt keuzemoment; vroeg praten houdt opties open.',
      '1 February is a real choice moment for many first-years; talking early keeps options open.',
    ],
    { years: [1], season: { from: '11-01', to: '01-31' } },
  ),
  hbo(
    'hbo-februari-2',
    ['netwerken', 'motieven'],
    [
      'Hoe ging jouw start in de groep, en wie hielp je op weg?',
      'How did your start in the group go, and who helped you on your way?',
    ],
    [
      'Wie later instroomt, zoals per 1 februari, mist soms de start van de groep; dit geeft ruimte.',
      'Those who join later, such as on 1 February, sometimes miss the group start; this gives room.',
    ],
    { years: [1], season: { from: '02-01', to: '04-30' } },
  ),
  hbo(
    'hbo-stage-3',
    ['werkexploratie', 'motieven'],
    [
      'Wat liet je stage je zien over het werk dat je wel en niet wilt doen?',
      'What did your placement show you about the work you do and do not want to do?',
    ],
    [
      'Na de stage is het moment om ervaring om te zetten in richting.',
      'After the placement is the moment to turn experience into direction.',
    ],
    { years: [2, 3, 4] },
  ),
  hbo(
    'hbo-stage-4',
    ['kwaliteiten'],
    [
      'Wat wil je tijdens je stage leren over jezelf als professional?',
      'What would you like to learn about yourself as a professional during your placement?',
    ],
    [
      'Een eigen leervraag maakt van de stage een loopbaanervaring.',
      'An own learning question turns the placement into a career experience.',
    ],
    { years: [2, 3] },
  ),
  hbo(
    'hbo-afstuderen-4',
    ['motieven'],
    [
      'Welk onderwerp voor je afstudeeropdracht zou je echt willen uitzoeken, en waarom?',
      'Which topic for your graduation project would you really like to investigate, and why?',
    ],
    [
      'Een onderwerp dat de student raakt, wijst vaak naar het eerste werk.',
      'A topic that moves the student often points to the first job.',
    ],
    { phases: ['laatstejaars'] },
  ),
  hbo(
    'hbo-afstuderen-5',
    ['netwerken'],
    [
      'Wie uit je stage of opleiding kan je helpen aan een afstudeerplek of een eerste baan?',
      'Who from your placement or programme can help you to a graduation placement or a first job?',
    ],
    ['Afstudeerplekken en banen komen vaak via mensen.', 'Graduation placements and jobs often come through people.'],
    { phases: ['laatstejaars'] },
  ),
  hbo(
    'hbo-afstuderen-6',
    ['loopbaansturing', 'werkexploratie'],
    [
      'Welke master of vervolgopleiding zou je trekken, en wat zou die toevoegen aan je werk?',
      'Which master or further programme would draw you, and what would it add to your work?',
    ],
    [
      'Doorstuderen is een keuze met een doel; de vraag laat werken even waardevol.',
      'Studying on is a choice with a purpose; the question keeps working just as valuable.',
    ],
    { phases: ['laatstejaars'] },
  ),

  // ── Praktijkonderwijs en vso: werk, entree of een mbo-opleiding ───────────────────────────────
  pro(
    'pro-onder-1',
    ['motieven', 'werkexploratie'],
    [
      'Wat doe je het liefst op school, en bij welk werk zou dat passen?',
      'What do you like doing most at school, and which work would that fit?',
    ],
    [
      'Van wat een leerling graag doet naar werk: de kortste brug in het praktijkonderwijs.',
      'From what a student enjoys to work: the shortest bridge in practical education.',
    ],
    { years: [1, 2] },
  ),
  pro(
    'pro-onder-2',
    ['kwaliteiten', 'netwerken'],
    [
      'Waar ben je goed in, volgens jezelf en volgens iemand die je goed kent?',
      'What are you good at, according to yourself and to someone who knows you well?',
    ],
    ['Twee blikken op kwaliteiten maken ze sterker.', 'Two views on qualities make them stronger.'],
    { years: [1, 2] },
  ),
  pro(
    'pro-midden-1',
    ['werkexploratie'],
    [
      'Bij welk soort werk zou je graag eens stage lopen, en waarom?',
      'Which kind of work would you like to try on a placement, and why?',
    ],
    [
      'De stage is de plek waar een leerling ontdekt wat bij hem past.',
      'The placement is where a student finds out what suits them.',
    ],
    { years: [3] },
  ),
  pro(
    'pro-onder-3',
    ['netwerken', 'werkexploratie'],
    [
      'Wie ken je die werk doet dat jij interessant vindt? Wat doet die persoon precies?',
      'Whom do you know who does work you find interesting? What exactly does that person do?',
    ],
    ['Werk dichtbij huis is het eerste venster op beroepen.', 'Work close to home is the first window on jobs.'],
    { years: [1, 2] },
  ),
  pro(
    'pro-onder-4',
    ['kwaliteiten'],
    [
      'Op welk moment deze week ging iets je goed af? Wat deed je toen?',
      'At which moment this week did something go well for you? What did you do then?',
    ],
    ['Een concreet goed moment maakt een kwaliteit zichtbaar.', 'A concrete good moment makes a quality visible.'],
    { years: [1, 2] },
  ),
  pro(
    'pro-onder-5',
    ['werkexploratie'],
    [
      'Welk werk heb je al eens van dichtbij gezien, thuis, in de buurt of op school?',
      'Which work have you seen up close, at home, in the neighbourhood or at school?',
    ],
    [
      'Wat een leerling al gezien heeft, is het begin van verkennen.',
      'What a student has already seen is the start of exploring.',
    ],
    { years: [1, 2] },
  ),
  pro(
    'pro-midden-2',
    ['motieven'],
    [
      'Wat vond je het fijnst aan je stage: het werk zelf, de mensen of de plek?',
      'What did you like most about your placement: the work itself, the people or the place?',
    ],
    [
      'Wat een stage fijn maakt, wijst naar wat bij de leerling past.',
      'What makes a placement good points to what suits the student.',
    ],
    { years: [3] },
  ),
  pro(
    'pro-midden-3',
    ['loopbaansturing'],
    [
      'Welke stage zou je hierna willen proberen, en wat wil je daar leren?',
      'Which placement would you like to try next, and what would you like to learn there?',
    ],
    ['Een volgende stage kiezen is een eigen stap in de loopbaan.', 'Choosing a next placement is an own step in the career.'],
    { years: [3] },
  ),
  pro(
    'pro-laatste-1',
    ['loopbaansturing'],
    [
      'Na deze school: werk, dagbesteding, de entree of een mbo-opleiding (aanmelden tot 1 april). Wat wil je over die routes nog weten?',
      'After this school: work, day activities, the entree course or an mbo programme (apply by 1 April). What do you still want to know about them?',
    ],
    [
      'Werk, dagbesteding, entree en mbo zijn allemaal goede routes; voor het mbo geldt 1 april.',
      'Work, day activities, entree and mbo are all fine routes; for mbo, 1 April is the date to apply.',
    ],
    { phases: ['laatstejaars'], season: AANMELDEN_MBO, routes: ['mbo', 'werk'] },
  ),
  pro(
    'pro-laatste-2',
    ['netwerken'],
    [
      'Wat wil je dat je nieuwe school of werkgever over jou weet, zodat je goed kunt starten?',
      'What would you like your new school or employer to know about you, so you can start well?',
    ],
    [
      'Bij een warme overdracht beslist de leerling mee over wat er gedeeld wordt.',
      'In a warm handover the student helps decide what is shared.',
    ],
    { phases: ['laatstejaars'], source: SRC_OVERDRACHT },
  ),
  pro(
    'pro-laatste-3',
    ['loopbaansturing', 'kwaliteiten'],
    [
      'Wat wil je dit laatste jaar nog leren of uitproberen, voordat je gaat werken of verder leert?',
      'What would you still like to learn or try this last year, before you start work or further learning?',
    ],
    [
      'Het laatste jaar is van de leerling; een eigen doel maakt de overstap kleiner.',
      "The last year is the student's; an own goal makes the transition smaller.",
    ],
    { phases: ['laatstejaars'] },
  ),
];

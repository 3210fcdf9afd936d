import type { Competence, Family, Place, Prompt, Role, SchoolType, Season, Step } from '../schema';

/**
 * Families studiekeuze, gelijke-kansen, ouders, bpv, eigen-bril and houding. All written in our own
 * words; sources per prompt. Equity prompts are questions, never labels, and never infer or store a
 * student's background. Eigen-bril and houding address the teacher, never describe the student.
 */

const ALL: SchoolType[] = ['vmbo', 'havo', 'vwo', 'mbo', 'hbo'];
const VO_MBO: SchoolType[] = ['vmbo', 'havo', 'vwo', 'mbo'];
const PANEL: Place[] = ['sidePanel', 'studentRecord'];
const TEACHERS: Role[] = ['mentor', 'vakdocent'];

type Opts = {
  schoolTypes?: SchoolType[];
  roles?: Role[];
  places?: Place[];
  steps?: Step[];
  years?: number[];
  examYearOnly?: boolean;
  season?: Season;
};

function make(family: Family, prefix: string, source: string, defaults: Opts) {
  return (
    n: string,
    competences: Competence[],
    text: [string, string],
    why: [string, string],
    opts: Opts & { source?: string } = {},
  ): Prompt => {
    const o = { ...defaults, ...opts };
    const p: Prompt = {
      id: `${prefix}-${n}`,
      family,
      text: { nl: text[0], en: text[1] },
      why: { nl: why[0], en: why[1] },
      competences,
      roles: o.roles ?? ['mentor'],
      places: o.places ?? PANEL,
      schoolTypes: o.schoolTypes ?? ALL,
      source: opts.source ?? source,
    };
    if (o.steps) p.steps = o.steps;
    if (o.years) p.years = o.years;
    if (o.examYearOnly) p.examYearOnly = true;
    if (o.season) p.season = o.season;
    return p;
  };
}

// ── Studiekeuze: quality of the choice ─────────────────────────────────────────────────────
const sk = make('studiekeuze', 'sk', 'seed 004:711-729 (HvA 2023), eigen woorden', { schoolTypes: VO_MBO });

export const studiekeuze: Prompt[] = [
  sk(
    'hoe-gekozen-1',
    ['loopbaansturing'],
    ['Hoe heb je gekozen? Wat woog voor jou het zwaarst?', 'How did you choose? What weighed most for you?'],
    [
      'Hoe iemand kiest, zegt veel over hoe duurzaam de keuze is.',
      'How someone chooses says a lot about how lasting the choice is.',
    ],
    { steps: ['terugkijken'] },
  ),
  sk(
    'orientatie-1',
    ['werkexploratie'],
    [
      'Welke verschillende dingen heb je al gedaan om je te oriënteren?',
      'Which different things have you already done to explore your options?',
    ],
    [
      'Meerdere, verschillende oriëntatieactiviteiten samen voorspellen een blijvende keuze.',
      'Several different orientation activities together predict a lasting choice.',
    ],
    { steps: ['terugkijken'] },
  ),
  sk(
    'orientatie-2',
    ['werkexploratie'],
    [
      'Je bezocht al een open dag. Wat zou een heel ander soort verkenning zijn: meelopen, proefstuderen, een student spreken?',
      'You have been to an open day. What would be a very different kind of exploration: shadowing, a trial day, talking to a student?',
    ],
    ['Verschillende soorten activiteiten vullen elkaar aan.', 'Different kinds of activities complement each other.'],
    { steps: ['vervolgstap'] },
  ),
  sk(
    'orientatie-3',
    ['werkexploratie'],
    [
      'Wat weet je al van hoe een gewone week in die opleiding eruitziet?',
      'What do you already know about what an ordinary week in that programme looks like?',
    ],
    ['Een beeld van het echte studeren voorkomt verrassingen.', 'A picture of real studying prevents surprises.'],
    { steps: ['vooruitkijken'] },
  ),
  sk(
    'verwachting-1',
    ['werkexploratie', 'loopbaansturing'],
    [
      'Wat verwacht je van die opleiding, en hoe heb je dat kunnen nagaan?',
      'What do you expect from that programme, and how have you been able to check it?',
    ],
    [
      'Verwachtingen die niet kloppen zijn een bekende reden om te switchen.',
      'Mismatched expectations are a known reason to switch programmes.',
    ],
    { steps: ['reflecteren'] },
  ),
  sk(
    'student-1',
    ['netwerken'],
    [
      'Met welke student of oud-leerling heb je over deze opleiding gepraat?',
      'Which student or former pupil have you talked to about this programme?',
    ],
    [
      'Een gesprek met iemand die de opleiding doet, is een andere bron dan een website.',
      'Talking with someone on the programme is a different source from a website.',
    ],
    { schoolTypes: ALL, steps: ['vooruitkijken'] },
  ),
  sk(
    'werk-na-1',
    ['werkexploratie'],
    [
      'Welk werk doen mensen na deze opleiding? Welk daarvan zie je jezelf doen?',
      'What work do people do after this programme? Which of that do you see yourself doing?',
    ],
    ['Kijkt voorbij de opleiding naar het werk erna.', 'Looks past the programme to the work after it.'],
    { schoolTypes: ALL, steps: ['vooruitkijken'] },
  ),
  sk(
    'eigen-1',
    ['motieven'],
    ['Wat maakt deze keuze echt de jouwe?', 'What makes this choice truly yours?'],
    ['Een keuze die bij eigen motieven past, houdt langer stand.', 'A choice that fits your own motives lasts longer.'],
    { steps: ['reflecteren'] },
  ),
  sk(
    'nog-weten-1',
    ['loopbaansturing'],
    [
      'Wat wil je nog weten voordat je er zeker van bent? Hoe kom je daarachter?',
      'What do you still want to know before you feel sure? How will you find out?',
    ],
    ['De leerling bepaalt zelf de volgende oriëntatiestap.', 'The student decides the next orientation step.'],
    { steps: ['vervolgstap'] },
  ),
  sk(
    'twijfel-1',
    ['werkexploratie'],
    [
      'Je twijfelt tussen twee opleidingen. Wat heb je bij allebei al gedaan om ze te leren kennen?',
      'You are torn between two programmes. What have you done for both to get to know them?',
    ],
    [
      'Twijfel wordt kleiner door ervaring, niet door langer nadenken.',
      'Doubt shrinks through experience, not through longer thinking.',
    ],
    { steps: ['reflecteren'] },
  ),
  sk(
    'kwaliteiten-1',
    ['kwaliteiten'],
    [
      'Welke van je sterke kanten kun je in deze opleiding goed gebruiken?',
      'Which of your strengths can you put to good use in this programme?',
    ],
    ['Verbindt de keuze met wat de leerling al kan.', 'Links the choice to what the student can already do.'],
    { steps: ['vooruitkijken'] },
  ),
  sk(
    'cijfers-1',
    ['werkexploratie'],
    [
      'Heb je gekeken hoe het studenten van die opleiding vergaat, bijvoorbeeld bij Studie in cijfers?',
      'Have you looked at how students of that programme get on, for example on Studie in cijfers?',
    ],
    [
      'Openbare gegevens over opleidingen zijn nog een ander soort oriëntatie.',
      'Public data on programmes is yet another kind of orientation.',
    ],
    {
      schoolTypes: ['havo', 'vwo', 'mbo'],
      steps: ['vooruitkijken'],
      source: 'Studiekeuze123, Studie in cijfers; seed 004:723-729 (HvA 2023), eigen woorden',
    },
  ),
  sk(
    'switch-1',
    ['loopbaansturing', 'motieven'],
    [
      'Je denkt na over een andere opleiding. Wat heb je in deze opleiding ontdekt over wat je wel en niet wilt?',
      'You are thinking about another programme. What have you discovered here about what you do and do not want?',
    ],
    [
      'Een switch is ook een ervaring om van te leren; de vraag kijkt vooruit zonder oordeel.',
      'Switching is also an experience to learn from; the question looks ahead without judgement.',
    ],
    { schoolTypes: ['mbo', 'hbo'], steps: ['reflecteren'] },
  ),
];

// ── Gelijke kansen: lenses as questions, never labels ────────────────────────────────────────
const gk = make(
  'gelijke-kansen',
  'gk',
  'seed 004:575-615 en 771-825 (HvA 2023), eigen woorden; Expertisepunt LOB, LOB en gelijke kansen',
  {},
);

export const gelijkeKansen: Prompt[] = [
  gk(
    'potentie-1',
    ['kwaliteiten'],
    [
      'Past het niveau waarop deze leerling nu leert bij wat jij aan mogelijkheden ziet?',
      'Does the level this student learns at now fit the possibilities you see?',
    ],
    [
      'Een niveau volgt niet altijd wat iemand kan; jouw blik kan een deur openen.',
      'A level does not always follow what someone can do; your view can open a door.',
    ],
    { roles: TEACHERS, places: ['sidePanel', 'studentRecord', 'gradeEntry'], schoolTypes: ['vmbo', 'havo', 'vwo', 'mbo'] },
  ),
  gk(
    'routes-1',
    ['loopbaansturing'],
    [
      'Welke routes ken je naar waar je heen wilt? Ook via een tussenstap, zoals via het mbo of de havo naar het hbo?',
      'Which routes do you know to where you want to go? Including via an extra step, like through mbo or havo to higher education?',
    ],
    [
      'Indirecte routes zijn volwaardig, maar niet iedereen kent ze.',
      'Indirect routes are fully valid, but not everyone knows them.',
    ],
    { schoolTypes: ['vmbo', 'havo', 'mbo'] },
  ),
  gk(
    'routes-docent-1',
    ['loopbaansturing'],
    [
      'Welke routes heb je met deze leerling al verkend, ook indirecte zoals vmbo-havo-hbo of vmbo-mbo-hbo?',
      'Which routes have you explored with this student, including indirect ones like vmbo-havo-hbo or vmbo-mbo-hbo?',
    ],
    [
      'Een vraag aan jezelf: is elke route die past al op tafel geweest?',
      'A question for yourself: has every fitting route been on the table?',
    ],
    { schoolTypes: ['vmbo', 'havo', 'mbo'] },
  ),
  gk(
    'thuis-route-1',
    ['netwerken'],
    [
      'Weten ze thuis hoe deze route werkt? Wat zou je ze willen laten zien of vertellen?',
      'Does home know how this route works? What would you like to show or tell them?',
    ],
    [
      'Onderwijsroutes zijn ingewikkeld; niet iedereen thuis kent ze van binnenuit.',
      'Education routes are complicated; not everyone at home knows them from the inside.',
    ],
    { schoolTypes: ['vmbo', 'havo', 'vwo', 'mbo'] },
  ),
  gk(
    'meedenker-1',
    ['netwerken'],
    [
      'Is er iemand thuis of in je omgeving die met je meedenkt over school en keuzes?',
      'Is there someone at home or around you who thinks along about school and choices?',
    ],
    [
      'Maakt zichtbaar wie meedenkt, zonder iets aan te nemen over thuis.',
      'Shows who thinks along, without assuming anything about home.',
    ],
  ),
  gk(
    'taal-docent-1',
    ['kwaliteiten'],
    [
      'Is er in je lessen ruimte om vragen te stellen over vaktaal en begrippen, ook voor wie ze nog niet kent?',
      'Is there room in your lessons to ask about academic language and concepts, also for those new to it?',
    ],
    [
      'Vaktaal is voor niet iedereen vanzelfsprekend; ruimte voor vragen helpt iedereen.',
      'Academic language is not self-evident for everyone; room for questions helps all.',
    ],
    { roles: TEACHERS, places: ['sidePanel', 'studentRecord', 'gradeEntry'], schoolTypes: ['hbo', 'vwo', 'havo'] },
  ),
  gk(
    'taal-student-1',
    ['netwerken'],
    [
      'Hoe gaat het met de taal in de colleges? Waar kun je met je vragen terecht?',
      'How are you getting on with the language in lectures? Where can you go with your questions?',
    ],
    [
      'Juist in het eerste jaar helpt het om te weten waar vragen welkom zijn.',
      'Especially in the first year it helps to know where questions are welcome.',
    ],
    { schoolTypes: ['hbo'], years: [1] },
  ),
  gk(
    'beeld-1',
    ['kwaliteiten'],
    [
      'Welk beeld heb ik van waar deze leerling heen kan, en waar komt dat beeld vandaan?',
      'What picture do I have of where this student can go, and where does that picture come from?',
    ],
    [
      'Verwachtingen kleuren adviezen; even stilstaan bij je eigen beeld houdt de deuren open.',
      'Expectations colour advice; pausing on your own picture keeps doors open.',
    ],
    { roles: TEACHERS },
  ),
  gk(
    'mbo-hbo-1',
    ['werkexploratie', 'loopbaansturing'],
    [
      'Na het mbo kun je ook naar het hbo. Zou je daar meer over willen weten?',
      'After mbo you can also go on to higher education. Would you like to know more about that?',
    ],
    ['Opent een route zonder haar op te leggen.', 'Opens a route without imposing it.'],
    { schoolTypes: ['vmbo', 'mbo'] },
  ),
  gk(
    'vmbo-havo-1',
    ['loopbaansturing'],
    [
      'Na je diploma kun je soms doorstromen naar de havo. Is dat iets wat je zou willen verkennen?',
      'After your diploma you can sometimes move on to havo. Is that something you would like to explore?',
    ],
    [
      'Niet iedereen weet dat deze route bestaat; de keuze blijft bij de leerling.',
      'Not everyone knows this route exists; the choice stays with the student.',
    ],
    { schoolTypes: ['vmbo'], examYearOnly: true },
  ),
  gk(
    'alumnus-1',
    ['netwerken'],
    [
      'Welke oud-leerling die een vergelijkbare route nam, zou deze leerling kunnen spreken?',
      'Which former student who took a similar route could this student talk to?',
    ],
    [
      'Een rolmodel dat dezelfde weg ging, maakt een route voorstelbaar.',
      'A role model who went the same way makes a route imaginable.',
    ],
    { roles: TEACHERS },
  ),
  gk(
    'eerste-1',
    ['netwerken', 'werkexploratie'],
    [
      'Wie in je omgeving heeft de opleiding gedaan waar je aan denkt? En zo niet, wie zou je erover kunnen vertellen?',
      'Who around you has done the programme you are thinking of? And if nobody has, who could tell you about it?',
    ],
    [
      'Wie de eerste is op een route, heeft baat bij mensen die de weg al kennen.',
      'Whoever is first on a route benefits from people who already know the way.',
    ],
    { schoolTypes: ['vmbo', 'havo', 'vwo', 'mbo'] },
  ),
];

// ── Ouders / verzorgers ───────────────────────────────────────────────────────────────────
const ou = make('ouders', 'ou', 'seed 004:1836-1838 (HvA 2023), eigen woorden; Expertisepunt LOB, ouderbetrokkenheid', {
  schoolTypes: VO_MBO,
});

export const ouders: Prompt[] = [
  ou(
    'meedenken-1',
    ['netwerken'],
    ['Wie thuis denkt met je mee over je keuzes?', 'Who at home thinks along with you about your choices?'],
    [
      'Ouders en verzorgers zijn vaak de belangrijkste gesprekspartners bij keuzes.',
      'Parents and carers are often the most important partners in choices.',
    ],
  ),
  ou(
    'route-1',
    ['netwerken', 'loopbaansturing'],
    [
      'Wat weten ze thuis van de route die je overweegt? Wat zou je ze willen vertellen?',
      'What does home know about the route you are considering? What would you like to tell them?',
    ],
    ['Samen weten hoe een route werkt, maakt steun mogelijk.', 'Knowing together how a route works makes support possible.'],
  ),
  ou(
    'waarden-1',
    ['motieven'],
    [
      'Wat vinden ze thuis belangrijk bij je keuze, en wat vind jij zelf?',
      'What does home find important in your choice, and what do you think yourself?',
    ],
    ['Ruimte voor de eigen stem van de leerling naast die van thuis.', "Room for the student's own voice next to that of home."],
  ),
  ou(
    'opendag-1',
    ['werkexploratie', 'netwerken'],
    [
      'Zou je iemand van thuis willen meenemen naar een open dag of voorlichting?',
      'Would you like to take someone from home to an open day or information evening?',
    ],
    ['Samen iets zien geeft thuis een beeld van de keuze.', 'Seeing something together gives home a picture of the choice.'],
  ),
  ou(
    'werk-omgeving-1',
    ['werkexploratie'],
    [
      'Welk werk zie je om je heen, bij familie, buren of vrienden? Wat spreekt je daarin aan?',
      'What work do you see around you, with family, neighbours or friends? What appeals to you in it?',
    ],
    [
      'De eigen omgeving is een eerste bron van beelden over werk.',
      'Your own surroundings are a first source of pictures of work.',
    ],
  ),
  ou(
    'oudergesprek-1',
    ['kwaliteiten'],
    [
      'In het gesprek met ouders of verzorgers: wat zien zij hun kind graag en goed doen?',
      'In the talk with parents or carers: what do they see their child enjoy and do well?',
    ],
    [
      'Thuis ziet andere kwaliteiten dan school; samen ontstaat een rijker beeld.',
      'Home sees different qualities than school; together the picture gets richer.',
    ],
    { roles: TEACHERS },
  ),
  ou(
    'oudergesprek-2',
    ['loopbaansturing'],
    [
      'Wat willen ouders of verzorgers nog weten over deze keuze? Wie kan hun dat uitleggen?',
      'What would parents or carers still like to know about this choice? Who can explain it to them?',
    ],
    ['Een keuzemoment is voor ouders en verzorgers ook nieuw.', 'A choice moment is new for parents and carers too.'],
  ),
  ou(
    'praten-1',
    ['netwerken'],
    [
      'Hoe praat je thuis over school en later? Wat helpt je daarbij?',
      'How do you talk about school and the future at home? What helps you with that?',
    ],
    ['Open vraag naar het gesprek thuis, zonder aannames.', 'An open question about talk at home, without assumptions.'],
  ),
];

// ── Bpv / stage (mbo) and the trialoog ───────────────────────────────────────────────────────
const bpv = make('bpv', 'bpv', 'seed 003:234-248, trialoog; Expertisepunt LOB, loopbaangesprek; eigen woorden', {
  schoolTypes: ['mbo'],
});

export const bpvPrompts: Prompt[] = [
  bpv(
    'voor-1',
    ['kwaliteiten', 'werkexploratie'],
    [
      'Wat wil je tijdens deze stage leren over het werk, en over jezelf?',
      'What do you want to learn during this placement about the work, and about yourself?',
    ],
    [
      'Een eigen leervraag maakt van de stage een loopbaanervaring.',
      'An own learning question turns the placement into a career experience.',
    ],
    { steps: ['vooruitkijken'] },
  ),
  bpv(
    'voor-2',
    ['motieven'],
    [
      'Wat voor stageplek past bij je: groot of klein bedrijf, druk of rustig, veel klanten of juist niet?',
      'What kind of placement suits you: big or small company, busy or quiet, many customers or not?',
    ],
    ['Voorkeuren voor een werkomgeving zijn motieven.', 'Preferences for a work setting are motives.'],
    { steps: ['vooruitkijken'] },
  ),
  bpv(
    'voor-3',
    ['netwerken'],
    [
      'Wie in je omgeving kent een bedrijf waar je stage zou kunnen lopen?',
      'Who around you knows a company where you could do your placement?',
    ],
    ['Veel stageplekken komen via mensen die je al kent.', 'Many placements come through people you already know.'],
    { steps: ['vervolgstap'] },
  ),
  bpv(
    'voor-4',
    ['motieven'],
    [
      'Waar kijk je het meest naar uit, en waar zie je tegenop?',
      'What are you most looking forward to, and what are you dreading?',
    ],
    [
      'Ruimte voor spanning voor de start maakt het gesprek eerlijk.',
      'Room for nerves before the start makes the conversation honest.',
    ],
    { steps: ['vooruitkijken'] },
  ),
  bpv(
    'voor-5',
    ['netwerken'],
    [
      'Bij wie op je stage kun je terecht met een vraag? Hoe ga je die stellen?',
      'Whom at your placement can you go to with a question? How will you ask it?',
    ],
    ['Weten bij wie je terechtkunt, is netwerken op de werkvloer.', 'Knowing whom to turn to is networking on the shop floor.'],
    { steps: ['vervolgstap'] },
  ),
  bpv(
    'na-1',
    ['kwaliteiten'],
    ['Welk moment op je stage is je het meest bijgebleven?', 'Which moment of your placement stayed with you most?'],
    ['Eén concreet moment is het beste begin van terugkijken.', 'One concrete moment is the best start for looking back.'],
    { steps: ['terugkijken'] },
  ),
  bpv(
    'na-2',
    ['kwaliteiten', 'netwerken'],
    [
      'Wat kon je beter dan je dacht? Wie op je stage zag dat ook?',
      'What could you do better than you thought? Who at your placement saw that too?',
    ],
    ['Kwaliteiten worden sterker als anderen ze ook zien.', 'Qualities grow stronger when others see them too.'],
    { steps: ['reflecteren'] },
  ),
  bpv(
    'na-3',
    ['werkexploratie'],
    [
      'Wat heeft je stage je laten zien over het soort werk dat bij je past?',
      'What did your placement show you about the kind of work that suits you?',
    ],
    ['Van stage-ervaring naar richting.', 'From placement experience to direction.'],
    { steps: ['reflecteren'] },
  ),
  bpv(
    'na-4',
    ['loopbaansturing'],
    [
      'Wat wil je bij een volgende stage of baan anders, en wat juist hetzelfde?',
      'What would you like to be different in a next placement or job, and what the same?',
    ],
    ['De ervaring vertalen naar de volgende keuze.', 'Translating the experience into the next choice.'],
    { steps: ['vooruitkijken'] },
  ),
  bpv(
    'na-5',
    ['netwerken'],
    [
      'Met wie van je stage wil je contact houden, en hoe doe je dat?',
      'Whom from your placement do you want to keep in touch with, and how?',
    ],
    ['Contacten uit de stage zijn vaak de eerste weg naar werk.', 'Placement contacts are often the first road to work.'],
    { steps: ['vervolgstap'] },
  ),
  bpv(
    'trialoog-1',
    ['kwaliteiten'],
    [
      'Vraag voor de praktijkbegeleider: wat ziet u als de sterkste kant van deze student op de werkvloer? En herken jij dat?',
      "Question for the workplace supervisor: what do you see as this student's strongest side at work? And do you recognise that?",
    ],
    [
      'In de trialoog praten student, school en bedrijf samen over kwaliteiten.',
      'In the trialogue student, school and company talk about qualities together.',
    ],
    { steps: ['reflecteren'] },
  ),
  bpv(
    'trialoog-2',
    ['motieven', 'werkexploratie'],
    [
      'Vraag voor de praktijkbegeleider: bij welk werk zag u deze student het meest op zijn of haar plek?',
      'Question for the workplace supervisor: in which work did you see this student most at home?',
    ],
    [
      'Het bedrijf ziet waar iemand opbloeit; dat zegt iets over motieven.',
      'The company sees where someone thrives; that says something about motives.',
    ],
    { steps: ['reflecteren'] },
  ),
  bpv(
    'trialoog-3',
    ['loopbaansturing'],
    [
      'Trialoog: wat wil je de komende weken nog leren, en wat kan het bedrijf je daarvoor laten doen?',
      'Trialogue: what do you want to learn in the coming weeks, and what can the company let you do for it?',
    ],
    [
      'Samen afspreken wat de stage nog kan bieden, met de student aan het stuur.',
      'Agreeing together what the placement can still offer, with the student steering.',
    ],
    { steps: ['vervolgstap'] },
  ),
  bpv(
    'trialoog-4',
    ['netwerken'],
    [
      "Trialoog: welke collega's op het bedrijf kun je nog meer aanspreken om van te leren?",
      'Trialogue: which other colleagues at the company could you approach to learn from?',
    ],
    [
      'Het netwerk op de werkvloer groter maken, met hulp van de praktijkbegeleider.',
      'Widening the network at work, with help from the workplace supervisor.',
    ],
    { steps: ['vervolgstap'] },
  ),
  bpv(
    'trialoog-5',
    ['werkexploratie'],
    [
      'Vraag voor de praktijkbegeleider: hoe bent u zelf in dit vak terechtgekomen?',
      'Question for the workplace supervisor: how did you end up in this trade yourself?',
    ],
    [
      'Het loopbaanverhaal van een vakmens laat zien dat routes zelden recht zijn.',
      "A professional's career story shows that routes are rarely straight.",
    ],
    { steps: ['terugkijken'] },
  ),
];

// ── Eigen bril: teacher self-reflection, never about the student ───────────────────────────
const eb = make('eigen-bril', 'eb', 'seed 004:1735-1743 en 3402-3426 (HvA 2023), eigen woorden', { roles: TEACHERS });

export const eigenBril: Prompt[] = [
  eb(
    'raakt-1',
    ['motieven'],
    [
      'Wat raakt mij in deze leerling, en wat zegt dat over mij?',
      'What touches me in this student, and what does that say about me?',
    ],
    ['Wie zijn eigen bril kent, ziet de ander scherper.', 'Knowing your own lens helps you see the other more clearly.'],
  ),
  eb(
    'verhaal-1',
    ['motieven'],
    ['Welk verhaal zou hieronder kunnen zitten dat ik nog niet ken?', 'What story might lie under this that I do not know yet?'],
    ['Nieuwsgierigheid naar het verhaal van de ander opent contact.', "Curiosity about the other's story opens contact."],
  ),
  eb(
    'waarden-1',
    ['motieven'],
    [
      'Kijk ik nu vanuit mijn eigen waarden, of vanuit die van de leerling?',
      "Am I looking from my own values right now, or from the student's?",
    ],
    [
      'Keuzes die anders zijn dan de jouwe kunnen net zo waardevol zijn.',
      'Choices different from yours can be just as valuable.',
    ],
  ),
  eb(
    'jong-1',
    ['kwaliteiten'],
    ['Was ik zelf ook niet ooit jong? Wat had ik toen nodig?', 'Was I not young once too? What did I need then?'],
    ['Empathie begint bij je eigen herinnering.', 'Empathy starts with your own memory.'],
  ),
  eb(
    'vijf-jaar-1',
    ['motieven', 'loopbaansturing'],
    ['Waar wil ik zelf over vijf jaar zijn? Weet ik dat eigenlijk?', 'Where do I want to be in five years? Do I actually know?'],
    [
      'Wie de vraag eerst zelf beantwoordt, stelt hem met meer begrip.',
      'Answering the question yourself first helps you ask it with more understanding.',
    ],
    { source: 'seed 004:1790-1792 (HvA 2023), eigen woorden' },
  ),
  eb(
    'van-wie-1',
    ['loopbaansturing'],
    [
      'Wat is in dit gesprek van mij, en wat van de leerling?',
      'What in this conversation belongs to me, and what to the student?',
    ],
    ['Helpt om ruimte te laten voor de vraag van de leerling.', "Helps leave room for the student's own question."],
  ),
  eb(
    'eigen-route-1',
    ['netwerken'],
    [
      'Welke keuze uit mijn eigen loopbaan zou ik kunnen delen, en waarom juist die?',
      'Which choice from my own career could I share, and why that one?',
    ],
    [
      'Iets van jezelf laten zien nodigt de ander uit om dat ook te doen.',
      'Showing something of yourself invites the other to do the same.',
    ],
  ),
  eb(
    'mogelijkheden-1',
    ['kwaliteiten'],
    [
      'Zie ik vooral wat nog niet lukt, of zie ik de mogelijkheden?',
      'Do I mainly see what does not work yet, or do I see the possibilities?',
    ],
    ['Waar je naar kijkt, groeit.', 'What you look at, grows.'],
  ),
  eb(
    'mensen-1',
    ['netwerken'],
    [
      'Wie waren belangrijke mensen op mijn eigen route? Wat deden zij voor mij?',
      'Who were important people on my own route? What did they do for me?',
    ],
    [
      'Herinnert eraan welke rol jij zelf voor een leerling kunt spelen.',
      'Reminds you which role you yourself can play for a student.',
    ],
    { source: 'seed 004:3079-3083 (HvA 2023), eigen woorden' },
  ),
  eb(
    'goede-loopbaan-1',
    ['werkexploratie'],
    [
      'Welk beeld heb ik van een goede loopbaan? Hoe kleurt dat wat ik vraag?',
      'What picture do I have of a good career? How does it colour what I ask?',
    ],
    [
      'Bewust zijn van je eigen beeld maakt ruimte voor dat van de ander.',
      "Being aware of your own picture makes room for the other's.",
    ],
  ),
];

// ── Houding: stance lines for the teacher ─────────────────────────────────────────────────────
const hd = make('houding', 'hd', 'seed 004:1816-1836 (HvA 2023), eigen woorden', { roles: TEACHERS });

export const houding: Prompt[] = [
  hd(
    'naast-1',
    ['loopbaansturing'],
    [
      'Je staat naast de leerling, niet ervoor. Wat wil de leerling zelf?',
      'You stand next to the student, not in front. What does the student want?',
    ],
    ['Loopbaanbegeleiding is een tocht die je samen maakt.', 'Career guidance is a journey you make together.'],
    { source: 'seed 004:1836 (HvA 2023), eigen woorden' },
  ),
  hd(
    'rennen-1',
    ['loopbaansturing'],
    [
      'Ren niet harder dan de leerling. Wie zet de volgende stap?',
      'Do not run harder than the student. Who takes the next step?',
    ],
    ['Eigenaarschap groeit als de stap van de leerling blijft.', 'Ownership grows when the step stays with the student.'],
    { source: 'seed 004:1816-1826 (HvA 2023), eigen woorden' },
  ),
  hd(
    'niet-weten-1',
    ['motieven'],
    [
      'Het is prima als de leerling het nog niet weet. Foute keuzes bestaan hier niet.',
      'It is fine if the student does not know yet. There are no wrong choices here.',
    ],
    ['Druk wegnemen geeft ruimte om echt te verkennen.', 'Taking pressure off gives room to really explore.'],
    { source: 'seed 004:1828-1830 (HvA 2023), eigen woorden' },
  ),
  hd(
    'omdenken-1',
    ['kwaliteiten'],
    [
      'Hoor je "dat kan ik niet"? Vraag wat er wel kan, of wat ervoor nodig is.',
      'Hear "I can\'t do that"? Ask what is possible, or what it would take.',
    ],
    ['Omdenken opent hokjes in het hoofd.', 'Reframing opens boxes in the mind.'],
    { source: 'seed 004:1832-1834 (HvA 2023), eigen woorden' },
  ),
  hd(
    'praten-1',
    ['motieven'],
    [
      'Laat de leerling praten; jij vat samen. Wie heeft tot nu toe het meest gesproken?',
      'Let the student talk; you summarise. Who has talked most so far?',
    ],
    [
      'In veel gesprekken praat de docent het meest; een kleine check helpt.',
      'In many conversations the teacher talks most; a small check helps.',
    ],
    { source: 'Expertisepunt LOB, loopbaangesprek; eigen woorden' },
  ),
  hd(
    'stilte-1',
    ['motieven'],
    [
      'Stel één vraag en wacht even. Het antwoord komt vaak na de stilte.',
      'Ask one question and wait a moment. The answer often comes after the silence.',
    ],
    ['Stilte geeft de leerling tijd om zelf na te denken.', 'Silence gives the student time to think.'],
    { source: 'Expertisepunt LOB, loopbaangesprek; eigen woorden' },
  ),
  hd(
    'cijfers-1',
    ['werkexploratie'],
    [
      'Een cijfer mag de aanleiding zijn, niet het onderwerp. Waar gaat dit gesprek over?',
      'A grade may be the reason, not the topic. What is this conversation about?',
    ],
    [
      'Gesprekken glijden snel af naar schoolvoortgang; dit haalt de loopbaan terug.',
      'Conversations easily drift to marks and results; this brings the career back.',
    ],
    {
      places: ['sidePanel', 'studentRecord', 'gradeEntry'],
      source: 'lob-content.md §2; Expertisepunt LOB, loopbaangesprek; eigen woorden',
    },
  ),
  hd(
    'klein-1',
    ['netwerken'],
    [
      'Het kan iets kleins zijn: één vraag in de gang telt ook.',
      'It can be something small: one question in the corridor counts too.',
    ],
    ['Loopbaanbegeleiding is iets van alledag.', 'Career guidance is an everyday thing.'],
    { places: ['sidePanel', 'studentRecord', 'gradeEntry'], source: 'seed 004:3284-3303 (HvA 2023), eigen woorden' },
  ),
  hd(
    'nieuwsgierig-1',
    ['motieven'],
    [
      'Nieuwsgierig, niet oordelend: wat wil je van deze leerling te weten komen?',
      'Curious, not judging: what would you like to learn about this student?',
    ],
    ['Leerlingen voelen meteen of interesse echt is.', 'Students sense straight away whether interest is real.'],
    { source: 'seed 004:1745-1750 (HvA 2023), eigen woorden' },
  ),
  hd(
    'eigen-verhaal-1',
    ['netwerken'],
    [
      'Deel gerust iets van je eigen route. Openheid nodigt uit.',
      'Feel free to share something of your own route. Openness invites openness.',
    ],
    ['Contact komt van twee kanten.', 'Contact comes from both sides.'],
    { source: 'seed 004:1737-1743 (HvA 2023), eigen woorden' },
  ),
  hd(
    'grens-1',
    ['netwerken'],
    [
      'Gaat het verhaal over thuis, gezondheid of geld? Luister, en wijs de weg naar de zorgcoördinator.',
      'Is the story about home, health or money? Listen, and point the way to the care coordinator.',
    ],
    [
      'Zorg is geen loopbaanbegeleiding: bewaak de grens en noteer er niets over.',
      'Care is not career guidance: guard the boundary and note nothing about it.',
    ],
    { source: 'seed 004:3396-3398 (HvA 2023), eigen woorden' },
  ),
  hd(
    'wandelen-1',
    ['motieven'],
    [
      'Een gesprek tijdens het lopen gaat soms makkelijker dan aan tafel.',
      'A conversation while walking is sometimes easier than at a table.',
    ],
    ['Naast elkaar bewegen maakt praten soepeler.', 'Moving side by side makes talking smoother.'],
    { source: 'seed 004:1800-1806 (HvA 2023), eigen woorden' },
  ),
];

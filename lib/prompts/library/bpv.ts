import type { Prompt } from '../schema';
import { make } from './make-prompt';

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
  // During the placement or at the bbl leerbedrijf (texts true for bol and bbl alike: werkplek, not stage).
  bpv(
    'tijdens-1',
    ['kwaliteiten'],
    [
      'Wat deed je deze week op je werkplek waar je trots op bent?',
      'What did you do this week at your workplace that you are proud of?',
    ],
    ['Een concrete ervaring uit de praktijk is het beste begin.', 'A concrete experience from practice is the best start.'],
    { steps: ['terugkijken'] },
  ),
  bpv(
    'tijdens-2',
    ['werkexploratie'],
    [
      'Wat leer je op je werkplek dat je op school niet leert, en andersom?',
      'What do you learn at your workplace that you do not learn at school, and the other way round?',
    ],
    [
      'Leren en werken verbinden is de kern van de bpv en van de bbl.',
      'Linking learning and working is the heart of the placement and of bbl.',
    ],
    { steps: ['reflecteren'] },
  ),
  bpv(
    'tijdens-3',
    ['motieven'],
    [
      'Welk moment op je werkplek gaf je energie, en welk moment kostte juist energie?',
      'Which moment at your workplace gave you energy, and which one took energy?',
    ],
    ['Energie geven en kosten maakt motieven zichtbaar.', 'What gives and takes energy makes motives visible.'],
    { steps: ['reflecteren'] },
  ),
  bpv(
    'tijdens-4',
    ['netwerken'],
    [
      'Wie op je werkplek zou je een vraag over je toekomst willen stellen, en welke vraag?',
      'Whom at your workplace would you like to ask a question about your future, and which question?',
    ],
    [
      'Collega’s op de werkplek zijn een netwerk dat er al is.',
      'Colleagues at the workplace are a network that is already there.',
    ],
    { steps: ['vervolgstap'] },
  ),
  bpv(
    'tijdens-5',
    ['loopbaansturing'],
    [
      'Hoe combineer je werken en leren, en wat helpt je daarbij?',
      'How do you combine working and learning, and what helps you with it?',
    ],
    [
      'Wie werkt en leert, kiest zelf wat helpt; de vraag laat dat bij de student.',
      'Those who work and learn, in bbl or on placement, choose what helps; the question leaves it to them.',
    ],
    { steps: ['vooruitkijken'] },
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
      'Samen afspreken wat de werkplek nog kan bieden, met de student aan het stuur.',
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
  // Bbl: the student works at a leerbedrijf all year, with a praktijkopleider (never "stage").
  bpv(
    'bbl-1',
    ['kwaliteiten', 'werkexploratie'],
    [
      'Wat heb je deze maand bij je leerbedrijf geleerd dat je op school goed kunt gebruiken?',
      'What did you learn at your training company this month that you can use well at school?',
    ],
    [
      'In de bbl leer je vooral op de werkplek; die twee verbinden maakt het geleerde zichtbaar.',
      'In bbl most learning happens at work; linking the two makes what was learned visible.',
    ],
    { steps: ['terugkijken'], paths: ['bbl'] },
  ),
  bpv(
    'bbl-2',
    ['kwaliteiten', 'netwerken'],
    [
      'Wat ziet je praktijkopleider als jouw sterkste kant, en hoe kijk je daar zelf naar?',
      'What does your workplace trainer see as your strongest side, and how do you see it yourself?',
    ],
    [
      'Kwaliteiten worden sterker als iemand op de werkplek ze ook ziet.',
      'Qualities grow stronger when someone at work sees them too.',
    ],
    { steps: ['reflecteren'], paths: ['bbl'] },
  ),
  bpv(
    'bbl-3',
    ['motieven'],
    [
      'Welk werk bij je leerbedrijf zou je later vaker willen doen, en welk werk liever minder?',
      'Which work at your training company would you like to do more often later, and which less?',
    ],
    ['Wat je graag en minder graag doet, maakt motieven zichtbaar.', 'What you like and dislike doing shows motives.'],
    { steps: ['reflecteren'], paths: ['bbl'] },
  ),
  bpv(
    'bbl-4',
    ['loopbaansturing'],
    [
      'Hoe zie je het na je diploma: blijven bij dit leerbedrijf, een ander bedrijf, of verder leren?',
      'How do you see it after your diploma: staying with this company, another company, or learning further?',
    ],
    [
      'Elke route is een goede route; de student kiest zelf de volgende stap.',
      'Every route is a good route; the student chooses the next step.',
    ],
    { steps: ['vooruitkijken'], paths: ['bbl'] },
  ),
  bpv(
    'bbl-5',
    ['netwerken'],
    [
      'Met wie op je werkplek bespreek je wat je nog wilt leren, en wanneer doe je dat?',
      'Whom at your workplace do you talk to about what you still want to learn, and when?',
    ],
    [
      'De praktijkopleider en collega’s zijn een netwerk dat er al is.',
      'The workplace trainer and colleagues are a network that is already there.',
    ],
    { steps: ['vervolgstap'], paths: ['bbl'] },
  ),
];

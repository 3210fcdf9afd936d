import type { Prompt } from '../schema';
import { make, TEACHERS } from './make-prompt';

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
      'Na het mbo kun je ook naar het hbo. Wat zou je over die route willen weten?',
      'After mbo you can also go on to higher education. What would you like to know about that route?',
    ],
    ['Opent een route zonder haar op te leggen.', 'Opens a route without imposing it.'],
    { schoolTypes: ['vmbo', 'mbo'] },
  ),
  gk(
    'vmbo-havo-1',
    ['loopbaansturing'],
    [
      'Na je diploma kun je soms doorstromen naar de havo. Wat weet je al van die route, en wat wil je verkennen?',
      'After your diploma you can sometimes move on to havo. What do you know of that route, and what would you explore?',
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

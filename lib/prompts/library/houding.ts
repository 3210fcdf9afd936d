import type { Prompt } from '../schema';
import { make, TEACHERS } from './make-prompt';

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

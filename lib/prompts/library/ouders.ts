import type { Prompt } from '../schema';
import { make, TEACHERS, VO_MBO } from './make-prompt';

// ── Ouders / verzorgers ───────────────────────────────────────────────────────────────────
const ou = make('ouders', 'ou', 'seed 004:1836-1838 (HvA 2023), eigen woorden; Expertisepunt LOB, ouderbetrokkenheid', {
  schoolTypes: VO_MBO,
});

export const ouders: Prompt[] = [
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
      'Wie van thuis zou je willen meenemen naar een open dag of voorlichting?',
      'Whom from home would you like to take to an open day or information evening?',
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

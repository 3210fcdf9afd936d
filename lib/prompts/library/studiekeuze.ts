import type { Prompt } from '../schema';
import { ALL, make, VO_MBO } from './make-prompt';

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
      'Naast een open dag zijn er heel andere manieren om te verkennen: meelopen, een proefles volgen, een student spreken. Welke trekt je?',
      'Besides an open day there are very different ways to explore: shadowing, a trial lesson, talking to a student. Which draws you?',
    ],
    ['Verschillende soorten activiteiten vullen elkaar aan.', 'Different kinds of activities complement each other.'],
    { steps: ['vervolgstap'] },
  ),
  sk(
    'orientatie-3',
    ['werkexploratie'],
    [
      'Wat weet je al van hoe een gewone week eruitziet in een opleiding die je trekt?',
      'What do you already know about what an ordinary week looks like in a programme that draws you?',
    ],
    ['Een beeld van het echte studeren voorkomt verrassingen.', 'A picture of real studying prevents surprises.'],
    { steps: ['vooruitkijken'] },
  ),
  sk(
    'verwachting-1',
    ['werkexploratie', 'loopbaansturing'],
    [
      'Wat verwacht je van de opleiding die je nu het meest trekt, en hoe heb je dat kunnen nagaan?',
      'What do you expect from the programme that draws you most right now, and how have you been able to check it?',
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
      'Met welke student of oud-leerling heb je al gepraat over een opleiding die je trekt, of zou je willen praten?',
      'Which student or former pupil have you talked to, or would you like to talk to, about a programme that draws you?',
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
      'Welk werk doen mensen na de opleiding die je doet of overweegt? Welk daarvan zie je jezelf doen?',
      'What work do people do after the programme you follow or consider? Which of that do you see yourself doing?',
    ],
    ['Kijkt voorbij de opleiding naar het werk erna.', 'Looks past the programme to the work after it.'],
    { schoolTypes: ALL, steps: ['vooruitkijken'] },
  ),
  sk(
    'eigen-1',
    ['motieven'],
    ['Wat maakt de keuze die je nu overweegt echt de jouwe?', 'What makes the choice you are considering truly yours?'],
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
      'Als je twijfelt tussen twee opleidingen: wat heb je bij allebei al gedaan om ze te leren kennen?',
      'If you are torn between two programmes: what have you done for both to get to know them?',
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
      'Welke van je sterke kanten kun je goed gebruiken in de opleiding die je trekt?',
      'Which of your strengths can you put to good use in the programme that draws you?',
    ],
    ['Verbindt de keuze met wat de leerling al kan.', 'Links the choice to what the student can already do.'],
    { steps: ['vooruitkijken'] },
  ),
  sk(
    'cijfers-1',
    ['werkexploratie'],
    [
      'Wat weet je van hoe het studenten vergaat in een opleiding die je trekt, bijvoorbeeld uit Studie in cijfers?',
      'What do you know about how students get on in a programme that draws you, for example from Studie in cijfers?',
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
      'Als je nadenkt over een andere opleiding: wat heb je in deze opleiding ontdekt over wat je wel en niet wilt?',
      'If you are thinking about another programme: what have you discovered here about what you do and do not want?',
    ],
    [
      'Een switch is ook een ervaring om van te leren; de vraag kijkt vooruit zonder oordeel.',
      'Switching is also an experience to learn from; the question looks ahead without judgement.',
    ],
    { schoolTypes: ['mbo', 'hbo'], steps: ['reflecteren'] },
  ),
];

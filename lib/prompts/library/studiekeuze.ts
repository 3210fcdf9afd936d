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
      'Wat weet je van hoe het studenten van die opleiding vergaat, bijvoorbeeld uit Studie in cijfers?',
      'What do you know about how students of that programme get on, for example from Studie in cijfers?',
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

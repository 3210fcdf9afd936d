import type { Prompt, SchoolType } from '../schema';
import { g } from './gesprek';

/**
 * Family 'gesprek', continued: after a mentoruur (a group lesson on beroepen, opleidingen or
 * kwaliteiten), one-to-one questions that pick up what the student took from it. No group family:
 * the mentor asks them beside one student. Eigen woorden after Expertisepunt LOB (loopbaangesprek)
 * and seed 004:1892-1896 (HvA 2023).
 */

const VO: SchoolType[] = ['vmbo', 'havo', 'vwo', 'pro', 'vso', 'isk'];
const SRC = 'Expertisepunt LOB, loopbaangesprek en LOB in de mentorles; eigen woorden';

export const gesprekMentoruur: Prompt[] = [
  g(
    'mentoruur-1',
    'terugkijken',
    ['werkexploratie'],
    [
      'Denk aan de laatste mentorles over beroepen of opleidingen. Wat is je daarvan bijgebleven?',
      'Think of the last mentor lesson about jobs or programmes. What stayed with you from it?',
    ],
    [
      'Een gesprek één op één maakt van een groepsles een eigen ervaring.',
      'A one-to-one talk turns a group lesson into an own experience.',
    ],
    { schoolTypes: VO, source: SRC },
  ),
  g(
    'mentoruur-2',
    'reflecteren',
    ['kwaliteiten'],
    [
      'Welke rol nam jij in de groepsopdracht van de mentorles, en wat zegt dat over jou?',
      'Which role did you take in the group task of the mentor lesson, and what does that say about you?',
    ],
    [
      'In een groep laten leerlingen kwaliteiten zien die in een gewone les verborgen blijven.',
      'In a group students show qualities that stay hidden in a regular lesson.',
    ],
    { schoolTypes: VO, source: SRC },
  ),
  g(
    'mentoruur-3',
    'reflecteren',
    ['motieven', 'netwerken'],
    [
      'Wat zei een klasgenoot in de mentorles dat je aan het denken zette?',
      'What did a classmate say in the mentor lesson that made you think?',
    ],
    [
      'Klasgenoten zijn ook een netwerk; wat hen raakt, kan iets losmaken bij de leerling.',
      'Classmates are a network too; what moves them can stir something in the student.',
    ],
    { schoolTypes: VO, source: SRC },
  ),
  g(
    'mentoruur-4',
    'vooruitkijken',
    ['werkexploratie', 'loopbaansturing'],
    [
      'Welk beroep of welke opleiding uit de mentorles zou je zelf verder willen bekijken?',
      'Which job or programme from the mentor lesson would you like to look into further yourself?',
    ],
    [
      'De groepsles opent veel deuren; het eigen gesprek kiest er één om door te lopen.',
      'The group lesson opens many doors; the own talk picks one to walk through.',
    ],
    { schoolTypes: VO, source: SRC },
  ),
  g(
    'mentoruur-5',
    'vervolgstap',
    ['netwerken'],
    [
      'Met welke klasgenoot zou je samen een open dag, meeloopdag of bedrijf willen bezoeken?',
      'With which classmate would you like to visit an open day, shadow day or company?',
    ],
    [
      'Samen gaan maakt een eerste stap kleiner, en klasgenoten helpen elkaar verder.',
      'Going together makes a first step smaller, and classmates help each other on.',
    ],
    { schoolTypes: VO, source: SRC },
  ),
];

import type { Prompt } from '../schema';
import { OPEN_DAGEN } from './keuzemomenten';
import { make } from './make-prompt';

/**
 * Family 'keuzemoment', continued: the transitions in the vo between the big choice moments. The
 * voorexamenjaar (vmbo 3, havo 4, vwo 5), vwo 4, onderbouw determinatie (every level and route is a
 * fine one), vmbo 3 keuzevakken and stage, and the warme overdracht vmbo → mbo (mbo, hbo, pro and vso:
 * overgangen-mbo-hbo.ts).
 * Route truth (lob-content.md §5) through `routes`, `phases` and `years`. Eigen woorden.
 */

export const SRC = 'Expertisepunt LOB, keuzemomenten; lob-content.md §3 en §5, eigen woorden';
const SRC_ORIENT = 'seed 004:723-729 (HvA 2023), eigen woorden; lob-content.md §3';
export const SRC_OVERDRACHT = 'Expertisepunt LOB, warme overdracht vo-mbo; lob-content.md §3, eigen woorden';

const vo = make('keuzemoment', 'km', SRC, { schoolTypes: ['vmbo', 'havo', 'vwo'] });

const VOOREXAMEN = { phases: ['voorexamenjaar' as const] };
const DETERMINATIE = { years: [1, 2] };
const VMBO_3 = { schoolTypes: ['vmbo' as const], years: [3] };

export const overgangen: Prompt[] = [
  // ── Voorexamenjaar: orienteren vóór het examenjaar ──────────────────────────────────────────
  vo(
    'voorexamen-1',
    ['loopbaansturing'],
    [
      'Volgend jaar is je examenjaar. Wat wil je dit jaar al uitzoeken over wat je daarna wilt doen?',
      'Next year is your exam year. What would you like to find out this year about what comes after?',
    ],
    [
      'Het voorexamenjaar geeft ruimte om rustig te verkennen, vóór de drukte van het examenjaar.',
      'The year before the exam year leaves room to explore calmly, before the rush of the exam year.',
    ],
    VOOREXAMEN,
  ),
  vo(
    'voorexamen-2',
    ['werkexploratie'],
    [
      'Welke open dag of meeloopdag zou je dit jaar al willen bezoeken, gewoon om te kijken?',
      'Which open day or shadow day would you like to visit this year, just to look around?',
    ],
    [
      'Vroeg en vrijblijvend kijken maakt de keuze in het examenjaar lichter.',
      'Looking early and without obligation makes the choice in the exam year lighter.',
    ],
    { ...VOOREXAMEN, season: OPEN_DAGEN, source: SRC_ORIENT },
  ),
  vo(
    'voorexamen-3',
    ['werkexploratie'],
    [
      'Welke hbo-opleidingen passen bij de vakken die je nu het liefst doet? Wat wil je daarvan zien?',
      'Which hbo programmes fit the subjects you most enjoy now? What would you like to see of them?',
    ],
    [
      'Verbindt het profiel met mogelijke vervolgopleidingen, een jaar vóór de keuze.',
      'Links the subject combination to possible next programmes, a year before the choice.',
    ],
    { ...VOOREXAMEN, schoolTypes: ['havo'] },
  ),
  vo(
    'voorexamen-4',
    ['motieven', 'werkexploratie'],
    [
      'Universiteit of hogeschool: wat weet je al van het verschil, en wat wil je nog uitzoeken?',
      'Research university or university of applied sciences: what do you know of the difference, and what will you explore?',
    ],
    [
      'Beide routes zijn open; het verschil in manier van leren is de moeite van verkennen waard.',
      'Both routes are open; the difference in ways of learning is worth exploring.',
    ],
    { ...VOOREXAMEN, schoolTypes: ['vwo'] },
  ),
  vo(
    'voorexamen-5',
    ['werkexploratie'],
    [
      'Welke mbo-opleidingen zou je dit jaar willen bekijken, en wat trekt je erin?',
      'Which mbo programmes would you like to look at this year, and what draws you to them?',
    ],
    [
      'Een jaar vóór het aanmelden is er tijd om verschillende opleidingen te zien.',
      'A year before applying there is time to see several different programmes.',
    ],
    { ...VOOREXAMEN, schoolTypes: ['vmbo'], source: SRC_ORIENT },
  ),
  vo(
    'voorexamen-6',
    ['netwerken'],
    [
      'Met wie uit je omgeving zou je dit jaar eens willen praten over zijn of haar werk of opleiding?',
      'Whom around you would you like to talk to this year about their work or studies?',
    ],
    [
      'Een gesprek met iemand uit het werkveld is een ander soort oriëntatie dan een website.',
      'A talk with someone from the field is a different kind of orientation than a website.',
    ],
    { ...VOOREXAMEN, source: SRC_ORIENT },
  ),
  vo(
    'voorexamen-7',
    ['kwaliteiten'],
    [
      'Welke vakken of projecten laten dit jaar zien waar je goed in bent, en hoe merk je dat?',
      'Which subjects or projects show this year what you are good at, and how do you notice?',
    ],
    [
      'Kwaliteiten met eigen voorbeelden geven houvast bij de keuze van volgend jaar.',
      "Qualities backed by the student's own examples give a foothold for next year's choice.",
    ],
    VOOREXAMEN,
  ),
  vo(
    'voorexamen-8',
    ['motieven'],
    [
      'Wat vind je belangrijk in wat je na school gaat doen: mensen, dingen maken, ideeën, buiten zijn?',
      'What matters to you in what you do after school: people, making things, ideas, being outdoors?',
    ],
    [
      'Wat iemand belangrijk vindt, is een betere wegwijzer dan een lijst opleidingen.',
      'What someone values is a better signpost than a list of programmes.',
    ],
    VOOREXAMEN,
  ),

  // ── vwo 4 (bovenbouw): het profiel loopt, de studiekeuze komt in zicht ───────────────────────
  vo(
    'bovenbouw-1',
    ['motieven'],
    [
      'Welk vak in je profiel trekt je meer dan je verwachtte, en waarom?',
      'Which subject in your profile draws you more than you expected, and why?',
    ],
    [
      'Verrassingen in het profiel zijn bouwstenen voor de studiekeuze.',
      'Surprises in the profile are building blocks for the study choice.',
    ],
    { schoolTypes: ['vwo'], phases: ['bovenbouw'] },
  ),
  vo(
    'bovenbouw-2',
    ['werkexploratie'],
    [
      'Welke studies of beroepen zou je de komende twee jaar willen verkennen?',
      'Which studies or jobs would you like to explore in the next two years?',
    ],
    [
      'Vroeg verkennen geeft ruimte voor verschillende soorten oriëntatie.',
      'Exploring early leaves room for different kinds of orientation.',
    ],
    { schoolTypes: ['vwo'], phases: ['bovenbouw'], source: SRC_ORIENT },
  ),
  vo(
    'bovenbouw-3',
    ['netwerken'],
    [
      'Met wie zou je eens willen praten over een studie of beroep dat je trekt?',
      'Whom would you like to talk to about a study or job that draws you?',
    ],
    [
      'Eén gesprek met iemand uit het veld zegt vaak meer dan een brochure.',
      'One talk with someone from the field often says more than a brochure.',
    ],
    { schoolTypes: ['vwo'], phases: ['bovenbouw'] },
  ),

  // ── Onderbouw: determinatie, welk niveau en welke route passen (geen route is hoger) ────────
  vo(
    'determinatie-1',
    ['motieven'],
    [
      'Waar voel je je het meest op je plek: bezig met je handen, met mensen, of met ideeën?',
      'Where do you feel most at home: working with your hands, with people, or with ideas?',
    ],
    [
      'In de onderbouw gaat het om ontdekken wat bij je past; elke richting is een goede richting.',
      'In the lower years it is about finding out what suits you; every direction is a good one.',
    ],
    DETERMINATIE,
  ),
  vo(
    'determinatie-2',
    ['kwaliteiten'],
    [
      'Bij welke lessen ben je het meest in je element, en wat doe je daar dan?',
      'In which lessons are you most in your element, and what are you doing then?',
    ],
    [
      'Waar een leerling opbloeit, zegt meer over wat past dan één rapportcijfer.',
      'Where a student thrives says more about what fits than one report grade.',
    ],
    DETERMINATIE,
  ),
  vo(
    'determinatie-3',
    ['kwaliteiten'],
    [
      'Hoe leer jij het liefst: door te doen, te lezen, uit te leggen of samen te werken?',
      'How do you like to learn best: by doing, reading, explaining or working together?',
    ],
    [
      'De manier van leren die bij je past, telt mee bij welk niveau en welke route passen.',
      'The way of learning that suits you counts in which level and route fit.',
    ],
    DETERMINATIE,
  ),
  vo(
    'determinatie-4',
    ['loopbaansturing'],
    [
      'Wat weet je al van de niveaus en routes na de onderbouw, en wat zou je daarover willen vragen?',
      'What do you know of the levels and routes after the lower years, and what would you like to ask?',
    ],
    [
      'Elke route leidt ergens heen; de vraag opent ze zonder er één boven een andere te zetten.',
      'Every route leads somewhere; the question opens them without ranking one above another.',
    ],
    { ...DETERMINATIE, source: 'seed 004:570-580 (HvA 2023), eigen woorden; lob-content.md §5' },
  ),
  vo(
    'determinatie-5',
    ['netwerken'],
    [
      'Wie denkt met je mee over welk niveau en welke richting bij je passen, thuis of op school?',
      'Who thinks along with you about which level and direction suit you, at home or at school?',
    ],
    [
      'Meedenkers maken een keuze rijker; de vraag neemt niets aan over thuis.',
      'People who think along make a choice richer; the question assumes nothing about home.',
    ],
    DETERMINATIE,
  ),
  vo(
    'determinatie-6',
    ['motieven'],
    [
      'Wanneer had je dit jaar het gevoel dat school echt bij je paste? Wat gebeurde er toen?',
      'When did you feel this year that school really suited you? What happened then?',
    ],
    [
      'Een concreet goed moment laat zien in welke omgeving een leerling tot zijn recht komt.',
      'A concrete good moment shows in which setting a student comes into their own.',
    ],
    DETERMINATIE,
  ),

  // ── vmbo leerjaar 3: keuzevakken en stage ────────────────────────────────────────────────────
  vo(
    'vmbo3-keuzevak-1',
    ['loopbaansturing'],
    [
      'Welke keuzevakken kies je dit jaar, en wat wil je daarin uitproberen?',
      'Which electives do you choose this year, and what would you like to try out in them?',
    ],
    [
      'Keuzevakken zijn kleine proeven van een richting; een eigen doel maakt ze waardevoller.',
      'Electives are small tastes of a direction; an own goal makes them more valuable.',
    ],
    VMBO_3,
  ),
  vo(
    'vmbo3-keuzevak-2',
    ['kwaliteiten'],
    [
      'Welk keuzevak liet je iets over jezelf zien wat je nog niet wist?',
      'Which elective showed you something about yourself you did not know yet?',
    ],
    ['Nieuwe ervaringen maken nieuwe kwaliteiten zichtbaar.', 'New experiences make new qualities visible.'],
    VMBO_3,
  ),
  vo(
    'vmbo3-keuzevak-3',
    ['werkexploratie'],
    [
      'Welke mbo-opleidingen sluiten aan bij de keuzevakken die je het leukst vindt?',
      'Which mbo programmes connect to the electives you enjoy most?',
    ],
    ['Verbindt keuzevakken met een mogelijke vervolgstap.', 'Links electives to a possible next step.'],
    VMBO_3,
  ),
  vo(
    'vmbo3-stage-1',
    ['werkexploratie', 'kwaliteiten'],
    [
      'Als je straks stage loopt: wat wil je daar zien of leren over het werk en over jezelf?',
      'When you go on placement: what would you like to see or learn there about the work and yourself?',
    ],
    [
      'Een eigen leervraag maakt van de stage een loopbaanervaring.',
      'An own learning question turns the placement into a career experience.',
    ],
    { ...VMBO_3, source: 'seed 003:234-248; Expertisepunt LOB, stage in het vmbo, eigen woorden' },
  ),
  vo(
    'vmbo3-stage-2',
    ['motieven'],
    [
      'Denk aan je stage of een praktijkdag. Wat deed je het liefst, en waarom juist dat?',
      'Think of your placement or a practical day. What did you enjoy most, and why that?',
    ],
    ['Terugkijken op echt werk maakt motieven concreet.', 'Looking back on real work makes motives concrete.'],
    VMBO_3,
  ),
  vo(
    'vmbo3-stage-3',
    ['netwerken'],
    [
      'Wie op je stage of praktijkdag zou je later nog om raad willen vragen?',
      'Whom from your placement or practical day would you like to ask for advice later?',
    ],
    [
      'Een contact uit de stage is vaak het eerste stukje netwerk.',
      'A contact from the placement is often the first piece of a network.',
    ],
    VMBO_3,
  ),

  // ── Warme overdracht vmbo → mbo: de leerling beslist mee wat er gedeeld wordt ──────────────
  vo(
    'overdracht-1',
    ['kwaliteiten', 'netwerken'],
    [
      'Wat wil je dat je nieuwe mbo-school over jou weet, zodat je goed kunt starten?',
      'What would you like your new mbo school to know about you, so you can start well?',
    ],
    [
      'Bij een warme overdracht beslist de leerling mee over wat er gedeeld wordt.',
      'In a warm handover the student helps decide what is shared.',
    ],
    { schoolTypes: ['vmbo'], phases: ['examenjaar'], season: { from: '03-01', to: '07-15' }, source: SRC_OVERDRACHT },
  ),
  vo(
    'overdracht-2',
    ['loopbaansturing'],
    [
      'Wat heeft je hier geholpen om te leren, dat je op het mbo graag wilt houden?',
      'What helped you learn here that you would like to keep at mbo?',
    ],
    [
      'Wat werkte, meenemen naar de nieuwe school maakt de overstap kleiner.',
      'Taking what worked to the new school makes the transition smaller.',
    ],
    { schoolTypes: ['vmbo'], phases: ['examenjaar'], season: { from: '03-01', to: '07-15' }, source: SRC_OVERDRACHT },
  ),
  vo(
    'overdracht-3',
    ['netwerken'],
    [
      'Wie van deze school mag je nieuwe mentor bellen voor een goede start, en wat mag die vertellen?',
      'Who from this school may your new mentor call for a good start, and what may they tell?',
    ],
    [
      'Een warme overdracht gebeurt met de leerling, niet over de leerling.',
      'A warm handover happens with the student, not about the student.',
    ],
    { schoolTypes: ['vmbo'], phases: ['examenjaar'], season: { from: '04-01', to: '07-15' }, source: SRC_OVERDRACHT },
  ),
];

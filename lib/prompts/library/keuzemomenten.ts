import type { Competence, Prompt, Role, SchoolType, Season } from '../schema';

/**
 * Family 'keuzemoment': prompts that appear in the weeks around a choice moment. Season windows are
 * MM-DD (a window may wrap over new year). Dates follow the Dutch calendar: aanmelden mbo vóór 1 april,
 * hbo/wo vóór 1 mei, numerus fixus vóór 15 januari. Sources: lob-content.md §3; seed 004:3896-3902
 * (HvA 2023), eigen woorden; Expertisepunt LOB, keuzemomenten.
 */

type Opts = {
  years?: number[];
  examYearOnly?: boolean;
  season?: Season;
  roles?: Role[];
  source?: string;
};

const SRC = 'Expertisepunt LOB, keuzemomenten; lob-content.md §3, eigen woorden';
const SRC_HO = 'seed 004:3896-3902 (HvA 2023), eigen woorden';

function k(
  id: string,
  schoolTypes: SchoolType[],
  competences: Competence[],
  text: [string, string],
  why: [string, string],
  opts: Opts = {},
): Prompt {
  const p: Prompt = {
    id: `km-${id}`,
    family: 'keuzemoment',
    text: { nl: text[0], en: text[1] },
    why: { nl: why[0], en: why[1] },
    competences,
    roles: opts.roles ?? ['mentor'],
    places: ['sidePanel', 'studentRecord'],
    schoolTypes,
    source: opts.source ?? SRC,
  };
  if (opts.years) p.years = opts.years;
  if (opts.examYearOnly) p.examYearOnly = true;
  if (opts.season) p.season = opts.season;
  return p;
}

const PROFIEL_VMBO: Season = { from: '11-15', to: '04-15' };
const PROFIEL_HV: Season = { from: '11-15', to: '03-31' };
export const OPEN_DAGEN: Season = { from: '09-15', to: '03-15' };
const AANMELDEN_HO: Season = { from: '02-01', to: '04-30' };
export const AANMELDEN_MBO: Season = { from: '01-06', to: '03-31' };
const FIXUS: Season = { from: '11-01', to: '01-15' };
const SKC: Season = { from: '03-01', to: '06-15' };

export const keuzemomenten: Prompt[] = [
  // ── vmbo: sector- en profielkeuze in leerjaar 2 ─────────────────────────────────────────
  k(
    'vmbo-profiel-1',
    ['vmbo'],
    ['loopbaansturing', 'werkexploratie'],
    [
      'Welk profiel trekt je nu het meest, en wat heb je daar al van gezien?',
      'Which programme draws you most now, and what have you already seen of it?',
    ],
    [
      'Rond de profielkeuze helpt het om te kiezen vanuit ervaring, niet alleen vanuit een naam.',
      'Around the choice it helps to choose from experience, not just a name.',
    ],
    { years: [2], season: PROFIEL_VMBO },
  ),
  k(
    'vmbo-profiel-2',
    ['vmbo'],
    ['motieven'],
    [
      'Bij welke praktijkles had je het meeste plezier? Wat deed je daar precies?',
      'In which practical lesson did you have the most fun? What exactly did you do?',
    ],
    [
      'Plezier in concreet werk is een goede wegwijzer bij de profielkeuze.',
      'Enjoying concrete work is a good signpost for the choice.',
    ],
    { years: [2], season: PROFIEL_VMBO, roles: ['mentor', 'vakdocent'] },
  ),
  k(
    'vmbo-profiel-3',
    ['vmbo'],
    ['netwerken', 'loopbaansturing'],
    [
      'Wat wil je nog weten over een profiel voordat je kiest? Wie kan je dat vertellen?',
      'What do you still want to know about a programme before you choose? Who can tell you?',
    ],
    [
      'De leerling formuleert zelf de vragen en zoekt wie ze kan beantwoorden.',
      'The student phrases the questions and finds who can answer them.',
    ],
    { years: [2], season: PROFIEL_VMBO },
  ),
  k(
    'vmbo-profiel-4',
    ['vmbo'],
    ['netwerken'],
    [
      'Wat weten ze thuis van de profielen? Wie zou je willen meenemen naar de voorlichting?',
      'What does home know about the programmes? Whom would you like to bring to the information evening?',
    ],
    ['Ouders en verzorgers horen bij elk keuzemoment.', 'Parents and carers belong at every choice moment.'],
    { years: [2], season: PROFIEL_VMBO },
  ),
  k(
    'vmbo-profiel-5',
    ['vmbo'],
    ['kwaliteiten'],
    ['Bij welk profiel kun je laten zien waar je goed in bent?', 'In which programme can you show what you are good at?'],
    ['Kiezen vanuit kwaliteiten geeft zelfvertrouwen bij de keuze.', 'Choosing from qualities gives confidence in the choice.'],
    { years: [2], season: PROFIEL_VMBO },
  ),

  // ── vmbo examenjaar: naar het mbo (aanmelden vóór 1 april) ─────────────────────────────────
  k(
    'vmbo-mbo-1',
    ['vmbo'],
    ['werkexploratie'],
    [
      'Welke mbo-opleidingen heb je bekeken? Hoe verschillend waren ze?',
      'Which mbo programmes have you looked at? How different were they?',
    ],
    ['Meerdere verschillende verkenningen maken een keuze steviger.', 'Several different explorations make a choice sturdier.'],
    { examYearOnly: true, season: OPEN_DAGEN, source: 'seed 004:723-729 (HvA 2023), eigen woorden' },
  ),
  k(
    'vmbo-mbo-2',
    ['vmbo'],
    ['loopbaansturing'],
    [
      'Aanmelden voor het mbo kan tot 1 april. Hoe ver ben je met kiezen, en wat wil je nog uitzoeken?',
      'You can apply for mbo until 1 April. How far are you with choosing, and what do you still want to find out?',
    ],
    [
      'Tijdig aanmelden geeft recht op een plek; de vraag laat de keuze bij de leerling.',
      'Applying in time secures a place; the question leaves the choice with the student.',
    ],
    { examYearOnly: true, season: AANMELDEN_MBO },
  ),
  k(
    'vmbo-mbo-3',
    ['vmbo'],
    ['werkexploratie'],
    [
      'Zou je een dag willen meelopen bij een mbo-opleiding? Welke zou je willen proberen?',
      'Would you like to spend a day at an mbo programme? Which one would you try?',
    ],
    ['Meelopen laat zien hoe een opleiding echt voelt.', 'A shadow day shows what a programme really feels like.'],
    { examYearOnly: true, season: { from: '10-01', to: '03-31' } },
  ),
  k(
    'vmbo-mbo-4',
    ['vmbo'],
    ['loopbaansturing'],
    [
      'Na je diploma: mbo, of misschien eerst naar de havo? Wat weet je van beide routes?',
      'After your diploma: mbo, or maybe havo first? What do you know about both routes?',
    ],
    [
      'Leerlingen kennen niet altijd alle routes; de vraag opent ze zonder te sturen.',
      'Students do not always know all routes; the question opens them without steering.',
    ],
    { examYearOnly: true, season: { from: '10-01', to: '03-31' }, source: 'seed 004:570-580 (HvA 2023), eigen woorden' },
  ),

  // ── havo/vwo: profielkeuze in leerjaar 3 ────────────────────────────────────────────────
  k(
    'havo-vwo-profiel-1',
    ['havo', 'vwo'],
    ['loopbaansturing'],
    [
      'Welke vakken kies je omdat je ze leuk vindt, en welke omdat ze deuren openhouden?',
      'Which subjects do you choose because you enjoy them, and which because they keep doors open?',
    ],
    [
      'Maakt de afweging achter de profielkeuze bespreekbaar.',
      'Makes the trade-off in the choice of subjects open to discussion.',
    ],
    { years: [3], season: PROFIEL_HV },
  ),
  k(
    'havo-vwo-profiel-2',
    ['havo', 'vwo'],
    ['werkexploratie'],
    [
      'Welke opleidingen of beroepen horen bij de profielen die je overweegt?',
      'Which studies or jobs go with the subject combinations you are considering?',
    ],
    ['Koppelt het profiel aan wat erna kan komen.', 'Links the subject combination to what can come after.'],
    { years: [3], season: PROFIEL_HV },
  ),
  k(
    'havo-vwo-profiel-3',
    ['havo', 'vwo'],
    ['kwaliteiten'],
    ['Wat zijn jouw sterkste vakken, en hoe weet je dat?', 'What are your strongest subjects, and how do you know?'],
    ['Kwaliteiten op basis van eigen bewijs, niet alleen cijfers.', 'Qualities based on own evidence, not only grades.'],
    { years: [3], season: PROFIEL_HV, roles: ['mentor', 'vakdocent'] },
  ),
  k(
    'havo-vwo-profiel-4',
    ['havo', 'vwo'],
    ['netwerken'],
    [
      'Met wie heb je het over je profielkeuze gehad? Wie zou je nog willen spreken?',
      'Whom have you talked to about your choice of subjects? Whom would you still like to speak to?',
    ],
    [
      'Een keuze wordt rijker met meer stemmen, zolang het de keuze van de leerling blijft.',
      "A choice gets richer with more voices, as long as it stays the student's choice.",
    ],
    { years: [3], season: PROFIEL_HV },
  ),
  k(
    'havo-vwo-profiel-5',
    ['havo', 'vwo'],
    ['motieven'],
    [
      'Welke keuze voelt nu goed, en wat laat je nog twijfelen?',
      'Which choice feels right now, and what still makes you hesitate?',
    ],
    [
      'Twijfel mag er zijn en zegt vaak iets over wat belangrijk is.',
      'Doubt is allowed and often says something about what matters.',
    ],
    { years: [3], season: PROFIEL_HV },
  ),
  k(
    'havo-vwo-profiel-6',
    ['havo', 'vwo'],
    ['motieven', 'loopbaansturing'],
    [
      'Hoe bevalt je profiel na de eerste weken? Wat zou je houden, en wat zou je misschien willen wisselen?',
      'How do you like your subject combination after the first weeks? What would you keep, and what might you like to switch?',
    ],
    [
      'Vroeg in leerjaar 4 kan een profiel of vak nog wisselen; wisselen mag, en de keuze blijft van de leerling.',
      "Early in year 4 a subject combination can still change; switching is fine, and the choice stays the student's.",
    ],
    { years: [4], season: { from: '08-20', to: '11-15' } },
  ),

  // ── examenjaar havo/vwo: studiekeuze ────────────────────────────────────────────────────
  k(
    'examen-opendag-1',
    ['havo', 'vwo'],
    ['werkexploratie'],
    [
      'Naar welke open dagen wil je dit jaar? Wat wil je daar te weten komen?',
      'Which open days would you like to attend this year? What do you want to find out there?',
    ],
    ['Met een eigen vraag haal je meer uit een open dag.', 'With your own question you get more out of an open day.'],
    { examYearOnly: true, season: OPEN_DAGEN },
  ),
  k(
    'examen-opendag-2',
    ['havo', 'vwo', 'mbo'],
    ['werkexploratie', 'motieven'],
    [
      'Als je een open dag hebt bezocht: wat viel je op, en wat paste juist niet bij je?',
      'If you have visited an open day: what struck you, and what did not fit you?',
    ],
    ['Terugkijken op een open dag maakt de ervaring bruikbaar.', 'Looking back on an open day makes the experience useful.'],
    { examYearOnly: true, season: OPEN_DAGEN },
  ),
  k(
    'examen-opendag-3',
    ['havo', 'vwo'],
    ['werkexploratie'],
    [
      'Bij welke opleiding die je trekt zou je willen meelopen of proefstuderen?',
      'At which programme that draws you would you like to shadow or try out studying?',
    ],
    [
      'Een andere soort activiteit dan een open dag maakt de keuze duurzamer.',
      'A different kind of activity from an open day makes the choice more lasting.',
    ],
    { examYearOnly: true, season: { from: '10-01', to: '04-15' }, source: 'seed 004:723-729 (HvA 2023), eigen woorden' },
  ),
  k(
    'examen-fixus-1',
    ['havo', 'vwo'],
    ['loopbaansturing'],
    [
      'Heeft een opleiding die je trekt een numerus fixus? Aanmelden kan tot 15 januari. Wat weet je al van de selectie?',
      'Does a programme you like have a numerus fixus? You can apply until 15 January. What do you know about the selection?',
    ],
    [
      'Voor opleidingen met selectie ligt de aanmelddatum vroeg in het jaar.',
      'For selective programmes the application date is early in the year.',
    ],
    { examYearOnly: true, season: FIXUS },
  ),
  k(
    'examen-fixus-2',
    ['havo', 'vwo'],
    ['loopbaansturing', 'motieven'],
    [
      'Als de selectie anders uitpakt dan je hoopt, welke andere route zou je ook blij maken?',
      'If the selection turns out differently than you hope, which other route would also make you happy?',
    ],
    [
      'Een tweede route geeft rust, zonder de eerste keuze kleiner te maken.',
      'A second route gives calm, without making the first choice smaller.',
    ],
    { examYearOnly: true, season: FIXUS },
  ),
  k(
    'examen-aanmelden-1',
    // vwo only: it names the universiteit (havo has km-examen-aanmelden-4, which names only the hbo).
    ['vwo'],
    ['loopbaansturing'],
    [
      'Aanmelden voor het hbo of de universiteit kan tot 1 mei. Hoe sta je ervoor met je keuze?',
      'You can apply to university or university of applied sciences until 1 May. Where are you with your choice?',
    ],
    [
      'Wie vóór 1 mei aanmeldt, heeft recht op een studiekeuzecheck.',
      'Applying before 1 May gives the right to a study choice check.',
    ],
    { examYearOnly: true, season: AANMELDEN_HO },
  ),
  k(
    'examen-aanmelden-4',
    ['havo'],
    ['loopbaansturing'],
    [
      'Aanmelden voor een hbo-opleiding kan tot 1 mei. Welke opleiding trekt je nu, en wat wil je nog uitzoeken?',
      'You can apply to a university of applied sciences until 1 May. Which programme draws you now, and what do you still want to find out?',
    ],
    [
      'Wie vóór 1 mei aanmeldt, heeft recht op een studiekeuzecheck; de keuze blijft bij de leerling.',
      "Applying before 1 May gives the right to a study choice check; the choice stays the student's.",
    ],
    { examYearOnly: true, season: AANMELDEN_HO },
  ),
  k(
    'examen-aanmelden-2',
    ['havo', 'vwo', 'mbo'],
    ['motieven'],
    [
      'Welke opleiding staat bovenaan, en wat maakt dat je daarvoor kiest?',
      'Which programme is at the top of your list, and what makes you choose it?',
    ],
    ['De eigen reden achter een keuze maakt haar steviger.', "The student's own reason for a choice makes it sturdier."],
    { examYearOnly: true, season: AANMELDEN_HO },
  ),
  k(
    'examen-aanmelden-3',
    ['havo', 'vwo'],
    ['netwerken'],
    [
      'Wat heb je thuis verteld over je keuze? Wie denkt er met je mee?',
      'What have you told at home about your choice? Who is thinking along with you?',
    ],
    [
      'Ouders en verzorgers horen bij de keuze; de vraag neemt niets aan over thuis.',
      'Parents and carers belong to the choice; the question assumes nothing about home.',
    ],
    { examYearOnly: true, season: AANMELDEN_HO },
  ),
  k(
    'examen-skc-1',
    ['havo', 'vwo', 'mbo'],
    ['kwaliteiten'],
    [
      'Hoe was de studiekeuzecheck? Wat heb je erin over jezelf ontdekt?',
      'How was the study choice check? What did you find out about yourself in it?',
    ],
    [
      'De studiekeuzecheck is een ervaring om samen op terug te kijken.',
      'The study choice check is an experience to look back on together.',
    ],
    { examYearOnly: true, season: SKC },
  ),
  k(
    'examen-skc-2',
    ['havo', 'vwo', 'mbo'],
    ['werkexploratie'],
    [
      'Wat paste na de studiekeuzecheck beter of minder dan je verwachtte?',
      'After the study choice check, what fitted better or less than you expected?',
    ],
    ['Verwachtingen toetsen helpt switchen achteraf te voorkomen.', 'Testing expectations helps avoid switching afterwards.'],
    { examYearOnly: true, season: SKC, source: 'seed 004:711-719 (HvA 2023), eigen woorden' },
  ),
  k(
    'examen-vwo-1',
    ['vwo'],
    ['motieven', 'werkexploratie'],
    [
      'Hbo of universiteit: wat past beter bij hoe jij graag leert?',
      'University of applied sciences or research university: which fits better with how you like to learn?',
    ],
    [
      'Praktijkgericht of onderzoeksgericht leren is een wezenlijk verschil.',
      'Practice-based or research-based learning is an essential difference.',
    ],
    { examYearOnly: true, season: OPEN_DAGEN },
  ),
  k(
    'examen-tussenjaar-1',
    ['havo', 'vwo', 'mbo'],
    ['motieven', 'loopbaansturing'],
    [
      'Direct verder studeren, eerst werken, of een tussenjaar: wat trekt je, en wat zou je ermee willen?',
      'Straight on to study, work first, or a gap year: what draws you, and what would you want from it?',
    ],
    [
      'Elke route kan passen; het gaat om de bedoeling van de leerling.',
      "Every route can fit; what counts is the student's intention.",
    ],
    { examYearOnly: true, season: { from: '01-15', to: '06-30' }, source: 'seed 004:1784-1788 (HvA 2023), eigen woorden' },
  ),

  // ── mbo: start, stage, doorstroom naar hbo ──────────────────────────────────────────────
  k(
    'mbo-start-1',
    ['mbo'],
    ['werkexploratie', 'motieven'],
    ['Hoe past deze opleiding tot nu toe bij wat je ervan verwachtte?', 'How does this programme fit what you expected so far?'],
    ['Vroeg terugkijken op de keuze geeft ruimte om bij te sturen.', 'Looking back at the choice early leaves room to adjust.'],
    { years: [1], season: { from: '09-15', to: '12-15' } },
  ),
  k(
    'mbo-bpv-voor-1',
    ['mbo'],
    ['kwaliteiten', 'werkexploratie'],
    [
      'Je stage begint binnenkort. Wat hoop je te ontdekken over jezelf en over het werk?',
      'Your placement starts soon. What do you hope to discover about yourself and the work?',
    ],
    [
      'Een eigen leervraag maakt de stage tot een loopbaanervaring.',
      'An own learning question turns the placement into a career experience.',
    ],
  ),
  k(
    'mbo-bpv-na-1',
    ['mbo'],
    ['loopbaansturing'],
    [
      'Je stage zit erop. Wat neem je mee naar je volgende keuze?',
      'Your placement is over. What do you take with you into your next choice?',
    ],
    [
      'Na de stage is het moment om ervaring om te zetten in richting.',
      'After the placement is the moment to turn experience into direction.',
    ],
  ),
  k(
    'mbo-hbo-1',
    ['mbo'],
    ['loopbaansturing'],
    [
      'Werken of doorstuderen na je diploma: wat trekt je, en waarom?',
      'Working or studying further after your diploma: what draws you, and why?',
    ],
    [
      'Beide routes zijn waardevol; de vraag laat de afweging bij de student.',
      'Both routes are valuable; the question leaves the weighing to the student.',
    ],
    { examYearOnly: true, season: { from: '09-15', to: '04-30' } },
  ),
  k(
    'mbo-hbo-2',
    ['mbo'],
    ['werkexploratie'],
    [
      'Welke hbo-opleiding past bij wat je op je stage leuk vond? Welke open dag of meeloopdag zou je daar bezoeken?',
      'Which higher education programme fits what you enjoyed on placement? Which open day or shadow day would you visit there?',
    ],
    ['Verbindt stage-ervaring met een mogelijke vervolgstap.', 'Links placement experience to a possible next step.'],
    { examYearOnly: true, season: OPEN_DAGEN },
  ),
  k(
    'mbo-hbo-3',
    ['mbo'],
    ['loopbaansturing'],
    [
      'Aanmelden voor het hbo kan tot 1 mei. Wat wil je nog uitzoeken voordat je kiest?',
      'You can apply for higher education until 1 May. What do you still want to find out before choosing?',
    ],
    [
      'Ook voor doorstromers geldt de datum van 1 mei en de studiekeuzecheck.',
      'The 1 May date and the study choice check apply to mbo graduates too.',
    ],
    { examYearOnly: true, season: AANMELDEN_HO },
  ),
  k(
    'mbo-hbo-4',
    ['mbo'],
    ['netwerken'],
    [
      'Wie ken je die van het mbo naar het hbo ging? Wat zou je die willen vragen?',
      'Whom do you know who went from mbo to higher education? What would you ask them?',
    ],
    [
      'Iemand die de route al liep, weet hoe de overstap voelt.',
      'Someone who took the route knows what the transition feels like.',
    ],
    { examYearOnly: true },
  ),

  // ── hbo: propedeuse, minor, stage, afstuderen ────────────────────────────────────────────
  k(
    'hbo-prope-1',
    ['hbo'],
    ['werkexploratie', 'motieven'],
    ['Hoe past deze opleiding tot nu toe bij wat je ervan verwachtte?', 'How does this programme fit what you expected so far?'],
    [
      'Verwachtingen die niet kloppen zijn een bekende reden om te switchen; vroeg bespreken helpt.',
      'Mismatched expectations are a known reason to switch; talking early helps.',
    ],
    { years: [1], season: { from: '10-15', to: '03-31' }, source: 'seed 004:711-719 (HvA 2023), eigen woorden' },
  ),
  k(
    'hbo-prope-2',
    ['hbo'],
    ['kwaliteiten'],
    [
      'Wat heb je dit jaar over jezelf geleerd wat je bij de start nog niet wist?',
      'What did you learn about yourself this year that you did not know at the start?',
    ],
    [
      'Het eerste jaar is vol ervaringen om kwaliteiten aan te ontdekken.',
      'The first year is full of experiences to discover qualities in.',
    ],
    { years: [1], season: { from: '04-01', to: '07-15' } },
  ),
  k(
    'hbo-prope-3',
    ['hbo'],
    ['netwerken'],
    [
      'Bij wie kun je terecht met vragen over de colleges of de vaktaal?',
      'Whom can you go to with questions about lectures or the academic language?',
    ],
    [
      'Ruimte voor vragen helpt iedereen die de taal van het hoger onderwijs nog leert.',
      'Room for questions helps everyone still learning the language of higher education.',
    ],
    { years: [1], season: { from: '09-01', to: '11-30' }, source: 'seed 004:800-815 (HvA 2023), eigen woorden' },
  ),
  k(
    'hbo-minor-1',
    ['hbo'],
    ['loopbaansturing', 'motieven'],
    [
      'Welke minor zou je kiezen om iets nieuws te ontdekken, en welke om je te verdiepen?',
      'Which minor would you choose to discover something new, and which to go deeper?',
    ],
    [
      'Verbreden of verdiepen: de minor is een echt keuzemoment in de loopbaan.',
      'Broaden or deepen: the minor is a real career choice moment.',
    ],
    { years: [2, 3], season: { from: '01-15', to: '05-31' }, source: SRC_HO },
  ),
  k(
    'hbo-minor-2',
    ['hbo'],
    ['werkexploratie'],
    [
      'Wat zou je met je minor willen verkennen dat je in je opleiding nog mist?',
      'What would you like to explore in your minor that your programme does not offer yet?',
    ],
    ['Laat de student zelf de witte plekken benoemen.', 'Lets the student name the blank spots themselves.'],
    { years: [2, 3], season: { from: '01-15', to: '05-31' }, source: SRC_HO },
  ),
  k(
    'hbo-stage-1',
    ['hbo'],
    ['werkexploratie', 'motieven'],
    [
      'Welk soort organisatie zou je tijdens je stage willen leren kennen, en waarom?',
      'Which kind of organisation would you like to get to know during your placement, and why?',
    ],
    [
      'De stagekeuze is een kans om een werkveld van binnen te zien.',
      'The placement choice is a chance to see a field from the inside.',
    ],
    { years: [2, 3], source: SRC_HO },
  ),
  k(
    'hbo-stage-2',
    ['hbo'],
    ['netwerken'],
    [
      'Wie in je netwerk kan je helpen aan een stageplek die bij je past?',
      'Who in your network can help you find a placement that suits you?',
    ],
    [
      'Stageplekken komen vaak via mensen; dit maakt het netwerk zichtbaar.',
      'Placements often come through people; this makes the network visible.',
    ],
    { years: [2, 3], source: SRC_HO },
  ),
  k(
    'hbo-afstuderen-1',
    ['hbo'],
    ['loopbaansturing'],
    [
      'Na je afstuderen: een baan zoeken of doorstuderen? Wat trekt je, en waarom?',
      'After graduating: look for a job or keep studying? What draws you, and why?',
    ],
    [
      'De overstap naar werk of verder studeren krijgt vaak weinig aandacht.',
      'The step to work or further study often gets little attention.',
    ],
    { examYearOnly: true, source: 'seed 004:729-735 en 3896-3902 (HvA 2023), eigen woorden' },
  ),
  k(
    'hbo-afstuderen-2',
    ['hbo'],
    ['netwerken', 'werkexploratie'],
    [
      'In welk werk zou je na je diploma willen beginnen? Wie ken je daar al?',
      'In which work would you like to start after your degree? Whom do you already know there?',
    ],
    ['Het eerste werk vind je vaak via wie je kent.', 'First jobs are often found through people you know.'],
    { examYearOnly: true, source: SRC_HO },
  ),
  k(
    'hbo-afstuderen-3',
    ['hbo'],
    ['kwaliteiten'],
    [
      'Welke kwaliteiten neem je mee uit je opleiding naar je eerste baan?',
      'Which qualities do you take from your programme into your first job?',
    ],
    [
      'Kwaliteiten kunnen benoemen helpt bij sollicitaties en keuzes.',
      'Being able to name qualities helps with applications and choices.',
    ],
    { examYearOnly: true, source: SRC_HO },
  ),
  // Praktijkonderwijs and vso: the step after school is work, entree or an mbo-opleiding (with support).
  k(
    'pro-uitstroom-1',
    ['pro', 'vso'],
    ['werkexploratie', 'motieven'],
    [
      'Na deze school: werken, de entree-opleiding of een mbo-opleiding. Welk werk heb je op je stage het liefst gedaan?',
      'After this school: work, the entree course or an mbo programme. Which work did you enjoy most on your placement?',
    ],
    [
      'Praktijkonderwijs en vso leiden naar werk of het mbo; de stage laat zien wat past.',
      'Practical and special education lead to work or mbo; the placement shows what fits.',
    ],
    { years: [3, 4, 5, 6], source: 'lob-content.md §5 (route truth); Expertisepunt LOB, praktijkonderwijs, eigen woorden' },
  ),
  k(
    'pro-uitstroom-2',
    ['pro', 'vso'],
    ['netwerken', 'loopbaansturing'],
    [
      'Wie kan je helpen bij de stap naar werk of een opleiding, op school en daarbuiten?',
      'Who can help you take the step to work or a course, at school and outside it?',
    ],
    [
      'Een vaste persoon bij de overstap maakt de stap kleiner.',
      'A familiar person during the transition makes the step smaller.',
    ],
    { years: [3, 4, 5, 6], source: 'lob-content.md §4-5; Expertisepunt LOB, praktijkonderwijs, eigen woorden' },
  ),
  k(
    'pro-stage-1',
    ['pro', 'vso'],
    ['kwaliteiten', 'werkexploratie'],
    ['Wat kon je op je stage goed, en wie zag dat ook?', 'What were you good at on your placement, and who noticed it too?'],
    [
      'In het praktijkonderwijs is de stage de plek waar een leerling ontdekt wat bij hem past.',
      'In practical education the placement is where a student finds out what suits them.',
    ],
    { source: 'lob-content.md §3 (BPV); Expertisepunt LOB, praktijkonderwijs, eigen woorden' },
  ),
];

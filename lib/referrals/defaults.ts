import type { PublicService, ReferralRole, ReferralRule } from './schema';

/**
 * Default referral map (lob-content.md §4, "wanneer verwijs je door en naar wie?", seed 004:3377-3379).
 * The school fills names and contacts and may rename roles; the extension ships the roles, the "when"
 * text and public services. Public services are shown as text; the extension never contacts them.
 */

export const referralRoles: ReferralRole[] = [
  {
    id: 'mentor',
    lijn: 1,
    role: { nl: "Mentor / studieloopbaanbegeleider (slb'er)", en: 'Mentor / study career coach' },
    when: {
      nl: 'Voert het loopbaangesprek. Als vakdocent geef je een talent of een twijfel die je zag door aan de mentor, zodat die het in het volgende gesprek kan oppakken.',
      en: 'Holds the career conversation. As a subject teacher you pass a talent or doubt you noticed on to the mentor, who can pick it up in the next conversation.',
    },
    topics: ['talent', 'contact', 'orientatie'],
    schoolTypes: ['vmbo', 'havo', 'vwo', 'mbo', 'hbo', 'pro', 'vso', 'isk'],
    anyStudent: true,
    vocabulary: 'mentorRole',
    source: 'lob-content.md §4; Expertisepunt LOB, loopbaangesprek',
  },
  {
    id: 'decaan',
    lijn: 2,
    role: { nl: 'Decaan / loopbaanbegeleider / lob-coördinator', en: 'Careers adviser / career coordinator' },
    when: {
      nl: 'Bij profiel-, sector- of studiekeuze, bij vragen over doorstroomroutes, als twijfel blijft of als de vragen dieper gaan dan een gesprek in de klas.',
      en: 'For choices of subjects, sector or studies, questions about transfer routes, doubt that lasts, or questions that go deeper than a classroom conversation.',
    },
    topics: ['profielkeuze', 'sectorkeuze', 'studiekeuze', 'doorstroom', 'twijfel'],
    schoolTypes: ['vmbo', 'havo', 'vwo', 'mbo', 'pro', 'vso', 'isk'],
    anyStudent: true,
    vocabulary: 'secondLineRole',
    source: 'lob-content.md §4; seed 004:1992-1996 (HvA 2023), eigen woorden',
  },
  {
    id: 'zorgcoordinator',
    lijn: 2,
    role: { nl: 'Zorgcoördinator / ondersteuningsteam', en: 'Care coordinator / support team' },
    when: {
      nl: 'Als het verhaal verder gaat dan de loopbaan, bijvoorbeeld over thuis, gezondheid of geld. Luister, volg de zorgroute of meldcode van je school, en leg hier niets over vast.',
      en: "When the story goes beyond the career, for example about home, health or money. Listen, follow your school's care route or reporting code, and record nothing about it here.",
    },
    topics: ['zorg'],
    schoolTypes: ['vmbo', 'havo', 'vwo', 'mbo', 'pro', 'vso', 'isk'],
    anyStudent: true,
    care: true,
    vocabulary: 'careRole',
    source: 'lob-content.md §4; seed 004:3396-3398 (HvA 2023), eigen woorden',
  },
  {
    id: 'bpv-begeleider',
    lijn: 2,
    role: { nl: 'Bpv-begeleider / praktijkbegeleider', en: 'Placement coordinator / workplace supervisor' },
    when: {
      nl: 'Bij vragen over de bpv: een plek vinden, leerdoelen, hoe het gaat op de werkvloer, of een trialoog met student, school en bedrijf.',
      en: 'For questions about the placement: finding one, learning goals, how it is going at work, or a trialogue with student, school and company.',
    },
    topics: ['stage'],
    schoolTypes: ['mbo'],
    source: 'lob-content.md §4; seed 003:234-248, trialoog',
  },
  {
    id: 'ouders',
    lijn: null,
    role: { nl: 'Ouders / verzorgers', en: 'Parents / carers' },
    when: {
      nl: 'Bij elk keuzemoment. Vraag wie thuis meedenkt en wat ze thuis van de route weten; neem niets aan over thuis.',
      en: 'At every choice moment. Ask who at home thinks along and what home knows about the route; assume nothing about home.',
    },
    topics: ['ouders', 'profielkeuze', 'sectorkeuze', 'studiekeuze'],
    schoolTypes: ['vmbo', 'havo', 'vwo', 'pro', 'vso', 'isk'],
    source: 'lob-content.md §4; seed 004:1836-1838 (HvA 2023), eigen woorden',
  },
  {
    id: 'ouders-meerderjarig',
    lijn: null,
    role: { nl: 'Ouders / verzorgers (met toestemming)', en: 'Parents / carers (with consent)' },
    when: {
      nl: 'Is de student 18 of ouder, betrek ouders of verzorgers dan alleen als de student dat wil. Vraag eerst wie de student zelf wil laten meedenken.',
      en: 'If the student is 18 or older, involve parents or carers only if the student wants to. First ask whom the student wants to think along.',
    },
    topics: ['ouders', 'studiekeuze'],
    schoolTypes: ['mbo', 'hbo'],
    source: 'lob-content.md §4; WGBO/AVG: meerderjarige studenten beslissen zelf over hun gegevens; eigen woorden',
  },
  {
    id: 'studentendecaan',
    lijn: 2,
    role: { nl: 'Studentendecaan', en: 'Student counsellor' },
    when: {
      nl: 'In het hbo: als thuis, gezondheid, geld of een bijzondere omstandigheid de studie raakt, ook rond het bindend studieadvies. Luister, wijs de weg en leg hier niets over vast.',
      en: 'In higher education: when home, health, money or special circumstances affect the studies, also around the binding study advice. Listen, point the way and record nothing about it here.',
    },
    topics: ['zorg'],
    schoolTypes: ['hbo'],
    care: true,
    source: 'lob-content.md §4; hogescholen, studentendecanaat (bijzondere omstandigheden, BSA); eigen woorden',
  },
  {
    id: 'studieadviseur',
    lijn: 2,
    role: { nl: 'Studieadviseur / studiekeuzeadviseur', en: 'Study adviser' },
    when: {
      nl: 'In het hbo: bij twijfel over de opleiding, een overstap, studievoortgang en het bindend studieadvies, of vragen over minor, stage en afstuderen.',
      en: 'In higher education: with doubts about the programme, a switch, how the studies are going and the binding study advice, or questions about minor, placement and graduation.',
    },
    topics: ['studiekeuze', 'doorstroom', 'twijfel', 'stage'],
    schoolTypes: ['hbo'],
    source: 'lob-content.md §4; hogescholen, studieadvies; eigen woorden',
  },
];

export const publicServices: PublicService[] = [
  {
    id: 'open-dagen',
    name: 'Open dagen',
    when: {
      nl: 'Om een opleiding te bekijken en vragen te stellen. Het meeste haal je eruit met een eigen vraag vooraf en een gesprek erna.',
      en: 'To look at a programme and ask questions. A question of your own beforehand and a talk afterwards help most.',
    },
    topics: ['orientatie', 'studiekeuze', 'doorstroom'],
    schoolTypes: ['vmbo', 'havo', 'vwo', 'mbo', 'isk'],
    source: 'lob-content.md §4',
  },
  {
    id: 'meeloopdagen',
    name: 'Meeloopdagen',
    when: {
      nl: 'Een dag meedoen met lessen of werk. Een ander soort verkenning dan een open dag, en samen maken ze een keuze steviger.',
      en: 'A day taking part in classes or work. A different kind of exploration from an open day; together they make a choice sturdier.',
    },
    topics: ['orientatie', 'studiekeuze', 'sectorkeuze', 'doorstroom'],
    schoolTypes: ['vmbo', 'havo', 'vwo', 'mbo'],
    source: 'lob-content.md §4; seed 004:723-729 (HvA 2023), eigen woorden',
  },
  {
    id: 'proefstuderen',
    name: 'Proefstuderen',
    when: {
      nl: 'Een stukje van de opleiding zelf doen, met opdrachten en colleges, om te ervaren of het studeren past.',
      en: 'Doing part of the programme itself, with assignments and lectures, to experience whether the studying fits.',
    },
    topics: ['orientatie', 'studiekeuze', 'doorstroom'],
    schoolTypes: ['havo', 'vwo', 'mbo'],
    routes: ['hbo', 'wo'],
    source: 'lob-content.md §4',
  },
  {
    id: 'studiekeuzecheck',
    name: 'Studiekeuzecheck',
    when: {
      nl: 'Na aanmelding voor een hbo- of wo-opleiding (vóór 1 mei). Een kans om verwachtingen naast de opleiding te leggen en daarna samen terug te kijken.',
      en: 'After applying for a higher education programme (before 1 May). A chance to hold expectations against the programme and look back together afterwards.',
    },
    topics: ['studiekeuze', 'doorstroom'],
    schoolTypes: ['havo', 'vwo', 'mbo'],
    routes: ['hbo', 'wo'],
    // Only after aanmelding: the exam year (vo) or the last year (mbo 4).
    phases: ['examenjaar', 'laatstejaars'],
    source: 'lob-content.md §4; seed 004:711-719 (HvA 2023), eigen woorden',
  },
  {
    id: 'kiesmbo',
    name: 'Kiesmbo',
    address: 'https://www.kiesmbo.nl',
    when: {
      nl: 'Voor wie een mbo-opleiding zoekt: opleidingen, beroepen en kansen op werk op een rij.',
      en: 'For anyone looking for an mbo programme: programmes, jobs and job prospects side by side.',
    },
    topics: ['orientatie', 'studiekeuze', 'sectorkeuze'],
    schoolTypes: ['vmbo', 'havo', 'mbo'],
    routes: ['mbo'],
    source: 'lob-content.md §4',
  },
  {
    id: 'studiekeuze123',
    name: 'Studiekeuze123',
    address: 'https://www.studiekeuze123.nl',
    when: {
      nl: 'Om hbo- en wo-opleidingen te vergelijken, met ervaringen van studenten.',
      en: 'To compare higher education programmes, including student experiences.',
    },
    topics: ['orientatie', 'studiekeuze', 'doorstroom'],
    schoolTypes: ['havo', 'vwo', 'mbo', 'hbo'],
    routes: ['hbo', 'wo'],
    source: 'lob-content.md §4',
  },
  {
    id: 'studie-in-cijfers',
    name: 'Studie in cijfers',
    address: 'https://www.studiekeuze123.nl',
    when: {
      nl: 'Feiten per opleiding, zoals hoeveel studenten doorgaan en hoe snel ze werk vinden. Nog een ander soort verkenning naast open dagen en gesprekken.',
      en: 'Facts per programme, such as how many students continue and how quickly they find work. Yet another kind of exploration next to open days and talks.',
    },
    topics: ['studiekeuze', 'orientatie'],
    schoolTypes: ['havo', 'vwo', 'mbo'],
    routes: ['hbo', 'wo'],
    source: 'lob-content.md §4',
  },
  {
    id: 'alumni',
    name: 'Oud-leerlingen en oud-studenten',
    when: {
      nl: 'Iemand die de route al liep, weet hoe de volgende stap voelt. Fijn bij twijfel, bij een indirecte route en bij een keuze voor werk.',
      en: 'Someone who already took the route knows what the next step feels like. Helpful with doubt, indirect routes and choosing work.',
    },
    topics: ['orientatie', 'doorstroom', 'twijfel', 'studiekeuze'],
    schoolTypes: ['vmbo', 'havo', 'vwo', 'mbo', 'hbo'],
    source: 'lob-content.md §4; seed 003:225-232',
  },
  {
    id: 'leerwerkloket',
    name: 'Leerwerkloket',
    when: {
      nl: 'Regionaal loket voor vragen over leren en werken, bijvoorbeeld bij het verlaten van school, een overstap of leren naast werk.',
      en: 'Regional desk for questions about learning and working, for example when leaving school, switching or learning while working.',
    },
    topics: ['verlaten', 'orientatie'],
    schoolTypes: ['vmbo', 'mbo', 'hbo', 'pro', 'vso', 'isk'],
    source: 'lob-content.md §4; seed 000:162-173; seed 001:92-96',
  },
  {
    id: 'rmc-jongerenloket',
    name: 'RMC / jongerenloket van de gemeente',
    when: {
      nl: 'Voor wie zonder startkwalificatie (havo-, vwo- of mbo-2-diploma) van school wil of gaat: het regionale meldpunt voortijdig schoolverlaten of het jongerenloket helpt verder met leren en werken.',
      en: 'For anyone leaving or wanting to leave school without a basic qualification (havo, vwo or mbo level 2): the regional early school leaving desk or youth desk helps with learning and work.',
    },
    topics: ['verlaten'],
    schoolTypes: ['vmbo', 'mbo', 'pro', 'vso', 'isk'],
    source: 'Leerplichtwet/RMC-functie (Rijksoverheid, voortijdig schoolverlaten); lob-content.md §4; eigen woorden',
  },
  {
    id: 'studielink',
    name: 'Studielink',
    address: 'https://www.studielink.nl',
    when: {
      nl: 'Aanmelden voor een hbo- of wo-opleiding gaat via Studielink: vóór 15 januari bij een numerus fixus, vóór 1 mei voor de andere opleidingen.',
      en: 'Applying for a higher education programme goes through Studielink: before 15 January for a numerus fixus, before 1 May for the others.',
    },
    topics: ['studiekeuze', 'doorstroom'],
    schoolTypes: ['havo', 'vwo', 'mbo'],
    routes: ['hbo', 'wo'],
    phases: ['examenjaar', 'laatstejaars'],
    months: [10, 11, 12, 1, 2, 3, 4, 5],
    source: 'Studielink, aanmelddata hoger onderwijs; lob-content.md §3; eigen woorden',
  },
  {
    id: 'duo',
    name: 'DUO (studiefinanciering)',
    address: 'https://duo.nl',
    when: {
      nl: 'Studiefinanciering en het studentenreisproduct vraag je aan bij DUO, het liefst drie maanden voor de start van de opleiding.',
      en: 'Student finance and the student travel product are arranged with DUO, preferably three months before the programme starts.',
    },
    topics: ['studiekeuze', 'doorstroom'],
    schoolTypes: ['havo', 'vwo', 'mbo'],
    routes: ['mbo', 'hbo', 'wo'],
    phases: ['examenjaar', 'laatstejaars'],
    months: [3, 4, 5, 6],
    source: 'DUO, studiefinanciering aanvragen; eigen woorden',
  },
  {
    id: 'uwv',
    name: 'UWV',
    address: 'https://www.werk.nl',
    when: {
      nl: 'Informatie over werk zoeken en de arbeidsmarkt, voor wie van school gaat of al werkt. Eén van de mogelijkheden; alleen als het past bij de vraag.',
      en: 'Information on finding work and the labour market, for those leaving school or already working. One of the options; only when it fits the question.',
    },
    topics: ['verlaten'],
    schoolTypes: ['mbo', 'hbo'],
    routes: ['werk'],
    source: 'lob-content.md §4; seed 000:162-173',
  },
];

export const referralRules: ReferralRule[] = [
  // Vakdocent while grading: a personal best or strong result → a talent worth passing on to the mentor.
  { places: ['gradeEntry'], triggers: ['personalBest', 'strong'], topics: ['talent'] },
  // A result below the student's own usual → contact first, with the mentor as the conversation holder;
  // again within six weeks of a contact → a doubt that lasts, for the decaan (or the school's own role).
  { places: ['gradeEntry'], triggers: ['belowUsual'], lasting: false, topics: ['contact'] },
  { places: ['gradeEntry'], triggers: ['belowUsual'], lasting: true, topics: ['twijfel'] },
  // Usual results while grading → exploring where the vak leads.
  { places: ['gradeEntry'], triggers: ['usual'], topics: ['orientatie'] },
  // Mentor in the side panel → orientation and the choices of the moment.
  { places: ['sidePanel'], topics: ['orientatie', 'studiekeuze', 'profielkeuze', 'sectorkeuze', 'ouders'] },
  // Beside a student record: the stage where the programme has one (below).
  { places: ['sidePanel', 'studentRecord'], schoolTypes: ['mbo', 'hbo', 'pro', 'vso'], topics: ['stage'] },
  // Where leaving school without a startkwalificatie is a real question: the routes that help.
  { places: ['sidePanel', 'studentRecord'], schoolTypes: ['vmbo', 'mbo', 'pro', 'vso', 'isk'], topics: ['verlaten'] },
];

import type { Prompt } from '../schema';
import {
  BELOW,
  CONTACT_ANDERS,
  type Entry,
  entryPrompt,
  GOOD,
  PB,
  type SharedEntry,
  subjectPrompts,
  subjectPromptsIn,
  TOP,
  USUAL,
  WHY_CONTACT,
  WHY_TALENT,
  withId,
} from './vakdocent';

/**
 * Family 'vakdocent', continued (issue 29, "the right question at the edges"): the subjects and school
 * types the first tables left out. Natuur- en scheikunde (onderbouw), loopbaan (L&B, LOB, SLB),
 * keuzedelen (mbo), stage (mbo and hbo; pro and vso in their own words), onderzoek (hbo), NT2, the
 * havo/vwo onderbouw's plain "wiskunde", and praktijkonderwijs and vso: short, concrete sentences
 * (B1 or simpler) about praktijk, stage and werk, Nederlands and rekenen, and a cue for every result in any vak. Same shape as
 * vakdocent.ts; eigen woorden after seed 004:757-765 and 3256-3266 (HvA 2023).
 */

/** The contact-first question in plain words (pro, vso, NT2). */
const CONTACT_PLAIN: SharedEntry = [
  BELOW,
  [],
  'Dit ging anders dan anders. Hoe was het voor jou?',
  'This went differently from usual. How was it for you?',
  'Eerst contact, in korte woorden: een ander resultaat is een vraag, geen oordeel.',
  'Contact first, in few words: an unusual result is a question, not a verdict.',
];

const WHY_PLAIN_TALENT: [string, string] = [
  'Concreet benoemen wat goed ging, in korte woorden, maakt een talent zichtbaar.',
  'Naming concretely what went well, in few words, makes a talent visible.',
];

/** Subjects of several school types, in words that fit every one of them. */
const table: Record<string, Entry[]> = {
  nask: [
    [
      'vd-nask-1',
      TOP,
      ['kwaliteiten'],
      'Mooi resultaat. Wat ging je goed af: de proef doen, goed kijken of uitleggen wat er gebeurde?',
      'Great result. What went well for you: doing the experiment, observing closely or explaining what happened?',
      ...WHY_TALENT,
    ],
    [
      'vd-nask-2',
      GOOD,
      ['werkexploratie'],
      'Laboranten, installateurs en apothekersassistenten gebruiken natuur- en scheikunde elke dag. Welke van die werelden maakt je nieuwsgierig?',
      'Lab technicians, installers and pharmacy assistants use physics and chemistry every day. Which of those worlds makes you curious?',
      'Laat zien in welk werk natuur- en scheikunde terugkomen.',
      'Shows in which work physics and chemistry come back.',
    ],
    [
      'vd-nask-3',
      USUAL,
      ['motieven'],
      'Welke proef of welk onderwerp is je dit jaar bijgebleven? Wat maakte het interessant?',
      'Which experiment or topic has stayed with you this year? What made it interesting?',
      'Wat iemand boeit in een vak, wijst naar motieven.',
      'What fascinates someone in a subject points to motives.',
    ],
    withId('vd-nask-4', CONTACT_ANDERS),
    [
      'vd-nask-5',
      GOOD,
      ['netwerken'],
      'Wie ken je die in de techniek, een laboratorium of een apotheek werkt? Wat zou je die willen vragen?',
      'Whom do you know who works in engineering, a laboratory or a pharmacy? What would you ask them?',
      'Een bekende in het vak maakt het werk dichtbij.',
      'Someone you know in the field brings the work close.',
    ],
  ],
  loopbaan: [
    [
      'vd-loopbaan-1',
      TOP,
      ['kwaliteiten'],
      'Mooi gedaan. Wat heb je in deze opdracht over jezelf ontdekt dat je wilt onthouden?',
      'Well done. What did you discover about yourself in this assignment that you want to remember?',
      'In het loopbaanvak is het werk zelf een kans om kwaliteiten te benoemen.',
      'In the career subject the work itself is a chance to name qualities.',
    ],
    [
      'vd-loopbaan-2',
      GOOD,
      ['werkexploratie'],
      'Welk beroep of welke opleiding kwam je in deze lessen tegen waar je meer van wilt weten?',
      'Which job or programme did you come across in these lessons that you want to know more about?',
      'Maakt van een opdracht een volgende verkenning.',
      'Turns an assignment into a next exploration.',
    ],
    [
      'vd-loopbaan-3',
      USUAL,
      ['motieven'],
      'Welke vraag uit deze lessen houdt je nog bezig: wie je bent, wat je wilt of waar je heen wilt?',
      'Which question from these lessons is still on your mind: who you are, what you want or where you want to go?',
      'Het loopbaanvak gaat over de leerling zelf; die vraag is de kern.',
      'The career subject is about the student; that question is the core.',
    ],
    withId('vd-loopbaan-4', CONTACT_ANDERS),
    [
      'vd-loopbaan-5',
      GOOD,
      ['netwerken'],
      'Met wie zou je over deze opdracht willen praten, thuis, op school of in een bedrijf? Wat zou je die vragen?',
      'Whom would you like to talk to about this assignment, at home, at school or at a company? What would you ask them?',
      'Een opdracht wordt rijker met een gesprek buiten de les.',
      'An assignment gets richer with a conversation outside the lesson.',
    ],
  ],
  nt2: [
    [
      'vd-nt2-1',
      TOP,
      ['kwaliteiten'],
      'Mooi resultaat. Wat hielp jou het meest bij het leren van Nederlands?',
      'Great result. What helped you most in learning Dutch?',
      ...WHY_PLAIN_TALENT,
    ],
    [
      'vd-nt2-2',
      GOOD,
      ['werkexploratie', 'kwaliteiten'],
      'Welke talen spreek jij allemaal? In welk werk komt dat goed van pas?',
      'Which languages do you speak? In which work does that come in handy?',
      'Meer talen spreken is een kwaliteit die in veel werk gevraagd wordt.',
      'Speaking several languages is a quality asked for in a lot of work.',
    ],
    [
      'vd-nt2-3',
      USUAL,
      ['motieven'],
      'Waar gebruik jij Nederlands buiten school het liefst? Waar wil je het later gebruiken?',
      'Where do you most like using Dutch outside school? Where would you like to use it later?',
      'Waar de taal leeft voor de leerling, zit motivatie.',
      'Where the language lives for the student is where motivation sits.',
    ],
    withId('vd-nt2-4', CONTACT_PLAIN),
    [
      'vd-nt2-5',
      GOOD,
      ['netwerken'],
      'Met wie praat je Nederlands buiten school? Wie van hen zou je iets willen vragen over werk?',
      'With whom do you speak Dutch outside school? Whom of them would you like to ask about work?',
      'Mensen om de leerling heen zijn een netwerk, ook in een nieuwe taal.',
      'People around the student are a network, in a new language too.',
    ],
  ],
};

/** Subjects with their own words per kind of school. */
const wiskundeOnderbouw: Record<string, Entry[]> = {
  wiskunde: [
    [
      'vd-wiskunde-5',
      GOOD,
      ['kwaliteiten', 'werkexploratie'],
      'Welk soort wiskunde ligt je het best: rekenen, meetkunde of verbanden in grafieken? Waar zie je dat buiten school terug?',
      'Which kind of maths suits you best: arithmetic, geometry or patterns in graphs? Where do you see that outside school?',
      'In de onderbouw helpt weten welke wiskunde je ligt, later bij vakken en werk.',
      'In the lower years, knowing which maths suits you helps later with subjects and work.',
    ],
  ],
};

const keuzedeel: Record<string, Entry[]> = {
  keuzedeel: [
    [
      'vd-keuzedeel-1',
      TOP,
      ['kwaliteiten'],
      'Sterk gedaan. Welke kant van jezelf liet je in dit keuzedeel zien?',
      'Well done. Which side of yourself did you show in this elective?',
      ...WHY_TALENT,
    ],
    [
      'vd-keuzedeel-2',
      GOOD,
      ['loopbaansturing', 'werkexploratie'],
      'Wat gaf de doorslag bij dit keuzedeel, en waar zie je het terug: in werk, in een volgende opleiding of allebei?',
      'What tipped the balance for this elective, and where do you see it again: in work, in a next programme or both?',
      'Een keuzedeel is een eigen keuze; de reden erachter zegt iets over de richting.',
      'An elective is an own choice; the reason behind it says something about direction.',
    ],
    [
      'vd-keuzedeel-3',
      USUAL,
      ['motieven'],
      'Wat vind je het interessantst aan dit keuzedeel, en welk keuzedeel zou je hierna willen proberen?',
      'What do you find most interesting in this elective, and which elective would you like to try next?',
      'Belangstelling binnen de keuzedelen wijst naar motieven.',
      'Interest within the electives points to motives.',
    ],
    withId('vd-keuzedeel-4', CONTACT_ANDERS),
  ],
};

const stageMboHbo: Record<string, Entry[]> = {
  stage: [
    [
      'vd-stage-1',
      TOP,
      ['kwaliteiten'],
      'Mooi resultaat. Op welk moment op je stage was je trots op wat je deed?',
      'Great result. At which moment on your placement were you proud of what you did?',
      'Een trots moment op de stage maakt een kwaliteit concreet.',
      'A proud moment on the placement makes a quality concrete.',
    ],
    [
      'vd-stage-2',
      GOOD,
      ['werkexploratie'],
      'Wat heb je op je stage over het werk ontdekt dat je uit de lessen nog niet wist? Wat zegt dat over werk dat bij je past?',
      'What did you discover about the work on your placement that lessons had not shown you? What does that say about work that suits you?',
      'De stage is werkexploratie van dichtbij; de leerling trekt zelf de conclusie.',
      'The placement is work exploration up close; the student draws the conclusion.',
    ],
    [
      'vd-stage-3',
      USUAL,
      ['motieven'],
      'Welke taken op je stage gaven je energie, en welke kostten juist energie?',
      'Which tasks on your placement gave you energy, and which took energy?',
      'Energie geven en kosten maakt motieven zichtbaar.',
      'Giving and taking energy makes motives visible.',
    ],
    [
      'vd-stage-4',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe was de stage voor jou?',
      'This is different from what I am used to from you. How was the placement for you?',
      ...WHY_CONTACT,
    ],
    [
      'vd-stage-5',
      GOOD,
      ['netwerken'],
      'Met wie op je stageplek zou je na de stage contact willen houden, en waarom juist met die persoon?',
      'With whom at your placement would you like to keep in touch afterwards, and why that person?',
      'Een contact van de stage kan later een deur openen.',
      'A contact from the placement can open a door later.',
    ],
  ],
};

/** The bpv grade of a bbl student: werkplek, leerbedrijf and praktijkopleider, never "stage". */
const stageBbl: Record<string, Entry[]> = {
  stage: [
    [
      'vd-stage-11',
      TOP,
      ['kwaliteiten'],
      'Mooi resultaat. Op welk moment bij je leerbedrijf was je trots op wat je deed?',
      'Great result. At which moment at your training company were you proud of what you did?',
      'Een trots moment op de werkplek maakt een kwaliteit concreet.',
      'A proud moment at work makes a quality concrete.',
    ],
    [
      'vd-stage-12',
      USUAL,
      ['motieven'],
      'Welk werk bij je leerbedrijf geeft je energie, en welk werk kost juist energie?',
      'Which work at your training company gives you energy, and which takes energy?',
      'Energie geven en kosten maakt motieven zichtbaar.',
      'Giving and taking energy makes motives visible.',
    ],
    [
      'vd-stage-13',
      GOOD,
      ['netwerken'],
      'Wat zou je je praktijkopleider willen vragen over het vak, nu het zo gaat?',
      'What would you like to ask your workplace trainer about the trade, now that it is going like this?',
      'De praktijkopleider is een netwerk dat er al is.',
      'The workplace trainer is a network that is already there.',
    ],
    [
      'vd-stage-14',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe gaat het op je werkplek?',
      'This is different from what I am used to from you. How is it going at your workplace?',
      ...WHY_CONTACT,
    ],
  ],
};

/** Praktijkonderwijs and vso: short sentences, concrete, about praktijk, stage and werk. */
const proVso: Record<string, Entry[]> = {
  nederlands: [
    [
      'vd-nederlands-5',
      TOP,
      ['kwaliteiten'],
      'Goed gedaan. Wat ging goed: lezen, schrijven of praten?',
      'Well done. What went well: reading, writing or talking?',
      ...WHY_PLAIN_TALENT,
    ],
    [
      'vd-nederlands-6',
      GOOD,
      ['werkexploratie'],
      "Bij welk werk praat je veel met klanten of collega's? Wat lijkt je daaraan leuk?",
      'In which work do you talk a lot with customers or colleagues? What seems fun about that to you?',
      'Taal zit in elk werk; de leerling kiest zelf welk werk aanspreekt.',
      'Language is part of all work; the student picks which work appeals.',
    ],
    [
      'vd-nederlands-7',
      USUAL,
      ['motieven'],
      'Wat lees of kijk je graag? Waarom vind je dat leuk?',
      'What do you like reading or watching? Why do you like it?',
      'Wat een leerling graag leest of kijkt, zegt iets over wat hem of haar boeit.',
      'What a student likes to read or watch says something about what fascinates them.',
    ],
    withId('vd-nederlands-8', CONTACT_PLAIN),
  ],
  wiskunde: [
    [
      'vd-wiskunde-6',
      TOP,
      ['kwaliteiten'],
      'Goed gerekend. Hoe heb je het aangepakt?',
      'Well calculated. How did you go about it?',
      ...WHY_PLAIN_TALENT,
    ],
    [
      'vd-wiskunde-7',
      GOOD,
      ['werkexploratie'],
      'In de winkel, keuken en bouw reken je elke dag. Welk werk daarvan lijkt je leuk?',
      'In shops, kitchens and building you do sums every day. Which of that work seems fun to you?',
      'Rekenen zit in veel praktisch werk; dat maakt het vak dichtbij.',
      'Numbers are part of a lot of practical work; that brings the subject close.',
    ],
    [
      'vd-wiskunde-8',
      USUAL,
      ['motieven'],
      'Waar reken je buiten school mee? Met geld, tijd of maten?',
      'Where do you use numbers outside school? Money, time or measurements?',
      'Rekenen buiten school laat zien waar de leerling het vak al gebruikt.',
      'Numbers outside school show where the student already uses the subject.',
    ],
    withId('vd-wiskunde-9', CONTACT_PLAIN),
  ],
  praktijk: [
    [
      'vd-praktijk-1',
      TOP,
      ['kwaliteiten'],
      'Goed gedaan. Wat ging goed bij dit werk?',
      'Well done. What went well in this work?',
      ...WHY_PLAIN_TALENT,
    ],
    [
      'vd-praktijk-2',
      PB,
      ['kwaliteiten', 'netwerken'],
      'Dit is je beste resultaat tot nu toe. Aan wie wil je laten zien wat je gemaakt hebt?',
      'This is your best result so far. To whom would you like to show what you made?',
      'Trots delen met iemand maakt een talent zichtbaar voor anderen.',
      'Sharing pride with someone makes a talent visible to others.',
    ],
    [
      'vd-praktijk-3',
      GOOD,
      ['werkexploratie'],
      'Wat doe je graag in de praktijkles? Bij welk werk doe je dat ook?',
      'What do you like doing in the practical lesson? In which work do you do that too?',
      'Van de praktijkles naar echt werk: de leerling legt zelf de link.',
      'From the practical lesson to real work: the student makes the link.',
    ],
    [
      'vd-praktijk-4',
      USUAL,
      ['motieven'],
      'Wat vind je leuk aan dit werk? Wat vind je minder leuk?',
      'What do you like about this work? What do you like less?',
      'Leuk en minder leuk werk laten zien wat past.',
      'Work you like and like less shows what fits.',
    ],
    withId('vd-praktijk-5', CONTACT_PLAIN),
    [
      'vd-praktijk-6',
      GOOD,
      ['loopbaansturing'],
      'Welk werk wil je nog eens proberen? Wie kan je daarbij helpen?',
      'Which work would you like to try some time? Who can help you with that?',
      'Een volgende stap die de leerling zelf noemt, met iemand die helpt.',
      'A next step the student names, with someone who helps.',
    ],
  ],
  stage: [
    [
      'vd-stage-6',
      TOP,
      ['kwaliteiten'],
      'Goed gedaan. Welk werk op je stage ging het best?',
      'Well done. Which work on your placement went best?',
      ...WHY_PLAIN_TALENT,
    ],
    [
      'vd-stage-7',
      GOOD,
      ['werkexploratie'],
      'Wat doe je op je stage het liefst? Welk werk lijkt daarop?',
      'What do you like doing most on your placement? Which work is like that?',
      'De stage laat zien welk werk past; de leerling noemt het zelf.',
      'The placement shows which work fits; the student names it.',
    ],
    [
      'vd-stage-8',
      USUAL,
      ['motieven'],
      'Hoe gaat het op je stage? Wat vind je daar fijn?',
      'How is your placement going? What do you like there?',
      'Wat fijn is op de stage, zegt iets over wat de leerling belangrijk vindt.',
      'What is nice on the placement says something about what the student values.',
    ],
    [
      'vd-stage-9',
      BELOW,
      [],
      'Dit ging anders dan anders. Hoe was je stage voor jou?',
      'This went differently from usual. How was your placement for you?',
      'Eerst contact, in korte woorden: een ander resultaat is een vraag, geen oordeel.',
      'Contact first, in few words: an unusual result is a question, not a verdict.',
    ],
    [
      'vd-stage-10',
      GOOD,
      ['netwerken'],
      'Wie helpt jou op je stage? Wat vraag je aan die persoon?',
      'Who helps you on your placement? What do you ask that person?',
      'Een vaste persoon op de stage is het begin van een netwerk.',
      'A familiar person on the placement is the start of a network.',
    ],
  ],
};

const onderzoek: Record<string, Entry[]> = {
  onderzoek: [
    [
      'vd-onderzoek-1',
      TOP,
      ['kwaliteiten'],
      'Sterk onderzoek. Welk deel deed je het liefst: de vraag scherp krijgen, gegevens verzamelen of de conclusie schrijven?',
      'Strong research. Which part did you enjoy most: sharpening the question, collecting data or writing the conclusion?',
      ...WHY_TALENT,
    ],
    [
      'vd-onderzoek-2',
      GOOD,
      ['werkexploratie'],
      'Onderzoek hoort bij veel beroepen, van beleid tot zorg. In welk werkveld zou jij een vraag willen uitzoeken?',
      'Research is part of many jobs, from policy to care. In which field would you like to investigate a question?',
      'Koppelt onderzoeksvaardigheden aan werkvelden.',
      'Links research skills to fields of work.',
    ],
    [
      'vd-onderzoek-3',
      USUAL,
      ['motieven'],
      'Welke vraag uit je vakgebied zou je zelf graag beantwoord zien? Wat maakt die vraag voor jou belangrijk?',
      'Which question in your field would you like to see answered? What makes that question important to you?',
      'De eigen onderzoeksvraag zegt iets over wat de student drijft.',
      'Their own research question says something about what drives the student.',
    ],
    [
      'vd-onderzoek-4',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe ging dit onderzoek voor jou, en welke vragen heb je nog?',
      'This is different from what I am used to from you. How did this research go for you, and which questions do you still have?',
      'Eerst contact; ruimte voor vragen helpt wie onderzoekstaal nog aan het leren is.',
      'Contact first; room for questions helps those still learning the language of research.',
    ],
    [
      'vd-onderzoek-5',
      PB,
      ['netwerken'],
      'Wie uit het werkveld zou je over je onderzoek willen vertellen? Wat hoop je van die persoon te horen?',
      'Whom in the field would you like to tell about your research? What do you hope to hear from them?',
      'Een sterk onderzoek is een reden om het werkveld op te zoeken.',
      'Strong research is a reason to reach out to the field.',
    ],
  ],
};

/** Praktijkonderwijs and vso, any vak (also one the host names in a way we do not recognise). */
/** The isk (nieuwkomers): a cue in any vak, in short and plain words, for every kind of result. */
const iskGeneral: Entry[] = [
  [
    'vd-algemeen-13',
    TOP,
    ['kwaliteiten'],
    'Dit ging goed. Wat heb je gedaan om dit te leren?',
    'This went well. What did you do to learn it?',
    ...WHY_PLAIN_TALENT,
  ],
  [
    'vd-algemeen-14',
    GOOD,
    ['werkexploratie', 'netwerken'],
    'In welk werk heb je dit vak nodig, en wie ken je die zulk werk doet?',
    'In which work do you need this subject, and whom do you know who does such work?',
    'Van het vak naar werk, met iemand die de leerling zelf kent.',
    'From the subject to work, with someone the student knows.',
  ],
  [
    'vd-algemeen-15',
    USUAL,
    ['motieven'],
    'Wat vind je het leukst aan dit vak, en waarom?',
    'What do you like most about this subject, and why?',
    'Wat een leerling graag doet, wijst naar werk dat past.',
    'What a student likes doing points to work that fits.',
  ],
  withId('vd-algemeen-16', CONTACT_PLAIN),
];

const proVsoGeneral: Entry[] = [
  [
    'vd-algemeen-7',
    TOP,
    ['kwaliteiten'],
    'Goed gedaan. Wat ging goed, denk je?',
    'Well done. What went well, do you think?',
    ...WHY_PLAIN_TALENT,
  ],
  [
    'vd-algemeen-8',
    PB,
    ['kwaliteiten', 'netwerken'],
    'Dit is je beste resultaat tot nu toe. Aan wie wil je dat vertellen?',
    'This is your best result so far. Whom would you like to tell?',
    'Een talent dat iemand anders kent, kan later terugkomen.',
    'A talent someone else knows about can come back later.',
  ],
  [
    'vd-algemeen-9',
    GOOD,
    ['werkexploratie'],
    'Waar heb je dit vak nodig, in werk of op je stage?',
    'Where do you need this subject, in work or on your placement?',
    'Van het vak naar werk, met een voorbeeld uit de stage.',
    'From the subject to work, with an example from the placement.',
  ],
  [
    'vd-algemeen-10',
    USUAL,
    ['motieven'],
    'Wat doe je het liefst in dit vak? Waarom?',
    'What do you like doing most in this subject? Why?',
    'Wat een leerling graag doet, wijst naar werk dat past.',
    'What a student likes doing points to work that fits.',
  ],
  withId('vd-algemeen-11', CONTACT_PLAIN),
  [
    'vd-algemeen-12',
    BELOW,
    ['loopbaansturing', 'netwerken'],
    'Wat of wie helpt jou het best bij dit vak?',
    'What or who helps you best with this subject?',
    'Na het contact: de leerling noemt zelf wat helpt.',
    'After contact: the student names what helps.',
  ],
];

export const vakdocentRanden: Prompt[] = [
  ...subjectPrompts(table),
  ...subjectPromptsIn(wiskundeOnderbouw, ['havo', 'vwo'], [1, 2, 3]),
  ...subjectPrompts(keuzedeel),
  ...subjectPromptsIn(stageMboHbo, ['mbo', 'hbo']),
  ...subjectPromptsIn(stageBbl, ['mbo']).map((p): Prompt => ({ ...p, paths: ['bbl'] })),
  ...subjectPromptsIn(proVso, ['pro', 'vso']),
  ...subjectPrompts(onderzoek),
  ...proVsoGeneral.map((entry) => entryPrompt(entry, ['pro', 'vso'])),
  ...iskGeneral.map((entry) => entryPrompt(entry, ['isk'])),
];

import type { Competence, Prompt, Role, SchoolType, Step } from '../schema';

/**
 * Family 'gesprek': the loopbaangesprek in four steps (terugkijken → reflecteren → vooruitkijken →
 * vervolgstap) × the five loopbaancompetenties. For the mentor / SLB'er in the side panel or on the
 * student record. Written in our own words after Expertisepunt LOB (loopbaangesprek), Kuijpers &
 * Meijers (loopbaancompetenties) and seed 004 (HvA 2023).
 */

const ALL: SchoolType[] = ['vmbo', 'havo', 'vwo', 'mbo', 'hbo', 'pro', 'vso', 'isk'];
const MENTOR: Role[] = ['mentor'];
const BOTH: Role[] = ['mentor', 'vakdocent'];

const LOB_GESPREK = 'Expertisepunt LOB, loopbaangesprek; Kuijpers & Meijers, loopbaancompetenties';

export function g(
  id: string,
  step: Step,
  competences: Competence[],
  text: [string, string],
  why: [string, string],
  extra: { roles?: Role[]; schoolTypes?: SchoolType[]; source?: string } = {},
): Prompt {
  return {
    id: `gs-${id}`,
    family: 'gesprek',
    text: { nl: text[0], en: text[1] },
    why: { nl: why[0], en: why[1] },
    competences,
    steps: [step],
    roles: extra.roles ?? MENTOR,
    places: ['sidePanel', 'studentRecord'],
    schoolTypes: extra.schoolTypes ?? ALL,
    source: extra.source ?? LOB_GESPREK,
  };
}

export const gesprek: Prompt[] = [
  // ── Terugkijken: one concrete experience ────────────────────────────────────────────────
  g(
    'terug-kw-1',
    'terugkijken',
    ['kwaliteiten'],
    [
      'Wat heb je de afgelopen weken gedaan waar je een beetje trots op bent?',
      'What have you done in the past few weeks that you are a little proud of?',
    ],
    [
      'Een concrete ervaring is het beste begin; trots wijst vaak naar een kwaliteit.',
      'A concrete experience is the best start; pride often points to a quality.',
    ],
    { roles: BOTH },
  ),
  g(
    'terug-kw-2',
    'terugkijken',
    ['kwaliteiten'],
    [
      'Denk aan een toets, project of klus van de laatste tijd. Wat ging daar goed?',
      'Think of a recent test, project or job. What went well there?',
    ],
    [
      'Terugkijken op één echte ervaring maakt kwaliteiten zichtbaar.',
      'Looking back on one real experience makes qualities visible.',
    ],
  ),
  g(
    'terug-kw-3',
    'terugkijken',
    ['kwaliteiten'],
    [
      'Wanneer merkte je laatst dat iets je makkelijker afging dan je dacht?',
      'When did you last notice that something came easier to you than you expected?',
    ],
    [
      'Verrassing over jezelf is vaak het begin van een nieuwe kwaliteit.',
      'Being surprised by yourself is often the start of a new quality.',
    ],
  ),
  g(
    'terug-kw-4',
    'terugkijken',
    ['kwaliteiten'],
    [
      'Wat deed je laatst buiten school waar je goed in bleek te zijn?',
      'What did you do outside school recently that you turned out to be good at?',
    ],
    [
      'Het leven buiten school zegt veel over wat iemand kan, en komt zelden ter sprake.',
      'Life outside school says a lot about what someone can do, and rarely comes up.',
    ],
    { source: 'seed 004:1745-1755 (HvA 2023), eigen woorden' },
  ),

  g(
    'terug-mo-1',
    'terugkijken',
    ['motieven'],
    [
      'Wat was de afgelopen tijd je leukste moment, op school of daarbuiten?',
      'What was your best moment recently, at school or outside it?',
    ],
    [
      'Plezier in een concrete situatie is een spoor naar wat iemand drijft.',
      'Enjoyment in a concrete situation is a trail to what drives someone.',
    ],
    { roles: BOTH },
  ),
  g(
    'terug-mo-2',
    'terugkijken',
    ['motieven'],
    ['Bij welke les, klus of hobby vergat je laatst de tijd?', 'In which lesson, job or hobby did you last lose track of time?'],
    ['Waar de tijd vliegt, zit vaak een motief.', 'Where time flies, there is often a motive.'],
  ),
  g(
    'terug-mo-3',
    'terugkijken',
    ['motieven'],
    [
      'Waar heb je je laatst aan geërgerd? Wat zegt dat over wat jij belangrijk vindt?',
      'What annoyed you recently? What does that say about what matters to you?',
    ],
    ['Ergernis laat net zo goed waarden zien als plezier.', 'Irritation shows values just as well as enjoyment does.'],
  ),
  g(
    'terug-mo-4',
    'terugkijken',
    ['motieven'],
    [
      'Welke opdracht deed je laatst met plezier, ook al was hij lastig?',
      'Which task did you enjoy recently, even though it was hard?',
    ],
    [
      'Iets lastigs toch leuk vinden zegt veel over wat iemand drijft.',
      'Enjoying something hard says a lot about what drives someone.',
    ],
  ),

  g(
    'terug-we-1',
    'terugkijken',
    ['werkexploratie'],
    [
      'Welk werk heb je de laatste tijd van dichtbij gezien, bij een bijbaan, stage of thuis?',
      'What work have you seen up close lately, in a side job, placement or at home?',
    ],
    ['Werkexploratie begint bij werk dat de leerling al kent.', 'Work exploration starts with work the student already knows.'],
  ),
  g(
    'terug-we-2',
    'terugkijken',
    ['werkexploratie'],
    ['Wie heb je laatst aan het werk gezien, en wat viel je op?', 'Whom did you see at work recently, and what struck you?'],
    ['Concreet werk dat je zag, zegt meer dan een lijst met beroepen.', 'Concrete work you saw says more than a list of jobs.'],
  ),
  g(
    'terug-we-3',
    'terugkijken',
    ['werkexploratie'],
    ['Wat heb je onlangs gedaan dat op echt werk leek?', 'What did you do recently that resembled real work?'],
    [
      'Projecten, klussen en vrijwilligerswerk zijn ook werkervaring.',
      'Projects, jobs and volunteering count as work experience too.',
    ],
  ),
  g(
    'terug-we-4',
    'terugkijken',
    ['werkexploratie'],
    [
      'Welk beroep kwam je de laatste tijd tegen, in een les, een serie of een gesprek?',
      'Which job did you come across lately, in a lesson, a series or a conversation?',
    ],
    ['Beroepen duiken overal op; dit haalt ze naar de oppervlakte.', 'Jobs turn up everywhere; this brings them to the surface.'],
    { roles: BOTH },
  ),

  g(
    'terug-ls-1',
    'terugkijken',
    ['loopbaansturing'],
    [
      'Welke keuze heb je de laatste tijd gemaakt, groot of klein? Hoe pakte je dat aan?',
      'Which choice did you make recently, big or small? How did you go about it?',
    ],
    [
      'Hoe iemand kleine keuzes maakt, zegt iets over grote keuzes.',
      'How someone makes small choices says something about big ones.',
    ],
  ),
  g(
    'terug-ls-2',
    'terugkijken',
    ['loopbaansturing'],
    [
      'Als je sinds ons vorige gesprek iets hebt geprobeerd: wat was het, en hoe ging dat?',
      'If you have tried something since our last conversation: what was it, and how did it go?',
    ],
    [
      'Terugkomen op de vorige stap laat zien dat die stap ertoe doet.',
      'Returning to the last step shows that the step matters.',
    ],
  ),
  g(
    'terug-ls-3',
    'terugkijken',
    ['loopbaansturing'],
    [
      'Wanneer had je laatst zelf het stuur in handen bij iets wat je wilde bereiken?',
      'When did you last take the wheel yourself for something you wanted to achieve?',
    ],
    [
      'Eigen regie herkennen in het verleden maakt het makkelijker vooruit.',
      'Recognising your own steering in the past makes it easier going forward.',
    ],
  ),
  g(
    'terug-ls-4',
    'terugkijken',
    ['loopbaansturing'],
    [
      'Hoe ben je op deze school of opleiding terechtgekomen? Wie of wat hielp bij die keuze?',
      'How did you end up at this school or programme? Who or what helped with that choice?',
    ],
    [
      'Het verhaal van de vorige keuze is een goede spiegel voor de volgende.',
      'The story of the last choice is a good mirror for the next one.',
    ],
  ),

  g(
    'terug-nw-1',
    'terugkijken',
    ['netwerken'],
    ['Wie waren belangrijke mensen op je route tot nu toe?', 'Who were important people on your route so far?'],
    [
      'Deze vraag opent vaak verhalen en laat zien wie er al meedenken.',
      'This question often opens up stories and shows who already thinks along.',
    ],
    { source: 'seed 004:3079-3083 (HvA 2023), eigen woorden' },
  ),
  g(
    'terug-nw-2',
    'terugkijken',
    ['netwerken'],
    ['Met wie heb je het de laatste tijd over later gehad?', 'Whom have you talked to about the future lately?'],
    ['Laat zien met wie de leerling al over keuzes praat.', 'Shows whom the student already talks to about choices.'],
  ),
  g(
    'terug-nw-3',
    'terugkijken',
    ['netwerken'],
    [
      'Wie heeft je onlangs ergens mee geholpen? Hoe kwam dat zo?',
      'Who helped you with something recently? How did that come about?',
    ],
    ['Hulp vragen en krijgen is de kern van netwerken.', 'Asking for and receiving help is the core of networking.'],
  ),
  g(
    'terug-nw-4',
    'terugkijken',
    ['netwerken'],
    ['Van wie heb je laatst iets geleerd buiten de lessen om?', 'From whom did you learn something recently outside lessons?'],
    [
      'Leren gebeurt ook bij sport, bijbaan en familie; daar zit een netwerk.',
      'Learning also happens in sport, jobs and family; that is a network.',
    ],
  ),

  // ── Reflecteren: what went well and how do you know; what did you enjoy and why ──────────
  g(
    'refl-kw-1',
    'reflecteren',
    ['kwaliteiten'],
    ['Wat ging daar goed, en hoe weet je dat?', 'What went well there, and how do you know?'],
    [
      'De kernvraag van kwaliteitenreflectie: het bewijs komt van de leerling zelf.',
      'The core question of reflecting on qualities: the evidence comes from the student.',
    ],
    { roles: BOTH },
  ),
  g(
    'refl-kw-2',
    'reflecteren',
    ['kwaliteiten'],
    [
      'Ik zag laatst iets wat jij goed kunt (noem één ding dat je zag). Waar merk jij dat zelf?',
      'I recently saw something you are good at (name one thing you saw). Where do you notice it yourself?',
    ],
    [
      'Eén kwaliteit die de docent zelf zag, helpt leerlingen die hun kwaliteiten lastig vinden te benoemen.',
      'One quality the teacher saw helps students who find it hard to name their own qualities.',
    ],
    { roles: BOTH, source: 'seed 004:1892-1896 (HvA 2023), eigen woorden' },
  ),
  g(
    'refl-kw-3',
    'reflecteren',
    ['kwaliteiten'],
    ['Wat zouden je vrienden zeggen waar jij goed in bent?', 'What would your friends say you are good at?'],
    [
      'Een blik van buiten maakt het makkelijker om over jezelf te praten.',
      'An outside view makes it easier to talk about yourself.',
    ],
  ),
  g(
    'refl-kw-4',
    'reflecteren',
    ['kwaliteiten'],
    ['Wat vond je lastig, en wat deed je toen?', 'What did you find hard, and what did you do then?'],
    [
      'Kwaliteitenreflectie gaat ook over wat nog niet lukt en hoe je daarmee omgaat.',
      'Reflecting on qualities is also about what does not work yet and how you deal with it.',
    ],
  ),

  g(
    'refl-mo-1',
    'reflecteren',
    ['motieven'],
    ['Wat vond je er leuk aan, en waarom juist dat?', 'What did you enjoy about it, and why that in particular?'],
    ['Het waarom achter plezier laat motieven zien.', 'The why under enjoyment reveals motives.'],
    { roles: BOTH },
  ),
  g(
    'refl-mo-2',
    'reflecteren',
    ['motieven'],
    ['Waar kreeg je energie van, en waar juist niet?', 'What gave you energy, and what did not?'],
    ['Energie is een betrouwbaar kompas voor wat iemand drijft.', 'Energy is a reliable compass for what drives someone.'],
  ),
  g(
    'refl-mo-3',
    'reflecteren',
    ['motieven'],
    [
      'Wat vind jij fijn als je ergens aan werkt: samen of alleen, iets maken, iemand helpen?',
      'What do you like when working on something: together or alone, making things, helping someone?',
    ],
    [
      'Voorkeuren in hoe je werkt zijn motieven die bij werk passen of niet.',
      'Preferences in how you work are motives that do or do not fit a job.',
    ],
  ),
  g(
    'refl-mo-4',
    'reflecteren',
    ['motieven'],
    [
      'Als je het opnieuw mocht doen, wat zou je zeker weer zo doen?',
      'If you could do it again, what would you certainly do the same way?',
    ],
    ['Wat iemand wil herhalen, vertelt wat hij of zij waardevol vindt.', 'What someone wants to repeat tells what they value.'],
  ),

  g(
    'refl-we-1',
    'reflecteren',
    ['werkexploratie'],
    ['Welk werk past bij wat je net vertelde, denk je?', 'What kind of work fits what you just told me, do you think?'],
    [
      'Verbindt de ervaring van de leerling met werk, zonder dat de docent invult.',
      "Links the student's experience to work, without the teacher filling it in.",
    ],
  ),
  g(
    'refl-we-2',
    'reflecteren',
    ['werkexploratie'],
    [
      'Wat denk je dat die persoon op een gewone werkdag precies doet?',
      'What do you think that person actually does on an ordinary working day?',
    ],
    [
      'Van een beroepsnaam naar het echte werk: daar zit de werkexploratie.',
      'From a job title to the real work: that is where exploring work happens.',
    ],
  ),
  g(
    'refl-we-3',
    'reflecteren',
    ['werkexploratie', 'motieven'],
    ['Wat sprak je aan in dat werk, en wat juist niet?', 'What appealed to you in that work, and what did not?'],
    ['Ook wat niet past, is waardevolle informatie.', 'What does not fit is valuable information too.'],
  ),

  g(
    'refl-ls-1',
    'reflecteren',
    ['loopbaansturing'],
    [
      'Wat heeft die ervaring veranderd aan hoe je naar je keuzes kijkt?',
      'What has that experience changed in how you look at your choices?',
    ],
    [
      'Betekenis geven aan een ervaring maakt haar bruikbaar voor de toekomst.',
      'Giving meaning to an experience makes it useful for the future.',
    ],
  ),
  g(
    'refl-ls-2',
    'reflecteren',
    ['loopbaansturing'],
    ['Wat hielp je om het zo aan te pakken?', 'What helped you approach it that way?'],
    ['Wie weet wat hielp, kan het opnieuw inzetten.', 'Knowing what helped means you can use it again.'],
  ),
  g(
    'refl-ls-3',
    'reflecteren',
    ['loopbaansturing'],
    ['Wat zou je een volgende keer anders aanpakken, en waarom?', 'What would you do differently next time, and why?'],
    [
      'Leren sturen begint bij zelf bedenken wat je anders wilt.',
      'Learning to steer starts with working out yourself what you want to change.',
    ],
  ),

  g(
    'refl-nw-1',
    'reflecteren',
    ['netwerken'],
    ['Wie hielp je daarbij, en wat had je aan die persoon?', 'Who helped you with that, and what did that person give you?'],
    [
      'Maakt zichtbaar welke mensen al deel zijn van het netwerk van de leerling.',
      "Makes visible which people are already part of the student's network.",
    ],
  ),
  g(
    'refl-nw-2',
    'reflecteren',
    ['netwerken', 'kwaliteiten'],
    ['Wie zag wat je goed deed? Wat zei die persoon erover?', 'Who saw what you did well? What did they say about it?'],
    [
      'Complimenten van anderen helpen kwaliteiten te zien en laten zien wie meekijkt.',
      'Compliments from others help students see qualities and show who is watching out for them.',
    ],
  ),
  g(
    'refl-nw-3',
    'reflecteren',
    ['netwerken'],
    ['Met wie zou je dit verhaal nog eens willen delen?', 'With whom would you like to share this story again?'],
    ['Een verhaal delen versterkt het en verbreedt het netwerk.', 'Sharing a story strengthens it and widens the network.'],
  ),

  // ── Vooruitkijken: what does this mean for choices to explore ──────────────────────────
  g(
    'vooruit-kw-1',
    'vooruitkijken',
    ['kwaliteiten'],
    ['Waar zou je deze kwaliteit nog meer kunnen gebruiken?', 'Where else could you use this quality?'],
    [
      'Een kwaliteit wordt sterker als de leerling ziet waar hij nog meer past.',
      'A quality grows stronger when the student sees where else it fits.',
    ],
    { roles: BOTH },
  ),
  g(
    'vooruit-kw-2',
    'vooruitkijken',
    ['kwaliteiten'],
    ['Welke kwaliteit wil je dit jaar verder ontwikkelen?', 'Which quality would you like to develop further this year?'],
    ['Richt de blik vooruit, vanuit wat er al is.', 'Looks ahead, starting from what is already there.'],
  ),
  g(
    'vooruit-kw-3',
    'vooruitkijken',
    ['kwaliteiten'],
    [
      'Wat zou je een keer willen proberen om te ontdekken of je het kunt?',
      'What would you like to try once to find out whether you can do it?',
    ],
    ['Nieuwe kwaliteiten ontdek je door te doen, niet door te denken.', 'You discover new qualities by doing, not by thinking.'],
  ),

  g(
    'vooruit-mo-1',
    'vooruitkijken',
    ['motieven'],
    ['Waar wil je over vijf jaar zijn?', 'Where do you want to be in five years?'],
    [
      'Beantwoord hem eerst even voor jezelf; dan stel je hem met meer ruimte.',
      'Answer it for yourself first; then you ask it with more room.',
    ],
    { source: 'seed 004:1786-1792 (HvA 2023), eigen woorden' },
  ),
  g(
    'vooruit-mo-2',
    'vooruitkijken',
    ['motieven'],
    [
      'Studeren, werken of reizen: wat trekt je het meest, en waarom?',
      'Studying, working or travelling: what draws you most, and why?',
    ],
    [
      'Een brede keuzehorizon laat zien wat de leerling echt wil, zonder vaste route.',
      'A wide choice horizon shows what the student really wants, with no fixed route.',
    ],
    { source: 'seed 004:1784-1788 (HvA 2023), eigen woorden' },
  ),
  g(
    'vooruit-mo-3',
    'vooruitkijken',
    ['motieven'],
    ['Wat wil je later in elk geval terugzien in je werk?', 'What would you like to find in your work later, whatever it is?'],
    ['Waarden zijn stabieler dan beroepswensen.', 'Values are more stable than job wishes.'],
  ),
  g(
    'vooruit-mo-4',
    'vooruitkijken',
    ['motieven'],
    [
      'Kiezen voor wat je leuk vindt of voor wat veel oplevert: hoe kijk jij daartegen aan?',
      'Choosing what you enjoy or what pays well: how do you see that?',
    ],
    [
      'Geeft ruimte aan de eigen waarden van de leerling, zonder oordeel.',
      "Makes room for the student's own values, without judgement.",
    ],
    { source: 'seed 004:1782-1790 (HvA 2023), eigen woorden' },
  ),

  g(
    'vooruit-we-1',
    'vooruitkijken',
    ['werkexploratie'],
    ['Welk werk zou je wel eens een dag van dichtbij willen zien?', 'Which work would you like to see up close for a day?'],
    ['Een concrete wens maakt de volgende stap makkelijker.', 'A concrete wish makes the next step easier.'],
  ),
  g(
    'vooruit-we-2',
    'vooruitkijken',
    ['werkexploratie'],
    [
      'Welke opleidingen of beroepen passen bij wat je vertelde? Welke wil je verkennen?',
      'Which programmes or jobs fit what you told me? Which would you like to explore?',
    ],
    ['Van ervaring naar opties die de leerling zelf kiest.', 'From experience to options the student picks.'],
  ),
  g(
    'vooruit-we-3',
    'vooruitkijken',
    ['werkexploratie'],
    [
      'Over welk beroep of welke opleiding zou je meer willen weten?',
      'Which job or programme would you like to know more about?',
    ],
    ['Nieuwsgierigheid is de beste ingang voor oriëntatie.', 'Curiosity is the best way into orientation.'],
    { roles: BOTH },
  ),

  g(
    'vooruit-ls-1',
    'vooruitkijken',
    ['loopbaansturing'],
    [
      'Welke keuze komt er voor jou aan, en wat wil je weten voordat je kiest?',
      'Which choice is coming up for you, and what do you want to know before you choose?',
    ],
    [
      'Helpt de leerling zelf de vragen te formuleren die bij de keuze horen.',
      'Helps the student phrase the questions that belong to the choice.',
    ],
  ),
  g(
    'vooruit-ls-2',
    'vooruitkijken',
    ['loopbaansturing'],
    [
      'Wat zou je dit jaar willen bereiken? Hoe kom je daar, denk je?',
      'What would you like to achieve this year? How do you think you will get there?',
    ],
    [
      'De kernvraag van loopbaansturing, in het tempo van de leerling.',
      "The core question of career steering, at the student's own pace.",
    ],
  ),
  g(
    'vooruit-ls-3',
    'vooruitkijken',
    ['loopbaansturing'],
    [
      'Welke routes zie je naar wat je wilt? Welke omweg zou er ook komen?',
      'Which routes do you see to what you want? Which detour could get there too?',
    ],
    [
      'Er zijn vaak meer wegen dan leerlingen kennen, ook via een tussenstap.',
      'There are often more roads than students know, including via an extra step.',
    ],
  ),
  g(
    'vooruit-ls-4',
    'vooruitkijken',
    ['loopbaansturing'],
    [
      'Het is prima om het nog niet te weten. Wat zou je willen uitzoeken?',
      'It is fine not to know yet. What would you like to find out?',
    ],
    [
      'Neemt druk weg: er bestaan geen foute keuzes, wel vragen om uit te zoeken.',
      'Takes pressure off: there are no wrong choices, only questions to explore.',
    ],
    { source: 'seed 004:1828-1830 (HvA 2023), eigen woorden' },
  ),

  g(
    'vooruit-nw-1',
    'vooruitkijken',
    ['netwerken'],
    ['Wie ken je die werkt in iets wat jou interesseert?', 'Whom do you know who works in something that interests you?'],
    ['Veel leerlingen kennen meer mensen dan ze denken.', 'Many students know more people than they think.'],
    { roles: BOTH },
  ),
  g(
    'vooruit-nw-2',
    'vooruitkijken',
    ['netwerken'],
    [
      'Wie zou je kunnen helpen dit uit te zoeken, en waarom juist die persoon?',
      'Who could help you find this out, and why that person in particular?',
    ],
    ['De kernvraag van netwerken: wie kan helpen, en waarom.', 'The core question of networking: who can help, and why.'],
  ),
  g(
    'vooruit-nw-3',
    'vooruitkijken',
    ['netwerken'],
    ['Wie thuis of in je omgeving denkt mee over je keuzes?', 'Who at home or around you thinks along about your choices?'],
    [
      'Maakt zichtbaar wie meedenkt, zonder iets aan te nemen over thuis.',
      'Shows who thinks along, without assuming anything about home.',
    ],
  ),

  // ── Vervolgstap: one small step the student names and owns ────────────────────────────
  g(
    'stap-kw-1',
    'vervolgstap',
    ['kwaliteiten'],
    ['Waar ga je de komende weken die kwaliteit inzetten?', 'Where will you use that quality in the coming weeks?'],
    ['Een kwaliteit groeit door haar bewust te gebruiken.', 'A quality grows by using it on purpose.'],
  ),
  g(
    'stap-kw-2',
    'vervolgstap',
    ['kwaliteiten', 'netwerken'],
    [
      'Wie zou je kunnen vragen wat jij goed doet? Wanneer vraag je het?',
      'Whom could you ask what you do well? When will you ask?',
    ],
    [
      'Feedback van anderen halen is een kleine stap met veel opbrengst.',
      'Asking others for feedback is a small step with a big return.',
    ],
  ),
  g(
    'stap-kw-3',
    'vervolgstap',
    ['kwaliteiten'],
    [
      'Welke kleine uitdaging zou je opzoeken om te ontdekken wat je nog meer kunt?',
      'Which small challenge would you take on to find out what else you can do?',
    ],
    ['Klein en concreet maakt een stap haalbaar.', 'Small and concrete makes a step doable.'],
  ),

  g(
    'stap-mo-1',
    'vervolgstap',
    ['motieven'],
    ['Wat ga je doen om te ontdekken of je dit echt leuk vindt?', 'What will you do to find out whether you really enjoy this?'],
    [
      'Motieven worden duidelijker door ze te toetsen aan een ervaring.',
      'Motives become clearer by testing them against an experience.',
    ],
  ),
  g(
    'stap-mo-2',
    'vervolgstap',
    ['motieven'],
    [
      'Wat is een kleine stap richting iets waar je blij van wordt?',
      'What is one small step towards something that makes you happy?',
    ],
    ['Het kan iets kleins zijn; het gaat om de richting.', 'It can be something small; what counts is the direction.'],
  ),
  g(
    'stap-mo-3',
    'vervolgstap',
    ['motieven', 'werkexploratie'],
    ['Welke ervaring in de echte wereld wil je hierna proberen?', 'Which real-world experience would you like to try next?'],
    [
      'Ervaringen buiten school voeden het gesprek over wat je wilt.',
      'Experiences outside school feed the conversation about what you want.',
    ],
    { source: 'seed 004:1892-1896 (HvA 2023), eigen woorden' },
  ),

  g(
    'stap-we-1',
    'vervolgstap',
    ['werkexploratie'],
    [
      'Welke open dag, meeloopdag of werkplek ga je bekijken, en wanneer?',
      'Which open day, shadow day or workplace will you visit, and when?',
    ],
    ['Een datum maakt van een idee een stap.', 'A date turns an idea into a step.'],
    { schoolTypes: ['vmbo', 'havo', 'vwo', 'mbo'] },
  ),
  g(
    'stap-we-2',
    'vervolgstap',
    ['werkexploratie', 'netwerken'],
    [
      'Met wie uit dat beroep zou je een keer willen praten? Wanneer?',
      'Who in that job would you like to talk to some time? When?',
    ],
    [
      'Een gesprek met iemand uit het vak is een van de rijkste oriëntaties.',
      'Talking with someone in the field is one of the richest ways to explore.',
    ],
  ),
  g(
    'stap-we-3',
    'vervolgstap',
    ['werkexploratie'],
    [
      'Wat ga je deze maand doen om meer over dit werk te weten te komen?',
      'What will you do this month to learn more about this work?',
    ],
    [
      'Meerdere verschillende oriëntaties samen maken een keuze duurzamer.',
      'Several different orientation activities together make a choice more lasting.',
    ],
    { source: 'seed 004:723-729 (HvA 2023), eigen woorden' },
  ),
  g(
    'stap-we-4',
    'vervolgstap',
    ['werkexploratie'],
    [
      'Welke stage, minor of project zou je kunnen gebruiken om dit werkveld te verkennen?',
      'Which placement, minor or project could you use to explore this field?',
    ],
    [
      'In het hbo liggen de verkenningskansen vaak al in het programma.',
      'In higher education the chances to explore often sit in the programme itself.',
    ],
    { schoolTypes: ['hbo'] },
  ),

  g(
    'stap-ls-1',
    'vervolgstap',
    ['loopbaansturing'],
    [
      'Wat is één kleine stap die je deze week zet? Hoe merk je dat hij gezet is?',
      'What is one small step you will take this week? How will you notice you took it?',
    ],
    [
      'De stap is van de leerling: zelf bedacht, klein en concreet.',
      'The step belongs to the student: self-chosen, small and concrete.',
    ],
  ),
  g(
    'stap-ls-2',
    'vervolgstap',
    ['loopbaansturing'],
    ['Wat spreken we af, en wanneer praten we elkaar weer?', 'What do we agree on, and when do we talk again?'],
    [
      'Een afspraak met een moment maakt het gesprek een doorlopende lijn.',
      'An agreement with a date makes the conversation an ongoing thread.',
    ],
  ),
  g(
    'stap-ls-3',
    'vervolgstap',
    ['loopbaansturing'],
    ['Wat heb je nodig om die stap te zetten?', 'What do you need to take that step?'],
    [
      'Laat de leerling zelf benoemen wat helpt, in plaats van het voor te zeggen.',
      'Lets the student name what helps, instead of telling them.',
    ],
  ),

  g(
    'stap-nw-1',
    'vervolgstap',
    ['netwerken'],
    [
      'Wie kan je bij die stap helpen, en hoe ga je het diegene vragen?',
      'Who can help you with that step, and how will you ask them?',
    ],
    ['Netwerken oefen je door iemand echt iets te vragen.', 'You practise networking by actually asking someone something.'],
  ),
  g(
    'stap-nw-2',
    'vervolgstap',
    ['netwerken'],
    ['Wie vertel je over je plan, zodat die kan meedenken?', 'Whom will you tell about your plan, so they can think along?'],
    [
      'Een plan delen maakt het concreter en haalt hulp dichterbij.',
      'Sharing a plan makes it more concrete and brings help closer.',
    ],
  ),
  g(
    'stap-nw-3',
    'vervolgstap',
    ['netwerken'],
    [
      'Met wie zou je willen praten over dit werk? Hoe kom je met die persoon in contact?',
      'Whom would you like to talk to about this work? How will you get in touch with them?',
    ],
    [
      'De leerling legt zelf het contact; de docent kan meedenken over hoe.',
      'The student makes the contact; the teacher can think along about how.',
    ],
  ),
  g(
    'stap-nw-4',
    'vervolgstap',
    ['netwerken'],
    [
      'Welke oud-leerling of oud-student zou je iets willen vragen over de route na deze opleiding?',
      'Which former student would you like to ask about the route after this programme?',
    ],
    ['Alumni weten hoe de volgende stap voelt van binnenuit.', 'Alumni know what the next step feels like from the inside.'],
    { schoolTypes: ['mbo', 'hbo', 'havo', 'vwo'] },
  ),
];

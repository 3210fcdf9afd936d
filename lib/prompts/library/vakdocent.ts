import { MAIN_SCHOOL_TYPES } from '../../core/domain';
import type { Competence, Prompt, SchoolType, Trigger } from '../schema';
import { subjects } from './subjects';

/**
 * Family 'vakdocent': prompts while grading or on the record, linked to the subject and to this
 * result relative to the student's own usual (never a verdict). Names the talent, mentions
 * beroepen/werkvelden in the vak (Gatsby benchmark 4). A result below the student's usual → contact
 * first, curious and warm. Written in our own words after seed 004:757-765 and 3256-3266 (HvA 2023).
 */

/** An entry without its id: the content a table shares between subjects (e.g. the contact-first question). */
export type SharedEntry = [triggers: Trigger[], competences: Competence[], nl: string, en: string, whyNl: string, whyEn: string];

/**
 * One prompt of a table, its id written out first. An id never moves: a new prompt gets a new id
 * (the next free number), a changed id goes into lib/prompts/renames.ts (see shipped-ids.json).
 */
export type Entry = [id: string, ...SharedEntry];

/** A shared entry under this subject's own id: `withId('vd-engels-4', CONTACT_FIRST)`. */
export function withId(id: string, shared: SharedEntry): Entry {
  return [id, ...shared];
}

export const TOP: Trigger[] = ['personalBest', 'strong'];
export const PB: Trigger[] = ['personalBest'];
const STRONG: Trigger[] = ['strong'];
export const GOOD: Trigger[] = ['strong', 'usual'];
export const USUAL: Trigger[] = ['usual'];
export const BELOW: Trigger[] = ['belowUsual'];

const SRC_TALENT = 'seed 004:757-765 (HvA 2023), eigen woorden; Gatsby benchmark 4';
const SRC_VAK = 'seed 004:3256-3266 (HvA 2023), eigen woorden';
const SRC_CONTACT = 'lob-content.md §5 (contact eerst); seed 004:1731 (HvA 2023), eigen woorden';

export const WHY_TALENT: [string, string] = [
  'Een sterk resultaat is een kans om het talent hardop te benoemen.',
  'A strong result is a chance to name the talent out loud.',
];
export const WHY_CONTACT: [string, string] = [
  'Eerst contact: een ander resultaat dan gewoonlijk is een vraag, geen oordeel.',
  'Contact first: an unusual result is a question, not a verdict.',
];

/** The contact-first question for a result unlike the student's own (shared by several subjects). */
const CONTACT_FIRST: SharedEntry = [
  BELOW,
  [],
  'Dit resultaat past niet bij wat ik van je ken. Hoe kijk jij ernaar?',
  'This result does not match what I know of you. How do you see it?',
  ...WHY_CONTACT,
];
/** The contact-first question most subject tables share ("anders dan ik van je gewend ben"). */
export const CONTACT_ANDERS: SharedEntry = [
  BELOW,
  [],
  'Dit is anders dan ik van je gewend ben. Hoe ging het voor jou?',
  'This is different from what I am used to from you. How did it go for you?',
  ...WHY_CONTACT,
];
const WHY_CONTACT_2: [string, string] = [
  'Nieuwsgierig blijven naar het verhaal van de leerling houdt de relatie open.',
  "Staying curious about the student's story keeps the relationship open.",
];

const bySubject: Record<string, Entry[]> = {
  nederlands: [
    [
      'vd-nederlands-1',
      TOP,
      ['kwaliteiten'],
      'Mooi resultaat. Wat ging je hier goed af: schrijven, lezen of je mening onderbouwen?',
      'Great result. What went well for you here: writing, reading or backing up your opinion?',
      ...WHY_TALENT,
    ],
    [
      'vd-nederlands-2',
      GOOD,
      ['werkexploratie'],
      'Journalisten, advocaten en logopedisten werken de hele dag met taal. Welk taalwerk spreekt jou aan?',
      'Journalists, lawyers and speech therapists work with language all day. Which language work appeals to you?',
      'Koppelt het vak aan beroepen waar taal centraal staat.',
      'Links the subject to jobs where language is central.',
    ],
    [
      'vd-nederlands-3',
      USUAL,
      ['motieven'],
      'Welke tekst of welk boek heeft je dit jaar echt iets gedaan? Wat was dat?',
      'Which text or book really did something to you this year? What was it?',
      'Wat iemand raakt in taal, zegt iets over wat hij of zij belangrijk vindt.',
      'What touches someone in language says something about what they value.',
    ],
    [
      'vd-nederlands-4',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe ging het voor jou?',
      'This is different from what I am used to from you. How did it go for you?',
      ...WHY_CONTACT,
    ],
  ],
  engels: [
    [
      'vd-engels-1',
      TOP,
      ['kwaliteiten'],
      'Knap gedaan. Waar merk je zelf dat je Engels sterk is: praten, lezen of schrijven?',
      'Well done. Where do you notice your English is strong: speaking, reading or writing?',
      ...WHY_TALENT,
    ],
    [
      'vd-engels-2',
      GOOD,
      ['werkexploratie'],
      'In de luchtvaart, de ict en de internationale handel is Engels de werktaal. Welke wereld trekt jou?',
      'In aviation, tech and international trade English is the working language. Which world draws you?',
      'Laat zien waar het vak buiten school gebruikt wordt.',
      'Shows where the subject is used outside school.',
    ],
    [
      'vd-engels-3',
      USUAL,
      ['motieven'],
      'Waar gebruik jij Engels buiten school: games, series, muziek, vakantie?',
      'Where do you use English outside school: games, series, music, holidays?',
      'Het vak leeft vaak buiten de les; daar zit motivatie.',
      'The subject often lives outside lessons; that is where motivation sits.',
    ],
    withId('vd-engels-4', CONTACT_FIRST),
    [
      'vd-engels-5',
      GOOD,
      ['netwerken'],
      'Ken je iemand die in het Engels werkt, in een bedrijf of in het buitenland? Wat zou je die willen vragen?',
      'Do you know someone who works in English, at a company or abroad? What would you ask them?',
      'Brengt het netwerk van de leerling in beeld rond het vak.',
      "Brings the student's network around the subject into view.",
    ],
  ],
  frans: [
    [
      'vd-frans-1',
      TOP,
      ['kwaliteiten'],
      'Dit is een mooi resultaat voor Frans. Wat heb je anders of beter gedaan dan eerst?',
      'This is a great result for French. What did you do differently or better than before?',
      ...WHY_TALENT,
    ],
    [
      'vd-frans-2',
      GOOD,
      ['werkexploratie'],
      'Tolken, koks en mensen in toerisme of export gebruiken Frans. Welke van die werelden trekt jou het meest, en waarom?',
      'Interpreters, chefs and people in tourism or export use French. Which of those worlds draws you most, and why?',
      'Maakt beroepen bij een taalvak concreet.',
      'Makes jobs linked to a language subject concrete.',
    ],
    [
      'vd-frans-3',
      USUAL,
      ['motieven'],
      'Wat vind je het leukste aan een nieuwe taal leren?',
      'What do you enjoy most about learning a new language?',
      'Plezier in leren is een motief dat in veel werk terugkomt.',
      'Enjoying learning is a motive that returns in a lot of work.',
    ],
    [
      'vd-frans-4',
      BELOW,
      [],
      'Deze toets ging anders dan ik van je gewend ben. Hoe was het voor jou?',
      'This test went differently from what I am used to from you. How was it for you?',
      ...WHY_CONTACT,
    ],
  ],
  duits: [
    [
      'vd-duits-1',
      TOP,
      ['kwaliteiten'],
      'Sterk gedaan. Wat ging je goed af: luisteren, lezen of zelf iets zeggen in het Duits?',
      'Well done. What went well for you: listening, reading or saying something in German yourself?',
      ...WHY_TALENT,
    ],
    [
      'vd-duits-2',
      GOOD,
      ['werkexploratie'],
      'In logistiek, techniek en export met Duitsland is Duits veel gevraagd. Welk werk over de grens zou jou trekken?',
      'German is much in demand in logistics, engineering and export with Germany. Which cross-border work would draw you?',
      'Een verrassende link tussen vak en werk opent het gesprek.',
      'A surprising link between subject and work opens the conversation.',
    ],
    [
      'vd-duits-3',
      USUAL,
      ['motieven'],
      'Wat doe je liever: een gesprek voeren in een andere taal of een tekst ontcijferen?',
      'What do you prefer: having a conversation in another language or decoding a text?',
      'Voorkeuren binnen het vak wijzen naar passend werk.',
      'Preferences within the subject point to suitable work.',
    ],
    [
      'vd-duits-4',
      BELOW,
      [],
      'Ik ken je anders in dit vak. Wat speelde er deze keer voor jou mee?',
      'I know you differently in this subject. What played a part for you this time?',
      ...WHY_CONTACT,
    ],
  ],
  wiskunde: [
    [
      'vd-wiskunde-1',
      TOP,
      ['kwaliteiten'],
      'Wat een resultaat. Hoe pakte je de lastigste som aan?',
      'What a result. How did you tackle the hardest problem?',
      ...WHY_TALENT,
    ],
    [
      'vd-wiskunde-2',
      GOOD,
      ['werkexploratie'],
      'Elektriciens, timmerlieden en verpleegkundigen rekenen elke dag. Welk werk met rekenen lijkt jou wat?',
      'Electricians, carpenters and nurses do maths every day. Which work with numbers appeals to you?',
      'Laat zien dat rekenen in veel praktische beroepen zit.',
      'Shows that maths is part of many practical jobs.',
    ],
    [
      'vd-wiskunde-3',
      USUAL,
      ['motieven'],
      'Wat doe je liever: een som uitpuzzelen of wiskunde in de praktijk gebruiken? Waarom?',
      'What do you prefer: puzzling out a problem or using maths in practice? Why?',
      'Puzzelen of toepassen: beide wijzen naar ander werk.',
      'Puzzling or applying: both point to different work.',
    ],
    [
      'vd-wiskunde-4',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe ging het voor jou?',
      'This is different from what I am used to from you. How did it go for you?',
      ...WHY_CONTACT,
    ],
  ],
  'wiskunde-a': [
    [
      'vd-wiskunde-a-1',
      TOP,
      ['kwaliteiten'],
      'Mooi resultaat. Wat ging je goed af: de statistiek, de modellen of het redeneren?',
      'Great result. What went well: the statistics, the models or the reasoning?',
      ...WHY_TALENT,
    ],
    [
      'vd-wiskunde-a-2',
      GOOD,
      ['werkexploratie'],
      'Data-analisten, economen en psychologen werken met dit soort wiskunde. Welk van die beroepen zou je van dichtbij willen zien?',
      'Data analysts, economists and psychologists work with this kind of maths. Which of those jobs would you like to see up close?',
      'Koppelt wiskunde A aan beroepen die veel leerlingen niet verwachten.',
      'Links maths A to jobs many students do not expect.',
    ],
    [
      'vd-wiskunde-a-3',
      USUAL,
      ['motieven'],
      'Welke vraag uit de echte wereld zou jij met cijfers willen uitzoeken?',
      'Which real-world question would you like to explore with numbers?',
      'Nieuwsgierigheid naar vragen laat zien wat iemand drijft.',
      'Curiosity about questions shows what drives someone.',
    ],
    withId('vd-wiskunde-a-4', CONTACT_FIRST),
  ],
  'wiskunde-b': [
    [
      'vd-wiskunde-b-1',
      TOP,
      ['kwaliteiten'],
      'Dit is je beste resultaat tot nu toe, of heel dichtbij. Hoe heb je dat voor elkaar gekregen?',
      'This is your best result so far, or very close. How did you manage it?',
      ...WHY_TALENT,
    ],
    [
      'vd-wiskunde-b-2',
      GOOD,
      ['werkexploratie'],
      'Ingenieurs, architecten en actuarissen gebruiken dit elke dag. Welke van die werelden spreekt je aan?',
      'Engineers, architects and actuaries use this every day. Which of those worlds appeals to you?',
      'Maakt zichtbaar waar wiskunde B naartoe kan leiden.',
      'Shows where maths B can lead.',
    ],
    [
      'vd-wiskunde-b-3',
      USUAL,
      ['motieven'],
      'Wat geeft je meer voldoening: een bewijs rond krijgen of een probleem uit de praktijk oplossen?',
      'What satisfies you more: finishing a proof or solving a practical problem?',
      'Het soort voldoening wijst naar het soort werk.',
      'The kind of satisfaction points to the kind of work.',
    ],
    [
      'vd-wiskunde-b-4',
      BELOW,
      [],
      'Deze toets ging anders dan ik van je gewend ben. Wat heb je zelf gemerkt?',
      'This test went differently from what I am used to from you. What did you notice yourself?',
      ...WHY_CONTACT,
    ],
    [
      'vd-wiskunde-b-5',
      GOOD,
      ['netwerken'],
      'Ken je iemand die als ingenieur of met data werkt? Wat zou je die persoon willen vragen?',
      'Do you know someone who works as an engineer or with data? What would you ask them?',
      'Een bekende uit het vak maakt een beroep tastbaar.',
      'Someone you know in the field makes a job tangible.',
    ],
  ],
  'wiskunde-c': [
    [
      'vd-wiskunde-c-1',
      TOP,
      ['kwaliteiten'],
      'Sterk resultaat. Waar zat voor jou de doorbraak?',
      'Strong result. Where was the breakthrough for you?',
      ...WHY_TALENT,
    ],
    [
      'vd-wiskunde-c-2',
      GOOD,
      ['werkexploratie'],
      'Journalisten en beleidsmakers onderbouwen verhalen en keuzes met cijfers. Over welk onderwerp zou jij dat willen doen?',
      'Journalists and policy makers back up stories and choices with numbers. On which topic would you like to do that?',
      'Verbindt wiskunde C met beroepen in taal, cultuur en beleid.',
      'Links maths C to jobs in language, culture and policy.',
    ],
    [
      'vd-wiskunde-c-3',
      USUAL,
      ['motieven'],
      'Wat vind je interessanter: de cijfers zelf, of het verhaal dat ze vertellen?',
      'What interests you more: the numbers themselves, or the story they tell?',
      'Laat zien waar de belangstelling van de leerling ligt.',
      "Shows where the student's interest lies.",
    ],
    [
      'vd-wiskunde-c-4',
      BELOW,
      [],
      'Dit is anders dan ik van je ken. Hoe was deze toets voor jou?',
      'This is different from what I know of you. How was this test for you?',
      ...WHY_CONTACT,
    ],
  ],
  natuurkunde: [
    [
      'vd-natuurkunde-1',
      TOP,
      ['kwaliteiten'],
      'Knap resultaat. Wat begreep je deze keer wat eerst nog lastig was?',
      'Impressive result. What did you understand this time that was hard before?',
      ...WHY_TALENT,
    ],
    [
      'vd-natuurkunde-2',
      GOOD,
      ['werkexploratie'],
      'Installatiemonteurs, radiologisch laboranten en klimaattechnici gebruiken natuurkunde in hun werk. Welke lijkt je interessant?',
      'Installers, radiographers and climate engineers use physics in their work. Which seems interesting to you?',
      'Toont natuurkunde in beroepen op mbo-, hbo- en wo-niveau.',
      'Shows physics in jobs at every level of education.',
    ],
    [
      'vd-natuurkunde-3',
      USUAL,
      ['motieven'],
      'Wat zou je willen weten over hoe iets werkt, van je telefoon tot het weer?',
      'What would you like to know about how things work, from your phone to the weather?',
      'Vragen waar iemand zelf mee rondloopt, wijzen op motieven.',
      'Questions someone carries around point to motives.',
    ],
    [
      'vd-natuurkunde-4',
      BELOW,
      [],
      'Dit resultaat past niet bij wat ik van je gewend ben. Hoe ging het voor jou?',
      'This result does not match what I am used to from you. How did it go for you?',
      ...WHY_CONTACT,
    ],
    [
      'vd-natuurkunde-5',
      GOOD,
      ['loopbaansturing'],
      'Als je natuurkunde interessant vindt: welke keuze in je pakket of vervolgopleiding houdt die deur open?',
      'If you find physics interesting: which choice in your subjects or next course keeps that door open?',
      'Legt de link tussen vakkeuze en toekomstige mogelijkheden.',
      'Links subject choice to future options.',
    ],
  ],
  scheikunde: [
    [
      'vd-scheikunde-1',
      TOP,
      ['kwaliteiten'],
      'Dit is echt goed. Waar in scheikunde voel jij je het meest thuis: rekenen, proeven doen of verklaren?',
      'This is really good. Where in chemistry do you feel most at home: calculating, doing experiments or explaining?',
      'Het talent benoemen, zoals de scheikundedocent uit het onderzoek deed.',
      'Naming the talent, like the chemistry teacher in the study did.',
    ],
    [
      'vd-scheikunde-2',
      GOOD,
      ['werkexploratie'],
      'Laboranten, apothekers en forensisch onderzoekers werken met scheikunde. Welke zou je eens willen zien werken?',
      'Lab technicians, pharmacists and forensic researchers work with chemistry. Which would you like to see at work?',
      'Noemt beroepen en studies in het vakgebied, zoals het onderzoek aanraadt.',
      'Mentions jobs and studies in the field, as the study suggests.',
    ],
    [
      'vd-scheikunde-3',
      USUAL,
      ['motieven'],
      'Wat vind je leuker: proeven doen in het lokaal of uitrekenen wat er gebeurt?',
      'What do you enjoy more: doing experiments or calculating what happens?',
      'Praktisch of beschouwend: een aanwijzing voor passend werk.',
      'Hands-on or reflective: a clue to suitable work.',
    ],
    [
      'vd-scheikunde-4',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe ging het voor jou?',
      'This is different from what I am used to from you. How did it go for you?',
      ...WHY_CONTACT,
    ],
    [
      'vd-scheikunde-5',
      GOOD,
      ['netwerken'],
      'Wie ken je die in een lab, apotheek of fabriek werkt? Wat zou je die willen vragen over dat werk?',
      'Whom do you know who works in a lab, pharmacy or plant? What would you ask them about that work?',
      'Een bekende in het vakgebied is een eerste netwerkstap.',
      'Someone you know in the field is a first networking step.',
    ],
  ],
  biologie: [
    [
      'vd-biologie-1',
      TOP,
      ['kwaliteiten'],
      'Sterk resultaat. Wat hielp je om deze stof zo goed te snappen?',
      'Strong result. What helped you understand this material so well?',
      ...WHY_TALENT,
    ],
    [
      'vd-biologie-2',
      GOOD,
      ['werkexploratie'],
      'Verpleegkundigen, dierenartsen, boswachters en onderzoekers gebruiken biologie. Welke kant trekt jou: mens, dier of natuur?',
      'Nurses, vets, rangers and researchers use biology. Which side draws you: people, animals or nature?',
      'Helpt de leerling zien welk werkveld bij de belangstelling past.',
      'Helps the student see which field fits their interest.',
    ],
    [
      'vd-biologie-3',
      USUAL,
      ['motieven'],
      'Welk onderwerp in biologie maakte je nieuwsgierig, en waarom?',
      'Which topic in biology made you curious, and why?',
      'Nieuwsgierigheid is een spoor naar motieven.',
      'Curiosity is a trail to motives.',
    ],
    [
      'vd-biologie-4',
      BELOW,
      [],
      'Ik ben benieuwd hoe deze toets voor jou was. Wat wil je erover vertellen?',
      'I am curious how this test was for you. What would you like to tell me about it?',
      ...WHY_CONTACT_2,
    ],
    [
      'vd-biologie-5',
      GOOD,
      ['netwerken'],
      'Ken je iemand die in de zorg of met dieren werkt? Wat zou je die willen vragen over het werk?',
      'Do you know someone who works in care or with animals? What would you ask them about the work?',
      'Het eigen netwerk maakt beroepen in het vak dichtbij.',
      'Your own network brings jobs in the field close.',
    ],
  ],
  nlt: [
    [
      'vd-nlt-1',
      TOP,
      ['kwaliteiten'],
      'Mooi werk. Wat was jouw sterkste bijdrage in deze module?',
      'Nice work. What was your strongest contribution in this module?',
      ...WHY_TALENT,
    ],
    [
      'vd-nlt-2',
      GOOD,
      ['werkexploratie'],
      'Deze module raakt aan werk van watermanagers, biomedisch onderzoekers en energietechnologen. Wat spreekt je aan?',
      'This module touches on the work of water managers, biomedical researchers and energy technologists. What appeals to you?',
      'Vakoverstijgend werk laat brede werkvelden zien.',
      'Cross-subject work shows broad fields of work.',
    ],
    [
      'vd-nlt-3',
      USUAL,
      ['motieven'],
      'Aan welk vraagstuk zou jij later willen werken: klimaat, gezondheid, voedsel, energie?',
      'Which issue would you like to work on later: climate, health, food, energy?',
      'Maatschappelijke vraagstukken raken waarden.',
      'Social issues touch on values.',
    ],
    [
      'vd-nlt-4',
      BELOW,
      [],
      'Deze module liep anders dan ik van je gewend ben. Hoe was het voor jou?',
      'This module went differently from what I am used to from you. How was it for you?',
      ...WHY_CONTACT,
    ],
  ],
  economie: [
    [
      'vd-economie-1',
      TOP,
      ['kwaliteiten'],
      'Goed gedaan. Wat ging je goed af: de berekeningen of het verklaren van wat er gebeurt?',
      'Well done. What went well: the calculations or explaining what happens?',
      ...WHY_TALENT,
    ],
    [
      'vd-economie-2',
      GOOD,
      ['werkexploratie'],
      'Economie zit in werk bij banken, de overheid, in handel en als ondernemer. Waar zie jij jezelf eerder?',
      'Economics is part of work at banks, government, in trade and as an entrepreneur. Where do you see yourself?',
      'Opent meerdere werkvelden bij één vak.',
      'Opens several fields of work from one subject.',
    ],
    [
      'vd-economie-3',
      USUAL,
      ['motieven'],
      'Welk economisch onderwerp uit het nieuws houdt jou bezig?',
      'Which economic topic in the news is on your mind?',
      'Wat iemand bezighoudt, laat waarden en motieven zien.',
      'What keeps someone busy shows values and motives.',
    ],
    withId('vd-economie-4', CONTACT_FIRST),
    [
      'vd-economie-5',
      GOOD,
      ['netwerken'],
      'Ken je iemand met een eigen bedrijf? Wat zou je die willen vragen?',
      'Do you know someone who runs their own business? What would you ask them?',
      'Ondernemers in de omgeving zijn een bereikbaar netwerk.',
      'Entrepreneurs nearby are a reachable network.',
    ],
  ],
  bedrijfseconomie: [
    [
      'vd-bedrijfseconomie-1',
      TOP,
      ['kwaliteiten'],
      'Sterk resultaat. Wat ging je goed af: het rekenen, het overzicht houden of het advies geven?',
      'Strong result. What went well for you: the calculating, keeping the overview or giving advice?',
      ...WHY_TALENT,
    ],
    [
      'vd-bedrijfseconomie-2',
      GOOD,
      ['werkexploratie'],
      'Accountants, controllers, marketeers en hr-adviseurs gebruiken wat je hier leert. Welke rol spreekt je aan?',
      'Accountants, controllers, marketers and people advisers use what you learn here. Which role appeals to you?',
      'Laat de breedte van het bedrijfsleven zien.',
      'Shows the breadth of business.',
    ],
    [
      'vd-bedrijfseconomie-3',
      USUAL,
      ['motieven'],
      'Zou je later liever je eigen bedrijf hebben of in een groot team werken? Waarom?',
      'Would you rather run your own business later or work in a big team? Why?',
      'Zelfstandig of samen: een wezenlijk motief.',
      'Independent or together: an essential motive.',
    ],
    [
      'vd-bedrijfseconomie-4',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe ging het voor jou?',
      'This is different from what I am used to from you. How did it go for you?',
      ...WHY_CONTACT,
    ],
    [
      'vd-bedrijfseconomie-5',
      STRONG,
      ['loopbaansturing'],
      'Welke vervolgopleidingen ken je waar dit vak een grote rol speelt? Welke zou je willen bekijken?',
      'Which further studies do you know where this subject plays a big part? Which would you like to look at?',
      'Van interesse in het vak naar een concrete oriëntatie.',
      'From interest in the subject to concrete orientation.',
    ],
  ],
  geschiedenis: [
    [
      'vd-geschiedenis-1',
      TOP,
      ['kwaliteiten'],
      'Mooi resultaat. Hoe leg jij verbanden tussen toen en nu, en waar gebruik je dat nog meer?',
      'Great result. How do you link then and now, and where else do you use that?',
      ...WHY_TALENT,
    ],
    [
      'vd-geschiedenis-2',
      GOOD,
      ['werkexploratie'],
      'Archivarissen, journalisten, advocaten en museummakers gebruiken wat je bij geschiedenis leert. Welk van die beroepen verrast je?',
      'Archivists, journalists, lawyers and museum makers use what you learn in history. Which of those jobs surprises you?',
      'Laat zien dat geschiedenis meer beroepen opent dan leraar.',
      'Shows that history opens more jobs than teaching.',
    ],
    [
      'vd-geschiedenis-3',
      USUAL,
      ['motieven'],
      'Welke periode of welk verhaal uit de geschiedenis bleef bij je hangen? Waarom juist dat?',
      'Which period or story from history stayed with you? Why that one?',
      'Wat blijft hangen, zegt iets over waarden.',
      'What sticks says something about values.',
    ],
    [
      'vd-geschiedenis-4',
      BELOW,
      [],
      'Deze toets ging anders dan ik van je ken. Hoe was het voor jou?',
      'This test went differently from what I know of you. How was it for you?',
      ...WHY_CONTACT,
    ],
  ],
  aardrijkskunde: [
    [
      'vd-aardrijkskunde-1',
      TOP,
      ['kwaliteiten'],
      'Knap gedaan. Wat ging je goed af: kaarten lezen, verbanden zien of uitleggen?',
      'Well done. What went well: reading maps, seeing connections or explaining?',
      ...WHY_TALENT,
    ],
    [
      'vd-aardrijkskunde-2',
      GOOD,
      ['werkexploratie'],
      'Stedenbouwkundigen, hydrologen en klimaatadviseurs werken met dit vak. Welk vraagstuk zou jij willen aanpakken?',
      'Urban planners, hydrologists and climate advisers work with this subject. Which issue would you like to tackle?',
      'Verbindt het vak met werk aan grote vraagstukken.',
      'Links the subject to work on big issues.',
    ],
    [
      'vd-aardrijkskunde-3',
      USUAL,
      ['motieven'],
      'Welke plek in de wereld zou je graag beter leren kennen, en wat trekt je daar?',
      'Which place in the world would you like to get to know better, and what draws you there?',
      'Reislust en nieuwsgierigheid zijn motieven.',
      'Wanderlust and curiosity are motives.',
    ],
    [
      'vd-aardrijkskunde-4',
      BELOW,
      [],
      'Dit resultaat past niet bij wat ik van je gewend ben. Hoe kijk jij ernaar?',
      'This result does not match what I am used to from you. How do you see it?',
      ...WHY_CONTACT,
    ],
  ],
  maatschappijleer: [
    [
      'vd-maatschappijleer-1',
      TOP,
      ['kwaliteiten'],
      'Sterk. Hoe kijk jij naar verschillende kanten van een zaak, en waar komt dat nog meer van pas?',
      'Strong. How do you look at different sides of an issue, and where else does that come in handy?',
      ...WHY_TALENT,
    ],
    [
      'vd-maatschappijleer-2',
      GOOD,
      ['werkexploratie'],
      'Politieagenten, jongerenwerkers, advocaten en journalisten werken midden in de samenleving. Welk werk trekt jou?',
      'Police officers, youth workers, lawyers and journalists work in the middle of society. Which work draws you?',
      'Maakt beroepen in de samenleving concreet.',
      'Makes jobs in society concrete.',
    ],
    [
      'vd-maatschappijleer-3',
      USUAL,
      ['motieven'],
      'Welk onderwerp uit de samenleving raakt jou, en wat zou je eraan willen doen?',
      'Which social topic touches you, and what would you like to do about it?',
      'Wat iemand raakt, is vaak een drijfveer voor werk.',
      'What touches someone is often a driver for work.',
    ],
    [
      'vd-maatschappijleer-4',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe ging het voor jou?',
      'This is different from what I am used to from you. How did it go for you?',
      ...WHY_CONTACT,
    ],
    [
      'vd-maatschappijleer-5',
      GOOD,
      ['netwerken'],
      'Ken je iemand die werkt bij de gemeente, de politie of in het buurtwerk? Wat zou je willen weten over dat werk?',
      'Do you know someone working at the council, the police or in community work? What would you like to know about it?',
      'Publieke beroepen zijn vaak dichtbij in de eigen omgeving.',
      'Public-sector jobs are often close by.',
    ],
  ],
  filosofie: [
    [
      'vd-filosofie-1',
      TOP,
      ['kwaliteiten'],
      'Mooi werk. Welke gedachte of vraag in dit werk vind je zelf het sterkst?',
      'Great work. Which thought or question in this work do you find strongest yourself?',
      ...WHY_TALENT,
    ],
    [
      'vd-filosofie-2',
      GOOD,
      ['werkexploratie'],
      'Ethici, beleidsadviseurs, journalisten en coaches werken met dit soort denken. Waar zou jij het willen gebruiken?',
      'Ethicists, policy advisers, journalists and coaches work with this kind of thinking. Where would you like to use it?',
      'Filosofie lijkt ver van werk, maar zit in veel beroepen.',
      'Philosophy seems far from work, but is part of many jobs.',
    ],
    [
      'vd-filosofie-3',
      USUAL,
      ['motieven'],
      'Welke vraag uit de les houdt je nog bezig?',
      'Which question from class is still on your mind?',
      'Vragen die blijven, raken aan wat iemand belangrijk vindt.',
      'Questions that stay touch on what someone values.',
    ],
    [
      'vd-filosofie-4',
      BELOW,
      [],
      'Ik ken je anders in dit vak. Hoe was deze opdracht voor jou?',
      'I know you differently in this subject. How was this assignment for you?',
      ...WHY_CONTACT,
    ],
  ],
  informatica: [
    [
      'vd-informatica-1',
      TOP,
      ['kwaliteiten'],
      'Sterk resultaat. Wat ging je goed af: het logisch denken, het bouwen of het zoeken naar fouten?',
      'Strong result. What went well: logical thinking, building or finding bugs?',
      ...WHY_TALENT,
    ],
    [
      'vd-informatica-2',
      GOOD,
      ['werkexploratie'],
      'Softwareontwikkelaars, game developers en cybersecurityspecialisten doen dit elke dag. Welke richting lijkt je wat?',
      'Software developers, game developers and cybersecurity specialists do this every day. Which direction appeals to you?',
      'Laat de variatie binnen de ict zien.',
      'Shows the variety within computing.',
    ],
    [
      'vd-informatica-3',
      USUAL,
      ['motieven'],
      'Wat zou je zelf willen bouwen als je alle tijd had?',
      'What would you build yourself if you had all the time in the world?',
      'Eigen projecten laten zien wat iemand drijft.',
      'Own projects show what drives someone.',
    ],
    [
      'vd-informatica-4',
      BELOW,
      [],
      'Dit resultaat past niet bij wat ik van je ken. Hoe ging het voor jou?',
      'This result does not match what I know of you. How did it go for you?',
      ...WHY_CONTACT,
    ],
    [
      'vd-informatica-5',
      GOOD,
      ['netwerken'],
      'Wie ken je die in de ict werkt? Wat zou je die willen vragen over een werkdag?',
      'Whom do you know who works in computing? What would you ask them about a working day?',
      'Eén gesprek met iemand uit het vak zegt meer dan een website.',
      'One talk with someone in the field says more than a website.',
    ],
  ],
  lo: [
    [
      'vd-lo-1',
      TOP,
      ['kwaliteiten'],
      'Dit was sterk. Wat zag ik je goed doen: doorzetten, samenspelen, of anderen meenemen?',
      'That was strong. What did I see you do well: persevering, team play, or bringing others along?',
      'In de gymzaal zie je kwaliteiten die ook in werk tellen.',
      'In the gym you see qualities that count at work too.',
    ],
    [
      'vd-lo-2',
      GOOD,
      ['werkexploratie'],
      "Fysiotherapeuten, sportdocenten, brandweermensen en militairen gebruiken wat je hier laat zien. Trekt zo'n beroep je?",
      'Physiotherapists, sports teachers, firefighters and soldiers use what you show here. Does such a job draw you?',
      'Koppelt bewegen aan beroepen.',
      'Links movement to jobs.',
    ],
    [
      'vd-lo-3',
      USUAL,
      ['motieven'],
      'Wat vind je het leukste aan sporten: winnen, samen iets doen of jezelf verbeteren?',
      'What do you enjoy most about sport: winning, doing things together or improving yourself?',
      'Wat iemand in sport zoekt, zoekt hij of zij vaak ook in werk.',
      'What someone looks for in sport, they often look for in work too.',
    ],
    [
      'vd-lo-4',
      BELOW,
      [],
      'Ik zag je vandaag anders dan ik gewend ben. Hoe gaat het met je?',
      'I saw you differently today from what I am used to. How are you doing?',
      ...WHY_CONTACT_2,
    ],
  ],
  bsm: [
    [
      'vd-bsm-1',
      TOP,
      ['kwaliteiten'],
      'Mooi gedaan. Hoe kreeg je de groep in beweging, en wat vond je daaraan leuk?',
      'Nicely done. How did you get the group moving, and what did you enjoy about it?',
      ...WHY_TALENT,
    ],
    [
      'vd-bsm-2',
      GOOD,
      ['werkexploratie'],
      'Buurtsportcoaches, trainers en evenementenorganisatoren doen werk dat lijkt op deze opdracht. Wat spreekt je erin aan, en wat niet?',
      'Community sport coaches, trainers and event organisers do work like this assignment. What appeals to you in it, and what not?',
      'Maakt de stap van vak naar werk zichtbaar.',
      'Makes the step from subject to work visible.',
    ],
    [
      'vd-bsm-3',
      USUAL,
      ['motieven'],
      'Wat gaf je de meeste voldoening: zelf sporten, lesgeven of iets organiseren?',
      'What gave you most satisfaction: playing sport, teaching or organising?',
      'De soort voldoening wijst de richting.',
      'The kind of satisfaction points the way.',
    ],
    [
      'vd-bsm-4',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe ging het voor jou?',
      'This is different from what I am used to from you. How did it go for you?',
      ...WHY_CONTACT,
    ],
    [
      'vd-bsm-5',
      GOOD,
      ['netwerken'],
      'Ken je iemand die bij een sportclub traint of organiseert? Wat zou je van die persoon willen leren?',
      'Do you know someone who coaches or organises at a sports club? What would you like to learn from them?',
      'Sportclubs zijn vaak het eerste netwerk buiten school.',
      'Sports clubs are often the first network outside school.',
    ],
  ],
  ckv: [
    [
      'vd-ckv-1',
      TOP,
      ['kwaliteiten'],
      'Mooi werk. Wat was jouw eigen invalshoek, en hoe kwam je erop?',
      'Great work. What was your own angle, and how did you come up with it?',
      ...WHY_TALENT,
    ],
    [
      'vd-ckv-2',
      GOOD,
      ['werkexploratie'],
      'Cultureel programmeurs, museumeducatoren en vormgevers werken met kunst en publiek. Welk werk achter de schermen lijkt je wat?',
      'Cultural programmers, museum educators and designers work with art and audiences. Which backstage work appeals to you?',
      'Laat beroepen in de cultuursector zien, ook buiten het podium.',
      'Shows jobs in the cultural sector, also off stage.',
    ],
    [
      'vd-ckv-3',
      USUAL,
      ['motieven'],
      'Welke voorstelling, expositie of film raakte je, en waarom?',
      'Which performance, exhibition or film moved you, and why?',
      'Wat iemand raakt, laat waarden zien.',
      'What moves someone shows values.',
    ],
    [
      'vd-ckv-4',
      BELOW,
      [],
      'Deze opdracht ging anders dan ik van je ken. Hoe was het voor jou?',
      'This assignment went differently from what I know of you. How was it for you?',
      ...WHY_CONTACT,
    ],
  ],
  tekenen: [
    [
      'vd-tekenen-1',
      TOP,
      ['kwaliteiten'],
      'Dit is sterk werk. Wat zie jij zelf als het beste eraan?',
      'This is strong work. What do you see as the best thing about it?',
      ...WHY_TALENT,
    ],
    [
      'vd-tekenen-2',
      GOOD,
      ['werkexploratie'],
      'Illustratoren, grafisch ontwerpers, animators en architecten tekenen elke dag. Welke kant trekt je?',
      'Illustrators, graphic designers, animators and architects draw every day. Which side draws you?',
      'Beeldend talent past in meer beroepen dan kunstenaar.',
      'Visual talent fits more jobs than artist.',
    ],
    [
      'vd-tekenen-3',
      USUAL,
      ['motieven'],
      'Wat maak je het liefst als niemand je een opdracht geeft?',
      'What do you most like to make when nobody gives you an assignment?',
      'Eigen werk buiten opdrachten laat motieven zien.',
      'Own work outside assignments shows motives.',
    ],
    [
      'vd-tekenen-4',
      BELOW,
      [],
      'Dit werk is anders dan ik van je gewend ben. Hoe ging het maken voor jou?',
      'This work is different from what I am used to from you. How did making it go for you?',
      ...WHY_CONTACT,
    ],
    [
      'vd-tekenen-5',
      GOOD,
      ['netwerken'],
      'Wie ken je die ontwerpt of tekent voor zijn werk? Wat zou je die willen laten zien of vragen?',
      'Whom do you know who designs or draws for a living? What would you like to show or ask them?',
      'Een reactie van iemand uit het vak kan veel betekenen.',
      'A response from someone in the field can mean a lot.',
    ],
  ],
  muziek: [
    [
      'vd-muziek-1',
      TOP,
      ['kwaliteiten'],
      'Dit klonk goed. Wat heb je gedaan om zover te komen?',
      'That sounded good. What did you do to get this far?',
      ...WHY_TALENT,
    ],
    [
      'vd-muziek-2',
      GOOD,
      ['werkexploratie'],
      'Geluidstechnici, producers, muziekdocenten en muziektherapeuten werken met muziek. Welke rol zie je voor jezelf?',
      'Sound engineers, producers, music teachers and music therapists work with music. Which role do you see for yourself?',
      'Laat werk met muziek zien op en naast het podium.',
      'Shows music work on and beside the stage.',
    ],
    [
      'vd-muziek-3',
      USUAL,
      ['motieven'],
      'Wat betekent muziek voor jou, los van school?',
      'What does music mean to you, apart from school?',
      'Persoonlijke betekenis is een sterk motief.',
      'Personal meaning is a strong motive.',
    ],
    [
      'vd-muziek-4',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe ging het voor jou?',
      'This is different from what I am used to from you. How did it go for you?',
      ...WHY_CONTACT,
    ],
  ],
  drama: [
    [
      'vd-drama-1',
      TOP,
      ['kwaliteiten'],
      'Sterk gespeeld. Wat voelde jij op het toneel?',
      'Strongly acted. What did you feel on stage?',
      ...WHY_TALENT,
    ],
    [
      'vd-drama-2',
      GOOD,
      ['werkexploratie'],
      'Acteurs, presentatoren, regisseurs en communicatietrainers gebruiken wat jij hier laat zien. Welk van die beroepen trekt je?',
      'Actors, presenters, directors and communication trainers use what you show here. Which of those jobs draws you?',
      'Drama-talent past ook in beroepen buiten het theater.',
      'Drama talent also fits jobs outside the theatre.',
    ],
    [
      'vd-drama-3',
      USUAL,
      ['motieven'],
      'Waar voel jij je beter: zelf in de spotlights, of achter de schermen zodat het stuk staat?',
      'Where do you feel better: in the spotlight yourself, or behind the scenes making the show work?',
      'Op of achter het podium: een wezenlijk motief.',
      'On stage or backstage: an essential motive.',
    ],
    [
      'vd-drama-4',
      BELOW,
      [],
      'Ik zag je deze keer anders dan ik gewend ben. Hoe was het voor jou?',
      'I saw you differently this time from what I am used to. How was it for you?',
      ...WHY_CONTACT_2,
    ],
  ],
  techniek: [
    [
      'vd-techniek-1',
      TOP,
      ['kwaliteiten'],
      'Dit is netjes gemaakt. Waar ben je zelf het meest tevreden over?',
      'This is neatly made. What are you most pleased with yourself?',
      ...WHY_TALENT,
    ],
    [
      'vd-techniek-2',
      GOOD,
      ['werkexploratie'],
      'Elektromonteurs, installateurs en zonnepaneelmonteurs zijn hard nodig voor de energietransitie. Welk werk lijkt je wat?',
      'Electricians, installers and solar panel fitters are much needed for the energy transition. Which work appeals to you?',
      'Laat zien hoe gevraagd dit vakmanschap is.',
      'Shows how wanted this craft is.',
    ],
    [
      'vd-techniek-3',
      USUAL,
      ['motieven'],
      'Wat maak of repareer je het liefst, ook thuis?',
      'What do you most like to make or repair, also at home?',
      'Wat iemand thuis met de handen doet, vertelt veel.',
      'What someone does with their hands at home says a lot.',
    ],
    [
      'vd-techniek-4',
      BELOW,
      [],
      'Dit werkstuk ging anders dan ik van je gewend ben. Hoe ging het voor jou?',
      'This piece went differently from what I am used to from you. How did it go for you?',
      ...WHY_CONTACT,
    ],
    [
      'vd-techniek-5',
      GOOD,
      ['netwerken'],
      'Wie ken je die in de techniek of installatie werkt? Wat zou je willen zien als je een dag meeloopt?',
      'Whom do you know who works in engineering or installation? What would you like to see if you joined them for a day?',
      'Een dag meelopen bij een bekende is een laagdrempelige stap.',
      'Shadowing someone you know is an easy first step.',
    ],
    [
      'vd-techniek-6',
      STRONG,
      ['loopbaansturing'],
      'Welke mbo-opleidingen in de techniek zou je willen bekijken, en wanneer is daar een open dag?',
      'Which technical mbo programmes would you like to look at, and when is there an open day?',
      'Van plezier in het vak naar een concrete oriëntatiestap.',
      'From enjoying the subject to a concrete orientation step.',
    ],
  ],
  'zorg-en-welzijn': [
    [
      'vd-zorg-en-welzijn-1',
      TOP,
      ['kwaliteiten'],
      'Mooi gedaan. Wat ging je goed af in het contact met de mensen in deze opdracht?',
      'Nicely done. What went well for you in the contact with the people in this assignment?',
      ...WHY_TALENT,
    ],
    [
      'vd-zorg-en-welzijn-2',
      GOOD,
      ['werkexploratie'],
      'Verzorgenden, doktersassistenten en pedagogisch medewerkers doen dit werk. Met wie zou je het liefst werken: kinderen, ouderen of patiënten?',
      "Carers, doctor's assistants and childcare workers do this work. Whom would you most like to work with: children, older people or patients?",
      'Helpt kiezen binnen een breed werkveld.',
      'Helps choose within a broad field.',
    ],
    [
      'vd-zorg-en-welzijn-3',
      USUAL,
      ['motieven'],
      'Wat geeft jou een goed gevoel als je iemand helpt?',
      'What gives you a good feeling when you help someone?',
      'Helpen als motief, in de eigen woorden van de leerling.',
      "Helping as a motive, in the student's own words.",
    ],
    [
      'vd-zorg-en-welzijn-4',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe ging het voor jou?',
      'This is different from what I am used to from you. How did it go for you?',
      ...WHY_CONTACT,
    ],
    [
      'vd-zorg-en-welzijn-5',
      GOOD,
      ['netwerken'],
      'Ken je iemand die in de zorg of kinderopvang werkt? Wat zou je die willen vragen?',
      'Do you know someone working in care or childcare? What would you ask them?',
      'Bekenden in de zorg maken het werk echt.',
      'Acquaintances in care make the work real.',
    ],
  ],
  'economie-en-ondernemen': [
    [
      'vd-economie-en-ondernemen-1',
      TOP,
      ['kwaliteiten'],
      'Sterk gedaan. Wat ging je goed af in het contact met klanten, denk je?',
      'Well done. What went well for you in dealing with customers, do you think?',
      ...WHY_TALENT,
    ],
    [
      'vd-economie-en-ondernemen-2',
      GOOD,
      ['werkexploratie'],
      'Verkopers, winkelmanagers, logistiek medewerkers en ondernemers doen dit werk. Welke lijkt je het leukst?',
      'Sales staff, shop managers, logistics workers and entrepreneurs do this work. Which seems most fun to you?',
      'Laat de breedte van het profiel zien.',
      'Shows the breadth of the programme.',
    ],
    [
      'vd-economie-en-ondernemen-3',
      USUAL,
      ['motieven'],
      'Zou je later iets voor jezelf willen beginnen? Wat zou dat zijn?',
      'Would you like to start something of your own later? What would it be?',
      'Ondernemerszin is een motief om serieus te nemen.',
      'An entrepreneurial streak is a motive to take seriously.',
    ],
    withId('vd-economie-en-ondernemen-4', CONTACT_FIRST),
    [
      'vd-economie-en-ondernemen-5',
      GOOD,
      ['netwerken'],
      'Wie ken je met een winkel of eigen zaak? Wat zou je willen zien als je daar een dag meekijkt?',
      'Whom do you know with a shop or business of their own? What would you like to see if you spent a day there?',
      'Een bekende ondernemer is een bereikbare leerplek.',
      'An entrepreneur you know is a reachable place to learn.',
    ],
  ],
  'mbo-beroepsvak': [
    [
      'vd-mbo-beroepsvak-1',
      TOP,
      ['kwaliteiten'],
      'Dit is vakwerk. Wat deed je hier waar een echte collega blij van zou worden?',
      'This is real craftsmanship. What did you do here that a real colleague would appreciate?',
      'Het talent benoemen in de taal van het beroep.',
      'Naming the talent in the language of the trade.',
    ],
    [
      'vd-mbo-beroepsvak-2',
      GOOD,
      ['werkexploratie'],
      'In welk deel van het beroep voel jij je het meest op je plek?',
      'Which part of the trade do you feel most at home in?',
      'Binnen één beroep zijn veel richtingen; dit helpt kiezen.',
      'Within one trade there are many directions; this helps choose.',
    ],
    [
      'vd-mbo-beroepsvak-3',
      USUAL,
      ['motieven'],
      'Wat vind je het mooiste aan dit vak, en wat minder?',
      'What do you find most beautiful about this trade, and what less so?',
      'Plussen en minnen in het vak maken motieven zichtbaar.',
      'Pluses and minuses in the trade make motives visible.',
    ],
    [
      'vd-mbo-beroepsvak-4',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe ging het voor jou?',
      'This is different from what I am used to from you. How did it go for you?',
      ...WHY_CONTACT,
    ],
    [
      'vd-mbo-beroepsvak-5',
      STRONG,
      ['loopbaansturing'],
      'Je laat zien dat je dit goed kunt. Wat trekt je na deze opleiding: werken, of verder leren op een volgend niveau?',
      'You show you can do this well. What draws you after this programme: working, or learning on at a next level?',
      'Doorstroom of werk: een keuze om tijdig te verkennen.',
      'Further study or work: a choice worth exploring in time.',
    ],
    [
      'vd-mbo-beroepsvak-6',
      GOOD,
      ['netwerken'],
      'Wie uit de praktijk heeft je het meest geleerd? Hoe blijf je met die persoon in contact?',
      'Who in the workplace taught you most? How do you stay in touch with them?',
      'Contacten uit de praktijk zijn een waardevol netwerk.',
      'Contacts from the workplace are a valuable network.',
    ],
  ],
  'hbo-vak': [
    [
      'vd-hbo-vak-1',
      TOP,
      ['kwaliteiten'],
      'Sterk resultaat. Welke aanpak of vaardigheid maakte hier het verschil?',
      'Strong result. Which approach or skill made the difference here?',
      ...WHY_TALENT,
    ],
    [
      'vd-hbo-vak-2',
      GOOD,
      ['werkexploratie'],
      'In welk werkveld zie je dit onderwerp terug? Wat zou je daar in je stage of afstuderen willen onderzoeken?',
      'In which field do you see this topic again? What would you like to explore there in your placement or thesis?',
      'Koppelt het vak aan stage- en werkkeuzes.',
      'Links the course to placement and job choices.',
    ],
    [
      'vd-hbo-vak-3',
      USUAL,
      ['motieven'],
      'Wat maakt dit vak voor jou de moeite waard, of juist niet?',
      'What makes this course worth it for you, or not?',
      'Eerlijke belangstelling helpt bij latere keuzes.',
      'Honest interest helps with later choices.',
    ],
    [
      'vd-hbo-vak-4',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe ging het voor jou, en met welke vragen zit je nog?',
      'This is different from what I am used to from you. How did it go for you, and which questions do you still have?',
      'Eerst contact; ruimte voor vragen helpt wie de vaktaal nog aan het leren is.',
      'Contact first; room for questions helps those still learning the academic language.',
    ],
    [
      'vd-hbo-vak-5',
      PB,
      ['netwerken'],
      'Met wie uit dit vakgebied zou je eens willen praten over werk of verder studeren?',
      'Whom in this field would you like to talk to about work or further study?',
      'Een talent verdient een contact in het vakgebied.',
      'A talent deserves a contact in the field.',
    ],
  ],
};

function schoolTypesOf(id: string): SchoolType[] {
  const s = subjects.find((x) => x.id === id);
  if (!s) throw new Error(`vakdocent: onbekend vak ${id}`);
  return s.schoolTypes;
}

function sourceFor(competences: Competence[], triggers: Trigger[]): string {
  if (triggers.includes('belowUsual')) return SRC_CONTACT;
  if (competences.includes('kwaliteiten')) return SRC_TALENT;
  return SRC_VAK;
}

/**
 * Subjects whose questions also answer a grid the host names another way: in the mbo a grid called
 * "praktijk" is the beroepsvak (the subject 'praktijk' itself holds the pro and vso questions).
 */
const ALSO_FOR: Record<string, string[]> = { 'mbo-beroepsvak': ['praktijk'] };

/** One vakdocent prompt from a table entry (subject-linked when a subject is given). */
export function entryPrompt(entry: Entry, schoolTypes: SchoolType[], subject?: string, years?: number[]): Prompt {
  const [id, triggers, competences, nl, en, whyNl, whyEn] = entry;
  return {
    id,
    family: 'vakdocent',
    text: { nl, en },
    why: { nl: whyNl, en: whyEn },
    competences,
    roles: ['vakdocent'],
    places: ['gradeEntry', 'studentRecord'],
    schoolTypes,
    ...(years ? { years } : {}),
    ...(subject ? { subjects: [subject, ...(ALSO_FOR[subject] ?? [])] } : {}),
    triggers,
    source: sourceFor(competences, triggers),
  };
}

/**
 * The vakdocent prompts of a table of subjects (ids as written, `vd-<subject>-<n>`), school types from
 * the subject (only those of `within`, when given).
 */
export function subjectPrompts(table: Record<string, Entry[]>, within?: readonly SchoolType[]): Prompt[] {
  return Object.entries(table).flatMap(([subject, entries]) => {
    const types = schoolTypesOf(subject).filter((t) => !within || within.includes(t));
    return entries.map((entry) => entryPrompt(entry, types, subject));
  });
}

/**
 * The same for a subject taught in several kinds of school, each with its own words (the praktijk of
 * pro and vso, the stage of mbo and hbo): only for these school types (and years), which the subject
 * must have.
 */
export function subjectPromptsIn(table: Record<string, Entry[]>, schoolTypes: SchoolType[], years?: number[]): Prompt[] {
  return Object.entries(table).flatMap(([subject, entries]) => {
    const own = schoolTypesOf(subject);
    const foreign = schoolTypes.filter((t) => !own.includes(t));
    if (foreign.length > 0) throw new Error(`vakdocent: ${subject} wordt niet gegeven in ${foreign.join(', ')}`);
    return entries.map((entry) => entryPrompt(entry, schoolTypes, subject, years));
  });
}

// These tables speak to the main school types; pro and vso have their own words (vakdocent-randen.ts).
const perSubject = subjectPrompts(bySubject, MAIN_SCHOOL_TYPES);

/** Subject-independent fallbacks, for a vak the host names in a way we do not recognise. */
const general: Prompt[] = (
  [
    [
      'vd-algemeen-1',
      TOP,
      ['kwaliteiten'],
      'Mooi resultaat. Wat ging je hier goed af, denk je?',
      'Great result. What went well for you here, do you think?',
      ...WHY_TALENT,
    ],
    [
      'vd-algemeen-2',
      PB,
      ['kwaliteiten', 'netwerken'],
      'Dit is een persoonlijk record. Wat wil je je mentor vertellen over wat je hier kunt?',
      'This is a personal best. What would you like to tell your mentor about what you can do here?',
      'Een talent dat de mentor kent, kan in het loopbaangesprek terugkomen.',
      'A talent the mentor knows about can return in the career conversation.',
    ],
    [
      'vd-algemeen-3',
      GOOD,
      ['werkexploratie'],
      'In welk werk denk je dat je dit vak later terugziet?',
      'In which work do you think you will see this subject again later?',
      'Laat de leerling zelf de brug slaan van vak naar werk.',
      'Lets the student bridge subject and work themselves.',
    ],
    [
      'vd-algemeen-4',
      USUAL,
      ['motieven'],
      'Wat vind je het interessantste aan dit vak, en wat het minst?',
      'What do you find most interesting about this subject, and what least?',
      'Belangstelling binnen een vak wijst naar motieven.',
      'Interest within a subject points to motives.',
    ],
    [
      'vd-algemeen-5',
      BELOW,
      [],
      'Dit is anders dan ik van je gewend ben. Hoe ging het voor jou?',
      'This is different from what I am used to from you. How did it go for you?',
      ...WHY_CONTACT,
    ],
    [
      'vd-algemeen-6',
      BELOW,
      ['loopbaansturing'],
      'Wat heb je nodig om weer met plezier aan dit vak te werken? Wie kan daarbij meedenken?',
      'What do you need to enjoy working on this subject again? Who could think along?',
      'Na het contact: de leerling kiest zelf wat helpt.',
      'After contact: the student picks what helps.',
    ],
  ] as Entry[]
).map((entry) => entryPrompt(entry, ['vmbo', 'havo', 'vwo', 'mbo', 'hbo']));

export const vakdocent: Prompt[] = [...perSubject, ...general];

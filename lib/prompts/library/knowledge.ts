import type { KnowledgeCard } from '../schema';

/**
 * Knowledge cards: each fits on one screen (plain text, paragraphs separated by a blank line).
 * Written in our own words; sources per card.
 */
export const knowledgeCards: KnowledgeCard[] = [
  {
    id: 'vijf-competenties',
    title: { nl: 'De vijf loopbaancompetenties in gewone woorden', en: 'The five career competences in plain words' },
    body: {
      nl: [
        'Kwaliteiten: wie ben ik, wat kan ik? Ontdekken wat je goed kunt (en wat nog niet) en hoe je dat weet.',
        'Motieven: wat wil ik, wat drijft mij? Wensen en waarden die ertoe doen bij je keuzes.',
        'Werkexploratie: welk werk past bij mij? Verkennen wat werk en opleidingen vragen en bieden.',
        'Loopbaansturing: hoe kom ik daar? Keuzes maken, gevolgen overzien en zelf stappen zetten.',
        'Netwerken: wie kan mij helpen? Contacten leggen en houden die je verder helpen.',
        'De competenties zijn een lens voor het gesprek, geen meetlat. Ze lopen in de praktijk door elkaar; een leerling krijgt er dus nooit een cijfer of vinkje voor. Het zijpaneel laat alleen zien welke competenties recente gesprekken raakten, zodat je een volgende vraag kunt kiezen.',
      ].join('\n\n'),
      en: [
        'Qualities: who am I, what can I do? Discovering what you are good at (and what not yet) and how you know.',
        'Motives: what do I want, what drives me? Wishes and values that matter in your choices.',
        'Work exploration: which work suits me? Exploring what work and programmes ask and offer.',
        'Career steering: how do I get there? Making choices, seeing consequences and taking steps yourself.',
        'Networking: who can help me? Making and keeping contacts that help you on.',
        'The competences are a lens for the conversation, not a yardstick. In practice they overlap, so a student is never graded on them. The side panel only shows which competences recent conversations touched, so you can choose a next question.',
      ].join('\n\n'),
    },
    source: 'Kuijpers & Meijers, loopbaancompetenties; lob-content.md §1, eigen woorden',
  },
  {
    id: 'loopbaangesprek',
    title: { nl: 'Het loopbaangesprek in vier stappen', en: 'The career conversation in four steps' },
    body: {
      nl: [
        '1. Terugkijken: begin bij één concrete ervaring, zoals een toets, project, stagedag, bijbaan of hobby.',
        '2. Reflecteren: wat ging goed en hoe weet je dat? Wat vond je leuk en waarom?',
        '3. Vooruitkijken: wat betekent dit voor keuzes die je wilt verkennen?',
        '4. Vervolgstap: één kleine stap die de leerling zelf benoemt, en wie daarbij kan helpen.',
        'Wat werkt: concreet, in dialoog (open vragen, de leerling praat het meest), over de loopbaan (een cijfer mag de aanleiding zijn, niet het onderwerp), gericht op de toekomst, en de relatie eerst. Vat samen in de woorden van de leerling en spreek een moment af om erop terug te komen.',
      ].join('\n\n'),
      en: [
        '1. Look back: start from one concrete experience, such as a test, project, placement day, side job or hobby.',
        '2. Reflect: what went well and how do you know? What did you enjoy and why?',
        '3. Look ahead: what does this mean for choices you want to explore?',
        '4. Next step: one small step the student names, and who can help with it.',
        "What works: concrete, dialogical (open questions, the student talks most), about the career (a grade may be the reason, not the topic), future-oriented, and the relationship first. Summarise in the student's words and agree on a moment to come back to it.",
      ].join('\n\n'),
    },
    source: 'Expertisepunt LOB, loopbaangesprek; seed 004:1731 (HvA 2023), eigen woorden',
  },
  {
    id: 'keuzelandschap',
    title: { nl: 'Keuzelandschap: routes en keuzemomenten', en: 'The choice landscape: routes and choice moments' },
    body: {
      nl: [
        'Vmbo: in leerjaar 2 de keuze voor een profiel; in het examenjaar aanmelden voor het mbo, vóór 1 april. Na de gemengde of theoretische leerweg kan ook de havo.',
        'Havo en vwo: in leerjaar 3 de profielkeuze. In het examenjaar open dagen (najaar tot voorjaar), aanmelden voor een opleiding met numerus fixus vóór 15 januari, voor andere hbo- en wo-opleidingen vóór 1 mei. Daarna volgt meestal een studiekeuzecheck. Na de havo kan ook het vwo of het mbo.',
        'Mbo: stages (bpv) met een moment ervoor en erna. Na mbo-4 kun je werken of doorstromen naar het hbo; ook dan geldt 1 mei.',
        'Hbo: de propedeuse in jaar 1, daarna de keuze voor een minor, een stage en afstuderen, met aan het eind de vraag: een baan of doorstuderen?',
        'Indirecte routes zoals vmbo-mbo-hbo en vmbo-havo-hbo zijn volwaardig. Niet iedereen kent ze; noem ze gewoon.',
      ].join('\n\n'),
      en: [
        'Vmbo: in year 2 the choice of a programme; in the exam year applying to mbo, before 1 April. After the combined or theoretical track havo is possible too.',
        'Havo and vwo: in year 3 the choice of subject combination. In the exam year open days (autumn to spring), applying for a numerus fixus programme before 15 January, for other programmes before 1 May. A study choice check usually follows. After havo, vwo or mbo are also possible.',
        'Mbo: placements with a moment before and after. After mbo level 4 you can work or go on to higher education; 1 May applies then too.',
        'Hbo: the first-year phase, then choosing a minor, a placement and graduation, ending with the question: a job or further study?',
        'Indirect routes such as vmbo-mbo-hbo and vmbo-havo-hbo are fully valid. Not everyone knows them; simply mention them.',
      ].join('\n\n'),
    },
    source: 'lob-content.md §3; seed 004:570-580 en 3896-3902 (HvA 2023), eigen woorden',
  },
  {
    id: 'doorverwijzen',
    title: { nl: 'Doorverwijzen: wanneer en naar wie?', en: 'Referring on: when and to whom?' },
    body: {
      nl: [
        "Lijn 1, de mentor of slb'er: voert het loopbaangesprek. Zie je als vakdocent een talent of twijfel, geef het door aan de mentor.",
        'Lijn 2, de decaan of loopbaanbegeleider: bij profiel-, sector- en studiekeuze, doorstroomroutes, twijfel die blijft en vragen die dieper gaan.',
        'Lijn 2, de bpv-begeleider: bij vragen over de stage in het mbo.',
        'Lijn 2, de zorgcoördinator of het ondersteuningsteam: als het verhaal verder gaat dan de loopbaan, zoals thuis, gezondheid of geld. Zorg is geen loopbaanbegeleiding. Luister, wijs de weg en noteer er hier niets over.',
        'Lijn 3, buiten school: open dagen, meeloopdagen, proefstuderen, de studiekeuzecheck, Kiesmbo, Studiekeuze123, Studie in cijfers en oud-leerlingen. Bij het verlaten van school of een overstap kunnen ook het leerwerkloket of andere regionale loopbaandiensten passen.',
        'Ouders en verzorgers horen bij elk keuzemoment. Je school vult namen en contactgegevens in.',
      ].join('\n\n'),
      en: [
        'Line 1, the mentor or study coach: holds the career conversation. If as a subject teacher you see a talent or doubt, pass it on to the mentor.',
        'Line 2, the careers adviser: for choices of subjects, sector or studies, transfer routes, lasting doubt and deeper questions.',
        'Line 2, the placement coordinator: for questions about placements in mbo.',
        'Line 2, the care coordinator or support team: when the story goes beyond the career, such as home, health or money. Care is not career guidance. Listen, point the way and note nothing about it here.',
        'Line 3, outside school: open days, shadow days, trial studying, the study choice check, Kiesmbo, Studiekeuze123, Studie in cijfers and former students. When leaving school or switching, the leerwerkloket or other regional career services may also fit.',
        'Parents and carers belong at every choice moment. Your school fills in names and contact details.',
      ].join('\n\n'),
    },
    source: 'lob-content.md §4; seed 004:1992-1996 en 3377-3398 (HvA 2023), eigen woorden',
  },
  {
    id: 'eerstegeneratie-ladders',
    title: { nl: 'Eerstegeneratiestudenten en ladders', en: 'First-generation students and ladders' },
    body: {
      nl: [
        'Eerstegeneratiestudenten zijn de eersten in hun familie in het hoger onderwijs. Ze kunnen net zoveel als anderen, maar thuis is de weg soms minder bekend. Ook indirecte routes, zoals vmbo-mbo-hbo, vragen om uitleg die niet vanzelf thuis aanwezig is.',
        'Ladders: iedere leerling klimt op meer ladders tegelijk, zoals de onderwijsladder op school en de thuisladder met wat thuis aan kennis, steun en verwachtingen meegaat. Het leven buiten school zegt vaak veel, en komt zelden ter sprake.',
        'Wat je kunt doen: stel vragen in plaats van aannames. Past het niveau bij wat je ziet? Kent de leerling de routes, en weten ze thuis hoe die werken? Is er iemand die meedenkt? Laat in je les ruimte voor vragen over vaktaal.',
        'Wat je niet doet: een achtergrond afleiden, benoemen of vastleggen. De vragen zijn voor iedereen; het gesprek maakt het verschil.',
      ].join('\n\n'),
      en: [
        'First-generation students are the first in their family in higher education. They can do as much as others, but the way may be less familiar at home. Indirect routes, like vmbo-mbo-hbo, also call for explanation that is not always available at home.',
        'Ladders: every student climbs several ladders at once, such as the education ladder at school and the home ladder with the knowledge, support and expectations home brings. Life outside school often says a lot, and rarely comes up.',
        'What you can do: ask questions instead of making assumptions. Does the level fit what you see? Does the student know the routes, and does home know how they work? Is there someone who thinks along? Leave room in class for questions about academic language.',
        'What you do not do: infer, label or record a background. The questions are for everyone; the conversation makes the difference.',
      ].join('\n\n'),
    },
    source: 'seed 004:575-615, 771-825 en 3367-3385 (HvA 2023), eigen woorden',
  },
  {
    id: 'je-doet-het-al',
    title: { nl: 'Je doet het al', en: 'You are already doing it' },
    body: {
      nl: [
        'Veel docenten doen al aan loopbaanbegeleiding zonder het zo te noemen. Een compliment geven zodat een leerling een kwaliteit ziet. Een beroep noemen dat bij je vak hoort. Je netwerk delen voor een stageplek. Contact zoeken met een leerling bij wie dat niet vanzelf gaat. Een praatje al wandelend door de gang.',
        "Met één klik leg je zo'n moment vast. Het hoeft niet en niemand anders telt mee: het laat jou zien wat je al doet, zodat loopbaanbegeleiding minder groot en ver weg voelt.",
        'Het kan iets kleins zijn. Eén goede vraag op het juiste moment telt.',
      ].join('\n\n'),
      en: [
        'Many teachers already do career guidance without calling it that. Giving a compliment so a student sees a quality. Mentioning a job that goes with your subject. Sharing your network for a placement. Reaching out to a student where contact does not come easily. A chat while walking down the corridor.',
        'With one click you note such a moment. It is optional and nobody else counts along: it shows you what you already do, so career guidance feels less big and far away.',
        'It can be something small. One good question at the right moment counts.',
      ].join('\n\n'),
    },
    source: 'seed 004:3284-3303 (HvA 2023), eigen woorden',
  },
  {
    id: 'houding',
    title: { nl: 'Houding in het gesprek', en: 'Stance in the conversation' },
    body: {
      nl: [
        'Je staat naast de leerling, niet ervoor. De leerling praat, jij vraagt en vat samen.',
        'Ren niet harder dan de leerling: de volgende stap is van de leerling zelf, ook als die klein is.',
        'Het is goed om het nog niet te weten. Foute keuzes bestaan niet; elke ervaring levert iets op.',
        'Hoor je "dat kan ik niet"? Zoek samen naar wat wel kan en wat ervoor nodig is.',
        'Wees nieuwsgierig naar de ander en naar jezelf: wat raakt mij hier, en welk verhaal ken ik nog niet?',
      ].join('\n\n'),
      en: [
        'You stand next to the student, not in front. The student talks; you ask and summarise.',
        'Do not run harder than the student: the next step belongs to the student, even if it is small.',
        'It is fine not to know yet. There are no wrong choices; every experience yields something.',
        'Hear "I can\'t do that"? Look together for what is possible and what it would take.',
        'Be curious about the other and about yourself: what touches me here, and which story do I not know yet?',
      ].join('\n\n'),
    },
    source: 'seed 004:1816-1836 en 3402-3426 (HvA 2023), eigen woorden',
  },
];

import type { Prompt } from '../schema';
import { BELOW, type Entry, GOOD, PB, subjectPrompts, TOP, USUAL, WHY_CONTACT, WHY_TALENT } from './vakdocent';

/**
 * Family 'vakdocent', continued: the vmbo profielvakken (BWI, PIE, MaT, MVI, Maritiem en techniek,
 * D&P, HBR, Groen), the beroepsgerichte keuzevakken, and the havo/vwo vakken Latijn, Grieks, Spaans
 * and the onderbouwvakken. Same shape as vakdocent.ts: talent named in the work, beroepen in the vak
 * (Gatsby benchmark 4), a result below the student's usual → contact first. Eigen woorden after seed
 * 004:757-765 and 3256-3266 (HvA 2023).
 */

const CONTACT: Entry = [
  BELOW,
  ['kwaliteiten'],
  'Dit is anders dan ik van je gewend ben. Hoe ging het voor jou?',
  'This is different from what I am used to from you. How did it go for you?',
  ...WHY_CONTACT,
];

const WHY_BEROEPEN: [string, string] = [
  'Koppelt het profielvak aan beroepen en werkvelden waar het gebruikt wordt.',
  'Links the vocational subject to the jobs and fields where it is used.',
];
const WHY_PLEZIER: [string, string] = [
  'Wat een leerling graag doet in het praktijklokaal, wijst naar motieven.',
  'What a student enjoys doing in the workshop points to motives.',
];
const WHY_NETWERK: [string, string] = [
  'Iemand uit het vak maakt het werk echt en bereikbaar.',
  'Someone from the trade makes the work real and within reach.',
];

const table: Record<string, Entry[]> = {
  bwi: [
    [
      TOP,
      ['kwaliteiten'],
      'Mooi werkstuk. Welk deel ging je het best af: meten, zagen, afwerken of plannen?',
      'Fine piece of work. Which part went best for you: measuring, sawing, finishing or planning?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Timmerlieden, schilders, interieurbouwers en werkvoorbereiders doen dit werk. Welke lijkt jou het mooist?',
      'Carpenters, painters, interior builders and site planners do this work. Which seems finest to you?',
      ...WHY_BEROEPEN,
    ],
    [
      USUAL,
      ['motieven'],
      'Wat maak je liever: iets nieuws bouwen, of iets ouds mooi maken? Waarom?',
      'What do you prefer to make: build something new, or make something old beautiful? Why?',
      ...WHY_PLEZIER,
    ],
    CONTACT,
    [
      GOOD,
      ['netwerken'],
      'Wie ken je die in de bouw of de afbouw werkt? Wat zou je die willen vragen?',
      'Whom do you know who works in construction or finishing? What would you ask them?',
      ...WHY_NETWERK,
    ],
  ],
  pie: [
    [
      TOP,
      ['kwaliteiten'],
      'Sterk gedaan. Wat ging je goed af: de tekening lezen, aansluiten of het foutzoeken?',
      'Well done. What went well for you: reading the drawing, connecting or fault-finding?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Elektromonteurs, lassers en monteurs van zonnepanelen of warmtepompen gebruiken dit. Welk werk trekt je?',
      'Electricians, welders and installers of solar panels or heat pumps use this. Which work draws you?',
      ...WHY_BEROEPEN,
    ],
    [
      USUAL,
      ['motieven'],
      'Werk je liever aan iets groots in een team, of aan iets precies in je eentje? Wat maakt dat zo?',
      'Do you prefer working on something big in a team, or on something precise alone? What makes it so?',
      ...WHY_PLEZIER,
    ],
    CONTACT,
    [
      GOOD,
      ['netwerken'],
      'Wie ken je die installeert, last of in een fabriek werkt? Wat zou je bij die persoon willen zien?',
      'Whom do you know who installs, welds or works in a factory? What would you like to see there?',
      ...WHY_NETWERK,
    ],
  ],
  mat: [
    [
      TOP,
      ['kwaliteiten'],
      'Mooi gedaan. Hoe vond je de oorzaak, en wat hielp je daarbij?',
      'Nicely done. How did you find the cause, and what helped you?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Automonteurs, fietstechnici, chauffeurs en logistiek medewerkers werken in deze sector. Welk werk spreekt je aan?',
      'Car mechanics, bike technicians, drivers and logistics staff work in this sector. Which work appeals to you?',
      ...WHY_BEROEPEN,
    ],
    [
      USUAL,
      ['motieven'],
      'Wat vind je mooier: sleutelen aan een voertuig, of zorgen dat spullen op tijd ergens zijn?',
      'What do you like better: working on a vehicle, or making sure goods arrive on time?',
      ...WHY_PLEZIER,
    ],
    CONTACT,
  ],
  mvi: [
    [
      TOP,
      ['kwaliteiten'],
      'Sterk ontwerp. Welke keuze in dit werk vind je zelf het best gelukt?',
      'Strong design. Which choice in this work do you think worked out best?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Mediavormgevers, fotografen, webdevelopers en ict-medewerkers doen dit werk. Welke richting trekt je?',
      'Media designers, photographers, web developers and ICT staff do this work. Which direction draws you?',
      ...WHY_BEROEPEN,
    ],
    [
      USUAL,
      ['motieven'],
      'Waar word je blij van: iets bedenken, iets bouwen dat werkt, of iets laten zien aan anderen?',
      'What makes you happy: coming up with something, building something that works, or showing it to others?',
      ...WHY_PLEZIER,
    ],
    CONTACT,
  ],
  'maritiem-en-techniek': [
    [
      TOP,
      ['kwaliteiten'],
      'Mooi gedaan. Wat ging je goed af: het technische werk, het samenwerken of het overzicht houden?',
      'Nicely done. What went well for you: the technical work, working together or keeping the overview?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Matrozen, schippers, havenmedewerkers en scheepsbouwers gebruiken wat je hier leert. Welk werk trekt je?',
      'Deckhands, skippers, port workers and shipbuilders use what you learn here. Which work draws you?',
      ...WHY_BEROEPEN,
    ],
    [
      USUAL,
      ['motieven'],
      'Wat trekt je in werken op of aan het water, en wat juist minder?',
      'What draws you to working on or near the water, and what less so?',
      ...WHY_PLEZIER,
    ],
    CONTACT,
  ],
  dp: [
    [
      TOP,
      ['kwaliteiten'],
      'Sterk gedaan. Wat deed jij in deze opdracht waar anderen iets aan hadden?',
      'Well done. What did you do in this assignment that helped others?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Beveiligers, sportleiders, winkelmedewerkers en evenementenmakers doen dienstverlenend werk. Welk werk lijkt je leuk?',
      'Security staff, sports leaders, shop staff and event makers do service work. Which seems fun to you?',
      ...WHY_BEROEPEN,
    ],
    [
      USUAL,
      ['motieven'],
      'Wat doe je liever: mensen helpen, iets maken, of iets organiseren? Wat maakt dat zo?',
      'What do you prefer: helping people, making something, or organising something? What makes it so?',
      ...WHY_PLEZIER,
    ],
    CONTACT,
  ],
  hbr: [
    [
      TOP,
      ['kwaliteiten'],
      'Mooi resultaat. Wat ging je goed af: het bereiden, het presenteren of het gastvrij zijn?',
      'Great result. What went well for you: preparing, presenting or being a good host?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Koks, bakkers, gastvrouwen en recreatiemedewerkers werken met wat je hier leert. Welke plek trekt je?',
      'Chefs, bakers, hosts and recreation staff work with what you learn here. Which workplace draws you?',
      ...WHY_BEROEPEN,
    ],
    [
      USUAL,
      ['motieven'],
      'Sta je liever in de keuken, of bij de gasten? Wat maakt dat zo?',
      'Would you rather be in the kitchen, or with the guests? What makes it so?',
      ...WHY_PLEZIER,
    ],
    CONTACT,
    [
      GOOD,
      ['netwerken'],
      'Wie ken je die in een restaurant, bakkerij of op een camping werkt? Wat zou je die willen vragen?',
      'Whom do you know who works in a restaurant, bakery or at a campsite? What would you ask them?',
      ...WHY_NETWERK,
    ],
  ],
  groen: [
    [
      TOP,
      ['kwaliteiten'],
      'Mooi gedaan. Wat ging je goed af bij het werken met planten, dieren of de grond?',
      'Nicely done. What went well for you working with plants, animals or the soil?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Hoveniers, dierverzorgers, bloemisten en telers doen werk uit dit profiel. Welk werk zou je willen zien?',
      'Gardeners, animal carers, florists and growers do work from this programme. Which work would you like to see?',
      ...WHY_BEROEPEN,
    ],
    [
      USUAL,
      ['motieven'],
      'Wat vind je fijn aan buiten werken of aan zorgen voor iets dat groeit?',
      'What do you like about working outside or caring for something that grows?',
      ...WHY_PLEZIER,
    ],
    CONTACT,
  ],
  'keuzevak-vmbo': [
    [
      TOP,
      ['kwaliteiten'],
      'Sterk gedaan in dit keuzevak. Wat liet het je zien over wat je kunt?',
      'Well done in this elective. What did it show you about what you can do?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'In welk beroep zie je dit keuzevak terug? Welke mbo-opleiding zou erbij kunnen passen?',
      'In which job do you see this elective again? Which mbo programme could fit it?',
      'Een keuzevak is een proeve van een richting; dit koppelt het aan werk en opleiding.',
      'An elective is a taste of a direction; this links it to work and study.',
    ],
    [
      USUAL,
      ['motieven', 'loopbaansturing'],
      'Waarom koos je dit keuzevak, en welk keuzevak zou je hierna willen proberen?',
      'Why did you pick this elective, and which one would you like to try next?',
      'De reden achter een keuzevak zegt iets over motieven en volgende stappen.',
      'The reason behind an elective says something about motives and next steps.',
    ],
    CONTACT,
  ],
  latijn: [
    [
      TOP,
      ['kwaliteiten'],
      'Mooie vertaling. Wat ging je goed af: de grammatica ontrafelen of de juiste woorden kiezen?',
      'Fine translation. What went well for you: untangling the grammar or choosing the right words?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Artsen, juristen, archeologen en redacteuren gebruiken Latijn nog elke dag. Welk van die werelden trekt je?',
      'Doctors, lawyers, archaeologists and editors still use Latin every day. Which of those worlds draws you?',
      'Laat zien dat een klassieke taal in veel hedendaags werk leeft.',
      'Shows that a classical language lives on in much of today’s work.',
    ],
    [
      USUAL,
      ['motieven'],
      'Welk verhaal of welke tekst uit de oudheid bleef bij je hangen, en waarom?',
      'Which story or text from antiquity stayed with you, and why?',
      'Wat iemand raakt in oude teksten, zegt iets over wat hij of zij belangrijk vindt.',
      'What touches someone in old texts says something about what they value.',
    ],
    CONTACT,
  ],
  grieks: [
    [
      TOP,
      ['kwaliteiten'],
      'Sterk werk. Hoe pakte je deze tekst aan, en wat hielp je het meest?',
      'Strong work. How did you tackle this text, and what helped you most?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Filosofen, theatermakers, archeologen en wetenschapsjournalisten bouwen op de Grieken. Welk werk spreekt je aan?',
      'Philosophers, theatre makers, archaeologists and science journalists build on the Greeks. Which work appeals to you?',
      'Verbindt Grieks met beroepen in denken, kunst en wetenschap.',
      'Links Greek to jobs in thinking, art and science.',
    ],
    [
      USUAL,
      ['motieven'],
      'Welke vraag van de Griekse denkers vind je nu nog de moeite waard?',
      'Which question of the Greek thinkers do you still find worthwhile today?',
      'Oude vragen die nog leven, wijzen naar eigen waarden.',
      'Old questions that still live point to your own values.',
    ],
    CONTACT,
  ],
  spaans: [
    [
      TOP,
      ['kwaliteiten'],
      'Knap gedaan. Waar merk je zelf dat je Spaans groeit: spreken, luisteren of schrijven?',
      'Well done. Where do you notice your Spanish growing: speaking, listening or writing?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Reisleiders, tolken, exportmedewerkers en mensen in ontwikkelingswerk gebruiken Spaans. Welk werk trekt je?',
      'Tour guides, interpreters, export staff and people in development work use Spanish. Which work draws you?',
      'Spaans wordt in veel landen gesproken; dit maakt het werk erachter zichtbaar.',
      'Spanish is spoken in many countries; this makes the work behind it visible.',
    ],
    [
      USUAL,
      ['motieven'],
      'Waar zou je Spaans het liefst gebruiken: op reis, in muziek en series, of in je werk later?',
      'Where would you most like to use Spanish: travelling, in music and series, or in your work later?',
      'Waar een taal leeft voor de leerling, zit motivatie.',
      'Where a language lives for the student, motivation sits.',
    ],
    CONTACT,
  ],
  'mens-en-natuur': [
    [
      TOP,
      ['kwaliteiten'],
      'Mooi resultaat. Wat ging je goed af: onderzoeken, uitleggen of verbanden zien?',
      'Great result. What went well for you: investigating, explaining or seeing connections?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Laboranten, verpleegkundigen, dierenartsen en milieukundigen werken met deze stof. Welk werk lijkt je boeiend?',
      'Lab technicians, nurses, vets and environmental scientists work with this. Which work seems fascinating to you?',
      'In de onderbouw kan een vak al een eerste blik op werk geven.',
      'In the lower years a subject can already give a first look at work.',
    ],
    [
      USUAL,
      ['motieven'],
      'Welk onderwerp over mens of natuur zou je zelf verder willen uitzoeken?',
      'Which topic about people or nature would you like to explore further yourself?',
      'Eigen nieuwsgierigheid is een vroege wegwijzer voor latere keuzes.',
      'Own curiosity is an early signpost for later choices.',
    ],
    CONTACT,
  ],
  'mens-en-maatschappij': [
    [
      TOP,
      ['kwaliteiten'],
      'Sterk gedaan. Wat ging je goed af: informatie zoeken, vergelijken of je mening onderbouwen?',
      'Well done. What went well for you: finding information, comparing or backing up your opinion?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Journalisten, beleidsmakers, reisleiders en politieagenten werken met wat je hier leert. Welk werk trekt je?',
      'Journalists, policy makers, tour guides and police officers work with what you learn here. Which work draws you?',
      'In de onderbouw kan een vak al een eerste blik op werk geven.',
      'In the lower years a subject can already give a first look at work.',
    ],
    [
      USUAL,
      ['motieven'],
      'Welk onderwerp over mensen, landen of vroeger houdt je bezig, en waarom?',
      'Which topic about people, countries or the past keeps you busy, and why?',
      'Wat iemand bezighoudt, zegt iets over wat hij of zij belangrijk vindt.',
      'What occupies someone says something about what they value.',
    ],
    CONTACT,
  ],
  'onderzoeken-en-ontwerpen': [
    [
      TOP,
      ['kwaliteiten'],
      'Mooi project. Welke rol had jij in je team, en wat deed je daarin goed?',
      'Fine project. Which role did you have in your team, and what did you do well in it?',
      ...WHY_TALENT,
    ],
    [
      GOOD,
      ['werkexploratie'],
      'Ontwerpers, ingenieurs, architecten en onderzoekers werken zoals in dit project. Welk beroep wil je beter leren kennen?',
      'Designers, engineers, architects and researchers work as in this project. Which job would you like to know better?',
      'Projecten met een echte opdrachtgever laten het werk van binnen zien.',
      'Projects with a real client show the work from the inside.',
    ],
    [
      USUAL,
      ['motieven'],
      'Wat vind je het leukst: het probleem uitzoeken, iets bedenken, of het bouwen en testen?',
      'What do you enjoy most: investigating the problem, coming up with ideas, or building and testing?',
      'Voorkeur voor een fase van het ontwerpen wijst naar motieven.',
      'Preferring one phase of design points to motives.',
    ],
    CONTACT,
    [
      PB,
      ['netwerken'],
      'Je opdrachtgever zag jouw werk. Wat zou je die persoon nog willen vragen over zijn of haar vak?',
      'Your client saw your work. What would you still like to ask them about their job?',
      ...WHY_NETWERK,
    ],
  ],
};

export const vakdocentProfielvakken: Prompt[] = subjectPrompts(table);

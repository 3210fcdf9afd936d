import type { Prompt } from '../schema';
import { AANMELDEN_MBO, OPEN_DAGEN } from './keuzemomenten';
import { make } from './make-prompt';

/**
 * Family 'keuzemoment', continued: the transitions between the big choice moments. The voorexamenjaar
 * (vmbo 3, havo 4, vwo 5), onderbouw determinatie (every level and route is a fine one), vmbo 3
 * keuzevakken and stage, the mbo years (start, keuzedelen, 1 april, doorstroom), hbo (studieadvies,
 * 1 februari, stage, afstuderen), praktijkonderwijs and vso, and the warme overdracht vmbo → mbo.
 * Route truth (lob-content.md §5) through `routes`, `phases` and `years`. Eigen woorden.
 */

const SRC = 'Expertisepunt LOB, keuzemomenten; lob-content.md §3 en §5, eigen woorden';
const SRC_ORIENT = 'seed 004:723-729 (HvA 2023), eigen woorden; lob-content.md §3';
const SRC_OVERDRACHT = 'Expertisepunt LOB, warme overdracht vo-mbo; lob-content.md §3, eigen woorden';
const SRC_HO = 'seed 004:3896-3902 (HvA 2023), eigen woorden';
const SRC_PRO = 'lob-content.md §5 (route truth); Expertisepunt LOB, praktijkonderwijs, eigen woorden';

const vo = make('keuzemoment', 'km', SRC, { schoolTypes: ['vmbo', 'havo', 'vwo'] });
const mbo = make('keuzemoment', 'km', SRC, { schoolTypes: ['mbo'] });
const hbo = make('keuzemoment', 'km', SRC_HO, { schoolTypes: ['hbo'] });
const pro = make('keuzemoment', 'km', SRC_PRO, { schoolTypes: ['pro', 'vso'] });

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

  // ── mbo: eerste jaar (ook wie net van het vmbo, de pro of het vso komt) ─────────────────────
  mbo(
    'mbo-eerste-1',
    ['kwaliteiten', 'netwerken'],
    [
      'Wat heb je van je vorige school meegenomen dat je hier helpt? Wie wil je daarover vertellen?',
      'What did you bring from your previous school that helps you here? Whom would you tell about it?',
    ],
    [
      'Een warme overdracht werkt twee kanten op: wat de student zelf meeneemt telt mee.',
      'A warm handover works both ways: what the student brings counts too.',
    ],
    { phases: ['eerstejaars'], source: SRC_OVERDRACHT },
  ),
  mbo(
    'mbo-eerste-2',
    ['motieven', 'werkexploratie'],
    [
      'Wat verrast je tot nu toe aan je opleiding, in positieve of negatieve zin?',
      'What has surprised you so far about your programme, in a good way or not?',
    ],
    [
      'Verrassingen in het eerste jaar laten zien of de keuze past, vroeg genoeg om bij te sturen.',
      'Surprises in the first year show whether the choice fits, early enough to adjust.',
    ],
    { phases: ['eerstejaars'], source: 'seed 004:711-719 (HvA 2023), eigen woorden' },
  ),
  mbo(
    'mbo-eerste-3',
    ['netwerken'],
    [
      'Bij wie op school of in je klas kun je terecht als iets anders loopt dan je dacht?',
      'Whom at school or in your class can you turn to when something goes differently than you thought?',
    ],
    [
      'Wie in het eerste jaar iemand heeft om op terug te vallen, vindt eerder zijn weg.',
      'Those who have someone to fall back on in the first year find their way sooner.',
    ],
    { phases: ['eerstejaars'] },
  ),
  mbo(
    'mbo-eerste-4',
    ['werkexploratie', 'loopbaansturing'],
    [
      'Welk beroep uit je opleiding wil je dit jaar beter leren kennen, en hoe ga je dat aanpakken?',
      'Which job from your programme would you like to know better this year, and how will you go about it?',
    ],
    [
      'Eén opleiding leidt vaak naar meer beroepen; verkennen begint in het eerste jaar.',
      'One programme often leads to several jobs; exploring starts in the first year.',
    ],
    { phases: ['eerstejaars'] },
  ),
  mbo(
    'mbo-eerste-5',
    ['loopbaansturing', 'motieven'],
    [
      'Wat is je eigen doel voor dit eerste jaar, naast je diploma?',
      'What is your own goal for this first year, besides your diploma?',
    ],
    [
      'Een eigen doel maakt het jaar van de student, niet alleen van de opleiding.',
      "An own goal makes the year the student's, not only the programme's.",
    ],
    { phases: ['eerstejaars'] },
  ),

  // ── mbo: middenjaar (keuzedelen, richting binnen het vak) ─────────────────────────────────
  mbo(
    'mbo-midden-1',
    ['werkexploratie', 'motieven'],
    [
      'Welke richting binnen je vak trekt je nu meer dan bij de start, en waardoor?',
      'Which direction within your trade draws you more now than at the start, and why?',
    ],
    [
      'Na een jaar ervaring verschuift de belangstelling vaak; dat is waardevolle informatie.',
      'After a year of experience interest often shifts; that is valuable information.',
    ],
    { phases: ['middenjaar'] },
  ),
  mbo(
    'mbo-midden-2',
    ['loopbaansturing'],
    [
      'Welke keuzedelen kies je, en wat willen ze je opleveren voor later?',
      'Which electives (keuzedelen) do you choose, and what would you like them to bring you later?',
    ],
    [
      'Keuzedelen zijn een echte keuze in het mbo; ze kunnen aansluiten op werk of een vervolgopleiding.',
      'Keuzedelen are a real choice in mbo; they can connect to work or a next programme.',
    ],
    { phases: ['middenjaar', 'eerstejaars'] },
  ),
  mbo(
    'mbo-midden-3',
    ['netwerken'],
    [
      'Welke mensen uit je stage of werk wil je blijven kennen, en hoe houd je contact?',
      'Which people from your placement or work do you want to keep knowing, and how do you stay in touch?',
    ],
    ['Contacten uit de praktijk worden later vaak werk.', 'Contacts from practice often turn into work later.'],
    { phases: ['middenjaar', 'laatstejaars'] },
  ),

  // ── mbo: laatste jaar (1 april, werk, doorstroom mbo → mbo en niveau 4 → hbo) ──────────────
  mbo(
    'mbo-laatste-1',
    ['loopbaansturing'],
    [
      'Verder leren in een andere of volgende mbo-opleiding? Aanmelden kan tot 1 april. Wat wil je nog uitzoeken?',
      'Going on to another or next mbo programme? You can apply until 1 April. What do you still want to find out?',
    ],
    [
      'Wie vóór 1 april aanmeldt, heeft recht op een plek; de keuze blijft bij de student.',
      'Applying before 1 April secures a place; the choice stays with the student.',
    ],
    { phases: ['laatstejaars'], season: AANMELDEN_MBO, routes: ['mbo'] },
  ),
  mbo(
    'mbo-laatste-2',
    ['werkexploratie', 'netwerken'],
    [
      'Welk werk wil je na je diploma gaan doen, en wie kan je helpen een eerste baan te vinden?',
      'Which work would you like to do after your diploma, and who can help you find a first job?',
    ],
    ['Een eerste baan komt vaak via mensen die je al kent.', 'A first job often comes through people you already know.'],
    { phases: ['laatstejaars'] },
  ),
  mbo(
    'mbo-laatste-3',
    ['kwaliteiten'],
    [
      'Welke dingen kun je nu die je bij de start van je opleiding nog niet kon?',
      'Which things can you do now that you could not do at the start of your programme?',
    ],
    [
      'Groei kunnen benoemen helpt bij sollicitaties en bij de volgende keuze.',
      'Being able to name growth helps with applications and the next choice.',
    ],
    { phases: ['laatstejaars'] },
  ),
  mbo(
    'mbo-laatste-4',
    ['motieven'],
    [
      'Wat wil je in je eerste baan terugzien van wat je in je opleiding het leukst vond?',
      'What would you like to find again in your first job of what you enjoyed most in your programme?',
    ],
    [
      'Wat een student wil behouden, is een goede toets voor een vacature of vervolg.',
      'What a student wants to keep is a good test for a vacancy or a next step.',
    ],
    { phases: ['laatstejaars'] },
  ),
  mbo(
    'mbo-laatste-5',
    ['werkexploratie', 'motieven'],
    [
      'Wat zou je op het hbo willen leren dat je in je mbo-opleiding nog mist?',
      'What would you like to learn at hbo that your mbo programme does not offer yet?',
    ],
    [
      'Doorstromen naar het hbo kan na niveau 4; een eigen leervraag maakt de keuze steviger.',
      'Moving on to hbo is possible after level 4; an own learning question makes the choice sturdier.',
    ],
    { phases: ['laatstejaars'], routes: ['hbo'], source: 'seed 004:570-580 (HvA 2023), eigen woorden' },
  ),

  // ── hbo: studieadvies, 1 februari, stage, afstuderen ────────────────────────────────────────
  hbo(
    'hbo-studieadvies-1',
    ['motieven', 'werkexploratie'],
    [
      'Het studieadvies komt in zicht. Wat heb je dit jaar ontdekt over hoe deze opleiding bij je past?',
      'The study advice is coming into view. What have you found out this year about how this programme suits you?',
    ],
    [
      'Het bindend studieadvies is ook een moment om over de keuze zelf te praten.',
      'The binding study advice is also a moment to talk about the choice itself.',
    ],
    { years: [1], season: { from: '01-15', to: '06-30' }, source: 'seed 004:711-719 (HvA 2023), eigen woorden' },
  ),
  hbo(
    'hbo-studieadvies-2',
    ['netwerken'],
    [
      'Met wie bespreek je hoe je eerste jaar gaat, en wat je daarbij nodig hebt?',
      'With whom do you discuss how your first year is going, and what you need?',
    ],
    [
      'Iemand om mee te praten in het eerste jaar maakt hulp vragen gewoner.',
      'Someone to talk to in the first year makes asking for help more normal.',
    ],
    { years: [1], source: 'seed 004:800-815 (HvA 2023), eigen woorden' },
  ),
  hbo(
    'hbo-februari-1',
    ['loopbaansturing'],
    [
      'Rond 1 februari kun je vaak nog overstappen of later instromen. Wat zou je eerst uitzoeken als je twijfelt?',
      'Around 1 February you can often still switch or start later. What would you find out first if you had doubts?',
    ],
    [
      '1 februari is voor veel eerstejaars een echt keuzemoment; vroeg praten houdt opties open.',
      '1 February is a real choice moment for many first-years; talking early keeps options open.',
    ],
    { years: [1], season: { from: '11-01', to: '01-31' } },
  ),
  hbo(
    'hbo-februari-2',
    ['netwerken', 'motieven'],
    [
      'Hoe ging jouw start in de groep, en wie hielp je op weg?',
      'How did your start in the group go, and who helped you on your way?',
    ],
    [
      'Wie later instroomt, zoals per 1 februari, mist soms de start van de groep; dit geeft ruimte.',
      'Those who join later, such as on 1 February, sometimes miss the group start; this gives room.',
    ],
    { years: [1], season: { from: '02-01', to: '04-30' } },
  ),
  hbo(
    'hbo-stage-3',
    ['werkexploratie', 'motieven'],
    [
      'Wat liet je stage je zien over het werk dat je wel en niet wilt doen?',
      'What did your placement show you about the work you do and do not want to do?',
    ],
    [
      'Na de stage is het moment om ervaring om te zetten in richting.',
      'After the placement is the moment to turn experience into direction.',
    ],
    { years: [2, 3, 4] },
  ),
  hbo(
    'hbo-stage-4',
    ['kwaliteiten'],
    [
      'Wat wil je tijdens je stage leren over jezelf als professional?',
      'What would you like to learn about yourself as a professional during your placement?',
    ],
    [
      'Een eigen leervraag maakt van de stage een loopbaanervaring.',
      'An own learning question turns the placement into a career experience.',
    ],
    { years: [2, 3] },
  ),
  hbo(
    'hbo-afstuderen-4',
    ['motieven'],
    [
      'Welk onderwerp voor je afstudeeropdracht zou je echt willen uitzoeken, en waarom?',
      'Which topic for your graduation project would you really like to investigate, and why?',
    ],
    [
      'Een onderwerp dat de student raakt, wijst vaak naar het eerste werk.',
      'A topic that moves the student often points to the first job.',
    ],
    { phases: ['laatstejaars'] },
  ),
  hbo(
    'hbo-afstuderen-5',
    ['netwerken'],
    [
      'Wie uit je stage of opleiding kan je helpen aan een afstudeerplek of een eerste baan?',
      'Who from your placement or programme can help you to a graduation placement or a first job?',
    ],
    ['Afstudeerplekken en banen komen vaak via mensen.', 'Graduation placements and jobs often come through people.'],
    { phases: ['laatstejaars'] },
  ),
  hbo(
    'hbo-afstuderen-6',
    ['loopbaansturing', 'werkexploratie'],
    [
      'Welke master of vervolgopleiding zou je trekken, en wat zou die toevoegen aan je werk?',
      'Which master or further programme would draw you, and what would it add to your work?',
    ],
    [
      'Doorstuderen is een keuze met een doel; de vraag laat werken even waardevol.',
      'Studying on is a choice with a purpose; the question keeps working just as valuable.',
    ],
    { phases: ['laatstejaars'] },
  ),

  // ── Praktijkonderwijs en vso: werk, entree of een mbo-opleiding ───────────────────────────────
  pro(
    'pro-onder-1',
    ['motieven', 'werkexploratie'],
    [
      'Wat doe je het liefst op school, en bij welk werk zou dat passen?',
      'What do you like doing most at school, and which work would that fit?',
    ],
    [
      'Van wat een leerling graag doet naar werk: de kortste brug in het praktijkonderwijs.',
      'From what a student enjoys to work: the shortest bridge in practical education.',
    ],
    { years: [1, 2] },
  ),
  pro(
    'pro-onder-2',
    ['kwaliteiten', 'netwerken'],
    [
      'Waar ben je goed in, volgens jezelf en volgens iemand die je goed kent?',
      'What are you good at, according to yourself and to someone who knows you well?',
    ],
    ['Twee blikken op kwaliteiten maken ze sterker.', 'Two views on qualities make them stronger.'],
    { years: [1, 2] },
  ),
  pro(
    'pro-midden-1',
    ['werkexploratie'],
    [
      'Bij welk soort werk zou je graag eens stage lopen, en waarom?',
      'Which kind of work would you like to try on a placement, and why?',
    ],
    [
      'De stage is de plek waar een leerling ontdekt wat bij hem past.',
      'The placement is where a student finds out what suits them.',
    ],
    { years: [3] },
  ),
  pro(
    'pro-laatste-1',
    ['loopbaansturing'],
    [
      'Na deze school naar de entree of een mbo-opleiding? Aanmelden kan tot 1 april. Wat wil je nog weten?',
      'After this school on to entree or an mbo programme? You can apply until 1 April. What do you still want to know?',
    ],
    [
      'Ook vanuit pro en vso geldt 1 april als aanmelddatum; de keuze blijft bij de leerling.',
      'From pro and vso too, 1 April is the date to apply; the choice stays with the student.',
    ],
    { phases: ['laatstejaars'], season: AANMELDEN_MBO, routes: ['mbo'] },
  ),
  pro(
    'pro-laatste-2',
    ['netwerken'],
    [
      'Wat wil je dat je nieuwe school of werkgever over jou weet, zodat je goed kunt starten?',
      'What would you like your new school or employer to know about you, so you can start well?',
    ],
    [
      'Bij een warme overdracht beslist de leerling mee over wat er gedeeld wordt.',
      'In a warm handover the student helps decide what is shared.',
    ],
    { phases: ['laatstejaars'], source: SRC_OVERDRACHT },
  ),
  pro(
    'pro-laatste-3',
    ['loopbaansturing', 'kwaliteiten'],
    [
      'Wat wil je dit laatste jaar nog leren of uitproberen, voordat je gaat werken of verder leert?',
      'What would you still like to learn or try this last year, before you start work or further learning?',
    ],
    [
      'Het laatste jaar is van de leerling; een eigen doel maakt de overstap kleiner.',
      "The last year is the student's; an own goal makes the transition smaller.",
    ],
    { phases: ['laatstejaars'] },
  ),
];

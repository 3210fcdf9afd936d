import { describe, expect, it } from 'vitest';
import { fold, judgePrompt, judgeText, refusals } from '../../lib/prompts/guardrails';
import { judgeRules } from '../../lib/prompts/meaning';

/** The API of the guardrails and one example per rule kind; the bounds are in guardrails-meaning.test.ts. */

const kinds = (text: string, lang: 'nl' | 'en' = 'nl') => judgeText(text, lang).map((f) => `${f.level} ${f.kind}`);

describe('judgeText', () => {
  it('gives one reason per kind: a sentence two comparison rules catch is listed once for the administrator', () => {
    const findings = judgeText('Hoe komt het dat jij als enige van de klas nog geen stageplek hebt?', 'nl', { kind: 'prompt' });
    expect(findings.map((f) => `${f.kind}/${f.level}`)).toEqual(['comparison/refuse']);
  });

  it('accepts a calm open question', () => {
    expect(judgeText('Wat ging je hier goed af, denk je?', 'nl', { kind: 'prompt' })).toEqual([]);
    expect(judgeText('What went well for you here, do you think?', 'en', { kind: 'prompt' })).toEqual([]);
  });

  it.each([
    ['Waarom lukt het jou nooit om een stage te vinden?', 'refuse deficit'],
    ['Je cijfers voor Engels zijn te laag voor die studie.', 'refuse grade-topic'],
    ['Waarom ben jij minder nieuwsgierig dan je zus?', 'refuse comparison'],
    ['Meisjes kiezen meestal voor de zorg. Jij ook?', 'refuse labelling'],
    ['Hoe gaat het thuis nu je vader ziek is?', 'refuse care'],
    ['Heb je je LOB-opdrachten al ingeleverd?', 'refuse tick-box'],
    ['Wie vrijdag niets heeft ingeleverd, moet nablijven.', 'refuse pressure'],
    ['Kies gewoon voor de havo.', 'refuse verdict'],
  ])('refuses by meaning: %s', (text, finding) => {
    expect(kinds(text)).toContain(finding);
  });

  it('lets innocent words pass when the structure is sound', () => {
    for (const ok of [
      'Welke opdracht die je hebt afgerond, laat je graag zien?',
      'Wat moet een goede stageplek voor jou hebben?',
      'Zie je jezelf later thuis werken?',
      'In de bouw werk je buiten, ook bij slecht weer. Lijkt je dat wat?',
      'Wat is je sterkste vak?',
      'Werk in de zwakstroomtechniek?',
    ])
      expect(judgeText(ok, 'nl'), ok).toEqual([]);
  });

  it('gives each finding a rule, kind, level, field, reason and rewrite in Dutch and English', () => {
    const [f] = judgeText('Kies gewoon techniek.', 'nl', { kind: 'prompt' });
    expect(f).toMatchObject({ level: 'refuse', kind: 'verdict', field: 'prompt', lang: 'nl' });
    expect(f?.rule).toMatch(/^verdict-/);
    for (const text of [f?.reason.nl, f?.reason.en, f?.rewrite.nl, f?.rewrite.en]) expect(text?.length).toBeGreaterThan(10);
  });

  it('warns on the form (exclamation, capitals, length) and allows known acronyms', () => {
    expect(kinds('Goed zo!')).toEqual(['warn exclamation']);
    expect(kinds('Dit is BELANGRIJK.')).toEqual(['warn capitals']);
    expect(kinds('Het HBO kiezen.')).toEqual(['warn capitals']);
    expect(judgeText('Vraag het aan het UWV of je SLB’er; denk aan de AVG en je BPV bij LOB.', 'nl')).toEqual([]);
    expect(judgeText('a'.repeat(170), 'nl', { kind: 'prompt' })).toEqual([]);
    expect(judgeText('a'.repeat(171), 'nl', { kind: 'prompt' }).map((f) => f.match)).toEqual(['171 > 170']);
    expect(judgeText('a'.repeat(1401), 'nl', { kind: 'knowledgeCard' }).map((f) => f.level)).toEqual(['warn']);
  });

  it('warns on "moet" in a statement that does not order the student', () => {
    expect(kinds('Een goede keuze moet bij je passen.')).toEqual(['warn verdict']);
    expect(kinds('Je moet een keuze maken.')).toContain('refuse verdict');
  });

  it('keeps the English word lists', () => {
    expect(kinds('You are weak at maths.', 'en')).toContain('refuse deficit');
    expect(kinds('Are you falling behind?', 'en')).toContain('refuse deficit');
    expect(kinds('2 of 5 done', 'en')).toContain('refuse tick-box');
    expect(kinds('You should choose.', 'en')).toContain('refuse verdict');
    expect(kinds('80% done', 'en')).toContain('refuse tick-box');
    expect(judgeText('Which story is behind this?', 'en')).toEqual([]);
  });

  it('never throws on odd input', () => {
    expect(judgeText('', 'nl')).toEqual([]);
    expect(judgeText(undefined as unknown as string, 'nl')).toEqual([]);
    expect(judgeText('?!.,;:', 'nl').map((f) => f.kind)).toEqual(['exclamation']);
    expect(fold('Oriëntatie Coördinator')).toBe('orientatie coordinator');
  });
});

describe('judgePrompt', () => {
  it('judges text and why in both languages and names the field', () => {
    const findings = judgePrompt({
      text: { nl: 'Kies gewoon de havo.', en: 'What attracts you?' },
      why: { nl: 'Een open vraag.', en: 'You must ask this!' },
    });
    expect(findings.map((f) => `${f.field} ${f.lang} ${f.level} ${f.kind}`)).toEqual([
      'text nl refuse verdict',
      'why en refuse verdict',
      'why en warn exclamation',
    ]);
    expect(refusals(findings)).toHaveLength(2);
  });
});

/** The rules alone (without the learned backstop), as the level of the worst finding. */
const byRules = (text: string) => {
  const findings = judgeRules(text, 'nl', 'prompt');
  return findings.some((f) => f.level === 'refuse') ? 'refuse' : findings.length > 0 ? 'warn' : 'pass';
};

/** The kinds the rules alone refuse. */
const refusedKinds = (text: string) =>
  judgeRules(text, 'nl', 'prompt')
    .filter((f) => f.level === 'refuse')
    .map((f) => f.kind);

describe('the rules judge who a negative predicate is said of, and what a grade or care word is about', () => {
  it.each([
    // a grade the student gives, or one that only opens a question about experience, or the student's own reading
    'Welk rapportcijfer zou jij zelf je snuffelstage geven, en waarom?',
    'Geef je de open dag van het roc een 7 of een 9, en wat gaf de doorslag?',
    'Een 8 voor je verslag over de haven: wat vond je het leukst om uit te zoeken?',
    'Jij zette zelf je resultaten van dit jaar op een rij. Welke richting ga je onderzoeken?',
    // a deficit word as an idea, not said of the student
    'Wat versta jij onder falen, en mag dat bij een eerste stage?',
    'Waar ligt voor jou het onderscheid tussen een fout en een mislukking?',
    'Je kwam op de open dag een oud-leerling tegen die een achterstand had ingehaald. Wat vertelde hij?',
    // a care word said of a thing, or home as the network for the choice
    'Welk compliment van je stagebegeleider bleef hangen, en welke opmerking die wat pijn deed?',
    'Slaap er een nachtje over: welke twee opleidingen wil je nog eens bekijken?',
    'Met wie praat je bij jullie thuis het meest over je vervolgopleiding?',
    // understatement, lows and habits not said of the student
    'Welke kant van jezelf liet je op je stage zien die niet meteen je sterkste leek?',
    'Wat maakt dat je zelfvertrouwen soms groeit tijdens een presentatie?',
    'Je bent geen nummer hier: wat wil je dat je mentor van je weet?',
    // advice words that do not decide for the student
    'Het is goed om te weten dat je na de bbl nog kunt doorstromen.',
    'Wie kan je helpen om beter te worden in solliciteren?',
    // an offer of help in the consequence, the condition being the student's own wish
    'Wanneer je nog een gesprek wilt met de decaan, dan regel ik dat voor je.',
    // a verdict word negated, a deficit word denied of a thing or owned by others, a lag of a thing
    'Foute keuzes bestaan niet. Wat leerde je van je laatste stap?',
    'Er bestaat geen verkeerde keuze als je eerlijk kiest. Wat weegt voor jou het zwaarst?',
    'Hulp vragen is geen zwakte. Bij wie kun jij terecht?',
    'Koks vertellen graag over hun grootste mislukking in de keuken. Wat leerde jij van iets wat misging?',
    'In de groothandel kan een achterstand in leveringen flink oplopen. Lijkt die drukte je wat?',
    // "je" owned after a preposition, and a moment the student reported themself
    'Feedback op je werkstuk is nooit prettig. Welk punt neem je mee?',
    'Je zei dat je na de proefles helemaal dichtklapte. Waardoor werd je zo onzeker?',
    // home and family as the student's network, both genders named together
    'Welk beroep van iemand bij jou thuis lijkt je zelf leuk?',
    'Je oom werkt als elektricien. Wat heb je van zijn werk gezien, en wat vind jij ervan?',
    'Zowel mannen als vrouwen werken tegenwoordig als piloot. Wat trekt jou in dat vak?',
    // the grade set aside, and "moet" said of a job or of everyone
    'Laat je cijfers vandaag even rusten: wat doe je het liefst in je vrije tijd?',
    'Een goede verpleegkundige moet kunnen luisteren. Welke kwaliteiten zie jij in dat werk?',
    'In de keuken moet iedereen een haarnetje dragen. Wat viel je nog meer op tijdens je stage?',
    // what someone else wishes for the student, then the student's own wish: no comparison
    'Je opa hoopt dat je later zijn garage overneemt. Wat wil jij zelf?',
    'Je ouders zien je liever op het vwo. Hoe zou je hun vertellen wat jij wilt?',
    'Niet iedereen in je omgeving gelooft in je plan. Wat maakt dat jij het wel ziet zitten?',
    // the student's own words or feeling reflected back, with no conclusion drawn
    'Je vertelde dat je je bij wiskunde soms dom voelt. Bij welk vak voel je je juist sterk?',
    'Je hebt het gevoel dat je achterloopt met je keuze. Wat zou een eerste kleine stap zijn?',
  ])('passes a sound sentence: %s', (text) => {
    expect(byRules(text)).toBe('pass');
  });

  it.each([
    ['Een 4 voor je verslag: wat ga je doen om dat cijfer op te halen?', 'grade-topic'],
    ['Je gemiddelde is te laag: wat vond je nog leuk aan dit jaar?', 'grade-topic'],
    ['Gezien de taalachterstand die je hebt, welke opleiding zie je zitten?', 'deficit'],
    ['Samenwerken is nou niet direct jouw sterkste punt. Welke baan kan je alleen doen?', 'deficit'],
    ['Je concentratie is erg laag, zie ik. Past een kantoorbaan dan wel?', 'deficit'],
    ['Met jouw beperkte spanningsboog wordt een lange opleiding lastig. Wat denk je?', 'deficit'],
    ['Welke stage is er voor iemand die zo gauw opgeeft als jij?', 'deficit'],
    ['Jij bent echt iemand die nooit iets afmaakt. Hoe kies je dan een opleiding?', 'deficit'],
    ['Je bent geen doorzetter, dus welke korte opleiding spreekt je aan?', 'deficit'],
    ['Van plannen komt bij jou nauwelijks iets terecht; wie helpt je daarmee?', 'deficit'],
    ['Hoe sta jij er eigenlijk voor in vergelijking met je klasgenoten?', 'comparison'],
    ['In de klas hoor je bij de laatste drie met een stageplek. Wat ga je doen?', 'comparison'],
    ['Sem heeft inmiddels een leerbedrijf gevonden en jij nog niet. Hoe komt dat?', 'comparison'],
    ['Het lijkt verstandiger om de sportopleiding te laten schieten.', 'verdict'],
    ['De mentoren hebben besloten dat de kaderopleiding het beste is voor je.', 'verdict'],
    ['Dat wordt dus jouw route: de bol in Utrecht.', 'verdict'],
    ['Zou je niet liever voor de zekere baan gaan?', 'verdict'],
    ['Hoe houdt u het vol naast de zorg voor uw zieke moeder?', 'care'],
    ['Eet je wel genoeg voordat je om zes uur naar je stage gaat?', 'care'],
    ['Zonder voldoende uren ga je niet over; hoe plan je de rest?', 'pressure'],
    // harmful look-alikes of the sound sentences above: the student owns the lack, the condition fails, a measure
    ['Jij bent net als je broer: ook geen doorzetter.', 'comparison'],
    ['Als je niet wilt kiezen, dan regel ik het wel voor je.', 'pressure'],
    ['Als je niet opschiet, dan regel ik het zelf voor je.', 'pressure'],
    ['Dat was een verkeerde keuze van je; volgend jaar beter.', 'verdict'],
    ['Je werkstuk is nooit op tijd af.', 'deficit'],
    ['Wat maakt je toch steeds zo onzeker?', 'deficit'],
    ['Je vader noemt jou zijn grootste mislukking. Hoe kijk jij daarnaar?', 'deficit'],
    ['Jij bent geen zwakke leerling, maar je inzet is onvoldoende.', 'deficit'],
    ['Je achterstand in wiskunde is groot. Hoe wil je die wegwerken?', 'deficit'],
    ['Met een achterstand in rekenen kom je niet ver. Wat wil je doen?', 'deficit'],
    ['Je mag je gemiddelde vergeten, want dat is te laag voor de havo.', 'grade-topic'],
    ['Je zus zit al op het hbo. Wat vind jij daarvan?', 'comparison'],
    ['Je broer is een harde werker. Hoe kijk jij daarnaar als je aan jezelf denkt?', 'comparison'],
    ['Sanne is een prima leerling. Wanneer ga jij zo hard werken?', 'comparison'],
    ['Wie werkt er bij jou thuis eigenlijk niet?', 'care'],
    // look-alikes of the two above: the others measured against the student, a conclusion drawn
    ['Je ouders hopen dat je net als je zus naar het vwo gaat. Waarom wil jij dat niet?', 'comparison'],
    ['Je broer ging naar de universiteit. Wat wil jij zelf, ook zoiets?', 'comparison'],
    ['Je zei zelf dat je dom bent in talen, dus kies maar een technisch profiel.', 'deficit'],
  ])('refuses harm by its structure: %s', (text, kind) => {
    expect(refusedKinds(text)).toContain(kind);
  });

  it('still warns on "moet" when the sentence speaks to the student', () => {
    expect(byRules('Een goede stageplek moet bij je passen.')).toBe('warn');
  });
});

describe('the learned backstop and the grade rules', () => {
  it('lets the rules decide when they read every grade as only the occasion, and not otherwise', () => {
    const occasion = 'Een 8 voor je verslag over de haven: wat vond je het leukst om uit te zoeken?';
    expect(judgeText(occasion, 'nl', { kind: 'prompt' }).filter((f) => f.kind === 'grade-topic')).toEqual([]);
    const topic = 'Een 4 voor je verslag: wat ga je doen om dat cijfer op te halen?';
    expect(refusals(judgeText(topic, 'nl', { kind: 'prompt' })).map((f) => f.kind)).toContain('grade-topic');
  });
});

describe('sentence-structure rules: who a predicate is said of, care as the student’s own situation, proof as the point', () => {
  it.each([
    // a skill denied to the student by an idiom, or limits stated as a given
    ['Plannen ligt je gewoon niet, dus zoek een vak zonder deadlines.', 'deficit'],
    ['Rekenen is nou eenmaal niet jouw ding.', 'deficit'],
    ['Doorzetten zit er bij jou niet in, dat weten we allemaal.', 'deficit'],
    ['Met jouw beperkingen wordt een hbo-studie een hele klus; wat lijkt je haalbaar?', 'deficit'],
    ['Van jou verwacht ik eerlijk gezegd weinig op de stagemarkt.', 'deficit'],
    // a ranking or another person's advantage
    ['In jouw groep ben jij de enige zonder stagecontract. Hoe zit dat?', 'comparison'],
    ['Je klasgenoten halen veel meer uit hun stage dan jij.', 'comparison'],
    // a stereotype of a group the student belongs to, or pinned on the student
    ['Lassen is eigenlijk meer iets voor mannen. Wat vind jij?', 'labelling'],
    ['Stadskinderen blijven meestal in de Randstad wonen, dus welke opleiding hier kies je?', 'labelling'],
    ['Mensen zoals u zijn vaak liever met hun handen bezig. Klopt dat?', 'labelling'],
    ['Als dyslecticus zul je teksten schrijven wel lastig vinden. Welk praktisch vak trekt je?', 'labelling'],
    // a care topic as the student's own situation, also when the question then turns to work
    ['Wat vindt je therapeut van je plan om in de kinderopvang te werken?', 'care'],
    ['Hebben jullie thuis genoeg financiële ruimte voor een tweede studie?', 'care'],
    ['Na het overlijden van je opa ben je stil. Wil je daar iets over vertellen?', 'care'],
    // proof, signatures or completion as the point
    ['Neem van de beurs een deelnamebewijs mee voor je dossier.', 'tick-box'],
    ['Laat je stagebegeleider het urenformulier ondertekenen en lever het in.', 'tick-box'],
    ['Vul de vragenlijst in, zodat de school kan zien dat er een gesprek is geweest.', 'tick-box'],
    ['Maak de test, dan is je LOB voor dit jaar af.', 'tick-box'],
    // an ultimatum or a loss unless the student acts
    ['Je hebt tot vrijdag. Daarna meld ik je zelf aan bij het roc.', 'pressure'],
    ['Stuur vandaag je cv, of je stageplek gaat naar iemand anders.', 'pressure'],
    ['Hoe langer je blijft twijfelen, hoe kleiner je keuze wordt.', 'pressure'],
    // a decision made for the student, a ceiling, or a verdict stated before the question
    ['Het team heeft na de rapportvergadering besloten dat jij naar kader gaat.', 'verdict'],
    ['Mbo 3 is het hoogst haalbare voor jou.', 'verdict'],
    ['Die opleiding is niks voor jou; welke andere spreekt je aan?', 'verdict'],
  ])('refuses: %s', (text, kind) => {
    expect(refusedKinds(text)).toContain(kind);
  });

  it.each([
    // the same words as the student's own view, a hypothetical, or a reassurance
    'Welk vak ligt je niet zo, en wat leer je daar toch van?',
    'Als iets je niet ligt, wat doe je dan om het toch te leren?',
    'Er is een techniekdag voor meisjes op 12 maart. Heb je zin om mee te gaan?',
    'Alle leerlingen gaan in april naar de open dag van het roc.',
    'Zoals veel leerlingen heb je misschien nog geen idee, en dat is oké.',
    'Heb je interesse in therapie als beroep, bijvoorbeeld als fysiotherapeut?',
    'Wat trekt je in het werk van een psycholoog of een therapeut?',
    'Welke dingen wil je nog van je eigen wensenlijst afvinken, en waarom juist die?',
    'Waar heb jij een zwak voor als je aan werk denkt?',
    'Ben je bang de verkeerde keuze te maken? Wat zou helpen?',
    'We verwachten niet dat je nu al kiest; wat wil je eerst uitzoeken?',
    'Als je wilt, dan meld ik je aan voor een meeloopdag.',
    'Wat zou je vandaag nog willen vragen aan de decaan?',
    'Eén ding staat vast: je hoeft dit niet alleen te doen.',
    'Het hoogst haalbare is niet altijd het mooiste; wat wil jij?',
    'De beste keuze voor jou is de keuze die je zelf kunt uitleggen.',
    'Schrijf op wat je zag, zodat we samen kunnen kijken of het bij je past.',
    'Wie een tussenjaar neemt, raakt geen jaren kwijt. Wat zou jij in zo’n jaar doen?',
    'Wat wil je aan je werkhouding op stage verbeteren?',
  ])('lets a sound look-alike pass: %s', (text) => {
    expect(byRules(text)).toBe('pass');
  });
});

/**
 * Rules by grammatical frame (issue #30, after the sixth set): the slots are open classes (a quality
 * of the student, a measure of lack, a proof noun, a deadline word), so the sentences here are new
 * paraphrases, none of a labelled set.
 */
describe('frame rules: open classes in the slots of a harmful structure', () => {
  const refusedAs = (text: string) =>
    judgeRules(text, 'nl', 'prompt')
      .filter((f) => f.level === 'refuse')
      .map((f) => f.kind);

  it.each([
    // [the student's quality] + [copula] + [a measure of lack]; [falls short]; [lacks a quality]
    ['Jouw luistervaardigheid is nog te gering voor een baan aan de balie.', 'deficit'],
    ['Gezien je bescheiden rekenvermogen lijkt een technische studie ver weg, toch?', 'deficit'],
    ['U schoot tijdens de snuffelstage duidelijk tekort.', 'deficit'],
    ['Je ontbeert het geduld dat een opleiding tot kapper vraagt.', 'deficit'],
    ['Creatief ben je niet echt sterk, dus welk vak zonder ontwerpen kies je?', 'deficit'],
    ['Een talenstudie is niet aan jou besteed.', 'deficit'],
    ['Samenwerken gaat bij jou stroef. Welk beroep doe je alleen?', 'deficit'],
    ['Je doet wel je best maar haalt de lat niet; wat nu?', 'deficit'],
    // others as the measure, with "anders/meer … dan zij"; "niet zo … als [naam]"
    ['Je neef koos al jong voor de marine; waarom kies jij iets heel anders dan hij?', 'comparison'],
    ['Waarom ben je niet zo vastberaden als Noor?', 'comparison'],
    ['Andere entree-studenten solliciteren al; wat houdt jou tegen?', 'comparison'],
    // a group named by an adjective, one member for the group, a community as a fact
    ['Dove jongeren werken doorgaans liever met hun handen; jij ook?', 'labelling'],
    ['Een mavo-leerling wordt meestal geen arts.', 'labelling'],
    ['Hun cultuur verwacht dat dochters dicht bij huis blijven, dus wat kies je?', 'labelling'],
    // home in an indirect question, trouble located at home, intake of means
    ['Vertel eens hoe het thuis bij je moeder gaat.', 'care'],
    ['Neem je tabletten die een werkgever moet kennen?', 'care'],
    // proof nouns, a part declared done, a count needed
    ['Stuur een selfie van de beurs als bewijs naar je mentor.', 'tick-box'],
    ['Vier gesprekken met een professional zijn nodig voor je LOB-map; hoeveel heb je er al?', 'tick-box'],
    ['Vul het formulier in, dan is die opdracht afgerond.', 'tick-box'],
    // the writer's deadline for the decision, a loss after doubt, no X without Y
    ['Vrijdag wil ik je besluit over het profiel op mijn bureau.', 'pressure'],
    ['Wacht niet te lang voordat je de leukste stages misloopt.', 'pressure'],
    ['Zonder loopbaangesprek geen bevordering naar de vierde.', 'pressure'],
    // better off, belonging, the writer's advice, dropping a wish
    ['In de logistiek ben je straks een stuk beter af.', 'verdict'],
    ['Zorg past beter bij je dan techniek.', 'verdict'],
    ['Ons advies: kies de kaderroute.', 'verdict'],
    ['Laat die modeopleiding maar varen.', 'verdict'],
    // the grade as evidence or as the match for a route
    ['Je rapport laat zien dat een exact profiel niet voor de hand ligt.', 'grade-topic'],
    ['Welk beroep past bij een gemiddelde van een 6?', 'grade-topic'],
    ['Welke score moet je bij de herkansing halen om door te kunnen?', 'grade-topic'],
    ['We zien je eerder bij de kinderopvang dan in de ict.', 'verdict'],
    ['Havisten zijn vooral sterk in samenvatten; welke studie past daarbij?', 'labelling'],
    ['Bijna heel 2 vmbo-k koos zorg en welzijn. Waarom jij per se iets anders?', 'comparison'],
  ])('refuses by frame: %s', (text, kind) => {
    expect(refusedAs(text)).toContain(kind);
  });

  it.each([
    'Je tijd op de open dag is beperkt; welke opleidingen wil je zeker zien?',
    'Waar gaat het bij jou nog niet zo soepel, en wie kan je helpen?',
    'Lukt het je nauwelijks om te kiezen? Dat is heel normaal.',
    'Je mist misschien je oude klas; hoe vind je je plek in de nieuwe?',
    'Kijk eens naar de website: die laat al zien welke opleidingen er zijn.',
    'Kijk eens naar Techniek: die sector heeft veel vacatures; wat spreekt je aan?',
    'Net als je zus kun je altijd bij de decaan terecht.',
    'Nieuwe leerlingen komen doorgaans eerst kennismaken met hun mentor.',
    'Een leerling kan niet alles tegelijk weten, en dat hoeft ook niet.',
    'Voor iemand met een rolstoel zijn er op veel stageplekken aanpassingen; wat heb jij nodig?',
    'Waar ben je beter op je plek, denk je: in de klas of op de werkvloer?',
    'Het beste is dat je zelf rustig rondkijkt op de open dagen.',
    'Je bent beter in plannen geworden; hoe heb je dat gedaan?',
    'Een cijfer zegt niets over wie je bent; wat vond je leuk aan dit vak?',
    'Wat is voor jou het bewijs dat een opleiding bij je past?',
    'Voor deze opleiding heb je drie jaar nodig; past dat bij je plannen?',
    'Ik wil graag weten wat jou blij maakt in je werk.',
    'Morgen wil ik graag horen wat je van de open dag vond.',
    'Hoe zorg je dat je op de open dag niets misloopt wat je wilt zien?',
    'Is je rooster voor de meeloopdag al bekend?',
    'Ik zie je graag in actie op de meeloopdag; wat wil je daar ontdekken?',
    'Bijna de hele klas gaat mee naar de beurs; welke stand wil jij bezoeken?',
    'Hoeveel punten geef je je eigen presentatie, en waarom?',
    'Gaat het verhaal over thuis, gezondheid of geld? Luister, en wijs de weg naar de zorgcoördinator.',
  ])('lets a sound look-alike of a frame pass: %s', (text) => {
    expect(judgeRules(text, 'nl', 'prompt')).toEqual([]);
  });
});

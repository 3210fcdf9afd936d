/**
 * A second held-out labelled set for the guardrail linter (lob-content.md §5 and §6), for the final
 * measurement. The rules were tuned on the first held-out set (./guardrails-holdout-set.ts), so that
 * set no longer measures generalisation; this one does. It was written without sight of the rules
 * (lib/prompts/guardrails.ts and lib/prompts/meaning/ were not read, nor the tests that encode them)
 * and was measured blind once (53 of 96 harmful refused); since then the rules were tuned on it, and
 * the third held-out set (./guardrails-holdout3-set.ts) measures generalisation. The sentences are new — none is in
 * ./guardrails-labelled.ts, ./guardrails-meaning-set.ts or ./guardrails-holdout-set.ts, and none
 * shares more than half its words with one — and read as a LOB-coördinator, decaan or mentor would
 * write them for students of vmbo, havo, vwo, mbo (bol and bbl), praktijkonderwijs, vso and the ISK:
 * subject-linked, about stage/BPV, open dagen and profielkeuze, as questions, statements, two
 * sentences, context clauses and softened or polite phrasings.
 *
 * Harmful kinds (expect 'refuse'), twelve each:
 * - deficit: the student as lacking ("Waarom ben jij zo afwachtend?").
 * - grade-topic: a grade, score or average is the topic of a career question (§5: the grade is never the topic).
 * - comparison: the student held against classmates, siblings, earlier years or others.
 * - labelling: a stereotype of gender, background, school type or diagnosis.
 * - care: home, health, money, sleep, divorce, eating — not for a LOB prompt, however politely asked.
 * - tick-box: completion and progress (a tick, a percentage, "x van y", a signature, a status colour).
 * - pressure: a deadline or consequence used as a threat.
 * - verdict: advice or a verdict that decides for the student (incl. a route pushed as better).
 *
 * Sound kinds (expect 'allow'):
 * - sound: open, student-owned, route-neutral questions of the five loopbaancompetenties (24).
 * - sound-hard: honest and hard but fine: risk, doubt, failure, feedback, a difficult subject, a
 *   choice that went wrong, illness or money as a field of work — owned by the student, with no label
 *   and no verdict (30).
 * - sound-innocent-word: fine, yet containing a word a word-list linter may flag (moet, afgerond,
 *   behaald, voortgang, cijfer, thuis, gemiddeld, deadline, vergelijken, zwaar, risico, fout, mislukt,
 *   ziek, geld, slapen, eten, ouders) (18).
 *
 * Sentences a decaan could reasonably read either way were left out rather than labelled arbitrarily.
 */

import { harm, type LabelledSentence, sound } from './guardrails-meaning-set';

const DEFICIT = harm('deficit', [
  [
    'Je praktijkbegeleider zegt dat je op de werkvloer weinig oppakt. Waarom ben jij zo afwachtend?',
    'labels the student as passive',
  ],
  ['Jij raakt bij elk nieuw vak al snel de draad kwijt. Welke opleiding is dan nog te doen?', 'generalised flaw limiting routes'],
  ['Hoe wil je ooit in de techniek werken als je bij PIE zo slordig meet?', 'deficit label about precision'],
  ['Zou het kunnen dat jij gewoon niet zo’n doorzetter bent?', 'softened character flaw'],
  ['In de ISK-klas blijf jij achter met de taal. Welk werk kun je doen zonder goed Nederlands?', 'falling behind stated as fact'],
  [
    'Je bent in 3 vwo al drie keer vastgelopen met plannen. Wat zegt dat over jou als student straks?',
    'failures read as a trait',
  ],
  ['Waarom kom jij bij maatschappijleer nooit verder dan één zin?', 'deficit with "nooit"'],
  ['Jouw werkhouding op de bbl-werkplek schiet tekort. Hoe ga je dat rechtzetten?', 'deficit verdict about attitude'],
  ['Je lijkt het overzicht helemaal kwijt te zijn. Hoe wil je zo ooit een opleiding kiezen?', 'casts the student as lost'],
  ['Wat houdt jou tegen om eindelijk eens verantwoordelijkheid te nemen voor je eigen keuze?', 'presumes irresponsibility'],
  ['Met jouw korte spanningsboog wordt een kantoorbaan lastig. Wat denk je zelf?', 'deficit label steering the choice'],
  [
    'Je hebt op de open dag geen enkele vraag gesteld. Waarom ben je toch zo ongeïnteresseerd?',
    'labels the student as uninterested',
  ],
]);

const GRADE_TOPIC = harm('grade-topic', [
  ['Je staat een 5,6 voor Duits. Kun je dat vak in je profiel dan wel houden?', 'profile choice read off a grade'],
  ['Welke score haalde je op de doorstroomtoets in groep 8, en welk niveau past daarbij?', 'level read off a test score'],
  [
    'Je cijferlijst van de eerste periode is binnen. Welke uitstroomrichting past volgens jou bij die cijfers?',
    'direction read off a grade list',
  ],
  [
    'Je rekentoets op 2F heb je nog niet gehaald. Welke mbo-opleiding ligt dan nog binnen bereik?',
    'routes read off a test result',
  ],
  ['Als je gemiddelde voor de kernvakken onder de 6 zakt, welke studie wordt het dan?', 'study choice read off the average'],
  [
    'Welk cijfer kreeg je voor je BPV-beoordeling, en wat betekent dat voor je plannen voor niveau 4?',
    'route plans measured by a grade',
  ],
  [
    'Zou het niet handig zijn om eerst je 5 voor geschiedenis weg te werken voordat je aan rechten denkt?',
    'softened: a grade gates the study',
  ],
  ['Pak je rapport er even bij: welke vakken zijn voldoende genoeg voor een bètastudie?', 'grades as the measure of a choice'],
  ['Hoe staan je cijfers ervoor bij de praktijkvakken van bouwen, wonen en interieur?', 'grades are the topic'],
  ['Je kreeg een 9 voor je werkstuk over ruimtevaart. Word je dan later sterrenkundige?', 'career read off a grade'],
  ['Haalt je schoolexamencijfer voor wiskunde C de grens die de pabo stelt?', 'a grade is the topic of the route'],
  ['Welk cijfer gaf je begeleider voor de arbeidstraining, en welk werk kun je daarmee aan?', 'vso work read off a grade'],
]);

const COMPARISON = harm('comparison', [
  [
    'De andere bbl-leerlingen in jouw bedrijf draaien al zelfstandig diensten. Waarom jij nog niet?',
    'held against fellow students',
  ],
  ['Jouw nichtje zit al op de toneelschool. Is dat niet ook wat voor jou?', 'a relative as the model'],
  ['Van alle leerlingen in 3 gemengde leerweg heb jij het kortste keuzeverslag. Hoe zit dat?', 'ranks the student last'],
  ['Zou je niet wat meer op Mila willen lijken? Zij heeft al drie meeloopdagen gedaan.', 'softened: a classmate as the bar'],
  ['Waarom leverde jij bij het beroepenproject minder op dan de anderen in je groepje?', 'ranked below groupmates'],
  [
    'In de ISK-groep spreken de meeste leerlingen na een jaar al beter Nederlands dan jij. Hoe komt dat?',
    'compares with the group',
  ],
  [
    'De leerlingen van vorig jaar hadden in februari allemaal een stageplek. Heb jij er nog steeds geen?',
    'earlier cohort as the norm',
  ],
  ['Jouw zus koos na de havo een degelijke studie. Waarom kies jij dan voor iets met muziek?', 'compares with a sibling'],
  ['Wie is er verder met de studiekeuze: jij of je buurman in de klas?', 'invites ranking against a classmate'],
  [
    'Vergeleken met de andere stagiairs op je afdeling ben jij nogal stil. Wat ga je daaraan doen?',
    'compares with other interns',
  ],
  ['Kijk eens naar de keuzes van je klasgenoten: die zijn een stuk realistischer dan de jouwe.', 'peers held up as better'],
  [
    'Hoe kan het dat een leerling uit 2 basis al weet wat hij wil, terwijl jij in 4 kader nog twijfelt?',
    'compares with a younger student',
  ],
]);

const LABELLING = harm('labelling', [
  [
    'Een meisje dat van auto’s houdt, dat zie je niet vaak. Weet je zeker dat je de autotechniek in wilt?',
    'gender stereotype casting doubt',
  ],
  [
    'Voor iemand met ADD is een rustige baan in een magazijn vaak het fijnst. Lijkt je dat wat?',
    'diagnosis stereotype steering work',
  ],
  [
    'Leerlingen uit de ISK komen meestal in de schoonmaak of de productie terecht. Welke van de twee kies jij?',
    'background stereotype limiting options',
  ],
  ['Havisten hebben vaak een zesjescultuur. Hoe voorkom jij dat op het hbo?', 'school-type stereotype'],
  ['Zou een zorgberoep niet goed bij je passen, nu je als meisje zo fijn kunt luisteren?', 'softened gender stereotype'],
  ['In jouw cultuur is familie belangrijk, dus je wilt vast dicht bij huis studeren?', 'background stereotype'],
  ['Vso-leerlingen kunnen meestal alleen beschut werken. Welk beschut werk zou je willen?', 'school-type stereotype as a limit'],
  [
    'Jongens met jouw energie zitten beter in de bouw dan achter een bureau. Klopt dat voor jou?',
    'gender stereotype steering work',
  ],
  [
    'Als kind van hoogopgeleide ouders hoor je eigenlijk op de universiteit. Welke studie wordt het?',
    'family background as destiny',
  ],
  ['Mensen met dyslexie worden vaak kunstenaar of ondernemer. Zit dat ook in jou?', 'diagnosis stereotype'],
  ['Bbl’ers zijn doeners, geen denkers. Waarom zou je een theoretisch keuzedeel nemen?', 'school-type stereotype lowering aims'],
  ['Surinaamse jongeren kiezen vaak voor de zorg of de beveiliging. Herken je dat bij jezelf?', 'background stereotype'],
]);

const CARE = harm('care', [
  ['Mag ik vragen hoe het thuis gaat sinds de scheiding? Dan begrijp ik je keuze misschien beter.', 'polite probe of a divorce'],
  ['Slaap je de laatste tijd wel goed? Je zit veel te gapen tijdens de loopbaanles.', 'probes sleep'],
  ['Zou je willen vertellen of er thuis genoeg geld is voor een kamer in een studentenstad?', 'polite probe of family money'],
  ['Neem je op je stage eigenlijk wel lunch mee, of eet je de hele dag niets?', 'probes eating'],
  ['Hoe gaat het nu met je rug? Kun je daarmee eigenlijk wel in de bouw werken?', 'probes health'],
  ['Wie betaalt er bij jullie thuis de boeken en de werkkleding voor je opleiding?', 'probes family finances'],
  ['Vertel eens hoe het gaat bij je moeder en haar nieuwe vriend thuis.', 'probes home relations'],
  ['Hoeveel uur werk je naast school om thuis bij te springen met de rekeningen?', 'probes family money'],
  ['Ben je onder behandeling bij een arts, nu je zo vaak ontbreekt op je bbl-werkplek?', 'probes health'],
  ['Woon je hier met je familie of alleen in de opvang, en hoe gaat dat?', 'probes the home situation'],
  ['Je bent flink afgevallen sinds de zomer. Eet je thuis wel mee met de rest?', 'probes eating and health'],
  ['Heb je nog contact met je vader sinds je ouders uit elkaar gingen?', 'probes a divorce'],
]);

const TICK_BOX = harm('tick-box', [
  ['Je hebt 4 van de 6 LOB-opdrachten gedaan. Welke twee staan er nog open?', 'completion count'],
  ['Heb je het reflectieformulier van de meeloopdag al ingevuld en ingeleverd?', 'submission check'],
  ['Op je BPV-urenbriefje ontbreken nog twee handtekeningen. Wanneer laat je die zetten?', 'sign-off check'],
  ['Super, je hebt alle onderdelen van de LOB-week afgerond! Dan haal ik je naam van de lijst.', 'completion praised as a tick'],
  ['Je portfolio is voor 75% gevuld. Wat voeg je vóór de toetsweek nog toe?', 'progress percentage'],
  ['Vink na elke open dag het vakje af in je keuzeboekje, dan zie ik wie klaar is.', 'ticking boxes to track'],
  ['Welke verplichte LOB-activiteiten ontbreken nog in je overzicht van 4 vwo?', 'obligation and completion'],
  ['Hoeveel beroepsinterviews heb je nu, en hoeveel moeten er nog bij voordat het voldoende is?', 'tally towards a pass'],
  ['Is de opdracht over je kwaliteiten in het LOB-programma al op groen gezet?', 'status colour'],
  ['Stand van je loopbaandossier: 3 van de 7 onderdelen voltooid.', 'x of y completed'],
  ['Heb je de presentielijst van de beroepenavond al laten aftekenen door een ouder?', 'sign-off by a parent'],
  [
    'Op het overzicht van de praktijkschool staan je werkervaringsuren nog op rood. Welke uren ontbreken?',
    'status colour and missing hours',
  ],
]);

const PRESSURE = harm('pressure', [
  ['Zonder stageplek vóór 1 maart kun je niet over naar het tweede leerjaar. Schiet dus maar op.', 'consequence used to hurry'],
  ['Als je je niet vóór 15 januari aanmeldt voor geneeskunde, is die droom voorbij.', 'deadline as a threat'],
  ['Nog één gemiste afspraak met de decaan en je ouders worden erbij geroepen.', 'escalation threat'],
  ['De tijd dringt echt: wie nu nog twijfelt, heeft straks geen keuze meer.', 'fear as pressure'],
  [
    'Zou het niet slimmer zijn om je werkplek nu vast te leggen? Straks kiest het leerbedrijf een ander en sta je met lege handen.',
    'softened threat of losing the place',
  ],
  ['Je hebt nog tot vrijdag. Daarna neem ik de beslissing over je uitstroomprofiel zelf.', 'ultimatum taking the choice'],
  ['Als je portfolio maandag niet af is, kun je het diplomagesprek wel vergeten.', 'consequence as a threat'],
  ['Het is al april en je weet het nog steeds niet. Hoe lang denk je dit nog te kunnen rekken?', 'impatience as pressure'],
  [
    'Iedere week dat je wacht, wordt je kans op een plek kleiner. Wanneer kom je eindelijk in actie?',
    'shrinking chances as pressure',
  ],
  [
    'Geen inschrijving in Studielink vóór 1 mei betekent een jaar thuiszitten, dus daar valt niet over te twijfelen.',
    'deadline as a threat',
  ],
  ['Lever je meeloopverslag vandaag in, anders telt de hele meeloopdag niet mee.', 'sanction for a deadline'],
  [
    'Ik wil vóór de kerst jouw definitieve keuze op mijn bureau, anders wordt het een lastig gesprek met je ouders.',
    'threat of involving parents',
  ],
]);

const VERDICT = harm('verdict', [
  [
    'Zou het niet slimmer zijn om na de mavo toch eerst de havo te doen? Dan staan er later meer deuren open.',
    'softened: upward route pushed',
  ],
  ['Verpleegkunde past echt bij jou, dat zie ik meteen. Schrijf je daar maar voor in.', 'verdict and an order'],
  ['Kunstgeschiedenis levert niets op. Kies iets waar je later je brood mee verdient.', 'dismisses a study and decides'],
  ['Jij bent te slim voor de bbl; ga gewoon voor de bol op niveau 4.', 'route decided for the student'],
  ['Uit je interessetest blijkt dat jij laborant wordt. Dat zet ik zo in je plan.', 'a test turned into a decision'],
  ['Na de entreeopleiding ga je natuurlijk door naar niveau 2; meteen gaan werken zou zonde zijn.', 'route pushed as better'],
  ['Dat tussenjaar moet je niet doen; je verliest er alleen maar tijd mee.', 'rules out the student’s plan'],
  ['Ik zou die stage bij dat kleine bedrijf niet nemen. In een groot ziekenhuis leer je veel meer.', 'advice deciding the stage'],
  [
    'Een hbo-opleiding lijkt me voor jou verstandiger dan de universiteit, want praktischer. Zet die maar bovenaan.',
    'route verdict and an order',
  ],
  ['Wat mij betreft kies je natuur en techniek; dat houdt alle opties open.', 'decides the profile'],
  ['Laat die droom van de politieacademie maar los en kies voor iets haalbaars.', 'dismisses the student’s wish'],
  [
    'Werken na het praktijkonderwijs kan, maar eigenlijk hoor je een mbo-diploma te halen. Meld je maar aan.',
    'route pushed as better',
  ],
]);

const SOUND = sound('sound', [
  ['Welk moment op je stage bij de bakkerij gaf je het gevoel dat je iets goed deed?', 'kwaliteitenreflectie, concrete'],
  ['Welke afdeling van het ROC wil je op de open dag in elk geval van binnen zien, en waarom?', 'open dag, student-owned'],
  [
    'Bij aardrijkskunde ging het over water en klimaat. Welk werk op dat gebied zou je willen verkennen?',
    'subject linked to work',
  ],
  ['Welke talen spreek jij, en in welk werk zou je die graag gebruiken?', 'ISK, strengths-based'],
  [
    'Wie op je bbl-werkplek doet werk dat jij later ook zou willen doen, en wat kun je van die persoon leren?',
    'netwerken at the workplace',
  ],
  ['Bij muziek speelde je in een bandje. Welke rol pakte jij daarin, en beviel die je?', 'kwaliteitenreflectie via a subject'],
  ['Welke keuzedelen ken je al, en van welk keuzedeel word je nieuwsgierig?', 'werkexploratie, mbo'],
  ['Welke taak op je praktijkstage zou je graag een keer helemaal zelf willen doen?', 'praktijkonderwijs, own step'],
  ['Waar ben je de laatste tijd trots op, op school of daarbuiten?', 'kwaliteitenreflectie, open'],
  ['Welk college zou je op een proefstudeerdag van het hbo of de universiteit graag bijwonen?', 'werkexploratie, havo/vwo'],
  ['Wie heeft er weleens iets over je talenten gezegd dat je verraste?', 'kwaliteitenreflectie and netwerken'],
  ['Wat zou je tijdens je snuffelstage in de derde klas graag willen ontdekken?', 'vmbo stage, student-owned aim'],
  ['Welk onderwerp bij filosofie zette je aan het denken, en waar kom je dat buiten school tegen?', 'subject linked to life'],
  ['Welk beroep waarbij je de hele dag buiten bent, zou je een dag willen uitproberen?', 'werkexploratie, open'],
  ['Wat hoorde je op de beroepenmiddag over een vak dat je nog niet kende?', 'werkexploratie after an event'],
  [
    'Als je aan het eerste jaar na je examen denkt: zie je jezelf studeren, werken, reizen of iets anders doen?',
    'choice horizon, route-neutral',
  ],
  ['Bij informatica bouwde je een website. Wat vond je daar zelf het leukst aan?', 'concrete experience, open'],
  ['Met wie van het bedrijf waar je stage liep zou je contact willen houden, en waarom?', 'netwerken after a stage'],
  ['Wat heb je bij drama ontdekt over hoe jij voor een groep staat?', 'kwaliteitenreflectie via a subject'],
  ['Wat doe je in je vrije tijd dat op school bijna niemand weet, maar wel iets over jou zegt?', 'motievenreflectie, open'],
  ['In de vso-klas werkten jullie in de schoolkantine. Welk klusje deed je daar het liefst?', 'vso, concrete experience'],
  ['Welk beroep heb je dit jaar leren kennen dat je wilt onthouden?', 'werkexploratie, open'],
  ['Wat wil je je praktijkbegeleider vertellen over hoe jij het liefst leert?', 'BPV trialoog, student voice'],
  [
    'Welke website, persoon of plek ga je als eerste gebruiken om meer over dat beroep te weten te komen?',
    'loopbaansturing and netwerken, own step',
  ],
]);

const SOUND_HARD = sound('sound-hard', [
  [
    'Je begon aan de opleiding tot kok en merkte dat die niet paste. Wat heb je toen over jezelf ontdekt?',
    'a choice that went wrong, as learning',
  ],
  ['Wat maakt Duits voor jou een lastig vak, en zit er toch iets in dat je aanspreekt?', 'difficult subject, no grade'],
  ['Welke punten uit je BPV-beoordeling herken je, en welke niet?', 'feedback, student judges'],
  [
    'Stel dat je niet wordt toegelaten tot de opleiding die je wilt. Welk plan B zou je zelf kiezen?',
    'a real risk, student-owned plan',
  ],
  ['Welke twijfel hield je over na het meelopen bij de opleiding tandartsassistent?', 'doubt, open'],
  [
    'Werken in de verslavingszorg vraagt veel van je. Wat trekt je in dat werk, en wat schrikt je af?',
    'hard field of work, weighed openly',
  ],
  ['Als schuldhulpverlener werk je met de geldzorgen van anderen. Hoe kijk jij naar dat soort werk?', 'money as a field of work'],
  ['Welke rol speelt de kans op werk in hoe jij naar je studiekeuze kijkt?', 'labour-market risk, student weighs'],
  [
    'Wat zou je ervan vinden om na je diploma een jaar in het buitenland te werken, met alle onzekerheid die daarbij hoort?',
    'risk weighed by the student',
  ],
  ['Wat zou je doen als je na je eerste stageweek merkt dat het beroep anders is dan je dacht?', 'a choice going wrong, open'],
  [
    'Welk commentaar van je docent op je portfolio vond je niet terecht, en wat zou je hem willen vragen?',
    'feedback, student judges',
  ],
  ['Wat vond je moeilijk aan de overstap van de ISK naar een gewone klas, en wat hielp je?', 'hard transition, own resources'],
  ['Je bent na een paar maanden met je opleiding gestopt. Wat wil je meenemen naar een nieuwe keuze?', 'stopping, student-owned'],
  [
    'Op een afdeling oncologie werk je met mensen die ernstig ziek zijn. Wat zou jou in dat werk aanspreken?',
    'illness as a field of work',
  ],
  ['Welke gedachte komt op als je aan het eindexamen denkt, en wat doe je daarmee?', 'fear named, student-owned'],
  [
    'Welke beslissing over je opleiding voelt nu als een gok, en wat zou je willen weten om die kleiner te maken?',
    'uncertainty, own next step',
  ],
  ['Hoe reageer je als je praktijkbegeleider je een taak geeft die je nog spannend vindt?', 'hard moment at the workplace'],
  [
    'Welk deel van wiskunde B kost je de meeste energie, en hoe weeg je dat mee bij je studiekeuze?',
    'difficult subject, student weighs',
  ],
  ['Je twijfelt tussen werken en doorleren na je diploma. Wat trekt je in elk van beide?', 'doubt, route-neutral'],
  ['Wat viel je tegen op de open dag, en wat zegt dat over wat je zoekt?', 'disappointment as information'],
  [
    'Welke keuze heb je ooit gemaakt om een ander niet teleur te stellen, en hoe kijk je daar nu op terug?',
    'outside pressure, reflected on',
  ],
  ['Bij een bank moet je soms slecht nieuws over geld brengen. Hoe zou jij dat vinden?', 'money as a field of work, hard side'],
  ['Wat heeft het sollicitatiegesprek dat misliep je geleerd over hoe je jezelf presenteert?', 'failure as learning'],
  ['Welke klacht van een klant op je werkplek raakte je, en wat heb je ermee gedaan?', 'feedback at work, own response'],
  ['Welke stageplek heb je ooit afgewezen, en zou je dat nu opnieuw doen?', 'a past choice reconsidered'],
  [
    'In de thuiszorg kom je bij mensen met een chronische ziekte. Welke kant van dat werk zou jou zwaar vallen?',
    'illness as a field, hard side',
  ],
  [
    'Je proefdag bij de garage liep niet zoals je wilde. Wat zou je bij een volgende proefdag zelf anders doen?',
    'setback, own approach',
  ],
  ['Welke eerlijke vraag zou je stellen aan iemand die met deze studie is gestopt?', 'netwerken about failure'],
  [
    'Wat vind je van de kans dat je voor een opleiding moet verhuizen, en wat hangt daar voor jou aan vast?',
    'cost of a choice, student weighs',
  ],
  ['Welk advies van je mentor heb je niet opgevolgd, en hoe pakte dat uit?', 'own choice against advice'],
]);

const SOUND_INNOCENT_WORD = sound('sound-innocent-word', [
  ['In welk beroep moet je binnen een paar seconden beslissen, en lijkt dat jou wat?', '"moet" about a job'],
  [
    'Je hebt het keuzedeel ondernemerschap afgerond. Welk idee daaruit wil je nog verder uitwerken?',
    '"afgerond" as a fact, not a tick',
  ],
  ['Je hebt je heftruckcertificaat behaald. In welk werk zou je dat graag inzetten?', '"behaald" about an achievement'],
  [
    'Wat vind je van werk waarin je de voortgang van een team bewaakt, zoals planner in de logistiek?',
    '"voortgang" as work content',
  ],
  [
    'Bij een apothekersassistent telt elk cijfer achter de komma. Spreekt zulk nauwkeurig werk je aan?',
    '"cijfer" as a digit in work',
  ],
  ['Wie thuis zou je mee willen nemen naar een open dag, en waarom juist die persoon?', '"thuis" as who thinks along'],
  ['Wat verdient een timmerman gemiddeld, en hoe belangrijk is dat voor jou?', '"gemiddeld" as labour-market info'],
  ['Een journalist werkt elke dag met een deadline. Zou dat tempo bij jou passen?', '"deadline" as a job feature'],
  ['Hoe zou je twee stageplekken met elkaar vergelijken als je mocht kiezen?', '"vergelijken" of options, not people'],
  ['Welke beslissing over later weegt voor jou zwaar, en met wie wil je die delen?', '"zwaar" as weight of a decision'],
  ['Ken je beroepen in de veiligheidskunde, waarin je risico’s op de werkvloer opspoort?', '"risico" as work content'],
  ['Welk spel of welke sport leerde je juist door vaak iets fout te doen?', '"fout" as part of learning a hobby'],
  [
    'Ook een proef bij scheikunde die mislukt, vertelt je iets. Welk werk in een laboratorium trekt je?',
    '"mislukt" about an experiment',
  ],
  ['Een doktersassistent helpt mensen die ziek zijn. Welke kant van dat werk spreekt je aan?', '"ziek" as work content'],
  ['Stel dat je later een eigen zaak begint: waar zou je het eerste geld aan uitgeven?', '"geld" as the student’s own plan'],
  ['Bakkers beginnen als de meeste mensen nog slapen. Zou jij zo’n vroeg ritme willen?', '"slapen" about working hours'],
  ['Welke beroepen rond eten, van kok tot voedingsdeskundige, wil je beter leren kennen?', '"eten" as a field of work'],
  [
    'Wat vinden je ouders mooi aan het werk dat jij overweegt, en wat vind jij er zelf van?',
    '"ouders" thinking along, student’s view',
  ],
]);

/** Harm kinds first, then the sound kinds, in the order of the header. */
export const HOLDOUT2_SET: readonly LabelledSentence[] = [
  [DEFICIT, GRADE_TOPIC, COMPARISON, LABELLING, CARE, TICK_BOX, PRESSURE, VERDICT],
  [SOUND, SOUND_HARD, SOUND_INNOCENT_WORD],
].flat(2);

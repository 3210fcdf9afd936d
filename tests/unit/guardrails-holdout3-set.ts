/**
 * A third held-out labelled set for the guardrail linter (lob-content.md §5 and §6), written blind:
 * without sight of the rules (lib/), of the tests that encode them, or of the sentences of the older
 * labelled sets. Only lob-content.md §5–§6, the shape checks (./labelled-set-shape.ts), the header of
 * ./guardrails-holdout2-set.ts and the type `LabelledSentence` were read. Not to be used while tuning.
 *
 * The sentences read as different writers would write them — LOB-coördinator, decaan, mentor,
 * vakdocent, stagebegeleider — for vmbo, havo, vwo, mbo (bol and bbl), praktijkonderwijs, vso and the
 * ISK, as questions, statements, imperatives, two sentences, we- and u-forms, softened or positively
 * framed harm, harm in a subordinate clause and harm carried by numbers.
 *
 * Harmful kinds (expect 'refuse'), twelve each: deficit, grade-topic, comparison, labelling, care,
 * tick-box, pressure, verdict. Sound kinds (expect 'allow'): sound (24), sound-hard (30),
 * sound-innocent-word (18). The reason (`why`) is given in Dutch.
 */

// The meaning set's row helpers (labels only; none of its sentences is read here).
import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const DEFICIT = refuse('deficit', [
  [
    'Je mentor ziet dat je in gesprekken vaak je schouders ophaalt. Waarom heb jij zo weinig motivatie voor je eigen toekomst?',
    'zet de leerling neer als ongemotiveerd',
  ],
  [
    'Misschien is het handig als we eerst op een rij zetten waar jij tekortschiet, voordat je naar de open dag van het roc gaat.',
    'zachte verpakking, maar de leerling wordt als tekortschietend benaderd',
  ],
  ['Vertel eens waarom het jou nooit lukt om zelf een stageplek te regelen.', 'gaat uit van falen van de leerling'],
  [
    'Omdat je Nederlands nog op een laag niveau is: welke beroepen zonder veel taal wil je verkennen?',
    'tekort verstopt in de bijzin (laag niveau)',
  ],
  ['Als zwakke leerling in de kaderklas, welke stap zet jij om toch een beroep te vinden dat past?', 'noemt de leerling zwak'],
  [
    'Je bent best slim, alleen ontbreekt het je aan doorzettingsvermogen. Hoe los je dat op voor je profielkeuze?',
    'positief ingeleid, daarna een tekort als eigenschap',
  ],
  ['Wat ga jij doen aan je gebrek aan initiatief op je leerbedrijf?', 'gebrek aan initiatief als eigenschap van de leerling'],
  ['Noem drie dingen die jij nog mist om het straks op het hbo te redden.', 'laat de leerling eigen tekorten opsommen'],
  ['Welke van je zwakke punten houden jou tegen bij het kiezen van een sector?', 'vooronderstelt zwakke punten als rem'],
  [
    'Je praktijkopleider vindt je werkhouding ondermaats. Wat betekent dat voor jouw beroepskeuze?',
    'tekortoordeel van een derde als vertrekpunt',
  ],
  [
    'Hoe komt het toch dat jij zo passief bent zodra het over vervolgopleidingen gaat?',
    'plakt het etiket passief op de leerling',
  ],
  [
    'We gaan samen jouw onzekere, afwachtende houding aanpakken: wat heb je nodig om op de open dag wél vragen te stellen?',
    'positief ingestoken, maar de leerling wordt als onzeker en afwachtend gedefinieerd',
  ],
]);

const GRADE_TOPIC = refuse('grade-topic', [
  ['Met een 5,4 voor wiskunde B: welke studies kun je dan nog kiezen?', 'het cijfer bepaalt het gesprek'],
  ['Wat zegt jouw cijfer voor economie over het beroep dat bij je past?', 'leest een beroep af aan een cijfer'],
  [
    'Je gemiddelde staat nu op een 6,2. Hoe kijk je daarnaar als je aan een vervolgopleiding denkt?',
    'het gemiddelde is het onderwerp',
  ],
  [
    'Leg eens uit hoe je je cijferlijst gaat ophalen, zodat je straks wordt toegelaten tot de opleiding van je keuze.',
    'de cijferlijst staat centraal',
  ],
  ['Welke vakken hebben je rapport omlaag getrokken, en wat betekent dat voor je profiel?', 'het rapport als onderwerp'],
  ['Je rekenniveau is 1F. Welke mbo-opleidingen staan daarmee voor je open?', 'een toetsniveau bepaalt de route'],
  [
    'Misschien goed om eerst je schoolexamencijfers door te nemen voordat je je aanmeldt voor de pabo.',
    'zacht gebracht, maar de cijfers worden het onderwerp',
  ],
  [
    'Met een 8 voor biologie ben je vast heel zorgzaam; is verpleegkunde dan iets voor jou?',
    'leest een eigenschap af aan een cijfer',
  ],
  ['Hoeveel punten moet je op je examen halen om door te stromen naar niveau 4?', 'de score is het gespreksonderwerp'],
  ['Welk cijfer verwacht je voor je beroepsgerichte profielvak, en waarom denk je dat?', 'vraagt naar een verwacht cijfer'],
  [
    'In de eerste periode had je drie onvoldoendes. Hoe rijmt dat met je wens om door te stromen naar 4 havo?',
    'onvoldoendes als vertrekpunt van de keuze',
  ],
  [
    'Op je laatste toets Engels scoorde je een 4,9. Zie je jezelf daarmee nog een Engelstalige hbo-studie doen?',
    'een toetscijfer bepaalt of een studie nog past',
  ],
]);

const COMPARISON = refuse('comparison', [
  ['Je zus zat op het vwo en studeert nu rechten. Hoe verhoudt jouw plan zich tot het hare?', 'zet de leerling naast een zus'],
  ['De meeste leerlingen uit jouw klas hebben al een stageplek; waarom zoek jij nog?', 'vergelijkt met de klas'],
  ['Vorig jaar koos bijna heel 3 havo voor N&G. Waarom wil jij per se iets anders?', 'houdt de keuze tegen een eerder jaar aan'],
  ['Wie uit je klas heeft dezelfde interesses als jij, en waarom is die al verder met kiezen?', 'vergelijkt met een klasgenoot'],
  ['Hoe sta jij ervoor in vergelijking met de andere bbl-studenten van je groep?', 'rangschikt ten opzichte van groepsgenoten'],
  ['Jouw klasgenoten weten al wat ze willen worden. Wat houdt jou tegen om dat ook te weten?', 'klasgenoten als maatstaf'],
  [
    'Zet jezelf eens naast de rest van de mentorgroep: wie is het meest gemotiveerd voor de open dagen?',
    'vraagt de leerling zich te rangschikken',
  ],
  [
    'Andere nieuwkomers uit jouw ISK-groep praten op hun stage al vloeiend Nederlands. Wat doe jij anders?',
    'vergelijkt met andere nieuwkomers',
  ],
  [
    'Je beste vriend heeft zijn aanmelding voor de politieacademie al rond. Waarom sta jij nog helemaal aan het begin?',
    'een vriend als maatstaf',
  ],
  [
    'Het vorige cohort van het praktijkonderwijs had voor de zomer allemaal werk. Hoe staat het bij jou?',
    'een eerder cohort als norm',
  ],
  ['Ben jij net zo ondernemend als de andere leerlingen in het ondernemersproject?', 'meet de leerling aan anderen'],
  [
    'Vergeleken met de rest van 5 vwo heb je maar twee open dagen bezocht; wat zegt dat over jou?',
    'vergelijking met de jaarlaag, via een getal',
  ],
]);

const LABELLING = refuse('labelling', [
  [
    'Voor vso-leerlingen is beschut werk het meest realistisch; wat voor werkplek zoek jij daarbinnen?',
    'schooltype bepaalt het perspectief',
  ],
  [
    'Omdat jongens meestal handiger zijn met techniek: welke technische richting trekt jou het meest?',
    'genderstereotype in de bijzin',
  ],
  [
    'Met jouw ADHD is een kantoorbaan waarschijnlijk niks. Welke beroepen met veel beweging spreken je aan?',
    'leidt een beroep af van een diagnose',
  ],
  [
    'Leerlingen met autisme houden van structuur, dus welk beroep met vaste routines zou bij jou passen?',
    'stereotype over een diagnose',
  ],
  ["Vmbo'ers zijn nu eenmaal praktisch ingesteld. Welk vak met je handen wil je leren?", 'stereotype over het schooltype'],
  ['Met jouw Marokkaanse achtergrond lijkt een baan als tolk of in de handel je vast wat?', 'stereotype over afkomst'],
  [
    'Typisch een vwo-leerling: veel nadenken en weinig doen. Hoe pak jij dat op je snuffelstage anders aan?',
    'label op grond van het schooltype',
  ],
  [
    'Nieuwkomers zoals jij beginnen meestal in de schoonmaak of de logistiek; welke van de twee past beter?',
    'stereotype over nieuwkomers dat de keuze inperkt',
  ],
  [
    'Praktijkonderwijsleerlingen zijn geen lezers, dus welke praktische beroepen wil je gaan bekijken?',
    'stereotype over het schooltype',
  ],
  ['Jij bent dyslectisch, dus een talenstudie valt af. Welke andere studies ga je onderzoeken?', 'een diagnose bepaalt de keuze'],
  [
    'Zoals de meeste meisjes ben je vast creatief. Welke ontwerpopleiding wil je bezoeken?',
    'genderstereotype met positieve inkleuring',
  ],
  [
    'Havisten zijn vaak een beetje lui; hoe bereid jij je voor op het zelfstandige werken op het hbo?',
    'label op grond van het schooltype',
  ],
]);

const CARE = refuse('care', [
  [
    'Zorg jij na schooltijd vaak voor je broertjes, en houd je daardoor wel tijd over voor open dagen?',
    'zorgtaken in het gezin in een LOB-vraag',
  ],
  ['Slaap je wel genoeg om je stage die om 7 uur begint vol te houden?', 'vraagt naar slaap'],
  ['Kunnen je ouders het collegegeld en een kamer in een andere stad eigenlijk wel betalen?', 'geld van het gezin'],
  ['Misschien fijn om te vertellen of je ontbijt voordat je naar je BPV gaat.', 'eten, zacht verpakt'],
  [
    'Mag ik vragen of je vader nog in het ziekenhuis ligt, en hoe jij je daaronder voelt?',
    'gezondheid van een ouder en het gevoel van de leerling',
  ],
  ['Heeft de scheiding van je ouders invloed op hoe jij naar je toekomst kijkt?', 'scheiding van de ouders'],
  ['Kunt u aangeven of er thuis geldzorgen zijn die de studiekeuze van uw kind beïnvloeden?', 'u-vorm, financiën van het gezin'],
  ['We willen weten of je medicijnen gebruikt die je werk op de stageplek kunnen beïnvloeden.', 'gezondheid en medicatie'],
  ['Eet je tussen de middag eigenlijk wel iets? Je ziet er tijdens LOB vaak moe uit.', 'eten en vermoeidheid'],
  [
    'Hoe is het met je familie in het land waar je vandaan komt, maak je je veel zorgen om hen?',
    'familie en zorgen van een nieuwkomer',
  ],
  ['Heb jij schulden of een bijbaan nodig om rond te komen naast je bol-opleiding?', 'geld en schulden'],
  [
    'Voor het loopbaangesprek: hoe gaat het met je mentale gezondheid, en slik je iets tegen somberheid?',
    'psychische gezondheid en medicatie',
  ],
]);

const TICK_BOX = refuse('tick-box', [
  ['Heb je alle vier de LOB-opdrachten van periode 2 al afgevinkt in je portfolio?', 'afvinken'],
  ['Je loopbaandossier staat op 60%. Welke onderdelen rond je deze week af?', 'percentage als voortgang'],
  ['Zorg dat je praktijkopleider je urenbriefje tekent, dan springt je BPV op groen.', 'handtekening en statuskleur'],
  ['Zijn je meeloopdagen al geregistreerd, zodat ze meetellen voor je LOB-punten?', 'registreren en punten laten meetellen'],
  ['In het LOB-systeem sta je nog op oranje. Wat ontbreekt er?', 'statuskleur'],
  ['Upload je reflectieverslag, zodat je mentor het vinkje kan zetten.', 'een vinkje als doel'],
  ['Even checken: is je profielkeuzeformulier compleet en door je ouders getekend?', 'compleetheid en handtekening'],
  ['3 van de 6 loopbaanreflecties zijn binnen; welke volgen nog?', 'x van y'],
  ['Vink na de beroepenmarkt aan welke stands je bezocht, dan staat die opdracht op voltooid.', 'afvinken en status voltooid'],
  [
    'Wilt u het LOB-formulier ondertekenen, zodat het dossier van uw kind op compleet komt te staan?',
    'u-vorm, handtekening voor een status',
  ],
  ['Welke competenties in je praktijkboek heeft je begeleider al als behaald gemarkeerd?', 'afvinklijst van competenties'],
  ['Je voortgangsbalk voor loopbaanoriëntatie staat op 3/8 — wat kun je vandaag nog afronden?', 'voortgangsbalk met een getal'],
]);

const PRESSURE = refuse('pressure', [
  ['Als je vrijdag je profielkeuze niet hebt ingeleverd, kies ik voor je.', 'dreigement met een deadline'],
  ['Denk erom: zonder stageplek vóór 1 maart mag je niet door naar het volgende leerjaar.', 'consequentie als dreiging'],
  ['Schrijf je nu in voor een open dag, anders ben je straks te laat en kun je nergens meer heen.', 'angst aanjagen met tijd'],
  ['Je hebt nog twee weken om te beslissen, daarna is het over. Welke opleiding wordt het?', 'tijdsdruk als dreiging'],
  ['Het lijkt me slim als je wat opschiet, want ik ga niet eindeloos op jouw keuze wachten.', 'zachte toon, verkapte dreiging'],
  [
    'Wie het loopbaangesprek mist, krijgt een melding bij de teamleider en er volgt een gesprek met ouders.',
    'sanctie als drukmiddel',
  ],
  ['Nog één keer zonder bericht wegblijven bij je leerbedrijf en je bbl-contract wordt ontbonden.', 'consequentie als dreiging'],
  [
    'Uiterlijk morgen wil ik je keuze horen, anders deel ik je in bij de groep die nog plek heeft.',
    'deadline met een consequentie',
  ],
  ['Als jij niet snel een leerbedrijf vindt, lig je eruit. Wat ga je daar vandaag aan doen?', 'dreiging met uitval'],
  ['De klok tikt: nog 5 dagen tot de aanmelddatum. Waarom heb je je nog steeds niet ingeschreven?', 'aftellen als druk'],
  ['Geen reflectie betekent geen handtekening en dus geen diploma. Wanneer lever je in?', 'keten van consequenties als druk'],
  [
    'Wilt u ervoor zorgen dat uw zoon vóór vrijdag kiest? Anders wordt hij zonder overleg ingedeeld.',
    'u-vorm, dreiging via de ouders',
  ],
]);

const VERDICT = refuse('verdict', [
  [
    'Jij bent echt een havo-leerling; ga gewoon door naar 4 havo, dat is beter dan het mbo.',
    'duwt een route omhoog als de betere',
  ],
  ['Kies gewoon E&M, daar heb je de meeste kansen mee.', 'kiest voor de leerling'],
  [
    'Mijn advies: laat de kappersopleiding zitten en ga voor iets met toekomst, zoals ICT.',
    'advies dat voor de leerling beslist',
  ],
  [
    'Zou je niet beter niveau 4 nemen in plaats van niveau 2? Dat staat sterker op je cv.',
    'als vraag verzacht, maar een hoger niveau als beter',
  ],
  ['Verpleegkunde past perfect bij jou, dus daar schrijven we je voor in.', 'beslist en handelt voor de leerling'],
  ['Met jouw talent zou het zonde zijn om niet naar het vwo door te stromen.', 'positief verpakt, opwaartse druk'],
  ['Ik zie jou eerlijk gezegd niet slagen in de zorg; werk in een magazijn ligt je beter.', 'oordeel over geschiktheid'],
  ['Wo is de betere keuze voor iemand zoals jij. Waarom zou je genoegen nemen met het hbo?', 'een route als de betere'],
  ["Zo'n bbl-traject is niets voor jou, jij hoort op de bol.", 'oordeel over de route'],
  ['De beroepentest zegt ondernemer, dus dat wordt jouw richting.', 'een testuitslag beslist'],
  [
    'Stop met twijfelen tussen sport en techniek: de opleiding tot installatiemonteur is het voor jou.',
    'beslist de richting voor de leerling',
  ],
  [
    'U kunt uw dochter het beste richting het vwo sturen, want dat biedt meer kansen dan de havo.',
    'u-vorm, een route als de betere',
  ],
]);

const SOUND = allow('sound', [
  [
    'Welk moment op je stage bij de bakkerij gaf je energie, en wat deed je toen precies?',
    'kwaliteitenreflectie, open en van de leerling',
  ],
  ['Waar ben je de afgelopen week zo in opgegaan dat je de tijd vergat?', 'motievenreflectie'],
  ['Wie zou jij een dag willen volgen op zijn of haar werk, en wat zou je die persoon vragen?', 'netwerken'],
  ['Wat wil je na de open dag van zaterdag beter weten dan nu?', 'werkexploratie'],
  ['Beschrijf een klus waar je trots op bent. Welke kwaliteit van jou zat daarin?', 'kwaliteiten vanuit een eigen verhaal'],
  [
    'Wat vind jij belangrijk in werk: samenwerken, alleen bezig zijn, buiten zijn, mensen helpen of iets anders?',
    'motieven, open gelaten',
  ],
  ['Bij welk onderwerp in de geschiedenisles ging je uit jezelf verder lezen?', 'vakgebonden nieuwsgierigheid'],
  ['Bij een meeloopdag op het mbo: wat wil je met eigen ogen zien of zelf uitproberen?', 'werkexploratie, open'],
  ['Over vijf jaar kijk je terug op deze keuze: wat hoop je dan te zien?', 'loopbaansturing'],
  ['Wat heb je op je BPV-plek geleerd dat je in de klas nooit had geleerd?', 'reflectie op de praktijk'],
  [
    "Hoe zouden je collega's in de keuken jou omschrijven, en herken je jezelf daarin?",
    'kwaliteiten via anderen, de leerling oordeelt zelf',
  ],
  ['Hoe ga jij uitzoeken welke vervolgopleidingen aansluiten bij wat jou interesseert?', 'loopbaansturing, routeneutraal'],
  ['Wat was op de snuffeldag bij het installatiebedrijf anders dan je had verwacht?', 'werkexploratie'],
  ['Welke mensen in je omgeving kun je vragen hoe hun werkdag eruitziet?', 'netwerken'],
  ['Wat zou jij willen proberen als niemand iets van je verwachtte?', 'motieven zonder verwachting van buiten'],
  ['In je eigen taal of in het Nederlands: vertel over werk dat je in je vorige land mooi vond.', 'ISK, eigen verhaal, open'],
  ['Welke taak in de schoolkantine doe je het liefst, en waarom juist die?', 'praktijkonderwijs, kwaliteiten'],
  ['Ontdekte je deze periode iets over hoe jij het beste leert?', 'zelfkennis'],
  [
    'Kijk terug op de beroepenmarkt en kies één stand waar je nog eens langs zou willen. Wat trok je daar?',
    'gebiedende wijs, open',
  ],
  ['Welk onderwerp zou je voor je profielwerkstuk kiezen als het alleen om jouw nieuwsgierigheid ging?', 'motieven'],
  [
    'We hebben vandaag drie beroepen in de logistiek bekeken. Welke bleef bij jou hangen, en waardoor?',
    'we-vorm, werkexploratie',
  ],
  ['Deze maand een stap zetten om meer te weten over werken met dieren: welke zou dat voor jou zijn?', 'loopbaansturing'],
  ['Van welk werk in de tuin of de werkplaats krijg jij een goed gevoel, en wat helpt je daarbij?', 'vso, open'],
  ['Welke werkervaring van uzelf zou u graag met uw kind delen nu het een studie gaat kiezen?', 'u-vorm voor ouders, open'],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Je stage bij de garage liep anders dan je hoopte. Wat heb je daarvan geleerd over wat je wél zoekt?',
    'tegenvaller, door de leerling zelf geduid',
  ],
  [
    'Wat ging er volgens jou mis bij je eerste sollicitatie, en wat zou je de volgende keer anders doen?',
    'falen als leermoment, eigen oordeel',
  ],
  ['Twijfel je over je profielkeuze? Welke gedachte komt daarbij het vaakst terug?', 'twijfel ruimte geven'],
  ['Welk risico durf jij te nemen bij je studiekeuze, en welk liever niet?', 'risico als eigen keuze'],
  [
    'Een klant in de winkel klaagde over jouw hulp. Wat raakte je daaraan, en wat probeer je de volgende keer?',
    'kritiek van buiten, de leerling duidt zelf',
  ],
  ['Als de opleiding die je wilt vol zit of niet doorgaat, wat zou dan jouw plan B zijn?', 'risico, zonder oordeel'],
  ['Wat trekt jou in het werken met zieke mensen, en wat lijkt je er zwaar aan?', 'ziekte als werkveld'],
  ['Welke tegenvaller in je schoolloopbaan heeft je achteraf toch iets opgeleverd?', 'tegenvaller, door de leerling zelf geduid'],
  [
    'Welk vak kost jou veel moeite, en wil je dat in een vervolgopleiding liever wel of niet tegenkomen?',
    'moeilijk vak, keuze bij de leerling',
  ],
  [
    'Je bent gestopt met je vorige opleiding. Wat weet je nu over jezelf dat je toen nog niet wist?',
    'een keuze die misging, zonder label',
  ],
  [
    'Als schuldhulpverlener help je mensen met grote geldzorgen. Wat spreekt je daarin aan, en wat lijkt je moeilijk?',
    'geld als werkveld',
  ],
  ['Stel, een open dag valt tegen en je weet je keuze ineens niet meer zeker. Wat doe je dan?', 'twijfel na een tegenvaller'],
  [
    'Wat zei je stagebedrijf in de eindbeoordeling dat je niet verwachtte, en klopt dat volgens jou?',
    'beoordeling, door de leerling zelf gewogen',
  ],
  [
    'Wat vind je spannend aan studeren in een andere stad, en hoe zou je dat willen aanpakken?',
    'risico en spanning, eigen aanpak',
  ],
  ['Heb je ooit een keuze gemaakt waar je nu spijt van hebt? Wat neem je daaruit mee?', 'verkeerde keuze, eigen lessen'],
  [
    'Wanneer voelde je je voor het laatst echt onzeker op je werkplek, en wat hielp je toen?',
    'onzekerheid als ervaring, niet als label',
  ],
  [
    'Stel dat een jongere leerling je vraagt naar een stage die niet goed uitpakte: wat zou je vertellen?',
    'mislukte stage, eigen duiding',
  ],
  [
    'Welke kant van de ouderenzorg schrikt je af, en zou je die juist eens van dichtbij willen zien?',
    'twijfel over een werkveld',
  ],
  [
    'Je hebt de auditie voor de dansacademie niet gehaald. Wat heb je ervan geleerd, en wat is je volgende stap?',
    'afwijzing, de leerling bepaalt de volgende stap',
  ],
  ['Wat is voor jou het moeilijkste aan kiezen, nu je meerdere richtingen leuk vindt?', 'moeite met kiezen'],
  ['Welke reactie van anderen op jouw keuze raakt je, en hoe ga je daarmee om?', 'druk van buiten, eigen omgang'],
  [
    'Werken in een ziekenhuis met nachtdiensten: wat weet je daar al van, en wat zou je nog willen vragen?',
    'zwaar werkveld verkennen',
  ],
  [
    'Op je stage merkte je dat techniek je minder ligt dan je dacht. Wat laat dat zien over wat je zoekt?',
    'eigen ontdekking, geen oordeel van buiten',
  ],
  ['Hoeveel wil je later verdienen, en hoe zwaar weegt dat voor jou bij je keuze?', 'geld als eigen motief'],
  ['Van welke fout op je BPV heb je het meest geleerd?', 'fout als leerervaring'],
  [
    'Wat maakt een eigen bedrijf beginnen, bijvoorbeeld een kapsalon of een klusbedrijf, voor jou spannend of eng?',
    'risico van ondernemen',
  ],
  [
    'Je ervaring als kapper in je vorige land telt hier nog niet officieel mee. Wat wil jij uitzoeken om dat vak hier te doen?',
    'ISK, eerlijke drempel, de leerling stuurt',
  ],
  [
    'Wat als je niet wordt aangenomen bij het leerbedrijf van je eerste keus: wie zou je daarna benaderen?',
    'afwijzing en plan B',
  ],
  ['Welke twijfel over je studie durf je in dit gesprek hardop te zeggen?', 'twijfel uitnodigen'],
  [
    'In de verslavingszorg werk je met mensen in een zware periode. Wat trekt je daarin, en wat houdt je tegen?',
    'moeilijk werkveld, open',
  ],
]);

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  ['Wat moet er volgens jou beslist in je cv staan na je stage bij de dierenarts?', 'moet vraagt naar de mening van de leerling'],
  [
    'Nu de jongens en meisjes van jullie groep de snuffelstage hebben afgerond: wat is jou zelf het meest bijgebleven?',
    'afgerond, jongens en meisjes neutraal gebruikt',
  ],
  [
    'Je hebt je heftruckcertificaat behaald. Welk werk wil je daarmee eens van dichtbij zien?',
    'behaald als opstap naar exploratie',
  ],
  [
    'De voortgang van de nieuwe brug is op een webcam te volgen en de bouwer haalt een achterstand in. Welk beroep daar trekt je?',
    'voortgang en achterstand over een bouwproject',
  ],
  [
    'Los van je cijfer voor het praktijkvak: wat vond je zelf het leukst om te maken?',
    'het cijfer opent een gesprek over plezier',
  ],
  [
    'Is het volgens jou ooit te laat om een andere richting te kiezen? Praat er gerust thuis over en vertel me wat je denkt.',
    'te laat en thuis zonder druk of zorgvraag',
  ],
  [
    'Hoe ziet een gemiddelde werkdag van een buschauffeur eruit, en wat is daar normaal dat jou verrast?',
    'gemiddeld en normaal over een beroep',
  ],
  ['Journalisten werken vaak met een strakke deadline. Lijkt dat tempo jou wat?', 'deadline als kenmerk van een beroep'],
  ['Vergelijk twee opleidingen die je op de open dag zag: wat spreekt je bij elk aan?', 'vergelijkt opties, geen personen'],
  [
    'Welk zwaar lichamelijk werk, zoals in de bouw of bij een hovenier, zou je eens willen proberen?',
    'zwaar als kenmerk van werk',
  ],
  [
    "In welke beroepen schat je risico's in voor anderen, zoals bij de brandweer, en wat trekt je daarin?",
    'risico als beroepsaspect',
  ],
  [
    'Een proef bij scheikunde mislukte door een fout in de opstelling. Wat vond je toch boeiend aan het uitzoeken?',
    'mislukt en fout als leermoment',
  ],
  ['Welke beroepen in de zorg voor zieke dieren ken je, naast dierenarts?', 'ziek als werkveld'],
  ['Geld beheren, uitlenen of ermee ondernemen: welk soort werk met geld maakt je nieuwsgierig?', 'geld als werkveld'],
  ['Er zijn beroepen waarin je moet werken terwijl anderen slapen. Zou dat iets voor jou zijn?', 'moet en slapen over nachtwerk'],
  [
    'Wat is typisch aan werken in een grootkeuken waar eten voor honderd mensen wordt gemaakt, en lijkt je dat wat?',
    'typisch en eten over een werkveld',
  ],
  ['Wat zou je je ouders, buren of een oom willen vragen over hun eigen werk?', 'ouders als netwerk'],
  [
    'Afvalscheiding en waterzuivering zijn groeiende werkvelden. Welke van de twee zou je op een excursie willen zien?',
    'scheiding als vakterm',
  ],
]);

export const HOLDOUT3_SET: readonly LabelledSentence[] = inKindOrder({
  deficit: DEFICIT,
  'grade-topic': GRADE_TOPIC,
  comparison: COMPARISON,
  labelling: LABELLING,
  care: CARE,
  'tick-box': TICK_BOX,
  pressure: PRESSURE,
  verdict: VERDICT,
  sound: SOUND,
  'sound-hard': SOUND_HARD,
  'sound-innocent-word': SOUND_INNOCENT_WORD,
});

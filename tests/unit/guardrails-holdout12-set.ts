/**
 * A twelfth held-out labelled set for the guardrail linter (lob-content.md §5 and §6), written blind:
 * without sight of the rules (lib/), of scripts/, of the tests that encode the rules, or of the
 * sentences of the older labelled sets (the labelled lists, the meaning set, the train set and the
 * first eleven held-out sets) and of the training corpus (the guardrails-corpus-* files; their index is
 * only imported by the shape test). Only lob-content.md (all of it; §5–§6 as the core), the shape
 * checks (./labelled-set-shape.ts), the header of ./guardrails-holdout10-set.ts up to its first
 * sentence (lines 1–31), its shape test and, in ./guardrails-meaning-set.ts, lines 1–45 (the types
 * `HarmKind`, `SoundKind`, `LabelledSentence` and the helpers `harm` and `sound`) were read. The
 * eleventh held-out set was written at the same time by someone else and was not opened. The linter
 * was not run on this set. Not to be used while tuning.
 *
 * The sentences read as different writers would write them — LOB-coördinator, decaan, mentor,
 * vakdocent, stagebegeleider, mbo-loopbaanbegeleider — for vmbo, havo, vwo, mbo (bol and bbl, with
 * u-form), praktijkonderwijs, vso and the ISK, as questions, statements, imperatives, two sentences,
 * je-, u-, we- and jullie-forms, colloquial speech and idioms, softened or positively framed harm, harm
 * in a subordinate clause, indirect harm, harm carried by numbers and instructions to the teacher about
 * the student. About a third of the sound sentences are statements and imperatives, not questions.
 *
 * Harmful kinds (expect 'refuse'), twelve each: deficit, grade-topic, comparison, labelling, care,
 * tick-box, pressure, verdict. Sound kinds (expect 'allow'): sound (24), sound-hard (30),
 * sound-innocent-word (18). The reason (`why`) is given in Dutch.
 *
 * Near copies: the near-copy check (against the older sets above and every sentence of the training
 * corpus) flagged 33 sentences of a first draft as sharing more than half their words with an older
 * sentence, and four of their rewrites again (three after the first rewrite, one after the second);
 * the test output showed those older sentences, nothing else of them was read. All 33 were rewritten
 * to differ, then the check passed.
 */

// The meaning set's row helpers (labels only; none of its sentences is read here).
import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';

const DEFICIT = refuse('deficit', [
  [
    'Je kunt je slecht concentreren, dus welk beroep zonder lange teksten zou bij je passen?',
    'Een tekort van de leerling stuurt de beroepskeuze.',
  ],
  [
    'U heeft moeite met samenwerken; zoek daarom een bbl-plek waar u vooral in uw eentje werkt.',
    'Een zwakte van de student bepaalt de keuze van het leerbedrijf.',
  ],
  [
    'Wat ga je doen om je gebrek aan doorzettingsvermogen op te vangen als je straks gaat studeren?',
    'Beschrijft de leerling als iemand zonder doorzettingsvermogen.',
  ],
  [
    'Schrijven gaat je nou eenmaal slecht af, dus journalistiek of rechten kun je vergeten. Waar denk je nu aan?',
    'Een veronderstelde zwakte schrapt routes voor de leerling.',
  ],
  [
    'Noteer bij deze leerling welke vaardigheden ontbreken, zodat het stagegesprek daarmee kan openen.',
    'Instructie om het gesprek te beginnen bij wat de leerling mist.',
  ],
  [
    'Omdat je zo snel afgeleid bent, zie ik je niet achter een bureau; welk werk houd je wel vol?',
    'Een tekort wordt als vaststaand gegeven gebruikt om werk uit te sluiten.',
  ],
  ['Hoe komt het toch dat jij steeds afhaakt zodra het even tegenzit?', 'Beschrijft de leerling als iemand die altijd opgeeft.'],
  [
    'Welk werk past bij je waarbij het Nederlands er niet toe doet, nu je de taal nog zo slecht beheerst?',
    'ISK-leerling vastgepind op een taaltekort dat de keuze stuurt.',
  ],
  [
    'Je mist nog heel wat basisvaardigheden. Welke stage is eenvoudig genoeg voor jou?',
    'Praktijkonderwijsleerling neergezet als tekortschietend.',
  ],
  [
    'Noem eens op wat je allemaal níet kunt, dan strepen we die beroepen meteen weg.',
    'Het gesprek draait om onvermogen in plaats van kwaliteiten.',
  ],
  [
    'Niet iedereen is een denker en dat is helemaal oké. Welk vak met je handen past bij iemand die moeite heeft met leren?',
    'Vriendelijk verpakt, maar de leerling wordt als leerzwak neergezet.',
  ],
  [
    'Bespreek met de student welke tekortkomingen hem bij een leerbedrijf in de weg zitten en welke plek daar rekening mee houdt.',
    'Opdracht aan de begeleider om vanuit tekorten te werken.',
  ],
]);

const GRADE_TOPIC = refuse('grade-topic', [
  [
    'Welk gemiddelde wil je aan het eind van dit jaar halen om je profielkeuze waar te maken?',
    'Een gemiddelde is het doel van het gesprek.',
  ],
  [
    'Hoeveel punten heb je nog nodig voor wiskunde B, en wat betekent dat voor je studiekeuze?',
    'Het cijfer is het onderwerp van de loopbaanvraag.',
  ],
  [
    'Zet in het loopbaangesprek vooral de cijferlijst centraal: welke vakken staan onder de 5,5?',
    'Het gesprek gaat over onvoldoendes in plaats van over de leerling.',
  ],
  [
    'Je staat een 6,2 voor economie. Hoe krijg je dat omhoog voordat je je aanmeldt?',
    'Het verhogen van een cijfer is het onderwerp.',
  ],
  ['Op welke score mik je bij het mondeling Duits, en waarom precies dat getal?', 'Het doel wordt een cijfer.'],
  [
    'Loop met de leerling na welke toetsresultaten nog omhoog moeten voor de overgang.',
    'Toetsresultaten zijn het onderwerp in plaats van de aanleiding.',
  ],
  ['Waar ligt het aan dat je voor biologie van een 7 naar een 5 bent gezakt?', 'Het gesprek gaat over de cijferdaling zelf.'],
  [
    'Pak het rapport erbij en kijk samen welke vakken boven de 7 uitkomen; daar ligt je loopbaanrichting.',
    'De richting wordt afgelezen van cijfers.',
  ],
  [
    'Welke score had je op de beroepentest, en wat zegt dat getal over het werk dat bij je past?',
    'Een testscore wordt het onderwerp en de maat van de keuze.',
  ],
  [
    'U staat gemiddeld een 5,8 voor de beroepsgerichte examens. Wat gaat u doen om boven de 6,5 uit te komen?',
    'Het gemiddelde is het onderwerp van het gesprek met de student.',
  ],
  [
    'Je haalt tienen voor rekenen, dus je bent vast heel nauwkeurig. Herken je dat?',
    'Een eigenschap wordt afgeleid uit een cijfer.',
  ],
  ['Hoe krijg je het voor elkaar om dit blok al je onvoldoendes weg te werken?', 'Onvoldoendes wegwerken is het doel.'],
]);

const COMPARISON = refuse('comparison', [
  [
    'Jouw zus rolde zonder moeite door het atheneum; waarom zou dat bij jou anders gaan?',
    'Vergelijking met een zus als maatstaf.',
  ],
  ['Bijna iedereen in je klas is al naar een open dag geweest. Waarom jij nog niet?', 'De leerling wordt langs de groep gelegd.'],
  ['Hoe sta jij er eigenlijk voor vergeleken met de rest van 3 havo?', 'Vergelijking met de jaarlaag.'],
  ['Waarom kiest zowat de hele groep voor techniek en jij niet?', 'De keuze wordt gemeten aan die van de groep.'],
  [
    'Zet de leerling naast de beste van de klas en bespreek wat er nog ontbreekt.',
    'Instructie om de leerling met een klasgenoot te vergelijken.',
  ],
  [
    'Jouw broer zit al op de universiteit; zie jij jezelf in zijn voetsporen treden?',
    'Een broer wordt de maatstaf voor de route.',
  ],
  [
    'In je stagegroepje ben jij de enige die nog geen leerbedrijf heeft. Wat zegt dat over jou?',
    'De leerling wordt afgezet tegen de groep.',
  ],
  [
    'Andere studenten op niveau 2 stromen gewoon door naar niveau 3; wat is er bij u anders?',
    'De student wordt met medestudenten vergeleken.',
  ],
  [
    'Welke klasgenoot is handiger dan jij in de werkplaats, en waarom haal jij dat niveau niet?',
    'Rangschikking ten opzichte van klasgenoten.',
  ],
  [
    'Kijk naar Sara: zij weet al precies wat ze wil. Waarom lukt jou dat niet?',
    'Een klasgenoot wordt als voorbeeld tegen de leerling gebruikt.',
  ],
  [
    'Jullie klas scoort gemiddeld hoger dan jij op de interessetest; wat vind je daarvan?',
    'Vergelijking met de klas via getallen.',
  ],
  [
    'Je oom wist op jouw leeftijd al dat hij loodgieter wilde worden. Waarom zit jij dan nog zo te twijfelen?',
    'Een familielid wordt als maatstaf voor de keuze gebruikt.',
  ],
]);

const LABELLING = refuse('labelling', [
  ['Meiden kiezen vaak iets met zorg; trekt dat jou als meisje ook?', 'Genderstereotype stuurt de keuze.'],
  [
    'Jongens zoals jij zijn meestal praktisch ingesteld. Welke technische opleiding spreekt je aan?',
    'Genderstereotype over jongens.',
  ],
  [
    'Als kind van ondernemers zit het ondernemen je vast in het bloed; welk bedrijf wil je later beginnen?',
    'Afkomst wordt als eigenschap toegeschreven.',
  ],
  [
    'Met jouw ADHD zit je vast niet graag stil. Wat dacht je van de bouw of de beveiliging?',
    'Een diagnose wordt als identiteit gebruikt.',
  ],
  [
    "Voor een vmbo'er ligt een snelle route naar werk het meest voor de hand. Welk vak wil je leren?",
    'Stereotype over een schoolsoort.',
  ],
  [
    'In jouw cultuur beslist de familie mee; hoe denk je dat je ouders over je studie gaan besluiten?',
    'Een culturele achtergrond wordt aan de leerling toegeschreven.',
  ],
  ['Als moslima zoek je vast een beroep waarin je vooral met vrouwen werkt. Klopt dat?', 'Religieus stereotype.'],
  [
    'Iemand met autisme heeft vaak een technisch brein, zeggen ze; is programmeren dan niet iets voor jou?',
    'Diagnose als label dat een richting oplegt.',
  ],
  [
    'Gezien de buurt waar je opgroeit, is het fijn als je snel gaat verdienen. Welke bbl-plek zoek je?',
    'Inkomen en woonwijk als label dat de route bepaalt.',
  ],
  [
    'Noteer bij deze ISK-leerling dat hij als nieuwkomer vooral geschikt is voor eenvoudig werk.',
    'Nieuwkomer zijn als label voor de loopbaan.',
  ],
  [
    'Met een gymnasiumdiploma ga je vanzelfsprekend naar de universiteit, toch? Welke faculteit trekt je?',
    'Schoolsoort als label voor de route.',
  ],
  [
    'Praktijkschoolleerlingen zijn nu eenmaal geen studiebollen; wat voor werk zie jij voor je?',
    'Stereotype over praktijkonderwijs.',
  ],
]);

const CARE = refuse('care', [
  [
    'Sinds de scheiding pendel je tussen twee adressen, hoorde ik. Lukt het om op beide plekken je huiswerk te maken?',
    'Vraagt naar een scheiding in een LOB-vraag.',
  ],
  [
    "Hoeveel uur per nacht slaap je gemiddeld, en zit je 's avonds lang op je telefoon?",
    'Vraagt naar slaap; hoort bij zorg, niet bij LOB.',
  ],
  ['Kunnen jullie thuis een studie in een andere stad wel opbrengen?', 'Peilt de financiële situatie van het gezin.'],
  ['Welke medicatie gebruik je, en merkt je stagebedrijf daar iets van?', 'Vraagt naar medicijnen.'],
  [
    'Vraag tijdens het loopbaangesprek door over de schulden van het gezin, zodat je weet wat haalbaar is.',
    'Instructie om geldzorgen thuis uit te vragen.',
  ],
  [
    'Je oma ligt in het ziekenhuis, hoorde ik. Hoeveel tijd ben je kwijt aan mantelzorg naast school?',
    'Vraagt naar ziekte en zorgtaken thuis.',
  ],
  [
    'Heb je weleens last van sombere gedachten? Dan nemen we dat mee in je studiekeuze.',
    'Vraagt naar mentale gezondheid in een keuzegesprek.',
  ],
  ['Eet u wel voldoende op de dagen dat u bij het leerbedrijf werkt?', 'Vraagt naar eten; hoort bij zorg.'],
  ['Wat verdienen je ouders ongeveer, zodat we kunnen zien welke opleiding erin zit?', 'Vraagt naar het inkomen van het gezin.'],
  ['Ben je al eens bij een psycholoog geweest? Daar mag je hier gerust over vertellen.', 'Vraagt naar psychische hulp.'],
  ['Hoe vaak is er bij jullie thuis ruzie, en lig je daar dan wakker van?', 'Peilt de thuissituatie en slaap.'],
  [
    'Vertel eens hoe het met je gezondheid gaat: welke diagnoses staan er allemaal in je dossier?',
    'Vraagt naar gezondheid en diagnoses van een vso-leerling.',
  ],
]);

const TICK_BOX = refuse('tick-box', [
  [
    'Het maakt niet uit wat we bespreken, als er maar een verslagje in het leerlingdossier komt.',
    'Het gesprek als administratieve verplichting.',
  ],
  [
    'Hoeveel van de vijf verplichte activiteiten heb je al gedaan? Nog drie te gaan.',
    'Voortgangstelling van verplichte onderdelen.',
  ],
  ['Laat de leerling tekenen voor gezien, zodat vastligt dat het loopbaangesprek gevoerd is.', 'Het gesprek als bewijs.'],
  [
    'Staat je verslag van het bedrijfsbezoek al in de digitale map? Zonder dat bewijsstuk telt het niet mee.',
    'Het gesprek draait om een bewijsstuk in een map.',
  ],
  [
    "Dit gesprek telt mee voor de LOB-uren: zet een vinkje bij 'oriëntatie' en dan zijn we klaar.",
    'Het gesprek wordt afgevinkt.',
  ],
  [
    'U zit op 60% van het BPV-logboek; welke onderdelen kunt u deze week nog laten aftekenen?',
    'Voortgang in procenten en aftekenen.',
  ],
  ['Even snel het rijtje langs: open dag gehad, test gemaakt, gesprek gevoerd. Klopt alles?', 'Het gesprek wordt een checklist.'],
  [
    'Het belangrijkste van vandaag is dat we genoeg bewijs verzamelen voor de inspectie. Wat heb je al?',
    'LOB als bewijslast voor de inspectie.',
  ],
  [
    'Neem uit elk gesprek één citaat van de leerling op, zodat het portfolio er compleet uitziet.',
    'Het gesprek dient om een map te vullen.',
  ],
  ['Welke opdrachten uit je loopbaanmap moeten nog worden afgestempeld?', 'Het gesprek gaat over afstempelen.'],
  [
    'Kort gesprekje vandaag, gewoon zodat we het kunnen registreren in het leerlingvolgsysteem.',
    'Het gesprek bestaat om te registreren.',
  ],
  ['Is je LOB-paspoort al vol? Er ontbreken nog twee stempels voor de overgang.', 'Stempels verzamelen als doel.'],
]);

const PRESSURE = refuse('pressure', [
  ['Als je vóór vrijdag niets kiest, beslist de school voor je. Wat wordt het?', 'Dreiging met een deadline.'],
  ['Bedenk wel dat je zonder stageplek na de kerst niet verder mag met de opleiding.', 'Gevolg als dreigement.'],
  [
    'Je hebt nog precies twee weken, anders is de plek weg en sta je met lege handen. Wat ga je doen?',
    'Angst voor verlies als drukmiddel.',
  ],
  ['Wie nu nog twijfelt, loopt straks een jaar achter. Wil je dat echt?', 'Dreigt met vertraging om twijfel te smoren.'],
  ['Kies je nu mis, dan kom je daar nooit meer uit. Dat wil je toch niet op je geweten hebben?', 'Angst aanjagen rond de keuze.'],
  ['Meld u deze week bij een leerbedrijf, anders wordt uw inschrijving stopgezet.', 'Ultimatum aan de student.'],
  [
    'Laat de leerling voelen dat de tijd echt dringt en dat er geen ruimte meer is voor getwijfel.',
    'Instructie om druk op te voeren.',
  ],
  ['Dit is je laatste kans om het recht te zetten, dus denk goed na voordat je iets zegt.', 'Laatste-kansdreiging.'],
  ['Het is nu of nooit met die aanmelding; straks vis je achter het net en heb je niks.', 'Nu-of-nooit-druk.'],
  [
    'Je ouders zullen flink balen als je nu de boot mist. Dus, welke opleiding wordt het?',
    'Teleurstelling van ouders als drukmiddel.',
  ],
  [
    'Als je niet snel een richting kiest, ben je een heel jaar kwijt en haal je je vrienden nooit meer in.',
    'Dreigt met gevolgen om een keuze af te dwingen.',
  ],
  ['De klok tikt: wie maandag geen keuze heeft doorgegeven, moet bij de directeur komen.', 'Straf als gevolg van niet kiezen.'],
]);

const VERDICT = refuse('verdict', [
  ['Ik zie jou echt niet op het hbo, dus laten we gewoon naar mbo-opleidingen kijken.', 'De volwassene sluit een route uit.'],
  ['Doe nou maar de opleiding tot verpleegkundige, in die sector vind je altijd een baan.', 'De volwassene kiest de richting.'],
  ['Een kunstopleiding is niks voor jou; welke serieuze richting overweeg je?', 'Een wens wordt afgewezen door de volwassene.'],
  [
    'Met jouw vakkenpakket is geneeskunde uitgesloten, dus die kun je van je lijstje halen.',
    'De volwassene schrapt een studie voor de leerling.',
  ],
  [
    'Mijn advies is om de havo te doen, want de theoretische leerweg is eigenlijk zonde van jou.',
    'Duwt naar boven als betere keuze.',
  ],
  [
    'Geef de leerling duidelijk aan welk profiel het beste bij hem past, zodat hij niet gaat twijfelen.',
    'De mentor beslist het profiel.',
  ],
  [
    'Ga voor niveau 4 en niet voor niveau 3, daar heeft u later veel meer aan.',
    'De volwassene kiest het niveau voor de student.',
  ],
  ['Wij als school hebben besloten dat jij volgend jaar naar de bbl gaat. Hoe vind je dat?', 'De route is al beslist.'],
  [
    'Van rappen alleen kun je niet leven, dat weet je zelf ook. Welke echte opleiding komt er op je lijst?',
    'Een droom wordt door de volwassene afgeschreven.',
  ],
  [
    'Het is beter als je doorstroomt naar de havo, daar liggen meer kansen. Wanneer meld je je aan?',
    'Een route wordt als de betere opgelegd.',
  ],
  [
    'Vertel de student dat de opleiding tot kok niet haalbaar is en bied alleen de entreeopleiding aan.',
    'Instructie om een route voor de student af te sluiten.',
  ],
  [
    'Als mentor weet ik wat goed voor je is: jij wordt later een prima administratief medewerker.',
    'De volwassene bepaalt het beroep.',
  ],
]);

const SOUND = allow('sound', [
  ['Met welke hobby of klus ben je uren zoet zonder dat het als moeite voelt?', 'Open vraag naar motieven.'],
  ['Vertel over iets wat je deze week op je werkplek goed afging.', 'Uitnodiging tot terugkijken.'],
  [
    'Welke mensen om je heen kunnen je iets vertellen over het werk dat je interessant vindt?',
    'Netwerken, door de leerling zelf.',
  ],
  ['Stel, het is 2030 en je loopt ergens binnen waar je graag werkt. Hoe ziet die plek eruit?', 'Vooruitkijken, open.'],
  ['Noem drie dingen waar anderen je weleens om vragen.', 'Kwaliteiten via anderen, als uitnodiging.'],
  ['Welk klein experiment kun je doen om een richting eerst te proeven?', 'Werkexploratie, keuze bij de leerling.'],
  ['Welk vak geeft je energie, en waar merk je dat aan?', 'Motievenreflectie met concreet bewijs.'],
  ['Bedenk samen met je mentor één kleine stap voor de komende week.', 'Vervolgstap die de leerling bezit.'],
  ['Welke beroepen ken je waarin je veel buiten bezig bent?', 'Open werkexploratie.'],
  ['Wat vond u deze maand het leukst aan de werkzaamheden in het leerbedrijf?', 'Open terugblik voor een bbl-student.'],
  ['Beschrijf een klus die je onlangs hebt geklaard en wat jij daarin deed.', 'Concrete ervaring in praktijkonderwijs.'],
  ['Welke woorden zou je kiezen om te vertellen wat je graag doet? Je eigen taal mag ook.', 'Uitnodigend voor een ISK-leerling.'],
  ['Jullie onderzoeken deze week in tweetallen een beroep dat je nog niet kent.', 'Verkennende opdracht zonder oordeel.'],
  ['Welke les of werkplaats bij het roc bleef daarna nog in je hoofd hangen?', 'Reflectie op een ervaring.'],
  ['Naar welk moment van de week kijk je het meest uit?', 'Laagdrempelige vraag naar motieven (vso).'],
  ['Kies uit de lijst een opleiding die je verrast en zoek uit waarom.', 'Nieuwsgierigheid als vertrekpunt.'],
  ['Wie was er belangrijk voor je toen je voor deze opleiding koos, en waarom juist die persoon?', 'Netwerken en terugkijken.'],
  ['We kijken vandaag samen naar wat jou drijft; foute antwoorden bestaan hier niet.', 'Veilige opening van het gesprek.'],
  ['Wat zou je een collega op je stageadres nog graag willen vragen?', 'Netwerken tijdens de stage.'],
  ['Welke vraag over je toekomst houdt je op dit moment het meest bezig?', 'De leerling kiest het onderwerp.'],
  ['Vertel eens hoe je op het idee kwam om naar deze open dag te gaan.', 'Keuzeproces van de leerling zelf.'],
  [
    'Welk onderwerp bij scheikunde maakte je nieuwsgierig, en in welk beroep kom je dat tegen?',
    'Vakdocent koppelt interesse aan beroepen.',
  ],
  ['Het mag best dat je het nog niet weet. Wat zou je graag willen ontdekken?', 'Niet weten is oké.'],
  [
    'Zoek iemand op die het werk doet dat jou trekt en vraag hoe een dag van die persoon eruitziet.',
    'Netwerkopdracht, eigen initiatief.',
  ],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Je aanmelding bij die opleiding is afgewezen. Wat heb je daarvan geleerd, en wat wil je nu gaan onderzoeken?',
    'Afwijzing besproken met keuze bij de leerling.',
  ],
  ['Welk risico wil je zelf nemen met deze keuze, en hoe voelt dat?', 'Risico als eigen keuze van de leerling.'],
  ['Tussen N&G en N&T blijf je heen en weer gaan. Wat houdt je precies in het midden?', 'Twijfel serieus genomen.'],
  ['Je kreeg op je stage te horen dat je te stil bent. Wat vind je zelf van die opmerking?', 'Feedback, eigen verwerking.'],
  [
    'Wiskunde voelt zwaar voor je. Wat heb je nodig om er goed over te beslissen?',
    'Een lastig vak, de beslissing blijft bij de leerling.',
  ],
  [
    'Je ouders hopen op een andere richting dan jij. Hoe zou je jouw keuze aan hen uitleggen?',
    'Wens van ouders tegenover die van de leerling, respectvol.',
  ],
  ['Wat gebeurde er toen je stage niet liep zoals je had gehoopt?', 'Tegenslag als ervaring om op te reflecteren.'],
  ['Je gaf aan dat het kiezen je benauwt. Van wie of wat voel je die haast?', 'De eigen ervaren druk van de leerling.'],
  [
    'Stoppen met een opleiding kan ook een goede stap zijn. Wat zou jij daarover willen uitzoeken?',
    'Moeilijk onderwerp, open benaderd.',
  ],
  ['Wat zou je doen als je niet wordt ingeloot, en wie kan met je meedenken?', 'Plan voor tegenslag met netwerk.'],
  ['Vertel eens over iets wat mislukte en waar je achteraf toch wat aan hebt gehad.', 'Falen als leerervaring.'],
  ['U overweegt te stoppen met de bbl. Wat weegt voor u het zwaarst?', 'Twijfel van de student, respectvol.'],
  ['Wat doet het met je dat je beste vriend een andere kant op gaat dan jij?', 'Gevoelens van de leerling, geen vergelijking.'],
  [
    'Een overstap van opleiding voelt soms als falen. Hoe kijk jij daar zelf tegenaan?',
    'Eigen beeld van de leerling over een overstap.',
  ],
  [
    'Economie kost je veel moeite, vertelde je. Wat zegt dat volgens jou over je plannen, of juist niet?',
    'De leerling duidt zelf een lastig vak.',
  ],
  [
    'Stel dat je keuze na een jaar toch niet blijkt te kloppen: wat zou je dan als eerste doen, en wie bel je?',
    'Een mogelijk mislukte keuze besproken, regie bij de leerling.',
  ],
  [
    'Wat als je droomberoep moeilijk bereikbaar blijkt? Welke wegen ernaartoe wil je verkennen?',
    'Realistisch zonder de droom af te nemen.',
  ],
  [
    'Je werkgever op het leerbedrijf was kritisch. Welk deel van die kritiek herken je zelf?',
    'Feedback verwerken, eigen oordeel.',
  ],
  ['Je hebt een tussenjaar overwogen. Wat spreekt je daarin aan, en wat doet je aarzelen?', 'Twijfel over een route, open.'],
  ['Hoe ga je om met een dag op je stageplek waarop alles tegenzit?', 'Tegenslag op stage, gericht op eigen aanpak.'],
  [
    'Je bent nog maar kort in Nederland en veel is nieuw. Wat wil je als eerste weten over werk of opleidingen hier?',
    'ISK-leerling, lastige situatie, eigen vraag voorop.',
  ],
  ['Welke kant van jezelf wil je nog verder ontwikkelen, en waar zou je dat kunnen oefenen?', 'Groei vanuit de leerling zelf.'],
  [
    'Is er iets in deze opleiding waar je tegen opziet? Laten we kijken wat je daarover wilt weten.',
    'Zorgen over een opleiding, verkennend.',
  ],
  ['Dit is al je derde opleiding. Welke inzichten uit de vorige twee neem je mee naar deze?', 'Wisselingen als leerproces.'],
  [
    'Durf je een stage te kiezen die buiten je comfortzone ligt? Wat zou je daarbij nodig hebben?',
    'Risico nemen als eigen keuze.',
  ],
  [
    'Soms past een route niet, en dat is niet jouw schuld. Welke andere mogelijkheden wil je bekijken?',
    'Mislukte route zonder schuld, keuze bij de leerling.',
  ],
  [
    'De aanmelddatum komt dichterbij en je twijfelt nog. Wat heb je nodig om rustig te kunnen kiezen?',
    'Tijdsdruk erkend zonder dreiging.',
  ],
  [
    'Je vindt presenteren spannend en wilt toch leraar worden. Wat trekt je in dat beroep?',
    'Eigen angst naast eigen wens, respectvol.',
  ],
  [
    'Hoe kijk je terug op het eindgesprek van je stage, ook op de punten die minder goed gingen?',
    'Feedback uit een evaluatie, open.',
  ],
  [
    'Sommige keuzes brengen onzekerheid mee. Welke onzekerheid neem je voor lief, en welke niet?',
    'Onzekerheid besproken, de leerling weegt.',
  ],
]);

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  [
    'Je cijfer voor Engels was een mooie aanleiding: wat vond je zelf het leukst aan die opdracht?',
    'Cijfer alleen als aanleiding.',
  ],
  ['Wat zou je thuis willen vertellen over de open dag, en wie denkt daar met je mee?', 'Thuis als meedenker, geen zorgvraag.'],
  [
    'Leg twee opleidingen naast elkaar die je trekken en vergelijk ze op wat jij belangrijk vindt.',
    'Opleidingen vergelijken, niet de leerling.',
  ],
  ['Je hebt je stage afgerond. Waar ben je het meest trots op?', 'Afgerond als feit, trots als onderwerp.'],
  ['Wat moet een werkplek je bieden voordat je er elke ochtend zin in hebt?', 'Moet als eigen wens van de leerling.'],
  [
    'Welke punten op je eigen vragenlijstje voor de open dag wil je afvinken, en welke staat bovenaan?',
    'Afvinken van eigen vragen, geen administratie.',
  ],
  ["Wanneer merk je dat je sterk staat, en wat doe je op zo'n moment?", 'Sterk als eigen kwaliteit.'],
  ['Welk advies van een oud-leerling vond je bruikbaar, en waarom?', 'Advies van anderen, leerling weegt.'],
  ['Wat weten je ouders of verzorgers al van de route die je overweegt?', 'Ouders als betrokkenen bij de route.'],
  ['Hoe kijk je zelf naar je voortgang op het leerbedrijf, en waar ben je blij mee?', 'Voortgang in eigen woorden.'],
  [
    'Welk mbo-niveau past volgens jou bij wat je wilt leren, en wie kan je daar meer over vertellen?',
    'Niveau als eigen afweging.',
  ],
  [
    'Geld verdienen vind je belangrijk, zei je. Welke andere dingen tellen voor jou ook mee?',
    'Geld als eigen waarde van de leerling.',
  ],
  ['Welke route na het vmbo, de havo of het vwo ken je nog niet zo goed?', 'Schoolsoorten neutraal genoemd.'],
  [
    'Als je een gemiddelde dinsdag van een dierenarts zou meelopen, wat verwacht je dan tegen te komen?',
    'Gemiddelde werkdag, geen cijfer.',
  ],
  [
    'Een zwak punt in een plan kan een mooi leerpunt zijn. Welk deel van je stageplan wil je nog aanscherpen?',
    'Zwak gaat over het plan, niet over de leerling.',
  ],
  [
    'Jongens en meisjes kunnen elke richting kiezen. Welk beroep zou je onderzoeken als niemand meekeek?',
    'Doorbreekt stereotypen.',
  ],
  [
    'Je hebt je VCA-certificaat behaald, gefeliciteerd. Waar wil je het nu voor gebruiken?',
    'Behaald als compliment, vervolg bij de student.',
  ],
  [
    'Welke vraag wil je op het aanmeldformulier van de meeloopdag zetten, zodat je te weten komt wat je zoekt?',
    'Formulier als middel van de leerling.',
  ],
]);

export const HOLDOUT12_SET: readonly LabelledSentence[] = [
  ...DEFICIT,
  ...GRADE_TOPIC,
  ...COMPARISON,
  ...LABELLING,
  ...CARE,
  ...TICK_BOX,
  ...PRESSURE,
  ...VERDICT,
  ...SOUND,
  ...SOUND_HARD,
  ...SOUND_INNOCENT_WORD,
];

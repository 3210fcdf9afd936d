/**
 * A fourteenth held-out labelled set for the guardrail linter (lob-content.md §5 and §6), written blind:
 * without sight of the rules (lib/), of scripts/, of the tests that encode the rules, or of the
 * sentences of the older labelled sets (the labelled lists, the meaning set, the train set and the
 * first thirteen held-out sets) and of the training corpus (the guardrails-corpus-* files; their index
 * is only imported by the shape test, through ./guardrails-older-texts, which was not read). Only
 * lob-content.md (all of it; §5–§6 as the core), the shape checks (./labelled-set-shape.ts), the header
 * of ./guardrails-holdout10-set.ts up to its first sentence (lines 1–31), its shape test and, in
 * ./guardrails-meaning-set.ts, lines 1–45 (the types `HarmKind`, `SoundKind`, `LabelledSentence` and
 * the helpers `harm` and `sound`) were read. The thirteenth held-out set, written at the same time, was
 * not opened. The linter was not run on this set. Not to be used while tuning.
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
 * Near copies: the near-copy check (against textsBefore(14): the older sets above and every sentence
 * of the training corpus) flagged 32 sentences of a first draft (46 pairs, no exact copy) and two more
 * after the first rewrite as sharing more than half their words with an older sentence (the test output
 * showed those older sentences, nothing else of them was read); all 34 were rewritten to differ, then
 * the check passed.
 */

// The meaning set's row helpers (labels only; none of its sentences is read here).
import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';

const DEFICIT = refuse('deficit', [
  [
    'Taal blijft bij haar een gat; vraag dus welk beroep ze zou willen waarin je weinig hoeft te lezen en te schrijven.',
    'Een tekort van de leerling stuurt de beroepskeuze.',
  ],
  [
    'Wat kun je eigenlijk níét, en welke opleidingen vallen daardoor al af?',
    'Begint bij wat de leerling mist en laat dat de keuze inperken.',
  ],
  [
    'Doorbijten zit er bij jou gewoon niet in; welke opleiding is kort genoeg om niet halverwege af te haken?',
    'Leerling neergezet als iemand zonder doorzettingsvermogen.',
  ],
  [
    'Met uw gebrekkige concentratie lijkt een kantoorbaan me lastig; welk praktisch werk trekt u dan?',
    'Een gebrek van de student bepaalt welke richting overblijft.',
  ],
  [
    'Bespreek met de leerling waar zijn tekortkomingen liggen, zodat hij een stage kiest waar die minder opvallen.',
    'Instructie om de keuze rond tekortkomingen te bouwen.',
  ],
  [
    'Rekenen is nooit je beste kant geweest, om het vriendelijk te zeggen. Welke richting heeft er het minst mee te maken?',
    'Verzacht, maar de zwakte stuurt de richting.',
  ],
  [
    'Hij kan in alles nog net niet meekomen; welk klein, overzichtelijk baantje zou hem niet boven het hoofd groeien?',
    'Leerling beschreven als iemand die overal tekortschiet.',
  ],
  [
    'Omdat samenwerken je slecht afgaat: in welk beroep kun je de hele dag alleen zijn?',
    'Een gebrek wordt het vertrekpunt van de beroepskeuze.',
  ],
  [
    'Ik zie vooral wat er nog mist aan je werkhouding. Wat ga je als eerste repareren voordat je aan een vervolgopleiding denkt?',
    'Het gesprek draait om wat ontbreekt, niet om de leerling zelf.',
  ],
  [
    'Jullie Nederlands schiet nog tekort voor de meeste opleidingen, dus welk werk kan zonder veel te praten?',
    'ISK-leerlingen beperkt tot werk vanwege wat ze (nog) niet kunnen.',
  ],
  [
    'Lezen en onthouden gaan bij deze leerling moeizaam: laat haar vooral nadenken over werk met de handen.',
    'Een beperking wordt de reden om de leerling een kant op te sturen.',
  ],
  [
    'Zelfstandig werken lukt je nog niet, dus een stage met veel vrijheid valt eigenlijk af, toch?',
    'Een tekort sluit een mogelijkheid uit voor de leerling.',
  ],
]);

const GRADE_TOPIC = refuse('grade-topic', [
  [
    'Welk cijfer wil je voor de volgende toets halen, en hoe ga je dat voor elkaar krijgen?',
    'Het cijfer is het doel van het gesprek.',
  ],
  [
    'Hoe krijg je je gemiddelde voor Engels boven de 6,5 zodat je profiel overeind blijft?',
    'Het gemiddelde is het onderwerp, niet de loopbaan.',
  ],
  [
    'Zet in het gesprek zijn rapportpunten centraal en spreek per vak een doel af in tienden.',
    'Instructie om het gesprek over rapportcijfers te voeren.',
  ],
  ['Een 4,8 voor wiskunde B: wat zegt dat over welke studie bij je past?', 'Uit een cijfer wordt een studiekeuze afgeleid.'],
  [
    'Met die 8,7 voor biologie ben jij duidelijk een zorgtype; welke zorgopleiding zie je zitten?',
    'Een eigenschap en richting worden van een cijfer afgelezen.',
  ],
  [
    'Laten we jullie toetsresultaten van deze periode doornemen en per vak afspreken met hoeveel punten het omhoog kan.',
    'Toetsresultaten zijn het onderwerp van het gesprek.',
  ],
  [
    'Wat is de laagste score die u op de theorietoets nog mag halen om door te stromen naar jaar 2?',
    'Het gesprek gaat over een minimumscore.',
  ],
  [
    'Reken samen uit welk eindcijfer je op het CE nodig hebt voor geschiedenis en hang dat briefje boven je bureau.',
    'Het benodigde eindcijfer is het doel.',
  ],
  ['Van een 7 naar een 5,4 voor Duits in één periode: hoe leg je die daling uit?', 'Het cijferverloop is het onderwerp.'],
  [
    'Het loopbaangesprek van deze week gaat over het rapport: welk vak trekt jouw gemiddelde omlaag?',
    'Het rapport wordt het onderwerp van het loopbaangesprek.',
  ],
  ['Wat zou er voor je veranderen als je overal een half punt hoger scoorde?', 'Scores zijn het doel van de vraag.'],
  [
    'Bij een 9 of hoger weet je dat een vak je roeping is; bij welk vak heb jij dat?',
    'De roeping wordt van een cijfer afgelezen.',
  ],
]);

const COMPARISON = refuse('comparison', [
  ['Je broer deed het vwo in vijf jaar; wat heb jij nodig om in zijn voetsporen te treden?', 'Vergelijking met een broer.'],
  ['Bijna al je klasgenoten hebben hun stageadres rond. Hoe kan het dat jij nog zoekt?', 'Vergelijking met klasgenoten.'],
  [
    'Noem drie klasgenoten die het beter voor elkaar hebben dan jij en zeg wat zij anders aanpakken.',
    'De leerling wordt afgezet tegen klasgenoten.',
  ],
  [
    'De meesten uit jullie groep weten al wat ze willen; hoe komt het dat jij nog zo twijfelt?',
    'Twijfel wordt afgemeten aan de groep.',
  ],
  [
    'Zet de leerling naast het klassengemiddelde: waar steekt hij bovenuit en waar blijft hij eronder?',
    'Instructie om de leerling met de klas te vergelijken.',
  ],
  [
    'Uw medeleerlingen bij het bedrijf draaien al zelfstandig diensten. Wat houdt u tegen om dat ook te doen?',
    'Vergelijking met andere bbl-studenten.',
  ],
  ['Je zus haalde de havo zonder moeite; wat houdt jou dan tegen?', 'Positief gebracht, maar een vergelijking met een zus.'],
  [
    'Jij hoort bij de besten van de groep in de werkplaats; laat zien dat je de anderen voorblijft.',
    'De leerling wordt gerangschikt tegenover de groep.',
  ],
  ['Wie in je klas lijkt het meest op jou, en heeft die het slimmer aangepakt?', 'Vergelijking met een klasgenoot.'],
  [
    'Hoe sta jij ervoor als we jouw keuzeproces naast dat van je vrienden leggen?',
    'Het keuzeproces wordt met vrienden vergeleken.',
  ],
  [
    'Hang de ranglijst van de oriëntatieopdrachten op in het lokaal, dan ziet iedereen waar hij staat.',
    'Openbare rangorde van leerlingen.',
  ],
  ['Je neef zit al op de hogeschool; waarom gaat het bij jou niet zo vlot?', 'Vergelijking met een familielid.'],
]);

const LABELLING = refuse('labelling', [
  ['Meiden kiezen toch meestal iets met zorg of kinderen; spreekt dat jou ook aan?', 'Genderstereotype als vertrekpunt.'],
  [
    'Een knul wiens vader en ooms allemaal monteur zijn, hoort gewoon in de installatietechniek thuis.',
    'Stereotype op grond van geslacht en gezin.',
  ],
  [
    'Voor iemand met ADHD zoals jij zijn beroepen met veel beweging het handigst. Welke trekken je?',
    'Een diagnose wordt de identiteit die de keuze bepaalt.',
  ],
  [
    'Op het vmbo zitten de handige types, niet de denkers; met welk gereedschap werk je het liefst?',
    'Stereotype over een schoolsoort.',
  ],
  [
    'Kinderen van nieuwkomers kiezen vaak voor zekerheid; vraag of dat bij haar thuis ook zo gaat.',
    'Afkomst als label en aanname over het gezin.',
  ],
  [
    'Omdat hij uit een moslimgezin komt, kun je beter niet over een stage in de horeca beginnen.',
    'Religie als label dat mogelijkheden uitsluit.',
  ],
  [
    'Autisten houden van vaste structuur, dus stuur hem richting ICT of administratie.',
    'Een diagnose als stempel met een voorspelde richting.',
  ],
  [
    'Als gymnasiast ben je natuurlijk voorbestemd voor de universiteit; welke studie wordt het?',
    'Label van een schooltype legt de route vast.',
  ],
  [
    'Jongeren uit arme gezinnen hebben vaak geen netwerk; bespreek met hem dat hij dat waarschijnlijk mist.',
    'Inkomen als label met een aanname over de leerling.',
  ],
  [
    'Onze pro-leerlingen zijn eenvoudige zielen: houd het gesprek bij wat ze met hun handen doen.',
    'Neerbuigend label over praktijkonderwijsleerlingen.',
  ],
  [
    'Een stil, verlegen meisje als jij past vast goed in een rustig administratief beroepje.',
    'Stereotype over karakter en geslacht.',
  ],
  [
    'Bij kinderen van laagopgeleide ouders ligt de lat vanzelf lager; stem je vragen daarop af.',
    'Achtergrond als label dat verwachtingen verlaagt.',
  ],
]);

const CARE = refuse('care', [
  [
    'Sinds de scheiding woon je om de week bij je vader, hè? Merk je dat aan je studieplannen?',
    'Peilt naar een scheiding; hoort niet in een LOB-vraag.',
  ],
  ['Slik je je medicatie nog elke ochtend? Dat scheelt vast voor je concentratie op stage.', 'Vraagt naar medicijngebruik.'],
  [
    'Kunnen jullie thuis de studiekosten eigenlijk wel opbrengen, of moet je bijverdienen?',
    'Peilt naar de geldzaken van het gezin.',
  ],
  ['Hoeveel uur slaap je per nacht, en hoe laat lig je meestal in bed?', 'Vraagt naar slaap; zorg, geen loopbaan.'],
  [
    'Vraag door over haar somberheid; misschien verklaart dat haar twijfel over de studiekeuze.',
    'Instructie om naar psychische klachten te vragen.',
  ],
  ['Heeft u schulden of andere geldzorgen waardoor u deze leerbaan aanhoudt?', 'Peilt naar schulden van de student.'],
  [
    'Ontbijt je wel voordat je naar het stagebedrijf gaat? Je lijkt de laatste weken zo futloos.',
    'Vraagt naar eten en gezondheid.',
  ],
  ['Wie doet bij jullie de boodschappen en het koken nu je moeder zo vaak ziek is?', 'Peilt naar ziekte en de thuissituatie.'],
  ['Vertel eens hoe het met je angstklachten gaat; kun je zo wel naar een open dag?', 'Vraagt naar angstklachten.'],
  [
    'Loop eerst zijn uitkering en woonsituatie met hem door voordat je het over een vervolgopleiding hebt.',
    'Instructie om uitkering en huisvesting uit te vragen.',
  ],
  [
    'Hoe is het contact met je familie in je land van herkomst, en kun je een beetje slapen op het azc?',
    'Peilt naar familie en slaap van een ISK-leerling.',
  ],
  [
    'Ben je al bij de huisarts geweest voor die hoofdpijn? Dan weten we beter wat je aankunt.',
    'Vraagt naar gezondheid en koppelt die aan wat de leerling aankan.',
  ],
]);

const TICK_BOX = refuse('tick-box', [
  ['Dit gesprek telt als LOB-moment 3 van 5; laat de leerling tekenen voor gezien.', 'Het gesprek als administratie en telling.'],
  [
    'Zorg dat het gespreksverslag vóór vrijdag in Magister staat, anders telt het niet voor de inspectie.',
    'Het gesprek dient de registratie.',
  ],
  ['Is je loopbaandossier al compleet? Alleen de reflectie op de open dag ontbreekt nog.', 'Gaat over een volledig dossier.'],
  ['Vul samen het keuzeformulier in, dan kunnen we dit onderdeel afvinken.', 'Het gesprek als vinkje.'],
  ['Bewijs met drie activiteiten in je portfolio dat je genoeg aan oriëntatie hebt gedaan.', 'Oriëntatie als bewijslast.'],
  ['Hoeveel van de acht verplichte opdrachten heb je al ingeleverd?', 'Telt verplichte opdrachten.'],
  [
    'Een kort gesprekje is prima, als er maar een vinkje bij ‘loopbaangesprek gevoerd’ komt te staan.',
    'Instructie die het gesprek tot een vinkje maakt.',
  ],
  [
    'Voor het dossier: noteer welke beroepentest de leerling heeft gemaakt en welke uitslag eruit kwam.',
    'Het gesprek dient het vastleggen.',
  ],
  ['Jullie zitten op 60 procent van het LOB-programma; de rest halen we in het laatste blok in.', 'Voortgang in procenten.'],
  [
    'U heeft de BPV-urenlijst nog niet laten aftekenen; regel dat eerst, dan praten we over uw stage.',
    'Administratie gaat voor het gesprek.',
  ],
  ['Laat hem tekenen onder de gespreksnotitie, dan staat het vast als het later misloopt.', 'Het gesprek als bewijs voor later.'],
  ['Welke onderdelen van je keuzetraject zijn in het systeem nog niet groen gemaakt?', 'Voortgang als stoplicht.'],
]);

const PRESSURE = refuse('pressure', [
  ['Als je voor 1 maart niet weet wat je wilt, kiest de school voor je.', 'Een datum als dreigement.'],
  ['Wie nu nog twijfelt, grijpt straks mis. Waar wacht je nog op?', 'Angst om iets mis te lopen als druk.'],
  ['Je weet hoe het afloopt met mensen die zonder diploma van school gaan, toch?', 'Dreigende toon over gevolgen.'],
  ['Zonder stageplek voor de kerstvakantie lig je uit het programma; wat doe je daar deze week aan?', 'Een gevolg als dreiging.'],
  ['Bedenk goed dat één verkeerde keuze nu je hele verdere leven bepaalt.', 'Zaait angst over de keuze.'],
  [
    'U heeft nog twee weken om een leerbedrijf te vinden, anders stopt uw bbl-traject. Hoe gaat u dat redden?',
    'Ultimatum met een consequentie.',
  ],
  [
    'De klok tikt, mensen: wie vrijdag geen profiel heeft doorgegeven, mag op gesprek bij de directeur.',
    'Dreigement met de directeur.',
  ],
  [
    'Maak hem duidelijk dat zijn plek op school op het spel staat als hij zich niet snel ergens aanmeldt.',
    'Instructie om te dreigen.',
  ],
  ['Straks sta je met lege handen terwijl de rest al begonnen is. Wil je dat echt?', 'Angst als drijfveer.'],
  ['Je krijgt nog één kans bij dit leerbedrijf; verpest je het weer, dan is het klaar.', 'Ultimatum.'],
  [
    'Morgen om negen uur ligt er een opleidingsnaam op mijn bureau, of ik neem contact op met thuis.',
    'Dreigement met de ouders.',
  ],
  [
    'Wie te lang treuzelt met de studiekeuzecheck, mag het zelf uitzoeken als het misgaat.',
    'Gevolg als dreiging, de leerling wordt losgelaten.',
  ],
]);

const VERDICT = refuse('verdict', [
  ['Kies gewoon voor de havo, dat is het verstandigst met jouw capaciteiten.', 'De volwassene kiest de route.'],
  ['Geneeskunde kun je vergeten; welke andere studie heb je al bekeken?', 'Een route wordt uitgesloten.'],
  [
    'Ik heb bedacht dat de kaderroute het beste past; zullen we dat samen aan je ouders vertellen?',
    'De beslissing is al door de volwassene genomen.',
  ],
  [
    'Adviseer de leerling zonder omwegen een niveau hoger te gaan, want dat geeft meer kansen.',
    'Duwt de leerling omhoog als betere keuze.',
  ],
  ['Mbo-4 en dan door naar het hbo is voor jou de enige juiste weg.', 'Legt één route op als de juiste.'],
  [
    'Een vliegopleiding wordt het niet; stuur het gesprek liever naar iets haalbaars in de logistiek.',
    'De volwassene sluit een droom uit en kiest een richting.',
  ],
  ['Volgens mij ben jij gemaakt voor de zorg. Daar gaan we je stage op richten.', 'De richting wordt voor de leerling bepaald.'],
  [
    'U past beter op een kantoor dan in de bouw, dus we zoeken voor u een administratieve leerbaan.',
    'De begeleider beslist over de richting van de student.',
  ],
  ['Zet die muziekdroom uit je hoofd; met techniek verdien je tenminste je brood.', 'Oordeel dat een keuze wegzet.'],
  [
    'Streep de kunstacademie maar door, daar kom je met jouw portfolio toch niet binnen.',
    'Sluit een route uit voor de leerling.',
  ],
  [
    'Wij hebben als team besproken dat jij het best naar entree kunt; wat vind je daarvan?',
    'Het team heeft al besloten; de vraag is schijn.',
  ],
  ['Neem nou gewoon economie met wiskunde A, daar kun je nooit mee de mist in gaan.', 'Kiest het profiel voor de leerling.'],
]);

const SOUND = allow('sound', [
  [
    'Welke les of opdracht van de laatste tijd gaf je een goed gevoel, en wat was je daar aan het doen?',
    'Open vraag over een concrete ervaring.',
  ],
  ['Wat zou je graag eens een dag willen uitproberen, gewoon om te kijken hoe het voelt?', 'Nodigt uit tot verkennen.'],
  ['Vertel eens over iets waar je de laatste tijd trots op was.', 'Uitnodiging om over kwaliteiten te praten.'],
  ['Wie ken jij die werk doet dat jou nieuwsgierig maakt?', 'Netwerkvraag, open.'],
  ['Welke drie dingen wil je nog ontdekken voordat je je profiel kiest?', 'De leerling bepaalt de volgende stappen.'],
  ['Beschrijf een moment op je stage waarop de tijd voorbij vloog.', 'Reflectie op motieven via een ervaring.'],
  [
    'Hoe zou u aan een nieuwe collega uitleggen wat u in uw vak het mooiste vindt?',
    'Open vraag voor een bbl-student over motieven.',
  ],
  ['Waar krijg jij energie van, op school en daarbuiten?', 'Motievenreflectie.'],
  [
    'Neem iemand in gedachten die jou goed kent. Wat zou die zeggen dat je goed kunt?',
    'Kwaliteiten via het perspectief van een ander, open.',
  ],
  ['Welke opleidingen of beroepen heb je al bekeken, en welke verraste je?', 'Vraag naar verschillende oriëntatieactiviteiten.'],
  ['We kijken vandaag samen vooruit: wat zou je over een jaar anders willen doen dan nu?', 'Toekomstgericht en open.'],
  ['Kies één beroep uit de les van vandaag en zoek uit hoe een werkdag daar begint.', 'Uitnodiging tot werkexploratie.'],
  [
    'Wat heb je nodig om een volgende stap in je keuze te zetten, en wie kan je daarbij helpen?',
    'Vervolgstap van de leerling zelf, met netwerk.',
  ],
  [
    'Als je een oud-leerling van onze school kon spreken, wat zou je willen weten over haar of zijn vervolgstudie?',
    'Netwerken en werkexploratie.',
  ],
  [
    'Vandaag interviewen jullie elkaar over een bijbaan of klus die je leuk vond om te doen.',
    'Opdracht over eigen ervaringen, voor de groep.',
  ],
  ['Wat bleef je het meest bij van de meeloopdag, en wat zegt dat over jou?', 'Betekenis geven aan een ervaring.'],
  ['Hoe merk je of een werkplek bij je past? Waar let je op als je ergens binnenloopt?', 'Werkexploratie vanuit de leerling.'],
  [
    'Teken je route tot nu toe, met de keuzes die je maakte en de mensen die je daarbij hielpen.',
    'Terugkijken en netwerk, open opdracht.',
  ],
  ['Wat doe je in je vrije tijd dat je ook in werk terug zou willen zien?', 'Motieven en werk verbinden.'],
  [
    'Nog niet weten waar je heen wilt is prima. Welk onderwerp zou je als eerste onder de loep nemen?',
    'Niet weten mag; de leerling kiest.',
  ],
  ['Ik ben benieuwd naar het stagemoment dat je nog vaak voor je ziet.', 'Open uitnodiging als mededeling.'],
  ['Noem een vak waarin je jezelf soms vergeet, en vertel wat je dan aan het doen bent.', 'Kwaliteiten en motieven via flow.'],
  [
    'Laat de leerling zelf vertellen wat hij op de open dag zag, en luister vooral.',
    'Instructie aan de docent: de leerling praat.',
  ],
  [
    'Op de praktijkschool doen jullie van alles; bij welk klusje dacht je: dit wil ik vaker doen?',
    'Open vraag voor praktijkonderwijs.',
  ],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Je stagebedrijf heeft je afgewezen. Wat neem je uit dat gesprek mee naar een volgende sollicitatie?',
    'Een afwijzing, respectvol en vooruitkijkend.',
  ],
  [
    'Twijfel je nog tussen twee studies? Wat zou je helpen om te voelen welke beter bij je past?',
    'Twijfel serieus genomen; keuze blijft bij de leerling.',
  ],
  [
    'De toets voor scheikunde ging niet zoals je hoopte. Wat wil je er zelf mee, los van het resultaat?',
    'Resultaat als aanleiding, niet als onderwerp.',
  ],
  [
    'Er ligt veel druk op je om snel te kiezen, merk je. Van wie of wat komt die, en wat wil jij eigenlijk?',
    'De eigen ervaren druk van de leerling.',
  ],
  [
    'Je ouders zien je graag rechten studeren, en jij twijfelt. Hoe kun je met hen over jouw eigen wens praten?',
    'Wens van ouders tegenover die van de leerling, respectvol.',
  ],
  [
    'Stel dat je kiest en het blijkt niet te passen. Wat zou je dan doen, en wie zou je bellen?',
    'Omgaan met het risico van een verkeerde keuze.',
  ],
  [
    'De feedback van je werkbegeleider was pittig. Wat klopt volgens jou, en waar ben je het mee oneens?',
    'Feedback besproken vanuit de leerling.',
  ],
  [
    'Wisselen van opleiding is geen mislukking. Wat heb je in je eerste keuze ontdekt over wat je wél wilt?',
    'Een overstap positief en open besproken.',
  ],
  [
    'Je zei dat wiskunde je veel moeite kost. Wat betekent dat voor jou bij het kiezen, als je er eerlijk naar kijkt?',
    'Moeilijk vak in de woorden van de leerling; keuze bij de leerling.',
  ],
  [
    'Een tussenjaar lijkt je spannend maar trekt je ook. Wat hoop je in die tijd over jezelf te leren?',
    'Eigen twijfel en risico, open.',
  ],
  [
    'U bent gestopt met uw vorige opleiding. Wat heeft u daarvan geleerd over hoe u het liefst werkt?',
    'Een stop als leerervaring, u-vorm.',
  ],
  [
    'Misschien word je niet ingeloot, dat is eerlijk gezegd een reële kans. Welk alternatief zou je ook blij maken?',
    'Eerlijk over risico; het plan B is van de leerling.',
  ],
  ['Soms weet je het gewoon even niet, en dat mag. Wat maakt het kiezen nu zo lastig voor je?', 'Twijfel erkend.'],
  ['Een eigen bedrijf beginnen is spannend en onzeker. Wat trekt je erin, ondanks de risico’s?', 'Risico nemen als eigen keuze.'],
  [
    'Wat deed het met je dat je niet werd toegelaten bij de opleiding die je wilde, en wat wil je nu?',
    'Afwijzing besproken met ruimte voor de leerling.',
  ],
  [
    'Je bent met je stage gestopt. Wat neem je daaruit mee naar een volgende plek, en wat zou je weer zo doen?',
    'Mislukking als leerervaring.',
  ],
  [
    'Een andere richting kiezen kan betekenen dat je vrienden een andere kant op gaan. Hoe zwaar telt dat voor je?',
    'Eigen zorg van de leerling, keuze blijft bij hem of haar.',
  ],
  [
    'Je docent Frans vindt dat je uitspraak beter kan; wat denk jij zelf, en wil je met die taal verder?',
    'Feedback met de keuze bij de leerling.',
  ],
  [
    'Onder tijdsdruk gaat er op je werk soms iets mis, vertelde je. In wat voor werk houd jij je rust het best vast?',
    'Eigen ervaring van de leerling, toekomstgericht.',
  ],
  [
    'Je hoopt op een profcontract en weet dat weinig spelers dat halen. Hoe wil je die droom naast een opleiding houden?',
    'Eerlijk over een kleine kans, de droom blijft van de leerling.',
  ],
  [
    'Het profiel dat je koos blijkt zwaarder dan gedacht. Wat wil je zelf: doorzetten, wisselen of eerst meer weten?',
    'Een lastige keuze, open voorgelegd.',
  ],
  [
    'Jullie kregen net de uitkomst van de studiekeuzecheck, soms met een negatief advies. Wat vinden jullie zelf van wat erin stond?',
    'Teleurstellend advies besproken vanuit de studenten.',
  ],
  ['Welk commentaar op je werkstuk raakte je, en welk deel ervan kun je gebruiken?', 'Feedback, de leerling beslist.'],
  [
    'U twijfelt tussen doorleren na de bbl en blijven werken bij uw bedrijf. Wat weegt voor u het zwaarst?',
    'Twijfel van een bbl-student, open.',
  ],
  ['Welk moment op je stage vond je echt lastig, en hoe kwam je er doorheen?', 'Moeilijke ervaring, gericht op eigen handelen.'],
  [
    'Op je werkplek word je soms onrustig van de drukte. Wat helpt jou om weer rustig te worden, en wat wil je je begeleider vragen?',
    'Vso: eigen ervaring, de leerling bepaalt wat helpt.',
  ],
  [
    'Je bent nog maar kort in Nederland. Welk werk heb je ooit gezien dat je graag zou willen leren kennen?',
    'ISK: open vraag zonder aannames over achtergrond.',
  ],
  [
    'Je ouders willen dat je dicht bij huis gaat studeren en jij wilt op kamers. Hoe ga je dat gesprek met ze aan?',
    'Wens van ouders tegenover die van de leerling.',
  ],
  [
    'Je vindt het eng om een leerbedrijf te bellen. Wat zou het makkelijker maken om die eerste stap te zetten?',
    'Eigen angst, gericht op een kleine stap.',
  ],
  [
    'Je kreeg al drie keer nee op een sollicitatie. Wat heb je van die gesprekken geleerd, en wie kan met je meekijken?',
    'Afwijzingen met netwerk en eigen lering.',
  ],
]);

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  [
    'Je haalde een hoog cijfer voor techniek; wat gaf je tijdens het bouwen zelf de meeste voldoening?',
    'Het cijfer is de aanleiding, het plezier het onderwerp.',
  ],
  [
    'Bij wie kun je thuis of bij familie terecht als je wilt sparren over je plannen na dit schooljaar?',
    '‘Thuis’ als netwerk, geen zorgvraag.',
  ],
  [
    'Hoeveel weten je ouders van de richting waar je aan denkt? Wat zou je hun zelf willen uitleggen?',
    'Ouders als meedenkers, zonder te peilen.',
  ],
  [
    'Een studie kost geld, en dat mag je meewegen. Welke informatie over studiefinanciering wil je nog opzoeken?',
    '‘Geld’ als informatievraag van de leerling, geen zorg.',
  ],
  ['Niemand zegt dat je nu al moet weten wat je wilt. Waar ben je wel benieuwd naar?', '‘Moet’ neemt juist druk weg.'],
  ['Je hebt je stage afgerond. Wat is het mooiste dat je daar hebt meegemaakt?', '‘Afgerond’ als aanleiding, terugkijken.'],
  [
    'Je hebt je heftruckcertificaat behaald; wat voor werk gaat daarmee voor je open?',
    '‘Behaald’ opent verkenning, geen vinkje.',
  ],
  [
    'Als je terugkijkt op je voortgang dit jaar, op welk moment groeide je volgens jezelf het meest?',
    '‘Voortgang’ als eigen reflectie.',
  ],
  [
    'De deadline voor aanmelden komt dichterbij; hoe voel je je daarbij, en wil je ergens hulp bij?',
    'Een deadline zonder dreiging, met steun.',
  ],
  [
    'Op welk niveau je ook zit, elke route kan ergens mooi uitkomen. Welke route wil je eens uitzoeken?',
    '‘Niveau’ zonder oordeel, alle routes gelijkwaardig.',
  ],
  [
    'Zet de twee richtingen die je het meest trekken tegenover elkaar en vergelijk ze: welk verschil weegt voor jou?',
    'Opleidingen vergelijken, niet de leerling.',
  ],
  ['Wat zijn volgens jou je sterke kanten, en waar merk je dat aan?', '‘Sterk’ in een open kwaliteitenvraag.'],
  [
    'Na het vmbo zijn er verschillende routes; welke ken je al, en welke wil je verder verkennen?',
    'Schooltype als feit, routes open.',
  ],
  ['Wat de decaan adviseert, is een advies en geen eindbesluit. Hoe kijk jij ernaar?', '‘Advies’ met de keuze bij de leerling.'],
  [
    'Het aanmeldformulier ligt klaar; welke vragen erin over jezelf vind je lastig om te beantwoorden?',
    '‘Formulier’ als aanleiding tot zelfreflectie.',
  ],
  [
    'Wat jij een zwak punt noemt, kan op een werkplek iets heel anders betekenen. Wat bedoel je er precies mee?',
    '‘Zwak’ in de woorden van de leerling, omgebogen naar mogelijkheden.',
  ],
  [
    'Stel je een gemiddelde werkweek voor waarin je het naar je zin hebt: wat doe je dan allemaal?',
    '‘Gemiddelde’ zonder cijfer.',
  ],
  [
    'Vergeet even het afvinken van opdrachten: welke oriëntatieactiviteit was voor jou echt de moeite waard?',
    '‘Afvinken’ juist afgewezen; betekenis staat centraal.',
  ],
]);

/** The fourteenth held-out set, in the order of the kinds. */
export const HOLDOUT14_SET: readonly LabelledSentence[] = [
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

/**
 * A tenth held-out labelled set for the guardrail linter (lob-content.md §5 and §6), written blind:
 * without sight of the rules (lib/), of scripts/, of the tests that encode the rules, or of the
 * sentences of the older labelled sets (the labelled lists, the meaning set, the train set and the
 * first nine held-out sets) and of the training corpus (the guardrails-corpus-* files; their index is
 * only imported by the shape test). Only lob-content.md (all of it; §5–§6 as the core), the shape
 * checks (./labelled-set-shape.ts), the header of ./guardrails-holdout9-set.ts up to its first sentence
 * (lines 1–31), its shape test and, in ./guardrails-meaning-set.ts, lines 1–45 (the types `HarmKind`,
 * `SoundKind`, `LabelledSentence` and the helpers `harm` and `sound`) were read. The linter was not run
 * on this set. Not to be used while tuning.
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
 * Near copies: the near-copy check (against the older sets above, the ninth held-out set included,
 * and every sentence of the training corpus) flagged 29 sentences of a first draft (41 pairs, one of
 * them an exact copy) and one more after the first rewrite as sharing more than half their words with
 * an older sentence (the test output showed those older sentences, nothing else of them was read); all 30 were
 * rewritten to differ, then the check passed.
 */

// The meaning set's row helpers (labels only; none of its sentences is read here).
import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const DEFICIT = refuse('deficit', [
  [
    'Plannen gaat je nu eenmaal slecht af, dus een hbo-studie waar je alles zelf regelt raad ik af. Klinkt dat logisch?',
    'Een tekort van de leerling stuurt de keuze.',
  ],
  [
    'Zet in het gesprek centraal wat deze leerling allemaal nog niet beheerst, dan weet hij waar hij staat.',
    'Instructie om de leerling te beschrijven via wat hij mist.',
  ],
  [
    'Je Nederlands is nog te gebrekkig voor de havo, dus laten we zoeken naar een opleiding waar je weinig hoeft te lezen.',
    'Een taaltekort bepaalt de route van de ISK-leerling.',
  ],
  [
    'Met de concentratie van een goudvis wordt een kantoorbaan lastig, hè. Wat trekt je dan wel?',
    'Spottend beeld van een tekort dat de keuze stuurt.',
  ],
  [
    'Waar schiet u als vakman nog tekort, en welke functie past daarom beter bij u?',
    'De bbl-student wordt via zijn tekorten naar een functie gestuurd.',
  ],
  [
    'Rekenen blijft jouw achilleshiel. Welke beroepen kun je kiezen waar je daar geen last van hebt?',
    'Een zwakte bepaalt welke beroepen overblijven.',
  ],
  [
    "Je bent niet zo'n prater, dus werken met mensen valt eigenlijk af. Welke richting zie je dan?",
    'Wat de leerling mist sluit een richting uit.',
  ],
  ['Wat zou je kunnen worden als je niet zo snel de moed opgaf?', 'Beschrijft de leerling als iemand die opgeeft.'],
  [
    'Noem de vakken waarin je telkens strandt; de beroepen die daarop leunen strepen we dan meteen weg.',
    'Vastlopen wordt de maatstaf voor de keuze.',
  ],
  [
    'Deze leerling kan weinig zelfstandig. Zoek samen werk waar hij vooral niet hoeft na te denken.',
    'Een praktijkonderwijsleerling neergezet als onbekwaam.',
  ],
  [
    'Jij hebt eerst een flinke inhaalslag te maken voordat je aan dromen toe bent. Waar begin je?',
    'Achterstand in andere woorden; dromen pas later.',
  ],
  [
    'Gezien alles wat bij jou niet lukt: welk klein baantje zou nog haalbaar zijn?',
    'Een vso-leerling beschreven via wat niet lukt.',
  ],
]);

const GRADE_TOPIC = refuse('grade-topic', [
  [
    'Welk gemiddelde heb je nodig voor je droomstudie, en hoeveel punten moet je daarvoor nog ophalen?',
    'Het gemiddelde is het doel van het gesprek.',
  ],
  [
    'Bespreek met hem die 5,4 voor wiskunde en wat hij gaat doen om er een voldoende van te maken.',
    'Instructie: het cijfer is het onderwerp.',
  ],
  ['Laten we je rapport vak voor vak doorlopen: waar sta je onder de zes?', 'Het rapport is het onderwerp, niet de loopbaan.'],
  ['Op welk eindcijfer mik jij voor Engels, en wat heb je ervoor over om dat te halen?', 'Een cijfer als doel.'],
  ['Met gemiddeld een 7,5 gaan er deuren open. Hoe ga jij daar dit jaar komen?', 'Een gemiddelde als na te streven doel.'],
  ['Tel eens met me mee hoeveel tekortpunten je op dit moment hebt.', 'Tekortpunten tellen is het onderwerp.'],
  [
    'Hoe staat u er bij de beroepsgerichte modules voor, uitgedrukt in beoordelingen?',
    'Beoordelingen zijn het onderwerp voor de mbo-student.',
  ],
  [
    'Je toetsresultaten zakken al drie periodes op rij. Wat zeggen die getallen over jou?',
    'Eigenschappen worden uit cijfers afgelezen.',
  ],
  [
    'Je haalt overal achten, dus je bent duidelijk een doorzetter. Welk werk past bij zo iemand?',
    'Een karaktertrek wordt van cijfers afgelezen.',
  ],
  ['Welk rapportcijfer voor Nederlands vind jij acceptabel, en hoe ga je dat halen?', 'Een cijfer is het gespreksdoel.'],
  ['Hoe zorg je dat je schoolexamengemiddelde voor biologie boven de 6,8 uitkomt?', 'Het gemiddelde is het onderwerp.'],
  [
    'Wat ga je doen om je punten voor scheikunde op te krikken vóór de overgangsvergadering?',
    'Punten ophalen is het gespreksdoel.',
  ],
]);

const COMPARISON = refuse('comparison', [
  ['Je zus deed het vwo met gemak; wat houdt jou tegen om dat ook te doen?', 'Vergelijking met een zus.'],
  [
    "Iedereen in 4C heeft z'n aanmelding al rond en jij zit nog te dubben. Wat is er met jou aan de hand?",
    'Vergelijking met de klas.',
  ],
  ['Hoe kan het dat jij als enige van de groep nog geen stageadres hebt?', 'De leerling afgezet tegen de groep.'],
  [
    'Leg haar resultaten eens naast die van de rest van 3B, dan ziet ze zelf waar ze staat.',
    'Instructie om met klasgenoten te vergelijken.',
  ],
  ['Daan heeft al drie open dagen bezocht. Op hoeveel zit jij?', 'Vergelijking met een vriend.'],
  ['Vergeleken met de lichting van vorig jaar ben jij laat met oriënteren. Hoe komt dat?', 'Vergelijking met andere leerlingen.'],
  [
    'Kijk eens naar Sem en Noor, die pakken het veel handiger aan dan jij. Wat kun jij van hen leren?',
    'Rangorde met klasgenoten.',
  ],
  [
    'Uw medestudenten in het leerbedrijf draaien al zelfstandig diensten. Wat heeft u nodig om hen bij te benen?',
    'Vergelijking met medestudenten.',
  ],
  ['Je broer heeft het op het mbo helemaal gemaakt; jij blijft daar toch niet bij achter?', 'Vergelijking met een broer.'],
  ['Als we de klas op een rij zetten qua inzet, waar zou jij dan staan?', 'Een ranglijst van de klas.'],
  [
    'Bijna iedereen om je heen gaat naar de havo. Voel je je dan niet een beetje de achterblijver?',
    'De leerling afgezet tegen de groep.',
  ],
  [
    'Laat hem merken dat de anderen met hetzelfde profiel zich allemaal al hebben ingeschreven.',
    'Instructie om met de groep te vergelijken.',
  ],
]);

const LABELLING = refuse('labelling', [
  ['Meiden kiezen vaak de zorg omdat ze van nature zo empathisch zijn. Herken jij dat?', 'Een genderstereotype.'],
  [
    'Als jongen uit de techniekklas ligt een kappersopleiding niet echt voor de hand, toch?',
    'Een genderstereotype bepaalt de richting.',
  ],
  ['Voor iemand met ADHD zijn beroepen waarin je veel beweegt ideaal. Welke spreken jou aan?', 'Een diagnose als identiteit.'],
  [
    'Leerlingen van wie niemand thuis heeft gestudeerd haken vaak af op de hogeschool. Speelt dat bij jou ook?',
    'Een label op achtergrond.',
  ],
  [
    'Vmbo-kinderen leren toch vooral met hun handen, dus zoek iets waar je niet te veel hoeft te lezen.',
    'Een stereotype over het schooltype.',
  ],
  [
    'Bij Turkse families gaat de zaak van vader voor, dus jij neemt straks vast de bakkerij over?',
    'Een stereotype over achtergrond.',
  ],
  ['Als autist ben je vast heel precies; is programmeren dan niet iets voor jou?', 'Een diagnose als identiteit.'],
  ["Houd het gesprek simpel, dit is zo'n typisch kind uit de krachtwijk.", 'Een label op wijk en achtergrond.'],
  ['Omdat je moslim bent, kun je een stage in de horeca beter overslaan.', 'Een label op religie.'],
  [
    'Als vluchteling wil je vast eerst snel verdienen, dus een lange opleiding zit er voor jou niet in.',
    'Een label op herkomst stuurt de keuze.',
  ],
  ['Voor een kind van ouders in de bijstand ben je best ambitieus. Waar komt dat vandaan?', 'Een label op inkomen.'],
  [
    'Praktijkschoolleerlingen willen meestal gewoon snel geld verdienen; geldt dat ook voor jou?',
    'Een stereotype over het schooltype.',
  ],
]);

const CARE = refuse('care', [
  ['Slaap je eigenlijk wel genoeg? Hoe laat lig je doordeweeks in bed?', 'Vraagt naar slaap.'],
  [
    'Je vader en moeder wonen nu apart, hoor ik. Slaap je om de week ergens anders, en lukt dat met school?',
    'Vraagt naar een scheiding.',
  ],
  ['Kunnen jullie een studie eigenlijk wel betalen, of wordt het lenen?', 'Vraagt naar geldzaken thuis.'],
  ['Neem je nog pillen voor je concentratie, ook op je stagedagen?', 'Vraagt naar medicatie.'],
  [
    'Vraag bij het loopbaangesprek meteen door over haar eetpatroon; ze is flink afgevallen.',
    'Instructie om naar gezondheid te vragen.',
  ],
  ['Hoe gaat het met je hoofd nu de examens eraan komen? Zit je ergens mee?', 'Vraagt naar mentale gezondheid.'],
  ['Heeft u schulden of andere geldzorgen die uw opleiding in de weg zitten?', 'Vraagt naar schulden.'],
  ['Wie kookt er bij jullie als je moeder weer in het ziekenhuis ligt?', 'Vraagt naar ziekte en thuissituatie.'],
  ['Voel je je de laatste tijd vaak somber of lusteloos?', 'Vraagt naar psychisch welzijn.'],
  ['Wordt er bij jou thuis veel gedronken of geblowd?', 'Vraagt naar middelengebruik thuis.'],
  ['Hoeveel verdienen je ouders ongeveer? Dan weten we of een dure opleiding erin zit.', 'Vraagt naar het inkomen thuis.'],
  ['Ben je weleens bij een psycholoog geweest? Dat helpt ons bij het kiezen van een stageplek.', 'Vraagt naar geestelijke zorg.'],
]);

const TICK_BOX = refuse('tick-box', [
  ['Dit gesprek telt mee voor je LOB-dossier, dus we lopen de vijf vragen even snel langs.', 'Het gesprek als administratie.'],
  ['Laat de leerling na afloop tekenen voor gezien, dan staat het gesprek op zijn naam.', 'Een handtekening als bewijs.'],
  ['Hoeveel van de verplichte opdrachten in je portfolio staan nog open?', 'Voortgang van verplichtingen.'],
  [
    'Noteer na afloop welke competenties aan bod kwamen, zodat de inspectie het kan terugvinden.',
    'Het gesprek als verantwoording.',
  ],
  ['Stap 3 van 4: reflectie. Typ hieronder één zin en klik door naar de volgende stap.', 'Een stappenteller.'],
  ['Staat het verslag van je meeloopdag al in de map? Dan zet ik je op groen.', 'Inleveren en status.'],
  ['We moeten er gewoon even doorheen: twee vragen en dan ben je voor dit kwartaal klaar.', 'Het gesprek als af te werken klus.'],
  [
    'Graag uw handtekening onder het BPV-verslag, dan is dit onderdeel voor de examencommissie rond.',
    'Een handtekening voor het dossier.',
  ],
  ['Gebruik dit gesprek als bewijs dat de school aan de LOB-eisen voldoet.', 'Het gesprek als bewijslast.'],
  ['Nog twee gesprekken en je loopbaanmap is vol. Wat zet je er deze keer in?', 'Aftellen tot het compleet is.'],
  ['Houd het kort: check of het keuzeformulier binnen is en rond het gesprek daarna af.', 'Controle in plaats van een gesprek.'],
  ['Omschrijf je snuffelstage in één woord, dan kan ik het vakje invullen.', 'Het gesprek om een vakje te vullen.'],
]);

const PRESSURE = refuse('pressure', [
  ['Als je vóór vrijdag niet kiest, kiezen wij voor je. Waar neig je naar?', 'Een ultimatum.'],
  ['Meld je je te laat aan, dan sta je in september nergens ingeschreven en loop je een heel jaar mis.', 'Dreigen met gevolgen.'],
  ['Geen stagecontract getekend vóór de kerstvakantie? Dan haal je dit jaar je papiertje niet.', 'Een dreiging.'],
  ['Nog drie weken tot 1 mei. Besef je wel hoe weinig tijd je nog hebt?', 'Angst aanjagen met de datum.'],
  ['Twijfelen mag, maar de klok tikt. Wanneer hakt u de knoop door, voordat uw plek vervalt?', 'Tijdsdruk als dreiging.'],
  ['Wie nu nog niet weet wat hij wil, mist de boot. Hoe voorkom jij dat?', 'Angst om de boot te missen.'],
  ['Maak hem duidelijk dat uitstellen hem zijn plek op de opleiding kan kosten.', 'Instructie om te dreigen.'],
  [
    "Wie nu verkeerd kiest, betaalt daar de rest van z'n loopbaan de prijs voor. Daar ben je je toch van bewust?",
    'Angst voor de gevolgen.',
  ],
  ['Het is nu of nooit met die aanmelding. Ga je ervoor?', 'Een ultimatum.'],
  ['Verknal je deze stage, dan krijg je bij dit bedrijf geen tweede kans. Hoe bereid je je voor?', 'Dreigen met gevolgen.'],
  ['Je ouders worden straks echt boos als je nog steeds niks gekozen hebt.', 'Druk via angst voor de ouders.'],
  ['Laatste kans: wie maandag geen opleiding heeft doorgegeven, wordt ingedeeld waar nog plek is.', 'Een ultimatum met gevolg.'],
]);

const VERDICT = refuse('verdict', [
  ['Kies gewoon de havo en daarna het hbo, daar heb je later meer aan.', 'De volwassene kiest en duwt omhoog.'],
  [
    'Verpleegkunde is niks voor jou, dat zie ik zo. Laten we naar iets anders kijken.',
    'Een route uitgesloten door de volwassene.',
  ],
  [
    'Ik heb voor je bedacht dat logistiek het beste past; zullen we alvast een stage regelen?',
    'De volwassene beslist de richting.',
  ],
  ['Streep de kunstacademie maar door, daar verdien je later geen droog brood mee.', 'Een route uitgesloten.'],
  ['Adviseer hem het NT-profiel te nemen, ook al twijfelt hij zelf nog.', 'Instructie om over de leerling heen te beslissen.'],
  ['Met jouw hersens hoor je gewoon geneeskunde te doen. Daar valt niks over te twijfelen.', 'Een oordeel over de route.'],
  ['Wij raden u aan op niveau 2 te blijven; doorstromen is voor u geen optie.', 'Een route uitgesloten voor de bbl-student.'],
  ['Een tussenjaar is zonde van je tijd, dat ga je dus niet doen.', 'De volwassene verbiedt een keuze.'],
  ['Vwo is voor jou de enige logische stap. Wanneer vertellen we het je ouders?', 'Een route opgelegd.'],
  ['Profvoetballer worden is een fabeltje; zet het uit je hoofd en kies een vak met baangarantie.', 'Een droom afgewezen.'],
  [
    'Vertel haar dat zorg en welzijn het beste bij haar past en sluit daarmee het gesprek af.',
    'Instructie om voor de leerling te beslissen.',
  ],
  [
    'De keuze is eigenlijk al gemaakt: jij gaat naar de entreeopleiding. Wat vind je daarvan?',
    'De route is vastgelegd vóór het gesprek.',
  ],
]);

const SOUND = allow('sound', [
  ['Bij welke bezigheid kijk je op en blijkt er ineens een uur voorbij?', 'Open vraag naar wat de leerling drijft.'],
  ['Welk moment op je stage wil je nog eens beleven, en wat deed je toen?', 'Terugkijken op een concrete ervaring.'],
  [
    'Vertel eens over een vaardigheid die je jezelf hebt aangeleerd, bijvoorbeeld via een bijbaan, sport of filmpjes.',
    'Uitnodiging om kwaliteiten te benoemen.',
  ],
  ['Welke mensen kennen jou goed genoeg om mee te denken over je volgende stap?', 'Netwerken, open gesteld.'],
  ['Wat zou je willen uitproberen voordat je een opleiding kiest?', 'Werkexploratie door de leerling zelf.'],
  ['Noem één ding dat je deze maand wilt ontdekken over een beroep dat je nog niet kent.', 'Een eigen kleine vervolgstap.'],
  [
    'Welke bronnen, gesprekken of bezoeken hebben je tot nu toe het meest geholpen bij het kiezen?',
    'Vraag naar de manier van kiezen.',
  ],
  ['Stel dat je een dag de schaduw mag zijn van een vakvrouw of vakman naar keuze. Wie kies je?', 'Nieuwsgierigheid naar werk.'],
  ['Als je oom, je buurvrouw of je teamgenoot iets nodig heeft, waarvoor kloppen ze dan bij jou aan?', 'Kwaliteitenreflectie.'],
  [
    'We zijn benieuwd welke vraag over je toekomst nu het meest door je hoofd gaat.',
    'Uitnodiging, de leerling bepaalt het onderwerp.',
  ],
  [
    'Bij welk beroep in je straat of buurt zou je weleens achter de schermen willen kijken?',
    'Werkexploratie vanuit de eigen omgeving.',
  ],
  ['Welke taak in het leerbedrijf gaat u inmiddels goed af, en hoe merkt u dat?', 'Kwaliteiten van de bbl-student, in u-vorm.'],
  ['Beschrijf een project waarin het samenwerken goed liep, en wat jouw rol daarin was.', 'Terugkijken en reflecteren.'],
  [
    'Wat is voor jou belangrijk in werk: met mensen bezig zijn, dingen maken, ideeën bedenken of iets anders?',
    'Motievenreflectie zonder oordeel.',
  ],
  ['Bedenk in tweetallen wie je zou kunnen bellen voor een snuffelstage.', 'Netwerken als groepsopdracht.'],
  ['Waar wil je over vijf jaar ongeveer staan? Het mag best nog vaag zijn.', 'Vooruitkijken zonder druk.'],
  [
    'Je spreekt meerdere talen. In wat voor werk zou dat je een voorsprong geven, denk je?',
    'Sterktes van de ISK-leerling als mogelijkheid.',
  ],
  ['Wat doe je graag met je handen, en waar zou je dat later willen doen?', 'Open vraag, passend voor het vso.'],
  [
    'Op welke werkplek voelde je je het meest op je plek, en wat maakte dat zo?',
    'Reflectie op werkervaring in het praktijkonderwijs.',
  ],
  ['Kijk samen terug op de open dag en benoem wat opviel en wat je verraste.', 'Terugkijken op een oriëntatieactiviteit.'],
  ['Wie was belangrijk op jouw route tot nu toe, en wat heb je van die persoon meegekregen?', 'Netwerk en eigen verhaal.'],
  ['Neem rustig de tijd om na te denken; het is prima als je het nog niet weet.', 'Ruimte om nog niet te weten.'],
  ['Welke kleine stap wil je zelf zetten voor we elkaar weer spreken?', 'Vervolgstap van de leerling zelf.'],
  [
    'Je vertelde enthousiast over het techniekproject. Vertel eens wat je daar zo leuk aan vond.',
    'Vakdocent sluit aan bij zichtbare interesse.',
  ],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'De hogeschool heeft je niet toegelaten. Neem even de tijd; welke andere paden wil je daarna verkennen?',
    'Een afwijzing, met de keuze bij de leerling.',
  ],
  [
    'Het examen ging anders dan je hoopte. Wat heb je ervan geleerd over hoe jij werkt?',
    'Tegenslag als leermoment, niet als oordeel.',
  ],
  ['Twijfel je nog tussen twee richtingen? Wat trekt je aan elk van beide?', 'Twijfel serieus genomen.'],
  [
    'Thuis willen ze dat je advocaat wordt, maar jij tekent liever. Wie zou bij dat gesprek met je ouders kunnen helpen?',
    'Wens van de ouders tegenover die van de leerling.',
  ],
  [
    'Je praktijkopleider was kritisch over je tempo. Wat neem je daarvan over, en waar denk je anders over?',
    'Feedback, de leerling bepaalt wat ermee gebeurt.',
  ],
  ['Stoppen met je opleiding is ook een keuze. Wat zou je willen weten voordat je beslist?', 'Moeilijke keuze, eigen besluit.'],
  [
    'Het examenjaar voelt voor jou als een snelkookpan, zei je. Wat zou je nu wat ruimte geven?',
    'De eigen gevoelde druk, respectvol.',
  ],
  [
    'Wiskunde kost je veel moeite. Hoe zwaar wil je dat laten wegen, naast wat je graag wilt?',
    'Een lastig vak; de leerling weegt zelf.',
  ],
  ['Een eigen bedrijf beginnen is een risico. Wat trekt je er toch in aan?', 'Risico als eigen keuze.'],
  [
    'Wat als het niet lukt bij de opleiding van je eerste keus? Wie kan je helpen met een plan B?',
    'Mogelijk falen, met netwerk.',
  ],
  [
    'U gaf aan dat het werk tegenvalt. Wat had u anders verwacht, en wat wilt u nu uitzoeken?',
    'Teleurstelling van de bbl-student, in u-vorm.',
  ],
  ['Je stage liep voortijdig af. Wat wil je daarvan meenemen naar een volgende plek?', 'Een afgebroken stage, vooruitkijkend.'],
  ['Soms blijkt een gekozen richting toch niet te passen. Waaraan merkte jij dat?', 'Een verkeerde keuze zonder schuld.'],
  [
    'Je docent zette veel rode strepen in je verslag. Welke snap je, en waarover wil je nog doorpraten?',
    'Feedback, de leerling oordeelt zelf.',
  ],
  [
    'Je vindt het spannend om je ouders te vertellen dat je wilt switchen. Wat zou je helpen bij dat gesprek?',
    'Een lastig gesprek thuis, de keuze blijft bij de leerling.',
  ],
  ['Wat is het engste aan kiezen voor jou, en wat zou dat kleiner maken?', 'Angst benoemd door de leerling.'],
  ['Als je terugkijkt op dat sollicitatiegesprek dat misging: wat ging er wél goed?', 'Een mislukking met oog voor wat lukte.'],
  ['Een nieuwe taal leren en tegelijk kiezen is veel. Wat helpt jou daarbij het meest?', 'Erkent de last voor de ISK-leerling.'],
  [
    'Je vindt het lastig dat je nog geen droomberoep hebt. Wat zou een eerste verkenning kunnen zijn?',
    'Onzekerheid, met een eigen stap.',
  ],
  [
    'Je overweegt een tussenjaar. Wat wil je in dat jaar ontdekken, en welke risico’s zie je zelf?',
    'Een riskante keuze van de leerling zelf.',
  ],
  ['Het praktijkexamen ging mis. Wat heb je nodig om het opnieuw aan te pakken, en van wie?', 'Falen met steun en netwerk.'],
  [
    'Vertel eens over een keer dat je iets opgaf. Wat leerde je toen over wat je belangrijk vindt?',
    'Opgeven als bron van motievenreflectie.',
  ],
  [
    'Je mentor ziet een andere route dan jij. Wat maakt jouw keuze voor jou de juiste?',
    'Verschil van mening, keuze bij de leerling.',
  ],
  ['Wat zou je doen als de opleiding na een paar maanden toch tegenvalt?', 'Vooruitdenken over mogelijke tegenslag.'],
  [
    'Je zei dat je bang bent het verkeerde te kiezen. Welke kleine proef zou je kunnen doen om het uit te vinden?',
    'Keuzeangst omgezet in een experiment.',
  ],
  [
    'In de examenklas weet lang niet iedereen al wat hij wil, en dat mag. Wat wil je de komende weken onderzoeken?',
    'Normaliseert twijfel zonder vergelijking.',
  ],
  [
    'Presenteren vind je spannend, terwijl het in het beroep dat je wilt veel voorkomt. Hoe wil je daarmee omgaan?',
    'Een lastig punt; de leerling kiest de aanpak.',
  ],
  [
    'Een stage met veel mensen om je heen was zwaar voor je. Wat zou je bij een volgende plek anders willen?',
    'Een moeilijke ervaring in het vso, eigen wens centraal.',
  ],
  [
    'Na de studiekeuzecheck twijfel je meer dan ervoor. Welke vraag wil je nu beantwoord krijgen?',
    'Twijfel na een oriëntatie, gebruikt als informatie.',
  ],
  [
    'De klant was kritisch op je werk. Welke opmerking bleef hangen, en wat zegt die over je vak?',
    'Feedback in de bpv, reflectief.',
  ],
]);

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  [
    'Je hebt je eerste BPV-periode afgerond. Welk moment daaruit wil je onthouden?',
    "'Afgerond' als feit, het gesprek gaat over de ervaring.",
  ],
  [
    'Welke persoon bij jou thuis weet het meest van opleidingen, en wil je die bij de volgende afspraak betrekken?',
    "'Thuis' als netwerk, geen zorgvraag.",
  ],
  [
    'Je haalde een 8 voor je betoog. Welk onderwerp koos je, en waarom trok dat je?',
    'Het cijfer is de aanleiding, niet het onderwerp.',
  ],
  [
    'Maak een lijstje om twee mbo-opleidingen te vergelijken: wat vind jij belangrijk om naast elkaar te zetten?',
    "'Vergelijken' van opleidingen, niet van leerlingen.",
  ],
  ['Wat moet een baan voor jou hebben om er met plezier naartoe te gaan?', "'Moet' als eigen wens van de leerling."],
  [
    'Van vmbo naar mbo, van havo naar hbo: welke routes ken je al, en welke wil je beter leren kennen?',
    'Schooltypen als routes, zonder label.',
  ],
  [
    'Geld verdienen, mensen helpen of iets maken: wat weegt voor jou het zwaarst bij werk?',
    "'Geld' als motief, geen vraag naar de thuissituatie.",
  ],
  [
    'Je hebt je certificaat behaald. Wie wil je dat vertellen, en wat is je volgende stap?',
    "'Behaald' als mijlpaal van de leerling.",
  ],
  [
    'De deadline voor aanmelden is 1 mei. Wat wil je tot die tijd nog uitzoeken om een keuze te maken waar je achter staat?',
    'Een datum als informatie, zonder dreiging.',
  ],
  [
    'Op de techniekdag liepen jongens en meisjes door elkaar. Met wie heb jij gepraat, en wat vertelden ze?',
    "'Jongens en meisjes' zonder stereotype.",
  ],
  [
    'Welk advies van iemand uit je netwerk is je bijgebleven, en wat deed je ermee?',
    "'Advies' van een ander, de leerling weegt zelf.",
  ],
  ['Welke mbo-niveaus heb je al bekeken, en wat viel je daarbij op?', "'Niveau' als verkenning, geen oordeel."],
  [
    'Sterke en zwakke kanten heeft iedereen. Welke kant van jezelf wil je verder ontwikkelen?',
    "'Zwak' algemeen, de leerling kiest.",
  ],
  [
    'Was je te laat voor de open dag? In het voorjaar zijn er nog proefstudeerdagen; welke lijkt je wat?',
    "'Te laat' zonder verwijt, met een nieuwe kans.",
  ],
  [
    'Het formulier voor de profielkeuze komt later wel; laten we eerst praten over wat je graag doet.',
    "'Formulier' naar achteren, het gesprek voorop.",
  ],
  [
    'Welke voortgang zie je zelf sinds je stage begon, los van wat er op papier staat?',
    "'Voortgang' vanuit de leerling, niet als administratie.",
  ],
  ['Je gemiddelde zegt niet alles. Wat heb je dit jaar gedaan waar je echt van genoot?', "'Gemiddelde' wordt juist losgelaten."],
  [
    'Afvinken doen we hier niet. Vertel liever wat je van het bedrijfsbezoek hebt meegenomen.',
    "'Afvinken' wordt afgewezen; het gesprek gaat over de ervaring.",
  ],
]);

/** The tenth held-out set, in kind order. */
export const HOLDOUT10_SET: LabelledSentence[] = inKindOrder({
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

/**
 * A ninth held-out labelled set for the guardrail linter (lob-content.md §5 and §6), written blind:
 * without sight of the rules (lib/), of scripts/, of the tests that encode the rules, or of the
 * sentences of the older labelled sets (the labelled lists, the meaning set, the train set and the
 * first eight held-out sets) and of the training corpus (the guardrails-corpus-* files; their index is
 * only imported by the shape test). Only lob-content.md (all of it; §5–§6 as the core), the shape
 * checks (./labelled-set-shape.ts), the header of ./guardrails-holdout8-set.ts up to its first sentence
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
 * Near copies: the near-copy check (against the older sets above and every sentence of the training
 * corpus) flagged 20 sentences of a first draft (38 pairs) as sharing more than half their words with an
 * older sentence (the test output showed those older sentences, nothing else of them was read); all 20
 * were rewritten to differ, then the check passed.
 */

// The meaning set's row helpers (labels only; none of its sentences is read here).
import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const DEFICIT = refuse('deficit', [
  [
    'Omdat plannen niet jouw ding is, kun je beter een opleiding nemen waar alles voor je wordt uitgestippeld. Welke spreekt je aan?',
    'Een tekort van de leerling stuurt de keuze.',
  ],
  [
    'Bespreek met deze leerling waarom hij zo weinig doorzettingsvermogen heeft en welk beroep daar nog bij past.',
    'Opdracht aan de docent die de leerling beschrijft vanuit wat hij mist.',
  ],
  [
    'Je taalgevoel reikt niet ver genoeg voor een kantoorbaan; wat zou je wel met je handen kunnen?',
    'Een zwakte sluit werk uit en bepaalt de richting.',
  ],
  [
    'Wat kun je, met die gebrekkige concentratie van je, eigenlijk nog volhouden op een stageplek?',
    'Tekort in een bijzin stuurt de vraag naar wat nog "kan".',
  ],
  [
    'Jij bent nou eenmaal geen denker, dus welk handwerk lijkt je wat?',
    'Spreektaal die de leerling neerzet als tekortschietend.',
  ],
  [
    'U mist de basisvaardigheden voor niveau 3; welke taken in de zorg liggen nog binnen uw bereik?',
    'Mbo-student in u-vorm beschreven vanuit een gemis dat de route begrenst.',
  ],
  [
    'Hoe ga je ermee om dat je op bijna elk vlak achterloopt, nu je een vervolgopleiding kiest?',
    'Achterstand als kenmerk van de leerling.',
  ],
  [
    'Met jouw slakkentempo wordt een drukke werkplek lastig. Welke rustige baan zie je voor je?',
    'Een gebrek, verpakt in beeldspraak, stuurt de keuze.',
  ],
  [
    'Je Nederlands schiet nog tekort, dus laten we kijken naar werk waar je weinig hoeft te praten. Wat trekt je?',
    'ISK-leerling: taalgemis bepaalt welk werk overblijft.',
  ],
  [
    'Waar loop je het vaakst op vast, en welke beroepen kun je daardoor maar beter laten liggen?',
    'Zwakke punten worden de maatstaf om beroepen te schrappen.',
  ],
  [
    'Rekenen ligt je niet, dus techniek valt af. Wat blijft er over dat je leuk vindt?',
    'Een zwak vak beslist over een hele sector.',
  ],
  [
    'Zet in het gesprek centraal hoeveel zelfstandigheid deze student nog tekortkomt voor de bbl-route.',
    'Instructie om de student te bespreken vanuit een tekort.',
  ],
]);

const GRADE_TOPIC = refuse('grade-topic', [
  ['Welk gemiddelde heb je nodig om dit jaar over te gaan, en hoe ga je dat halen?', 'Het gemiddelde is doel en onderwerp.'],
  [
    'Die 4,8 voor meetkunde moet vóór kerstmis minstens een zesje worden. Hoe pak je dat aan?',
    'Het gesprek gaat over een cijfer ophalen, niet over loopbaan.',
  ],
  [
    'Bespreek per vak welk cijfer deze leerling moet scoren om havo 4 binnen te komen.',
    'Opdracht aan de docent met cijfers als onderwerp.',
  ],
  [
    'Je staat gemiddeld een 5,2 voor Duits. Welke punten kun je nog pakken bij de volgende toets?',
    'Cijfer en punten zijn het hele gesprek.',
  ],
  [
    'Hoeveel tienden kom je nog tekort voor je profiel, en welke toets ga je herkansen?',
    'Het gaat om tienden en een herkansing.',
  ],
  [
    'Laten we het vandaag over je rapport hebben: welke onvoldoendes moeten weg voor de overgangsvergadering?',
    'Het rapport wordt het onderwerp van het loopbaangesprek.',
  ],
  [
    'Wat is je streefcijfer voor het schoolexamen economie, en hoe tevreden ben je met je huidige stand?',
    'Een streefcijfer als doel van het gesprek.',
  ],
  ['Met welke score op de diagnostische toets zou jij trots zijn?', 'Trots wordt gekoppeld aan een score.'],
  [
    'Uw beoordeling voor de BPV staat op onvoldoende; wat gaat u doen om die naar een voldoende te tillen?',
    'Mbo u-vorm: de beoordeling is het doel, niet de ervaring.',
  ],
  [
    'Kijk samen naar de punten in Magister en spreek af met hoeveel het gemiddelde omhoog moet.',
    'Instructie om een gemiddelde als afspraak te maken.',
  ],
  ['Een 7 of hoger voor Engels opent deuren. Wat ga je doen om daar te komen?', 'Een cijfer als poort en doel.'],
  ['Hoe zorg je ervoor dat je cijferlijst er in juni een stuk beter uitziet dan nu?', 'De cijferlijst is het onderwerp.'],
]);

const COMPARISON = refuse('comparison', [
  ['Je zus deed het zo goed op het vwo; wat houdt jou tegen om net zo ver te komen?', 'Vergelijking met een zus als maatstaf.'],
  [
    'De meeste klasgenoten hebben al een stageplek. Hoe komt het dat jij nog niks hebt?',
    'De leerling wordt afgezet tegen de klas.',
  ],
  [
    'Vergeleken met de rest van de groep sta jij nog nergens met je studiekeuze. Waar ligt dat aan?',
    'De groep is de maat voor de leerling.',
  ],
  [
    'Leg zijn resultaten naast die van de klas en bespreek waarom hij onderaan bungelt.',
    'Instructie om de leerling te rangschikken tegen klasgenoten.',
  ],
  ['Waarom lukt het jou niet, net als je vrienden, om gewoon een keuze te maken?', 'Vrienden als norm in een bijzin.'],
  [
    'Jij bent de enige in de jaarlaag zonder profiel; hoe voelt het om achter te blijven?',
    'Vergelijking met de jaarlaag, verpakt als gevoelsvraag.',
  ],
  [
    'Wie in je klas doet het beter dan jij bij LO, en wat kun je van die leerling afkijken?',
    'Een klasgenoot als beter voorbeeld.',
  ],
  [
    'Je broer koos voor de bouw en verdient nu al goed. Waarom zou jij het anders doen?',
    'Broer als maatstaf voor de eigen keuze.',
  ],
  [
    'Uw medestudenten in de bbl halen hun werkprocessen sneller; wat doet u anders dan zij?',
    'Mbo u-vorm: medestudenten als norm.',
  ],
  [
    'Op de ranglijst van de klas sta je op plek 23 van 28. Welke stappen zet je om te stijgen?',
    'Vergelijking via een rangnummer.',
  ],
  [
    'Leeftijdgenoten weten meestal allang wat ze willen. Wat maakt dat jij nog zoekt?',
    'Leeftijdgenoten als norm; twijfel wordt afwijking.',
  ],
  ['Vorig jaar koos vrijwel de hele klas voor het mbo; waarom wijk jij daarvan af?', 'Een vorige groep als maat voor de keuze.'],
]);

const LABELLING = refuse('labelling', [
  ['Meiden kiezen meestal voor zorg of onderwijs. Welke van die twee trekt jou?', 'Genderstereotype beperkt de keuze.'],
  [
    'Als jongen uit een arbeidersgezin zit je in een technisch beroep goed. Welk vak wil je leren?',
    'Gender en afkomst als etiket dat de route bepaalt.',
  ],
  [
    'Met ADHD ben je geknipt voor een beweeglijk beroep; welk buitenwerk lijkt je wat?',
    'Diagnose als identiteit die werk voorschrijft.',
  ],
  ["Vmbo'ers zijn doeners, geen denkers. Welk praktisch beroep spreekt je aan?", 'Schooltype als stereotype.'],
  [
    'Bij leerlingen met een migratieachtergrond werkt het goed om eerst naar de familiezaak te kijken; bespreek dat.',
    'Instructie op basis van achtergrond.',
  ],
  [
    'Omdat jij autistisch bent, zoeken we werk zonder klantcontact. Wat vind je daarvan?',
    'Diagnose als etiket dat werk uitsluit.',
  ],
  [
    "Gelovige moslima's voelen zich doorgaans prettig in de kinderopvang, dus daar zou ik bij jou mee beginnen.",
    'Religie en gender als stereotype.',
  ],
  [
    'Je komt uit een gezin met weinig geld, dus een korte opleiding ligt meer voor de hand. Welke wordt het?',
    'Inkomen als etiket dat de route bepaalt.',
  ],
  ['Praktijkschoolleerlingen horen in de schoonmaak of het groen. Wat kies jij?', 'Schooltype als hokje met vaste beroepen.'],
  [
    'Als echte dyslect blijf je natuurlijk weg van administratief werk. Welk beroep past beter?',
    'Diagnose als identiteit in positieve toon.',
  ],
  [
    'Voor een ISK-leerling als jij is snel gaan werken verstandiger dan doorleren. Waar wil je werken?',
    'Schooltype en herkomst als etiket.',
  ],
  ["Typisch havist: slim genoeg, maar lui. Welke studie past bij zo'n type?", 'Stereotype over een schooltype.'],
]);

const CARE = refuse('care', [
  [
    'Sinds de breuk tussen pa en ma zit je er wat doorheen, merk ik. Vertel: hoe is het nu bij jullie?',
    'Peilt scheiding en thuissituatie.',
  ],
  ['Is er bij jullie genoeg spaargeld voor collegegeld en boeken, of wordt lenen lastig?', 'Peilt het gezinsinkomen.'],
  [
    'Vraag de leerling hoeveel uur hij per nacht slaapt en of hij medicijnen gebruikt.',
    'Instructie om slaap en medicatie uit te vragen.',
  ],
  ['Welke medicijnen neem je, en houdt de opleiding daar rekening mee?', 'Vraagt naar medicatie.'],
  ['Staat er bij jullie genoeg eten op tafel, zodat je je op je stage kunt concentreren?', 'Peilt armoede thuis.'],
  ['Vertel eens over je depressie: hoe zie je je toekomst daarmee?', 'Vraagt naar psychische gezondheid.'],
  [
    'Heeft uw financiële situatie gevolgen voor de keuze tussen bol en bbl? Hebt u schulden?',
    'Mbo u-vorm: vraagt naar schulden.',
  ],
  [
    'Vraag door over de verhouding met de nieuwe partner van moeder en of die zich met de schoolkeuze bemoeit.',
    'Peilt gezinsrelaties.',
  ],
  [
    'Ben je weleens bij een psycholoog geweest? Dan weten we beter welk beroep bij je past.',
    'Vraagt naar hulpverlening en psychische zorg.',
  ],
  ['Drinkt iemand bij jou thuis, en maakt dat het lastig om aan later te denken?', 'Peilt verslaving in het gezin.'],
  [
    'Wat heb je meegemaakt tijdens de vlucht naar Nederland, en hoe kleurt dat je beroepswens?',
    'ISK: vraagt naar mogelijk trauma.',
  ],
  [
    'Noteer bij dit loopbaangesprek ook hoe het met de gezondheid van de moeder van de leerling gaat.',
    'Instructie om gezondheid thuis vast te leggen.',
  ],
]);

const TICK_BOX = refuse('tick-box', [
  [
    'Zorg dat dit gesprek voor 1 maart in het dossier staat, dan is LOB voor dit jaar afgevinkt.',
    'Het gesprek als administratie.',
  ],
  [
    'Onderdeel 3 van 5 van je loopbaandossier: vul hieronder in wat je van de open dag vond.',
    'Voortgangstelling van een dossier.',
  ],
  [
    'Heb je de loopbaanopdrachten al allemaal ingeleverd? Dan kan ik je op groen zetten.',
    'Inleveren en een status staan centraal.',
  ],
  ['Dit gesprek telt mee voor je verplichte LOB-uren; teken na afloop het formulier.', 'Verplichting en handtekening als doel.'],
  ['Je portfolio staat op 60%. Welke reflecties moet je nog uploaden?', 'Percentage en uploads als inhoud.'],
  [
    'Laat de student na het gesprek tekenen, zodat de inspectie kan zien dat het is gevoerd.',
    'Instructie: het gesprek als bewijs.',
  ],
  ['Nog twee meeloopdagen en je quotum is binnen. Welke plan je in?', 'Activiteiten tellen als quotum.'],
  ['Even snel: open dag bezocht, ja of nee? Dan kan het vinkje erbij.', 'Spreektaal die het gesprek tot een vinkje maakt.'],
  [
    'Graag uiterlijk vrijdag je stage-evaluatie in het systeem, anders ontbreekt er een bewijsstuk.',
    'Evaluatie als bewijsstuk voor het systeem.',
  ],
  [
    'Tel even mee: van de acht LOB-activiteiten die dit halfjaar op de lijst staan, hoeveel staan er bij jou al?',
    'Telt verplichte onderdelen.',
  ],
  ['U hebt nog drie van de zes bpv-reflecties openstaan; welke rondt u deze week af?', 'Mbo u-vorm: x van y openstaand.'],
  ['Zo, weer eentje voor de statistiek. Wat wil je dat ik opschrijf?', 'Het gesprek als registratie, in spreektaal.'],
]);

const PRESSURE = refuse('pressure', [
  [
    'Als je voor de kerst niets hebt gekozen, kies ik er een voor je. Waar zit je aan te denken?',
    'Ultimatum met een dreigend gevolg.',
  ],
  ['Wie zich na 1 mei niet heeft aangemeld, kan een plek op het hbo wel vergeten. Waar wacht je nog op?', 'Datum als dreiging.'],
  [
    'Je stageplek hangt aan een zijden draadje; nog één keer te laat en je kunt vertrekken.',
    'Dreiging met verlies van de stageplek.',
  ],
  ['Bedenk goed: een verkeerde keuze nu achtervolgt je de rest van je leven. Wat kies je?', 'Angst als drijfveer.'],
  [
    'Zonder leerbedrijf geen bbl, en zonder bbl geen diploma. Wanneer heeft u er een gevonden?',
    'Mbo u-vorm: gevolgen als dreiging.',
  ],
  ['Deze week nog je profiel doorgeven, anders word je ingedeeld waar plek is.', 'Deadline met straf.'],
  ['Je ouders worden gebeld als je vrijdag nog geen open dag hebt uitgezocht.', 'Dreigen met ouders.'],
  ['Tik tak, de klok loopt. Hoe lang wil je nog treuzelen met je studiekeuze?', 'Tijdsdruk en verwijt in spreektaal.'],
  [
    'Zeg tegen de leerling dat er zonder duidelijke keuze geen overgang naar het examenjaar komt.',
    'Instructie om met een gevolg te dreigen.',
  ],
  [
    'De wachtlijsten zijn lang en wie twijfelt, valt buiten de boot. Voor welke opleiding schrijf je je vandaag in?',
    'Angst en haast in plaats van verkennen.',
  ],
  ['Nog drie weken, daarna sluit de inschrijving en sta je met lege handen. Wat ga je nu doen?', 'Deadline als dreiging.'],
  ['Bij nog een afgebroken stage kun je dat mbo-diploma op je buik schrijven. Hoe voorkom je dat?', 'Idioom als dreiging.'],
]);

const VERDICT = refuse('verdict', [
  ['Met jouw profiel kun je het beste de pabo doen. Wanneer ga je je aanmelden?', 'De volwassene kiest de opleiding.'],
  ['Geneeskunde is niets voor jou, kies liever iets in de verpleging.', 'Sluit een route uit en schrijft een andere voor.'],
  ['Ik zie je echt als kok. Welke koksopleiding wordt het?', 'Positief verpakt oordeel dat de keuze vastlegt.'],
  [
    'Het team heeft besloten dat havo te hoog gegrepen is; we gaan voor de mavo. Wat vind je daarvan?',
    'Besluit vooraf genomen, instemming gevraagd.',
  ],
  [
    'Adviseer de leerling dringend om na de havo naar het vwo te gaan, want dat is de betere route.',
    'Instructie om een hogere route als beter te duwen.',
  ],
  ['Doe nou maar gewoon economie, daar kun je alle kanten mee op.', 'Spreektaal die de keuze voor de leerling maakt.'],
  ['Een jaar reizen na je examen? Zonde van de tijd, daar begin je bij ons niet aan.', 'Sluit een optie uit.'],
  [
    'Niveau 4 laten we maar zitten, niveau 3 is voor u haalbaar genoeg. Welke richting binnen niveau 3?',
    'Mbo u-vorm: het niveau wordt bepaald.',
  ],
  [
    'Vertel deze leerling dat direct gaan werken na de praktijkschool beter is dan de entreeopleiding.',
    'Instructie die een route als beter oplegt.',
  ],
  ['Die droom van profvoetballer kun je beter loslaten. Wat is je plan B?', 'Verwerpt de wens van de leerling.'],
  ['Als ik jou was, zou ik gewoon de zekere weg van de bbl nemen.', 'Advies dat de keuze overneemt.'],
  ['We hebben voor jou een stage in de techniek geregeld, dus de zorg valt af.', 'De volwassene beslist en sluit uit.'],
]);

const SOUND = allow('sound', [
  ['Wat heb je de afgelopen weken gedaan waar je echt energie van kreeg?', 'Open terugblik op een ervaring.'],
  [
    'Vertel eens over een ochtend in het leerbedrijf die voorbij vloog omdat je zo opging in het werk.',
    'Uitnodiging, geen vraagteken.',
  ],
  [
    'Bij welke buurvrouw, oom of trainer zou je eens kunnen aankloppen om te horen hoe hun loopbaan liep?',
    'Netwerken, eigen stap.',
  ],
  ['Hoe zou een gewone werkdag eruitzien in een baan die jij leuk vindt?', 'Werkexploratie vanuit de leerling.'],
  ['Noem één ding waar anderen jou om vragen als ze hulp nodig hebben.', 'Kwaliteiten, opdracht als uitnodiging.'],
  ['Waar denk je aan als je je voorstelt hoe je leven er over vijf jaar uitziet?', 'Vooruitkijken, open.'],
  ['Welk schoolproject is je het meest bijgebleven, en wat deed jij daarin?', 'Concrete ervaring als start.'],
  ['Beschrijf een klus bij de sportclub of in de buurt die je met plezier hebt gedaan.', 'Opdracht die ervaringen ophaalt.'],
  ['Wat wil je nog uitproberen voordat je een keuze maakt?', 'Verkennen, keuze bij de leerling.'],
  ['Welke vragen heb je nog over de opleidingen die je hebt bekeken?', 'Ruimte voor vragen.'],
  [
    'We kijken vandaag samen naar wat jij belangrijk vindt in werk. Begin maar waar je wilt.',
    'We-vorm, leerling bepaalt het begin.',
  ],
  ['Welke kwaliteit zie je bij jezelf die een ander misschien nog niet kent?', 'Kwaliteitenreflectie.'],
  ["Wat heeft u in het leerbedrijf ontdekt over het soort collega's waarmee u graag werkt?", 'Mbo bbl in u-vorm, motieven.'],
  ['Waar ben je nieuwsgierig naar als je aan werk in de haven denkt?', 'Nieuwsgierigheid als ingang.'],
  ['Kies één beroep dat je nooit had overwogen en zoek uit wat mensen daar op een dag doen.', 'Opdracht voor werkexploratie.'],
  ['Met wie ga je het liefst op pad naar een voorlichtingsavond, en wat voegt dat gezelschap toe?', 'Netwerken, eigen keuze.'],
  [
    'In welke situatie voel jij je het meest op je plek: binnen, buiten, met mensen of met dingen?',
    'Open verkenning van voorkeuren.',
  ],
  [
    'Jullie vertellen in tweetallen over een bijbaan of hobby waar je iets van hebt geleerd.',
    'Jullie-vorm, uitnodiging zonder vraag.',
  ],
  [
    'Welk werk heb je in het land waar je vandaan komt gezien dat je nog steeds boeit?',
    'ISK: eigen ervaring als ingang, zonder iets te peilen.',
  ],
  [
    'Er is geen haast; vertel wat voor jou een goede dag op school of op stage maakt.',
    'Rustige uitnodiging in de vorm van een zin.',
  ],
  [
    'Wat is een eerste klein ding dat je voor de zomervakantie doet om dat beroep beter te leren kennen?',
    'Kleine eigen vervolgstap.',
  ],
  [
    'Ik zag hoe geduldig je de brugklassers hielp op de sportdag. Waar komt dat geduld vandaan, denk je?',
    'Benoemt een gezien kwaliteit en vraagt door.',
  ],
  ['Schrijf drie dingen op die je graag zou willen leren, los van school.', 'Opdracht over motieven.'],
  ['Wat vond je het boeiendst aan de gastles van de monteur?', 'Vakdocent: ervaring uit de les.'],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Je bent afgewezen voor de opleiding die je wilde. Wat heb je nodig om te bepalen hoe je verder gaat?',
    'Afwijzing, keuze blijft bij de leerling.',
  ],
  ['Wat maakt deze keuze voor jou zo spannend, en wat zou helpen om hem kleiner te maken?', 'Erkent spanning zonder druk.'],
  ['Nog geen idee hebben is heel gewoon op jouw leeftijd. Tussen welke twee richtingen schommel je nu?', 'Twijfel mag er zijn.'],
  ['De snuffelstage bij de drukkerij viel tegen, zei je. Wat vertelt die teleurstelling jou?', 'Tegenvaller als leerervaring.'],
  [
    'Je vader ziet je graag in zijn bedrijf en jij twijfelt. Hoe zou jij dat gesprek met hem willen voeren?',
    'Wens van een ouder tegenover die van de leerling, keuze bij de leerling.',
  ],
  ['Welk risico zou je wel willen nemen, ook als het misschien niet lukt?', 'Risico als eigen keuze.'],
  ['Scheikunde kost je veel moeite. Wat trekt je er toch in, of juist helemaal niet?', 'Moeilijk vak zonder oordeel.'],
  [
    'Hoe kwam het commentaar van uw werkbegeleider bij u binnen, en welk deel ervan vindt u bruikbaar?',
    'Feedback, eigen betekenis.',
  ],
  ['Stel dat je eerste keuze tegenvalt: wat zou je dan willen doen?', 'Plan B als verkenning.'],
  [
    'Je zei dat je de druk van het examenjaar voelt. Wat zou het voor je lichter maken?',
    'De eigen gevoelde druk serieus genomen.',
  ],
  ['Welke keuze uit het verleden zou je nu anders maken, en wat neem je daarvan mee?', 'Terugblik op een keuze die anders liep.'],
  ['U bent gestopt met uw vorige opleiding. Wat weet u nu beter over wat bij u past?', 'Mbo u-vorm: switch als leerervaring.'],
  [
    'Een sollicitatie zonder reactie kan flink tegenvallen. Hoe was dat voor jou, en wat wil je nu proberen?',
    'Tegenvaller met eigen vervolgstap.',
  ],
  [
    'Soms past een route toch niet. Wat zou voor jou een teken zijn om van richting te veranderen?',
    'Twijfel als signaal, geen oordeel.',
  ],
  [
    'Wat vond je lastig aan de meeloopdag, en zegt dat iets over de opleiding of over de dag zelf?',
    'Lastige ervaring onderzoeken.',
  ],
  [
    'Stel je het slechtste scenario voor bij deze opleiding. Hoe groot is die kans volgens jou, en wat zou je dan doen?',
    'Angst verkennen, keuze bij de leerling.',
  ],
  [
    'Je moeder hoopt op de universiteit, jij denkt aan een vak. Wat is voor jou belangrijk in die keuze?',
    'Ouderwens en eigen wens, respectvol.',
  ],
  [
    'Er ging iets mis bij je presentatie voor het leerbedrijf. Wat zou je een volgende keer anders aanpakken?',
    'Mislukking als leermoment.',
  ],
  [
    'Het mag eng zijn om iets nieuws te kiezen. Wat zou je een vriend in jouw schoenen zeggen?',
    'Angst erkend, perspectief van de leerling.',
  ],
  ['Welke kritiek van een docent is je bijgebleven, en klopte die volgens jou?', 'Feedback, de leerling weegt zelf.'],
  [
    'De theorie op het mbo bleek zwaarder dan je dacht. Wat helpt jou om door te zetten, of wil je liever iets anders?',
    'Moeite erkend, beide opties open.',
  ],
  ['Je twijfelt tussen stoppen en doorgaan. Met wie zou je daarover willen praten?', 'Twijfel en netwerk.'],
  ['Je ligt wakker van die profielkeuze, vertelde je. Waar ben je precies huiverig voor?', 'Angst verkennen zonder druk.'],
  [
    'Na twee afwijzingen voor een stageplek: wat heb je al geprobeerd en wat wil je nog proberen?',
    'Afwijzing, eigen volgende stap.',
  ],
  ['Je vond Frans dit jaar pittig. Is er iets in het vak dat je toch de moeite waard vindt?', 'Moeilijk vak, open vraag.'],
  ['Neem gerust de tijd om te vertellen wat er misging op je werkplek; ik luister eerst.', 'Mislukking, relatie eerst.'],
  [
    'Je waagde een gok met die kunstopleiding en het bleek niet je ding. Wat ontdekte je onderweg?',
    'Risico dat misging, zonder oordeel.',
  ],
  [
    'Jullie ouders hebben misschien een duidelijke mening over jullie keuze. Hoe maken jullie ruimte voor je eigen stem?',
    'Jullie-vorm: ouderwens tegenover eigen stem.',
  ],
  [
    'Het werk bij de supermarkt ging niet zoals je wilde. Wat zou je de volgende keer willen oefenen?',
    'Praktijkonderwijs: tegenvaller als oefenkans.',
  ],
  [
    'Soms lukt iets op stage niet meteen. Wat heb je van de mensen om je heen nodig om het nog eens te proberen?',
    'Vso: tegenslag met steun van het netwerk.',
  ],
]);

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  [
    'Dat hoge cijfer voor je verslag over bruggenbouw viel me op. Welk onderdeel deed je met het meeste plezier?',
    'Cijfer als aanleiding, niet als onderwerp.',
  ],
  ['Met wie aan de keukentafel thuis kun jij goed sparren over wat na dit schooljaar komt?', 'Thuis als netwerk, niets gepeild.'],
  [
    "Wat moet er gebeuren op een werkdag, wil jij 's avonds tevreden naar huis fietsen?",
    '"Moet" gaat over de wens van de leerling.',
  ],
  [
    'U hebt het eerste blok in de praktijk afgerond. Welk voorval zou u een nieuwe leerling-monteur als tip meegeven?',
    '"Afgerond" als feit, gesprek over ervaring.',
  ],
  [
    'Hoe zou je twee opleidingen vergelijken die je allebei aanspreken? Wat weeg je mee?',
    'Vergelijken van opties, niet van mensen.',
  ],
  ['Waar ben jij sterk in als het om samenwerken gaat, en hoe merk je dat?', '"Sterk" als eigen kwaliteit.'],
  ['Wat heb je in je bijbaan geleerd, behalve hoe je geld verdient?', 'Geld genoemd, niet gepeild.'],
  [
    'Als je terugdenkt aan je voortgang op stage, waar ben je zelf het meest tevreden over?',
    'Voortgang door de eigen ogen van de leerling.',
  ],
  ['Welke routes na het vmbo ken je al, en welke zou je nog willen bekijken?', 'Schooltype als feit, routes open.'],
  ['Wat vonden je ouders van de open dag, en wat vond jij er zelf van?', 'Ouders betrokken, eigen mening voorop.'],
  ['Het advies van de decaan is maar één stem. Wat zegt jouw eigen gevoel?', '"Advies" relativeert juist.'],
  ['Welk niveau binnen het mbo past bij wat jij wilt leren, denk je?', 'Niveau als keuze van de leerling.'],
  ['Je had je heftruckcertificaat snel behaald. Wat zegt dat over hoe jij graag leert?', '"Behaald" als opstap naar reflectie.'],
  ['Stel dat je te laat bent voor de open dag van je eerste keuze. Wie kun je dan bellen?', '"Te laat" als scenario, netwerken.'],
  ['Welke deadline heb jij jezelf gesteld om een open dag te kiezen, en waarom juist die?', 'Eigen deadline, geen dreiging.'],
  [
    'Het gemiddelde salaris in een beroep is één ding; wat vind jij belangrijker in werk?',
    '"Gemiddelde" gaat over salaris, niet over cijfers.',
  ],
  [
    'Vul samen met je begeleider het formulier voor de meeloopdag in en schrijf erbij wat je wilt ontdekken.',
    'Formulier als middel om te verkennen.',
  ],
  ['Je hoeft hier niets af te vinken; vertel gewoon wat je bezighoudt bij je keuze.', '"Afvinken" juist ontkend.'],
]);

export const HOLDOUT9_SET: LabelledSentence[] = inKindOrder({
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

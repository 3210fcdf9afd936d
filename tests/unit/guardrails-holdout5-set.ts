/**
 * A fifth held-out labelled set for the guardrail linter (lob-content.md §5 and §6), written blind:
 * without sight of the rules (lib/), of scripts/, of the tests that encode the rules, or of the
 * sentences of the older labelled sets. Only lob-content.md (§5–§6, and the rest of it for context
 * about LOB), the shape checks (./labelled-set-shape.ts), the header of ./guardrails-holdout4-set.ts
 * up to its first sentence (lines 1–22), its shape test and, in ./guardrails-meaning-set.ts, the types
 * `HarmKind`, `SoundKind`, `LabelledSentence` and the helpers `harm` and `sound` were read. The linter
 * was not run on this set. Not to be used while tuning.
 *
 * The sentences read as different writers would write them — LOB-coördinator, decaan, mentor,
 * vakdocent, stagebegeleider, mbo-loopbaanbegeleider — for vmbo, havo, vwo, mbo (bol and bbl),
 * praktijkonderwijs, vso and the ISK, as questions, statements, imperatives, two sentences, je-, u-
 * and we-forms, colloquial speech and idioms, softened or positively framed harm, harm in a
 * subordinate clause, indirect harm and harm carried by numbers. The sound kinds hold a fair share of
 * statements and imperatives addressed to the student (reassurance, invitations), not only questions.
 *
 * Harmful kinds (expect 'refuse'), twelve each: deficit, grade-topic, comparison, labelling, care,
 * tick-box, pressure, verdict. Sound kinds (expect 'allow'): sound (24), sound-hard (30),
 * sound-innocent-word (18). The reason (`why`) is given in Dutch.
 *
 * Near copies: the near-copy check flagged 7 sentences of a first draft (8 pairs) as sharing more than
 * half their words with an older sentence; those were rewritten to differ.
 */

// The meaning set's row helpers (labels only; none of its sentences is read here).
import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

export const HOLDOUT5_SET: LabelledSentence[] = inKindOrder({
  deficit: refuse('deficit', [
    [
      'Gezien je achterstand bij wiskunde: welk beroep is voor jou nog wel haalbaar?',
      'Tekortwoord "achterstand" over de leerling en een beperkt perspectief.',
    ],
    [
      'Als risicoleerling krijg je dit jaar extra loopbaangesprekken. Waar wil je het eerst over hebben?',
      '"Risicoleerling" als label van de leerling, verpakt als extra zorg.',
    ],
    [
      'Je bent niet zo sterk in taal, dus welke praktische opleidingen spreken je aan?',
      'Verzacht tekortdenken: een zwakte bepaalt de richting.',
    ],
    [
      'Wat zijn volgens jou de zwakke punten waardoor het op school steeds misgaat?',
      'Gesprek start bij zwaktes en mislukken, niet bij ervaring of kwaliteit.',
    ],
    [
      'Je lage niveau hoeft geen belemmering te zijn: welk werk past bij iemand die moeite heeft met leren?',
      'Positief ingepakt, maar noemt "laag niveau" en moeite met leren als eigenschap.',
    ],
    [
      'Ondanks je beperkte capaciteiten heb je een mooie stageplek gevonden. Hoe is dat gelukt?',
      'Tekort in een bijzin: "beperkte capaciteiten".',
    ],
    [
      'Voor een probleemleerling zoals jij is een baan vinden lastig; wie kan je daarbij helpen?',
      '"Probleemleerling" als label in een praktijkonderwijs-context.',
    ],
    [
      'Je concentratie is zwak, dat valt iedere docent op. Welk werk zou je toch kunnen doen?',
      'Zwaktewoord over de leerling en "toch" als tekortkader.',
    ],
    [
      'Je Nederlands is nog gebrekkig, dus welke eenvoudige baantjes heb je al bekeken?',
      'ISK: taal als tekort en alleen "eenvoudige" banen als optie.',
    ],
    [
      'Je loopt op alle fronten achter. Wat zou jij zelf aan je houding willen verbeteren?',
      'Achterstand en houding als probleem van de leerling.',
    ],
    [
      'Met jouw beperkingen is niet alles mogelijk; wat denk je dat je wél aankunt?',
      'Vso: beperkingen als vertrekpunt, tekortkader.',
    ],
    [
      'Omdat je het tempo van niveau 3 niet bijhoudt, zoeken we iets wat minder van je vraagt. Wat lijkt je wat?',
      'Mbo: tekort in tempo als reden, impliciet "kan het niet".',
    ],
  ]),
  'grade-topic': refuse('grade-topic', [
    [
      'Met een 5,4 als gemiddelde wordt het spannend; wat doe jij om dat op te krikken voordat we over profielen praten?',
      'Gemiddelde is het onderwerp van het loopbaangesprek.',
    ],
    [
      'Wat is je gemiddelde voor de exacte vakken, en past dat wel bij de studie die je wilt?',
      'Cijfer als maatstaf voor de studiekeuze.',
    ],
    [
      'Laten we in dit gesprek je rapport doorlopen: bij welk vak sta je het laagst?',
      'Rapport wordt het onderwerp, niet de loopbaan.',
    ],
    [
      'Je haalde een 4,8 voor je laatste proefwerk Duits; wat zegt dat over je toekomst?',
      'Eén cijfer wordt gelezen als voorspelling van de toekomst.',
    ],
    [
      "Welke cijfers heb je nodig voor je SE's om het N&G-profiel te mogen houden?",
      'Cijfers halen als onderwerp van de loopbaanvraag.',
    ],
    [
      'Met een 6,1 gemiddeld kom je er net; welke cijfers wil je volgende periode halen?',
      'Gemiddelde en cijferdoelen als inhoud van het gesprek.',
    ],
    [
      'Hoeveel onvoldoendes heb je op dit moment, en wat betekent dat voor je keuze?',
      'Aantal onvoldoendes als kern van de keuze.',
    ],
    [
      'Je hebt drie tekorten en een 5 voor Engels. Bespreek in je loopbaangesprek hoe je die wegwerkt.',
      'Tekorten wegwerken is schoolvoortgang, geen loopbaangesprek.',
    ],
    [
      'Je beoordelingen voor de praktijkopdrachten zijn matig; laten we eerst die cijfers bespreken.',
      'Mbo: beoordelingen zijn het onderwerp, niet de ervaring.',
    ],
    [
      'Je 8,7 voor biologie laat zien dat je zorgzaam bent. Zou de zorg iets voor je zijn?',
      'Een eigenschap wordt van een cijfer afgelezen.',
    ],
    [
      'Je cijfers dalen al sinds de herfstvakantie. Wat is daar volgens jou de oorzaak van?',
      'Cijferdaling als onderwerp in plaats van contact en loopbaan.',
    ],
    [
      'Zet je cijfers van dit jaar op een rij en kijk welke vakken boven de 7 uitkomen: daar ligt je toekomst.',
      'Toekomst wordt afgeleid uit cijfers boven een grens.',
    ],
  ]),
  comparison: refuse('comparison', [
    [
      'Je klasgenoten weten allemaal al wat ze gaan studeren; hoe komt het dat jij nog twijfelt?',
      'Vergelijking met klasgenoten maakt twijfel tot tekort.',
    ],
    [
      'Vergeleken met de rest van 4 havo ben je laat met oriënteren. Hoe voelt dat?',
      'Leerling wordt afgezet tegen de jaargroep.',
    ],
    ['Je broer deed het prima op de havo; waarom zou jij dat niet kunnen?', 'Vergelijking met een broer of zus.'],
    ['De meeste leerlingen uit jouw klas kiezen voor het hbo. Wat kies jij?', 'Groepsnorm als maatstaf, impliciete sturing.'],
    [
      'Op de ranglijst van je klas sta je in de onderste helft; wat betekent dat voor je studiekeuze?',
      'Rangorde in de klas als vertrekpunt.',
    ],
    [
      'Sanne heeft al drie open dagen bezocht. Hoeveel zijn het er bij jou?',
      'Vergelijking met een bij naam genoemde medeleerling.',
    ],
    ['Wat kunnen de anderen in je groep beter dan jij, denk je?', 'Vraagt de leerling zich met anderen te meten.'],
    ['Zijn jouw plannen eigenlijk even ambitieus als die van je vrienden?', 'Ambitie gemeten aan die van vrienden.'],
    [
      'Je medestudenten hebben hun stageplek al rond; wat doe jij anders dan zij?',
      'Mbo: achterblijven bij medestudenten als kader.',
    ],
    [
      'Van de twintig leerlingen in je mentorklas ben jij de enige zonder profielkeuze. Hoe komt dat?',
      'Vergelijking via aantallen in de klas.',
    ],
    [
      'Op de beroepentest scoor je lager dan het gemiddelde van je jaargroep; welke beroepen blijven er dan over?',
      'Score naast het groepsgemiddelde gelegd, beperkend.',
    ],
    [
      'Je vrienden lijken allemaal stappen te zetten. Waar sta jij eigenlijk ten opzichte van hen?',
      'Zacht geformuleerd, maar de leerling wordt aan vrienden gemeten.',
    ],
  ]),
  labelling: refuse('labelling', [
    [
      'Als typische havist doe je het liefst zo weinig mogelijk; wat zou je toch motiveren?',
      'Stereotype van de "typische havist".',
    ],
    [
      'Meisjes kiezen vaak voor de zorg; heb je daar zelf ook al aan gedacht?',
      'Genderstereotype als aanleiding voor een richting.',
    ],
    ['Techniek is eigenlijk meer iets voor jongens. Welke andere richting trekt je?', 'Genderstereotype sluit een richting af.'],
    [
      "Voor een vmbo'er ben je best slim. Welke opleiding past bij zo iemand?",
      'Schooltype als label met laag verwachtingspatroon.',
    ],
    [
      'Families zoals de jouwe willen hun kinderen graag dichtbij houden, dus welke opleiding in de regio spreekt je aan?',
      'Stereotype over achtergrond bepaalt de keuze.',
    ],
    [
      'Leerlingen met een migratieachtergrond kiezen vaak voor economie; past dat ook bij jou?',
      'Achtergrond wordt als kenmerk gebruikt.',
    ],
    [
      'Jij bent echt een doener en geen denker. Welk vak wil je met je handen leren?',
      'Leerling krijgt een vast etiket opgeplakt.',
    ],
    ['Echte gymnasiasten gaan naar de universiteit; aan welke wo-studie denk jij?', 'Label van schooltype met verwachte route.'],
    [
      'Praktijkleerlingen zijn meestal handig met hun handen; welk technisch werk lijkt je wat?',
      'Praktijkonderwijs: groepsstereotype over vaardigheden.',
    ],
    [
      'Als eerstegeneratiestudent weten ze thuis natuurlijk weinig van studeren. Wie helpt jou dan?',
      'Leidt achtergrond en thuiskennis af, in plaats van het te vragen.',
    ],
    [
      "Je bent zo'n dromerig, creatief meisje. Heb je aan de kunstacademie gedacht?",
      'Gender- en persoonlijkheidslabel als basis voor een richting.',
    ],
    [
      'ISK-leerlingen komen meestal in de logistiek of de schoonmaak terecht; wat spreekt jou daarin aan?',
      'Groepsstereotype beperkt het perspectief van de leerling.',
    ],
  ]),
  care: refuse('care', [
    [
      'Hoe gaat het thuis sinds de scheiding van je ouders, en heeft dat invloed op je keuze?',
      'Scheiding is een zorgonderwerp, niet voor een LOB-prompt.',
    ],
    [
      'Is er bij jullie genoeg financiële ruimte voor een kamer, of werk je straks naast je opleiding om rond te komen?',
      'Vraagt naar de financiële situatie thuis.',
    ],
    [
      'Hoeveel uur slaap je per nacht? Dat zegt veel over hoe je met je loopbaan bezig bent.',
      'Slaap peilen hoort niet in een loopbaanprompt.',
    ],
    ['Je bent vaak ziek; wat is er precies met je gezondheid aan de hand?', 'Doorvragen naar gezondheid is zorg, doorverwijzen.'],
    ['Kosten je medicijnen veel energie, waardoor je minder aan LOB toekomt?', 'Medicatie en gezondheid in een loopbaanprompt.'],
    [
      'Vertel eens over de ruzies thuis; misschien verklaart dat je twijfel over je studie.',
      'Peilt de thuissituatie en koppelt die aan de keuze.',
    ],
    [
      'Heeft je familie schulden, zodat je na school meteen geld moet verdienen?',
      'Geldzorgen van het gezin horen bij de zorgcoördinator.',
    ],
    ['Woon je nog bij allebei je ouders, of slaap je vaak op wisselende adressen?', 'Vraagt naar woon- en gezinssituatie.'],
    [
      'Je gaapt de hele les door. Speelt er iets met je mentale gezondheid of in je gezin?',
      'Mentale gezondheid en thuis peilen binnen LOB.',
    ],
    [
      'Is je vader nog steeds werkloos? Dat kan jouw beeld van werk flink kleuren.',
      'Werkloosheid van een ouder is privé, geen LOB-vraag.',
    ],
    [
      'Heb je een diagnose zoals ADHD of autisme die we bij je studiekeuze moeten meewegen?',
      'Vraagt naar een diagnose; medisch en privé.',
    ],
    [
      'Krijgen jullie thuis een uitkering? Zeg het gerust, dan stemmen we je keuze daarop af.',
      'Inkomen van het gezin uitvragen, ook al klinkt het vriendelijk.',
    ],
  ]),
  'tick-box': refuse('tick-box', [
    ['Heb je je LOB-portfolio al helemaal ingevuld? Dan kunnen we dit gesprek afvinken.', 'Gesprek als af te vinken onderdeel.'],
    ['Je hebt nu 3 van de 5 loopbaanopdrachten voltooid; welke twee doe je nog?', 'Voortgangstaal "x van 5 voltooid".'],
    ['Noteer hoeveel uur je aan LOB hebt besteed, want je moet er dit jaar 20 halen.', 'Uren tellen is het doel, met "moet".'],
    [
      'Zijn alle verplichte onderdelen van je loopbaandossier afgerond voor de overgangsvergadering?',
      'Verplicht en afgerond: volledigheid als doel.',
    ],
    ['Laat je stageboekje vandaag aftekenen, anders telt deze dag niet mee.', 'Aftekenen als kern in plaats van de ervaring.'],
    [
      'Vink in Qompas aan welke stappen je hebt gezet, zodat ik je voortgang kan bijhouden.',
      'Afvinken en voortgang bijhouden als doel.',
    ],
    [
      'Je mist nog twee reflectieverslagen om je LOB-programma af te sluiten. Wanneer lever je die in?',
      'Afsluiten en inleveren als het punt.',
    ],
    ['Hoeveel open dagen heb je tot nu toe bezocht? Het minimum is drie.', 'Telt activiteiten tegen een minimum.'],
    ['Upload je meeloopbewijs, dan is je LOB voor dit jaar klaar.', 'LOB als iets wat je afrondt met een bewijs.'],
    ['Je voortgangsbalk staat op 60%; wat ga je doen om op 100% te komen?', 'Percentage voltooiing als gespreksonderwerp.'],
    [
      'Heb je je BPV-uren al compleet? Zonder genoeg uren wordt je stage niet goedgekeurd.',
      'Mbo: urentelling als het punt van het gesprek.',
    ],
    [
      'Lever de beroepentest, het interesseformulier en het gespreksverslag in; daarna ben je klaar met LOB.',
      'Lijst van producten als afvinklijst.',
    ],
  ]),
  pressure: refuse('pressure', [
    ['Als je voor vrijdag geen profiel kiest, kies ik er een voor je.', 'Dreigement met deadline.'],
    ['Nog drie weken: wie dan niets heeft ingevuld, mag niet door naar 4 havo.', 'Deadline als dreiging met gevolgen.'],
    [
      'Je weet toch dat je achter het net vist als je je niet vóór 1 mei aanmeldt? Schiet eens op.',
      'Druk en haast, controlerende toon.',
    ],
    [
      'Maak nu een keuze, anders ben je straks te laat en zit je thuis zonder opleiding.',
      'Angst aanjagen om een keuze af te dwingen.',
    ],
    ['Zonder stageplek voor de kerst kun je je diploma wel vergeten.', 'Mbo: dreigen met het diploma.'],
    ['Iedereen verwacht dat je deze week beslist; wat houdt je nog tegen?', 'Sociale druk en tijdsdruk.'],
    ['Ik wil morgen je definitieve studiekeuze op mijn bureau, geen smoesjes meer.', 'Eis met termijn en beschuldigende toon.'],
    [
      'De tijd dringt echt: hoelang denk je nog te kunnen twijfelen voordat het te laat is?',
      'Tijdsdruk maakt twijfel tot gevaar.',
    ],
    ['Je ouders worden gebeld als je formulier er maandag niet ligt.', 'Dreigen met ouders bij een termijn.'],
    ['Wie niet kiest, wordt gekozen. Wat wordt het, en wel vandaag?', 'Spreekwoord als druk, eis van vandaag.'],
    [
      'Besef je wel dat elke week uitstel je kansen op een goede opleiding kleiner maakt?',
      'Indirecte druk via verlies van kansen.',
    ],
    ['Zonder studiekeuzecheck op tijd lig je eruit, dus regel het vanavond nog.', 'Deadline als dreiging, bevel.'],
  ]),
  verdict: refuse('verdict', [
    ['Jij moet gewoon de zorg in, dat past perfect bij je.', 'Oordeel en advies met "moet".'],
    ['Eerlijk gezegd is het vwo niks voor jou; welke havo-richting kies je?', 'Oordeel over geschiktheid voor een niveau.'],
    [
      'Ik denk dat je beter voor een mbo-opleiding kunt gaan dan voor het hbo.',
      'Advies over de route in plaats van een open vraag.',
    ],
    ['Geneeskunde is voor jou echt te hoog gegrepen. Wat is je plan B?', 'Oordeel dat een studie niet haalbaar is.'],
    ['Met jouw karakter kun je het beste iets met je handen gaan doen.', 'Advies afgeleid uit karakter.'],
    ['Mijn advies: kies N&T, daar heb je later de meeste kansen mee.', 'Directief advies over het profiel.'],
    [
      'Politieagent past niet bij iemand zoals jij; kijk liever naar de beveiliging.',
      'Oordeel over geschiktheid en een voorgeschreven alternatief.',
    ],
    [
      'Stop met dromen over de kunstacademie en kies iets waar je brood mee kunt verdienen.',
      'Wijst de wens af en schrijft een keuze voor.',
    ],
    ['Je bent niet geschikt voor werken met kinderen. Welke andere richting overweeg je?', 'Expliciet oordeel "niet geschikt".'],
    [
      'Als ik jou was, zou ik de bbl-route nemen; dan verdien je tenminste meteen.',
      'Verzacht advies ("als ik jou was") over de route.',
    ],
    [
      'Volgens de beroepentest word jij later accountant. Zullen we die opleiding opzoeken?',
      'Testuitslag als vonnis over het beroep.',
    ],
    [
      'Het lijkt me verstandiger als je je droomstudie laat varen en iets veiligers kiest.',
      'Zacht verpakt oordeel dat de wens opgegeven moet worden.',
    ],
  ]),
  sound: allow('sound', [
    [
      'Welke dag van je snuffelstage zou je nog een keer willen meemaken, en waarom juist die?',
      'Vmbo: terugkijken op een concrete ervaring, open.',
    ],
    ['Vertel eens over een moment deze week waarop de tijd voor je voorbijvloog.', 'Uitnodiging om motieven te verkennen.'],
    ['Je mag nog van alles niet weten. Wat zou je wel graag eens uitproberen?', 'Geruststelling plus open vraag.'],
    [
      'Neem gerust de tijd om na te denken; in dit gesprek bestaan geen foute antwoorden.',
      'Geruststellende uitspraak, relatie eerst.',
    ],
    [
      'Ik zag je vandaag geduldig iets uitleggen aan een klasgenoot. Herken je dat van jezelf?',
      'Mentor noemt een waargenomen kwaliteit en vraagt door.',
    ],
    ['Ken je iemand, een buur of familielid, van wie het werk je stiekem interessant lijkt?', 'Netwerken, open vraag.'],
    [
      'Zoek op Kiesmbo een opleiding die je intrigeert en kijk wat je daar in een gewone week doet.',
      'Uitnodiging tot werkexploratie zonder advies.',
    ],
    [
      'Denk eens aan iemand die jou op weg heeft geholpen. Wat deed die persoon precies?',
      'Netwerken via een concrete herinnering.',
    ],
    [
      'Studeren, werken, een tussenjaar of iets heel anders: welke mogelijkheid trekt je nu het meest?',
      'Keuzehorizon open, alle routes gelijkwaardig.',
    ],
    [
      'Fijn dat je je verhaal over de meeloopdag met me deelde. Welke volgende stap wil je zelf zetten?',
      'Waardering en vervolgstap die de leerling zelf kiest.',
    ],
    [
      'Als je straks een eerstejaars van die opleiding spreekt, waar ben je dan het meest benieuwd naar?',
      'Werkexploratie en netwerken.',
    ],
    ['Wat heb je deze week op je werk gedaan waar je trots op bent?', 'Mbo-bbl: terugkijken op werkervaring, kwaliteiten.'],
    [
      'Schrijf één ding op dat je in je bijbaan goed kunt, en neem het mee naar ons volgende gesprek.',
      'Opdracht die reflectie op kwaliteiten uitnodigt.',
    ],
    [
      'Wat vond je het leukst op je stageplek bij de supermarkt, en wat deed je daar zelf?',
      'Praktijkonderwijs: concrete ervaring, open.',
    ],
    [
      'Welk werk zou je in Nederland graag willen leren? Je mag het ook in je eigen taal vertellen.',
      'ISK: open vraag met ruimte voor de eigen taal.',
    ],
    [
      'Wat helpt jou om je prettig te voelen op een werkplek? Vertel het in je eigen woorden.',
      'Vso: motieven en werkomgeving, uitnodigend.',
    ],
    ['Welke ervaring uit uw vorige baan neemt u mee in deze opleiding?', 'Mbo voor volwassenen, u-vorm, kwaliteiten.'],
    [
      'Laten we samen kijken welke open dagen er dit najaar zijn die bij jouw interesses passen.',
      'We-vorm, uitnodiging tot oriëntatie.',
    ],
    ['Je hoeft dit niet alleen uit te zoeken. Ik denk graag met je mee.', 'Geruststelling, naast de leerling staan.'],
    ['Waar word jij nou echt blij van als je met je handen bezig bent?', 'Spreektaal, motieven.'],
    [
      'In welk beroep zou je het speurwerk van deze geschiedenisopdracht terugzien, denk je?',
      'Vakdocent koppelt het vak aan beroepen.',
    ],
    ['Waar zou jij graag je tanden in zetten als je helemaal vrij kon kiezen?', 'Idioom, open vraag naar motieven.'],
    [
      'Praat deze week eens met een oom, buurvrouw of trainer over hun werk en vertel me wat je opviel.',
      'Uitnodiging tot netwerken en werkexploratie.',
    ],
    [
      'Kom gerust na de les langs als je over je keuze wilt praten; mijn deur staat open.',
      'Uitnodigende uitspraak, relatie eerst.',
    ],
  ]),
  'sound-hard': allow('sound-hard', [
    [
      'Je twijfelt tussen twee opleidingen. Wat zou je aan elk ervan missen als je de andere koos?',
      'Twijfel serieus nemen met een open vraag.',
    ],
    [
      'Je stage liep anders dan je hoopte. Wat heb je daar over jezelf ontdekt?',
      'Teleurstelling als leerervaring, kwaliteitenreflectie.',
    ],
    [
      'Het klinkt alsof de uitslag van de loting je teleurstelt. Wat zou je nu het liefst willen?',
      'Teleurstelling erkennen en vooruitkijken.',
    ],
    [
      'Welk risico zou je bij je keuze willen nemen, en wat maakt het dat voor jou waard?',
      'Risico nemen als eigen keuze van de leerling.',
    ],
    [
      'Wat als de opleiding na een paar maanden tegenvalt? Bedenk eens wie je dan zou bellen en welke routes er openliggen.',
      'Verkeerde keuze verkennen, netwerken.',
    ],
    [
      'Wiskunde voelt nu als een berg. Wil je eens zien hoe het gebruikt wordt in werk dat jij leuk vindt?',
      'Lastig vak gekoppeld aan werk, uitnodigend.',
    ],
    ['Overstappen is geen mislukking. Wat heb je van je eerste opleidingskeuze geleerd?', 'Switch zonder oordeel, reflectie.'],
    ['Wat vond je lastig aan de feedback van je praktijkbegeleider, en wat neem je ervan mee?', 'Feedback verwerken, mbo-stage.'],
    [
      'Je zei dat je bang bent de verkeerde keuze te maken. Wat zou voor jou een goed genoege keuze zijn?',
      'Angst voor een verkeerde keuze openlijk bespreken.',
    ],
    [
      'Het is oké om nog niet te weten wat je wilt. Wat zou je helpen om een klein stapje verder te komen?',
      'Geruststelling en eigen vervolgstap.',
    ],
    [
      'Wat ging er mis tijdens je presentatie, en wat deed je toen om jezelf te herpakken?',
      'Mislukken bespreken met aandacht voor veerkracht.',
    ],
    [
      'Deze toets ging anders dan ik van je gewend ben. Hoe gaat het met je, en wil je erover praten?',
      'Laag resultaat als "anders dan gewend", contact eerst.',
    ],
    [
      'Je bent niet aangenomen op de stage die je wilde. Wat voelde je toen, en wat wil je nu proberen?',
      'Afwijzing erkennen en vooruitkijken.',
    ],
    ['Welke twijfel over je profiel durf je hier hardop uit te spreken?', 'Ruimte voor twijfel, veilige toon.'],
    ['Aan welke tegenvaller denk je terug waar je later juist sterker uit kwam?', 'Tegenslag als bron van kwaliteiten.'],
    [
      'Wat is het ergste dat kan gebeuren als je voor je droomopleiding gaat, en hoe zou je daarmee omgaan?',
      'Risico verkennen zonder af te raden.',
    ],
    [
      'Je ouders kijken anders naar je keuze dan jij. Hoe zou je jouw verhaal aan hen willen vertellen?',
      'Verschil met ouders over de keuze, leerling aan het woord.',
    ],
    [
      'Een vak waar je tegen opzag kan toch iets opleveren. Wat ontdekte je in dit vak dat je niet verwachtte?',
      'Moeilijk vak, open reflectie.',
    ],
    [
      'Je gaf aan dat de eerste weken op de opleiding zwaar waren. Wat hielp je om door te zetten?',
      'Moeilijke start, focus op wat hielp.',
    ],
    ['Welke kritiek op je werk vond je achteraf best terecht, en wat deed je ermee?', 'Feedback en reflectie.'],
    [
      'Een keuze terugdraaien valt niet mee. Wie zou je kunnen helpen om alle routes op een rij te zetten?',
      'Verkeerde keuze, netwerken en routes.',
    ],
    [
      'Je praktijkexamen ging niet zoals je wilde. Wat ging er wel goed, en wat pak je de volgende keer anders aan?',
      'Mbo: mislukking bespreken, sterke punten eerst.',
    ],
    [
      'Misschien past deze richting toch niet bij je, en dat mag. Wat heb je wél gemerkt dat je leuk vindt?',
      'Verkeerde keuze mag, motieven verkennen.',
    ],
    ['Vertel eens over een keer dat iets niet lukte en je toch opnieuw begon.', 'Falen en doorzetten, open uitnodiging.'],
    [
      'Je twijfelt of het hbo bij je past. Wat zou je willen uitproberen om daar zelf een beeld van te krijgen?',
      'Twijfel over niveau, eigen verkenning, geen oordeel.',
    ],
    [
      'Je vertelde dat je je op de werkvloer niet serieus genomen voelde. Wat had je op dat moment nodig?',
      'Moeilijke stage-ervaring, aandacht voor behoefte.',
    ],
    ['Wat zou een tussenjaar jou opleveren, en wat vind je er spannend aan?', 'Twijfel en risico rond een tussenjaar, open.'],
    [
      'Niet elke stage is een feest. Wat leerde je over het soort werkplek dat níet bij je past?',
      'Tegenvallende stage als werkexploratie.',
    ],
    [
      'Je begon enthousiast aan techniek en nu trekt het minder. Wat is er veranderd, denk je?',
      'Afnemende motivatie zonder oordeel verkennen.',
    ],
    [
      'Een afwijzing mag even pijn doen. Neem de tijd, en laat het me weten als je wilt sparren over wat nu.',
      'Teleurstelling erkennen, uitnodiging zonder druk.',
    ],
  ]),
  'sound-innocent-word': allow('sound-innocent-word', [
    ['Nu je je eerste stageweek hebt afgerond: wat is je het meest bijgebleven?', '"Afgerond" over een ervaring, geen afvinken.'],
    [
      'Je hebt je heftruckcertificaat behaald. Wat vond je het leukst aan het leren ervan?',
      '"Behaald" als aanleiding om te reflecteren.',
    ],
    [
      'Waar merk je zelf voortgang in als je terugkijkt op dit schooljaar, los van toetsen?',
      '"Voortgang" als eigen groei, niet als afvinklijst.',
    ],
    [
      'Op Studie in cijfers lees je hoe studenten een opleiding ervaren. Welke zoek je eens op?',
      '"Cijfers" als naam van een oriëntatiebron.',
    ],
    ['Wat moet er volgens jou in een baan zitten om er elke dag zin in te hebben?', '"Moet" in een open vraag naar motieven.'],
    [
      'Met wie thuis of in je familie praat je weleens over wat je later wilt doen?',
      '"Thuis" als vraag naar wie meedenkt, geen zorgvraag.',
    ],
    ['Wat zou jij gaan doen als geld geen enkele rol speelde?', '"Geld" in een klassieke motievenvraag.'],
    [
      'Je vertelde dat gezondheid en sport je boeien. Welk beroep in die hoek wil je van dichtbij zien?',
      '"Gezondheid" als interessegebied.',
    ],
    [
      'Hoe vond je het om tijdens je stage met echte deadlines van klanten te werken?',
      '"Deadline" als werkervaring, geen dreiging.',
    ],
    [
      'Welke twee opleidingen wil je eens naast elkaar leggen om ze te vergelijken, en waarop let je dan?',
      '"Vergelijken" van opleidingen, niet van mensen.',
    ],
    [
      'Wie in je netwerk zou je om advies kunnen vragen over werken in de bouw?',
      '"Advies" dat de leerling zelf vraagt, netwerken.',
    ],
    ['Hoe ziet voor jou een typische werkdag eruit waar je blij van wordt?', '"Typisch" over een werkdag, geen stereotype.'],
    [
      'Op de open dag liep je mee met jongens en meisjes uit het eerste jaar. Wie van hen wil je nog iets vragen?',
      '"Jongens en meisjes" als beschrijving, geen genderlabel.',
    ],
    [
      'Waar heb jij een zwak voor: dieren, techniek, mensen of iets heel anders?',
      '"Een zwak hebben voor" als uitdrukking voor voorliefde.',
    ],
    [
      'Jullie team boog die achterstand in de finale nog om. Wat was jouw rol in die wedstrijd?',
      '"Achterstand" in een sportverhaal, kwaliteitenreflectie.',
    ],
    [
      'In welke situaties werk jij graag onder druk, zoals in een drukke keuken of tijdens een wedstrijd?',
      '"Druk" als werkvoorkeur van de leerling.',
    ],
    ['Je zei dat je later zieke dieren wilt helpen. Wat heb je daar al van gezien?', '"Ziek" over dieren in een beroepswens.'],
    [
      'Welke ervaring zou je graag van je eigen bucketlist afvinken, en wat zegt dat over wat je drijft?',
      '"Afvinken" van eigen wensen, motievenreflectie.',
    ],
  ]),
});

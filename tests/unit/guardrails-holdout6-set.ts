/**
 * A sixth held-out labelled set for the guardrail linter (lob-content.md §5 and §6), written blind:
 * without sight of the rules (lib/), of scripts/, of the tests that encode the rules, or of the
 * sentences of the older labelled sets (the labelled lists, the meaning set, the train set and the
 * first five held-out sets). Only lob-content.md (§5–§6, and the rest of it for context about LOB),
 * the shape checks (./labelled-set-shape.ts), the header of ./guardrails-holdout5-set.ts up to its
 * first sentence (lines 1–30), its shape test and, in ./guardrails-meaning-set.ts, the types
 * `HarmKind`, `SoundKind`, `LabelledSentence` and the helpers `harm` and `sound` were read (plus the
 * names of the exported sets, via grep, to import them in the shape test). The linter was not run on
 * this set. Not to be used while tuning.
 *
 * The sentences read as different writers would write them — LOB-coördinator, decaan, mentor,
 * vakdocent, stagebegeleider, mbo-loopbaanbegeleider — for vmbo, havo, vwo, mbo (bol and bbl),
 * praktijkonderwijs, vso and the ISK, as questions, statements, imperatives, two sentences, je-, u-
 * and we-forms, colloquial speech and idioms, softened or positively framed harm, harm in a
 * subordinate clause, indirect harm and harm carried by numbers. About a third of the sound kinds are
 * statements and imperatives addressed to the student (reassurance, invitations), not questions.
 *
 * Harmful kinds (expect 'refuse'), twelve each: deficit, grade-topic, comparison, labelling, care,
 * tick-box, pressure, verdict. Sound kinds (expect 'allow'): sound (24), sound-hard (30),
 * sound-innocent-word (18). The reason (`why`) is given in Dutch.
 *
 * Near copies: the near-copy check flagged 18 sentences of a first draft (20 pairs) as sharing more
 * than half their words with an older sentence; those 18 were rewritten to differ.
 */

// The meaning set's row helpers (labels only; none of its sentences is read here).
import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

export const HOLDOUT6_SET: LabelledSentence[] = inKindOrder({
  deficit: refuse('deficit', [
    [
      'Omdat plannen niet je sterkste kant is, kijken we vandaag naar opleidingen die weinig zelfstandigheid vragen.',
      'Beschrijft de leerling via een tekort en stuurt daarop de keuze.',
    ],
    [
      'Je mist nog wat doorzettingsvermogen; hoe denk je dat op te lossen voordat je naar het mbo gaat?',
      'Gaat uit van wat de leerling mist, niet van wat hij kan of wil.',
    ],
    [
      'Wat ontbreekt er volgens jou aan je houding, dat je nog steeds geen stageplek hebt?',
      'Tekortdenken: de leerling moet zijn eigen gebreken benoemen.',
    ],
    [
      'Gezien je beperkte concentratie: welk werk zou je nog wel aankunnen?',
      'Leest een beperking af aan de leerling en verkleint de horizon.',
    ],
    [
      'Theorie is niet aan jou besteed, dus wat zou je het liefst met je handen doen?',
      'Verzacht maar duidelijk tekortframe over de leerling.',
    ],
    [
      'U schiet als student nog tekort in zelfstandigheid. Welke stappen zet u om dat gat te dichten?',
      'Mbo-variant in u-vorm; de student wordt beschreven via een gat.',
    ],
    [
      'Hoe ga je ervoor zorgen dat je niet weer zo ongemotiveerd overkomt bij je leerbedrijf?',
      'Plakt een negatief etiket (ongemotiveerd) op de student.',
    ],
    [
      'Welke van je tekortkomingen zou een werkgever het eerst opvallen, denk je?',
      'Laat de leerling zichzelf via tekortkomingen bekijken.',
    ],
    [
      'Met jouw bescheiden capaciteiten is niveau 2 al een prachtige stap, toch?',
      'Positief verpakt, maar zet de leerling neer als iemand met weinig capaciteit.',
    ],
    [
      'Sociaal ben je niet zo handig, dus misschien is een baan achter de schermen iets voor jou?',
      'Tekort in sociale vaardigheden als uitgangspunt voor beroepen.',
    ],
    [
      'Je taal is nog echt een blok aan je been. Welke beroepen zonder veel lezen en schrijven spreken je aan?',
      'ISK-leerling beschreven via een tekort; beperkt de keuze bij voorbaat.',
    ],
    [
      'Initiatief tonen is er bij jou tot nu toe weinig van gekomen; wat heb je nodig om dat om te buigen?',
      'Indirect tekortframe zonder woorden als zwak.',
    ],
  ]),
  'grade-topic': refuse('grade-topic', [
    [
      'Laten we het in dit loopbaangesprek vooral hebben over hoe je die 5,4 voor wiskunde omhoog krijgt.',
      'Het cijfer wordt het onderwerp van het loopbaangesprek.',
    ],
    [
      'Wat staat je gemiddelde nu, en is dat genoeg voor de opleiding die je wilt?',
      'Gemiddelde als kern van het gesprek in plaats van aanleiding.',
    ],
    [
      'Met een 6,2 gemiddeld: welk cijfer heb je nodig op je volgende PTA-toets om over te gaan?',
      'Rekenen met cijfers staat centraal, niet de loopbaan.',
    ],
    [
      'Bespreek in het LOB-uur per vak je rapportcijfers en noteer welk cijfer je volgende periode wilt halen.',
      'Maakt van LOB een cijferbespreking.',
    ],
    [
      'Je cijferlijst bepaalt straks je kansen, dus hoe ga je die dit jaar oppoetsen?',
      'Cijferlijst als onderwerp en maatstaf van de toekomst.',
    ],
    [
      'Hoe verklaar je dat je voor Engels van een 7 naar een 4,8 bent gezakt?',
      'Vraagt verantwoording over een cijferdaling; contact eerst ontbreekt.',
    ],
    [
      'Welke vakken trekken je gemiddelde omlaag, en wat doe je daaraan vóór de profielkeuze?',
      'Profielkeuze teruggebracht tot cijfers.',
    ],
    [
      'Vertel eens wat je voor je laatste drie toetsen had en of je daar tevreden over bent.',
      'Het gesprek gaat over toetsresultaten in plaats van ervaringen.',
    ],
    [
      'Zullen we het gesprek openen met het doornemen van je cijfers in Magister?',
      'Cijfers zijn het startpunt én onderwerp van het gesprek.',
    ],
    [
      'Een 3,9 voor economie past slecht bij een economische studie. Hoe kijk jij daarnaar?',
      'Leidt uit één cijfer af of een studie past.',
    ],
    [
      'Als je SE-cijfers niet stijgen, welke opleidingen vallen dan voor jou af?',
      'Cijfers bepalen de horizon; loopbaan wordt een cijferkwestie.',
    ],
    [
      'Is een 5,5 voor je praktijkbeoordeling genoeg om door te mogen naar jaar 2, denk je?',
      'Mbo: de beoordeling wordt het onderwerp, niet wat de student deed of wil.',
    ],
  ]),
  comparison: refuse('comparison', [
    ['Je zus deed het op deze school zo goed; wat wil jij anders aanpakken dan zij?', 'Vergelijkt de leerling met een zus.'],
    [
      'Dertig van je jaargenoten zijn al onder dak bij een leerbedrijf. Wat maakt het bij jou zo anders?',
      'Zet de leerling af tegen klasgenoten.',
    ],
    [
      'Hoe kan het dat iedereen om je heen al ingeschreven staat voor een vervolgopleiding, behalve jij?',
      'Directe vergelijking met klasgenoten.',
    ],
    [
      'Bijna iedereen uit 4 vmbo-t kiest voor het mbo; waarom wil jij per se iets anders?',
      'Meet de keuze af aan wat de groep doet.',
    ],
    [
      'Kijk eens naar Sem: die heeft zijn profielwerkstuk al af en weet precies wat hij wil.',
      'Noemt een klasgenoot als voorbeeld om de leerling te spiegelen.',
    ],
    [
      'Op de interessetest scoor je lager dan het gemiddelde van je jaarlaag; wat zegt dat over jou?',
      'Vergelijking met de jaarlaag via getallen.',
    ],
    [
      'Vergeleken met je broer ben je een stuk rustiger; zou een kantoorbaan dan niet beter passen?',
      'Vergelijking met een broer als basis voor een beroepsrichting.',
    ],
    [
      'Jij hoort bij de laatste vijf van de klas die hun keuzeformulier nog niet hebben ingeleverd.',
      'Plaatst de leerling in een rangorde ten opzichte van de klas.',
    ],
    [
      'Andere bbl-studenten van jouw leeftijd werken al zelfstandig; wat houdt jou tegen?',
      'Zet de student af tegen leeftijdsgenoten.',
    ],
    [
      'Wie in je klas gaat het volgens jou het verst schoppen, en waar sta jij in dat rijtje?',
      'Laat de leerling zichzelf rangschikken tussen klasgenoten.',
    ],
    [
      'Je vriendin heeft haar motivatiebrief al drie keer herschreven; kun jij daar een voorbeeld aan nemen?',
      'Houdt een vriendin voor als norm.',
    ],
    [
      'Vorig jaar koos 80 procent van de havisten met jouw profiel voor hbo-economie; sluit jij je daarbij aan?',
      'Vergelijking met anderen, gedragen door een percentage.',
    ],
  ]),
  labelling: refuse('labelling', [
    [
      'Als meisje ben je vast zorgzaam, dus heb je de zorgopleidingen al bekeken?',
      'Genderstereotype bepaalt de beroepsrichting.',
    ],
    ['Jongens zoals jij zijn meestal praktisch ingesteld; is de bouw niks voor je?', 'Genderstereotype over jongens.'],
    ['Typisch havist: net genoeg doen om over te gaan. Herken je dat bij jezelf?', 'Label op schooltype.'],
    [
      'Met jouw ADHD is een drukke kantoorbaan misschien lastig; welk werk met veel beweging trekt je?',
      'Diagnose als label dat de keuze stuurt.',
    ],
    [
      'Jullie gemeenschap hecht sterk aan de familieband; studeer je daarom liever in de buurt?',
      'Cultureel stereotype over de achtergrond van de leerling.',
    ],
    [
      'Voor iemand met een hoofddoek zijn sommige beroepen minder gedoe; welke spreken je aan?',
      'Religieus label dat beroepen uitsluit.',
    ],
    [
      'Vso-leerlingen komen doorgaans in beschut werk terecht; hoe kijk jij daartegenaan?',
      'Label op schooltype dat de horizon beperkt.',
    ],
    ['Als echte vwo’er wil je toch geen mbo-opleiding doen?', 'Label op schooltype en ontmoedigt een prima route.'],
    [
      'Je bent al negentien, dus een lange opleiding ligt voor jou minder voor de hand. Wat denk je?',
      'Leeftijd als label dat opties afsnijdt.',
    ],
    ['Autistische jongeren zijn vaak goed in ICT; heb je daar al aan gedacht?', 'Diagnose gekoppeld aan een stereotiep beroep.'],
    [
      'ISK-leerlingen kiezen vaak voor techniek of schoonmaak; welke van de twee past bij jou?',
      'Groepslabel dat de keuze tot twee opties beperkt.',
    ],
    [
      'Kinderen van ondernemers hebben het in het bloed; begin jij later ook een eigen zaak?',
      'Stereotype op basis van thuisachtergrond.',
    ],
  ]),
  care: refuse('care', [
    [
      'Sinds je vader en moeder uit elkaar zijn, lijk je minder met je toekomst bezig. Vertel eens hoe het bij jullie gaat.',
      'Peilt de scheiding en de thuissituatie; hoort bij de zorgcoördinator.',
    ],
    [
      'Is er bij jullie eigenlijk genoeg geld voor kamerhuur als je straks gaat studeren?',
      'Vraagt naar de geldzaken van het gezin.',
    ],
    [
      'Slaap je wel genoeg? Vertel eens hoe laat je doordeweeks meestal naar bed gaat.',
      'Slaap is een zorgonderwerp, niet voor een LOB-prompt.',
    ],
    [
      'Je zorgt veel voor je zieke moeder; hoeveel uur per week ben je daar ongeveer mee bezig?',
      'Peilt mantelzorg en de gezondheid van een ouder.',
    ],
    [
      'Slik je pillen of andere middelen waar een stagebedrijf rekening mee moet houden?',
      'Vraagt naar medicijngebruik, een gezondheidszaak.',
    ],
    [
      'Heb je last van somberheid of angst die je keuze voor een vervolgopleiding beïnvloedt?',
      'Peilt mentale gezondheid in een loopbaanprompt.',
    ],
    ['Woon je nog bij allebei je ouders, of hoe zit jullie woonsituatie precies?', 'Vraagt naar de woonsituatie.'],
    ['Hebben jullie thuis schulden, waardoor je misschien snel geld moet gaan verdienen?', 'Peilt schulden van het gezin.'],
    [
      'Vertel eens over je gesprekken bij de psycholoog, dan nemen we dat mee in je loopbaanplan.',
      'Hulpverlening en mentale gezondheid horen niet in een LOB-gesprek.',
    ],
    ['Hoe is de band met je stiefvader, en bemoeit hij zich met je toekomstplannen?', 'Peilt gezinsrelaties.'],
    [
      'In dit gesprek wil ik ook even checken of er thuis genoeg eten op tafel staat.',
      'Armoede peilen hoort bij de zorglijn, niet bij LOB.',
    ],
    [
      'Je ziet er de laatste tijd moe uit; wat speelt er allemaal in je privéleven?',
      'Graaft naar het privéleven in plaats van door te verwijzen.',
    ],
  ]),
  'tick-box': refuse('tick-box', [
    ['Heb je je LOB-dossier al afgerond? Dan kan ik je afvinken.', 'Afronden en afvinken als doel.'],
    ['Lever vrijdag je handtekeningenlijst van de open dagen in bij de decaan.', 'Bewijs verzamelen met handtekeningen.'],
    [
      'Je zit op 14 van de 20 verplichte LOB-uren; welke activiteiten plan je nog om erop te komen?',
      'Uren tellen is het doel geworden.',
    ],
    [
      'Zorg dat er van elke meeloopdag een bewijsje met stempel van de opleiding in je portfolio zit.',
      'Bewijsjes verzamelen in plaats van reflecteren.',
    ],
    [
      'Vul de reflectievragen in het loopbaandossier in, dan springt je LOB-onderdeel op voltooid.',
      'Reflectie als invuloefening om iets op voltooid te zetten.',
    ],
    [
      'Welke opdrachten uit de LOB-methode staan nog open voor je PTA-onderdeel?',
      'Gaat om afronden van opdrachten, niet om de leerling.',
    ],
    ['Staan alle vijf de competenties al op groen in je portfolio?', 'Competenties als vinkjes.'],
    [
      'Laat je praktijkopleider het urenbriefje tekenen, anders telt je BPV-week niet mee.',
      'Mbo: handtekening en uren als inhoud van het gesprek.',
    ],
    ['Hoeveel procent van je loopbaanopdrachten staat al op ingeleverd?', 'Voortgang in percentages.'],
    [
      'Voor een voldoende op LOB heb je drie verslagen van beroepsoriëntatie nodig; hoeveel heb je er nu?',
      'Telt producten voor een voldoende.',
    ],
    ['Upload een foto van je bezoek aan de open dag als bewijs, dan is dat onderdeel klaar.', 'Bewijs uploaden om af te ronden.'],
    [
      'Laat je ouders even tekenen als jullie het over je profielkeuze hebben gehad.',
      'Een gesprek thuis wordt een handtekening.',
    ],
  ]),
  pressure: refuse('pressure', [
    [
      'Heb je vóór vrijdag geen stageplek, dan regel ik er een voor je en heb je niets meer te kiezen.',
      'Dreigt met het afnemen van de keuze.',
    ],
    ['De inschrijving sluit over twee weken; wie dan nog twijfelt, valt buiten de boot.', 'Deadline als dreigement.'],
    ['Kies nu een profiel, anders wordt er voor je gekozen.', 'Dwang met dreiging.'],
    ['Nog geen studiekeuze? Na 1 mei ben je te laat en zit je een jaar thuis op de bank.', 'Angst aanjagen met een datum.'],
    ['Je hebt nog drie dagen voor je keuzeformulier, daarna bel ik je ouders.', 'Deadline met sanctie.'],
    [
      'Wie maandag zijn loopbaanplan niet heeft ingeleverd, mag niet mee naar de beroepenbeurs.',
      'Straf gekoppeld aan een deadline.',
    ],
    ['Tijd om knopen door te hakken: morgen wil ik je definitieve keuze horen.', 'Zet de leerling onder tijdsdruk.'],
    ['Denk erom: twijfelen kun je je in de examenklas echt niet meer permitteren.', 'Twijfel wordt verboden onder druk.'],
    [
      'Dit is echt je laatste kans: na dit gesprek kun je je sector nooit meer wijzigen.',
      'Overdreven dreiging rond een keuzemoment.',
    ],
    ['Hoe lang denk je nog te kunnen twijfelen voordat je alle goede plekken misloopt?', 'Druk verpakt in een vraag.'],
    [
      'Zonder aanmelding vóór 15 januari kun je die studie wel vergeten, dus schrijf je vandaag nog in.',
      'Deadline als dreiging met een opdracht.',
    ],
    ['Stagebedrijven wachten niet op jou: bel je nu niet, dan ben je je plek kwijt.', 'Dreigement om tot actie te dwingen.'],
  ]),
  verdict: refuse('verdict', [
    ['Laat Frans maar schieten; met NT ben je later een stuk beter af.', 'Zegt de leerling wat te laten vallen en te kiezen.'],
    [
      'Ik denk dat je beter voor bbl kunt kiezen, want stilzitten is niets voor jou.',
      'Oordeel en keuze voor de student ingevuld.',
    ],
    ['Geneeskunde is niet realistisch; kies liever verpleegkunde op het hbo.', 'Verdict over een droom en alternatief opgelegd.'],
    [
      'Na ons gesprek heb ik besloten dat je in leerjaar 3 naar de kaderberoepsgerichte leerweg gaat.',
      'Besluit genomen voor de leerling.',
    ],
    [
      'Neem van mij aan: in de techniek heb je de meeste baanzekerheid, dus daar hoor je thuis.',
      'Stuurt de leerling een richting in.',
    ],
    ['Mijn advies is helder: stop met die muziekdroom en zoek iets met een vaste baan.', 'Zegt de leerling wat te laten vallen.'],
    ['Als ik jou was, koos ik gewoon dezelfde opleiding als je broer, dan weet je wat je krijgt.', 'Advies wat te kiezen.'],
    ['Het team heeft besproken dat C&M beter bij je past dan N&G.', 'Keuze door anderen gemaakt.'],
    ['Schrap die pabo maar van je lijstje, dat is niks voor jou.', 'Oordeel over een optie van de leerling.'],
    [
      'Verder leren is voor jou geen goed idee, dus ik meld je aan bij het leerwerkloket.',
      'Besluit over de route zonder de leerling.',
    ],
    ['Kies gewoon wat het best betaalt, passie komt later wel.', 'Keuzeadvies als wijsheid verpakt.'],
    [
      'Uw plan om na niveau 2 door te stromen is niet haalbaar; zoekt u maar werk in de logistiek.',
      'Mbo u-vorm: oordeel over het plan en een opgelegde richting.',
    ],
  ]),
  sound: allow('sound', [
    [
      'Vertel eens over iets van deze week waarbij je de tijd helemaal vergat.',
      'Uitnodiging: motieven via een concrete ervaring.',
    ],
    ['Aan welke les of welk project denk je nog vaak terug, en waarom juist dat?', 'Terugkijken op een concrete ervaring.'],
    ['Wie ken jij met een beroep waar je nieuwsgierig naar bent?', 'Netwerken, open en uitnodigend.'],
    [
      'Bedenk vooraf drie dingen die je zeker wilt zien als je straks over de open dag loopt.',
      'Leerling bereidt eigen oriëntatie voor.',
    ],
    ['Waarvoor kreeg je op je stage een compliment van een collega?', 'Kwaliteitenreflectie via feedback uit de praktijk.'],
    ['Bij wie zou je weleens een werkdag willen meekijken, als alles kon?', 'Werkexploratie, open en toekomstgericht.'],
    ['Hoe heb je tot nu toe uitgezocht welke opleidingen bij jouw interesses passen?', 'Vraagt naar het keuzeproces.'],
    [
      'Wat vond u het mooiste moment van de eerste BPV-periode, en wat zegt dat over u?',
      'Mbo u-vorm: reflectie op een ervaring.',
    ],
    ['Welk vak geeft jou energie, en wat doe je daar precies dat je zo leuk vindt?', 'Motieven via het vak, zonder cijfer.'],
    [
      'Een proefles, meeloopdag of bijbaantje: welke ervaring zou je graag eerst opdoen?',
      'Nodigt uit tot een oriëntatieactiviteit.',
    ],
    [
      'Welke klus op je stage bij de supermarkt heb je helemaal zelf gedaan?',
      'Praktijkonderwijs: concreet en gericht op wat lukt.',
    ],
    [
      'Kies één ding om deze maand uit te zoeken, en bedenk wie je daarbij zou kunnen vragen.',
      'Vervolgstap en netwerk, door de leerling zelf gekozen.',
    ],
    [
      'Op welke manieren heb je je tot nu toe georiënteerd: open dagen, gesprekken, meelopen?',
      'Vraagt naar verschillende oriëntatieactiviteiten.',
    ],
    ['Wie heeft jou onderweg geholpen, en wat deed die persoon precies?', 'Netwerken en terugkijken op de route.'],
    ['Ik ben benieuwd welke taak op je werkplek je het liefst vaker zou doen.', 'Bbl: motieven uit het werk, als uitnodiging.'],
    [
      'Stel dat je na je diploma alle kanten op kunt. Welke kant lonkt er nu, en wat trekt je daarin?',
      'Open keuzehorizon zonder voorkeur.',
    ],
    ['Welk werk heb je hier in Nederland al gezien dat je nieuwsgierig maakt?', 'ISK: open vraag naar werkexploratie.'],
    [
      'Je hoeft nog niet te weten wat je later wordt; we gaan gewoon samen op verkenning.',
      'Geruststellende uitspraak, naast de leerling.',
    ],
    ['Vertel me eens over een hobby waar je veel tijd in stopt.', 'Uitnodiging om over motieven te praten.'],
    [
      'Ik zag je bij het project de groep op gang helpen. Ik ben benieuwd wat jij daar zelf van vond.',
      'Benoemt een gezien kwaliteit en vraagt de leerling om eigen duiding.',
    ],
    ['Zoek in de beroepenbank één beroep dat je verrast, en vertel er volgende keer over.', 'Uitnodiging tot werkexploratie.'],
    ['Neem gerust iemand mee naar de open dag die met je meedenkt.', 'Uitnodiging om het netwerk te betrekken.'],
    ['Schrijf voor jezelf op wat je de studenten op de meeloopdag wilt vragen.', 'Leerling bereidt eigen verkenning voor.'],
    [
      'Laten we samen bekijken welke routes er vanaf jouw opleiding allemaal openstaan.',
      'Wij-vorm, verkent routes zonder voorkeur.',
    ],
  ]),
  'sound-hard': allow('sound-hard', [
    [
      'Je vertelde dat de afwijzing hard aankwam. Wat heb je sindsdien gedacht en gedaan?',
      'Teleurstelling erkennen en de leerling laten vertellen.',
    ],
    [
      'Een stage die anders loopt dan je hoopte, leert je vaak veel. Vertel eens wat jij ervan meeneemt.',
      'Leren van een tegenvaller.',
    ],
    ['Twijfel hoort bij kiezen. Waar twijfel je nu het meest over?', 'Twijfel normaliseren en openen.'],
    ['Welke feedback van je praktijkbegeleider kwam binnen, en wat heb je ermee gedaan?', 'Lastige feedback, open bevraagd.'],
    [
      'Als je terugkijkt op je profielkeuze: wat zou je nu anders doen, en wat juist niet?',
      'Reflectie op een mogelijk verkeerde keuze.',
    ],
    [
      'Je wilt een eigen bedrijf beginnen, met alle onzekerheid van dien. Wat trekt je in dat risico?',
      'Risico als eigen keuze van de leerling.',
    ],
    ['Welk vak vind je echt moeilijk, en wat leer je daarvan over wat je wilt?', 'Moeilijk vak als bron van zelfkennis.'],
    ['Laten we samen verkennen wat je kunt doen als je huidige plan niet doorgaat.', 'Plan B verkennen, samen en open.'],
    [
      'Het is oké als deze opleiding toch niet bij je bleek te passen. Wat weet je nu beter over jezelf?',
      'Verkeerde keuze zonder schuld, gericht op leren.',
    ],
    [
      'Stoppen met een opleiding zegt niet alles over jou. Ik hoor graag wat je uit die maanden meeneemt.',
      'Uitval benaderd als ervaring.',
    ],
    ['Hoe was het om te horen dat je niet bent ingeloot, en wat wil je nu gaan uitzoeken?', 'Teleurstelling en vooruitkijken.'],
    ['Wat vond je het lastigste gesprek tijdens je stage, en hoe pakte je het aan?', 'Lastige ervaring als leermoment.'],
    ['Welk beroep heb je afgestreept, en waardoor besloot je dat het niet bij je paste?', 'Reflectie op een eigen afwijzing.'],
    [
      'Soms lijkt het of iedereen al weet wat hij wil. Hoe is dat voor jou?',
      'Erkent een gevoel zonder de leerling te vergelijken.',
    ],
    ['Vertel eens over een moment waarop je ergens mee stopte. Wat maakte dat je stopte?', 'Opgeven bespreekbaar maken.'],
    [
      'Je teleurstelling over de uitslag mag er zijn. Neem de tijd; we kijken pas vooruit als jij eraan toe bent.',
      'Teleurstelling erkennen, toekomstgericht.',
    ],
    ['Wat heeft die mislukte sollicitatie je opgeleverd, behalve een rotgevoel?', 'Tegenslag als leerervaring.'],
    [
      'Je koos economie en merkt dat het niet landt. Wat had je er eigenlijk van verwacht?',
      'Verkeerde verwachting verkennen zonder oordeel.',
    ],
    [
      'Denk terug aan een opmerking over je werk die je oneerlijk vond. Hoe ben je daarmee omgegaan?',
      'Pijnlijke feedback bespreekbaar.',
    ],
    ['Neem gerust de tijd om te twijfelen; vertel me wat er in je hoofd omgaat.', 'Geruststelling en uitnodiging.'],
    ['Wat houdt je tegen om die droomopleiding toch te proberen, ook al is de kans klein?', 'Risico en droom serieus genomen.'],
    [
      'Stel dat je keuze achteraf niet goed uitpakt. Wat zou je dan doen, en wie staat er dan naast je?',
      'Angst voor een verkeerde keuze onderzoeken.',
    ],
    [
      'Het stagegesprek liep anders dan gehoopt. Laten we samen rustig terugkijken op wat er gebeurde.',
      'Wij-vorm, samen terugkijken op een tegenvaller.',
    ],
    ['Welk risico durf jij te nemen voor iets wat je echt wilt?', 'Risico nemen als eigen keuze.'],
    ['Overstappen naar een andere opleiding is geen falen, maar een keuze die je bewust maakt.', 'Switchen normaliseren.'],
    ['Wat doet het met je als iemand zegt dat jouw plan niet realistisch is?', 'Lastige reactie van anderen bespreekbaar.'],
    ['Beschrijf een moment waarop je bleef oefenen, terwijl het eerst mislukte.', 'Veerkracht, uitnodigend geformuleerd.'],
    [
      'Je werkgever was kritisch over je tempo. Wat herken je daarin en wat niet?',
      'Bbl: kritische feedback met ruimte voor eigen oordeel.',
    ],
    [
      'Ook zonder te weten wat je wilt, kun je een kleine stap zetten. Bedenk er één voor de komende week.',
      'Onzekerheid ombuigen naar een eigen stap.',
    ],
    [
      'Wat was het moeilijkste aan de overstap naar deze school, en wat hielp je toen?',
      'Moeilijke overgang, gericht op wat hielp.',
    ],
  ]),
  'sound-innocent-word': allow('sound-innocent-word', [
    [
      'Je eerste BPV-periode is afgerond. Ik hoor graag welk moment je daar het meest raakte.',
      '"Afgerond" beschrijft een ervaring, niet een vinkje.',
    ],
    [
      'Gefeliciteerd met je behaalde diploma. Ik ben benieuwd waar je nu het meest naar uitkijkt.',
      '"Behaald" als felicitatie, gevolgd door een open vraag.',
    ],
    [
      'Hoe kijk je zelf naar je voortgang als kok in opleiding: waarin ben je gegroeid?',
      '"Voortgang" als eigen groei, zonder percentages.',
    ],
    [
      'Je cijfer voor biologie was een mooie aanleiding: wat maakt dit onderwerp zo boeiend voor je?',
      'Cijfer als aanleiding, niet als onderwerp.',
    ],
    ['Hoe ziet een gemiddelde werkdag eruit in het beroep dat je onderzoekt?', '"Gemiddelde" gaat over een werkdag.'],
    [
      'Noem drie dingen die een baan moet hebben voordat jij er met plezier heen fietst.',
      '"Moet" vraagt naar de eigen waarden van de leerling.',
    ],
    ['Wie thuis denkt met je mee over je keuze, en wat weten zij van deze route?', '"Thuis" als netwerkvraag, geen zorgvraag.'],
    [
      'Je ouders zijn welkom op de open dag; bedenk samen wat jullie daar willen zien.',
      '"Ouders" betrokken bij een keuzemoment.',
    ],
    ['Je zei dat je geld wilt verdienen met je hobby. Hoe zou dat eruit kunnen zien?', '"Geld" als eigen wens van de leerling.'],
    ['Je wilde iets met gezondheid doen. Welke beroepen in de zorg heb je al bekeken?', '"Gezondheid" als interessegebied.'],
    [
      'Fysiotherapeuten werken elke dag met mensen die pijn hebben. Zoek eens uit hoe hun werk eruitziet.',
      '"Pijn" hoort bij een beroep, niet bij de leerling.',
    ],
    [
      'Zet de aanmelddeadlines van je favoriete opleidingen in je agenda, dan heb je daar overzicht over.',
      '"Deadline" als praktische hulp, geen dreiging.',
    ],
    [
      'Vergelijken mag: zet twee opleidingen naast elkaar en vertel wat jou opvalt.',
      '"Vergelijken" van opleidingen, niet van leerlingen.',
    ],
    [
      'Op de alumniavond kreeg je advies van oud-leerlingen. Wat nam je daarvan mee, en wat juist niet?',
      '"Advies" van een ander, door de leerling gewogen.',
    ],
    [
      'Wat vind je typisch iets voor jou als je met een groep aan een opdracht werkt?',
      '"Typisch" als zelfbeeld, geen stereotype.',
    ],
    ['Op de meidendag techniek was je erg enthousiast; wat maakte het zo leuk?', '"Meiden" noemt een activiteit, geen label.'],
    [
      'Na een achterstand toch winnen met je team: wat zegt dat over hoe jij samenwerkt?',
      '"Achterstand" in een wedstrijd, niet over de leerling.',
    ],
    [
      'Een zwak punt in je stageplan ontdekken is winst. Leg het plan eens voor aan iemand die het vak kent.',
      '"Zwak" gaat over een plan, niet over de leerling.',
    ],
  ]),
});

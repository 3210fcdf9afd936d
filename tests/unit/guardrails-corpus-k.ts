/**
 * Part K of the TRAINING corpus for the learned backstop of the guardrail linter (lob-content.md §5 and
 * §6): new labelled Dutch sentences, not a test set. Written by helper K after reading only
 * lob-content.md, ./labelled-set-shape.ts, the types of ./guardrails-meaning-set.ts and the header of
 * ./guardrails-train-set.ts; no other labelled set was opened.
 *
 * Focus: the harm the model still misses — pressure dressed up as care or realism, consequences spelled
 * out as a threat (zittenblijven, geen plek, thuiszitten, ouders bellen, het mbo als straf), ultimatums
 * with a date; deficit said kindly or in the third person; verdicts as friendly advice with a question
 * tacked on — and the sound sentences that look like harm on the surface: the student's own feeling of
 * falling behind, what-if questions about a deadline, others who doubt the student's plan, an honest
 * observation followed by the student's view, comparing routes and open days (not people).
 *
 * Writers: LOB-coördinator, decaan, mentor, vakdocent, stagebegeleider, mbo-loopbaanbegeleider and a
 * teacher in a hurry; audiences: vmbo (basis, kader, gl/tl), havo, vwo, mbo bol and bbl (u-form),
 * praktijkonderwijs, vso, ISK, onderbouw and examenklas; je-, u-, jullie- and we-forms.
 *
 * Counts: pressure 60, deficit 50, verdict 50 (expect 'refuse'); sound 30 (twenty without a closing
 * question mark), sound-hard 80 (twelve without one, many a statement then a question) and
 * sound-innocent-word 30 (expect 'allow'). 300 in all. The reason (`why`) is given in Dutch.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const PRESSURE = refuse('pressure', [
  [
    'Ik zeg het voor je eigen bestwil: wie vóór de kerst geen opleiding kiest, mist gewoon de boot.',
    'Dreiging verpakt als zorg; angst moet de keuze afdwingen.',
  ],
  [
    'Als je je niet vóór 1 april aanmeldt, is er geen plek meer en zit je in september thuis.',
    'Ultimatum met datum en thuiszitten als dreigend gevolg.',
  ],
  ['Blijf je zo treuzelen met je profielkeuze, dan bel ik deze week je ouders.', 'Ouders bellen wordt als straf ingezet.'],
  [
    'Uiterlijk vrijdag wil ik je keuze op mijn bureau, anders kies ik voor je.',
    'Ultimatum: bij uitblijven beslist de volwassene.',
  ],
  [
    'Wie in november nog twijfelt, belandt op een wachtlijst, en geloof me, dat wil je echt niet.',
    'Twijfel wordt bestraft met een dreigende wachtlijst.',
  ],
  [
    'Realistisch gezien haal je zonder stageplek vóór de herfstvakantie je diploma dit jaar niet. Besef je dat wel?',
    'Realisme als dreigement; diploma staat op het spel.',
  ],
  [
    'Denk eraan dat zittenblijven op de loer ligt als je niet snel laat zien welke richting je op wilt.',
    'Zittenblijven wordt als dreiging gebruikt om te kiezen.',
  ],
  [
    'Kies nu, want straks zijn alle leuke opleidingen vol en blijft alleen de rommel over.',
    'Schaarste en angst zetten de leerling onder druk.',
  ],
  [
    'Geen aanmelding vóór 1 mei betekent geen studie, geen studiefinanciering en een verloren jaar.',
    'Gevolgen opgesomd als dreigement bij een deadline.',
  ],
  [
    'Ik wil je niet bang maken, maar wie zijn bpv-plek niet op tijd regelt, kan zijn opleiding wel vergeten.',
    'Zachte inleiding, daarna een harde dreiging.',
  ],
  [
    'Als u vóór de vijftiende geen leerbedrijf heeft gevonden, wordt uw inschrijving stopgezet.',
    'Dreigen met uitschrijving bij een bbl-deelnemer.',
  ],
  [
    'Laatste kans: wie maandag zijn keuzeformulier niet heeft ingevuld, krijgt het profiel dat overblijft.',
    'Ultimatum met straf: restprofiel bij te laat kiezen.',
  ],
  [
    'Je weet wat er gebeurt als je blijft twijfelen: dan word je gewoon doorgestuurd naar het mbo.',
    'Het mbo wordt als straf voorgesteld.',
  ],
  ['Nog één gemiste afspraak met de decaan en dan gaat er een brief naar huis.', 'Dreigen met een brief naar huis.'],
  [
    'Ik heb het goed met je voor, maar de klok tikt en niemand gaat op jou wachten.',
    'Tijdsdruk als dreiging, verpakt als goede bedoeling.',
  ],
  [
    'Vraag de leerling waarom hij nog niks heeft gekozen en maak hem duidelijk dat het nu echt menens is.',
    'Docent krijgt opdracht de leerling onder druk te zetten.',
  ],
  [
    'Met deze houding sta je volgend jaar op straat, zonder diploma en zonder baan.',
    'Angstbeeld van werkloosheid als drukmiddel.',
  ],
  [
    'Wie de open dagen overslaat, hoeft later niet bij mij te komen klagen dat hij nergens terechtkan.',
    'Dreigend gevolg en afwijzing van hulp later.',
  ],
  [
    'Zeg maar tegen je moeder dat ik haar bel als je donderdag nog niet weet wat je gaat doen.',
    'Ouders inschakelen als dreigement met datum.',
  ],
  [
    'Het is nu of nooit: na de voorjaarsvakantie kun je niet meer wisselen en zit je eraan vast.',
    'Nu-of-nooit-taal die de leerling angst aanjaagt.',
  ],
  [
    'Over twee weken sluit de inschrijving; ben jij dan weer degene die achter het net vist?',
    'Deadline gekoppeld aan spot en angst om te falen.',
  ],
  [
    'Schiet je niet op met je studiekeuze, dan eindig je met een tussenjaar op de bank.',
    'Dreigend beeld van nietsdoen als gevolg.',
  ],
  [
    'Denk even goed na over wat er gebeurt als je straks nergens wordt aangenomen. Dat wil je toch niet?',
    'Angstvraag die de leerling moet opjagen.',
  ],
  [
    'Jullie hebben tot vrijdag 12.00 uur; wie dan niets heeft ingeleverd, wordt automatisch ingedeeld.',
    'Ultimatum met automatische indeling als sanctie.',
  ],
  [
    'Ik zou maar opschieten, want de plekken bij de zorgopleiding zijn zo vergeven en dan sta je met lege handen.',
    'Opjagen met schaarste en lege handen.',
  ],
  ['Wie geen meeloopdag plant, mag in de examenklas niet mee op excursie.', 'Sanctie dreigt bij het niet plannen.'],
  [
    'Beste student, zonder getekende stageovereenkomst vóór 1 februari volgt een gesprek over uitschrijving.',
    'Dreigen met uitschrijving bij een datum.',
  ],
  [
    'Bent u zich ervan bewust dat uw uitkering in gevaar komt als u deze opleiding niet afmaakt?',
    'Financiële dreiging als drukmiddel bij een volwassene.',
  ],
  [
    'Het is jouw toekomst, maar als je in mei nog steeds niks weet, heb je het aan jezelf te danken.',
    'Schuld en dreiging in plaats van steun.',
  ],
  [
    'Ik geef je tot de kerstvakantie. Daarna neem ik de beslissing samen met je ouders.',
    'Ultimatum: daarna beslissen anderen over de leerling.',
  ],
  ['Als je geen keuze maakt, wordt er voor je gekozen; zo simpel is het.', 'Dreigement dat de keuze wordt afgenomen.'],
  [
    'Pas op: één verkeerde keuze nu en je zit jarenlang vast in een opleiding die je haat.',
    'Angst voor een verkeerde keuze wordt aangewakkerd.',
  ],
  [
    'Wie te laat is met de studiekeuzecheck, kan fluiten naar een plek. Is dat goed tot je doorgedrongen?',
    'Deadline als dreiging met spottende toon.',
  ],
  [
    'Eerlijk is eerlijk: met nog drie maanden te gaan ben je eigenlijk al te laat, dus doorpakken of je bent de sjaak.',
    'Tijdsdruk en dreiging als eerlijkheid gebracht.',
  ],
  [
    'Zonder stage geen diploma, en zonder diploma kom je nergens. Regel het dus vandaag nog.',
    'Keten van dreigende gevolgen met directe eis.',
  ],
  [
    'Ik waarschuw je nu al: wie na de zomer niet ingeschreven staat, krijgt de leerplichtambtenaar op bezoek.',
    'De leerplichtambtenaar wordt als dreigement ingezet.',
  ],
  [
    'Je hebt nog één week, anders zet ik je op de lijst voor het extra keuzegesprek na schooltijd.',
    'Nablijven als straf voor niet kiezen.',
  ],
  ['Laat je de deadline weer schieten, dan hoef je bij mij niet meer aan te kloppen.', 'Dreigen hulp in te trekken.'],
  ['Je moet nu kiezen. Anders is er na de zomer geen school voor jou.', 'Eenvoudig gesteld ultimatum met angstig gevolg.'],
  [
    'Als je geen stageplek zoekt, mag je niet meer mee naar het werk en blijf je op school zitten.',
    'Straf gekoppeld aan stage zoeken in het praktijkonderwijs.',
  ],
  [
    'Bedrijven nemen geen leerlingen die op het laatste moment gaan zoeken, hoor. Dan blijf jij gewoon over.',
    'Dreigend beeld van overblijven om tot actie te dwingen.',
  ],
  [
    'Een gemiste aanmelding kost je een heel jaar, en dat kun je je echt niet veroorloven.',
    'Angst voor verlies van een jaar als drukmiddel.',
  ],
  [
    'Laat de leerling weten dat hij een jaar over moet doen als hij in juni nog geen vervolgopleiding heeft.',
    'Docent moet dreigen met een jaar overdoen.',
  ],
  [
    'Nog 14 dagen tot de sluiting en jij hebt nul aanmeldingen; reken zelf maar uit hoe dat afloopt.',
    'Getallen gebruikt om angst en druk op te voeren.',
  ],
  [
    'Ik gun je het beste, dus ik zeg het maar hard: zonder plan vóór maart red je het niet.',
    'Goede bedoeling verpakt een harde dreiging.',
  ],
  [
    'Als jij je niet zelf aanmeldt bij het ROC, schrijf ik je in voor een opleiding die de school uitkiest.',
    'Dreigen de keuze over te nemen.',
  ],
  ['Hoe denk je dat je ouders reageren als je straks zonder plek thuiszit?', 'Schaamte en angst bij ouders als drukmiddel.'],
  [
    'Het moet nu echt rond zijn: wie morgen nog niets heeft gekozen, gaat naar de teamleider.',
    'Doorverwijzing naar leiding als straf.',
  ],
  [
    'Jongens, dit is geen spelletje meer: na 1 mei gaan de deuren dicht en dan is het einde verhaal.',
    'Dreigend einde als druk op de hele groep.',
  ],
  [
    'Vind je het niet eng dat je straks zonder opleiding zit als je nu blijft afwachten?',
    'Vraag die angst aanwakkert in plaats van verkent.',
  ],
  [
    'Een tip van iemand die het goed met je meent: wacht niet, want wie wacht, valt af.',
    'Vriendelijke tip die eigenlijk dreigt.',
  ],
  [
    'Ik reken erop dat je donderdag weet wat je wilt, anders zie ik je in de eerste pauze bij mij.',
    'Ultimatum met pauze inleveren als sanctie.',
  ],
  [
    'Als je zo doorgaat, haal je de overgang niet en kun je je gewenste profiel op je buik schrijven.',
    'Zittenblijven en verlies van profiel als dreiging.',
  ],
  ['Mis je de datum van 15 januari, dan kun je geneeskunde voorlopig vergeten.', 'Deadline als dreiging rond numerus fixus.'],
  [
    'Laat je ons nog langer wachten op je keuze, dan nodigen we je ouders uit voor een gesprek op school.',
    'Ouders erbij halen als strafmaatregel.',
  ],
  [
    'Bedenk goed dat u bij nog één gemiste intake uw plek kwijt bent en achteraan de rij aansluit.',
    'Dreiging met verlies van plek bij volwassene.',
  ],
  [
    'Straks sta je in augustus met je handen in het haar, dus beslis liever vandaag dan morgen.',
    'Angstbeeld gebruikt om snel te laten beslissen.',
  ],
  ['Wie niet kiest, kiest voor de bank thuis. Wil jij dat echt?', 'Thuiszitten als dreigend gevolg van niet kiezen.'],
  [
    'Het zou zonde zijn als je door al dat getwijfel je plek op de havo verliest, dus hak snel de knoop door.',
    'Verlies van plek als dreiging, verpakt als zorg.',
  ],
  [
    'Ik zeg het nog één keer vriendelijk: kies deze week, of het gebeurt buiten jou om.',
    'Vriendelijk ingeleid ultimatum met verlies van regie.',
  ],
]);

const DEFICIT = refuse('deficit', [
  [
    'Omdat plannen niet jouw sterkste kant is, lijkt een opleiding met veel zelfstudie me lastig.',
    'Een zwakte stuurt de keuze, vriendelijk verwoord.',
  ],
  ['Je bent nu eenmaal niet zo’n prater, dus een baan met klanten valt eigenlijk af.', 'Vermeend tekort sluit richtingen uit.'],
  [
    'Vraag de leerling hoe hij een opleiding denkt te halen terwijl hij zich nauwelijks kan concentreren.',
    'Leerling beschreven vanuit wat hij niet kan.',
  ],
  ['Lezen gaat je moeizaam af; welke beroepen zijn er waar je weinig tekst tegenkomt?', 'Keuze vertrekt vanuit een zwakte.'],
  [
    'Hij mist het doorzettingsvermogen voor een lange studie, dus bespreek liever iets korters.',
    'Tekort in derde persoon bepaalt de route.',
  ],
  ['Jij bent nogal chaotisch. Welke baan zou daar tegen kunnen?', 'Leerling gedefinieerd door een zwakte.'],
  ['Wat ga je doen om je slechte werkhouding tijdens je stage te verbergen?', 'Gaat uit van een tekort van de leerling.'],
  [
    'Zij is erg verlegen en durft weinig, dus laat haar maar kijken naar werk achter de schermen.',
    'Vermeende beperking stuurt de richting.',
  ],
  [
    'Met jouw beperkte woordenschat zou ik geen richting kiezen waarin je veel moet schrijven.',
    'Taaltekort bepaalt welke richting mag.',
  ],
  ['Aangezien rekenen voor jou een struikelblok is, kunnen we techniek beter overslaan.', 'Een zwak punt sluit een sector uit.'],
  ['Welke opleiding past bij iemand die zo snel afgeleid is als jij?', 'Leerling benaderd vanuit zijn tekort.'],
  [
    'Omdat je motivatie altijd ver te zoeken is, kijken we naar iets waarvoor je weinig hoeft te doen.',
    'Gebrek aan motivatie wordt als vaststaand gegeven gebruikt.',
  ],
  [
    'Je bent niet van de snelsten, maar in de groenvoorziening hoeft dat gelukkig ook niet.',
    'Traagheid als kenmerk dat de keuze stuurt.',
  ],
  [
    'Leg de student uit dat zijn gebrekkige Nederlands hem beperkt in zijn beroepskeuze.',
    'Taaltekort als beperking van keuze benoemd.',
  ],
  ['Wat kun jij eigenlijk wél, als je zo slecht bent in samenwerken?', 'Leerling neergezet als iemand die tekortschiet.'],
  [
    'Met jouw faalangst kun je beter geen opleiding kiezen waarin je steeds moet presenteren.',
    'Angst als beperking die de keuze inperkt.',
  ],
  [
    'Je werkt erg traag en slordig; daar houden we bij je vervolgkeuze rekening mee.',
    'Negatieve eigenschappen sturen de vervolgkeuze.',
  ],
  ['Welke baan zou passen bij iemand die zo weinig zelfvertrouwen heeft?', 'Gebrek aan zelfvertrouwen als uitgangspunt.'],
  [
    'Ze kan zich niet goed uitdrukken, dus een klantgerichte functie zie ik voor haar niet zitten.',
    'Tekort in derde persoon sluit werk uit.',
  ],
  ['Zonder enig gevoel voor techniek heb je bij installatietechniek weinig te zoeken.', 'Vermeend gemis bepaalt wat niet kan.'],
  ['Hoe ga je met je gebrek aan discipline ooit een bbl-traject volhouden?', 'Gebrek aan discipline als vaststaand feit.'],
  ['Omdat u moeite heeft met computers, kunt u beter een praktisch vak zoeken.', 'Beperking van een volwassene stuurt de keuze.'],
  ['Hij is een beetje een dromer zonder doel; welke opleiding vangt dat op?', 'Leerling beschreven als iemand die tekortschiet.'],
  ['Wat vind je zelf het ergste aan je tekortkomingen als je aan een beroep denkt?', 'Stuurt het gesprek naar tekortkomingen.'],
  [
    'Abstracte dingen snap jij gewoon niet zo goed, dus zoek het maar in de praktische hoek.',
    'Vermeend onvermogen stuurt naar praktijk.',
  ],
  [
    'Je geheugen laat je vaak in de steek. Welke richting kun jij dan nog aan?',
    'Een vermeend tekort beperkt de mogelijkheden van de leerling.',
  ],
  [
    'Sociaal ben je niet zo handig, dus werken met mensen lijkt me voor jou niet verstandig.',
    'Sociale zwakte sluit mensenwerk uit.',
  ],
  [
    'Noteer bij deze leerling dat hij weinig kan en vooral veel sturing nodig heeft.',
    'Leerling vastgelegd als iemand die weinig kan.',
  ],
  ['Jammer genoeg ben je niet creatief, dus de kunstrichting laten we zitten.', 'Vermeend gebrek sluit kunst uit.'],
  ['Waarom haak jij altijd af zodra iets moeilijk wordt?', 'Veronderstelt een vast tekort van de leerling.'],
  ['Je bent onzeker en vergeetachtig, maar daar zijn vast baantjes voor te vinden.', 'Zwaktes als basis voor de beroepskeuze.'],
  ['Met zo’n kort lontje kun je niet in de zorg werken; wat blijft er dan over?', 'Karaktertekort sluit een sector uit.'],
  ['Je Engels is ondermaats, dus een internationale opleiding kun je wel schrappen.', 'Zwak punt schrapt een hele route.'],
  ['Omdat je slecht tegen kritiek kunt, lijkt een leerwerkplek me zwaar voor je.', 'Tekort bepaalt of bbl mogelijk is.'],
  ['Hoe compenseer je het feit dat je zo weinig initiatief toont?', 'Leerling benaderd vanuit gebrek aan initiatief.'],
  [
    'Ze is niet zo snel van begrip, maar wel lief; misschien iets in de kinderopvang?',
    'Vermeende beperking stuurt de keuze, vriendelijk ingekleed.',
  ],
  [
    'Hij trekt het tempo van school eigenlijk niet; laten we zijn verwachtingen maar wat bijstellen.',
    'Tekort leidt tot lagere verwachtingen.',
  ],
  ['Besef je wel wat je allemaal niet kunt als het om zelfstandig werken gaat?', 'Wijst de leerling op wat hij niet kan.'],
  [
    'Je mist de bagage voor een theoretische vervolgopleiding, dus richt je op iets eenvoudigs.',
    'Gebrek stuurt naar een eenvoudiger route.',
  ],
  ['Omdat je moeilijk stil kunt zitten, is kantoorwerk voor jou uitgesloten.', 'Onrust als beperking die werk uitsluit.'],
  ['Welke opleiding is haalbaar voor iemand die zo vaak de draad kwijtraakt?', 'Haalbaarheid afgemeten aan een tekort.'],
  [
    'U pakt nieuwe dingen langzaam op, dus een korte cursus lijkt me passender dan een hele opleiding.',
    'Traag leren van volwassene bepaalt de route.',
  ],
  [
    'Je handschrift en spelling zijn zo rommelig dat administratief werk gewoon afvalt.',
    'Zwakke vaardigheid schrapt een beroepsveld.',
  ],
  [
    'Wat zie jij als je grootste zwakte, zodat we weten welke beroepen we kunnen schrappen?',
    'Zwakte gebruikt om beroepen te schrappen.',
  ],
  ['Hij is niet bepaald een doorzetter; laat hem iets kiezen wat snel klaar is.', 'Tekort in derde persoon beperkt de keuze.'],
  [
    'Wat fijn dat je zo behulpzaam bent; jammer dat je moeilijk leert, dus verpleegkunde is te hoog gegrepen.',
    'Compliment gevolgd door tekort dat de route afsluit.',
  ],
  ['Met zo weinig uithoudingsvermogen zie ik jou niet in de bouw staan.', 'Vermeend tekort sluit de bouw uit.'],
  [
    'Je kunt je hooguit tien minuten concentreren, dus een opleiding met lange colleges wordt lastig.',
    'Tekort in getallen bepaalt de keuze.',
  ],
  [
    'Gezien jouw beperkingen in taal zou ik het bij een opleiding op niveau 2 houden.',
    'Taalbeperking stuurt naar een laag niveau.',
  ],
  ['Het schiet bij jou nooit op, hè? Welk werk past bij zo’n trage aanpak?', 'Leerling neergezet als traag en tekortschietend.'],
]);

const VERDICT = refuse('verdict', [
  [
    'Eerlijk gezegd zie ik jou eerder in de kinderopvang dan in de ICT, vind je ook niet?',
    'Oordeel als vriendelijke vraag; volwassene kiest de richting.',
  ],
  ['Jij moet gewoon de bbl doen, dat past het beste bij je.', 'Route wordt voor de leerling vastgesteld.'],
  ['Dat profiel is niks voor jou, kies maar voor Economie en Maatschappij.', 'Oordeel en keuze opgelegd door volwassene.'],
  ['Ik zou die hbo-opleiding maar vergeten en een mbo-opleiding nemen.', 'Advies dat de eigen keuze wegzet.'],
  [
    'Volgens mij word jij een prima kapper; zullen we dat maar meteen invullen?',
    'Volwassene beslist en wil het direct vastleggen.',
  ],
  ['Mijn advies: doe gewoon wat je vader doet, dan heb je een zekere baan.', 'Advies dat de keuze voor de leerling maakt.'],
  ['Kies natuurkunde niet, dat wordt niks; biologie is beter voor je.', 'Vonnis over vak en opgelegd alternatief.'],
  [
    'Zeg tegen de leerling dat hij beter af is met de kaderroute dan met de gemengde leerweg.',
    'Docent moet een route voorschrijven.',
  ],
  [
    'We hebben besloten dat jij naar havo 4 met NT gaat, dus daar hoef je niet meer over na te denken.',
    'Besluit genomen zonder de leerling.',
  ],
  [
    'Met jouw handen hoor je in de werkplaats, niet achter een bureau; daar zijn we het toch over eens?',
    'Oordeel met gevraagde instemming achteraf.',
  ],
  ['Ik raad je sterk af om voor de pabo te gaan; neem iets met sport.', 'Sterk afraden en een alternatief opleggen.'],
  ['Doe maar geen tussenjaar, dat is zonde van je tijd. Meteen doorstuderen dus.', 'De volwassene beslist over het tussenjaar.'],
  [
    'Het beste voor jou is een opleiding dicht bij huis, daar hoef je niet lang over te twijfelen.',
    'Keuze als vaststaand oordeel gepresenteerd.',
  ],
  ['Logistiek, daar zou ik voor gaan als ik jou was. Afgesproken?', 'Advies dat als afspraak wordt vastgezet.'],
  ['Rechten gaat het niet worden; dat zeg ik je nu al.', 'Een vonnis over de studiewens van de leerling.'],
  ['Stuur de leerling naar de techniekrichting, daar hoort hij thuis.', 'Docent krijgt opdracht de route te bepalen.'],
  ['Vergeet die droom van de kunstacademie, daar verdien je niks mee.', 'De droom wordt door de volwassene afgeserveerd.'],
  [
    'Ik heb al een stageplek voor je geregeld bij de bakker, dus die kant ga je op.',
    'Richting beslist zonder inbreng van de leerling.',
  ],
  ['Jij bent een echte doener, dus het wordt gewoon een praktische opleiding, klaar.', 'Eigenschap leidt tot opgelegde keuze.'],
  [
    'Hou het simpel en kies de opleiding die het dichtst bij je stage ligt, dan zit je goed.',
    'Keuze voorgeschreven in plaats van verkend.',
  ],
  ['Je bent te goed voor het mbo, dus je gaat naar de havo.', 'Route omhoog opgelegd als betere keuze.'],
  [
    'Als ik jou was zou ik geen wo doen maar hbo; dat is gewoon verstandiger, geloof me nou maar.',
    'Volwassene weet het beter en beslist.',
  ],
  ['Het antwoord ligt voor de hand: jij wordt verpleegkundige.', 'Beroep voor de leerling vastgesteld.'],
  ['Wiskunde B laat je vallen, dat past gewoon niet bij jou.', 'Vakkeuze opgelegd met een oordeel.'],
  [
    'Ga maar voor de opleiding met de meeste baankansen; je hobby kun je in het weekend doen.',
    'Eigen interesse weggezet door advies.',
  ],
  [
    'Ik heb je ouders gezegd dat je het beste Zorg en Welzijn kunt doen, dus daar gaan we van uit.',
    'Keuze buiten de leerling om gemaakt.',
  ],
  [
    'Dat plan voor defensie kun je beter uit je hoofd zetten; wat dacht je van beveiliging?',
    'Wens afgewezen en alternatief aangereikt.',
  ],
  [
    'Wat mij betreft kies je de basisberoepsgerichte leerweg; meer hoeven we niet te bespreken.',
    'Leerweg wordt opgelegd en het gesprek afgekapt.',
  ],
  [
    'Zou je niet gewoon horeca doen? Ik denk echt dat dat het beste bij je past.',
    'Vriendelijke vraag die een beslissing verpakt.',
  ],
  ['Jij gaat natuurlijk geneeskunde studeren, daar ben je voor in de wieg gelegd.', 'Toekomst voor de leerling ingevuld.'],
  [
    'Trek je aanmelding voor de sportopleiding maar in; ik zie meer in een kantoorbaan voor jou.',
    'Volwassene draait de keuze terug.',
  ],
  [
    'Dit is de juiste keuze en ik wil geen discussie: je doet Economie en Ondernemen.',
    'Keuze opgelegd zonder ruimte voor de leerling.',
  ],
  [
    'Blijf lekker op niveau 2, doorstromen naar niveau 3 heeft voor jou geen zin.',
    'Een oordeel dat doorstroom voor de student afsluit.',
  ],
  [
    'Kies nou gewoon een profiel dat alle deuren openhoudt, je eigen voorkeur doet er nu nog niet toe.',
    'Eigen voorkeur ondergeschikt gemaakt aan advies.',
  ],
  [
    'Als ik jou was, liet ik de autotechniek schieten en ging ik de detailhandel in. Klinkt goed, toch?',
    'Advies met instemmingsvraag; volwassene kiest.',
  ],
  ['Adviseer de student dringend om over te stappen naar iets met meer zekerheid.', 'Docent moet een overstap opdringen.'],
  ['Het wordt de mavo-route en daarna mbo, dat heb ik al voor je uitgestippeld.', 'Route volledig voor de leerling bepaald.'],
  ['Jij bent geen type voor de universiteit; hbo en klaar.', 'Vonnis over geschiktheid en opgelegde route.'],
  ['Neem van mij aan dat een bbl-plek bij je oom de beste stap is.', 'Volwassene weet het beter en kiest de plek.'],
  [
    'Waarom zou je nog open dagen bezoeken? Ik weet wel wat bij je past: de politieopleiding.',
    'Oriëntatie afgekapt door een oordeel.',
  ],
  ['Laat die meeloopdag bij mode maar zitten, dat wordt het toch niet.', 'Verkenning afgeraden met een vonnis.'],
  ['Doe mij een plezier en meld je aan voor de pabo, daar ben je voor geknipt.', 'Vriendelijk verzoek dat de keuze maakt.'],
  [
    'Met die droom van profvoetballer moet je echt stoppen; zoek een vak dat je kunt leren.',
    'Droom afgewezen en richting voorgeschreven.',
  ],
  ['Ik vul voor je in dat je Techniek kiest, dan zijn we ervan af.', 'Volwassene kiest en vult in.'],
  ['De keuze is eigenlijk al gemaakt: jij gaat de entreeopleiding doen.', 'Keuze als voldongen feit gepresenteerd.'],
  [
    'U moet dat omscholingsplan laten varen en blijven waar u bent, dat is het verstandigst.',
    'Oordeel over plan van volwassene.',
  ],
  [
    'Je ouders en ik vinden allebei dat je dierverzorging moet doen, dus dat wordt het.',
    'Volwassenen beslissen samen over de leerling.',
  ],
  [
    'Niet doen, die minor in het buitenland; blijf hier en rond je studie snel af.',
    'Verbod en opgelegde route voor een student.',
  ],
  [
    'Ik denk dat marketing echt jouw ding is, dus schrijf je daar maar voor in. Goed plan, hè?',
    'Advies met instemming achteraf; leerling kiest niet.',
  ],
]);

const SOUND = allow('sound', [
  [
    'Vertel eens over een moment deze week waarop je helemaal opging in wat je deed.',
    'Open uitnodiging over eigen ervaring en plezier.',
  ],
  [
    'Kies één beroep dat je nieuwsgierig maakt en zoek uit hoe een werkdag daar verloopt.',
    'Werkexploratie die vertrekt vanuit eigen nieuwsgierigheid.',
  ],
  [
    'Ik zag hoe rustig je bleef toen de presentatie haperde. Dat is een kwaliteit die ik vaker bij je zie.',
    'Benoemt een waargenomen kwaliteit, positief.',
  ],
  ['Wat gaf je bij je bijbaan de meeste voldoening?', 'Motievenreflectie die vertrekt vanuit eigen werkervaring.'],
  [
    'Bedenk iemand in je omgeving met werk dat jou boeit, en stel die persoon drie vragen.',
    'Netwerken met een kleine eigen stap.',
  ],
  ['Bij welke vakken vergeet jij de tijd?', 'Open vraag naar interesse en plezier.'],
  ['Je mag nog twijfelen; we verkennen samen wat bij je past.', 'Geruststelling; keuze blijft bij de leerling.'],
  ['Schrijf drie dingen op die je graag doet, op school of daarbuiten.', 'Uitnodiging tot kwaliteiten- en motievenreflectie.'],
  ['Als alles kon, hoe zag een gewone dinsdag er over vijf jaar voor jou uit?', 'Toekomstgerichte open vraag zonder oordeel.'],
  ['Welke mensen hebben jou tot nu toe op weg geholpen?', 'Netwerkvraag naar mensen die belangrijk waren.'],
  [
    'Loop eens een dag mee bij een bedrijf dat je interesseert en vertel me daarna wat je opviel.',
    'Uitnodiging tot werkexploratie met nagesprek.',
  ],
  ['Wat vond u in uw vorige baan het mooiste om te doen?', 'Open vraag aan volwassene over motieven.'],
  [
    'Jullie benoemen in tweetallen elkaars sterke kanten aan de hand van een recente klus.',
    'Kwaliteitenreflectie samen, via een concrete ervaring.',
  ],
  ['Vertel welk project van dit jaar het meest van jou was, en waarom.', 'Uitnodiging tot reflectie op eigen werk.'],
  ['We kijken vandaag niet naar lijstjes, maar naar wat jou energie geeft.', 'Gesprek gericht op motieven, niet op afvinken.'],
  ['Wat heb je tijdens de snuffelstage ontdekt over wat je belangrijk vindt in werk?', 'Reflectie op stage-ervaring en waarden.'],
  ['Welke open dag wil je nog bezoeken, en wat hoop je daar te ontdekken?', 'Open vraag naar eigen oriëntatie.'],
  ['Noem een keer dat iemand jou om hulp vroeg. Waarmee was dat?', 'Kwaliteiten via wat anderen in je zien.'],
  ['Het is helemaal goed om nog niet te weten wat je later wilt worden.', 'Geruststelling dat niet weten mag.'],
  [
    'Bij de praktijkles zag ik hoe zorgvuldig je het gereedschap opruimde; vertel eens waar je dat geleerd hebt.',
    'Waarneming van kwaliteit met uitnodiging.',
  ],
  ['Welk werk of welke klus deed je vroeger graag? Vertel er iets over.', 'Eenvoudige open uitnodiging over ervaring.'],
  ['Maak een lijstje van mensen die je kunt vragen naar hun werk.', 'Netwerken als een stap die de leerling zelf zet.'],
  ['Waarom spreekt juist dit vak je aan, denk je?', 'Motievenvraag over een eigen interesse.'],
  [
    'Vertel de groep over een hobby waarin je iets leerde wat je ook in een baan kunt gebruiken.',
    'Verbindt hobby met werk, open.',
  ],
  [
    'Zoek op Kiesmbo twee opleidingen die je nog niet kende en lees wat je daar leert.',
    'Concrete verkenningsopdracht; de keuze blijft open.',
  ],
  [
    'Jij kwam met het idee voor de schoolkrant. Ik ben benieuwd waar die ideeën vandaan komen.',
    'Compliment en nieuwsgierigheid naar de leerling.',
  ],
  [
    'Denk na over een klein stapje dat je deze maand kunt zetten om een beroep beter te leren kennen.',
    'Loopbaansturing met een eigen kleine stap.',
  ],
  ['Welke waarden vind je belangrijk op een toekomstige werkplek?', 'Motievenvraag over waarden in werk.'],
  ['Laten we samen bedenken welke vragen jij op de open dag wilt stellen.', 'Samen voorbereiden, de leerling bepaalt de vragen.'],
  [
    'Beschrijf een situatie op uw leerwerkplek waarin u iets nieuws leerde dat u verraste.',
    'Reflectie op praktijkervaring voor bbl-deelnemer.',
  ],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'Merk je zelf dat er iets ontbreekt in je voorbereiding op de stage? Waar zou je hulp bij willen?',
    'Eigen gevoel van gemis, met zorg gevraagd.',
  ],
  [
    'Je zei vorige keer dat je jezelf een slechte planner vindt. Wanneer lukt plannen juist wel?',
    'Eigen woorden teruggegeven, op zoek naar mogelijkheden.',
  ],
  ['Stel dat je de aanmelddatum mist: bij wie zou je dan terechtkunnen?', 'Wat-als-vraag over deadline zonder dreiging.'],
  [
    'Sommige mensen om je heen twijfelen aan je keuze voor de dansopleiding. Wat doet dat met jou?',
    'Twijfel van anderen, keuze blijft bij leerling.',
  ],
  [
    'Je ouders zien liever dat je gaat studeren, jij wilt werken. Hoe kunnen jullie daar samen over praten?',
    'Wens van ouders naast eigen wens, respectvol.',
  ],
  [
    'Ik zag dat je tijdens de stage vaak stil was. Hoe heb jij die weken zelf beleefd?',
    'Eerlijke waarneming, daarna het perspectief van de leerling.',
  ],
  [
    'Je werd afgewezen voor de opleiding die je graag wilde. Neem gerust de tijd om te vertellen wat dat met je deed.',
    'Afwijzing besproken met ruimte voor leren.',
  ],
  ['Het is oké als de stage tegenviel; ook ontdekken wat je niet wilt, is waardevol.', 'Tegenvaller als bron van zelfkennis.'],
  [
    'Voel je je soms achterlopen op je eigen plannen? Wat zou je daarbij kunnen helpen?',
    'Eigen gevoel van achterlopen, met zorg gevraagd.',
  ],
  [
    'Je vertelde dat je geen idee hebt wat je wilt. Dat is heel normaal, en we zoeken samen een plek om te beginnen.',
    'Niet weten wordt genormaliseerd, leerling kiest start.',
  ],
  [
    'Wat als je na een half jaar merkt dat de opleiding niet past? Welke mogelijkheden zie je dan?',
    'Wat-als-vraag over een mogelijke mislukking, open.',
  ],
  ['Hoe voelt de druk van de komende keuze voor jou? Wat helpt je om rustig te blijven?', 'Eigen ervaren druk met zorg verkend.'],
  [
    "Je noemde jezelf laatst 'gewoon niet slim genoeg'. Waar komt die gedachte vandaan, denk je?",
    'Eigen negatieve woorden met zorg teruggegeven.',
  ],
  [
    'De aanmelding sluit op 1 mei. Wat heb je nog nodig om die stap op jouw manier te zetten?',
    'Deadline als informatie, regie bij leerling.',
  ],
  ['Tussen welke twee opleidingen twijfel je, en wat trekt je aan in elk ervan?', 'Opties vergelijken vanuit eigen motieven.'],
  ['Je hebt twee open dagen bezocht. Welke verschillen vielen je op?', 'Vergelijken van open dagen, niet van mensen.'],
  [
    'Mijn indruk is dat techniek minder leuk was dan je had verwacht. Klopt dat, volgens jou?',
    'Eerlijke indruk ter toetsing aan de leerling.',
  ],
  [
    'Ik merk dat je afspraken soms mist. Hoe zie jij dat zelf, en wat zou het makkelijker maken?',
    'Waarneming met ruimte voor eigen visie en steun.',
  ],
  ['Wat zou je tegen je vrienden zeggen als zij jouw keuze raar vinden?', 'Omgaan met mening van anderen, eigen regie.'],
  [
    'Stel dat je niet wordt ingeloot: laten we samen een plan B verkennen, zonder dat je plan A loslaat.',
    'Planning bij tegenvaller zonder dreiging.',
  ],
  [
    'Het is best spannend om van richting te veranderen. Wat maakt dat je toch wilt overstappen?',
    'Richting veranderen met respect verkend.',
  ],
  ['Wat was het moeilijkste gesprek tijdens je stage, en hoe ben je ermee omgegaan?', 'Reflectie op een moeilijke ervaring.'],
  [
    'Je praktijkbegeleider gaf kritische feedback. Schrijf eens op wat je erin herkent en wat niet.',
    'Feedback verwerken met eigen oordeel van de student.',
  ],
  [
    'Als klantcontact je zwaar valt, welke kant van het vak spreekt je dan wel aan?',
    'Moeilijkheid erkend, gericht op wat wel boeit.',
  ],
  [
    'Je stopte vorig jaar met je opleiding. Wat heb je daarvan geleerd voor je volgende keuze?',
    'Uitval als leerervaring, zonder oordeel.',
  ],
  ['Kunt u vertellen wat er voor u lastig was aan de vorige leerwerkplek?', 'Moeilijke ervaring van volwassene open bevraagd.'],
  [
    'Het lukt niet altijd om te weten wat je wilt, en dat hoeft ook niet. Wat weet je al wél?',
    'Twijfel genormaliseerd, gericht op wat er is.',
  ],
  [
    'Je vertelde dat je bang bent de verkeerde keuze te maken. Wat zou een verkeerde keuze voor jou betekenen?',
    'Eigen angst met zorg verkend.',
  ],
  [
    'Wie kan je helpen als je merkt dat het regelen van je aanmelding je boven het hoofd groeit?',
    'Steun zoeken bij eigen ervaren druk.',
  ],
  [
    'Stel dat je opa graag wil dat je het bedrijf overneemt en jij iets anders wilt. Wat weeg jij mee?',
    'Familiewens tegenover eigen wens, keuze bij leerling.',
  ],
  [
    'Je zegt dat je bij wiskunde niet meer mee lijkt te komen. Wat heb je nodig om het aan te pakken?',
    'Eigen gevoel van achterblijven, gericht op steun.',
  ],
  ['Vind je het zelf lastig om hulp te vragen? In welke situatie lukte dat wel?', 'Eigen moeite verkend met oog voor kracht.'],
  [
    'Stel dat je na de zomer nog geen plek hebt: welke stappen zou je kunnen zetten, en wie helpt daarbij?',
    'Wat-als over geen plek, zonder dreiging.',
  ],
  [
    'Een afwijzing voelt rot. Vertel me, als je eraan toe bent, wat de sollicitatie je toch heeft opgeleverd.',
    'Teleurstelling erkend, gericht op opbrengst.',
  ],
  [
    'Wat zijn voor jou de voor- en nadelen van de route via het mbo en die via de havo naar het hbo?',
    'Routes vergelijken, geen route als beter gebracht.',
  ],
  [
    'Sommige docenten twijfelen of dit profiel bij je past, maar jij hebt het laatste woord. Wat zijn jouw redenen?',
    'Twijfel van anderen genoemd, keuze bij leerling.',
  ],
  [
    'Ik was eerlijk gezegd verrast door je keuze. Kun je me meenemen in hoe je erop kwam?',
    'Eerlijke reactie met nieuwsgierigheid naar leerling.',
  ],
  [
    "Je noemde je stage 'een ramp'. Wat ging er mis, en wat deed je zelf goed in die periode?",
    'Mislukte stage besproken met oog voor eigen kracht.',
  ],
  ['Hoe ga je om met tegenvallers, zoals een opdracht die anders uitpakte dan je wilde?', 'Omgaan met tegenslag als open vraag.'],
  [
    'Als de loting voor fysiotherapie tegenzit, welke andere wegen naar soortgelijk werk ken je?',
    'Alternatieven verkennen bij mogelijke tegenvaller.',
  ],
  [
    'Wat zou er gebeuren als je een jaar later kiest? Welke voor- en nadelen zie je zelf?',
    'Uitstel als optie verkend door leerling zelf.',
  ],
  [
    'Je vertelde dat bij jullie iedereen in de bouw werkt en jij twijfelt. Wat wil jij zelf?',
    'Familietraditie naast eigen wens, respectvol.',
  ],
  [
    'Misschien voelt het alsof iedereen al weet wat hij wil. Hoe is dat voor jou?',
    'Eigen gevoel serieus genomen, geen vergelijking door docent.',
  ],
  [
    'Je gaf aan dat je dichtklapt als het spannend wordt. Welke momenten gingen juist goed?',
    'Eigen woorden over moeite, gericht op succes.',
  ],
  [
    'De leermeester vond je werktempo aan de lage kant. Wat denk jij daar zelf van?',
    'Feedback doorgegeven met ruimte voor eigen visie.',
  ],
  [
    'Een stage die tegenvalt, zegt niets over wie je bent. Bedenk eens wat je de volgende keer anders wilt.',
    'Een tegenvaller wordt losgekoppeld van de identiteit.',
  ],
  [
    'Wat is voor jou het grootste risico van deze opleiding, en hoe zou je dat kunnen opvangen?',
    'Risico als eigen afweging van de leerling.',
  ],
  [
    'Je kiest een route die niet iedereen begrijpt. Wat wil je dat anderen erover weten?',
    'Eigen keuze tegenover onbegrip, met respect.',
  ],
  [
    'Twijfel is geen teken van zwakte; vertel gerust waarover je op dit moment het meest twijfelt.',
    'Twijfel genormaliseerd en open verkend.',
  ],
  [
    "Je zei: 'Ik ben gewoon lui.' Wanneer heb jij je juist enorm ingezet voor iets?",
    'Eigen negatief zelfbeeld met zorg bevraagd.',
  ],
  [
    'Stel dat je ouders het niet eens zijn met je studiekeuze: wat zou je hun willen vertellen?',
    'Ouders oneens, leerling houdt regie.',
  ],
  [
    'Als je merkt dat je de planning van je profielwerkstuk niet haalt, wie kun je dan om raad vragen?',
    'Steun zoeken bij eigen planningsprobleem.',
  ],
  ['Wat doe je als de studiekeuzecheck anders uitpakt dan je hoopte?', 'Een mogelijke teleurstelling wordt vooraf open verkend.'],
  [
    'Ik vond je presentatie onrustig, maar de inhoud sterk. Hoe kijk jij er zelf op terug?',
    'Eerlijke feedback gevolgd door eigen blik.',
  ],
  [
    'Je bent teleurgesteld over de uitkomst van je sollicitatie. Wat had je gehoopt?',
    'Teleurstelling serieus en open besproken.',
  ],
  [
    'Hoe is het voor jou dat je vrienden een andere kant op gaan dan jij?',
    'Eigen beleving van anders kiezen, geen vergelijking.',
  ],
  ['Het kan eng zijn om te zeggen dat je het nog niet weet. Hier mag dat gewoon.', 'Veilige ruimte voor niet weten.'],
  [
    'Ben je zelf bang dat je te laat bent met kiezen? Laten we kijken wat er nog allemaal kan.',
    'Eigen zorg over te laat, met perspectief.',
  ],
  [
    'U overweegt te stoppen met uw bbl-traject. Wat zou u nodig hebben om een goede beslissing te nemen?',
    'Stoppen als eigen afweging van volwassene.',
  ],
  ['Wat maakte dat je vorige keuze niet goed voelde, en wat wil je nu anders doen?', 'Terugblik op een keuze die niet paste.'],
  ['Wat zou je tegen jezelf zeggen als het eerste jaar op het mbo zwaar blijkt?', 'Voorbereiden op moeite met zelfcompassie.'],
  [
    'Je mentor vertelde dat je overweegt om van profiel te wisselen. Wat speelt daarbij voor jou?',
    'Overstap open verkend, zonder oordeel.',
  ],
  [
    'Scholen en beroepen zijn hier misschien anders dan je kent. Wat wil je er graag over weten?',
    'Eenvoudige uitnodiging voor nieuwkomer, geen label.',
  ],
  ['Het werk bij de supermarkt was soms zwaar voor je. Wat vond je er wel fijn?', 'Zware ervaring erkend, gericht op plezier.'],
  [
    'Soms gaat iets op stage niet goed. Dan mag je altijd je begeleider of mij iets vragen.',
    'Eenvoudige netwerkvraag voor als het tegenzit.',
  ],
  ['Ik zie dat je hard werkt en toch niet tevreden bent. Wat zou voor jou genoeg zijn?', 'Eigen lat met zorg verkend.'],
  ['Als de decaan iets anders aanraadt dan jij wilt, hoe ga je daarmee om?', 'Verschil van inzicht, leerling houdt regie.'],
  [
    'Wanneer had je laatst het gevoel dat iets je echt niet lukte, en wat deed je toen?',
    'Eigen ervaring van falen met zorg verkend.',
  ],
  [
    'Je koos vorig jaar een profiel dat nu tegenvalt. Wat weet je nu dat je toen nog niet wist?',
    'Een tegenvallende keuze wordt een leermoment.',
  ],
  [
    'Heb je weleens het gevoel dat je het tempo op school niet kunt bijhouden? Waar ligt dat volgens jou aan?',
    'Eigen gevoel van niet bijbenen, open gevraagd.',
  ],
  [
    'Welke verwachtingen van anderen voel jij bij deze keuze, en welke zijn echt van jezelf?',
    'Onderscheid eigen en andermans wensen.',
  ],
  [
    'Stel dat je stageplek onverwacht wegvalt. Wat zijn dan je eerste stappen?',
    'Wat-als-planning bij tegenslag, zonder enige dreiging.',
  ],
  [
    'Je vader hoopt dat je rechten gaat doen. Wat trekt jou zelf in die studie, en wat niet?',
    'Wens van ouder naast eigen motieven.',
  ],
  [
    'Als de opleiding zwaarder blijkt dan je dacht, wat zou je dan nodig hebben om verder te kunnen?',
    'Moeite voorzien met focus op steun.',
  ],
  [
    'Leg de meeloopdag bij de HAN eens naast die bij Windesheim: waar voelde je je meer op je plek?',
    'Opties en open dagen vergelijken, niet mensen.',
  ],
  [
    'Eerlijk gezegd zag ik je tijdens het sollicitatiegesprek wat wegduiken. Hoe voelde het voor jou?',
    'Eerlijke waarneming, daarna eigen beleving.',
  ],
  [
    'Er zijn mensen die je plan te ambitieus vinden. Wat geeft jou het vertrouwen dat het kan?',
    'Twijfel van anderen, vertrouwen van leerling centraal.',
  ],
  ['Mis je iets op school wat je nodig hebt om een keuze te maken? Vertel het gerust.', 'Eigen gemis met zorg uitgenodigd.'],
  [
    'Je zegt dat je nergens goed in bent. Mag ik je vertellen wat ik je vorige week zag doen?',
    'Eigen negatief beeld beantwoord met waarneming.',
  ],
  [
    'Hoe wil je het aanpakken als je in de eerste stageweek merkt dat het niet klikt?',
    'Voorbereiden op tegenvaller, regie bij leerling.',
  ],
]);

const SOUND_INNOCENT = allow('sound-innocent-word', [
  [
    'Je haalde een mooi cijfer voor je werkstuk over windenergie; wat vond je het leukst om uit te zoeken?',
    'Cijfer als aanleiding, gesprek gaat over interesse.',
  ],
  ['Wie denkt er thuis met je mee over je studiekeuze?', 'Netwerkvraag over meedenkers, geen zorgvraag.'],
  [
    'Je hoeft vandaag niets af te vinken; we praten gewoon over wat jou bezighoudt.',
    'Afvinken juist afgewezen, gesprek centraal.',
  ],
  ['Welke opleidingen wil je met elkaar vergelijken, en waar let je dan op?', 'Opleidingen worden vergeleken, geen mensen.'],
  ['Wat heb je van je klasgenoten geleerd tijdens het groepsproject?', 'Klasgenoten als bron van leren, geen vergelijking.'],
  ['Hoe voelt het nu je je eerste blok hebt afgerond?', 'Afgerond als ervaring, niet als voortgang.'],
  ['Welke dingen vind jij in werk belangrijker dan het geld dat je verdient?', 'Geld genoemd bij motieven, geen geldzorg.'],
  ['Wat wil jij in je portfolio laten zien waar je echt trots op bent?', 'Portfolio als trots, niet als afvinklijst.'],
  [
    'Je hebt je heftruckcertificaat behaald. Wat zegt dat over wat je graag doet?',
    'Behaald resultaat als aanleiding voor motieven.',
  ],
  ['Wat zijn jouw sterke kanten volgens de mensen op je stage?', 'Sterke kanten via feedback van anderen.'],
  ['Welk advies van iemand anders heeft jou ooit echt verder geholpen?', 'Advies als netwerkervaring van leerling.'],
  [
    'In je profielwerkstuk over zwakke plekken in dijken zat veel eigen onderzoek; welk deel boeide je het meest?',
    'Zwak gaat over dijken, vraag over interesse.',
  ],
  ['Wat zou jij anderen willen vertellen over jouw stageplek?', 'Anderen als publiek, geen vergelijking.'],
  ['Op de havo kies je straks een profiel; welke vakken trekken jou nu het meest?', 'Schooltype als context, open vraag.'],
  [
    'Het aanmeldformulier bekijken we straks samen; vertel eerst wat je aanspreekt in de opleiding.',
    'Het formulier is ondergeschikt aan het gesprek.',
  ],
  ['Wat moet er voor jou in een baan zitten om er met plezier naartoe te gaan?', 'Moet als eigen wens, geen opdracht.'],
  [
    'Na de toets van vorige week zei je dat geschiedenis ineens leuk was; wat maakte dat?',
    'Toets als aanleiding voor interesse.',
  ],
  ['Nu je geslaagd bent: waar kijk je het meest naar uit?', 'Geslaagd als felicitatie, open vooruitblik.'],
  ['Wanneer moet je je aanmelden, en wat wil je vóór die tijd nog uitzoeken?', 'Planning zonder dreiging, leerling bepaalt.'],
  ['Welke deadline in je project haalde je goed, en hoe pakte je dat aan?', 'Een gehaalde deadline als eigen succeservaring.'],
  [
    'Op welk niveau leer jij het prettigst, denk je? Daar is geen goed of fout in.',
    'Niveau open besproken, zonder waardeoordeel.',
  ],
  [
    'Je gemiddelde bij Frans steeg; wat deed je anders en wat zegt dat over hoe jij graag leert?',
    'Gemiddelde als aanleiding voor reflectie op leren.',
  ],
  ['Wat zou je beter willen begrijpen van de beroepen in de zorg?', 'Beter als nieuwsgierigheid, geen vergelijking.'],
  [
    'De voortgang bespreken we een andere keer; nu wil ik vooral horen waar jij nieuwsgierig naar bent.',
    'Voortgang bewust geparkeerd voor interesse.',
  ],
  [
    'Slagen of zakken zegt weinig over je talenten; vertel eens wat jij graag maakt.',
    'Examentaal gerelativeerd, focus op talent.',
  ],
  ['Kiezen kan ook betekenen: nog even verder kijken. Welke richting wil je verkennen?', 'Kiezen als verkennen, zonder druk.'],
  ['Welke opdracht heb je deze periode met plezier ingeleverd, en waarom juist die?', 'Inleveren als aanleiding voor plezier.'],
  ['Het vwo biedt veel richtingen; welke werelden zou jij graag leren kennen?', 'Schooltype als context van open verkenning.'],
]);

export const CORPUS_K: LabelledSentence[] = inKindOrder({
  deficit: DEFICIT,
  'grade-topic': refuse('grade-topic', []),
  comparison: refuse('comparison', []),
  labelling: refuse('labelling', []),
  care: refuse('care', []),
  'tick-box': refuse('tick-box', []),
  pressure: PRESSURE,
  verdict: VERDICT,
  sound: SOUND,
  'sound-hard': SOUND_HARD,
  'sound-innocent-word': SOUND_INNOCENT,
});

/**
 * Training corpus part B for the learned backstop of the guardrail linter (lob-content.md §5 and §6):
 * new labelled Dutch sentences, TRAINING data, not a test set. Written by helper B after reading only
 * lob-content.md, ./labelled-set-shape.ts and the type header of ./guardrails-meaning-set.ts; no other
 * labelled set was read, so none is copied.
 *
 * Focus: vmbo (basis, kader, gl/tl), praktijkonderwijs, vso and the ISK (newcomers) — short, simple
 * Dutch, many statements and imperatives, instructions to the teacher ("Vraag…", "Laat de leerling…"),
 * praktijkvakken, snuffel- and meeloopstages in the onderbouw, sectorkeuze; a few mbo bbl (u-form)
 * and jullie- and we-forms. Writers vary: mentor, decaan, LOB-coördinator, praktijkdocent,
 * stagebegeleider, zorgcoördinator and a teacher in a hurry.
 *
 * Counts: 25 of each harm kind (deficit, grade-topic, comparison, labelling, care, tick-box, pressure,
 * verdict: 200), 60 sound (most of them statements or imperatives without a question mark), 50
 * sound-hard and 40 sound-innocent-word: 350 in all. The reason (`why`) is given in Dutch.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

export const CORPUS_B: LabelledSentence[] = inKindOrder({
  deficit: refuse('deficit', [
    [
      'Omdat lezen je niet goed afgaat, kun je beter een sector kiezen met weinig theorie.',
      'Een zwak punt bepaalt hier de sectorkeuze.',
    ],
    [
      'Vraag de leerling welk werk hij kan doen zonder veel te rekenen, want dat lukt hem niet.',
      'De docent zet de leerling neer als iemand die niet kan rekenen.',
    ],
    ['Jij bent geen doorzetter, dus kies een stage die niet te lang duurt.', 'Een vermeend gebrek stuurt de keuze van de stage.'],
    ['Je werkt te traag voor de horeca. Welk vak past beter bij jouw tempo?', 'De leerling wordt beschreven als te langzaam.'],
    ['Plannen is niet jouw ding. Welke opleiding heeft weinig huiswerk?', 'Wat de leerling niet kan, stuurt de opleidingskeuze.'],
    [
      'Je Nederlands is nog te slecht voor de zorg. Zoek iets waar je weinig hoeft te praten.',
      'Taalachterstand wordt als beperking voor de keuze gebruikt.',
    ],
    [
      'Met jouw concentratie moet je geen werk kiezen waar je lang stil moet zitten.',
      'Een zwakte van de leerling beperkt de beroepskeuze.',
    ],
    [
      'Geen probleem hoor, niet iedereen is een denker. Met je handen werken kun je vast wel.',
      'Vriendelijk verpakt, maar de leerling wordt als niet-denker gezien.',
    ],
    [
      'Samenwerken lukt je nog niet, dus een beroep in een team is te hoog gegrepen.',
      'Een tekort sluit beroepen uit voor de leerling.',
    ],
    [
      'Je bent nogal chaotisch. Welke sector is er voor mensen die alles vergeten?',
      'De leerling wordt neergezet als chaotisch en vergeetachtig.',
    ],
    [
      'Vraag waarom hij telkens tekortschiet bij de praktijkopdrachten en wat hij dan nog wel aankan.',
      'Het gesprek begint bij tekortschieten in plaats van bij interesses.',
    ],
    [
      'Je mist het geduld voor de zorg. Waar zou iemand met een kort lontje wel passen?',
      'De leerling wordt beschreven door wat hij mist.',
    ],
    ['Theorie ligt je niet, dus denk maar niet aan gl of tl.', 'Een vermeende zwakte sluit een leerweg uit.'],
    ['Je bent snel afgeleid en vergeet veel. Welk werk kun je dan nog wel doen?', 'Gebreken bepalen welk werk nog overblijft.'],
    [
      'Bij techniek kwam je niet verder dan de basis; welke makkelijkere richting zie je voor jezelf?',
      'De leerling wordt naar makkelijker gestuurd vanwege een tekort.',
    ],
    [
      'Jij haalt het tempo van de kaderberoepsgerichte leerweg niet. Wat zou je in de basis willen doen?',
      'Niet-kunnen is de reden voor de keuze van leerweg.',
    ],
    [
      'Je durft niet voor een groep te staan, dus onderwijs of sport valt af. Wat blijft er over?',
      'Een onzekerheid schrapt beroepen voor de leerling.',
    ],
    [
      'Laat de leerling opschrijven wat hij allemaal niet kan, dan weten we welke beroepen afvallen.',
      'Kiezen vanuit een lijst van onvermogen.',
    ],
    [
      'Je bent geen hoogvlieger, dus zoek iets eenvoudigs waarbij je je handen gebruikt.',
      'De leerling wordt als beperkt neergezet en zo gestuurd.',
    ],
    [
      'Met je handschrift en je spelling wordt kantoorwerk lastig. Wat trekt je verder?',
      'Zwakke punten sluiten bij voorbaat een werkveld uit.',
    ],
    [
      'Zelfstandig werken gaat je slecht af; kies dus een stageplek waar ze je steeds vertellen wat je doet.',
      'Een tekort aan zelfstandigheid stuurt de stagekeuze.',
    ],
    [
      'Je bent wat onhandig met gereedschap, dus bouw en techniek zitten er niet in.',
      'Onhandigheid wordt gebruikt om sectoren af te schrijven.',
    ],
    [
      'Vertel eens: welk werk past bij iemand met zo weinig uithoudingsvermogen als jij?',
      'Een gebrek wordt in een open vraag verstopt.',
    ],
    [
      'U mist de basisvaardigheden voor niveau 3. Welke functie op niveau 2 spreekt u aan?',
      'Een tekort bepaalt het niveau van de volwassen deelnemer.',
    ],
    [
      'Onthouden is lastig voor jou. Welk beroep kun je doen zonder veel te hoeven leren?',
      'Wat de leerling moeilijk vindt, beperkt de beroepskeuze.',
    ],
  ]),
  'grade-topic': refuse('grade-topic', [
    [
      'Je staat een 5,4 voor wiskunde. Wat ga je doen om voor de sectorkeuze een voldoende te halen?',
      'Het cijfer is het onderwerp, niet de leerling.',
    ],
    [
      'Bespreek met de leerling welk gemiddelde hij nodig heeft om door te mogen naar kader.',
      'Het gesprek gaat over het benodigde gemiddelde.',
    ],
    ['Welk cijfer heb je nodig voor je praktijkexamen om te slagen?', 'Een cijfer is het doel van het loopbaangesprek.'],
    ['Hoe krijg je je gemiddelde voor de avo-vakken boven de 6?', 'Het gemiddelde omhoog krijgen is het gespreksdoel.'],
    [
      'Je rapport telt drie onvoldoendes. Welke daarvan ga je eerst ophalen?',
      'Onvoldoendes ophalen is het onderwerp van het gesprek.',
    ],
    ['Laat de leerling uitrekenen hoeveel punten hij nog mist voor zijn diploma.', 'Het gesprek draait om punten tellen.'],
    ['Wat betekent die 4,8 voor Engels volgens jou, en hoe haal je hem op?', 'Een los cijfer is het hele gespreksonderwerp.'],
    [
      'Vraag waarom zijn toetsresultaten deze periode zijn gezakt en hoe hij dat gaat herstellen.',
      'Dalende resultaten zijn het onderwerp, niet zijn loopbaan.',
    ],
    [
      'Welk eindcijfer wil je voor je praktijkvak halen, en wat doe je daarvoor?',
      'Een eindcijfer wordt het doel van het gesprek.',
    ],
    [
      'We bespreken vandaag je cijferlijst: welke vakken staan rood en hoe komt dat?',
      'De cijferlijst staat centraal in het loopbaangesprek.',
    ],
    [
      'Je hebt 70 % nodig op de taaltoets om naar de bovenbouw gl te mogen. Hoe ga je dat redden?',
      'Een score is het doel van het gesprek.',
    ],
    [
      'Hoeveel punten scoorde je op de Cito-toets en wat zegt dat over je niveau?',
      'Een toetsscore wordt als maat voor de leerling besproken.',
    ],
    [
      'Bij een gemiddelde onder de 5,5 kom je niet in de zorgsector. Welke vakken trek je omhoog?',
      'Het gemiddelde ophalen is het onderwerp van de keuze.',
    ],
    ['Voor welke toets haal je de komende periode minstens een 7?', 'Een cijferdoel vervangt het gesprek over interesses.'],
    ['Je leesscore is A2. Hoe kom je voor de zomer op B1?', 'Het taalniveau als score is het gespreksonderwerp.'],
    [
      'Vraag de leerling zijn cijfers per vak te noemen en te zeggen welke omhoog moeten.',
      'Cijfers doornemen is het hele gesprek.',
    ],
    ['Je SE-cijfer voor Nederlands is een 5,1. Welke herkansing doe je eerst?', 'Een schoolexamencijfer is het onderwerp.'],
    ['Wat is je doel voor het volgende rapport: hoger dan een 6,5 gemiddeld?', 'Het gemiddelde is het doel van het gesprek.'],
    [
      'Zet met de leerling op een rijtje hoeveel voldoendes hij nog nodig heeft om over te gaan.',
      'Overgaan en voldoendes tellen zijn het onderwerp.',
    ],
    ['Hoe zorg je dat je stagebeoordeling van matig naar goed gaat?', 'De beoordeling verhogen is het doel, niet de ervaring.'],
    [
      'Bespreek eerst de tussenrapportage: welke vakken zakken en hoeveel punten scheelt het?',
      'Het gesprek draait om dalende cijfers.',
    ],
    ['Je hebt voor PIE gemiddeld een 5,9. Wat is er nodig voor die ene tiende?', 'Een tiende punt winnen is het onderwerp.'],
    ['Waar ligt het aan dat je rekentoets op 1F is blijven steken?', 'Een toetsniveau is het onderwerp van het gesprek.'],
    [
      'Met welke cijfers wil je je aanmelden bij het mbo, en zijn die hoog genoeg?',
      'Cijfers zijn het onderwerp van de aanmelding.',
    ],
    [
      'Kijk samen in het leerlingvolgsysteem en vraag welke rode cijfers hij deze week wegwerkt.',
      'Rode cijfers wegwerken is het doel van het gesprek.',
    ],
  ]),
  comparison: refuse('comparison', [
    ['De rest van de klas weet al welke sector ze kiezen. Waarom jij nog niet?', 'De leerling wordt tegen de klas afgezet.'],
    ['Je broer deed de techniekroute zonder moeite. Lukt jou dat ook?', 'De leerling wordt met een broer vergeleken.'],
    [
      'Vraag de leerling waarom hij achterblijft bij zijn klasgenoten met het zoeken van een stage.',
      'De leerling wordt aan klasgenoten gemeten.',
    ],
    [
      'Anderen van jouw leeftijd hebben al een bijbaantje. Waarom jij niet?',
      'Vergelijking met leeftijdgenoten zet de leerling onder druk.',
    ],
    [
      'In 2B heeft bijna iedereen al een meeloopdag gedaan; jij bent een van de laatsten.',
      'De leerling wordt als achterblijver in de klas genoemd.',
    ],
    [
      'Jouw zus werkt in de zorg en doet het goed. Waarom kies jij niet hetzelfde?',
      'De keuze wordt gemeten aan die van een zus.',
    ],
    [
      'Vergeleken met de andere stagiairs van jouw groep ben je stil. Wat maakt dat?',
      'De leerling wordt naast andere stagiairs gelegd.',
    ],
    [
      'Kijk eens naar Mohammed: die weet precies wat hij wil. Wat kun je van hem leren?',
      'Een klasgenoot wordt als voorbeeld tegenover de leerling gezet.',
    ],
    ['Waarom ben jij de enige in de groep die nog geen stageplek heeft?', 'De leerling wordt uitgelicht tegenover de groep.'],
    ['Je vrienden gaan allemaal naar dezelfde mbo-school. Blijf jij achter?', 'De keuze wordt afgezet tegen die van vrienden.'],
    [
      'Jouw reflecties zijn korter dan die van de anderen. Hoe komt het dat jij minder te vertellen hebt?',
      'Werk van de leerling wordt aan anderen gemeten.',
    ],
    [
      'Andere ISK-leerlingen die net zo lang in Nederland zijn, praten al beter. Wat doe jij anders?',
      'Nieuwkomer wordt met andere nieuwkomers vergeleken.',
    ],
    [
      'Vorig jaar had deze klas op dit moment allang gekozen. Jullie lopen achter.',
      'De klas wordt tegen een vorige klas afgezet.',
    ],
    [
      'Vraag haar waarom haar nichtje het wel redt in de kinderopvang en zij twijfelt.',
      'De leerling wordt afgemeten aan haar nichtje.',
    ],
    [
      'Leg naast elkaar wat de leerling en zijn klasgenoten al aan LOB hebben gedaan, en bespreek het verschil.',
      'De leerling wordt naast de klas gelegd.',
    ],
    ['Jij bent trager dan de rest bij het praktijkvak. Hoe ga je dat inhalen?', 'De leerling wordt gemeten aan de rest.'],
    [
      'Hoe kan het dat je tweelingbroer wel een stage bij de garage kreeg en jij niet?',
      'De leerling wordt afgemeten aan zijn tweelingbroer.',
    ],
    [
      'Bijna iedereen in je groep wil de zorg in. Waarom wijk jij daarvan af?',
      'Afwijken van de groep wordt als probleem gezien.',
    ],
    [
      'Zet op het bord wie al een stageplek heeft, zodat de klas ziet wie nog achterloopt.',
      'Leerlingen worden openlijk met elkaar vergeleken.',
    ],
    ['Anderen hebben minder hulp nodig bij het kiezen dan jij. Waar ligt dat aan?', 'De hulpvraag wordt aan anderen afgemeten.'],
    [
      'Op de open dag waren al je klasgenoten enthousiast en jij niet. Wat is er met jou?',
      'De leerling wordt als afwijkend van de klas gezien.',
    ],
    [
      'U bent de oudste van de bbl-groep en toch het minst zeker van uw keuze. Hoe zit dat?',
      'De deelnemer wordt aan de groep gemeten.',
    ],
    [
      'Kijk naar je oudere zus, die redde het ook in de detailhandel. Dat kun jij toch ook?',
      'De leerling moet zich spiegelen aan een zus.',
    ],
    [
      'Ten opzichte van de leerlingen uit de parallelklas heb jij weinig werkervaring. Hoe haal je ze in?',
      'Vergelijking met een andere klas.',
    ],
    [
      'Normaal gesproken weet een tweedeklasser dit al. Hoe komt het dat jij nog twijfelt?',
      'De leerling wordt aan een norm voor de leeftijd gemeten.',
    ],
  ]),
  labelling: refuse('labelling', [
    ['Meisjes zoals jij kiezen meestal voor zorg en welzijn. Past dat ook bij jou?', 'Een genderstereotype stuurt de keuze.'],
    [
      'Jongens in de techniek zijn vaak praktisch; jij bent dus vast ook een doener.',
      'Een eigenschap wordt uit het geslacht afgeleid.',
    ],
    ["Als vmbo'er moet je niet te hoog grijpen. Welk vak op niveau 2 trekt je?", 'Schooltype wordt als label gebruikt.'],
    [
      'Praktijkschoolleerlingen zijn het gelukkigst met eenvoudig werk. Welk eenvoudig werk lijkt jou wat?',
      'Een stereotype over praktijkonderwijs bepaalt de keuze.',
    ],
    [
      'In jullie cultuur werken vrouwen meestal niet buitenshuis. Hoe denk jij daarover?',
      'Een stereotype over cultuur en achtergrond.',
    ],
    [
      'Omdat je ADHD hebt, ben je een echte doener. Welk beweegberoep past bij je?',
      'Een diagnose wordt als identiteit gebruikt.',
    ],
    ['Nieuwkomers beginnen meestal in de schoonmaak of de bouw. Wat wil jij?', 'Een label voor nieuwkomers beperkt de keuze.'],
    [
      'Vraag de leerling, als moslima, of ze met hoofddoek wel in de zorg wil werken.',
      'Religie wordt als label in het gesprek gebracht.',
    ],
    [
      'Kinderen uit een arbeidersgezin willen vaak snel geld verdienen. Herken je dat?',
      'Een stereotype over het inkomen van het gezin.',
    ],
    ['Een kaderleerling is geen studiebol. Zoek dus iets praktisch.', 'De leerweg wordt als label op de leerling geplakt.'],
    [
      'Voor een meisje is de metaalopleiding best zwaar. Heb je daar al aan gedacht?',
      'Een genderstereotype over zware beroepen.',
    ],
    [
      'Jij bent autistisch, dus werken met mensen is lastig. Wat doe je graag alleen?',
      'Een diagnose bepaalt wat de leerling kan.',
    ],
    ['Typisch basisleerling: liever doen dan denken. Klopt dat bij jou?', 'Een stereotype over de basisberoepsgerichte leerweg.'],
    [
      'Veel Turkse jongens gaan de handel in, net als hun vader. Speelt dat bij jou ook?',
      'Afkomst en geslacht worden als verklaring gebruikt.',
    ],
    [
      'Jij zit op het vso, dus dagbesteding ligt meer voor de hand dan een baan.',
      'Het schooltype wordt een label voor de toekomst.',
    ],
    ['Jongens houden nou eenmaal niet van verzorgen. Waarom wil jij de zorg in?', 'Een genderstereotype wordt als norm gesteld.'],
    [
      'Vluchtelingenkinderen willen vaak arts worden, maar dat is zelden haalbaar. Wat is jouw plan B?',
      'Een stereotype over vluchtelingen beperkt de droom.',
    ],
    ['Met jouw dyslexie ben je vast een beelddenker. Welk creatief vak kies je?', 'Een diagnose wordt als eigenschap gebruikt.'],
    [
      'Als rolstoeler kun je beter aan kantoorwerk denken. Wat vind je daarvan?',
      'Een beperking wordt een label dat de keuze stuurt.',
    ],
    ['Zo’n stoere meid als jij hoort in de beveiliging. Zie je dat zitten?', 'Een stereotype beeld bepaalt welk beroep past.'],
    [
      'Omdat je ouders geen Nederlands spreken, kan thuis niemand helpen kiezen. Wie dan wel?',
      'Een aanname over achtergrond en gezin.',
    ],
    ['Kinderen van ondernemers worden vaak zelf ondernemer. Jij dus ook?', 'Gezinsachtergrond wordt als voorspelling gebruikt.'],
    [
      "Tl'ers zijn de slimmeriken van het vmbo; jij gaat straks vast naar de havo.",
      'Schooltype als label, en een route als betere keuze.',
    ],
    [
      'Jongeren uit deze wijk komen vaak in de beveiliging terecht. Lijkt jou dat wat?',
      'Een stereotype over de buurt van de leerling.',
    ],
    [
      'Als eerste in je familie op het mbo weet je natuurlijk weinig van studeren.',
      'Een aanname over leerlingen die als eerste in hun familie studeren.',
    ],
  ]),
  care: refuse('care', [
    [
      'Hoe gaat het thuis sinds je ouders uit elkaar zijn? Heeft dat invloed op je sectorkeuze?',
      'Een scheiding hoort bij de mentor of zorg, niet bij LOB.',
    ],
    [
      'Vraag de leerling of er thuis genoeg geld is voor een opleiding met dure materialen.',
      'Geld van de ouders is een zorgonderwerp.',
    ],
    [
      'Slaap je wel genoeg? Je ziet er steeds moe uit tijdens de praktijklessen.',
      'Slaap is een zorgonderwerp, niet voor een LOB-prompt.',
    ],
    ['Gebruik je medicijnen die je concentratie op je stage beïnvloeden?', 'Vragen naar medicatie hoort bij de zorgcoördinator.'],
    [
      'Heeft je vader nog schulden? Dan is een betaalde bbl-plek misschien handig.',
      'Schulden thuis zijn geen onderwerp voor LOB.',
    ],
    [
      "Vertel eens hoe het met je eten gaat; ontbijt je 's ochtends voordat je naar stage gaat?",
      'Eetgedrag is een zorgonderwerp en hoort niet in LOB.',
    ],
    ['Ben je zwanger? Dat is belangrijk om te weten voor de keuze van je stage.', 'Zwangerschap hoort niet in een LOB-vraag.'],
    [
      'Laat de leerling vertellen of hij thuis wordt geslagen, want dat kan zijn keuze beïnvloeden.',
      'Mishandeling hoort bij zorg, niet bij LOB.',
    ],
    ['Rook of blow je? Stagebedrijven willen dat graag weten.', 'Roken en blowen uitvragen hoort bij zorg, niet bij LOB.'],
    [
      'Hoe gaat het met je angsten? Kun je daarmee wel in een winkel staan?',
      'Psychische gezondheid wordt in een LOB-gesprek uitgevraagd.',
    ],
    [
      'Moet jij thuis veel voor je broertjes en zusjes zorgen? Vertel daar eens over.',
      'De thuissituatie van de leerling wordt uitgevraagd.',
    ],
    ['Heeft je moeder werk, of leeft jullie gezin van een uitkering?', 'Inkomen van het gezin is geen LOB-onderwerp.'],
    [
      'Vraag of hij nog naar de psycholoog gaat en wat die zegt over zijn beroepskeuze.',
      'Behandeling hoort bij het ondersteuningsteam.',
    ],
    ['Wat heb je in je land meegemaakt tijdens de oorlog? Vertel het maar.', 'Trauma uitvragen hoort niet in een LOB-prompt.'],
    ['Heb je last van je rug of je astma? Dan valt de bouw misschien af.', 'Gezondheid wordt uitgevraagd voor de keuze.'],
    ['Wie van je ouders drinkt er te veel? Dat wil ik weten voor het loopbaangesprek.', 'Verslaving thuis hoort bij zorg.'],
    ['Woon je nu bij je moeder of bij je vader, en hoe vaak is er ruzie?', 'Gezinssituatie en ruzie horen niet bij LOB.'],
    [
      'Ben je depressief? Je lijkt de laatste tijd nergens meer zin in te hebben.',
      'Mentale gezondheid is aan de zorgcoördinator.',
    ],
    [
      'Hoe laat ga je eigenlijk naar bed op doordeweekse dagen?',
      'Slaapgewoonten van de leerling worden in een LOB-prompt uitgevraagd.',
    ],
    ['Heb je een verblijfsvergunning, en hoe zeker is jullie verblijf hier?', 'Verblijfsstatus is een gevoelig zorgonderwerp.'],
    [
      'Laat de leerling vertellen over de ziekte van zijn oma en hoe het thuis daarmee gaat.',
      'Ziekte in het gezin hoort bij zorg.',
    ],
    ['Je bent veel afgevallen. Eet je wel goed?', 'Gewicht en eten zijn zorgonderwerpen.'],
    ['Krijg je zakgeld, of moet je bijverdienen om thuis de huur mee te betalen?', 'Geldzorgen thuis horen niet in LOB.'],
    ['Vertel eens over de scheiding: met wie praat je daar thuis over?', 'Een scheiding wordt in een LOB-gesprek uitgevraagd.'],
    ['Bent u tijdens de bbl nog onder behandeling bij de huisarts?', 'Medische vragen horen niet in een loopbaangesprek.'],
  ]),
  'tick-box': refuse('tick-box', [
    ['Vul even je LOB-formulier in, dan kan ik het afvinken.', 'Het gesprek wordt een invuloefening om af te vinken.'],
    [
      'Heb je de vijf loopbaanopdrachten al ingeleverd? Dan staat het groen in Magister.',
      'Inleveren voor het systeem is het doel.',
    ],
    ['Dit gesprek is voor het dossier: noem kort een beroep, dan zijn we klaar.', 'Het gesprek dient alleen het dossier.'],
    [
      'Laat de leerling de reflectie op de snuffelstage invullen zodat de LOB-uren kloppen.',
      'Uren verantwoorden staat voorop, niet wat de leerling ervoer.',
    ],
    [
      'Nog 3 van de 8 opdrachten te gaan in je loopbaandossier. Wanneer lever je ze in?',
      'Voortgang tellen in plaats van gesprek.',
    ],
    ['Zet je handtekening onder het verslag van de beroepenmarkt, dan telt het mee.', 'Bewijs verzamelen is het doel.'],
    [
      'Is je portfolio compleet? Ik moet het vrijdag bij de decaan inleveren.',
      'Het portfolio is een verplichting voor de docent.',
    ],
    ['Kruis op de lijst aan welke sector je wilt, dan kan ik het doorgeven.', 'Een keuze wordt een vinkje op een lijst.'],
    ['Maak snel de beroepentest af, dan hebben we het LOB-onderdeel gehad.', 'LOB als onderdeel dat af moet.'],
    [
      'Het gesprek duurt vijf minuten: ik stel de verplichte vragen en jij antwoordt kort.',
      'Een verplicht lijstje in plaats van een dialoog.',
    ],
    ['Heb je het stageformulier laten tekenen? Zonder stempel telt de dag niet.', 'De stempel telt, niet de ervaring.'],
    [
      'Vraag of de leerling alle LOB-activiteiten in het digitale dossier heeft gezet; het moet 100 % zijn.',
      'Een percentage voltooid is het doel.',
    ],
    ['We lopen het lijstje langs: open dag gedaan, test gedaan, gesprek gedaan. Klaar.', 'Het gesprek is een checklist.'],
    [
      'Upload je foto’s van de praktijkdag vóór vrijdag, anders kan ik je voortgang niet registreren.',
      'Registratie van voortgang is het doel.',
    ],
    [
      'Jullie moeten nog 12 LOB-uren verantwoorden. Schrijf op wat je deed, dan is het rond.',
      'Uren tellen in plaats van reflecteren.',
    ],
    [
      'Het maakt niet uit wat je invult, als het vakje maar niet leeg is.',
      'Invullen om het invullen, de inhoud doet er niet toe.',
    ],
    [
      'Zorg dat je loopbaanreflectie minstens 150 woorden is, anders keurt het systeem hem af.',
      'Het systeem bepaalt, niet de inhoud.',
    ],
    [
      'Ik heb nog een gespreksverslag van je nodig voor de inspectie. Wat zullen we opschrijven?',
      'Het gesprek dient de verantwoording.',
    ],
    [
      'U heeft 2 van de 4 verplichte BPV-reflecties aangeleverd. Wilt u de rest nog deze week sturen?',
      'Het gesprek telt alleen de verplichte ingeleverde stukken.',
    ],
    ['Kopieer maar de tekst van vorig jaar in je portfolio, dan is het in orde.', 'Het portfolio wordt een formaliteit.'],
    [
      'Laat de leerling zijn sectorkeuze met één klik bevestigen, dan staat het in het systeem.',
      'De keuze wordt een handeling in het systeem.',
    ],
    [
      'Voor dit gesprek is het genoeg als je ja of nee zegt bij elke vraag van de checklist.',
      'Een checklist vervangt het gesprek.',
    ],
    [
      'Noteer even drie kwaliteiten, maakt niet uit welke, dan hebben we stap 1 gehad.',
      'Stappen worden afgerond zonder dat ze iets betekenen.',
    ],
    [
      'Is je LOB-paspoort al vol met stempels? Dat controleer ik bij het rapport.',
      'Stempels verzamelen wordt een controle bij het rapport.',
    ],
    [
      'Ik hoef alleen aan te tonen dat we gesproken hebben. Teken hier maar.',
      'Het gesprek is alleen bewijs voor de administratie.',
    ],
  ]),
  pressure: refuse('pressure', [
    ['Als je nu niet kiest, ben je te laat en zit je straks zonder school.', 'Angst wordt gebruikt om een keuze af te dwingen.'],
    ['Kies vóór vrijdag een sector, anders kiezen wij voor je.', 'Een ultimatum met een dreiging.'],
    ['Geen stageplek voor de kerstvakantie? Dan mag je niet mee naar de bovenbouw.', 'Een gevolg wordt als dreigement ingezet.'],
    [
      'Wie na de meivakantie nog twijfelt, komt op de wachtlijst en dan is het te laat.',
      'Twijfel wordt met een dreiging bestraft.',
    ],
    ['Zonder stage kun je je diploma vergeten. Wanneer ga je eindelijk bellen?', 'Dreigen met het diploma zet druk.'],
    ['Bedenk goed: één verkeerde keuze nu, en je zit jaren vast in werk dat je haat.', 'Angst voor de toekomst als drukmiddel.'],
    [
      'Je hebt nog één week. Daarna is alles vol en krijg je de restjes.',
      'Tijdsdruk wordt als dreiging tegen de leerling gebruikt.',
    ],
    [
      'Waarschuw de leerling dat hij geen plek meer krijgt als hij vandaag niet tekent.',
      'Een ultimatum dwingt de leerling vandaag te tekenen.',
    ],
    ['Als je nog langer twijfelt, moet je het jaar overdoen.', 'Twijfel wordt met zittenblijven bedreigd.'],
    ['Bel vandaag nog het bedrijf, anders geef ik je plek aan een ander.', 'Een dreiging om de plek kwijt te raken.'],
    ['Weet je wel dat je zonder diploma in de bijstand belandt? Kies dus snel.', 'Angst voor armoede als drukmiddel.'],
    [
      'De aanmelding sluit over drie dagen. Wie dan niets heeft, blijft thuis zitten.',
      'Een deadline wordt een dreigement met thuiszitten.',
    ],
    ['Denk aan je ouders: die worden boos als je straks nergens terechtkunt.', 'Angst voor boze ouders wordt ingezet.'],
    [
      'Uw contract stopt als u niet voor 1 maart een leerbedrijf heeft. Wat gaat u doen?',
      'Een gevolg als bedreiging voor de deelnemer.',
    ],
    [
      'Mis je de meeloopdag weer, dan bellen we je ouders en gaat er een brief naar de leerplicht.',
      'Straf en leerplicht worden als drukmiddel ingezet.',
    ],
    ['Je weet toch dat werkgevers niemand aannemen die niet weet wat hij wil?', 'Angst over werk wordt gebruikt.'],
    [
      'Nog twee weken tot de deadline, en daarna kan niemand je meer helpen.',
      'Een deadline met de dreiging dat niemand meer helpt.',
    ],
    [
      'Kies nu, want volgend jaar is er voor jou geen plaats meer in de groep.',
      'De leerling wordt met uitsluiting uit de groep bedreigd.',
    ],
    [
      'Wie nu geen keuze maakt, komt op de verkeerde plek terecht en komt daar nooit meer weg.',
      'Angst voor een vastgelopen toekomst als drukmiddel.',
    ],
    ['Ik geef je tot morgen. Daarna vul ik zelf je sector in.', 'Een ultimatum van de volwassene.'],
    ['Haast je: de leuke stageplekken zijn over een paar dagen weg en dan heb je pech.', 'Haast en angst als drukmiddel.'],
    ['Als je nu niet oplet, sta je over tien jaar nog steeds zonder vak.', 'Een schrikbeeld van de toekomst.'],
    [
      'Zeg maar tegen de leerling dat hij zonder keuze van school moet.',
      'De leerling wordt met verwijdering van school bedreigd.',
    ],
    [
      'Eén gemiste inschrijving, en je zit een jaar thuis. Begrijp je dat?',
      'Een gevolg wordt gebruikt om de leerling bang te maken.',
    ],
    ['Het is nu of nooit. Wie dit jaar niet kiest, heeft straks niks meer te kiezen.', 'Alles-of-niets druk op de leerling.'],
  ]),
  verdict: refuse('verdict', [
    ['Jij moet de bbl doen, school is niks voor jou.', 'De volwassene beslist over de route.'],
    ['Dat profiel is niets voor jou. Kies maar Economie en ondernemen.', 'Een oordeel en een keuze voor de leerling.'],
    ['Ik zou de kappersopleiding maar vergeten, daar ben je niet geschikt voor.', 'De docent verwerpt de wens van de leerling.'],
    ['Zeg tegen de leerling dat hij beter de bouw in kan gaan; daar is werk genoeg.', 'Advies dat de keuze overneemt.'],
    ['Het wordt gewoon de groene sector, dat past het best bij jou.', 'De keuze is al voor de leerling gemaakt.'],
    [
      'Met die droom om vlogger te worden wordt het niks. Kies iets normaals.',
      'De droom van de leerling wordt door de docent afgeserveerd.',
    ],
    ['Doe jij nou maar de basisberoepsgerichte leerweg, dan zit je goed.', 'De leerweg wordt voor de leerling gekozen.'],
    ['Mijn advies is duidelijk: ga de logistiek in en stop met twijfelen.', 'Een oordeel dat twijfel afkapt.'],
    ['Stage bij de kinderopvang? Dat raad ik je echt af. Ga naar de supermarkt.', 'De docent kiest de stage.'],
    ['Op de havo hoor je thuis, dus je stapt na dit jaar over.', 'Een route wordt als beter opgelegd.'],
    [
      'Je gaat volgend jaar naar Zorg en welzijn, dat heb ik al met je mentor geregeld.',
      'Over de leerling wordt beslist zonder hem.',
    ],
    ['Kies entree, hoger zit er voor jou niet in.', 'Een oordeel over wat haalbaar is.'],
    ['Laat die muziekdroom maar los, daar kun je je brood niet mee verdienen.', 'De wens wordt weggezet door de volwassene.'],
    ['Ik heb je ingeschreven voor de stage bij de bakker, dat is het beste voor je.', 'De volwassene kiest de stage.'],
    [
      'Vertel de leerling welke sector hij kiest; daar hoeft hij zelf niet over na te denken.',
      'De docent beslist voor de leerling.',
    ],
    ['Doe gewoon wat je vader doet, dan heb je later zeker werk.', 'Een advies dat de eigen keuze vervangt.'],
    ['Techniek is niet jouw wereld. Kies iets met mensen.', 'Een oordeel en een opdracht.'],
    [
      'Neem het aanbod van het leerbedrijf maar aan, daar valt niets over te twijfelen.',
      'De keuze van het leerbedrijf wordt aan de leerling opgelegd.',
    ],
    [
      'U kunt beter niveau 2 afmaken en dan stoppen; verder leren heeft geen zin meer.',
      'Een oordeel over de toekomst van de deelnemer.',
    ],
    ['Je verdient meer als metselaar. Dat raad ik je aan, dus daar gaan we voor.', 'De docent kiest het beroep.'],
    [
      'Eerlijk gezegd zie ik jou niet in de horeca. Probeer het maar in de groenvoorziening.',
      'De docent beslist wat bij de leerling past.',
    ],
    ['Je blijft in de kaderberoepsgerichte leerweg; daar is geen discussie over.', 'Een besluit zonder de leerling.'],
    ['Beveiliger worden? Vergeet het maar, dat is geen beroep voor jou.', 'De docent keurt de beroepsdroom van de leerling af.'],
    ['Geef de leerling het advies dat hij beter kan gaan werken dan doorleren.', 'Advies dat de route bepaalt.'],
    ['Dagbesteding is voor jou de beste plek, daar ben je veilig.', 'De volwassene bepaalt de toekomst.'],
  ]),
  sound: allow('sound', [
    [
      'Je hoeft nog niet te weten wat je later wilt worden. Je mag rustig rondkijken.',
      'Een geruststelling die de leerling ruimte geeft om rond te kijken.',
    ],
    ['Vertel eens over een dag op je snuffelstage waar je blij van werd.', 'Een uitnodiging om over een ervaring te vertellen.'],
    ['Ik zag dat je de klanten in de kantine vriendelijk hielp. Daar ben je goed in.', 'Een kwaliteit die de docent zag.'],
    ['Laat de leerling drie dingen noemen die hij graag met zijn handen maakt.', 'Een tip die uitgaat van interesses.'],
    [
      'Vraag de leerling wat hij het leukst vond bij de praktijkles koken, en waarom.',
      'Open vraag over plezier in een praktijkvak.',
    ],
    ['Kies samen één beroep uit om deze maand beter te leren kennen.', 'Werkexploratie met een kleine stap.'],
    [
      'Loop eens een middag mee met iemand uit je familie die werkt. Kijk wat die de hele dag doet.',
      'Een suggestie om werk te verkennen.',
    ],
    ['Neem de tijd. Er zijn geen foute keuzes in de tweede klas.', 'Een geruststelling bij de sectorkeuze in de tweede klas.'],
    ['Schrijf op bij welke vakken je de tijd vergeet.', 'Een opdracht die de leerling laat ontdekken wat hem boeit.'],
    [
      'Geef de leerling een compliment over iets wat hij deze week goed deed in de werkplaats.',
      'Een tip om een kwaliteit te benoemen.',
    ],
    ['Maak een foto van iets wat je in de praktijkles hebt gemaakt en vertel erover.', 'Uitnodiging om trots te delen.'],
    [
      'Laat de nieuwkomer vertellen welk werk hij in zijn eigen land zag en wat hij daar mooi aan vond.',
      'Interesse vanuit de eigen ervaring van een nieuwkomer.',
    ],
    ['Jij mag zelf kiezen welke sector je wilt bekijken. Ik help je zoeken.', 'De keuze blijft bij de leerling.'],
    [
      'Zoek samen een bedrijf in de buurt waar de leerling een dagje mag kijken.',
      'Een tip om samen echt werk in de buurt te verkennen.',
    ],
    ['Ga naast de leerling zitten, niet tegenover hem. Luister meer dan je praat.', 'Een houdingstip voor de docent.'],
    ['Noem eens iemand die jou kan helpen met het vinden van een stage.', 'Een uitnodiging om te netwerken.'],
    [
      'Teken een kaart van de mensen die je kent die werken. Wie zou je iets willen vragen?',
      'Het netwerk van de leerling zichtbaar maken op papier.',
    ],
    ['Je hebt vandaag goed samengewerkt met je groep. Dat is iets om te onthouden.', 'Een observatie van een kwaliteit.'],
    [
      'Vertel wat je het liefst doet in het weekend. Daar zit vaak een hint in voor werk.',
      'Interesses als begin van werkverkenning.',
    ],
    ['Bekijk met de leerling een filmpje over een beroep dat hij nog niet kent.', 'Een tip om werk te verkennen.'],
    [
      'Bij de beroepenmarkt mag je drie kraampjes uitkiezen die jou nieuwsgierig maken.',
      'De leerling kiest zelf wat hij op de beroepenmarkt verkent.',
    ],
    [
      'Het is prima als je het nog niet weet. Samen ontdekken we wat bij je past.',
      'Niet weten mag, en de docent verkent samen met de leerling.',
    ],
    [
      'Laat de leerling vertellen over zijn bijbaantje en wat hij daar graag doet.',
      'Een eigen werkervaring is het startpunt van het gesprek.',
    ],
    [
      'Je hielp je klasgenoot geduldig met de zaagmachine. Dat geduld is een mooie kwaliteit.',
      'De docent benoemt een talent dat hij zelf zag.',
    ],
    ['Vraag de leerling wie er in zijn buurt een beroep heeft dat hem interesseert.', 'Netwerk in de eigen omgeving.'],
    [
      'Stel eerst een vraag over iets wat de leerling leuk vindt, en pas daarna over school.',
      'Een tip: relatie en interesse eerst.',
    ],
    ['Vertel welke klus op je stage je graag nog een keer wilt doen.', 'Open uitnodiging over plezier in werk.'],
    [
      'Kijk samen terug op de praktijkdag en zoek één ding waar de leerling trots op is.',
      'Terugkijken op een concrete ervaring.',
    ],
    ['Probeer deze week iets nieuws uit in de werkplaats. Vertel me daarna hoe het ging.', 'Een kleine stap om te ontdekken.'],
    [
      'Wat je leuk vindt, is een goed begin. Daar gaan we op verder bouwen.',
      'Een bemoediging die uitgaat van wat de leerling leuk vindt.',
    ],
    ['Nodig een oud-leerling uit die vertelt over zijn werk als automonteur.', 'Een tip voor netwerken en werkexploratie.'],
    ['Laat de leerling zelf bepalen welke vraag hij aan de stagebegeleider stelt.', 'De leerling houdt de regie.'],
    [
      'Je vertelde enthousiast over de dieren op de kinderboerderij. Daar kun je meer over ontdekken.',
      'Een interesse wordt serieus genomen.',
    ],
    ["Zegt de leerling 'weet ik niet'? Vraag dan wat hij wel een beetje leuk vond.", 'Een tip om door te vragen.'],
    ['Vandaag kijken we naar jouw talenten, niet naar wat er misging.', 'Het gesprek richt zich op talenten, niet op fouten.'],
    ['Spreek één klein stapje af dat de leerling zelf bedenkt.', 'Een vervolgstap van de leerling zelf.'],
    ['Je spreekt drie talen. Dat is een kracht in veel beroepen.', 'Een kwaliteit van een nieuwkomer benoemen.'],
    [
      'Schrijf met de leerling op wie hem kunnen helpen: familie, buren, zijn trainer of zijn vorige stageplek.',
      'Een netwerk in kaart brengen.',
    ],
    ['Wandel samen een rondje over het schoolplein en praat over wat de leerling graag doet.', 'Een informeel gesprek als tip.'],
    [
      'Het mag ook een beroep zijn dat je nog niet kent. Zoek er drie op die je verrassen.',
      'Een uitnodiging om ook onbekende beroepen te verkennen.',
    ],
    ['Welke klus op je stage gaf je de meeste energie?', 'Een open vraag over wat de leerling energie geeft.'],
    ['Wat vind je fijner: buiten werken of binnen werken?', 'Een eenvoudige vraag over voorkeuren.'],
    [
      'Wie uit je omgeving zou je willen vragen hoe zijn werk eruitziet?',
      'Een open vraag over wie de leerling om raad kan vragen.',
    ],
    [
      'Welk werk in de werkplaats zou je elke dag willen doen, en waarom?',
      'Een open vraag over werk dat de leerling graag doet.',
    ],
    ['Wat zou je graag willen leren dat je nu nog niet kunt?', 'Een vraag naar groei, niet naar tekort.'],
    ['Waar ben je trots op als je terugkijkt op dit jaar?', 'De leerling kijkt terug op waar hij zelf trots op is.'],
    ['Welke sector lijkt jou spannend om eens te bekijken?', 'Een open vraag over welke sector de leerling wil verkennen.'],
    ['Wanneer vergeet jij helemaal de tijd?', 'Een vraag naar wat de leerling drijft.'],
    ['Wat deed je in je eigen land graag, en wil je dat hier ook doen?', 'Open vraag voor een nieuwkomer.'],
    ['Wat zou een goede collega over jou zeggen?', 'Kwaliteiten via het oog van een ander.'],
    [
      'Welke vraag wil je stellen aan iemand die in de zorg werkt?',
      'De leerling bereidt een eigen vraag voor aan iemand uit het werkveld.',
    ],
    ['Hoe merk je dat je iets goed kunt?', 'Een vraag die de leerling laat nadenken over eigen kwaliteiten.'],
    ['Wat heb je over jezelf ontdekt tijdens de meeloopdag?', 'Reflectie op een concrete ervaring.'],
    ['Met wie zou je graag een dag willen meelopen?', 'Open vraag over netwerk en verkennen.'],
    ['Als je een eigen bedrijf had, wat zou je dan maken of verkopen?', 'Een speelse vraag over interesses.'],
    ['Welk werk zie je om je heen dat je nieuwsgierig maakt?', 'Een vraag naar werk in de omgeving dat nieuwsgierig maakt.'],
    ['Wat wil je nog ontdekken voordat je je sector kiest?', 'De leerling bepaalt de volgende stap.'],
    ['Wat vond u in uw vorige baan het fijnst om te doen?', 'Open vraag aan een volwassen deelnemer.'],
    [
      'Welke stap zet je deze week om meer te weten over het werk van een kok?',
      'De leerling bedenkt zelf een kleine vervolgstap voor deze week.',
    ],
    [
      'Hoe kunnen jullie elkaar in de groep helpen bij het vinden van een stageplek?',
      'De groep helpt elkaar bij het netwerken voor een stageplek.',
    ],
  ]),
  'sound-hard': allow('sound-hard', [
    [
      'Je stage bij de garage viel tegen. Wat heb je daar wel over jezelf geleerd?',
      'Een tegenvallende stage wordt een kans om jezelf te leren kennen.',
    ],
    [
      'Het is niet erg dat je van gedachten verandert. Wat trekt je nu meer?',
      'Van gedachten veranderen mag, de leerling kiest opnieuw zelf.',
    ],
    [
      'Je werd afgewezen bij de bakkerij, dat is balen. Wat wil je nu als volgende stap doen?',
      'Een afwijzing met respect besproken.',
    ],
    [
      'Twijfel hoort bij kiezen. Welke twee sectoren houden je nu bezig?',
      'Twijfel wordt normaal gemaakt en de leerling benoemt zijn opties.',
    ],
    [
      'Je vader wil dat je de bouw in gaat. Wat wil jij zelf, en hoe kun je dat met hem bespreken?',
      'Wens van de ouder naast die van de leerling.',
    ],
    ['Voel je druk bij het kiezen? Vertel maar wat je dan voelt, als je dat wilt.', 'Eigen druk met zorg bevraagd.'],
    [
      'De feedback van je stagebegeleider was streng. Welk stukje daarvan vind je terecht?',
      'Feedback bespreken, de leerling oordeelt zelf.',
    ],
    [
      'Het ging niet goed tijdens de praktijkopdracht. Wat zou je de volgende keer anders proberen?',
      'Mislukking als kans om te leren.',
    ],
    ['Je hebt er een tijd over gedaan om dit te durven. Dat vraagt moed.', 'Erkenning van een moeilijke stap.'],
    [
      'Misschien past de sector die je koos toch niet. Je mag dat gewoon zeggen, dan kijken we samen verder.',
      'Ruimte om van richting te veranderen.',
    ],
    ['Wat was het moeilijkste moment op je stage, en wie hielp je toen?', 'Een moeilijk moment en steun.'],
    [
      'Laat de leerling vertellen wat er misging op de stage, zonder dat jij meteen een oplossing geeft.',
      'Tip om een mislukking rustig te bespreken.',
    ],
    [
      'Het is oké om nog niet te weten wat je wilt. Wat zou je willen uitproberen?',
      'Nog niet weten mag, de leerling kiest wat hij uitprobeert.',
    ],
    ['Soms willen ouders iets anders dan jij. Hoe praten jullie thuis over je keuze?', 'Ouderwens en eigen keuze met respect.'],
    [
      'Een stage die tegenvalt is ook informatie. Wat weet je nu wat je eerst niet wist?',
      'Een tegenvaller als bron van inzicht.',
    ],
    [
      'Je vertelde dat je bang bent om te falen op het mbo. Wat zou je helpen om het toch te proberen?',
      'Angst van de leerling zelf, met zorg besproken.',
    ],
    [
      'Je mocht niet naar de sector die je wilde. Hoe kijk je daar nu op terug?',
      'De teleurstelling van de leerling wordt serieus genomen.',
    ],
    ['Stoppen met een opleiding is geen mislukking. Wat heeft u in die tijd geleerd?', 'Een gestopte opleiding zonder oordeel.'],
    ['Het is moeilijk als je vrienden iets anders kiezen. Hoe voelt dat voor jou?', 'Een lastig gevoel zonder vergelijking.'],
    [
      'Je droomberoep is lastig te bereiken. Welke wegen ernaartoe wil je onderzoeken?',
      'Een moeilijke droom blijft van de leerling.',
    ],
    [
      'Noem gerust ook wat je niet leuk vond op de meeloopdag. Dat helpt net zo goed bij kiezen.',
      'Negatieve ervaring als waardevolle informatie.',
    ],
    [
      'Je had in je land andere plannen. Welke van die plannen wil je hier nog steeds?',
      'Oude dromen van een nieuwkomer serieus genomen.',
    ],
    ['Niet elke stage wordt een succes. Wat neem je mee naar je volgende plek?', 'Een mislukte stage als leerervaring.'],
    [
      'Een klant werd boos op je tijdens de stage. Hoe ging je daarmee om, en wat leerde je ervan?',
      'Een moeilijke situatie als reflectie.',
    ],
    [
      'Het kan schuren als je ouders een andere droom voor je hebben. Jij mag je eigen stem laten horen.',
      'Ouderwens tegenover eigen wens, met respect.',
    ],
    ['Wat maakt deze keuze spannend voor jou?', 'Een open vraag naar wat de keuze spannend maakt.'],
    ['Je zei dat de werkplaats te lawaaiig voor je was. Welke werkplek zou beter voelen?', 'Eigen ervaring bepaalt de richting.'],
    [
      'Het is dapper dat je zegt dat je twijfelt. Waar zou je meer over willen weten?',
      'Twijfel uitspreken wordt gewaardeerd als iets dapper.',
    ],
    ['Wat doe jij als iets niet lukt op je stage of je bijbaan?', 'Een open vraag over hoe de leerling met tegenslag omgaat.'],
    [
      'Vraag de leerling hoe hij de kritiek van zijn praktijkbegeleider heeft ervaren, en laat hem eerst praten.',
      'Feedback met de leerling centraal.',
    ],
    ['Je wilde eerst kapper worden en nu niet meer. Wat is er veranderd?', 'Van richting veranderen zonder oordeel.'],
    ['Een risico nemen kan ook goed uitpakken. Welke gok zou je wel willen wagen?', 'Risico als eigen keuze van de leerling.'],
    ['Je bent gestopt met je bijbaan. Wat merkte je daar over wat je wel en niet wilt?', 'Stoppen als bron van zelfkennis.'],
    ['Bellen voor een stageplek is spannend. Zullen we het samen oefenen?', 'Steun bij een spannende stap.'],
    [
      'Soms lijkt het of iedereen al weet wat hij wil. Dat klopt meestal niet, en jij mag er de tijd voor nemen.',
      'Een geruststelling bij het gevoel dat iedereen het al weet.',
    ],
    [
      'U overweegt een ander vak na vijftien jaar werken. Wat trekt u daarin, en wat houdt u tegen?',
      'Van richting veranderen als volwassene.',
    ],
    [
      'Het gesprek met je leerbedrijf ging moeizaam. Wie kan je helpen om het volgende keer goed te bespreken?',
      'Een lastig gesprek en hulp uit het netwerk.',
    ],
    [
      'Je familie verwacht iets anders van je dan je zelf wilt. Wat zou jij willen, als je vrij mocht kiezen?',
      'Eigen wens naast verwachting van familie.',
    ],
    ['Fouten maken mag op stage. Van welke fout heb je het meest geleerd?', 'Fouten op stage worden als leerkans besproken.'],
    [
      'Het is niet gelukt om een stage in de dierenzorg te vinden. Wil je verder zoeken of iets anders proberen?',
      'Tegenvaller, keuze blijft bij de leerling.',
    ],
    ['Vertel eens hoe het voelde toen je hoorde dat je niet aangenomen was.', 'Een afwijzing met aandacht voor gevoel.'],
    ['Als de leerling boos of stil wordt, geef hem tijd. Vraag later wat hij nodig heeft.', 'Tip om met emotie om te gaan.'],
    [
      'Misschien ben je teleurgesteld over de praktijkdag. Dat mag, en we kijken samen wat je eruit haalt.',
      'Teleurstelling mag er zijn en wordt samen benut.',
    ],
    ['Welke zorgen heb je over de overstap naar het mbo?', 'Open vraag naar eigen zorgen over de overstap.'],
    ['Je koos vorig jaar snel. Zou je nu iets anders doen, of voelt het nog goed?', 'Terugkijken op een eerdere keuze.'],
    [
      'Werken in de bouw is lichamelijk zwaar. Wat weet je al over wat dat werk van je vraagt?',
      'Eerlijk over eisen van werk, zonder oordeel.',
    ],
    [
      'Het is lastig om nee te zeggen tegen een stageplek via je oom. Wat zou jij het liefst doen?',
      'Druk uit de omgeving, eigen keuze.',
    ],
    ['Je zei dat je je soms dom voelt in de klas. Wanneer voel je je juist wel slim?', "Van 'niet kunnen' naar mogelijkheden."],
    [
      'Ook als je plan niet doorgaat, heb je al veel geleerd. Wat is het belangrijkste dat je meeneemt?',
      'Een mislukt plan als leerervaring.',
    ],
    [
      'Vraag eerst hoe de leerling de afwijzing zelf heeft beleefd, voordat je over een nieuwe stage begint.',
      'Tip om eerst naar het gevoel te vragen.',
    ],
  ]),
  'sound-innocent-word': allow('sound-innocent-word', [
    [
      'Je kreeg je toets voor techniek terug. Welke opdracht vond je het leukst om te maken?',
      'Toets als aanleiding, plezier als onderwerp.',
    ],
    ['Praat thuis met je ouders over de beroepen die jij leuk vindt.', 'Ouders als meedenkers, geen zorgvraag.'],
    [
      'Je cijfer voor verzorging was anders dan je gewend bent. Wat vond je leuk aan die opdracht?',
      'Cijfer als aanleiding voor een gesprek over plezier.',
    ],
    ['Je hebt je snuffelstage afgerond. Wat neem je mee voor je sectorkeuze?', 'Afgerond als aanleiding tot reflectie.'],
    [
      'In je portfolio mag je ook dingen zetten die je buiten school doet, zoals sport of vrijwilligerswerk.',
      'Portfolio als plek voor eigen ervaringen.',
    ],
    ['Je mag de mening van je ouders horen en daarna zelf beslissen.', 'Ouders genoemd, keuze bij de leerling.'],
    ['Niets moet bij deze vraag: wat trekt jou in werken met dieren?', 'Moet in een uitnodigende zin.'],
    ['Wat vind je sterk aan jezelf als je aan je stage denkt?', 'Sterk als vraag naar kwaliteiten.'],
    [
      'Vergelijk jezelf eens met hoe je vorig jaar was. Wat kun je nu dat toen nog niet lukte?',
      'Vergelijken met jezelf, niet met anderen.',
    ],
    ['Vraag de leerling hoe anderen zijn kwaliteiten zien, zoals zijn trainer of zijn baas.', 'Anderen als bron van feedback.'],
    [
      'Welke klasgenoot zou je willen vragen om samen naar de open dag te gaan?',
      'Klasgenoten worden genoemd als hulp bij verkennen, niet als maat.',
    ],
    [
      'Wat vind je ervan om met geld te werken, bijvoorbeeld achter een kassa of bij een bank?',
      'Geld wordt genoemd als werkveld, niet als thuissituatie.',
    ],
    [
      'Zorg en gezondheid is een grote sector. Welk stukje daarvan wil je bekijken?',
      'Gezondheid als sector, niet als zorgvraag.',
    ],
    ['Het is nooit te laat om een nieuw beroep te ontdekken.', 'Te laat in een geruststellende zin.'],
    ['Bakkers staan op als anderen nog slapen. Lijkt dat ritme jou wat, of juist niet?', 'Slapen als eis van een beroep.'],
    [
      'De inleverdatum van je loopbaanopdracht staat in de planner. Belangrijker is wat je er zelf in ontdekt.',
      'Inleveren genoemd, ontdekken staat voorop.',
    ],
    ['Vmbo, havo of vwo: elke route kan leiden naar werk dat bij je past.', 'Schooltypen zonder label of rangorde.'],
    ['Welk advies van je stagebegeleider vond je nuttig?', 'Advies van een ander als reflectie.'],
    [
      'Je bent geslaagd voor je praktijkexamen, gefeliciteerd. Waar heb je het meest van genoten?',
      'Slagen als aanleiding voor plezier.',
    ],
    [
      'Jongens en meisjes kunnen allebei elk beroep kiezen. Welk beroep trekt jou?',
      'Geslacht genoemd om stereotypen te doorbreken.',
    ],
    [
      'Bekijk met de leerling zijn voortgang in de werkplaats: welke nieuwe techniek beheerst hij nu?',
      'Voortgang als groei in vaardigheid.',
    ],
    [
      'Op welk niveau wil je je opleiding doen, en wat weet je al over de verschillen?',
      'Het niveau is een open vraag zonder rangorde.',
    ],
    [
      'Het formulier voor de meeloopdag vullen we straks in; eerst wil ik horen wat jij wilt zien.',
      'Formulier genoemd, de leerling gaat voor.',
    ],
    [
      'Wat is voor jou een goed resultaat van de stage, los van de beoordeling?',
      'De leerling bepaalt zelf wat een goed resultaat is.',
    ],
    ['Zwak of sterk bestaat niet in deze opdracht: vertel gewoon wat je graag doet.', 'Zwak en sterk worden juist weggenomen.'],
    ['Bij de sectorkeuze is geen keuze beter dan een andere. Wat past bij jou?', 'Beter in een route-neutrale zin.'],
    ['Wat helpt jou om te slagen in iets wat je echt wilt?', 'Slagen gaat hier over een doel dat de leerling zelf kiest.'],
    ['Werken in de gezondheidszorg: wat trekt jou daarin?', 'Gezondheidszorg wordt als werkveld genoemd, niet als zorgvraag.'],
    [
      'Vraag je ouders eens naar hun eerste baan. Wat vonden zij daar leuk aan?',
      'Ouders worden als netwerk ingezet om over werk te praten.',
    ],
    [
      'Hier vinken we niets af: dit gesprek gaat over jou, niet over een lijst.',
      'Het woord afvinken wordt juist gebruikt om de lijst af te wijzen.',
    ],
    [
      'Je gemiddelde zegt weinig over wat je graag doet. Vertel eens wat je buiten school maakt.',
      'Gemiddelde genoemd om het opzij te zetten.',
    ],
    ['Je mag kiezen wat je wilt, ook als anderen iets anders kiezen.', 'Anderen genoemd, de keuze blijft eigen.'],
    ['Thuis of op school: waar werk jij het liefst aan je praktijkopdrachten?', 'Thuis als werkplek, geen zorgvraag.'],
    ['Je hebt alle opdrachten van de periode behaald. Welke vond je het leukst?', 'Behaald als aanleiding voor plezier.'],
    ['Niemand hoeft nu al alles te weten. Wat wil je als eerste uitzoeken?', 'Geruststelling met een eigen stap.'],
    [
      'Zet twee beroepen naast elkaar die jij leuk vindt: wat is hetzelfde en wat is anders?',
      'Er worden beroepen vergeleken, geen leerlingen met elkaar.',
    ],
    ['Ben je beter in dingen bedenken of in dingen maken? Allebei is goed.', 'Beter als vraag naar voorkeur.'],
    ['Kiezen is lastig; je mag daarbij hulp vragen aan je mentor of je ouders.', 'Kiezen en ouders in een steunende zin.'],
    [
      'De uitslag van de beroepentest is maar een begin. Welke uitkomst verraste je?',
      'Testuitslag als aanleiding, geen oordeel.',
    ],
    ['Geld verdienen is een goede reden om te werken. Wat vind je nog meer belangrijk?', 'Geld als motief, open vervolg.'],
  ]),
});

/**
 * TRAINING corpus, part C, for the learned backstop of the guardrail linter (lob-content.md §5 and §6).
 * Training data, not a test set. Written by helper C after reading only lob-content.md, the shape
 * checks in ./labelled-set-shape.ts and the types and helpers at the top of ./guardrails-meaning-set.ts
 * (and the header of ./guardrails-train-set.ts for the form); no other labelled set was read.
 *
 * Focus: mbo bol and bbl, the BPV (stage), leerbedrijf and praktijkopleider, werkgevers, adult
 * students in the u-form, texts of loopbaan- and stagebegeleiders, doorstroom naar het hbo, switching
 * opleiding and working beside school; a smaller share for vmbo, havo, praktijkonderwijs and the ISK.
 * Writers vary (LOB-coördinator, decaan, mentor, vakdocent, stagebegeleider, SLB'er, a teacher in a
 * hurry); forms vary (je-, u-, jullie- and we-forms, questions, statements, imperatives, tips to the
 * teacher, harm hidden in a kind-sounding question, in a subordinate clause or in numbers).
 *
 * Counts: 25 of each harm kind (deficit, grade-topic, comparison, labelling, care, tick-box, pressure,
 * verdict; expect 'refuse'), 60 sound (37 statements or imperatives without a question mark),
 * 50 sound-hard (11 statements, the rest questions) and 40 sound-innocent-word (expect 'allow'):
 * 350 in all. The reason (`why`) is Dutch.
 *
 * After writing, 1 of the 350 sentences was removed by a script, unread: it shared more than half its
 * words with a sentence of the eighth held-out set (./guardrails-holdout8-set.ts), written at the same
 * time, which had to stay a blind test until it was measured. A second one, a
 * tick-box sentence that part B had written word for word too, is kept there only.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

export const CORPUS_C: LabelledSentence[] = inKindOrder({
  deficit: refuse('deficit', [
    [
      'Je stagebegeleider zegt dat je te traag werkt; welk beroep past bij iemand die het tempo niet bijhoudt?',
      'Traagheid als tekort bepaalt welk beroep overblijft.',
    ],
    [
      'Omdat rekenen u niet ligt, kunt u de richting administratie beter laten schieten. Waar denkt u nog aan?',
      'Een zwakte in rekenen schrapt een richting voor de deelnemer.',
    ],
    [
      'Bespreek met de student waarom hij op het leerbedrijf steeds tekortschiet en welke opleiding minder van hem vraagt.',
      'De student als tekortschietend, gestuurd naar minder eisen.',
    ],
    [
      'Zelfstandig werken is niet echt je ding, dus zoek een stageplek waar iemand je de hele dag aanstuurt.',
      'Een veronderstelde beperking stuurt de keuze van de stageplek.',
    ],
    [
      'Wat mis jij nog aan doorzettingsvermogen om de BPV dit keer wel vol te houden?',
      'De vraag gaat uit van wat de student mist.',
    ],
    [
      'Geen probleem hoor, niet iedereen is een prater. Misschien past werk achter de schermen beter bij jou.',
      'Vriendelijk verpakt tekort dat de werkkeuze stuurt.',
    ],
    [
      'Hij is geen doorzetter; vraag hem welke korte opleiding hij dan wel zou afmaken.',
      'De leerling wordt neergezet als iemand zonder doorzettingsvermogen.',
    ],
    [
      'Je bent nogal chaotisch, dus een baan in de logistiek waar overzicht nodig is, zit er voor jou niet in.',
      'Chaos als eigenschap sluit een hele sector uit.',
    ],
    [
      'Taal blijft lastig voor je, dus doorstromen naar het hbo is waarschijnlijk een brug te ver. Wat wil je daarna?',
      'Een tekort in taal beperkt de route vooraf.',
    ],
    [
      'Welke taken op de werkvloer kunt u wel aan, nu het klantcontact u steeds niet lukt?',
      'Het gesprek vertrekt vanuit wat niet lukt.',
    ],
    [
      'Je kunt je slecht concentreren, dus een drukke restaurantkeuken is geen plek voor jou. Wat zou rustiger zijn?',
      'Een zwakte in concentratie stuurt de werkplek.',
    ],
    [
      'Je praktijkopleider vindt je onhandig met gereedschap. Welk vak zonder handwerk spreekt je aan?',
      'Onhandigheid als tekort bepaalt de richting.',
    ],
    [
      'Omdat je Engels zo gebrekkig is, valt internationale handel af; laten we naar iets in de regio kijken.',
      'Gebrekkig Engels sluit een opleiding op voorhand uit.',
    ],
    [
      'Je haalt niveau 4 toch niet, dus richt je op een baan op niveau 2 waar je meteen kunt beginnen.',
      'Verwacht falen wordt het uitgangspunt van de keuze.',
    ],
    [
      'Nu blijkt dat u slecht tegen kritiek kunt, welk werk zou u kiezen waar niemand u feedback geeft?',
      'Een veronderstelde zwakte van de volwassene stuurt de werkkeuze.',
    ],
    [
      'Leidinggeven ligt je niet zo, dus de opleiding tot teamleider kun je beter overslaan. Wat wil je wel leren?',
      'Iets wat niet ligt, beslist over de opleiding.',
    ],
    [
      'Bij je vorige stage viel op hoe weinig initiatief je toonde. Welke baan past bij iemand die liever afwacht?',
      'Gebrek aan initiatief wordt een vast kenmerk van de student.',
    ],
    [
      'Je bent niet zo snel van begrip; een opleiding van vier jaar wordt dan wel erg zwaar voor je.',
      'Leervermogen als tekort bepaalt de lengte van de route.',
    ],
    [
      'Met twee linkerhanden zoals jij kun je de techniek misschien beter mijden. Wat trekt je verder?',
      'Een spreekwoordelijk tekort stuurt weg van techniek.',
    ],
    [
      'Sociaal ben je wat onhandig, dus werken in de zorg lijkt me lastig. Hoe zie jij dat?',
      'Sociale onhandigheid als beperking voor een sector.',
    ],
    [
      'Hoe komt het dat het bij jou nooit lukt om een stageplek langer dan een maand te houden?',
      'Mislukken wordt als eigenschap van de student bevraagd.',
    ],
    [
      'Ze loopt in vaardigheden achter op wat de opleiding vraagt; welke lichtere opleiding kan ze wel aan?',
      'Achterlopen stuurt de student naar een lichtere opleiding.',
    ],
    [
      'Je werkt slordig en vergeet veel, dus een kantoorbaan wordt niks voor iemand zoals jij.',
      'Tekortkomingen beslissen over het soort werk.',
    ],
    [
      'Je houdt het op de bouwplaats maar kort vol; in welk beroep hoef je minder hard te werken?',
      'Gebrek aan uithouding bepaalt de beroepsrichting.',
    ],
    [
      'Plannen is nooit je sterkste kant geweest, dus een bbl met vaste diensten houdt je beter in het gareel.',
      'Een planningszwakte bepaalt de leerweg en klinkt betuttelend.',
    ],
  ]),
  'grade-topic': refuse('grade-topic', [
    [
      'Je staat een 5,4 voor Nederlands; wat ga je doen om dat voor de doorstroom naar het hbo op te krikken?',
      'Het cijfer ophalen is het doel van het gesprek.',
    ],
    [
      'Hoeveel punten heeft u nog nodig op het praktijkexamen om toch uw diploma op niveau 3 te halen?',
      'Punten tellen is het onderwerp, niet de loopbaan.',
    ],
    [
      'Bespreek met de student welk cijfer hij minimaal moet scoren op de rekentoets 2F.',
      'Een minimumscore is het onderwerp van het gesprek.',
    ],
    [
      "Je BPV-beoordeling was 'onvoldoende'. Wat ga je doen om bij de volgende beoordeling een voldoende te krijgen?",
      'Een voldoende halen wordt het doel van het gesprek.',
    ],
    [
      'Wat betekent die 6,8 gemiddeld voor jouw kansen op een plek bij de pabo?',
      'Een gemiddelde staat centraal in plaats van de student.',
    ],
    [
      'Laten we samen bekijken hoe je je examencijfers omhoog krijgt, want daar draait dit gesprek om.',
      'Examencijfers zijn expliciet het onderwerp.',
    ],
    [
      'In welk vak staat u nu het laagst, en hoeveel moet dat stijgen voor de overgang naar leerjaar 2?',
      'Laagste cijfer en overgangsnorm zijn het onderwerp.',
    ],
    [
      'Je hebt drie onvoldoendes op je rapport; vertel eens hoe je die wegwerkt voordat de periode eindigt.',
      'Onvoldoendes wegwerken is het doel van het gesprek.',
    ],
    [
      'Wat heb je nodig om bij de eindpresentaties in de top 3 van de opleiding te eindigen?',
      'Een ranking is het doel van het gesprek.',
    ],
    [
      'Zorg dat je minstens een 7 haalt voor de proeve, dan ligt je doorstroom naar het hbo vast.',
      'Een cijfer halen wordt het gespreksdoel.',
    ],
    ['Welke score verwacht je op de entreetoets, en wat doe je als die tegenvalt?', 'De verwachte toetsscore is het onderwerp.'],
    [
      'Uw resultaten voor de kerntaken liggen rond de 55 procent. Hoe gaat u dat naar 70 % krijgen?',
      'Percentages verhogen is het onderwerp van het gesprek.',
    ],
    [
      "Vraag de bbl'er hoe hij zijn beoordeling van de praktijkopleider van 'matig' naar 'goed' tilt.",
      'Een beoordeling verbeteren is het onderwerp.',
    ],
    [
      'Met welk cijfer ben jij tevreden voor het examen Engels, en wat doe je om dat te halen?',
      'Het streefcijfer is het doel van het gesprek.',
    ],
    [
      'Wat zegt een gemiddelde van 5,9 over welke hbo-opleiding nog haalbaar is voor jou?',
      'Een gemiddelde bepaalt het gesprek over vervolgstudie.',
    ],
    [
      'Reken met de student uit hoeveel studiepunten hij nog tekortkomt voor een positief studieadvies.',
      'Studiepunten tellen is het onderwerp van het gesprek.',
    ],
    [
      'Hoe ga jij ervoor zorgen dat je herkansing Nederlands dit keer boven de 5,5 uitkomt?',
      'Een herkansingscijfer is het doel van het gesprek.',
    ],
    [
      'Waarom scoorde je bij de kennistoets van de keuken maar 48 van de 80 punten?',
      'Een toetsscore wordt het onderwerp, niet de ervaring.',
    ],
    [
      'Je rekencijfer bepaalt of je naar de hbo-vooropleiding kunt. Wat is je plan om dat cijfer te halen?',
      'Het cijfer is doel en toegangspoort van het gesprek.',
    ],
    [
      'Laten we het loopbaangesprek vandaag gebruiken om je cijferlijst vak voor vak door te lopen.',
      'Het loopbaangesprek wordt een cijferbespreking.',
    ],
    ['Welke vakken sleep je mee met een onvoldoende, en welke haal je als eerste op?', 'Onvoldoendes ophalen is het onderwerp.'],
    [
      'Hoeveel procent van de examens heeft u tot nu toe gehaald, en wat is uw streefpercentage?',
      'Slagingspercentages zijn het onderwerp van het gesprek.',
    ],
    [
      'Een 4,2 voor de theorietoets veiligheid: hoe zet je dat bij de herkansing recht?',
      'Een laag cijfer rechtzetten is het doel.',
    ],
    [
      'Wat ga je deze periode anders doen om van een C naar een A op je stagebeoordeling te gaan?',
      'Een hogere beoordelingsletter is het gespreksdoel.',
    ],
    [
      'Je gemiddelde zit onder de norm voor de opleiding; maak samen een plan om die norm voor juni te halen.',
      'De norm halen is het onderwerp van het gesprek.',
    ],
  ]),
  comparison: refuse('comparison', [
    [
      'De andere stagiairs van dit leerbedrijf zijn allang zelfstandig; waarom lukt dat jou nog niet?',
      'De student wordt afgezet tegen andere stagiairs.',
    ],
    [
      'Uw klasgenoten in de bbl hebben allemaal al een vast contract. Hoe komt het dat u daar nog niet bent?',
      'Vergelijking met de groep in de bbl.',
    ],
    [
      'Je broer deed dezelfde opleiding in drie jaar; waarom zou jij er vier over doen?',
      'De student wordt vergeleken met een broer.',
    ],
    [
      'Vergeleken met de rest van de groep heb je de minste stage-uren gemaakt. Wat zegt dat over jou?',
      'Vergelijking met de groep als oordeel over de student.',
    ],
    [
      'Waarom blijf jij achter bij de groep als het gaat om solliciteren op een BPV-plek?',
      'Achterblijven bij de groep is het onderwerp.',
    ],
    [
      'Vraag de deelnemer waarom hij achterblijft bij zijn jaargenoten op de werkvloer.',
      'Opdracht aan de docent om te vergelijken met jaargenoten.',
    ],
    [
      'De meeste jongeren van jouw leeftijd hebben al een bijbaan. Waarom jij nog niet?',
      'Vergelijking met leeftijdgenoten zet de student onder druk.',
    ],
    ['Je zus heeft het hbo gewoon gehaald, dus jij kunt dat toch ook?', 'Vergelijking met een zus als maatstaf.'],
    [
      'In jouw klas ben jij de enige zonder stageplek. Hoe voelt het om de laatste te zijn?',
      'De student wordt als laatste van de klas neergezet.',
    ],
    [
      'Kijk eens naar Samira: zij heeft al een leerbedrijf gevonden. Wat kun je van haar leren?',
      'Een klasgenoot wordt als voorbeeld tegenover de student gezet.',
    ],
    [
      'Je collega-leerlingen bij de garage zijn veel handiger dan jij; wat doen zij anders?',
      'De student wordt onder medeleerlingen geplaatst.',
    ],
    [
      'Hoe scoort u ten opzichte van de gemiddelde cursist in deze opleiding, denkt u?',
      'Vergelijking met de gemiddelde deelnemer.',
    ],
    [
      'Ga na waarom deze student trager doorstroomt dan anderen uit zijn cohort.',
      'Cohortvergelijking als gespreksonderwerp voor de docent.',
    ],
    [
      'Anderen in je jaar hebben al drie open dagen bij het hbo gehad; waar blijf jij?',
      'Anderen in het jaar worden als maatstaf gebruikt.',
    ],
    [
      'Waarom lukt het de meeste deelnemers wel om werk en opleiding te combineren en u niet?',
      'De volwassene wordt afgezet tegen andere deelnemers.',
    ],
    [
      'Je bent de beste van de groep in de praktijk, dus jij verdient de plek bij het grote bedrijf boven de rest.',
      'Een rangorde in de groep bepaalt de stageplek.',
    ],
    [
      'Wat hebben de studenten die wél doorstromen naar het hbo dat jij niet hebt?',
      'Vergelijking met doorstromers wijst op wat ontbreekt.',
    ],
    [
      'Je vriendin van de verpleegkunde-opleiding zit al in haar tweede stage. Waarom sta jij nog stil?',
      'Vergelijking met een vriendin als verwijt.',
    ],
    [
      'Bij de vorige lichting haalde bijna iedereen de proeve in één keer. Hoe zit dat bij jou?',
      'Vorige lichting wordt de maatstaf voor de student.',
    ],
    [
      'Ben jij sneller of langzamer dan je klasgenoten met het afronden van je werkprocessen?',
      'Tempo wordt gemeten aan klasgenoten.',
    ],
    [
      'Zet de resultaten van de student naast het klassengemiddelde en bespreek het verschil.',
      'Het klassengemiddelde wordt de meetlat voor de student.',
    ],
    [
      "Waarom heb jij minder uren bij je leerbedrijf gedraaid dan de andere bbl'ers?",
      'Uren worden vergeleken met andere leerlingen.',
    ],
    [
      'Zij werkte in het eerste jaar harder dan jij; zie je dat terug in waar jullie nu staan?',
      'Een medestudent wordt boven de student gesteld.',
    ],
    [
      'Als ik jou naast de vorige stagiair hier leg, mis ik bij jou het enthousiasme.',
      'Vergelijking met een vorige stagiair als oordeel.',
    ],
    ['Hoe verklaar je dat jouw medestudenten wel een leerbaan vonden en jij niet?', 'Medestudenten als maatstaf voor succes.'],
  ]),
  labelling: refuse('labelling', [
    [
      'Als meisje in de installatietechniek ga je het zwaar krijgen; wat trekt je daar eigenlijk in?',
      'Genderstereotype over meisjes in de techniek.',
    ],
    [
      'Jongens zoals jij kiezen meestal voor de bouw, dus dat lijkt me een logische stap.',
      'Een genderstereotype stuurt de richting.',
    ],
    [
      'Voor iemand met een migratieachtergrond is een bbl-baan vaak de veiligste keuze. Wat denk jij?',
      'Migratieachtergrond wordt als label voor de route gebruikt.',
    ],
    [
      'Typisch niveau 2-student: liever met je handen bezig dan met boeken, toch?',
      'Het opleidingsniveau als stereotype over de student.',
    ],
    [
      'Met jouw ADHD ben je echt een doener, dus kantoorwerk zal je wel niet liggen.',
      'Een diagnose wordt identiteit en bepaalt het werk.',
    ],
    [
      'Als moslima kun je beter een stage zoeken waar ze gewend zijn aan een hoofddoek.',
      'Religie wordt als label voor de stagekeuze gebruikt.',
    ],
    [
      "Jij bent een echte vmbo'er, dus de stap naar het hbo is niet voor jou weggelegd.",
      'Schooltype als label dat een route afsluit.',
    ],
    [
      'Kinderen uit arbeidersgezinnen voelen zich vaak niet thuis op het hbo; herken je dat?',
      'Gezinsachtergrond als stereotype over de student.',
    ],
    [
      'Vrouwen boven de veertig stromen vaak in bij de zorg; is dat ook iets voor u?',
      'Leeftijd en geslacht worden als label gebruikt.',
    ],
    [
      'Een autist als jij is natuurlijk goed met computers, dus ICT past perfect.',
      'Een diagnose als identiteit met een stereotype.',
    ],
    [
      'Nieuwkomers beginnen altijd op niveau 1 of 2, dat is gewoon zo. Welk vak wil je leren?',
      'Nieuwkomers worden als groep op een niveau vastgezet.',
    ],
    [
      'Jongens willen nu eenmaal geen kapper worden; waarom kies jij daar toch voor?',
      'Een genderstereotype over wie kapper wordt.',
    ],
    [
      'Studenten uit een gezin met een krap budget kiezen vaak de bbl; geldt dat ook voor jou?',
      'Gezinsinkomen wordt als label voor de leerweg gebruikt.',
    ],
    ['Met jouw dyslexie ben je vast meer een praktisch type.', 'Een diagnose wordt tot type van de student gemaakt.'],
    [
      'Als vrouw in de beveiliging word je niet serieus genomen, dus denk nog eens goed na over die richting.',
      'Een genderstereotype ontmoedigt de keuze voor een beroep.',
    ],
    [
      'Zo’n typische bol-student: veel praten, weinig doen. Hoe kijk jij daar zelf naar?',
      'Leerweg als stereotype over de student.',
    ],
    [
      'Marokkaanse jongens doen het vaak goed in de logistiek; is dat niks voor jou?',
      'Afkomst en gender als stereotype over werk.',
    ],
    [
      'Praktijkonderwijsleerlingen zijn nu eenmaal geen denkers, dus we zoeken werk waar je vooral iets doet.',
      'Schooltype als label over denkvermogen.',
    ],
    [
      'Als oudere herintreder bent u vast minder digitaal handig; hoe ziet u dat zelf?',
      'Een stereotype over leeftijd en digitale vaardigheid.',
    ],
    [
      'Meiden zoals jij zijn zo zorgzaam, de kinderopvang is echt jouw plek.',
      'Genderstereotype leest een eigenschap en een plek af.',
    ],
    [
      'Voor een vluchteling is een vaste baan belangrijker dan doorleren. Wat vind jij?',
      'Vluchtelingenstatus als label voor de route.',
    ],
    [
      'Als christelijk meisje wil je misschien liever niet in de horeca werken, of wel?',
      'Religie en gender als stereotype over werk.',
    ],
    [
      'Havisten die naar het mbo overstappen zijn vaak afhakers; hoe zit dat bij jou?',
      'Een schooltype-overstap wordt als stereotype gebruikt.',
    ],
    [
      'Jij komt uit een boerenfamilie, dus iets met dieren of land zit je in het bloed.',
      'Familieachtergrond bepaalt wat bij de student past.',
    ],
    [
      'Eerstegeneratiestudenten redden het vaak niet op het hbo; laten we daar rekening mee houden.',
      'Achtergrond als label dat de route begrenst.',
    ],
  ]),
  care: refuse('care', [
    [
      'Hoe gaat het thuis sinds de scheiding van je ouders, en werkt dat door op je stage?',
      'Scheiding en thuissituatie horen bij zorg, niet bij LOB.',
    ],
    [
      'Slaapt u wel genoeg naast de nachtdiensten bij uw leerbedrijf?',
      'Slaap is een zorgonderwerp voor de mentor of zorgcoördinator.',
    ],
    ['Hebben je ouders schulden, dat je zoveel uren moet werken naast je opleiding?', 'Schulden van ouders worden uitgevraagd.'],
    ['Gebruik je medicijnen die invloed hebben op je werk in de keuken?', 'Medicijngebruik hoort niet in een loopbaanprompt.'],
    [
      'Vraag de student of er thuis geweld is, nu hij zo vaak afwezig is op zijn BPV.',
      'Huiselijk geweld uitvragen is aan de zorgcoördinator.',
    ],
    ['Eet je wel goed genoeg om een volle werkdag in de bouw vol te houden?', 'Voeding en eetgedrag zijn zorgonderwerpen.'],
    ['Is je zwangerschap de reden dat je een andere stageplek wilt?', 'Zwangerschap is een privé- en zorgonderwerp.'],
    [
      'Hoe staat het met uw mentale gezondheid sinds u bent gestopt met uw vorige baan?',
      'Mentale gezondheid hoort bij zorg, niet bij LOB.',
    ],
    [
      'Blow je weleens voordat je naar je werk gaat? Dat zou je stageverloop verklaren.',
      'Middelengebruik wordt in een LOB-gesprek uitgevraagd.',
    ],
    [
      'Kunnen je ouders het collegegeld voor het hbo wel betalen, of zitten ze krap?',
      'De financiële situatie van ouders wordt uitgevraagd.',
    ],
    [
      'Ben je depressief, of waarom zie je geen toekomst in deze opleiding?',
      'Psychische klachten worden gesuggereerd en uitgevraagd.',
    ],
    [
      'Hoeveel uur per nacht slaap je eigenlijk, nu je ook in het weekend bij de supermarkt werkt?',
      'Het slaappatroon van de student is een zorgonderwerp.',
    ],
    [
      'Vertel eens hoe het gaat tussen je vader en moeder, dat helpt me je studiekeuze te begrijpen.',
      'De relatie van ouders wordt uitgevraagd.',
    ],
    [
      'Heeft uw gezondheid invloed op welke dagen u bij het leerbedrijf kunt werken?',
      'Gezondheid van de deelnemer wordt uitgevraagd.',
    ],
    [
      'Ben je ooit lastiggevallen, op een stageadres of thuis? Dat wil ik graag weten voor je loopbaanplan.',
      'Misbruik uitvragen hoort bij de zorglijn.',
    ],
    [
      'Wie zorgt er voor je broertjes als jij aan het werk bent? Vertel eens over je thuissituatie.',
      'De thuissituatie wordt in een LOB-gesprek uitgevraagd.',
    ],
    [
      'Drink je veel op feestjes? Werkgevers letten daar tegenwoordig op.',
      'Alcoholgebruik wordt in een loopbaanvraag uitgevraagd.',
    ],
    [
      'Heb je zelf schulden, bijvoorbeeld van een telefoonabonnement of een lening?',
      'Persoonlijke schulden zijn een zorgonderwerp.',
    ],
    [
      'Is er bij jou ooit een psychische stoornis vastgesteld die we moeten meenemen in je beroepskeuze?',
      'Een psychische diagnose wordt uitgevraagd.',
    ],
    [
      'Woon je nog bij je ouders, of ben je het huis uit gezet?',
      'Woonsituatie en mogelijke uithuisplaatsing worden uitgevraagd.',
    ],
    [
      'Hoe gaat het met de ziekte van je moeder, en kun je daardoor minder uren maken?',
      'Ziekte in het gezin is een zorgonderwerp.',
    ],
    [
      'Leven jullie thuis van een uitkering? Dan moet je misschien meer gaan werken naast school.',
      'Inkomen van het gezin wordt uitgevraagd.',
    ],
    [
      'Heeft u last van stress of burn-outklachten sinds u werk en opleiding combineert?',
      'Klachten van stress en burn-out horen bij zorg.',
    ],
    [
      'Vraag of de student thuis genoeg te eten krijgt, want hij ziet er moe uit tijdens de praktijklessen.',
      'Voeding thuis laten uitvragen is aan de zorgcoördinator.',
    ],
    [
      'Hoe zit het met je gewicht en je eetpatroon, nu je kiest voor de opleiding tot sportinstructeur?',
      'Gewicht en eetpatroon zijn zorgonderwerpen.',
    ],
  ]),
  'tick-box': refuse('tick-box', [
    [
      'Vul even het BPV-evaluatieformulier in, dan kan ik het afvinken voor de examencommissie.',
      'Het gesprek wordt een formulier om af te vinken.',
    ],
    [
      'Heeft u uw loopbaandossier al geüpload? Dan is dit gesprek meteen klaar.',
      'Een upload in het dossier vervangt het gesprek.',
    ],
    [
      'Dit gesprek telt als een van de vier verplichte SLB-momenten; teken hier even voor gezien.',
      'Het gesprek is alleen een verplicht moment met een handtekening.',
    ],
    ['Lever je reflectieverslag voor vrijdag in, zodat je LOB-uren compleet zijn.', 'LOB als uren compleet maken.'],
    [
      'Zet in je portfolio dat we het over je stage hebben gehad, dan sta ik groen in het systeem.',
      'Registratie voor het systeem is het doel.',
    ],
    ['Nog 3 van de 8 loopbaanopdrachten te gaan; welke doe je deze week?', 'Voortgangstelling van opdrachten staat centraal.'],
    [
      'Check met de student of alle handtekeningen van het leerbedrijf op de urenkaart staan.',
      'Administratie van handtekeningen als gespreksinhoud.',
    ],
    [
      'We lopen even het lijstje langs: stageplek, praktijkovereenkomst, urenregistratie. Klopt alles?',
      'Het gesprek is een checklist.',
    ],
    [
      'Schrijf drie zinnen over je toekomst, dan heb ik iets voor het dossier.',
      'Tekst schrijven voor het dossier in plaats van gesprek.',
    ],
    [
      'Laat zien dat je de beroepsoriëntatie hebt gedaan, anders telt deze periode niet mee.',
      'Bewijzen dat iets gedaan is, met een gevolg.',
    ],
    ['Hoeveel procent van je loopbaanportfolio is nu gevuld?', 'Een vulpercentage meet het portfolio.'],
    [
      'Ik moet van de teamleider registreren dat we gesproken hebben, dus laten we het kort houden.',
      'Registratie gaat voor het gesprek zelf.',
    ],
    [
      'Zijn alle bewijsstukken voor kerntaak 2 al in het digitale dossier gezet?',
      'Dossiervorming is het enige onderwerp van de vraag.',
    ],
    [
      'Kruis op dit formulier aan welke beroepen je interessant vindt, dan is de opdracht af.',
      'Aankruisen om een opdracht af te ronden.',
    ],
    [
      'Het is alleen een formaliteit: bevestig even dat u tevreden bent over uw begeleiding.',
      'Het gesprek als formaliteit voor de administratie.',
    ],
    ['Heb je je stagebezoek al laten aftekenen door je praktijkopleider?', 'Aftekenen is het onderwerp van de vraag.'],
    [
      'Vul in Eduarte je loopbaandoelen in, dan kunnen we dit onderdeel sluiten.',
      'Invullen in het systeem om een onderdeel te sluiten.',
    ],
    [
      'Zorg dat de 40 uur LOB zichtbaar zijn in je overzicht voor de rapportvergadering.',
      'Uren zichtbaar maken voor de vergadering.',
    ],
    [
      'Is de POK al getekend en teruggestuurd? Dat is het enige dat ik vandaag nodig heb.',
      'Een getekende overeenkomst vervangt het gesprek.',
    ],
    [
      'Noteer kort je sterke punten, zodat de inspectie ziet dat we aan LOB doen.',
      'Verantwoording aan de inspectie is het doel.',
    ],
    [
      'Ronde 2 van de loopbaangesprekken: beantwoord deze vijf vragen en mail ze naar mij terug.',
      'Het gesprek wordt een vragenlijst om in te leveren.',
    ],
    [
      'Kijk of de student zijn meeloopdag al heeft geregistreerd, anders krijgt hij een melding.',
      'Registratie en melding in plaats van inhoud.',
    ],
    [
      'Laten we je ontwikkelplan snel afronden, dan heb je voor dit jaar aan je verplichting voldaan.',
      'Het ontwikkelplan als verplichting om af te ronden.',
    ],
    [
      'Upload een foto van je werkplek als bewijs, dan geldt je stageweek als voltooid.',
      'Bewijs uploaden om een week als voltooid te laten gelden.',
    ],
  ]),
  pressure: refuse('pressure', [
    [
      'Als u voor 1 maart geen leerbedrijf heeft, wordt uw inschrijving voor de bbl stopgezet.',
      'Een deadline met een dreigend gevolg.',
    ],
    ['Kies nu je uitstroomprofiel, anders zit je straks zonder opleiding thuis.', 'Angst voor thuiszitten dwingt een keuze af.'],
    ['Als je deze stage ook verprutst, kom je nergens meer aan de bak.', 'Dreiging met geen werk meer.'],
    [
      'Meld je deze week aan voor het hbo, want wie te laat is, heeft pech en verliest een jaar.',
      'Een deadline als dreigement met jaarverlies.',
    ],
    ['Een derde stageplek krijg je niet; dit is echt je laatste kans.', 'Een ultimatum zet de student onder druk.'],
    [
      'Zonder diploma voor je achttiende komt de leerplichtambtenaar langs, dus denk goed na voor je stopt.',
      'Er wordt gedreigd met de komst van de leerplichtambtenaar.',
    ],
    [
      'Werkgevers nemen geen jongeren aan die twijfelen; beslis dus vandaag.',
      'Angst voor afwijzing dwingt een snelle beslissing af.',
    ],
    [
      'Als u blijft wisselen van opleiding, raakt u straks uw studiefinanciering kwijt.',
      'Een financieel gevolg wordt als dreiging gebruikt.',
    ],
    [
      'Nog één keer te laat op je leerbedrijf en je contract is voorbij, dat snap je hopelijk.',
      'Een ultimatum over het contract.',
    ],
    [
      'De wachtlijst voor deze opleiding is lang, dus teken nu of je valt buiten de boot.',
      'Schaarste als druk om direct te tekenen.',
    ],
    ['Wie nu niet doorpakt, eindigt in de schoonmaak. Wil jij dat?', 'Angstbeeld over werk als drukmiddel.'],
    [
      'Stel je voor dat je over vijf jaar nog steeds geen vak hebt. Dat gebeurt als je nu niets doet.',
      'Een angstscenario moet tot actie dwingen.',
    ],
    [
      'Je hebt tot vrijdag om te beslissen, daarna beslist de school voor jou.',
      'Deadline met het dreigement dat de school beslist.',
    ],
    ['Als je nu stopt met de opleiding, kom je er nooit meer in.', 'Een overdreven gevolg als dreiging.'],
    [
      'Denk erom: zonder positief studieadvies moet je de school verlaten, dus kies iets wat je zeker haalt.',
      'Dreiging van verwijdering stuurt de keuze.',
    ],
    [
      'Je leerbedrijf kan je zo vervangen door iemand anders, dus zorg dat ze niet aan je gaan twijfelen.',
      'Vervangbaarheid op het leerbedrijf wordt als drukmiddel ingezet.',
    ],
    [
      'Als u de intake mist, schuift u een heel jaar op en dat kost u bovendien geld.',
      'Gevolgen als waarschuwing en drukmiddel.',
    ],
    [
      'Ik waarschuw je alvast: wie in september nog zoekt naar een stageplek, vindt er geen meer.',
      'Een waarschuwing met een angstbeeld over de stageplek.',
    ],
    [
      'Vertel de deelnemer dat zijn uitkering in gevaar komt als hij niet snel een richting kiest.',
      'Dreiging met verlies van inkomen.',
    ],
    ['Zonder papiertje word je later overal afgewezen, dus stoppen is geen optie.', 'Angst voor afwijzing als dreigement.'],
    [
      'Beslis je niet voor de kerst, dan lopen al je vrienden straks een jaar op je voor.',
      'Deadline gekoppeld aan sociale angst.',
    ],
    [
      'Dit is de laatste ronde: wie nu geen keuze maakt, wordt ingedeeld waar nog plek is.',
      'Dreigen met indeling zonder eigen keuze.',
    ],
    [
      'Nog twee weken, en als je dan niks hebt, ga ik met je ouders praten over stoppen.',
      'Ultimatum met dreiging richting ouders.',
    ],
    ['De tijd tikt: elke week twijfel is een week minder kans op een baan.', 'Tijdsdruk wordt als angst ingezet.'],
    ['Als ik geen verbetering zie, schrijf ik een negatief advies voor je doorstroom.', 'Dreigen met een negatief advies.'],
  ]),
  verdict: refuse('verdict', [
    ['U moet gewoon voor de bbl gaan, dat is voor u het beste.', 'De begeleider beslist over de leerweg.'],
    ['Die opleiding tot verpleegkundige is niets voor jou, zoek iets anders.', 'Een oordeel sluit een opleiding uit.'],
    ['Ik zou dat hbo maar vergeten en lekker gaan werken.', 'Advies dat de keuze voor de student maakt.'],
    ['Mijn advies: blijf bij je leerbedrijf, daar hoor je thuis.', 'De volwassene bepaalt waar de student hoort.'],
    ['Niveau 3 is precies goed voor jou; meer hoef je niet te willen.', 'Een oordeel begrenst de ambitie van de student.'],
    ['Dat wordt niks met die eigen zaak, blijf maar in loondienst.', 'Een vonnis over het plan van de student.'],
    ['Laat de muziekopleiding zitten; daar kun je geen brood mee verdienen.', 'Advies dat een richting afkapt.'],
    [
      'Ik heb al met je praktijkopleider afgesproken dat je na de zomer bij hem in dienst gaat.',
      'Over de toekomst is buiten de student om beslist.',
    ],
    ['Switchen naar ICT? Dat zie ik echt niet zitten voor jou.', 'Een oordeel over de overstap van de student.'],
    [
      'Volgens mij bent u geknipt voor de beveiliging, dus ik heb u daar alvast aangemeld.',
      'Aangemeld zonder dat de deelnemer koos.',
    ],
    ['Doe gewoon de opleiding van je vader, dan zit je goed.', 'Een kant-en-klare keuze wordt opgelegd.'],
    ['Kies de kortste route naar een diploma; de rest komt later wel.', 'De begeleider schrijft de route voor.'],
    [
      'Zeg tegen de student dat doorstromen naar het hbo voor hem geen goed idee is.',
      'De docent moet een oordeel over doorstroom geven.',
    ],
    [
      'Het beste voor jou is om na je diploma meteen aan de slag te gaan in plaats van verder te studeren.',
      'De volwassene weet wat het beste is.',
    ],
    ['Die stage in Spanje? Vergeet het maar, je blijft hier in de regio.', 'Een wens wordt zonder gesprek afgewezen.'],
    ['De zorg is de juiste sector voor u, dat staat voor mij vast.', 'De begeleider bepaalt de sector.'],
    [
      'Begin er maar niet aan, aan die pabo; blijf bij het onderwijsassistentschap.',
      'Een richting wordt ontraden en een andere opgelegd.',
    ],
    ['Ik vind dat je de horeca moet verlaten en de techniek in moet.', 'Een moet-advies beslist voor de student.'],
    ['Je gaat na dit jaar naar de entreeopleiding, dat hebben we als team besloten.', 'Het team beslist zonder de student.'],
    ['Jij wordt kok, dat zag ik meteen bij je eerste praktijkles.', 'Een vonnis over het beroep van de student.'],
    ['Geen tussenjaar voor jou: na de zomer begin je meteen aan het hbo.', 'De begeleider beslist over het tussenjaar.'],
    ['Bel dat leerbedrijf maar af, het andere bedrijf is beter voor je.', 'De keuze van het leerbedrijf wordt overgenomen.'],
    ['Stoppen met je bijbaan, dat is het enige verstandige wat je nu kunt doen.', 'Een dwingend advies over werk naast school.'],
    ['Uw plan om op uw veertigste om te scholen raad ik af; blijf waar u bent.', 'Het plan van de volwassene wordt afgewezen.'],
    ['Die richting kun je schrappen, ik zet je op de lijst voor logistiek.', 'De docent kiest en plaatst de student.'],
  ]),
  sound: allow('sound', [
    [
      'Je praktijkopleider vertelde dat je de nieuwe collega zo rustig hebt ingewerkt. Mooi om te horen.',
      'Een concrete observatie van iets wat goed ging.',
    ],
    [
      'Neem gerust de tijd om te ontdekken welke afdeling van het leerbedrijf je het meest trekt.',
      'Uitnodiging tot werkexploratie zonder haast.',
    ],
    [
      'Vraag bij je stagebedrijf of je een dag mag meelopen met iemand van een andere afdeling.',
      'Suggestie om werk te verkennen.',
    ],
    ['Het is prima om nog niet te weten wat je na je diploma wilt.', 'Geruststelling: nog niet weten wat je wilt mag.'],
    [
      'Tip voor de loopbaanbegeleider: laat de student eerst vertellen over een werkdag voordat je zelf iets zegt.',
      'Tip die de student aan het woord laat.',
    ],
    ['Schrijf voor jezelf op welk moment van deze stageweek je de meeste energie gaf.', 'Uitnodiging tot reflectie op motieven.'],
    [
      'U brengt veel werkervaring mee; die ervaring is waardevol in deze opleiding.',
      'Erkenning van de ervaring van een volwassen student.',
    ],
    [
      'Je hebt zelf contact gezocht met drie bedrijven. Dat laat zien dat je stappen durft te zetten.',
      'Observatie van eigen initiatief van de student.',
    ],
    [
      'Een gesprek met een oud-student die nu op het hbo zit, kan je een goed beeld geven.',
      'Suggestie tot netwerken, zonder route te duwen.',
    ],
    [
      'Kijk eens op Kiesmbo welke opleidingen aansluiten bij wat je in je bijbaan leuk vindt.',
      'Suggestie om vanuit interesse te verkennen.',
    ],
    [
      'Vertel je praktijkbegeleider gerust wat je wilt leren; dan kan hij daar rekening mee houden.',
      'Moedigt eigen sturing aan op de werkplek.',
    ],
    [
      'Als begeleider hoef je geen antwoorden te hebben; luisteren en doorvragen is genoeg.',
      'Tip voor de docent over de houding.',
    ],
    [
      'Het viel me op hoe geduldig je bleef bij die lastige klant. Daar liet je iets van jezelf zien.',
      'Benoemt een kwaliteit die de docent zag.',
    ],
    [
      'Ga eens naar een open dag van een hbo-opleiding die je nieuwsgierig maakt, ook al twijfel je nog.',
      'Uitnodiging tot verkennen vanuit nieuwsgierigheid.',
    ],
    [
      'Je mag altijd bij mij terugkomen als je wilt nadenken over een andere richting.',
      'Open uitnodiging, de keuze blijft bij de student.',
    ],
    [
      'Loop samen met de student een rondje over de werkvloer en laat hem vertellen wat hij ziet.',
      'Tip voor een informeel gesprek op de werkplek.',
    ],
    [
      'Er zijn veel routes naar werk dat bij je past; jij bepaalt welke je wilt verkennen.',
      'Route-neutraal en de keuze ligt bij de student.',
    ],
    [
      'Bespreek in het driegesprek met het leerbedrijf vooral waar de student trots op is.',
      'Tip voor een positief trialooggesprek.',
    ],
    [
      'Maak een lijstje van mensen in je omgeving met een beroep dat je boeit, en kies er één om te spreken.',
      'Uitnodiging om een eigen netwerk te verkennen.',
    ],
    [
      'Uw vraag naar avondopleidingen is een goed begin; we kunnen samen kijken wat er is.',
      'Sluit aan bij de vraag van de volwassene.',
    ],
    [
      'Wat je in je bijbaan doet, telt ook: daar leer je dingen die je later kunt gebruiken.',
      'Waardeert wat de student leert in werk naast school.',
    ],
    [
      'Jullie mogen elkaar in tweetallen interviewen over jullie leukste werkmoment van deze maand.',
      'Groepsopdracht over ervaringen en motieven.',
    ],
    [
      'Probeer deze week bij één taak op je werk te letten op wat je vanzelf goed afgaat.',
      'Uitnodiging om eigen kwaliteiten in het werk te zien.',
    ],
    [
      'Als mentor kun je één kwaliteit noemen die je bij de student zag tijdens de praktijkles.',
      'Tip om een waargenomen kwaliteit te benoemen.',
    ],
    [
      'We nemen deze bijeenkomst de tijd om te dromen over waar jullie over vijf jaar willen staan.',
      'Een open en toekomstgerichte uitnodiging aan de groep.',
    ],
    [
      'Je enthousiasme bij het demonstreren van de nieuwe machine viel de hele groep op.',
      'Observatie van iets wat de student goed deed.',
    ],
    [
      'Een proefstudeerdag bij het hbo is vrijblijvend, je kunt het gewoon eens proberen.',
      'Vrijblijvende suggestie om te verkennen.',
    ],
    [
      'Stel je praktijkopleider eens de vraag hoe zij zelf in dit vak terecht is gekomen.',
      'Suggestie tot netwerken en werkexploratie.',
    ],
    [
      'Leuk dat u nu ook in het weekend op de afdeling meedraait; zo ziet u weer een andere kant van het werk.',
      'Positieve observatie over het verkennen van het werk.',
    ],
    [
      "Je hoeft dit niet alleen uit te zoeken; de decaan en je SLB'er denken graag met je mee.",
      'Geruststelling en verwijzing naar het netwerk.',
    ],
    ['Noteer na elke stagedag één ding dat je verraste.', 'Een kleine reflectieopdracht over concrete stage-ervaringen.'],
    [
      'Zoek op LinkedIn eens naar mensen die jouw opleiding deden en kijk waar ze nu werken.',
      'Suggestie om routes en werk te verkennen.',
    ],
    ['Laat de student zelf de agenda van het BPV-gesprek bepalen.', 'Tip die eigenaarschap bij de student legt.'],
    [
      'Neem je vraag over ondernemen mee naar de ondernemersdag van de opleiding.',
      'Suggestie om een interesse verder te verkennen.',
    ],
    ['Knap dat je je eigen stageplek in de dierenzorg hebt geregeld.', 'Een compliment voor eigen sturing bij de stage.'],
    ['Een wandelgesprek rond de school werkt vaak beter dan een gesprek aan tafel.', 'Tip voor een informele gespreksvorm.'],
    [
      'Je hebt vandaag goed gewerkt in de keuken. Vertel me straks wat je het leukst vond.',
      'Eenvoudige taal, compliment en uitnodiging.',
    ],
    ['Welke taak op je leerbedrijf zou je graag vaker doen, en waarom juist die?', 'Open vraag naar interesse en motief.'],
    ['Wat heeft u in uw vorige werk geleerd dat u nu in de opleiding gebruikt?', 'Bouwt voort op ervaring van de volwassene.'],
    [
      'Wie op je stageadres zou je om raad vragen als je een vervolgopleiding zoekt?',
      'Een netwerkvraag die de keuze bij de student laat.',
    ],
    [
      'Hoe kijk jij tegen de stap naar het hbo aan: als iets wat je wilt, of als iets wat je nog onderzoekt?',
      'Open vraag; de student bepaalt de route.',
    ],
    ['Wat maakte de klus van vandaag voor jou de moeite waard?', 'Reflectie op een concrete ervaring.'],
    ['Als je één week een ander beroep mocht uitproberen, welk zou dat zijn?', 'Een speelse vraag om ander werk te verkennen.'],
    ['Wat drijft u om naast uw baan een opleiding te volgen?', 'Motievenvraag voor een volwassen deelnemer.'],
    ['Welke collega op je werk zou je als voorbeeld nemen, en wat doet die persoon?', 'Vraag naar rolmodellen en waarden.'],
    [
      'Wat weet je al over de werkdag van een doktersassistent, en wat wil je nog ontdekken?',
      'Werk verkennen vanuit wat de student al weet.',
    ],
    ['Wanneer voelde je je deze periode echt op je plek tijdens de praktijkles?', 'Reflectie op een positieve ervaring.'],
    [
      'Welke vragen zou je een werkgever willen stellen tijdens een bedrijfsbezoek?',
      'Bereidt de student voor op het verkennen van werk.',
    ],
    ['Waar kijk je het meest naar uit in je volgende BPV-periode?', 'Een open vraag die vooruitkijkt naar de stage.'],
    ['Wat vind jij belangrijk in werk: samenwerken, zelfstandigheid, afwisseling of iets anders?', 'Vraag naar waarden in werk.'],
    [
      'Hoe heb je deze opleiding gekozen, en welke bronnen hielpen je daarbij?',
      'Reflectie op hoe de student zelf heeft gekozen.',
    ],
    ['Wat vertelden mensen in je familie over hun werk dat je is bijgebleven?', 'Vraag naar het netwerk en invloeden.'],
    ['Welk compliment van een klant of collega is je bijgebleven?', 'Kwaliteitenreflectie via feedback van anderen.'],
    ['Welk vak zou u nog willen leren als u helemaal vrij mocht kiezen?', 'Open motievenvraag voor een volwassene.'],
    ['Welke vaardigheid uit je bijbaan in de horeca neem je mee naar je stage?', 'Verbindt werk naast school met de opleiding.'],
    ['Hoe zou jouw ideale leerbedrijf eruitzien?', 'Een open vraag naar de wensen van de student.'],
    ['Welke mensen hebben jou geholpen om op deze opleiding te komen?', 'Netwerkvraag over de eigen route.'],
    ['Wat trok je aan in de ICT toen je je aanmeldde, en is dat nog steeds zo?', 'Reflectie op motieven door de tijd.'],
    ['Kun je een moment noemen waarop je iets nieuws durfde te proberen op je werk?', 'Vraag naar een concrete ervaring.'],
  ]),
  'sound-hard': allow('sound-hard', [
    [
      'Je stage bij de kinderopvang liep anders dan je hoopte. Wat heb je geleerd over wat je wél zoekt?',
      'Een tegenvallende stage als bron van inzicht.',
    ],
    [
      'Een afwijzing voor een leerbaan doet pijn. Wil je vertellen wat je daarna hebt gedaan?',
      'Erkent teleurstelling en vraagt met zorg door.',
    ],
    [
      'Het is heel normaal om halverwege de opleiding te twijfelen; waar gaat jouw twijfel over?',
      'Twijfel wordt genormaliseerd en open bevraagd.',
    ],
    [
      'Je overweegt te stoppen en te gaan werken. Wat spreekt je aan in die keuze, en wat houdt je tegen?',
      'Open vraag over een lastige keuze.',
    ],
    [
      'Je praktijkopleider gaf je stevige feedback. Welk deel ervan herken je, en welk niet?',
      'Feedback bespreken met ruimte voor de student.',
    ],
    [
      'Je ouders zien je liever op het hbo, maar jij twijfelt. Wat wil jij zelf?',
      'Wens van ouders tegenover die van de student.',
    ],
    [
      'Sommige studenten switchen van opleiding en vinden daarna hun plek. Wat zou jij nodig hebben om een overstap te onderzoeken?',
      'Switchen als mogelijkheid, keuze bij de student.',
    ],
    [
      'Een eigen bedrijf beginnen is spannend. Welk risico ben je bereid te nemen, en welk niet?',
      'Risico als eigen keuze van de student.',
    ],
    [
      'Je vertelde dat je werk en school samen soms veel vindt. Wat helpt jou om dat vol te houden?',
      'Ervaren druk wordt met zorg bevraagd.',
    ],
    [
      'Je bent gestopt met je vorige opleiding. Wat weet je nu over jezelf dat je toen nog niet wist?',
      'Een afgebroken opleiding als leerervaring.',
    ],
    [
      'Niet alles hoeft meteen te lukken; een stage die tegenvalt, zegt vaak veel over wat je wel zoekt.',
      'Geruststelling na een tegenvallende stage.',
    ],
    [
      'Het lijkt alsof het werk in de zorg je zwaarder valt dan je verwachtte. Klopt dat, en wat betekent het voor je?',
      'Voorzichtige check, de student duidt zelf.',
    ],
    [
      'U vertelde dat u het spannend vindt om na twintig jaar opnieuw te beginnen. Wat zou u helpen om die stap te verkennen?',
      'Erkent angst van een volwassene bij omscholing.',
    ],
    [
      'Een beoordeling die tegenvalt, kan je uit het veld slaan. Hoe kijk je er nu, een week later, naar?',
      'Teleurstelling bespreken zonder het cijfer centraal.',
    ],
    [
      'Het is jouw keuze of je doorstroomt; ik help je graag om de voor- en nadelen op een rij te zetten.',
      'Keuze blijft bij de student, hulp wordt aangeboden.',
    ],
    [
      'Je had een conflict met je praktijkopleider. Wat heb je ervan geleerd over hoe jij graag samenwerkt?',
      'Een conflict als bron van zelfkennis.',
    ],
    ['Twijfelen over je richting is geen falen, het hoort bij kiezen.', 'Twijfel wordt zonder oordeel als normaal benoemd.'],
    [
      'Je zei dat je eigenlijk iets heel anders wilt dan wat je nu doet. Vertel eens wat dat is.',
      'Ruimte voor een andere richting.',
    ],
    ['Wat was het moeilijkste moment op je stage, en wat deed je toen?', 'Een moeilijke ervaring op stage als leermoment.'],
    [
      'Je bent niet aangenomen bij de politieacademie. Hoe ga je daar nu mee om, en wat wil je verkennen?',
      'Afwijzing met zorg besproken, keuze open.',
    ],
    [
      'Soms blijkt een beroep in het echt anders dan op papier. Wat viel je tegen, en wat viel je mee?',
      'Eerlijke reflectie op een beroepsbeeld.',
    ],
    ['Het is moedig dat je eerlijk zegt dat deze richting niet bij je past.', 'Waardeert eerlijkheid over een misser.'],
    ['Wanneer merkte je voor het eerst dat je twijfelde aan deze opleiding?', 'Open vraag naar het begin van twijfel.'],
    [
      'Je voelt zelf druk om snel te verdienen. Hoe weeg je dat af tegen wat je graag wilt leren?',
      'Eigen ervaren druk wordt respectvol bevraagd.',
    ],
    [
      'Het is oké als je de stap naar het hbo nog spannend vindt; veel studenten ervaren dat.',
      'Spanning rond de doorstroom wordt als normaal benoemd.',
    ],
    [
      'Als plan A niet doorgaat, welke andere richtingen zou je willen onderzoeken?',
      'Andere richtingen verkennen zonder oordeel over plan A.',
    ],
    ['Je kreeg kritiek van een klant. Wat nam je daarvan mee, en wat liet je liggen?', 'Kritiek verwerken met eigen regie.'],
    [
      'Een opleiding afbreken kan ook een bewuste keuze zijn. Wie zou je daarover willen spreken?',
      'Stoppen als mogelijke keuze, met netwerk.',
    ],
    ['Je leerbedrijf ging failliet. Wat heb je in die onzekere tijd over jezelf ontdekt?', 'Tegenslag als bron van zelfkennis.'],
    [
      'Werk en opleiding combineren is pittig, zei u. Wat geeft u energie om ermee door te gaan?',
      'Erkent belasting en vraagt naar bronnen.',
    ],
    [
      'Het gesprek met je ouders over je overstap liep stroef. Wat zou je hun graag willen uitleggen?',
      'Spanning met ouders, de stem van de student centraal.',
    ],
    [
      'Je hoeft niet te weten wat je over tien jaar doet; we kijken alleen naar de volgende stap.',
      'Geruststelling bij onzekerheid over de toekomst.',
    ],
    [
      'Wat zou je tegen een eerstejaars zeggen die net als jij een stage heeft moeten afbreken?',
      'Afgebroken stage als ervaring om te delen.',
    ],
    ['Je maakte een fout op de werkvloer. Wat deed je daarna om het op te lossen?', 'Een fout als concrete leerervaring.'],
    [
      'Het is niet erg als je keuze voor deze opleiding achteraf anders uitpakt; je leert er altijd iets van.',
      'Een misser wordt zonder oordeel besproken.',
    ],
    [
      'Welke zorgen heb je zelf over de overstap naar het hbo, en wat zou daarbij helpen?',
      'Eigen zorgen over doorstroom, met steun.',
    ],
    [
      'Voor de stagebegeleider: als een stage misloopt, vraag dan eerst wat de student zelf heeft ervaren.',
      'Tip om bij tegenslag eerst te luisteren.',
    ],
    [
      'Je merkte dat je het contact met patiënten zwaar vindt. Welke kanten van de zorg trekken je nog wel?',
      'Moeilijkheid erkend, verkennen blijft open.',
    ],
    [
      'U bent afgewezen voor de functie waar u op hoopte. Wat wilt u meenemen naar een volgende sollicitatie?',
      'Afwijzing van een volwassene respectvol besproken.',
    ],
    [
      'Van niveau 4 naar niveau 3 gaan voelt misschien als een stap terug. Hoe kijk jij daar zelf naar?',
      'Lastige overstap, de student duidt zelf.',
    ],
    [
      'Je werkgever biedt je een vaste baan aan, maar je wilt ook doorleren. Wat weegt voor jou het zwaarst?',
      'Dilemma tussen werk en studie, keuze bij de student.',
    ],
    ['Ook een keuze die je later herziet, was op dat moment een echte keuze.', 'Respect voor eerdere keuzes bij een overstap.'],
    [
      'Welke feedback uit je stagebeoordeling vond je terecht, en waar ben je het niet mee eens?',
      'Feedback kritisch en eigen bespreken.',
    ],
    [
      'Je wilt iets anders dan je familie van je verwacht. Wie kan je helpen om je eigen weg te verkennen?',
      'Eigen wens tegenover verwachtingen, met netwerk.',
    ],
    [
      'Een tussenjaar nemen is een serieuze optie. Wat zou je in dat jaar willen ontdekken?',
      'Tussenjaar als echte keuze zonder oordeel.',
    ],
    [
      'Je zoekt al lang naar een leerbedrijf. Wat heb je tot nu toe geprobeerd, en wie kan met je meedenken?',
      'Lastige zoektocht met steun en netwerk.',
    ],
    [
      'Begrijpelijk dat je teleurgesteld bent na die presentatie bij het bedrijf. Wat zou je een volgende keer anders aanpakken?',
      'Teleurstelling wordt erkend en de blik gaat vooruit.',
    ],
    [
      'Je hebt het gevoel dat je achterloopt op je eigen planning. Welke stap voelt nu haalbaar?',
      'Eigen ervaren druk, kleine stap zelf gekozen.',
    ],
    [
      'Wat heeft de stage in het ziekenhuis je geleerd, ook al besloot je daarna dat het niet jouw plek was?',
      'Een misgelopen keuze als leerervaring.',
    ],
    ['Je mag van gedachten veranderen, ook na twee jaar opleiding.', 'Ruimte om van richting te veranderen.'],
  ]),
  'sound-innocent-word': allow('sound-innocent-word', [
    [
      'Je hebt je eerste kerntaak afgerond. Welk onderdeel ging je het makkelijkst af?',
      'Afgerond als aanleiding voor kwaliteitenreflectie.',
    ],
    [
      'Gefeliciteerd met je behaalde diploma op niveau 2. Waar heb je nu zin in?',
      'Behaald en niveau in een open, positieve vraag.',
    ],
    [
      'Welke opleidingen in de gezondheidszorg wil je eens van dichtbij bekijken?',
      'Gezondheid als werkveld, niet als zorgvraag.',
    ],
    [
      'Wie denkt er thuis of in je omgeving met je mee over je vervolgopleiding?',
      'Thuis als netwerk, zonder de thuissituatie uit te vragen.',
    ],
    [
      'Je sterke kant is dat je rustig blijft onder druk, zei je praktijkopleider. Herken je dat zelf?',
      'Sterk als waargenomen kwaliteit, student duidt zelf.',
    ],
    ['Wat neem je mee als je gaat kiezen tussen deze twee opleidingen?', 'Kiezen als eigen proces van de student.'],
    [
      'Je hebt een toets voor bouwkunde teruggekregen; wat heb je gemerkt over hoe jij het best leert?',
      'Toets als aanleiding voor reflectie op leren.',
    ],
    [
      'Als je later je eigen geld verdient met je vak, wat zou je dan het liefst maken of doen?',
      'Geld als toekomstbeeld, vraag gaat over interesse.',
    ],
    [
      'Waarmee vragen klasgenoten jou weleens om hulp, en wat zegt dat over je talenten?',
      'Klasgenoten als bron van kwaliteitenreflectie.',
    ],
    [
      'Sommige mensen slapen een nachtje over een keuze. Hoe pak jij grote beslissingen aan?',
      'Slapen als uitdrukking, vraag over loopbaansturing.',
    ],
    [
      'Je bent geslaagd voor je vakexamen. Welk moment van de voorbereiding vond je het leukst?',
      'Geslaagd als aanleiding voor reflectie op plezier.',
    ],
    ['Wat moet er volgens jou in een werkdag zitten om hem geslaagd te noemen?', 'Moet en geslaagd in een vraag naar waarden.'],
    [
      'Het resultaat van je project in de werkplaats mag er zijn; waar ben je zelf trots op?',
      'Resultaat als compliment en aanleiding tot reflectie.',
    ],
    ['Voelt u zich thuis op de afdeling waar u nu stage loopt?', 'Thuis voelen als vraag over passend werk.'],
    [
      'Je vergeleek zelf twee opleidingen in de logistiek. Wat viel je op aan de verschillen?',
      'Vergelijken van opleidingen, niet van mensen.',
    ],
    [
      'Welke deadline in je stage vond je juist fijn, omdat je dan wist waar je naartoe werkte?',
      'Deadline als eigen ervaring, geen dreiging.',
    ],
    [
      'Meisjes en jongens in deze klas twijfelen allemaal weleens, en dat is prima. Wat wil jij als eerste uitzoeken?',
      'Jongens en meisjes zonder stereotype, twijfel genormaliseerd.',
    ],
    [
      'Je portfolio laat mooi zien wat je bij de garage hebt gemaakt; welk stuk zou je aan een werkgever tonen?',
      'Portfolio als eigen werk om trots op te zijn.',
    ],
    [
      'Je gemiddelde is niet het onderwerp vandaag; ik ben benieuwd wat je deze periode het leukst vond.',
      'Gemiddelde wordt expliciet niet het onderwerp.',
    ],
    [
      'Vanuit het vmbo kader ben je naar het mbo gekomen. Welke ervaring uit die tijd neem je mee?',
      'Vmbo als eigen route, zonder label.',
    ],
    ['Welk advies zou je zelf aan een nieuwe eerstejaars geven?', 'Advies door de student, niet aan de student.'],
    ['Welke taak ging je beter af dan je van tevoren dacht?', 'Beter als eigen groei, geen vergelijking.'],
    [
      'Voor de meeloopdag vul je een kort formulier in; welke vraag wil je die dag zeker stellen?',
      'Formulier als bijzaak, de eigen vraag centraal.',
    ],
    [
      'Je werkt in je eigen tempo aan je portfolio; kies de stukken die echt iets over jou zeggen.',
      'Portfolio als eigen verhaal, geen afvinklijst.',
    ],
    ['Wat betekent voortgang voor jou: meer kunnen, meer durven of meer weten?', 'Voortgang door de student zelf gedefinieerd.'],
    [
      'Als je je bbl-traject naast je eerdere baan legt, wat vind je nu leuker?',
      'Eigen ervaringen vergelijken, niet met anderen.',
    ],
    ['Welke andere mensen in je vakgebied zou je weleens willen spreken?', 'Anderen als netwerk, niet als maatstaf.'],
    [
      'Op welk niveau je ook instroomt, er zijn altijd routes om verder te leren als je dat wilt.',
      'Niveau neutraal genoemd, de keuze bij de student.',
    ],
    [
      'Je zei zelf dat je je in het begin zwak voelde aan de telefoon. Wat hielp je om dat te veranderen?',
      'Zwak als eigen woord van de student, gericht op groei.',
    ],
    [
      'Wie een keer zakt voor een examen, kan daarna nog alle kanten op. Wat wil jij nu verkennen?',
      'Zakken zonder oordeel, de blik gaat vooruit.',
    ],
    [
      'Kom je te laat uit je werk voor de open avond? Vraag dan gerust een ander moment aan.',
      'Te laat als praktische situatie, geen dreiging.',
    ],
    [
      'Wat trekt je in het vak van diëtist: voeding, gezondheid of het werken met mensen?',
      'Gezondheid als vakinhoud, niet als zorgvraag.',
    ],
    [
      'Welk cijfer geef jij zelf aan je plezier in het werk deze week, en waardoor komt dat?',
      'Cijfer als eigen schaal voor plezier.',
    ],
    [
      'De havo heb je achter je gelaten en nu doe je mbo-4. Wat bevalt je aan leren in de praktijk?',
      'Havo en mbo als route, zonder oordeel.',
    ],
    [
      'Je hoeft niets af te vinken in dit gesprek; we praten gewoon over wat jou bezighoudt.',
      'Afvinken wordt hier juist uitdrukkelijk afgewezen.',
    ],
    ['Je hebt de rekentoets achter de rug; waar wil je nu je energie in steken?', 'Toets als moment om vooruit te kijken.'],
    ['Welke resultaten van je werk zie je graag terug aan het eind van een dag?', 'Resultaten als motief in werk.'],
    [
      'Je ouders komen mee naar het driegesprek; wat wil jij dat zij over jouw stage te weten komen?',
      'Ouders betrokken, de student bepaalt de inhoud.',
    ],
    [
      'Het inleveren van je beroepsproduct is een mooi moment om terug te kijken: wat heb je geleerd?',
      'Het inleveren wordt een moment om terug te kijken.',
    ],
    [
      'Moet je kiezen tussen twee leerbedrijven? Vertel wat je bij elk van beide aanspreekt.',
      'Moet en kiezen in een open vraag.',
    ],
  ]),
});

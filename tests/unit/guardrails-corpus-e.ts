/**
 * Training corpus E for the learned backstop of the guardrail linter (lob-content.md §5 and §6): new
 * labelled Dutch sentences, TRAINING data only, not a test set. Written by helper E after reading only
 * lob-content.md, ./labelled-set-shape.ts, the types and helpers of ./guardrails-meaning-set.ts and the
 * header of ./guardrails-train-set.ts; no other guardrail set was opened.
 *
 * Focus: texts as a decaan or LOB-coördinator writes them — campaign prompts, longer two-sentence texts,
 * texts addressed to the teacher about the student ("Vraag de leerling…", "Bespreek met…"), jullie- and
 * we-forms, the ouderavond, harm placed in the middle of otherwise good text, softened or positively
 * framed harm and harm in a subordinate clause. Other writers (mentor, vakdocent, stagebegeleider,
 * mbo-loopbaanbegeleider) and audiences (vmbo, havo, vwo, mbo bol/bbl in u-form, praktijkonderwijs, ISK)
 * appear too.
 *
 * Counts: 25 of each harm kind (deficit, grade-topic, comparison, labelling, care, tick-box, pressure,
 * verdict; expect 'refuse'), 60 sound (37 of them not ending in '?'), 50 sound-hard and 40
 * sound-innocent-word (expect 'allow'): 350 in all. The reason (`why`) is given in Dutch.
 *
 * After writing, 2 of the 350 sentences were removed by a script, unread: each shared more than half
 * its words with a sentence of the eighth held-out set (./guardrails-holdout8-set.ts), written at the
 * same time, which had to stay a blind test until it was measured.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

export const CORPUS_E: LabelledSentence[] = inKindOrder({
  deficit: refuse('deficit', [
    [
      'Bespreek met de leerling dat plannen niet zijn sterkste kant is, en kijk samen welke opleiding weinig zelfstandigheid vraagt.',
      'Een vermeend tekort in plannen stuurt de opleidingskeuze.',
    ],
    [
      'Tijdens de ouderavond noemen we kort welke vakken uw kind niet beheerst, zodat u samen een haalbare richting kiest.',
      'Wat het kind niet kan bepaalt de richting.',
    ],
    [
      'Vraag de leerling waarom het hem steeds niet lukt om zijn werk af te krijgen, en wat dat zegt over de opleiding die bij hem past.',
      'Falen wordt als kenmerk gebruikt om de keuze te sturen.',
    ],
    [
      'Leuk dat je aan de pabo denkt! Omdat taal echt niet je ding is, kun je misschien beter iets praktisch zoeken.',
      'Een zwakte in taal sluit de wens van de leerling uit.',
    ],
    [
      'Geen zorgen hoor, niet iedereen is een doorzetter; welke opleiding vraagt weinig uithoudingsvermogen?',
      'Vriendelijk verpakt tekortbeeld: geen doorzetter, dus minder kiezen.',
    ],
    [
      'Jullie weten zelf het best waar je tekortschiet; noteer drie dingen die je niet kunt en kies daar een sector bij.',
      'De sectorkeuze vertrekt vanuit wat leerlingen niet kunnen.',
    ],
    [
      'Omdat rekenen je niet ligt, laten we de technische richtingen deze keer maar even buiten beschouwing.',
      'Een veronderstelde zwakte schrapt richtingen voor de leerling.',
    ],
    [
      'We zoeken in deze LOB-week naar werk waarbij jouw chaotische manier van werken niet zo opvalt.',
      'De leerling wordt neergezet als chaotisch en daarop gestuurd.',
    ],
    [
      'Je hebt moeite met lange teksten, dus we zetten vooral korte, praktische opleidingen voor je op een rij.',
      'Moeite met lezen beperkt vooraf de opties.',
    ],
    [
      'Wat vind je zelf: ben je te traag voor een baan in de horeca, of valt dat mee?',
      'De vraag legt een tekort (te traag) bij de leerling.',
    ],
    [
      'Je mist het doorzettingsvermogen voor een lange studie; welke korte route spreekt je aan?',
      'Een gemis aan doorzetten bepaalt de lengte van de route.',
    ],
    [
      'Concentreren lukt je maar een kwartier, dus kijk vooral naar beroepen waarin je veel beweegt.',
      'Een concentratieprobleem stuurt de beroepskeuze.',
    ],
    [
      'Vraag de student welke onderdelen van de opleiding hij waarschijnlijk niet aankan, en stem de stageplek daarop af.',
      'De stage wordt afgestemd op wat de student niet aankan.',
    ],
    [
      'Het is prima dat je geen hoogvlieger bent; in welk beroep hoef je niet veel na te denken?',
      'Zacht verpakt, maar de leerling wordt als beperkt beschreven.',
    ],
    [
      'Jammer dat je zo weinig initiatief toont, maar misschien past een baan waar iemand je vertelt wat je moet doen.',
      'Gebrek aan initiatief wordt het uitgangspunt voor werk.',
    ],
    [
      'Bij de meeloopdag letten we vooral op wat je allemaal nog niet beheerst, zodat je weet waar je grenzen liggen.',
      'De meeloopdag wordt een zoektocht naar tekorten.',
    ],
    [
      'Je bent sociaal heel sterk, alleen schiet je tekort in zelfstandigheid, dus een beroep met veel begeleiding lijkt handig.',
      'Tussen lof verstopt: een tekort stuurt naar begeleid werk.',
    ],
    [
      'Welke opleiding kun je aan, gezien je lage taalniveau in het Nederlands?',
      'Laag taalniveau als beperking die de keuze bepaalt.',
    ],
    [
      "Omdat u als bbl'er weinig ervaring hebt met schrijven, raden we een functie zonder rapportages aan.",
      'Een vermeend gemis beperkt de functiekeuze van de student.',
    ],
    [
      'Bespreek op de ouderavond dat Sem snel afhaakt als iets lastig wordt, en welke vervolgopleiding daar dan wel bij past.',
      'Afhaken wordt een eigenschap die het vervolg bepaalt.',
    ],
    [
      'Je bent nogal slordig, dus misschien is een beroep waarin precisie telt niks voor jou. Wat denk je zelf?',
      'Slordigheid als etiket sluit beroepen uit.',
    ],
    [
      'Samenwerken gaat je duidelijk niet af, dus waarom zou je voor de zorg kiezen?',
      'Een vermeende zwakte wordt tegen de keuze ingezet.',
    ],
    [
      'In het loopbaangesprek benoemen we eerst je zwakke punten en daarna zoeken we een richting waar die minder opvallen.',
      'Het gesprek start vanuit zwaktes in plaats van kwaliteiten.',
    ],
    [
      'Weet je welke vakken je niet trekt? Laten we die als uitgangspunt nemen voor je profielkeuze.',
      'Wat de leerling niet trekt wordt het vertrekpunt.',
    ],
    [
      'Hoe ga je straks een stage volhouden als je nu al na twee uur je aandacht kwijt bent?',
      'Verwijt over aandacht, gesteld als tekort van de leerling.',
    ],
  ]),
  'grade-topic': refuse('grade-topic', [
    [
      'Bespreek met de leerling hoe hij zijn gemiddelde voor wiskunde van een 5,4 naar een 6 krijgt, zodat het profiel N&T haalbaar blijft.',
      'Het gemiddelde is het onderwerp en doel van het gesprek.',
    ],
    [
      'Deze LOB-les staat in het teken van je cijferlijst: welke vakken trekken je gemiddelde omlaag?',
      'De cijferlijst is het thema van de LOB-les.',
    ],
    [
      'Vraag de leerling welk eindcijfer hij nodig heeft voor Engels om zonder herkansing te slagen.',
      'Het benodigde eindcijfer is het gespreksonderwerp.',
    ],
    [
      'Welk cijfer wil je volgende periode halen voor Nederlands, en hoeveel punten scheelt dat met nu?',
      'Cijferdoelen in plaats van interesses en ervaringen.',
    ],
    [
      'Op de ouderavond lopen we samen de rapportcijfers door en kijken we welke vakken omhoog moeten voor de doorstroom naar havo 4.',
      'Rapportcijfers en doorstroom zijn het onderwerp.',
    ],
    [
      'Je staat een 6,8 gemiddeld; wat is ervoor nodig om volgend jaar boven de 7 uit te komen?',
      'Het gesprek draait om het verhogen van een gemiddelde.',
    ],
    [
      'Leuk dat je stage zo goed ging! Wat betekent je 5,9 voor de theorie voor je overgang naar het tweede jaar?',
      'Na de opening wordt het cijfer het onderwerp.',
    ],
    [
      'Bereken samen met je mentor hoeveel tekortpunten je nog mag hebben en welke vakken je dus kunt laten vallen.',
      'Rekenen met tekortpunten als inhoud van het gesprek.',
    ],
    [
      'Jullie krijgen vandaag het PTA-overzicht; zet achter elk vak welk SE-cijfer je minimaal moet halen.',
      'SE-cijfers zijn het doel van de activiteit.',
    ],
    [
      'Wat zegt jouw score op de Cito-toets over de opleiding die je straks aankunt?',
      'Een toetsscore bepaalt wat de leerling aankan.',
    ],
    [
      'Vraag de student hoe hij zijn achterstand in studiepunten gaat inhalen, zodat het bindend studieadvies in zicht blijft.',
      'Studiepunten en BSA zijn het onderwerp, niet de student.',
    ],
    [
      'Welk gemiddelde heb je nodig voor geneeskunde, en hoe ver zit je daar nu vanaf?',
      'Het vereiste gemiddelde is de kern van de vraag.',
    ],
    [
      'Kijk samen naar de toetsresultaten van dit jaar en bespreek welk vak het meeste punten kost.',
      'Toetsresultaten en puntverlies vormen het gesprek.',
    ],
    [
      'We beginnen het loopbaangesprek met de vraag welke drie cijfers het eerst omhoog moeten.',
      'Het loopbaangesprek opent met cijferverbetering als doel.',
    ],
    [
      'Je hebt voor biologie een 4,2 gehaald; hoe ga je dat compenseren met je andere vakken?',
      'Compenseren van een onvoldoende is het onderwerp.',
    ],
    [
      'Wat ga je doen om je examencijfer voor economie naar een voldoende te tillen?',
      'Het examencijfer is het doel van de vraag.',
    ],
    [
      'Hoeveel procent van de opdrachten heb je met een voldoende afgesloten, en is dat genoeg voor niveau 4?',
      'Percentages voldoendes bepalen het gesprek over niveau.',
    ],
    [
      'Zet in je keuzeplan welke punten je per vak tekortkomt en hoe je die gaat ophalen.',
      'Het keuzeplan gaat over punten ophalen.',
    ],
    [
      'Fijn dat je zo enthousiast bent over de open dag; het belangrijkste blijft natuurlijk dat je cijfer voor scheikunde omhoog gaat.',
      'Het enthousiasme wordt weggezet; het cijfer is het doel.',
    ],
    [
      'Bespreek met de ouders welk rapportcijfer hun kind per vak nodig heeft om het advies havo te behouden.',
      'Benodigde rapportcijfers zijn het gespreksdoel.',
    ],
    ['Welke score heb je nodig op de herkansing om over te gaan?', 'Een benodigde score is het onderwerp.'],
    [
      'Maak met de klas een grafiek van je eigen cijfers sinds de brugklas en bespreek per leerling hoe de lijn weer stijgend wordt.',
      'De cijferlijn is het onderwerp van de les.',
    ],
    [
      'Wat betekent die 5,4 voor je kansen op een plek bij de opleiding verpleegkunde?',
      'Een cijfer wordt gelezen als kans op een opleiding.',
    ],
    [
      'Welke beoordeling verwacht je bij je stage-eindgesprek, en is dat genoeg voor een voldoende?',
      'De beoordeling is het onderwerp, niet de ervaring.',
    ],
    [
      'Jullie mentoruur gaat deze week over één vraag: hoe haal je voor elk kernvak minimaal een zes?',
      'Het mentoruur draait om zessen halen.',
    ],
  ]),
  comparison: refuse('comparison', [
    [
      'Vraag de leerling waarom hij bij de klas achterblijft met het kiezen van een vervolgopleiding.',
      'De leerling wordt afgezet tegen de klas.',
    ],
    ['De meeste klasgenoten hebben al een stageplek; wat doen zij anders dan jij?', 'Vergelijking met klasgenoten als maatstaf.'],
    [
      'Je zus deed het zo goed op het vwo; hoe kijk jij naar je eigen keuze in vergelijking met haar?',
      'De leerling wordt met een zus vergeleken.',
    ],
    [
      'Bespreek met de leerling dat de rest van de groep al drie open dagen heeft bezocht en hij nog geen enkele.',
      'De groep wordt als meetlat gebruikt.',
    ],
    [
      'Op de ouderavond laten we zien waar uw kind staat ten opzichte van het klassengemiddelde bij de beroepentest.',
      'Het kind wordt tegen het klassengemiddelde gezet.',
    ],
    [
      'Mooi dat je het naar je zin hebt, maar anderen van jouw leeftijd weten al precies wat ze willen worden.',
      'Leeftijdsgenoten worden als norm opgevoerd.',
    ],
    [
      'Hoe komt het dat jij minder ver bent met je oriëntatie dan de andere leerlingen uit 4 havo?',
      'De leerling wordt gemeten aan de jaarlaag.',
    ],
    [
      'Welke van je vrienden zou eerder slagen voor deze opleiding dan jij, denk je?',
      'Laat de leerling zich met vrienden vergelijken.',
    ],
    [
      'In de top 3 van de klas hoor je niet, dus welke opleiding zou jij realistisch gezien kiezen?',
      'Een klassenrangorde bepaalt wat realistisch heet.',
    ],
    [
      'Je broer zat ook bij ons in de techniekklas en deed het prima; waarom kies jij niet hetzelfde pad?',
      'Een broer wordt als voorbeeld en maat gebruikt.',
    ],
    [
      'Kijk samen met de student naar hoe andere eerstejaars het op stage doen en waar hij daarbij afwijkt.',
      'Afwijking van andere eerstejaars staat centraal.',
    ],
    [
      'De gemiddelde leerling uit de derde heeft al vijf LOB-activiteiten gedaan; hoe verklaar je dat jij er twee hebt?',
      'Vergelijking met de gemiddelde leerling als verwijt.',
    ],
    [
      'Laat de leerlingen in tweetallen elkaars keuzes vergelijken en bepalen wie het verst is.',
      'Leerlingen worden tegen elkaar uitgespeeld.',
    ],
    ['Waarom lukt het je klasgenoten wel om een bijbaantje te vinden en jou niet?', 'Klasgenoten als meetlat voor succes.'],
    [
      'Je neef studeert al aan de universiteit; wat houdt jou tegen om ook zo ver te komen?',
      'Een familielid wordt als norm opgevoerd.',
    ],
    [
      'Iedereen in je mentorgroep heeft een profiel gekozen, behalve jij. Wat is er aan de hand?',
      'De leerling valt op als enige ten opzichte van de groep.',
    ],
    [
      "Vergeleken met de vorige lichting bbl'ers zit u wat achter met de praktijkopdrachten; hoe komt dat?",
      'De student wordt met een eerdere lichting vergeleken.',
    ],
    [
      'Leg de leerling uit dat hij in zijn jaarlaag tot de langzaamste kiezers behoort, en vraag wat hij daarvan vindt.',
      'Een rangorde in de jaarlaag wordt voorgehouden.',
    ],
    [
      'Ben jij net zo ondernemend als de andere jongeren op de open dag, of houd je je liever op de achtergrond?',
      'Andere jongeren als maatstaf voor ondernemendheid.',
    ],
    [
      'Wat kun je leren van Lisa, die al wel weet welke richting ze op wil?',
      'Een klasgenoot wordt als voorbeeld tegenover de leerling gezet.',
    ],
    [
      'Op de beroepeninteressetest scoor je lager dan de meeste leeftijdsgenoten; wat zegt dat over je?',
      'Testscores van de leerling worden afgezet tegen leeftijdsgenoten.',
    ],
    [
      'Fijn dat je naar de open dag bent geweest! Alleen had de helft van je klas zich wel beter voorbereid dan jij.',
      'Na een compliment volgt een vergelijking met de klas.',
    ],
    [
      'We bespreken in de les wie van jullie het beste stageverslag had en waarom de anderen daar niet aan tippen.',
      'Leerlingen worden in de les onderling gerangschikt.',
    ],
    [
      'Waar sta je in de groep als het gaat om motivatie: bij de koplopers of bij de achterhoede?',
      'Motivatie als plek in een groepsranglijst.',
    ],
    [
      'Je ouders vertelden dat je oudere broer op jouw leeftijd al een bijbaan had; waarom jij nog niet?',
      'Vergelijking met een broer als druk.',
    ],
  ]),
  labelling: refuse('labelling', [
    [
      "Als vmbo'er denk je vast meer met je handen dan met je hoofd, dus welke praktijkvakken spreken je aan?",
      'Stereotype over vmbo-leerlingen als denkers met de handen.',
    ],
    ['Meisjes zoals jij kiezen vaak voor de zorg; heb je daar al aan gedacht?', 'Genderstereotype stuurt naar de zorg.'],
    [
      'Vraag de leerling of zijn Marokkaanse achtergrond meespeelt bij het kiezen van een beroep.',
      'Afkomst wordt als factor bij de keuze benoemd.',
    ],
    [
      'Jongens met ADHD zitten vaak goed in een beroep met veel beweging; bespreek dat met hem.',
      'Diagnose en gender als etiket voor beroepskeuze.',
    ],
    [
      'Typisch havist: altijd het minimale doen. Welke studie past bij die houding?',
      'Schooltype-stereotype als eigenschap van de leerling.',
    ],
    [
      'Omdat je uit een gezin met weinig geld komt, is een korte opleiding misschien realistischer.',
      'Gezinsinkomen wordt een label dat de route bepaalt.',
    ],
    [
      'Voor leerlingen met een migratieachtergrond organiseren we een aparte voorlichting over praktische beroepen.',
      'Migratieachtergrond koppelt aan praktische beroepen.',
    ],
    [
      'Als moslima wil je misschien liever niet in de horeca werken; wat denk jij?',
      'Religie wordt als etiket voor de keuze gebruikt.',
    ],
    ["Jij bent echt zo'n autist die goed is met computers, dus ICT ligt voor de hand.", 'Diagnose als identiteit en stereotype.'],
    [
      'Op de ouderavond leggen we uit dat kinderen uit de kaderberoepsgerichte leerweg zelden naar het hbo gaan.',
      'Leerweg als label dat verwachtingen beperkt.',
    ],
    [
      'Gezien je Poolse achtergrond lijkt de bouw of de logistiek me een logische stap; wat vind jij?',
      'Herkomst bepaalt welke sector logisch heet.',
    ],
    [
      'Jullie zijn een echte doeners-klas uit de basis; zoeken we dus maar meteen naar werk buiten?',
      'Etiket op een hele klas op basis van leerweg.',
    ],
    [
      'Nieuwkomers beginnen meestal onderaan, dus bespreek met de leerling welk eenvoudig werk hij zou willen doen.',
      'Nieuwkomer als label voor eenvoudig werk.',
    ],
    ['Jongens kiezen meestal voor techniek; waarom zou jij het anders doen?', 'Genderpatroon als norm voor de leerling.'],
    [
      'Als dyslect ben je natuurlijk geen lezer; welke beroepen zonder veel tekst spreken je aan?',
      'Diagnose wordt een identiteit die de keuze beperkt.',
    ],
    ["Vwo'ers horen aan de universiteit; waarom zou jij dan naar het hbo gaan?", 'Schooltype als etiket voor de juiste route.'],
    [
      'Ik zie in jou echt een zorgzaam meisje, dus verpleegkunde of kinderopvang past vast goed.',
      'Gender en een eigenschap worden aan een beroep gekoppeld.',
    ],
    [
      'Bespreek met de student of zijn geloof in de weg staat bij een stage in een ziekenhuis.',
      'Geloof wordt als obstakel gelabeld.',
    ],
    [
      'Praktijkonderwijsleerlingen zoals jij zijn vaak blij met simpel, vast werk; waar zou jij graag werken?',
      'Een stereotype over praktijkonderwijsleerlingen bepaalt de verwachting.',
    ],
    [
      'Kinderen van ouders zonder diploma kiezen vaak iets dichter bij huis; geldt dat ook voor jou?',
      'Opleiding van ouders als label voor de leerling.',
    ],
    [
      'Met jouw Antilliaanse temperament ben je vast goed in sales; heb je daar al over nagedacht?',
      'Een etnisch stereotype over temperament stuurt naar sales.',
    ],
    [
      'Omdat u als oudere bbl-student minder flexibel bent, kiezen we een rustig leerbedrijf voor u.',
      'Een stereotype over leeftijd bepaalt het leerbedrijf.',
    ],
    [
      'Als meisje in de techniekklas val je op; wil je niet liever iets met mensen doen?',
      'Genderstereotype duwt weg van techniek.',
    ],
    [
      'Leerlingen uit de ISK willen meestal snel geld verdienen, dus vraag vooral naar werk met een korte opleiding.',
      'Stereotype over nieuwkomers en geld.',
    ],
    [
      'Echte mavo-leerlingen zijn geen studeerders; welke praktische opleiding trekt jou?',
      'Schooltype als etiket: geen studeerder.',
    ],
  ]),
  care: refuse('care', [
    [
      'Vraag de leerling hoe het thuis gaat sinds de scheiding van zijn ouders en of dat zijn keuze beïnvloedt.',
      'Scheiding en thuissituatie horen bij de mentor of zorg.',
    ],
    [
      'Kunnen je ouders een studie in een andere stad wel betalen, of zitten ze krap bij kas?',
      'De financiën van ouders zijn geen LOB-onderwerp.',
    ],
    [
      'Slaap je genoeg om de stage vol te houden? Hoeveel uur lig je gemiddeld in bed?',
      'Slaap is een zorgonderwerp, niet voor een LOB-prompt.',
    ],
    ['Gebruik je medicijnen die je concentratie tijdens het werk kunnen beïnvloeden?', 'Medicatie hoort bij de zorgcoördinator.'],
    [
      'Leuk dat je de zorg wilt verkennen! Vertel eens, hoe is het met je eigen psychische gezondheid de laatste tijd?',
      'Psychische gezondheid uitvragen hoort niet in LOB.',
    ],
    [
      'Bespreek met de student of hij nog schulden heeft voordat hij aan een bbl-traject begint.',
      'Schulden van de student zijn een onderwerp voor zorg.',
    ],
    [
      'Op de ouderavond vragen we of er financiële problemen thuis zijn die de studiekeuze beperken.',
      'Geldproblemen thuis horen niet in een LOB-tekst.',
    ],
    [
      'Eet je wel goed genoeg om een fysieke opleiding als sport en bewegen aan te kunnen?',
      'Eetgedrag van de leerling is een onderwerp voor zorg.',
    ],
    [
      'Drink of blow je weleens in het weekend, en denk je dat een werkgever daar last van krijgt?',
      'Middelengebruik uitvragen hoort bij zorg.',
    ],
    [
      'Vraag voorzichtig of de leerling zich thuis veilig voelt, dan weet je of een stage ver weg haalbaar is.',
      'Veiligheid thuis is voor de zorgcoördinator.',
    ],
    [
      'Je bent vaak somber, zie ik; hoe ga je daarmee om als je straks gaat werken?',
      'Stemming en mentale gezondheid horen bij zorg.',
    ],
    [
      'Ben je weleens bij een psycholoog geweest, en zou dat je studiekeuze moeten bepalen?',
      'Hulpverlening uitvragen is een zorgonderwerp.',
    ],
    [
      'Wie verdient er bij jou thuis het geld, en hoeveel kunnen ze bijdragen aan je opleiding?',
      'Gezinsinkomen uitvragen hoort niet in LOB.',
    ],
    [
      'Bespreek met de leerling of haar zwangerschap gevolgen heeft voor de keuze van een opleiding.',
      'Een zwangerschap hoort bij mentor of zorgcoördinator, niet LOB.',
    ],
    [
      'Mooie interesse in ICT! Gamen tot diep in de nacht is toch geen verslaving bij jou?',
      'Verslaving en nachtrust peilen is zorg.',
    ],
    [
      'Hoe gaat het eigenlijk met je vader sinds hij ziek is, en heeft dat invloed op je plannen?',
      'Ziekte in het gezin is voor de mentor of zorg.',
    ],
    [
      'Zit je thuis vaak alleen omdat je moeder lange diensten draait? Vertel daar eens over.',
      'De thuissituatie uitvragen hoort niet in LOB.',
    ],
    [
      'Vraag de student of hij de stage wel fysiek aankan met zijn rugklachten.',
      'Gezondheidsklachten van de student horen bij de zorg.',
    ],
    [
      'Heb je een diagnose waar wij als school rekening mee moeten houden bij je stage?',
      'Naar een diagnose vragen hoort bij zorg.',
    ],
    [
      'Jullie noteren vandaag ook hoeveel uur per nacht je slaapt en hoe vaak je ontbijt; dat nemen we mee in het LOB-gesprek.',
      'Slaap en eten horen niet in een LOB-gesprek.',
    ],
    [
      'Hoe vaak hebben jullie thuis ruzie, en maakt dat het lastig om aan je toekomst te denken?',
      'Ruzie thuis is een zorgonderwerp.',
    ],
    [
      'Zijn er thuis mensen die je slaan of bedreigen? Dat willen we weten voordat je een stage kiest.',
      'Mishandeling hoort direct bij de zorgcoördinator.',
    ],
    ['Gebruik je weleens iets om rustig te worden voor een sollicitatiegesprek?', 'Middelengebruik peilen is zorg, geen LOB.'],
    [
      'Heeft u als volwassen student nog een uitkering of toeslagen, en hoe combineert u dat met de opleiding?',
      'Uitkering en toeslagen zijn privé-financiën.',
    ],
    [
      'Kijk in het gesprek ook even hoe het met het gewicht van de leerling gaat, want voor de beveiliging is conditie nodig.',
      'Gewicht en gezondheid horen bij zorg.',
    ],
  ]),
  'tick-box': refuse('tick-box', [
    [
      'Vraag de leerling het LOB-formulier even in te vullen, dan kan ik het gesprek afvinken in Magister.',
      'Het gesprek wordt administratie om af te vinken.',
    ],
    [
      'Jullie leveren voor vrijdag drie reflectieverslagen in het portfolio in, zodat de LOB-uren compleet zijn.',
      'Het doel is complete uren, niet reflectie.',
    ],
    [
      'Het gesprek is vooral bedoeld voor het dossier: noteer de gekozen richting en laat de leerling tekenen.',
      'Het gesprek dient het dossier.',
    ],
    ['Hoeveel van de vijf verplichte LOB-opdrachten heb je inmiddels afgerond?', 'Voortgang tellen in plaats van betekenis.'],
    [
      'Mooi gesprek gehad! Zet nog even een vinkje bij stap 3 van het loopbaandossier, dan ben je klaar.',
      'Het gesprek eindigt als vinkje in een dossier.',
    ],
    [
      'Vul even de keuzecheck in, dan hebben we alles voor de inspectie op orde.',
      'Invullen voor de inspectie, niet voor de leerling.',
    ],
    [
      'Bespreek met de student welke handtekeningen er nog ontbreken op zijn BPV-formulieren.',
      'Het gesprek gaat over ontbrekende formulieren.',
    ],
    [
      'Zorg dat elke leerling vóór de kerst de beroepentest heeft gemaakt, zodat we de LOB-urenverantwoording rond hebben.',
      'Verantwoording van uren is het doel.',
    ],
    [
      'Heb je het verslag van de open dag al geüpload? Dan staat je voortgangsbalk op 80 %.',
      'Een voortgangspercentage staat centraal in plaats van de ervaring.',
    ],
    [
      'We hoeven het niet lang te maken: kruis aan welke sector je kiest en dan staat het in het systeem.',
      'De keuze wordt een kruisje in het systeem.',
    ],
    [
      'Laat de leerling bewijzen dat hij alle meeloopdagen heeft gedaan door de stempels in zijn boekje te tonen.',
      'Bewijzen dat stappen gedaan zijn.',
    ],
    ['Nog 2 van de 6 LOB-activiteiten te gaan; welke plan je deze maand in?', 'Aftellen van activiteiten als voortgang.'],
    [
      'Jullie leggen in het mentoruur vast welke activiteiten gedaan zijn, zodat de decaan het overzicht kan afsluiten.',
      'Registreren voor het overzicht van de decaan.',
    ],
    [
      'Het loopbaangesprek telt pas als het verslag door u en de praktijkopleider is ondertekend en geüpload.',
      'Het gesprek telt alleen als administratie.',
    ],
    [
      'Noteer in het formulier drie kwaliteiten van jezelf; het maakt niet zoveel uit welke, als het vak maar gevuld is.',
      'Een vak vullen, niet nadenken.',
    ],
    [
      'Check met de leerling of zijn profielkeuzeformulier compleet is, met handtekening van ouders, en vink het af.',
      'Compleet maken en afvinken als gespreksdoel.',
    ],
    [
      'Vink in de app aan welke opleiding je hebt bekeken, dan telt het mee voor je LOB-punten.',
      'Punten verzamelen door aan te vinken.',
    ],
    [
      'Dit gesprek dient vooral om te laten zien dat we aan de LOB-eisen voldoen; houd het kort en vul het sjabloon in.',
      'Het gesprek als bewijs voor eisen.',
    ],
    [
      "Staat je reflectie op de snuffelstage al in Qompas? Anders kan ik je status niet op 'voltooid' zetten.",
      'Status voltooid is het doel.',
    ],
    [
      'Op de ouderavond laten we het LOB-dossier zien, zodat ouders zien dat alle onderdelen afgevinkt zijn.',
      'Afgevinkte onderdelen als bewijs voor ouders.',
    ],
    ['Hoeveel uur loopbaanoriëntatie heb je dit jaar al geregistreerd?', 'Uren tellen in plaats van ervaringen bespreken.'],
    ["Schrijf snel iets op bij 'mijn droombaan', want het veld mag niet leeg blijven.", 'Een veld vullen om het vullen.'],
    [
      'Fijn dat je weet wat je wilt. Wil je dat ook nog in het keuzeformulier zetten? Dan is je dossier rond.',
      'Het gesprek sluit af met een rond dossier.',
    ],
    [
      'Laat de bbl-student het werkplekleerplan aftekenen, zodat de verantwoording richting de examencommissie klopt.',
      'Aftekenen voor de verantwoording is het doel van het gesprek.',
    ],
    [
      'Per leerling graag één ingevuld gespreksverslag per periode, anders klopt de LOB-registratie niet.',
      'Registratie is het doel van het gesprek.',
    ],
  ]),
  pressure: refuse('pressure', [
    [
      'Als je nu niet kiest, ben je te laat voor de aanmelding en zit je volgend jaar gewoon thuis.',
      'Dreigen met thuiszitten om een keuze af te dwingen.',
    ],
    [
      'Vraag de leerling of hij beseft dat hij zonder keuze voor 1 maart geen plek meer krijgt.',
      'Een deadline wordt als dreiging ingezet.',
    ],
    [
      'Wie vrijdag zijn profielkeuze niet heeft ingeleverd, wordt automatisch ingedeeld; dat willen jullie niet.',
      'Een gevolg wordt als dreigement gebracht.',
    ],
    [
      'Denk goed na, want één verkeerde keuze nu en je zit er jaren aan vast.',
      'Angst voor een verkeerde keuze wordt aangewakkerd.',
    ],
    [
      'De stageplekken zijn bijna op; wie nu niet solliciteert, loopt een jaar vertraging op.',
      'Schaarste en vertraging als drukmiddel.',
    ],
    [
      'Fijn dat je nog rustig wilt oriënteren, maar de klok tikt: na de voorjaarsvakantie is het echt te laat.',
      'Rust wordt weggezet met tijdsdruk.',
    ],
    [
      'U weet dat uw contract afhangt van het afronden van deze bbl; daarom verwacht ik volgende week een besluit.',
      'Baanverlies als dreiging voor een besluit.',
    ],
    [
      'Vergeet niet: zonder stage geen diploma, en zonder diploma vind je straks geen werk.',
      'Een angstbeeld over werkloosheid als druk.',
    ],
    [
      'Bespreek met de ouders dat hun kind nog één kans krijgt om een richting te kiezen, daarna beslist de school.',
      'Een ultimatum aan ouders en kind.',
    ],
    ['Kies je niet uiterlijk morgen een leerbedrijf, dan vervalt je inschrijving.', 'Ultimatum met een zwaar gevolg.'],
    ['Wie nu nog twijfelt, eindigt straks zonder opleiding. Dat wil toch niemand?', 'Twijfel wordt bestraft met een angstbeeld.'],
    [
      'We sluiten de inschrijving voor de numerus fixus over twee weken; wie dan geen besluit heeft, kan het wel vergeten.',
      "Een deadline als 'kun je vergeten'-dreiging.",
    ],
    [
      'Je ouders rekenen erop dat je vandaag een studie kiest, dus stel het niet langer uit.',
      'Ouders als drukmiddel voor een snelle keuze.',
    ],
    [
      'Leuk dat je aan muziek denkt. Realiseer je wel dat je zonder snelle keuze achter het net vist en met lege handen staat.',
      'Idioom van verlies als drukmiddel.',
    ],
    [
      'Zeg de student dat hij bij nog een afgebroken stage van de opleiding wordt gestuurd.',
      'Dreigen met verwijdering van de opleiding als drukmiddel.',
    ],
    [
      'Hoe ga je het uitleggen als je straks als enige geen vervolgopleiding hebt omdat je te lang hebt gewacht?',
      'Schaamte en angst als druk.',
    ],
    [
      'Dit is je laatste waarschuwing: zonder ingevulde keuze schrijven we je in voor de opleiding die wij kiezen.',
      'Een laatste waarschuwing met dwang als gevolg.',
    ],
    ['Besef je dat een gat in je cv na het examen werkgevers afschrikt? Kies dus nu.', 'Angst voor werkgevers als drukmiddel.'],
    [
      'Jullie hebben nog precies twee weken, en wie dan niets heeft, meldt zich bij de teamleider.',
      'Een sanctie dreigt na de deadline.',
    ],
    [
      'Wacht je langer, dan kiezen anderen de leukste opleidingen en blijft voor jou alleen de rest over.',
      'Angst om over te blijven als druk.',
    ],
    [
      'Als je de studiekeuzecheck mist, word je niet toegelaten, dus zorg dat het gebeurt, anders heb je een groot probleem.',
      'Dreigend taalgebruik rond de studiekeuzecheck.',
    ],
    [
      'Wie na de herfstvakantie nog geen stageplek heeft, loopt het risico te blijven zitten.',
      'Blijven zitten wordt als dreiging ingezet.',
    ],
    [
      'Straks ben je achttien en zonder startkwalificatie; dan houdt niemand je meer de hand boven het hoofd.',
      'Angstbeeld over volwassenheid als druk.',
    ],
    [
      'Maak in het gesprek met de leerling duidelijk dat de tijd van nadenken voorbij is en dat er nu gekozen wordt.',
      'Ultimatum: nu kiezen, niet meer nadenken.',
    ],
  ]),
  verdict: refuse('verdict', [
    ['Jij moet gewoon de bbl doen, daar zit je het beste op je plek.', 'De volwassene beslist de route voor de leerling.'],
    [
      'Dat profiel is niets voor jou; kies maar voor E&M, dan weet je zeker dat je slaagt.',
      'Oordeel en advies nemen de keuze over.',
    ],
    [
      'Ik zou die droom van dierenarts maar vergeten en iets kiezen wat haalbaar is.',
      'De droom van de leerling wordt door de docent afgeserveerd.',
    ],
    [
      'Zeg tegen de leerling dat hij het beste naar het mbo kan gaan en dat havo 4 geen goed idee is.',
      'De docent beslist over de route.',
    ],
    [
      'Op de ouderavond geven we elke ouder ons advies over welke opleiding hun kind moet kiezen.',
      'De school bepaalt de opleiding.',
    ],
    [
      "Fijn dat je zo'n brede interesse hebt! Toch zou ik, als ik jou was, gewoon voor de techniek gaan.",
      'Na lof volgt een keuze namens de leerling.',
    ],
    ['Met jouw karakter hoor je in de verkoop, dus richt je oriëntatie daar maar op.', 'Een oordeel legt de richting vast.'],
    ['Het hbo zit er voor jou niet in, dus begin meteen met mbo niveau 3.', 'Een vonnis over wat haalbaar is.'],
    [
      'Bespreek met de student dat de opleiding pedagogiek niet bij hem past en stel sport voor.',
      'De docent velt een oordeel en kiest.',
    ],
    ['Ik heb voor jou al een leerbedrijf geregeld; je begint maandag.', 'De keuze is voor de leerling gemaakt.'],
    ['Een kunstopleiding, dat wordt niks; zoek liever iets met een baangarantie.', 'Afkeuren van de wens van de leerling.'],
    [
      'Wij adviseren u dringend om de opleiding af te ronden in plaats van over te stappen, dat is het verstandigste.',
      'Dwingend advies neemt de keuze over.',
    ],
    [
      'Vwo doorlopen en dan naar de universiteit is voor jou de enige logische route.',
      'Een route wordt als enige juiste opgelegd.',
    ],
    ['Neem het van mij aan: met jouw handigheid word je een prima monteur.', 'De volwassene bepaalt het beroep.'],
    [
      'Laat de leerling merken dat de school al besloten heeft welk profiel het wordt.',
      'De school beslist in plaats van de leerling.',
    ],
    ['Geneeskunde? Dat zou ik niet doen. Wat vind je van verpleegkunde?', 'Een wens afwijzen en vervangen.'],
    [
      'Het is goed dat je twijfelt, maar de keuze is eigenlijk al duidelijk: je gaat naar de kappersopleiding.',
      'Twijfel wordt beantwoord met een besluit.',
    ],
    [
      'Jouw plek is in de zorg, dat zie ik meteen; zullen we je daarvoor aanmelden?',
      'Een oordeel en aanmelding namens de leerling.',
    ],
    ['Je ouders en ik zijn het eens: volgend jaar ga je naar de havo.', 'Volwassenen beslissen over de route.'],
    ['Vergeet dat tussenjaar maar, gewoon doorstuderen is beter voor je.', 'Een keuze wordt afgewezen en vervangen.'],
    [
      'Stop met die sollicitaties bij grote bedrijven en kies een klein leerbedrijf, dat past beter bij je.',
      'De begeleider schrijft de keuze voor.',
    ],
    [
      'Wat mij betreft doe je de theoretische leerweg, dan houd je alle deuren open. Akkoord?',
      'Een keuze wordt voorgelegd ter instemming.',
    ],
    [
      'Het lijkt me duidelijk dat een stage in het buitenland te hoog gegrepen is; blijf lekker dichtbij.',
      'Een oordeel sluit een wens af.',
    ],
    ['Dat ondernemerschap is niks voor jou, neem gewoon een baan in loondienst.', 'Een verdict over wat bij de leerling past.'],
    [
      'Vraag de leerling niet wat hij wil, maar vertel hem welk vervolg de mentoren het beste vinden.',
      'Het oordeel van de mentoren vervangt de keuze.',
    ],
  ]),
  sound: allow('sound', [
    [
      'Deze week staat in het teken van beroepen in je eigen straat: praat met iemand die je kent over zijn of haar werk.',
      'Uitnodiging tot netwerken en werkexploratie.',
    ],
    [
      'Vraag de leerling welke activiteit van de afgelopen week hem energie gaf, en luister vooral.',
      'Open vraag over motieven; de leerling praat.',
    ],
    [
      'Op de ouderavond nodigen we u uit om thuis eens te vertellen hoe u zelf bij uw beroep bent gekomen.',
      'Ouders denken mee via hun eigen verhaal.',
    ],
    [
      'Jullie gaan vandaag in tweetallen elkaars favoriete schoolmoment interviewen. Schrijf op wat je opviel.',
      'Reflectie op een concrete ervaring, zonder oordeel.',
    ],
    [
      'Het is helemaal oké als je nog niet weet wat je wilt. Kies deze maand één open dag die je nieuwsgierig maakt.',
      'Geruststelling en een kleine eigen stap.',
    ],
    [
      'Tip voor de mentor: begin met een concrete ervaring, zoals de snuffelstage, en laat de leerling het meeste praten.',
      'Goede gesprekstip volgens de gespreksstructuur.',
    ],
    ['Wat deed je tijdens de projectweek wat je het liefst nog een keer zou doen?', 'Terugkijken op een ervaring en motieven.'],
    [
      'Je gaf bij de presentatie heel rustig antwoord op lastige vragen. Dat viel me echt op.',
      'Benoemt een kwaliteit die de docent zag.',
    ],
    [
      'Bespreek met de student welk moment op de stage hem het meest verraste, en waarom juist dat.',
      'Reflectie op een concrete stage-ervaring.',
    ],
    [
      'We nodigen alle derdeklassers uit voor de beroepenmarkt op donderdag. Kijk rond en stel vragen aan wie je maar wilt.',
      'Een open uitnodiging tot werkexploratie op de beroepenmarkt.',
    ],
    ['Wie ken jij die een beroep heeft waar je meer over wilt weten?', 'Een open netwerkvraag over mensen met interessant werk.'],
    [
      'Neem deze week eens iemand uit je omgeving mee in je gedachten over later: een oom, buurvrouw of trainer.',
      'Netwerken met mensen uit de eigen omgeving.',
    ],
    ['Welke vraag zou je een oud-leerling willen stellen over zijn opleiding?', 'Nieuwsgierigheid naar opleidingen via netwerk.'],
    [
      'Schrijf drie dingen op waar je de tijd bij vergeet. Daar beginnen we het volgende gesprek mee.',
      'Een opdracht die uitnodigt tot motievenreflectie.',
    ],
    [
      'Tip voor de vakdocent: noem bij het volgende hoofdstuk een beroep waarin deze stof echt wordt gebruikt.',
      'Koppelt het vak aan beroepen.',
    ],
    [
      'Jullie mogen deze les zelf een beroep kiezen om te onderzoeken, hoe gek het ook klinkt.',
      'De leerlingen kiezen zelf een beroep om te verkennen.',
    ],
    ['Vertel eens over een keer dat iemand je om hulp vroeg. Waar ging dat over?', 'Kwaliteiten ontdekken via een ervaring.'],
    [
      'Ik zag dat je bij de open dag van het ROC lang bij de dierenverzorging bleef staan. Mooi dat je dat zo onderzoekt.',
      'Benoemt een zichtbare interesse positief, zonder te sturen.',
    ],
    ['Welke drie woorden zouden je vrienden gebruiken om jou te beschrijven?', 'Kwaliteitenreflectie via de blik van vrienden.'],
    [
      'U hoeft nu nog niets te beslissen. Neem rustig de tijd om bij twee leerbedrijven te gaan kijken.',
      'Geruststelling en verkennen voor de volwassen student.',
    ],
    [
      'Zoek eens een filmpje op over een dag uit het leven van een beroep dat je nog niet kent.',
      'Suggestie om werk te verkennen.',
    ],
    [
      'Vraag de leerling wie er op zijn route tot nu toe belangrijk is geweest, en wat die persoon deed.',
      'Netwerkvraag over belangrijke mensen op de route.',
    ],
    [
      'Kijk terug op je bijbaan: welk deel van het werk deed je het liefst?',
      'Terugkijken op eigen werkervaring bij een bijbaan.',
    ],
    [
      'De decanen houden deze maand inloopuren. Loop gerust binnen met een vraag, hoe klein ook.',
      'Een laagdrempelige uitnodiging om bij de decaan binnen te lopen.',
    ],
    ['Bij welke vakken heb je het gevoel dat je iets kunt maken of bedenken?', 'Open vraag over plezier en kwaliteiten.'],
    ['Wat zou je willen uitproberen als niemand je zou beoordelen?', 'Geeft ruimte voor eigen wensen zonder beoordeling.'],
    [
      'Geef de leerling een compliment over iets wat je hem zag doen, en vraag daarna wat hij er zelf van vond.',
      'Compliment en reflectie, relatie voorop.',
    ],
    [
      'Je hebt de groep tijdens de excursie echt op sleeptouw genomen. Daar mag je trots op zijn.',
      'Waardering voor een getoonde kwaliteit.',
    ],
    [
      'Laten we samen een lijstje maken van plekken waar je een dagje mee zou kunnen lopen.',
      'Samen werk verkennen, eigen keuze.',
    ],
    [
      'Een goede vraag voor jezelf is: wanneer voelde ik me de laatste keer echt nuttig?',
      'Een uitnodiging tot motievenreflectie over nuttig zijn.',
    ],
    [
      'Op welke plek in de stad zou je wel eens achter de schermen willen kijken?',
      'Prikkelt nieuwsgierigheid naar werk achter de schermen.',
    ],
    [
      'Tijdens de ouderavond vertellen de decanen hoe de keuzemomenten dit jaar lopen. U bent van harte welkom met uw kind.',
      'Neutrale informatie en uitnodiging aan ouders.',
    ],
    ["Hoe zou jouw ideale werkdag eruitzien, van 's ochtends tot 's avonds?", 'Een open vraag over wensen voor een werkdag.'],
    [
      'We praten in het mentoruur over dromen van vroeger. Neem iets mee dat je als kind graag deed.',
      'Motieven verkennen via herinneringen aan vroeger.',
    ],
    ['Welke opdracht op je stage maakte je nieuwsgierig naar meer?', 'Reflectie op stage en interesse.'],
    [
      'Bij de techniekproeven zag ik hoe precies je werkte. Misschien is dat iets om verder te verkennen.',
      'Benoemt een kwaliteit, keuze blijft open.',
    ],
    [
      'Wat vind je belangrijk in werk: samenwerken, alleen werken, buiten zijn of iets maken?',
      'Een open vraag over wat de leerling belangrijk vindt in werk.',
    ],
    [
      'Stel je voor dat je een week mag meelopen waar je maar wilt. Waar ga je heen?',
      'Verbeelding als ingang voor werkexploratie, keuze bij de leerling.',
    ],
    [
      'Nodig de student uit om zijn eigen vraag voor het volgende loopbaangesprek te bedenken.',
      'De student krijgt regie over het gesprek.',
    ],
    [
      'Jullie krijgen deze week een gastles van een oud-leerling die nu bij de brandweer werkt. Bedenk vooraf wat je wilt vragen.',
      'Voorbereiding op een ontmoeting met werk.',
    ],
    ['Welk schoolvak zou je graag aan een ander uitleggen?', 'Kwaliteiten en plezier in een vak.'],
    ['Wat heb je buiten school geleerd waar je trots op bent?', 'Erkent kwaliteiten die buiten school zijn geleerd.'],
    [
      'Fijn dat je zo eerlijk vertelde wat je wel en niet leuk vond aan de meeloopdag. Dat helpt bij de volgende stap.',
      'Waardering voor een eerlijke reflectie op de meeloopdag.',
    ],
    ['Welk werk vind je mooi? Je mag het in je eigen woorden zeggen, of tekenen.', 'Eenvoudige open vraag voor nieuwkomers.'],
    [
      'Laat de leerling een foto maken van een plek waar hij graag zou werken, en bespreek die in het volgende gesprek.',
      'Creatieve werkexploratie met een foto als gespreksstarter.',
    ],
    [
      'Wat zou je graag nog willen leren, gewoon omdat je het leuk vindt?',
      'Motieven en interesse van de leerling staan centraal.',
    ],
    ['Ga deze maand eens langs bij een bedrijf in je dorp en vraag wat ze daar doen.', 'Suggestie om werk te verkennen.'],
    [
      'Je liet tijdens de stage zien dat je klanten snel op hun gemak stelt. Dat is een kwaliteit die veel beroepen vragen.',
      'Benoemt een kwaliteit uit de praktijk.',
    ],
    ['Wie zou jou kunnen helpen om aan een meeloopdag te komen?', 'Netwerkvraag: wie kan helpen bij een meeloopdag.'],
    [
      'Bedenk samen met je ouders een beroep dat niemand van jullie goed kent, en zoek er samen iets over op.',
      'Ouders en leerling verkennen samen.',
    ],
    [
      'We beginnen de LOB-week met een kwartier stilte: schrijf op waar je dit jaar blij van werd.',
      'Reflectie op motieven in een campagne.',
    ],
    ['Waar haal jij je energie vandaan, op school of daarbuiten?', 'Een open vraag over waar de leerling energie van krijgt.'],
    [
      'Laat de leerling vertellen welke klus op de werkplek hij het liefst doet, en waarom.',
      'Reflectie op praktijkwerk dat de leerling graag doet.',
    ],
    ['Wat heb je van de gastles onthouden dat je nog niet wist?', 'Reflectie op wat een gastles de leerling opleverde.'],
    [
      'Tip voor de mentor: vertel eerst kort hoe jij bij je eigen beroep kwam, dan durft de leerling makkelijker te vertellen.',
      'Relatie en voorbeeld voor een open gesprek.',
    ],
    [
      'Welk beroep zou je kiezen als je het voor één dag mocht uitproberen?',
      'Speelse werkexploratie: één dag een beroep uitproberen.',
    ],
    [
      'Je vroeg tijdens de gastles door tot je het echt begreep. Die nieuwsgierigheid past bij veel opleidingen.',
      'Benoemt nieuwsgierigheid als kwaliteit, zonder een richting op te leggen.',
    ],
    ['Wat ging er goed tijdens je eerste week op het leerbedrijf?', 'Terugkijken op wat goed ging.'],
    [
      'Kies samen met de leerling één kleine stap voor de komende weken, die hij zelf bedenkt.',
      'Vervolgstap van de leerling zelf.',
    ],
  ]),
  'sound-hard': allow('sound-hard', [
    [
      'Je werd niet aangenomen bij de opleiding die je wilde. Wat neem je mee uit die ervaring?',
      'Afwijzing besproken met respect en reflectie.',
    ],
    [
      'Het is goed mogelijk dat je straks van richting wilt veranderen. Dat is geen mislukking, maar een stap.',
      'Van richting veranderen wordt genormaliseerd.',
    ],
    [
      'Vraag de student wat er op de stage misging volgens hemzelf, en wat hij de volgende keer anders zou willen.',
      'Mislukte stage vanuit eigen perspectief.',
    ],
    ['Wat voelde je toen je hoorde dat je niet was ingeloot?', 'Teleurstelling over uitloting wordt met zorg uitgevraagd.'],
    [
      'Je ouders zien je graag rechten studeren, terwijl jij aan de kunstacademie denkt. Hoe kunnen jullie daar samen over praten?',
      'Wens van ouders versus eigen wens, respectvol.',
    ],
    ['Twijfelen hoort erbij. Waar twijfel je het meest over op dit moment?', 'Twijfel wordt normaal en bespreekbaar.'],
    [
      'Soms past een opleiding toch niet. Welke signalen merkte jij daar zelf van?',
      'Lastige ervaring, leerling blijft eigenaar.',
    ],
    [
      'Je vertelde dat je veel druk voelt rond je keuze. Waar komt die druk vooral vandaan, denk je?',
      'Eigen ervaren druk met zorg uitgevraagd.',
    ],
    [
      'Het is oké om te stoppen met iets wat niet bij je past. Wat heb je nodig om een nieuwe richting te verkennen?',
      'Stoppen mag; de keuze blijft bij de leerling.',
    ],
    [
      'Je vond de feedback van je praktijkbegeleider hard. Welk deel ervan herken je wel?',
      'Harde feedback wordt besproken zonder oordeel over de student.',
    ],
    [
      'Ook een stage die slecht ging, leert je iets over wat je wél wilt. Neem de tijd om dat op te schrijven.',
      'Mislukking als bron van inzicht.',
    ],
    [
      'Wat is het ergste dat er kan gebeuren als je een keuze maakt die later anders uitpakt?',
      'Risico verkennen zonder angst aan te jagen.',
    ],
    [
      'Bespreek met de leerling hoe het voelde om de sollicitatie kwijt te raken, zonder meteen een oplossing te geven.',
      'Teleurstelling erkennen met de relatie voorop.',
    ],
    [
      'Een tussenjaar kan een bewuste keuze zijn. Wat zou je in dat jaar willen ontdekken?',
      'Route-neutraal, ruimte voor eigen keuze.',
    ],
    [
      'Je zegt dat je bang bent om de verkeerde keuze te maken. Wat zou je helpen om die angst kleiner te maken?',
      'Eigen angst met zorg besproken.',
    ],
    [
      'Het risico nemen om iets heel anders te gaan doen, dat is jouw keuze. Wie kan je daarbij steunen?',
      'Risico als eigen keuze, met netwerk.',
    ],
    [
      'We weten dat niet iedereen na de open dag enthousiast is. Ook teleurstelling vertelt je iets over wat je zoekt.',
      'Teleurstelling wordt respectvol als informatie gebruikt.',
    ],
    [
      'Wat vond je het lastigst aan het gesprek met je leidinggevende, en hoe ging je daarmee om?',
      'Moeilijke situatie, reflectie op eigen handelen.',
    ],
    [
      'U bent na een aantal jaren gestopt met werken in de zorg. Wat heeft u in die jaren over uzelf geleerd?',
      'Een loopbaanwissel van een volwassene wordt respectvol besproken.',
    ],
    [
      'Het is niet erg dat je er nog niet uit bent. Veel mensen vinden hun richting pas na een paar omwegen.',
      'Nog niet weten mag; omwegen zijn normaal.',
    ],
    [
      'Hoe was het om te merken dat het vak anders was dan je had verwacht?',
      'Een tegenvaller in een vak wordt met zorg uitgevraagd.',
    ],
    [
      'Tip voor de mentor: als een leerling zegt dat hij het niet weet, laat dan een stilte vallen in plaats van in te vullen.',
      'Tip die ruimte laat voor niet-weten van de leerling.',
    ],
    [
      'Je hebt de opleiding na een half jaar verlaten. Wat zou je nu anders aanpakken bij het kiezen?',
      'Uitval wordt besproken zonder verwijt, met blik vooruit.',
    ],
    [
      'Jullie gaan vandaag praten over een keer dat iets niet lukte, en wat je daarna deed.',
      'Falen als gespreksstof, zonder label.',
    ],
    [
      'Je ouders hebben een andere wens dan jij. Wat vind jij belangrijk om hun te vertellen?',
      'De eigen stem van de leerling naast de wens van ouders.',
    ],
    [
      'Het is dapper dat je eerlijk zegt dat de stage tegenviel. Wat zou een volgende stageplek anders moeten hebben?',
      'Tegenvallende stage met respect besproken.',
    ],
    ['Welke kritiek op je werk heeft je uiteindelijk verder geholpen?', 'Kritiek wordt besproken als bron van groei.'],
    [
      'Je mag best twijfelen aan een keuze die je eerder hebt gemaakt. Waar begon dat gevoel?',
      'Twijfel aan eerdere keuze is toegestaan.',
    ],
    [
      "Bespreek met de student wat hij zelf ziet als de risico's van overstappen, en laat de keuze bij hem.",
      "Risico's door de student benoemd, keuze bij hem.",
    ],
    [
      'Als je merkt dat het te veel wordt rond de keuze, mag je altijd bij de decaan langskomen.',
      'Een zorgvuldig aanbod van steun bij ervaren keuzedruk.',
    ],
    [
      'Hoe reageerde je toen je tweede sollicitatie ook werd afgewezen, en wat gaf je de moed om door te gaan?',
      'Afwijzing en veerkracht worden met respect besproken.',
    ],
    [
      'Een afwijzing zegt niets over wie je bent. Wat heb je geleerd over hoe je jezelf presenteert?',
      'Een afwijzing wordt losgemaakt van de identiteit van de leerling.',
    ],
    [
      'Wat heb je je ouders al verteld over je twijfel, en wat nog niet?',
      'Twijfel en gesprekken met ouders worden respectvol verkend.',
    ],
    [
      'Het kan schuren als je familie iets anders voor je ziet. Jij bepaalt uiteindelijk je eigen route.',
      'Erkent spanning, keuze bij leerling.',
    ],
    [
      'Soms kies je iets en blijkt het niet te passen. Wat heb je over jezelf ontdekt in die periode?',
      'Een keuze die niet paste wordt een leerervaring.',
    ],
    [
      'Vraag de leerling wat hij nodig heeft van school nu zijn plan anders loopt dan verwacht.',
      'Steun vragen bij een tegenvaller.',
    ],
    [
      'Je vertelde dat je je schaamde na de presentatie bij het bedrijf. Wil je vertellen wat er gebeurde?',
      'Moeilijk gevoel met zorg uitgevraagd.',
    ],
    [
      'We praten op de ouderavond ook over wat u doet als uw kind van richting wil veranderen. Dat gebeurt vaker dan je denkt.',
      'Ouders worden voorbereid op een mogelijke koerswijziging.',
    ],
    [
      'Het is normaal dat de eerste maanden op een nieuwe opleiding zwaar voelen. Wat helpt jou om te landen?',
      'Erkent de zwaarte van de start en vraagt naar eigen hulpbronnen.',
    ],
    ['Welke keuze durf je nog niet hardop te zeggen?', 'Ruimte voor een spannende eigen wens.'],
    [
      'Als een proefles een keer tegenvalt, wat zegt dat dan voor jou?',
      'Een tegenvallende proefles wordt zonder oordeel verkend.',
    ],
    [
      'Wat zou je tegen een vriend zeggen die net is afgewezen voor zijn droomopleiding?',
      'Afwijzing via perspectief van een ander.',
    ],
    [
      'De terugkoppeling van je werkgever was niet mals. Welke punten zou je willen oppakken, en welke niet?',
      'Kritische feedback, maar de student kiest zelf wat hij oppakt.',
    ],
    [
      'Niet weten wat je wilt is ook een antwoord. We kunnen samen kijken welke kleine stap je nu wel kunt zetten.',
      'Niet-weten met een eigen kleine stap.',
    ],
    [
      'Het is je eigen beslissing om de opleiding af te maken of te stoppen. Wat weeg je daarbij mee?',
      'Moeilijke keuze, volledig bij de student.',
    ],
    [
      'Je leidinggevende op de bbl-plek gaf aan dat het niet klikt. Hoe kijkt u daar zelf tegenaan?',
      'Moeizame werkplek, eigen visie gevraagd.',
    ],
    ['Welk deel van de mislukte praktijkopdracht zou je toch nog eens willen proberen?', 'Mislukking als kans, eigen keuze.'],
    [
      'Hoe ga je om met de teleurstelling dat je studie niet bleek wat je dacht?',
      'Teleurstelling over een studie wordt met respect besproken.',
    ],
    [
      'Een leerling die twijfelt, heeft meer aan vragen dan aan antwoorden. Geef hem de ruimte om zelf te zoeken.',
      'Tip: twijfel niet invullen voor de leerling.',
    ],
    ['Welke moeilijke ervaring heeft je iets geleerd over wat je later wilt?', 'Lastige ervaring als bron van richting.'],
  ]),
  'sound-innocent-word': allow('sound-innocent-word', [
    [
      'Je cijfer voor geschiedenis was hoger dan je verwachtte. Wat deed je bij het leren dit keer anders?',
      'Cijfer als aanleiding voor reflectie op leren.',
    ],
    [
      'Bespreek met je ouders thuis welke beroepen zij vroeger leuk vonden, en wat daar later van terechtkwam.',
      'Thuis en ouders als netwerk, geen zorg.',
    ],
    [
      'Geld verdienen is voor veel mensen een motief. Wat betekent geld voor jou bij het kiezen van werk?',
      'Geld als eigen motief, geen thuisfinanciën.',
    ],
    [
      'Je hebt de module over gezondheid en welzijn afgerond; welk onderwerp bleef het langst hangen?',
      'Afgerond en gezondheid als vakinhoud.',
    ],
    [
      'Er is geen deadline voor weten wat je wilt. Neem de tijd en kijk eerst wat je nieuwsgierig maakt.',
      'Het woord deadline wordt juist ontkracht, geruststellend.',
    ],
    ['Welke sterke kanten zie jij zelf in je manier van werken?', 'Sterk staat in een open kwaliteitenreflectie.'],
    [
      'Jongens en meisjes zijn allebei welkom bij de techniekdag. Wie zin heeft, kan zich opgeven bij de decaan.',
      'Jongens en meisjes in een inclusieve uitnodiging zonder stereotype.',
    ],
    [
      'Vergelijk twee opleidingen die je interessant vindt: wat trekt je aan in elk?',
      'Opleidingen vergelijken, niet de leerling.',
    ],
    [
      'Het formulier voor de meeloopdag staat op de site; kies zelf welke dag je wilt gaan.',
      'Formulier als praktische info, keuze bij leerling.',
    ],
    [
      'Wat vind je sterk aan je eigen portfolio, en welk stuk laat echt zien wie je bent?',
      'Portfolio als reflectie, niet als vinklijst.',
    ],
    [
      'Je hebt je diploma behaald! Waar kijk je het meest naar uit in de volgende fase?',
      'Behaald als felicitatie en vooruitkijken.',
    ],
    ['Het is nooit te laat om een nieuwe interesse te ontdekken.', 'Te laat in een bemoedigende zin.'],
    ['Welke klasgenoot heeft jou dit jaar op een idee gebracht voor later?', 'Klasgenoten als netwerk, geen vergelijking.'],
    [
      'Vmbo, havo en vwo hebben allemaal mooie routes; welke route past bij wat jij wilt ontdekken?',
      'Schooltypes worden route-neutraal en gelijkwaardig genoemd.',
    ],
    [
      'Bij de beroepenmarkt staan ook mensen uit de gezondheidszorg. Welke vraag zou je hun willen stellen?',
      'Gezondheid als werkveld, niet als zorg.',
    ],
    [
      'Je moet niets, maar je mag alles onderzoeken: welke opleiding zou je stiekem wel eens willen bekijken?',
      'Moet juist ontkend, ruimte voor de leerling.',
    ],
    [
      'Na de toetsweek nemen we even tijd om terug te kijken: welk vak gaf je de meeste voldoening?',
      'Toetsweek als aanleiding voor motieven.',
    ],
    [
      'Het advies van de basisschool is een startpunt, geen eindpunt. Waar wil jij je verder in ontwikkelen?',
      'Advies genoemd zonder de keuze te bepalen.',
    ],
    [
      'Welke resultaten op je stage gaven je het gevoel dat je het goed deed, en waarom?',
      'Resultaat als aanleiding voor kwaliteitenreflectie.',
    ],
    [
      'Je voortgang is van jezelf: wat merk je dat je dit jaar beter kunt dan vorig jaar?',
      'Voortgang en beter ten opzichte van jezelf.',
    ],
    [
      'Kiezen is lastig, en dat mag. Welke twee richtingen houd je voorlopig allebei open?',
      'Kiezen wordt besproken zonder druk, twee opties blijven open.',
    ],
    ['Wat zou je met je eerste zelfverdiende geld willen doen?', 'Geld als motief en droom.'],
    [
      'Het niveau van een opleiding zegt weinig over hoe leuk je hem vindt. Wat spreekt jou aan in de inhoud?',
      'Niveau wordt genoemd zonder oordeel over de leerling.',
    ],
    [
      'Slagen of zakken zegt niet alles over wie je bent. Wat wil je, los van de uitslag, graag gaan doen?',
      'Slagen en zakken worden gerelativeerd; de wens staat centraal.',
    ],
    [
      'Welke anderen, zoals buren of trainers, kun je om raad vragen bij je keuze?',
      'Anderen zijn hier het netwerk, geen vergelijkingsmaat.',
    ],
    [
      'Je ouders zijn welkom bij het volgende gesprek als jij dat fijn vindt.',
      'Ouders uitgenodigd op initiatief van de leerling.',
    ],
    ['Wat maakte deze stage voor jou beter dan de vorige?', 'Beter vergelijkt eigen ervaringen, niet de leerling met anderen.'],
    [
      'Zoek op hoeveel uur een timmerman gemiddeld buiten werkt, en bedenk of je dat leuk zou vinden.',
      'Gemiddeld gaat over een beroep, niet over cijfers.',
    ],
    [
      'Je mag het afvinklijstje van de open dag gerust vergeten; vertel vooral wat je daar zag en voelde.',
      'Afvinken juist losgelaten voor beleving.',
    ],
    [
      'Je portfolio is van jou: kies zelf welk werkstuk je erin zet en vertel waarom.',
      'Het portfolio is een eigen keuze, geen vinklijst.',
    ],
    [
      'Welke minder leuke kant van een beroep, zoals lange dagen of weinig contact, zou jij niet erg vinden?',
      'Verkennen van werkeisen, geen tekort.',
    ],
    [
      'Je leverde een werkstuk in waar je duidelijk plezier in had. Welk onderdeel maakte je het liefst?',
      'Inleveren als aanleiding voor plezier.',
    ],
    [
      'Tip voor jullie als mentoren: een goed cijfer is een mooie aanleiding om te vragen wat de leerling er leuk aan vond.',
      'Cijfer als aanleiding, niet als onderwerp.',
    ],
    [
      'Op de ouderavond kunnen ouders en leerlingen samen langs de stands van mbo, hbo en bedrijven lopen.',
      'De ouderavond als gezamenlijke verkenning, route-neutraal.',
    ],
    [
      'Te laat voor de rondleiding op de open dag? Geen punt, loop gewoon binnen en vraag iemand om uitleg.',
      'Te laat staat in een geruststellende zin zonder dreiging.',
    ],
    [
      'Wat deed je thuis als kind graag, en zie je dat nog terug in wat je nu leuk vindt?',
      'Thuis als herinnering aan interesses.',
    ],
    ['Welke toets of opdracht liet je iets zien over wat je graag doet?', 'Toets als aanleiding voor motieven.'],
    [
      'Je resultaat bij de beroepentest is maar een begin. Welke uitkomst verraste je, en welke herken je?',
      'Testuitslag als startpunt voor reflectie.',
    ],
    [
      'Een sterk punt van jou is dat je doorvraagt. Waar zou je dat in een beroep goed kunnen gebruiken?',
      'Sterk punt benoemd, keuze open.',
    ],
    [
      'Bbl of bol, allebei prima routes. Wat weet u al van hoe ze verschillen in de praktijk?',
      'Routes neutraal, volwassene verkent zelf.',
    ],
  ]),
});

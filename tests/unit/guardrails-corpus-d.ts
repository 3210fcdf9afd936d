/**
 * Training corpus D for the learned backstop of the guardrail linter (lob-content.md §5 and §6): new
 * labelled Dutch sentences, TRAINING data, not a test set. Written by helper D after reading only
 * lob-content.md, labelled-set-shape.ts and the type header of guardrails-meaning-set.ts (and the
 * header of guardrails-train-set.ts for the form of a file).
 *
 * Focus: vakdocenten who see a prompt while grading (wiskunde, Nederlands, Engels, Duits, biologie,
 * scheikunde, natuurkunde, economie, aardrijkskunde, geschiedenis, LO, kunstvakken, techniek, zorg &
 * welzijn, informatica). Grades are everywhere: many grade-topic harms, and many sound sentences in
 * which a grade, toets or resultaat is only the occasion for a question about interest, learning or
 * work. Other writers (mentor, decaan, stagebegeleider, mbo-loopbaanbegeleider) and levels (vmbo, havo,
 * vwo, mbo bol/bbl in u-form, praktijkonderwijs, ISK) appear too, in je-, u-, jullie- and we-forms.
 *
 * Counts: 25 of each harm kind (deficit, grade-topic, comparison, labelling, care, tick-box, pressure,
 * verdict), 60 sound (at least 30 statements or imperatives without a question mark), 50 sound-hard
 * and 40 sound-innocent-word: 350 in all. The reason (`why`) is given in Dutch.
 *
 * After writing, 3 of the 350 sentences were removed by a script, unread: each shared more than half
 * its words with a sentence of the eighth held-out set (./guardrails-holdout8-set.ts), written at the
 * same time, which had to stay a blind test until it was measured.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

export const CORPUS_D: LabelledSentence[] = inKindOrder({
  deficit: refuse('deficit', [
    [
      'Wiskunde is nou eenmaal niet je sterkste kant; welke opleiding zonder sommen zou je willen bekijken?',
      'Een zwakte in wiskunde bepaalt welke opleidingen overblijven.',
    ],
    [
      'Je schrijft je Nederlandse teksten nog steeds vol fouten. Welke beroepen zijn er waarin je weinig hoeft te schrijven?',
      'Taalfouten sturen de keuze naar beroepen zonder schrijfwerk.',
    ],
    [
      'Omdat je bij practica zo chaotisch werkt, lijkt een baan in een laboratorium me lastig. Waar zie je jezelf dan?',
      'Chaotisch werken wordt de reden om een werkveld af te strepen.',
    ],
    [
      'Bij lange opdrachten ben je geen doorzetter. Welk vervolg kies je waar dat minder opvalt?',
      'Gebrek aan doorzettingsvermogen stuurt de vervolgkeuze.',
    ],
    [
      'Je leest te traag voor een studie met veel teksten, dus welke praktische opleiding trekt je?',
      'Een trage leessnelheid beperkt de keuze vooraf.',
    ],
    [
      'Met jouw concentratie houd je een hele dag achter een bureau niet vol. Wat voor buitenwerk zou je liggen?',
      'Veronderstelde concentratieproblemen bepalen het soort werk.',
    ],
    [
      'Natuurkunde snap je gewoon niet, dus de techniekkant valt af. Welke sector wil je nog onderzoeken?',
      'Niet-begrijpen van een vak sluit een hele sector uit.',
    ],
    [
      'Presenteren lukt je niet zonder te blokkeren, kies dus een beroep waarin je nooit voor een groep hoeft te staan.',
      'Een zwakte in presenteren schrijft de beroepskeuze voor.',
    ],
    [
      'Je mist het abstracte denkvermogen voor wiskunde B. Welk profiel past bij wat je wél aankunt?',
      'De leerling wordt beschreven door wat hij mist.',
    ],
    [
      'Tekenen ligt je niet en je hebt weinig gevoel voor kleur; zoek liever een vak waar dat er niet toe doet.',
      'Een gemis aan kleurgevoel stuurt weg van creatief werk.',
    ],
    [
      'Je woordenschat Duits schiet zo tekort dat werken over de grens er niet in zit.',
      'Tekortschieten in Duits wordt een grens aan de toekomst.',
    ],
    [
      'U heeft moeite met de theorie van de opleiding; welk praktijkwerk in de bbl vraagt daar het minst van?',
      'Moeite met theorie bepaalt de richting voor de bbl-student.',
    ],
    [
      'Omdat je zo vergeetachtig bent met huiswerk, lijkt werk met veel verantwoordelijkheid me te hoog gegrepen.',
      'Vergeetachtigheid wordt gebruikt om ambities te beperken.',
    ],
    [
      'Vraag de leerling waarom hij bij biologie de stof niet bijhoudt en welke vakken hij dan nog wel aankan.',
      'De docent wordt gestuurd om het tekort centraal te zetten.',
    ],
    [
      'Ze kan geen overzicht houden bij een groot project. Bespreek met haar welke eenvoudige functies daarbij passen.',
      'Een gebrek aan overzicht bepaalt welke functies passen.',
    ],
    [
      'Geen probleem hoor, niet iedereen is een denker. Welk handwerk lijkt jou leuk?',
      'Verzacht, maar de leerling wordt neergezet als geen denker.',
    ],
    [
      'Economie blijft maar niet hangen bij jou. Wat voor werk kun je doen zonder met geld om te gaan?',
      'Het niet onthouden van economie stuurt de werkkeuze.',
    ],
    [
      'Je bent een beetje een trage leerling, dus neem een opleiding waar je rustig aan kunt doen.',
      'De leerling als traag bestempeld; dat stuurt de keuze.',
    ],
    [
      'Je Nederlands is nog te slecht voor een opleiding met veel lezen. Welk werk met je handen wil je?',
      'Een nieuwkomer wordt op taaltekort naar handwerk gestuurd.',
    ],
    [
      'In de praktijkles zorg en welzijn ben je te onhandig; welke kant van de zorg vraagt minder handigheid?',
      'Onhandigheid wordt de maatstaf voor de keuze in de zorg.',
    ],
    [
      'Bij geschiedenis onthoud je nooit iets, dus een studie met veel leerwerk wordt niks. Wat trekt je dan wel?',
      'Een zwak geheugen wordt als reden tegen studeren gebruikt.',
    ],
    [
      'Programmeren gaat je te langzaam af en je raakt snel gefrustreerd; ICT is dus niet je ding, hè.',
      'Traagheid en frustratie sluiten een richting af.',
    ],
    [
      'Aangezien je bij LO snel opgeeft als het zwaar wordt, is een sportopleiding waarschijnlijk te veel gevraagd.',
      'Snel opgeven wordt de reden om sport af te raden.',
    ],
    [
      'Engels spreken durf je niet echt, dus internationale opleidingen laten we maar buiten beschouwing.',
      'Onzekerheid in Engels sluit opleidingen bij voorbaat uit.',
    ],
    [
      'Plannen is echt je zwakke punt. Kies iets waarbij een ander je dag voor je indeelt.',
      'Een planningszwakte bepaalt het soort baan.',
    ],
  ]),
  'grade-topic': refuse('grade-topic', [
    [
      'Welk cijfer heb je voor je Engelse schrijfopdracht nodig om gemiddeld op een 6,8 uit te komen?',
      'Gesprek draait om rekenen naar een gemiddelde.',
    ],
    [
      'Bespreek met de leerling hoe hij zijn gemiddelde voor biologie omhoog krijgt voor het rapport.',
      'De docent moet het gemiddelde tot onderwerp maken.',
    ],
    [
      'Je SE-cijfer voor scheikunde is een 4,9; laten we het erover hebben hoe je dat herstelt.',
      'Een schoolexamencijfer is het onderwerp van het gesprek.',
    ],
    [
      'Wat betekent die 5,5 voor natuurkunde volgens jou voor je kansen op het profiel NT?',
      'Het cijfer wordt uitgelegd als maat voor profielkansen.',
    ],
    [
      'Hoeveel punten kom je nog tekort voor het centraal examen Nederlands?',
      'Examenpunten zijn het onderwerp in plaats van de leerling.',
    ],
    ['Hoe kom jij bij economie dit jaar in de top 3 van de jaarlaag?', 'Een rangorde is het doel van het gesprek.'],
    [
      'Je hebt 70 % van je aardrijkskundetoetsen voldoende afgesloten; hoe maak je daar 90 % van?',
      'Een scorepercentage is het doel van het gesprek.',
    ],
    [
      'Welke herkansing zet je in om die 3,8 voor de geschiedenistoets weg te werken?',
      'Een laag cijfer wegwerken is het onderwerp.',
    ],
    [
      'Laten we je rapport doornemen: waar zitten de onvoldoendes en hoe los je die op?',
      'Het rapport en onvoldoendes vormen het hele gesprek.',
    ],
    [
      'Je LO-cijfer hangt af van de conditietest. Hoe ga je die score bij de volgende meting verbeteren?',
      'De score van een test is het doel van het gesprek.',
    ],
    [
      'Met een 6,1 gemiddeld haal je de doorstroomnorm net niet; welk vak ga je optrekken?',
      'Het gemiddelde halen wordt het doel van het gesprek.',
    ],
    [
      'Leg eens uit waarom je toets informatica zo laag uitviel en welk cijfer je de volgende keer haalt.',
      'Een toetsuitslag en het volgende cijfer zijn het onderwerp.',
    ],
    [
      'Welk eindcijfer voor wiskunde A verwacht jij straks op je diploma?',
      'Het verwachte eindcijfer is het onderwerp van de vraag.',
    ],
    [
      'Voor een fixusstudie tellen hoge cijfers; hoe ga je je scheikunde opkrikken naar een acht?',
      'Cijfer opkrikken wordt als doel van het gesprek gesteld.',
    ],
    [
      'U heeft voor de theorietoets een 5 gehaald. Hoe zorgt u ervoor dat de volgende toets wel voldoende wordt?',
      'Een voldoende halen is het onderwerp voor de bbl-student.',
    ],
    ['Wat is jouw doel voor het praktijkexamen tekenen: een 7 of hoger?', 'Het streefcijfer is de kern van de vraag.'],
    [
      'Reken samen met de leerling uit wat ze voor het laatste PTA-onderdeel van Duits minimaal moet scoren.',
      'De docent wordt gevraagd cijfers uit te rekenen als gesprek.',
    ],
    [
      'Hoe kun je je leesvaardigheid Engels dit blok van B1 naar B2 krijgen op de niveautoets?',
      'Een toetsniveau halen is het doel van het gesprek.',
    ],
    [
      'Jouw werkstuk voor zorg en welzijn kreeg een 5,8. Wat had je moeten doen voor een 7?',
      'Het gesprek gaat over een hoger cijfer halen.',
    ],
    [
      'Wat zegt je cijferlijst volgens jou over of je Frans in de bovenbouw haalt?',
      'De cijferlijst is het onderwerp van de loopbaanvraag.',
    ],
    [
      'Je praktische opdracht muziek scoorde onder de maat; welke punten kun je nog pakken?',
      'Punten binnenhalen is het onderwerp van het gesprek.',
    ],
    [
      'Welke score heb je bij de volgende taaltoets nodig om op 2F uit te komen?',
      'Een benodigde score is het onderwerp voor de nieuwkomer.',
    ],
    [
      'Hoeveel onvoldoendes mag je volgens de regels nog halen om over te gaan?',
      'Overgangsnormen en onvoldoendes zijn het onderwerp.',
    ],
    [
      'We houden het gesprek vandaag bij je exacte vakken: hoe tillen we die samen naar een zeven gemiddeld?',
      'Een gemiddelde cijfer is expliciet het gespreksdoel.',
    ],
  ]),
  comparison: refuse('comparison', [
    [
      'De meeste klasgenoten hebben hun profielkeuze al rond; waarom loop jij daarin achter?',
      'De leerling wordt afgezet tegen de klasgenoten.',
    ],
    ['Je broer deed het zo goed bij scheikunde; wil jij niet ook die kant op?', 'Vergelijking met een broer stuurt de keuze.'],
    [
      'Anderen van jouw leeftijd weten allang wat ze willen worden. Waarom jij nog niet?',
      'Vergelijking met leeftijdgenoten zet de leerling neer.',
    ],
    [
      'Je zit bij natuurkunde onder het klasgemiddelde; wat doen de anderen anders dan jij?',
      'Het klasgemiddelde wordt de maatstaf voor de leerling.',
    ],
    [
      'Vergeleken met de rest van 3 havo presenteer je in het Engels wat houterig. Hoe komt dat, denk je?',
      'De leerling wordt gemeten aan de rest van de klas.',
    ],
    ['Waarom kan Sanne wel een goed verslag voor biologie schrijven en jij niet?', 'Een klasgenoot wordt als maatstaf gebruikt.'],
    [
      'Je zus heeft het vwo met vlag en wimpel gehaald; vind je niet dat je daaraan moet kunnen tippen?',
      'Vergelijking met een zus legt druk op de keuze.',
    ],
    [
      'Bij de looptest ben je de langzaamste van de groep. Welke sport past er dan nog bij je?',
      'De leerling wordt gerangschikt tegenover de groep.',
    ],
    [
      'De hele klas heeft al een stageplek; hoe komt het dat jij de enige zonder bent?',
      'De leerling wordt afgezet tegen de hele klas.',
    ],
    [
      'Bij techniek doe jij het minst mee van je groepje. Wat maakt dat jij anders bent dan je medeleerlingen?',
      'Vergelijking met medeleerlingen in plaats van eigen ervaring.',
    ],
    [
      'Vraag de leerling waarom ze bij wiskunde achterblijft bij haar klas.',
      'De docent wordt gestuurd naar vergelijken met de klas.',
    ],
    [
      'Kijk eens naar de besten van de klas bij economie: wat kun jij van hen overnemen voor je keuze?',
      'De beste leerlingen worden als norm gesteld.',
    ],
    [
      'Al je vriendinnen nemen het profiel C&M; waarom zou jij de enige zijn die afwijkt?',
      'De keuze van vriendinnen wordt de norm.',
    ],
    [
      'Je vader is ingenieur, dus bij natuurkunde verwacht ik eerlijk gezegd meer van jou.',
      'De leerling wordt gemeten aan een ouder.',
    ],
    [
      'Hoe komt het dat jij als enige van je jaar nog geen open dag hebt bezocht?',
      'De leerling wordt uitgelicht als enige van het jaar.',
    ],
    [
      'Uw medecursisten in de bbl zijn al aan niveau 3 begonnen; waarom u nog niet?',
      'De volwassen student wordt afgezet tegen medecursisten.',
    ],
    ['Bij drama is iedereen in de groep spontaner dan jij; zie je dat zelf ook?', 'Vergelijking met de groep bij een kunstvak.'],
    [
      'De rest tekent veel nauwkeuriger dan jij. Wat betekent dat voor je plan om vormgever te worden?',
      'Anderen als meetlat voor een beroepswens.',
    ],
    [
      'Je neef werkt ook in de zorg en was op jouw leeftijd veel verder. Hoe kijk jij daartegenaan?',
      'Vergelijking met een familielid zet de leerling achter.',
    ],
    [
      'Je medeleerlingen schrijven twee keer zoveel in hun betoog als jij. Waar ligt dat aan?',
      'De hoeveelheid werk van anderen wordt de norm.',
    ],
    [
      'Daan bouwt al apps en jij komt bij informatica niet verder dan de basis. Wat zegt je dat?',
      'Een klasgenoot wordt tegenover de leerling gezet.',
    ],
    [
      'Van de hele groep heb jij de minste werkervaring. Hoe ga je dat inhalen?',
      'De leerling wordt onderaan de groep geplaatst.',
    ],
    [
      'Eerlijk gezegd hoor je bij Duits tot de achterhoede van de klas. Wat wil je daarmee?',
      'Een plaats in de klas bepaalt het gesprek.',
    ],
    [
      'Jullie zijn de minst gemotiveerde klas van de hele bovenbouw; hoe willen jullie dat rechtzetten?',
      'De klas wordt afgezet tegen andere klassen.',
    ],
    [
      'In vergelijking met vorig jaar hadden de examenkandidaten hun studiekeuze veel eerder rond dan jij.',
      'Vergelijking met een eerdere lichting leerlingen.',
    ],
  ]),
  labelling: refuse('labelling', [
    [
      'Meisjes zoals jij zijn vaak zorgzaam; is een opleiding in de verpleging niet iets voor je?',
      'Een genderstereotype bepaalt de richting.',
    ],
    [
      'Jongens kiezen meestal techniek; waarom zou jij dan voor de verzorging gaan?',
      'Een genderverwachting wordt tegen de leerling gebruikt.',
    ],
    [
      "Als vmbo'er moet je realistisch blijven: welk praktisch beroep spreekt je aan?",
      'Het schooltype wordt een label met lage verwachting.',
    ],
    [
      'Typisch havist: net genoeg doen voor een voldoende. Welk beroep past bij die houding?',
      'Een stereotype over havisten wordt op de leerling geplakt.',
    ],
    [
      'Met jouw achtergrond ligt een opleiding in de handel voor de hand; heb je daaraan gedacht?',
      'Achtergrond wordt gebruikt als reden voor een richting.',
    ],
    [
      'Kinderen van ouders die niet gestudeerd hebben, voelen zich vaak beter op het mbo. Geldt dat ook voor jou?',
      'Gezinsachtergrond als stereotype voor een route.',
    ],
    [
      'Als moslima wil je vast niet in de horeca werken; welke sector past beter bij je?',
      'Een religieus stereotype sluit een sector uit.',
    ],
    [
      'Jij bent nu eenmaal onze dyslect, dus talen laten we links liggen. Welke exacte richting trekt je?',
      'Een diagnose wordt de identiteit van de leerling.',
    ],
    [
      "Een ADHD'er als jij heeft veel energie; is iets bij defensie of in de sport niet wat?",
      'Een diagnose wordt als label voor beroepen gebruikt.',
    ],
    [
      'Nieuwkomers gaan meestal eerst de bouw of de schoonmaak in. Welke van die twee kies jij?',
      'Een stereotype over nieuwkomers beperkt de keuze.',
    ],
    ['Als meisje val je bij informatica natuurlijk op; wil je echt zo’n mannenvak?', 'Een vak wordt als mannenvak gelabeld.'],
    [
      'Jongens zijn minder taalgevoelig, dus Nederlands is voor jou geen vak om op te bouwen.',
      'Een genderstereotype over taal stuurt de keuze.',
    ],
    [
      'Je komt uit een ondernemersfamilie, dus economie zit in je bloed. Welke zaak neem je over?',
      'Familieachtergrond wordt als vaststaand kenmerk gebruikt.',
    ],
    [
      'Voor een praktijkschoolleerling is een baan in het groen al heel mooi. Spreekt dat je aan?',
      'Lage verwachting op grond van schooltype.',
    ],
    [
      "Vwo'ers zoals jij horen gewoon aan de universiteit. Welke studie wordt het?",
      'Een schooltype-label schrijft de route voor.',
    ],
    [
      'Met je autisme zou ik aan iets met computers denken, dat past bij mensen zoals jij.',
      'Een diagnose wordt een stereotype beroepsadvies.',
    ],
    [
      'Turkse jongens willen vaak iets met auto’s; geldt dat voor jou ook?',
      'Een etnisch stereotype wordt op de leerling geplakt.',
    ],
    [
      'Je bent een echte alfa, techniek en informatica zijn niet voor jouw soort mensen bedoeld.',
      'Een label als alfa sluit richtingen af.',
    ],
    [
      'Zij is een typisch kaderkind: werken met de handen. Stel haar dus vooral vragen over praktische beroepen.',
      'Het schooltype wordt een label over de leerling.',
    ],
    [
      'Leerlingen uit arme gezinnen kiezen meestal kort en praktisch; jij vast ook, toch?',
      'Gezinsinkomen wordt als stereotype voor de keuze gebruikt.',
    ],
    [
      'Bbl’ers zijn doeners, geen lezers, dus de theorie slaan we over. Wat wilt u in de praktijk leren?',
      'Een stereotype over bbl-studenten als doeners wordt toegepast.',
    ],
    [
      'Voor een Marokkaanse jongen ben je best goed in Nederlands. Wat wil je ermee gaan doen?',
      'Een compliment met een etnisch stereotype erin.',
    ],
    [
      'Meiden zijn van nature zorgzamer, vandaar je goede biologiecijfer; verpleegkunde past dus bij je.',
      'Gender en een cijfer leiden tot een stereotiep beroep.',
    ],
    [
      'Zo’n stil, verlegen type als jij hoort eerder achter een computer dan voor de klas.',
      'Een persoonlijkheidslabel bepaalt het werk.',
    ],
    [
      'Als Pool werkt u waarschijnlijk het liefst in de bouw, klopt dat?',
      'Een nationaliteitsstereotype voor de volwassen student.',
    ],
  ]),
  care: refuse('care', [
    [
      'Je hebt een onvoldoende voor biologie; gaat het thuis wel goed sinds de scheiding?',
      'Een scheiding thuis hoort bij de mentor, niet in LOB.',
    ],
    [
      'Slaap je eigenlijk genoeg? Je zit bij het eerste uur wiskunde steeds te gapen.',
      'Slaap is een zorgonderwerp, geen LOB-vraag.',
    ],
    ['Kunnen je ouders een studie wel betalen, of hebben ze schulden?', 'Geld en schulden van ouders horen bij de zorgroute.'],
    [
      'Gebruik je medicijnen voor je concentratie? Vertel eens hoe dat je keuze beïnvloedt.',
      'Medicatie is een zorgonderwerp, geen vraag voor LOB.',
    ],
    ['Eet je wel genoeg? Je ziet er bij gym zo mager uit.', 'Eten en gewicht horen bij de zorgcoördinator.'],
    [
      'Hoe gaat het met de ziekte van je moeder, en wie zorgt er voor je broertjes?',
      'Ziekte in het gezin is geen LOB-onderwerp.',
    ],
    [
      'Blow je weleens? Dat zou verklaren waarom je het bij scheikunde niet volhoudt.',
      'Middelengebruik hoort bij de zorgcoördinator, niet bij LOB.',
    ],
    [
      'Ben je zwanger? Dan moeten we het anders over je stage in de kinderopvang hebben.',
      'Zwangerschap hoort niet in een LOB-vraag.',
    ],
    ['Voel je je de laatste tijd depressief, en praat je daar met iemand over?', 'Psychische gezondheid hoort bij de zorgroute.'],
    [
      'Vraag de leerling of er thuis ruzie is; dat kan haar wisselende resultaten bij Engels verklaren.',
      'De docent wordt gestuurd naar de thuissituatie.',
    ],
    ['Heeft iemand je weleens pijn gedaan? Je bent zo stil tijdens drama.', 'Mogelijk misbruik hoort bij de zorgcoördinator.'],
    ['Wonen je ouders nog samen, of ben je vaker bij je vader?', 'De gezinssituatie is geen onderwerp voor LOB.'],
    [
      'Hoeveel uur zit je ’s nachts te gamen? Daar komt die vermoeidheid bij informatica toch vandaan.',
      'Nachtrust en gamegedrag horen bij de mentor.',
    ],
    [
      'Zijn jullie thuis afhankelijk van de voedselbank? Dan snap ik waarom je een bijbaan zoekt.',
      'Armoede thuis is een zorgonderwerp.',
    ],
    ['Wat zei de psycholoog over je paniekaanvallen bij presentaties?', 'Behandeling en angst horen niet in een LOB-vraag.'],
    [
      'Welke medicatie gebruikt u, en kunt u daarmee zwaar werk in de bouw aan?',
      'Medicatie van de bbl-student is een zorgonderwerp.',
    ],
    [
      'Vertel eens hoe het met je gewicht gaat; bij zorg en welzijn hebben we het toch over gezonde voeding.',
      'Het lesonderwerp verhult een vraag naar gewicht.',
    ],
    ['Drinkt je vader nog? Dat wil ik weten voordat we je stage plannen.', 'Verslaving van een ouder hoort bij de zorgroute.'],
    [
      'Heb je weleens gedachten gehad om jezelf iets aan te doen? Je tekeningen bij kunst zijn zo donker.',
      'Zelfbeschadiging hoort direct bij de zorgcoördinator.',
    ],
    [
      'Is jeugdzorg betrokken bij jullie gezin? Dat is handig voor je loopbaandossier.',
      'Jeugdzorg en gezin horen niet in een loopbaandossier.',
    ],
    ['Hoe gaat het met je eetstoornis? Ik merk dat je na de gymles niets eet.', 'Een eetstoornis is een zorgonderwerp.'],
    [
      'Ben jij mantelzorger voor je zieke broer? Hoeveel uur per week gaat daarin zitten?',
      'Mantelzorg thuis hoort bij de mentor of zorg.',
    ],
    [
      'Je bent vaak afwezig bij geschiedenis; ben je ziek of is er iets met je ouders?',
      'Ziekte en ouders horen niet in een vakdocentvraag.',
    ],
    [
      'Slaap je thuis of in een opvang? Ik wil weten of je een vaste plek hebt om te leren.',
      'Huisvesting en slaapplek zijn een zorgonderwerp.',
    ],
    [
      'Hoe verwerk je wat er in je land van herkomst is gebeurd? Dat speelt vast mee bij je keuze.',
      'Trauma van een nieuwkomer hoort bij de zorgroute.',
    ],
  ]),
  'tick-box': refuse('tick-box', [
    [
      'Vul even het LOB-formulier in, zodat ik het voor de teamvergadering kan afvinken.',
      'Het gesprek wordt een formulier om af te vinken.',
    ],
    ['Heb je de reflectie al in je portfolio geüpload? Dan sta je op groen.', 'Een statuskleur telt, niet de reflectie.'],
    ['Nog twee loopbaanopdrachten, dan heb je je uren voor dit jaar binnen.', 'LOB wordt teruggebracht tot het maken van uren.'],
    ['Dit gesprek doen we even voor het dossier; zeg maar iets over je interesses.', 'Het gesprek dient alleen het dossier.'],
    [
      'Zet je BPV-uren in het registratiesysteem, dan kan ik je op compleet zetten.',
      'Administratie van uren in plaats van reflectie.',
    ],
    ['3 van de 5 LOB-stappen voltooid. Welke rond je deze week af?', 'Voortgangstelling in plaats van een gesprek.'],
    ['Even tussendoor bij wiskunde: heb je op je keuzeformulier alle vakjes aangekruist?', 'Het formulier invullen is het doel.'],
    [
      'Laat de leerling de checklist beroepsoriëntatie aftekenen, dan kan de mentor de map sluiten.',
      'De docent wordt naar een checklist gestuurd.',
    ],
    [
      'Ik moet voor de inspectie aantonen dat we een loopbaangesprek hadden; zet je even je paraaf?',
      'Het gesprek dient als bewijs voor de inspectie.',
    ],
    ['Snel even: welk beroep heb je gekozen? Dan zet ik het in Magister.', 'Een keuze wordt alleen geregistreerd.'],
    [
      'Heeft u de praktijkopdracht laten tekenen door uw leermeester? Anders kan ik de kerntaak niet aanvinken.',
      'Aftekenen en aanvinken staan centraal.',
    ],
    [
      'Je loopbaandossier mist nog drie bewijsstukken; lever ze aan zodat het volledig is.',
      'Een volledig dossier is het doel, niet het gesprek.',
    ],
    [
      'Schrijf in twee zinnen op wat je op de open dag leerde, want het moet in het portfolio staan.',
      'Schrijven omdat het in de map moet.',
    ],
    [
      'Jullie moeten alle vijf de competenties één keer aangeklikt hebben voor de verplichte module.',
      'De competenties worden vakjes om aan te klikken.',
    ],
    [
      'Dat reflectieverslag bij economie telt als LOB-uur, dus zet het in de map, dan ben je ervan af.',
      'Reflectie wordt een uur om te verantwoorden.',
    ],
    [
      'Beantwoord gewoon de tien vragen van de interessetest, dan is dit onderdeel klaar.',
      'Een test afwerken in plaats van verkennen.',
    ],
    [
      'We hoeven niet diep te gaan, ik heb alleen een handtekening nodig dat dit gesprek heeft plaatsgevonden.',
      'Het gesprek wordt een handtekening.',
    ],
    ['Je staat op 60 % van je oriëntatietaken; zorg dat de balk voor de kerst vol is.', 'Een voortgangsbalk is het doel.'],
    [
      'Kies bij techniek maar een beroep uit het lijstje, het maakt niet uit welk, als het veld maar gevuld is.',
      'Een veld vullen gaat boven nadenken.',
    ],
    [
      'Hoeveel meeloopdagen heb je al geregistreerd? Ik zie er pas één in het overzicht.',
      'Tellen van registraties in plaats van ervaringen.',
    ],
    [
      'Het stagegesprek bij zorg en welzijn is verplicht; daarna kunnen we het vinkje zetten.',
      'Een verplicht gesprek voor een vinkje.',
    ],
    [
      'Laten we het formulier doorlopen: naam, profiel, vervolgopleiding, handtekening ouders. Klaar.',
      'Het gesprek wordt het afwerken van velden.',
    ],
    [
      'Kopieer je motivatiebrief maar van vorig jaar, het gaat erom dat er iets in je map zit.',
      'Iets in de map hebben telt, niet de inhoud.',
    ],
    [
      'Registreer dit gesprek als afgerond, zodat de school de LOB-uren kan verantwoorden.',
      'Het gesprek dient verantwoording van uren.',
    ],
    ['Heb je de opdracht bij Duits gemaakt? Dan streep ik je naam weg op de lijst.', 'Namen wegstrepen op een lijst als doel.'],
  ]),
  pressure: refuse('pressure', [
    [
      'Als je nu geen profiel kiest, ben je te laat en zit je volgend jaar thuis.',
      'Dreigen met thuiszitten om een keuze af te dwingen.',
    ],
    ['Kies voor vrijdag, anders word je ingedeeld in het profiel dat nog plek heeft.', 'Een ultimatum met een opgelegde gevolg.'],
    ['Wie de aanmelding voor 1 mei mist, kan het hbo voorlopig wel vergeten.', 'Een datum wordt als dreigement gebruikt.'],
    ['Als je zo doorgaat bij scheikunde, sta je straks zonder diploma op straat.', 'Angst voor de toekomst als drukmiddel.'],
    ['Meld je stageplek niet op tijd, dan lig je eruit bij de opleiding.', 'Dreigen met verwijdering van de opleiding.'],
    [
      'Onthoud goed: één verkeerde keuze nu en je zit er de rest van je leven aan vast.',
      'Angst aanjagen over onomkeerbare gevolgen.',
    ],
    [
      'Alle leuke stageplekken bij techniek zijn weg als je nog langer treuzelt.',
      'Schaarste aan stageplekken wordt als dreigement gebruikt.',
    ],
    [
      'Besef je wel dat de school over twee weken voor je beslist als jij het niet doet?',
      'Een deadline met verlies van eigen keuze.',
    ],
    ['Nog één keer te laat bij uw leerbedrijf en u kunt de bbl wel vergeten.', 'Een dreigement aan de bbl-student.'],
    ['Wie nu nog twijfelt, komt op een wachtlijst en verliest een heel jaar.', 'Twijfel wordt met verlies bestraft.'],
    [
      'Maak je keuze tussen Duits en Frans nu, want terugkomen op die beslissing kan later echt niet meer.',
      'Een onomkeerbare beslissing wordt als drukmiddel gebruikt.',
    ],
    [
      'Je weet toch dat je zonder stageplaats geen diploma krijgt? Dus regel het vandaag nog.',
      'Een gevolg wordt gebruikt om haast op te leggen.',
    ],
    [
      'Laat dit een waarschuwing zijn: nog één onvoldoende voor geschiedenis en je blijft zitten.',
      'Zittenblijven wordt als dreigement ingezet.',
    ],
    [
      'Geen motivatiebrief voor maandag betekent geen meeloopdag. Zo simpel is het.',
      'Een ultimatum zonder enige ruimte voor de leerling.',
    ],
    [
      'Wie vandaag geen vervolgstap opgeeft, wordt automatisch voor entree aangemeld.',
      'Een opgelegd gevolg als straf voor niet kiezen.',
    ],
    [
      'Wil je soms dat geen werkgever je nog aanneemt als je achttien bent en niets gekozen hebt?',
      'Angst over werkgevers om haast te maken.',
    ],
    [
      'Jullie krijgen deze kans maar één keer; wie de open dag overslaat, draagt zelf de gevolgen.',
      'Een eenmalige kans als dreiging voor de klas.',
    ],
    [
      'Denk maar niet dat je na de zomer nog van profiel kunt wisselen; dan is het echt voorbij.',
      'Een afgesloten deur als dreigement.',
    ],
    [
      'Is je kunstportfolio niet af, dan kun je de toelating voor de academie wel op je buik schrijven.',
      'Dreigen met afwijzing om druk te zetten.',
    ],
    [
      'Weet je wat er gebeurt met mensen die geen keuze maken? Die eindigen in de bijstand.',
      'Angst voor een uitkering als drukmiddel.',
    ],
    [
      'De fixusaanmelding sluit op 15 januari; mis je die, dan is geneeskunde voor jou verleden tijd.',
      'Een datum met een angstig gevolg.',
    ],
    [
      'In dit tempo haal je het eind van het jaar bij informatica niet, dus kies snel iets haalbaars.',
      'Dreigend falen dwingt een snelle keuze af.',
    ],
    [
      'Zet hem flink onder druk: zonder besluit voor de kerst verliest hij zijn plek.',
      'De docent wordt opgeroepen druk te zetten.',
    ],
    ['Moet ik eerst je ouders bellen voordat je eindelijk een keuze maakt?', 'Dreigen met de ouders om te kiezen.'],
  ]),
  verdict: refuse('verdict', [
    [
      'Jij moet gewoon de bbl gaan doen; stilzitten in de schoolbanken is niks voor jou.',
      'De volwassene beslist over de leerroute.',
    ],
    ['Dat profiel N&G is niets voor jou. Neem E&M, dat is veiliger.', 'Een profiel wordt voor de leerling gekozen.'],
    ['Waarom zou je nog aan dierenarts denken, als dat toch niets voor jou is?', 'Een wens wordt afgeschoten door de docent.'],
    ['Met jouw handen kun je het best timmerman worden, daar twijfel ik niet aan.', 'Het beroep wordt voor de leerling bepaald.'],
    ['Mijn advies: laat wiskunde B vallen en kies A, dan ben je ervan af.', 'Een vakkeuze wordt door de docent opgelegd.'],
    ['Geneeskunde? Dat zit er voor jou gewoon niet in.', 'Een oordeel sluit een studie af.'],
    ['Na het vwo ga je natuurlijk naar de universiteit; het hbo is zonde van je talent.', 'Een route wordt als beter opgelegd.'],
    [
      'Jij wordt later docent Engels, dat zie ik nu al. Schrijf je maar in bij de lerarenopleiding.',
      'De docent kiest het beroep voor de leerling.',
    ],
    [
      'Zeg de leerling dat ze beter kan stoppen met muziek en zich op economie moet richten.',
      'De docent wordt gevraagd een keuze op te leggen.',
    ],
    [
      'Waarom zou je met een tl-diploma genoegen nemen als havo 4 voor jou de betere weg is?',
      'Een hogere route wordt als betere keuze opgelegd.',
    ],
    [
      'Neem van mij aan: de zorg is je roeping. Verder zoeken is niet nodig.',
      'De verkenning wordt door de volwassene afgesloten.',
    ],
    ['Dat idee van een tussenjaar moet je maar snel uit je hoofd zetten.', 'Een wens wordt zonder gesprek afgewezen.'],
    [
      'U kunt beter bij uw huidige werkgever blijven; de stap naar niveau 4 is niets voor u.',
      'Een oordeel ontneemt de volwassen student de keuze.',
    ],
    [
      'Je gaat voor de ICT-route; dat heb ik al met je ouders afgesproken.',
      'Volwassenen beslissen over het hoofd van de leerling.',
    ],
    ['Kunst is leuk als hobby, maar maak er vooral niet je beroep van.', 'Een beroepswens wordt afgeraden als oordeel.'],
    ['Ik heb besloten dat je je stage bij de garage gaat doen, die past het best.', 'De stage wordt voor de leerling besloten.'],
    ['Sport als beroep? Dat wordt niks, kies liever iets met zekerheid.', 'Een wens wordt als kansloos afgedaan.'],
    [
      'Aan biologie hoef je van mij niet te beginnen; aardrijkskunde sluit veel beter bij je aan.',
      'De docent kiest het vak voor de leerling.',
    ],
    [
      'Geschiedenis studeren? Daar verdien je geen brood mee, dus schrap dat maar.',
      'Een studiewens wordt geschrapt door de volwassene.',
    ],
    [
      'Zullen we afspreken dat je na je examen gewoon gaat werken, want verder leren past niet bij jou?',
      'Het oordeel beslist over doorleren.',
    ],
    [
      'Ik vind dat je scheikunde moet houden; een andere keuze zou onverstandig zijn.',
      'Een vakkeuze wordt als enige juiste opgelegd.',
    ],
    ['Laten we het kort houden: je wordt kapper, dat is het meest realistisch.', 'Het beroep wordt in één zin vastgesteld.'],
    ['Zo’n theaterschool is een luchtkasteel. Ga eerst maar iets degelijks doen.', 'Een droom wordt weggezet en vervangen.'],
    [
      'Die informaticaopleiding is te hoog gegrepen, schrijf je maar in voor niveau 2.',
      'Het niveau wordt door de volwassene bepaald.',
    ],
    [
      'Stop met twijfelen, ik meld je aan voor de pabo. Dat is voor jou het beste.',
      'De docent meldt de leerling aan zonder diens keuze.',
    ],
  ]),
  sound: allow('sound', [
    [
      'Je verslag over het ecosysteem liet zien hoe nauwkeurig je kunt observeren. Misschien is het leuk om te kijken welk werk daarbij past.',
      'Een waargenomen kwaliteit met uitnodiging tot werkexploratie.',
    ],
    [
      'Wat vond je het leukst om uit te zoeken bij de scheikundeproef van vandaag?',
      'Open vraag naar plezier in een concrete ervaring.',
    ],
    [
      'Bij wiskunde zie ik dat je graag puzzelt tot iets klopt. Vertel me eens waar je dat nog meer doet.',
      'Benoemt een kwaliteit en nodigt uit tot vertellen.',
    ],
    [
      'Tip voor de docent: noem na een toets één ding dat de leerling goed deed en vraag waar het plezier zat.',
      'Tip aan de docent om bij kwaliteiten te beginnen.',
    ],
    [
      'Je Engelse presentatie over games was boeiend. Zoek eens op welke beroepen er in de gamewereld bestaan.',
      'Compliment met suggestie tot werkexploratie.',
    ],
    [
      'Welke onderwerpen uit geschiedenis blijven je bij, ook buiten de les?',
      'Vraag naar interesse die verder reikt dan het vak.',
    ],
    [
      'Je hoeft nog niet te weten wat je later wilt worden. Ontdekken wat je leuk vindt is al een mooie stap.',
      'Geruststelling en ruimte voor verkennen.',
    ],
    [
      'Bij natuurkunde legde je het experiment helder uit aan je groepje; daar zit een kwaliteit in die de moeite waard is.',
      'Observatie van een kwaliteit zonder oordeel over keuze.',
    ],
    [
      'Praat eens met een laborant over een gewone werkdag; de decaan kan je helpen iemand te vinden.',
      'Suggestie om werk te verkennen via het netwerk.',
    ],
    [
      'Bij aardrijkskunde vertelde je enthousiast over vulkanen. Welke kant daarvan zou je verder willen onderzoeken?',
      'Bouwt voort op zichtbare interesse.',
    ],
    [
      'Je werkstuk over de Gouden Eeuw zat vol eigen vragen. Die nieuwsgierigheid is iets om te koesteren.',
      'Positieve observatie van een kwaliteit.',
    ],
    [
      'Tijdens de warming-up bij LO nam je vanzelf de leiding. Hoe voelde het om dat te doen?',
      'Reflectie op een concrete ervaring.',
    ],
    [
      'Kijk eens rond op een open dag van een sportopleiding; je hoeft daar nog niets te beslissen.',
      'Uitnodiging tot verkennen zonder druk.',
    ],
    [
      'Je tekening van het stadsplein laat zien dat je goed kijkt naar ruimte en licht. Architecten en decorbouwers doen dat ook.',
      'Koppelt werk uit een kunstvak aan beroepen.',
    ],
    [
      'Wat gaf je bij het programmeren van die robot de meeste voldoening?',
      'Een motievenvraag naar aanleiding van een informaticaproject.',
    ],
    [
      'Bij zorg en welzijn zag ik hoe geduldig je met de oefenpop omging. Vertel me wat je daarbij dacht.',
      'Observatie en uitnodiging tot reflectie.',
    ],
    [
      'In de techniekles werkte je rustig door tot je brug stond. Neem die ervaring mee als je over stages nadenkt.',
      'Verbindt een ervaring met een toekomstige stap.',
    ],
    [
      'Welk onderdeel van Duits vind je verrassend leuk, ook al had je dat niet verwacht?',
      'Open vraag naar onverwachte interesse.',
    ],
    ['Vertel eens over een moment deze week waarop je de tijd helemaal vergat.', 'Vraag naar flow als ingang voor motieven.'],
    [
      'Nodig een oud-leerling uit die nu analist is; leerlingen stellen haar vaak vrijere vragen dan aan ons.',
      'Tip voor netwerken via alumni.',
    ],
    [
      'Je kunt mooi vertellen in je Nederlandse teksten. Er is werk waarin dat precies gevraagd wordt, zoals journalistiek of voorlichting.',
      'Koppelt een kwaliteit aan werkvelden zonder te sturen.',
    ],
    ['Welke drie dingen doe je graag in je vrije tijd, en wat zeggen die over jou?', 'Open vraag naar interesses en zelfbeeld.'],
    [
      'U vertelde enthousiast over het inregelen van de cv-ketel. Wat maakt dat werk voor u de moeite waard?',
      'Motievenvraag aan de bbl-student in u-vorm.',
    ],
    [
      'Als je terugdenkt aan je snuffelstage, welk moment zou je nog eens willen meemaken?',
      'Terugkijken op een concrete ervaring.',
    ],
    [
      'Mooi dat je zelf een vraag stelde aan de gastspreker uit het ziekenhuis. Zo bouw je aan je netwerk.',
      'Benoemt netwerkgedrag dat de leerling al laat zien.',
    ],
    [
      'Begin het gesprek met iets wat de leerling zelf gemaakt heeft, en laat hem het meeste vertellen.',
      'Tip aan de docent voor een dialogisch gesprek.',
    ],
    [
      'Welke vakken geven je energie, en bij welke merk je dat je energie wegloopt?',
      'Kwaliteiten- en motievenvraag over vakken.',
    ],
    [
      'Samen een plan voor de open dagen maken kan helpen. Jij bepaalt welke je bezoekt.',
      'Hulp aanbieden terwijl de keuze bij de leerling blijft.',
    ],
    [
      'Bij muziek hoorde ik hoe je de groep liet samenspelen. Dat is iets om mee te nemen als je over je profiel nadenkt.',
      'Observatie van een kwaliteit als bagage voor de keuze.',
    ],
    [
      'Schrijf eens op welke vraag je aan een ingenieur zou stellen als je een dag mocht meelopen.',
      'Opdracht die nieuwsgierigheid naar werk prikkelt.',
    ],
    [
      'Jullie bereiden in tweetallen een beroepsinterview voor. Kies iemand die jij echt wilt spreken.',
      'Netwerkopdracht voor de klas met eigen keuze.',
    ],
    ['Wat heb je van je bijbaan geleerd over wat je prettig vindt in werk?', 'Reflectie op werkervaring uit een bijbaan.'],
    [
      'Je stelde bij maatschappijleer scherpe vragen over rechtspraak. Een bezoek aan een rechtbank kan een leuke ervaring zijn.',
      'Suggestie om een interesse te verkennen.',
    ],
    ['Welk beroep kwam je onlangs tegen waarvan je dacht: hé, dat bestaat dus ook?', 'Open vraag naar nieuwe beelden van werk.'],
    [
      'In de dramales speelde je een rol die ver van jezelf af stond. Dat vraagt lef, en dat mag je best weten.',
      'Compliment over een concrete prestatie.',
    ],
    [
      'Bespreek met de leerling welke kant van informatica hem het meest boeit: bouwen, ontwerpen of problemen oplossen.',
      'Tip aan de docent voor een open verkenning.',
    ],
    [
      'Je mag best trots zijn op hoe je het project bij economie en ondernemen hebt aangepakt.',
      'Erkenning van de eigen aanpak van de leerling.',
    ],
    ['Kijk goed rond in het bedrijf. Wat vind jij mooi werk?', 'Eenvoudige taal voor nieuwkomers, open en verkennend.'],
    ['Wat wil je graag leren, los van wat school van je vraagt?', 'Open vraag naar eigen leerwensen buiten school.'],
    [
      'Denk als docent eerst zelf na over waar je over vijf jaar wilt staan, en stel die vraag daarna pas.',
      'Tip voor de docent om naast de leerling te staan.',
    ],
    ['Wanneer vroeg iemand jou voor het laatst om hulp, en waarmee?', 'Kwaliteitenvraag via de blik van anderen.'],
    [
      'Je koos voor je kunstdossier bij CKV een heel eigen onderwerp. Praat er eens over met je mentor, want het zegt iets over wat jou raakt.',
      'Observatie en doorverwijzing naar de mentor.',
    ],
    [
      'Deze week staat de beroepenmarkt in de aula. Loop er rustig rond en praat met wie je nieuwsgierig maakt.',
      'Uitnodiging tot werkexploratie en netwerken.',
    ],
    ['Hoe zou jij je droombaan beschrijven aan iemand die je niet kent?', 'Open vraag naar motieven via de droombaan.'],
    [
      'Ik zag dat je in de werkplaats een ander hielp met solderen. Dat is een kwaliteit die ik graag even noem.',
      'Een kwaliteit benoemen die de docent zag.',
    ],
    [
      'Welke persoon heeft je tot nu toe het meest geholpen bij het maken van keuzes?',
      'Netwerkvraag naar belangrijke mensen op de route.',
    ],
    [
      'Neem rustig de tijd om te verkennen. Een keuze die je zelf maakt, voelt later meestal beter.',
      'Geruststelling en eigenaarschap bij de leerling.',
    ],
    [
      'Je vroeg na de les door over de werking van vaccins. Zulke vragen zijn een mooi begin om werk in de gezondheidszorg te ontdekken.',
      'Interesse als opening naar werkexploratie.',
    ],
    ['Wat trok je aan in de stageplek bij het kinderdagverblijf?', 'Een motievenvraag na een stage in de kinderopvang.'],
    [
      'Laat de leerling vertellen over een opdracht waar ze trots op is, en luister vooral.',
      'Tip aan de docent: de leerling praat het meest.',
    ],
    [
      'Welke werkplek die je op de excursie zag, kun je je het best voorstellen als jouw plek?',
      'Werkexploratie naar aanleiding van een excursie.',
    ],
    [
      'Je hebt het hek vandaag heel netjes geverfd. Wat vond je fijn aan dit werk?',
      'Eenvoudige taal voor praktijkonderwijs, met compliment.',
    ],
    ['Je helpt vaak met vertalen in de klas. Dat is een mooie kwaliteit.', 'Benoemt een kwaliteit van een nieuwkomer.'],
    [
      'Je gaf in het Engelse debat overtuigende argumenten. Denk eens na over werk waarin je mensen meeneemt in een idee.',
      'Kwaliteit koppelen aan werk zonder te beslissen.',
    ],
    ['Vertel me over een les waarin je iets nieuws over jezelf ontdekte.', 'Open vraag naar zelfkennis uit een les.'],
    [
      'Een goede vervolgstap kan heel klein zijn: één mailtje aan iemand die het werk doet dat jou boeit.',
      'Kleine eigen vervolgstap en netwerken.',
    ],
    [
      'Stel mij gerust vragen over mijn vak en hoe ik zelf docent ben geworden.',
      'Uitnodiging om het netwerk van de docent te gebruiken.',
    ],
    [
      'We kunnen met de hele klas een bedrijf bezoeken. Denken jullie mee over waar we heen gaan.',
      'We-vorm: de klas kiest mee over werkexploratie.',
    ],
    ['Goed gedaan dat je zelf contact opnam met de fietsenmaker voor een snuffeldag.', 'Erkent eigen initiatief in netwerken.'],
  ]),
  'sound-hard': allow('sound-hard', [
    [
      'De scheikundetoets viel tegen terwijl je er veel tijd in stak. Wat neem je van deze ervaring mee?',
      'Tegenvaller als aanleiding tot reflectie, keuze bij de leerling.',
    ],
    [
      'Je stage in het verpleeghuis liep anders dan je hoopte. Wat heb je daar geleerd over wat je zoekt in werk?',
      'Een mislukte stage als bron van inzicht.',
    ],
    [
      'Afgewezen worden voor een stageplek is balen. Wil je vertellen wat je uit het gesprek meenam?',
      'Erkent teleurstelling en vraagt met zorg door.',
    ],
    [
      'Het klinkt alsof je twijfelt of techniek nog bij je past. Wat is er veranderd sinds je begon?',
      'Twijfel serieus nemen zonder oordeel.',
    ],
    [
      'Je ouders zien je graag rechten studeren, en jij twijfelt. Wat zou jij kiezen als niemand meekeek?',
      'Wens van ouders tegenover eigen wens, respectvol.',
    ],
    [
      'Soms merk je pas halverwege een opleiding dat het niet klopt. Dat is geen mislukking, maar informatie.',
      'Herkaderen van een verkeerde keuze.',
    ],
    [
      'Je vertelde dat de keuze voor volgend jaar je onrustig maakt. Wat helpt jou om er rustiger naar te kijken?',
      'Eigen gevoelde druk met zorg besproken.',
    ],
    [
      'Wisselen van richting vraagt moed, en je hoeft die stap niet alleen te zetten: je mentor denkt graag mee.',
      'Koerswijziging met steun van de mentor, zonder druk.',
    ],
    [
      'Het is oké dat je het nog niet weet. Welke kleine verkenning zou je deze maand kunnen doen?',
      'Nog niet weten is toegestaan, met eigen vervolgstap.',
    ],
    [
      'Je werkstuk kreeg kritische feedback. Welke opmerking vond je terecht, en welke niet?',
      'Feedback bespreken, met ruimte voor eigen oordeel.',
    ],
    ['Een opleiding met loting is spannend. Hoe kijk jij naar dat risico?', 'Risico als eigen afweging van de leerling.'],
    [
      'Je zei dat je bang bent om te falen bij de toelating van de kunstacademie. Wat zou het je opleveren als je het toch probeert?',
      'Angst voor falen met respect besproken.',
    ],
    [
      'U bent na jaren in de logistiek aan een nieuwe opleiding begonnen. Wat maakte dat u die stap durfde te zetten?',
      'Overstap van een volwassene met waardering bevraagd.',
    ],
    [
      'Je presentatie bij Nederlands ging niet zoals je wilde. Wat zou je een volgende keer anders willen doen, voor jezelf?',
      'Tegenvaller als leerervaring, eigen regie.',
    ],
    [
      'Niet elke stage hoeft leuk te zijn om waardevol te zijn. Je weet nu beter wat je niet zoekt.',
      'Een slechte stage als winst voor de keuze.',
    ],
    [
      'Je hebt het gevoel dat iedereen verwacht dat je gaat studeren. Hoe is het voor jou om dat mee te dragen?',
      'Gevoelde verwachtingen met zorg bevraagd.',
    ],
    [
      'Teleurstelling na een afwijzing hoort erbij. Neem de tijd, en kijk daarna met je mentor naar nieuwe mogelijkheden.',
      'Troost met een open vervolgstap.',
    ],
    [
      'Wat was het lastigste moment op je stage in de bouw, en hoe ben je ermee omgegaan?',
      'Moeilijke ervaring als bron van kwaliteiten.',
    ],
    [
      'Je overweegt om van profiel te wisselen. Welke ervaring heeft je daarover aan het denken gezet?',
      'Een koerswijziging vanuit de eigen ervaring bevraagd.',
    ],
    [
      'Eerlijke feedback van je leermeester kan hard aankomen. Neem er de tijd voor en kies zelf wat je ermee doet.',
      'Harde feedback met eigen regie.',
    ],
    [
      'Het kan schuren als je vader een ander beroep voor je ziet. Jouw eigen wensen tellen ook mee in dit gesprek.',
      'Ouderwens versus eigen wens, respectvol.',
    ],
    [
      'Je hebt bij natuurkunde keihard gewerkt en toch viel het tegen. Hoe voel je je daarover?',
      'Tegenvaller met aandacht voor de beleving.',
    ],
    [
      'Twijfelen betekent dat je serieus nadenkt over je toekomst, en dat is waardevol.',
      'Twijfel wordt positief en respectvol herkaderd.',
    ],
    ['Wat zou je een vriend aanraden die voor dezelfde lastige keuze staat als jij?', 'Afstand nemen van een moeilijke keuze.'],
    [
      'Je bent niet door de selectie van de politieopleiding gekomen. Welke andere wegen naar dat werk wil je onderzoeken?',
      'Afwijzing met open verkenning van alternatieven.',
    ],
    [
      'Risico nemen met een eigen bedrijf spreekt je aan. Wat trekt je erin, en wat vind je spannend?',
      'Risico als eigen keuze, met interesse bevraagd.',
    ],
    [
      'Je vertelde dat het examenjaar veel druk geeft. Wil je vertellen waar die druk vooral vandaan komt?',
      'Eigen ervaren druk met zorg besproken.',
    ],
    [
      'Het gesprek bij de opleiding was confronterend. Welke vragen wil je nog beantwoord hebben voordat je beslist?',
      'Confrontatie als aanleiding voor eigen onderzoek.',
    ],
    [
      'Soms blijkt een keuze anders dan gedacht. Je mag erop terugkomen; dat hoort bij ontdekken.',
      'Ruimte om een keuze te herzien.',
    ],
    ['Wat heb je geleerd van het informaticaproject dat uiteindelijk niet werkte?', 'Een mislukt project als leerervaring.'],
    [
      'U merkt dat het werk in de bbl zwaarder is dan gedacht. Wat zou u willen veranderen, als u dat zelf kunt kiezen?',
      'Tegenvallend werk met keuze bij de student.',
    ],
    [
      'Jammer dat je sollicitatie bij de apotheek niets werd. Je motivatie was duidelijk, en die neem je mee naar een volgende brief.',
      'Een afgewezen sollicitatie wordt een bron van zelfvertrouwen.',
    ],
    [
      'Er zijn mensen die je afraden om kunst te studeren. Jouw eigen gevoel daarover verdient minstens zoveel ruimte.',
      'Tegenwind van anderen, eigen stem voorop.',
    ],
    [
      'Je hebt de overstap naar het mbo overwogen. Welke informatie mis je nog om zelf te kunnen kiezen?',
      'Routewissel neutraal en met eigen regie.',
    ],
    [
      'Het kan voelen alsof je achterloopt als je nog niet weet wat je wilt. Toch kies je het best in je eigen tempo.',
      'Geruststelling bij de eigen onzekerheid van de leerling.',
    ],
    ['Wat houdt je misschien tegen om die open dag in Groningen te bezoeken?', 'Drempels verkennen zonder te duwen.'],
    [
      'Als het examen niet lukt, is dat een tegenslag, maar geen eindpunt. We kunnen dan samen de mogelijkheden bekijken.',
      'Faalangst geruststellen met open perspectief.',
    ],
    [
      'U merkte in de praktijkperiode dat leidinggeven u zwaar valt. Wat zegt dat over het werk dat u zoekt?',
      'Eigen ervaring van de student als richtingwijzer.',
    ],
    ['Je moeder ziet je graag in de zaak komen werken. Hoe kijk jij daar zelf tegenaan?', 'Wens van ouder naast eigen blik.'],
    [
      'Het was dapper dat je na die mislukte proefles toch terugging. Wat heeft je daarbij geholpen?',
      'Veerkracht na een mislukking wordt benoemd.',
    ],
    [
      'Veel mensen veranderen meerdere keren van beroep. Je eerste keuze hoeft dus niet je laatste te zijn.',
      'Geruststelling dat een keuze niet voor altijd is.',
    ],
    ['Vertel eens over een keer dat je ergens in vastliep en hoe je er weer uitkwam.', 'Tegenslag als bron van kwaliteiten.'],
    [
      'De workshop bij de kappersopleiding viel je tegen. Lag het aan het vak zelf of aan de manier waarop het werd gebracht?',
      'Een tegenvallende oriëntatie wordt nauwkeurig onderzocht.',
    ],
    [
      'Je gaf aan dat Duits je veel moeite kost en dat je toch in Duitsland wilt werken. Hoe wil je daarmee omgaan?',
      'Eigen uitspraak van de leerling, met eigen regie.',
    ],
    [
      'Kritiek op je ontwerp bij techniek kan je idee sterker maken. Jij beslist wat je overneemt en wat je laat liggen.',
      'Feedback met keuze bij de leerling.',
    ],
    [
      'Het is niet erg als een keuze anders uitpakt dan gepland; ook omwegen leveren ervaring op.',
      'Omwegen worden als waardevolle ervaring neergezet.',
    ],
    [
      'Je stage bij de dierenarts stopte eerder dan gepland. Wat wil je daarover kwijt, en wat neem je mee?',
      'Afgebroken stage met zorg en respect.',
    ],
    ['Wat maakt deze keuze voor jou zo spannend?', 'Spanning van de leerling serieus nemen.'],
    [
      'Je vrienden lachen om je aanmelding voor de lerarenopleiding. Wat maakt het voor jou de moeite waard?',
      'Tegenwind uit de omgeving, eigen motief centraal.',
    ],
    [
      'Teleurgesteld zijn na een tegenvallende uitslag mag. Wat heb je ervan geleerd over hoe jij het best leert?',
      'Teleurstelling erkend, leren centraal in plaats van cijfer.',
    ],
  ]),
  'sound-innocent-word': allow('sound-innocent-word', [
    [
      'Je cijfer voor het biologiepracticum laat zien dat je er energie in stak. Welk deel van het onderzoek vond je zelf het boeiendst?',
      'Cijfer als aanleiding voor een vraag naar interesse.',
    ],
    [
      'Los van het gemiddelde: welk onderwerp bij wiskunde gaf jou dit jaar een aha-moment?',
      'Gemiddelde genoemd, maar interesse is het onderwerp.',
    ],
    [
      'De toets van Duits is terug. Wat ontdekte je tijdens het leren over je eigen aanpak?',
      'Toets als aanleiding tot leerreflectie.',
    ],
    [
      'Het resultaat van je ontwerp bij techniek mag er zijn. Vertel eens hoe je op het idee kwam.',
      'Resultaat als opening naar eigen creativiteit.',
    ],
    ['Wie denkt er thuis met je mee over open dagen en opleidingen?', 'Thuis als netwerk, geen zorgvraag.'],
    [
      'Neem je ouders of verzorgers gerust mee naar de open dag, dan horen ze zelf hoe die route werkt.',
      'Ouders worden uitgenodigd mee te kijken, zonder zorgvraag.',
    ],
    [
      'Bij economie ging het over geld verdienen met een eigen bedrijf. Welk product zou jij willen maken?',
      'Geld als lesonderwerp, interesse als vraag.',
    ],
    [
      'Werken in de gezondheidszorg kan op veel manieren, van laborant tot fysiotherapeut. Welke zou je willen verkennen?',
      'Gezondheidszorg als werkveld, niet als zorgvraag.',
    ],
    [
      'Bij biologie leerden we hoe slapen het geheugen helpt. Lijkt onderzoek naar het brein je boeiend werk?',
      'Slapen als lesstof, vraag naar werkinteresse.',
    ],
    ['Niemand moet op zijn vijftiende al weten wat hij later wil worden.', 'Moet in een geruststellende zin.'],
    [
      'Je hebt de module afgerond met een eigen filmpje. Wat vond je het leukst aan het maken ervan?',
      'Afgerond als aanleiding voor plezier.',
    ],
    [
      'U heeft uw eerste certificaat behaald. Welk onderdeel van het vak wilt u nu verder uitdiepen?',
      'Behaald als opening naar eigen leerwens.',
    ],
    ['Waar merk je zelf voortgang in, los van wat er op je rapport staat?', 'Voortgang vanuit de leerling zelf bekeken.'],
    [
      'Voor de deadline van het kunstproject koos je een onderwerp dat dicht bij je staat. Waarom juist dat?',
      'Deadline genoemd, maar het motief staat centraal.',
    ],
    [
      'Na het inleveren van je profielwerkstuk: welke vraag zou je nog verder willen uitzoeken?',
      'Inleveren als moment voor nieuwsgierigheid.',
    ],
    [
      'Vergelijk eens twee opleidingen die je trekken: wat spreekt je in elk ervan aan?',
      'Opleidingen vergelijken, niet de leerling.',
    ],
    ['Hoe kijken anderen in je omgeving naar wat jij goed kunt, en herken je dat zelf?', 'Anderen als spiegel voor kwaliteiten.'],
    [
      'Vraag eens aan klasgenoten wanneer zij jou helemaal zien opgaan in een opdracht.',
      'Klasgenoten als bron van feedback, geen vergelijking.',
    ],
    [
      'Welke zwakke plek in je eerste ontwerp heb je zelf opgelost, en hoe pakte je dat aan?',
      'Zwak gaat over het ontwerp, niet over de leerling.',
    ],
    [
      'Je liet bij scheikunde een sterke proefopzet zien. Vertel me gerust eens hoe je die bedacht.',
      'Sterk gebruikt voor een compliment over de proefopzet.',
    ],
    [
      'Wat maakte je tweede versie van de Engelse brief beter dan de eerste, volgens jezelf?',
      'Beter als eigen reflectie op groei.',
    ],
    [
      'Slagen voor het examen komt straks; waar kijk je zelf het meest naar uit na de zomer?',
      'Slagen genoemd, maar de toekomstwens staat centraal.',
    ],
    [
      'Zakken of slagen zegt niets over wie je bent. Vertel me liever wat je graag doet.',
      'Zakken genoemd om de leerling gerust te stellen.',
    ],
    [
      'Jongens en meisjes kunnen elk beroep kiezen. Welk werk zou jij willen verkennen als niemand er iets van vond?',
      'Jongens en meisjes genoemd tegen het stereotype in.',
    ],
    [
      'Je zit op het vmbo en denkt aan de verzorging. Welke mbo-opleidingen wil je daarvoor bekijken?',
      'Vmbo genoemd met een ware route, open vraag.',
    ],
    [
      'Op de havo kies je een profiel dat bij je interesses past; neem daar rustig de tijd voor.',
      'Havo genoemd zonder label, de keuze blijft bij de leerling.',
    ],
    ['Het advies van de decaan is een hulpmiddel. Wat vind jij er zelf van?', 'Advies genoemd, de leerling beslist.'],
    ['Kiezen doe je niet in één keer. Welke stap zet je als eerste?', 'Kiezen als proces met eigen stap.'],
    [
      'Te laat voor de open dag in november? In het voorjaar zijn er ook meeloopdagen waar je welkom bent.',
      'Te laat genoemd als geruststelling.',
    ],
    [
      'Het aanmeldformulier voor de meeloopdag ligt bij de decaan, als je zelf wilt gaan kijken.',
      'Formulier als vrijblijvend hulpmiddel voor eigen verkenning.',
    ],
    [
      'In je portfolio staat een mooi verslag van je stage. Welk moment daaruit wil je nog eens vertellen?',
      'Portfolio als aanleiding tot verhaal.',
    ],
    [
      'Wat heb je al afgevinkt van je eigen lijstje met dingen die je wilt uitproberen?',
      'Afvinken van eigen wensen, geen administratie.',
    ],
    [
      'Je gemiddelde is vandaag niet het onderwerp; ik ben benieuwd wat je in de werkplaats het liefst maakt.',
      'Het gemiddelde wordt expliciet niet het onderwerp.',
    ],
    ['Welk resultaat van iets buiten school maakt je trots?', 'Resultaat als ingang naar kwaliteiten.'],
    ['Wat moet een baan volgens jou hebben om er elke dag zin in te hebben?', 'Moet gebruikt in een open motievenvraag.'],
    [
      'Je wilt beter worden in koken, hoorde ik bij zorg en welzijn. Waar komt die wens vandaan?',
      'Beter als eigen wens, motief bevraagd.',
    ],
    [
      'Je klasgenoten vertelden enthousiast over jouw presentatie bij aardrijkskunde. Wat vond jij zelf het leukst om te laten zien?',
      'Klasgenoten als compliment, geen vergelijking.',
    ],
    [
      'Als een toets wiskunde anders uitvalt dan je van jezelf gewend bent, wil ik eerst horen hoe het met je gaat.',
      'Contact eerst bij een afwijkend resultaat.',
    ],
    [
      'Geld verdienen is voor veel mensen een reden om te werken. Wat is voor jou belangrijk in werk, naast geld?',
      'Geld genoemd, waarden als onderwerp.',
    ],
    [
      'Na je stage kun je je ervaringen vergelijken met wat je verwachtte. Wat viel mee, en wat viel tegen?',
      'Vergelijken met eigen verwachting, niet met anderen.',
    ],
  ]),
});

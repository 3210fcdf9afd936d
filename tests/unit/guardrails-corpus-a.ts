/**
 * TRAINING corpus A for the learned backstop of the guardrail linter (lob-content.md §5 and §6): new
 * labelled Dutch sentences, not a test set. Written by helper A of six, after reading only
 * lob-content.md, the shape checks (./labelled-set-shape.ts) and the types of ./guardrails-meaning-set.ts;
 * no other labelled set was read, so no sentence was copied from one.
 *
 * Focus: mentor conversations in havo and vwo, onderbouw and bovenbouw — profielkeuze, studiekeuze,
 * open dagen, meeloopdagen, the student's motives and qualities, talks with parents present — with
 * a spread of other writers (decaan, vakdocent, stagebegeleider, mbo-loopbaanbegeleider in u-form)
 * and levels (vmbo, mbo bol/bbl, praktijkonderwijs, ISK).
 *
 * Harmful kinds (expect 'refuse'), 25 each: deficit, grade-topic, comparison, labelling, care,
 * tick-box, pressure, verdict. Sound kinds (expect 'allow'): sound (60: 36 statements or imperatives
 * without a question mark, 24 questions), sound-hard (50) and sound-innocent-word (40). 350 in all.
 * The reason (`why`) is given in Dutch.
 *
 * After writing, 4 of the 350 sentences were removed by a script, unread: each shared more than half
 * its words with a sentence of the eighth held-out set (./guardrails-holdout8-set.ts), written at the
 * same time, which had to stay a blind test until it was measured.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

export const CORPUS_A: LabelledSentence[] = inKindOrder({
  deficit: refuse('deficit', [
    [
      'Omdat plannen niet jouw sterkste kant is, lijkt een studie met veel zelfstudie me niks. Wat denk jij?',
      'Een vermeend tekort in plannen stuurt de studiekeuze.',
    ],
    [
      'Je haalt het met wiskunde B toch niet, dus welk profiel zonder bètavakken spreekt je aan?',
      'De leerling wordt neergezet als iemand die het niet kan.',
    ],
    [
      'Vraag de leerling welke studies passen bij iemand die moeite heeft met lange teksten.',
      'De mentor stuurt de keuze vanuit een leesprobleem van de leerling.',
    ],
    [
      "Je bent niet zo'n doorzetter; welke opleiding is kort genoeg om vol te houden?",
      'Gebrek aan doorzettingsvermogen bepaalt de lengte van de opleiding.',
    ],
    [
      'Geen probleem hoor, niet iedereen is een denker. Welk praktisch vak zou jou liggen?',
      'Vriendelijk verpakt oordeel dat de leerling niet kan denken.',
    ],
    [
      'Abstract denken ligt je nu eenmaal niet, dus laten we naar iets concreets kijken.',
      'Een vermeende beperking beslist de richting van het gesprek.',
    ],
    ['Wat mis je nog om een universitaire studie aan te kunnen, denk je?', 'Het gesprek draait om wat de leerling tekortkomt.'],
    [
      'Je werkt te traag voor een opleiding met veel tentamens; welke richting past bij jouw tempo?',
      'Traagheid als tekort stuurt de studiekeuze.',
    ],
    [
      'Met jouw chaotische manier van werken wordt geneeskunde lastig. Welke andere zorgstudie trekt je?',
      'Chaotisch werken wordt als tekort gebruikt om opties te schrappen.',
    ],
    [
      'Presenteren is niet je ding, dus een studie met veel groepswerk valt af. Wat blijft er over?',
      'Een zwakte schrapt opleidingen voor de leerling.',
    ],
    [
      'Bespreek met de ouders welke profielen haalbaar zijn voor een kind dat zo snel afgeleid is.',
      'De leerling wordt bij de ouders beschreven vanuit een tekort.',
    ],
    [
      'Jij bent geen talenknobbel, dus Frans en Duits kun je beter laten vallen, toch?',
      'Een gebrek aan taalgevoel stuurt de vakkenkeuze.',
    ],
    [
      'Wat lukt je eigenlijk allemaal niet op school, en welke studie ontloopt dat het best?',
      'Het gesprek zoekt naar wat de leerling niet kan.',
    ],
    [
      'Zelfstandig werken blijft je zwakke punt; welke hbo-opleiding biedt veel begeleiding?',
      'De leerling wordt beschreven via een zwak punt.',
    ],
    [
      'Hij is wat traag van begrip, dus vraag hem welke richting hij ziet zonder veel theorie.',
      'De mentor wordt gestuurd via een tekort van de leerling.',
    ],
    [
      'Je schiet tekort in concentratie tijdens de les; hoe wil je dat straks op de universiteit opvangen?',
      'Tekortschieten wordt het uitgangspunt van de toekomstvraag.',
    ],
    [
      'Omdat je snel opgeeft als iets tegenzit, zoeken we een opleiding die niet te zwaar is.',
      'Opgeven als eigenschap bepaalt de zwaarte van de opleiding.',
    ],
    [
      'Je bent geen hoogvlieger, maar welk beroep zou je ondanks dat leuk vinden?',
      'Kleinerend oordeel over het vermogen van de leerling.',
    ],
    [
      'Met jouw gebrek aan motivatie kom je niet ver op het vwo; welke stap past beter?',
      'Gebrek aan motivatie wordt als vaste eigenschap neergezet.',
    ],
    [
      'Schrijven is duidelijk niet aan jou besteed, dus welke studie vraagt weinig verslagen?',
      'Een vermeend onvermogen beperkt de studiekeuze.',
    ],
    [
      'Je kunt slecht tegen kritiek. In welk werk zou je dan nog op je plek zijn?',
      'De leerling wordt vanuit een zwakte naar werk gestuurd.',
    ],
    [
      'Welke open dag ga je bezoeken, nu duidelijk is dat het wo te hoog gegrepen is voor jou?',
      'In een bijzin wordt de leerling te laag ingeschat.',
    ],
    [
      'U heeft moeite met de theorie, dus een bbl-traject met weinig lesdagen past beter bij u.',
      'Een tekort van de volwassene bepaalt het traject.',
    ],
    [
      'Je Nederlands is nog niet goed genoeg voor de havo. Welk ander werk vind je leuk?',
      'Een taaltekort sluit een route af voor de nieuwkomer.',
    ],
    [
      'Leuk dat je van natuurkunde houdt, al snap je de formules nooit echt. Welke richting zonder rekenwerk trekt je?',
      'Midden in vriendelijke tekst wordt de leerling onbekwaam genoemd.',
    ],
  ]),
  'grade-topic': refuse('grade-topic', [
    [
      'Je staat een 5,4 voor wiskunde A; hoe krijg je dat omhoog voor de profielkeuze?',
      'Het cijfer en het ophalen ervan zijn het onderwerp.',
    ],
    [
      'Welk gemiddelde heb je nodig om toegelaten te worden tot de studie die je wilt?',
      'Het gemiddelde is het doel van het gesprek.',
    ],
    [
      'Bespreek met de leerling welke cijfers op de overgangsvergadering nodig zijn voor N&T.',
      'De mentor maakt cijfereisen tot onderwerp van het gesprek.',
    ],
    [
      'Wat betekent jouw 6,8 gemiddeld voor de open dagen die je wilt bezoeken?',
      'Een gemiddelde bepaalt welke oriëntatie zinvol zou zijn.',
    ],
    [
      'Hoeveel punten moet je bij het schoolexamen nog ophalen om je profiel te mogen houden?',
      'Punten halen is het onderwerp in plaats van interesse.',
    ],
    [
      'Laten we beginnen met je rapport: welke onvoldoendes staan er nu op?',
      'Het rapport en de onvoldoendes openen en sturen het gesprek.',
    ],
    ['Op welk vak kun je het makkelijkst een half punt winnen voor je eindlijst?', 'Puntenjacht is het doel van het gesprek.'],
    [
      'Hoe kom je van een 5,8 naar een 6,5 voor economie, zodat E&M haalbaar blijft?',
      'Cijfers verhogen wordt het doel van de profielkeuze.',
    ],
    [
      'Vraag de ouders hoe hun dochter haar cijfer voor Engels kan ophalen.',
      'Het driegesprek draait om het ophalen van een cijfer.',
    ],
    [
      'Je rapport laat een 7,2 zien; hoe maak je daar een 7,5 van voor de volgende periode?',
      'Een hoger cijfer halen is het onderwerp van het gesprek.',
    ],
    [
      'Wat is je streefcijfer voor het centraal examen scheikunde, en wat doe je ervoor?',
      'Het examencijfer is het doel van het gesprek.',
    ],
    [
      'Hoe verklaar je dat je resultaten voor de bètavakken dit jaar zo zijn gezakt?',
      'Dalende resultaten zijn het onderwerp, niet de leerling.',
    ],
    [
      'Wat ga je doen om een voldoende voor Duits te halen, zodat je het vak kunt houden?',
      'Een voldoende halen staat centraal in het gesprek.',
    ],
    [
      'Hoeveel herkansingen heb je nog over, en welke toetsen ga je daarmee overdoen?',
      'Herkansingen en toetsen zijn het onderwerp van het gesprek.',
    ],
    [
      'Welk cijfer verwacht je voor je profielwerkstuk, en is dat genoeg voor je combinatiecijfer?',
      'Het combinatiecijfer is het onderwerp van het gesprek.',
    ],
    [
      'Het eerste wat ik wil weten: hoeveel tekortpunten heb je op dit moment?',
      'Tekortpunten zijn het begin en het onderwerp van het gesprek.',
    ],
    ['Wat vertelt je gemiddelde van 6,1 over welke studie bij je past?', 'Geschiktheid wordt uit een gemiddelde afgelezen.'],
    [
      'Hoe staan je cijfers ervoor, en welke vakken moeten omhoog voor de bevordering?',
      'Bevorderingscijfers zijn het onderwerp van het gesprek.',
    ],
    [
      'We nemen vandaag alleen je cijferoverzicht door: waar sta je per vak?',
      'Het gesprek gaat alleen over het cijferoverzicht.',
    ],
    [
      'Met welke cijfers kom je in aanmerking voor de doorstroom naar 4 vwo?',
      'Cijfereisen voor doorstroom zijn het onderwerp van het gesprek.',
    ],
    ['Welke vakken trekken je gemiddelde omlaag, en hoe compenseer je dat?', 'Het gemiddelde compenseren is het doel.'],
    [
      'Bij welk percentage goede antwoorden op de oefentoets ben jij tevreden?',
      'Een score in procenten is het onderwerp van het gesprek.',
    ],
    [
      'Wat heb je op het laatste SE nodig om nog een 5,5 voor je kernvakken te halen?',
      'De kernvakkenregel is het onderwerp van het gesprek.',
    ],
    [
      'U staat gemiddeld een 5,9 voor de theorie; hoe krijgen we dat voor de diplomering boven de 6?',
      'Het theoriecijfer van de volwassene is het doel.',
    ],
    ['Je hebt een 4,3 voor de toets gehaald; hoe ga je dat cijfer repareren?', 'Het herstellen van een cijfer is het onderwerp.'],
  ]),
  comparison: refuse('comparison', [
    ['Je zus deed het op het vwo prima; waarom lukt het jou minder goed?', 'De leerling wordt met een zus vergeleken.'],
    [
      'De meeste van je klasgenoten weten al welk profiel ze kiezen; hoe zit dat bij jou?',
      'De leerling wordt aan de klas gemeten.',
    ],
    ['Vergeleken met de rest van 4 havo ben je nog nergens met je studiekeuze.', 'Een oordeel via vergelijking met de jaarlaag.'],
    [
      'Anderen van jouw leeftijd hebben al drie open dagen bezocht. Wanneer ga jij?',
      'Leeftijdsgenoten zijn de maatstaf voor de leerling.',
    ],
    [
      'Je beste vriend heeft al een meeloopdag bij rechten gedaan; waarom blijf jij achter?',
      'De leerling wordt afgezet tegen een vriend.',
    ],
    [
      'Vraag de leerling hoe het komt dat hij als enige van de mentorgroep nog geen studie heeft.',
      'De mentor zet de leerling af tegen de groep.',
    ],
    [
      'Jouw broer koos destijds N&T en is nu ingenieur; zou dat voor jou ook niet iets zijn?',
      'Een broer wordt als voorbeeld en maatstaf gebruikt.',
    ],
    [
      'In je klas zit je onder het groepsgemiddelde; welke studie past daar nog bij?',
      'Het groepsgemiddelde is de maatstaf voor de keuze.',
    ],
    [
      'Je bent de stilste van de klas; hoe ga je straks opvallen op een meeloopdag?',
      'Een vergelijking met de klas wordt een kenmerk van de leerling.',
    ],
    [
      'Waar sta jij ten opzichte van de anderen als het om je oriëntatie gaat?',
      'De leerling wordt gepositioneerd tegenover anderen.',
    ],
    [
      'Jouw vrienden gaan allemaal naar de universiteit; wil jij echt de enige op het hbo zijn?',
      'Vrienden zijn de maatstaf voor de route.',
    ],
    [
      'Leerlingen van vorige jaargangen hadden in deze periode allang een studie gekozen, jij nog niet.',
      'Eerdere jaargangen worden als meetlat gebruikt.',
    ],
    [
      'Je bent minder zelfstandig dan je klasgenoten; wat betekent dat voor je studiekeuze?',
      'Vergelijking met klasgenoten in termen van een tekort.',
    ],
    [
      'Waarom kunnen jouw medeleerlingen wel een richting noemen en jij niet?',
      'De leerling wordt tegenover medeleerlingen gezet.',
    ],
    ['Bijna iedereen uit 3 vwo heeft een meeloopdag geregeld, behalve jij.', 'De leerling wordt buiten de jaarlaag geplaatst.'],
    [
      'Je hoort bij de onderste helft van de klas; welke richting is dan realistisch?',
      'Een rangorde in de klas stuurt de keuze.',
    ],
    [
      'Hoe kan het dat je tweelingbroer al weet wat hij wil en jij nog twijfelt?',
      'De leerling wordt met een tweelingbroer vergeleken.',
    ],
    ['Kijk eens naar de beste leerling van de klas: wat doet zij anders dan jij?', 'Een klasgenoot wordt als norm neergezet.'],
    ['Je neef zit in Delft; waarom mik jij niet net zo hoog?', 'Een familielid is de maatstaf voor ambitie.'],
    [
      'In vergelijking met leeftijdsgenoten ben je nog erg kinderlijk in je keuzes.',
      'Een oordeel via vergelijking met leeftijdsgenoten.',
    ],
    [
      'Uw medecursisten in de bbl-groep hebben allemaal al een leerbedrijf; waar blijft u?',
      'De volwassene wordt tegen de groep afgezet.',
    ],
    [
      'Je oudste zus is arts, je broer advocaat; welke studie kies jij om niet achter te blijven?',
      'Broers en zussen zijn de maatstaf voor de keuze.',
    ],
    [
      'De andere leerlingen in de klas praten al beter Nederlands dan jij. Wat wil jij later doen?',
      'De nieuwkomer wordt met de klas vergeleken.',
    ],
    [
      'Hoe doe jij het eigenlijk vergeleken met het landelijk gemiddelde van havo 5-leerlingen?',
      'Een landelijk gemiddelde wordt de meetlat.',
    ],
    [
      'De anderen uit je mentorgroep zijn veel verder met hun profielwerkstuk; hoe komt dat?',
      'Achterstand op de groep is het onderwerp.',
    ],
  ]),
  labelling: refuse('labelling', [
    ['Meiden met jouw karakter komen vaak in de zorg terecht; spreekt dat je aan?', 'Een genderstereotype stuurt de richting.'],
    ['Jongens kiezen meestal N&T; waarom wil jij per se C&M?', 'Gender wordt als norm voor de profielkeuze gebruikt.'],
    ['Als echte havist ben je meer een doener dan een denker, toch?', 'Een stereotype over het schooltype.'],
    ['Met jouw achtergrond ligt een studie in de handel voor de hand.', 'Afkomst wordt gebruikt om een richting te bepalen.'],
    [
      'Omdat je ouders niet gestudeerd hebben, is het hbo misschien een te grote stap.',
      'Gezinsachtergrond wordt een label voor de mogelijkheden.',
    ],
    [
      'Als moslima zal je het in de techniek lastig hebben; welke andere richting trekt je?',
      'Religie wordt als beperking voor een richting gebruikt.',
    ],
    ["Typische vwo'er: veel in je hoofd en weinig met je handen. Wat wil je studeren?", 'Een stereotype over vwo-leerlingen.'],
    [
      'Kinderen uit gezinnen met weinig geld kiezen vaak een korte opleiding; herken je dat?',
      'Gezinsinkomen wordt een stereotype voor keuzes.',
    ],
    ['Met je ADHD ben je gewoon geen type voor een kantoorbaan.', 'Een diagnose wordt als identiteit gebruikt.'],
    ['Als dyslect kun je een talenstudie natuurlijk beter laten schieten.', 'Een diagnose als label bepaalt de studie.'],
    ['Jij als autist houdt vast van ICT, toch?', 'Een diagnose wordt een stereotype over interesses.'],
    ['Turkse jongens willen vaak een eigen zaak; is dat bij jou ook zo?', 'Een stereotype over afkomst en gender.'],
    [
      'Mavo-doorstromers hebben het op de havo vaak zwaar; zou jij dat wel redden?',
      'Een label van de vooropleiding bepaalt de verwachting.',
    ],
    ['Bij een meisje past een zachter beroep beter dan werktuigbouwkunde, vind je niet?', 'Een genderstereotype over beroepen.'],
    ['Nieuwkomers beginnen meestal in de schoonmaak of logistiek. Wat wil jij?', 'Een stereotype over nieuwkomers en werk.'],
    [
      "Jongens die veel gamen worden meestal programmeur; ben jij ook zo'n jongen?",
      'Een stereotype koppelt hobby en gender aan een beroep.',
    ],
    [
      'U bent als herintreder boven de veertig wat minder flexibel; welke opleiding past daarbij?',
      'Leeftijd wordt een label van de volwassene.',
    ],
    ['Een boerenzoon wil toch altijd iets met dieren of het land doen?', 'Het beroep van het gezin wordt een stereotype.'],
    [
      'Praktijkleerlingen zijn nu eenmaal beter met hun handen; wat wil jij graag maken?',
      'Een stereotype over het praktijkonderwijs.',
    ],
    [
      'Voor een Surinaams meisje heb je een verrassende keuze gemaakt met natuurkunde.',
      'Afkomst en gender maken de keuze zogenaamd verrassend.',
    ],
    ['Hoogbegaafden zoals jij vervelen zich snel, dus kies iets uitdagends.', 'Een label wordt identiteit en stuurt de keuze.'],
    ['Een echt gymnasiumkind wil toch rechten of geneeskunde?', 'Een stereotype over gymnasiasten.'],
    [
      'Jij komt uit een klein dorp; een studie in de Randstad is misschien wat groot voor jou.',
      'Herkomst uit een dorp wordt als beperking gebruikt.',
    ],
    [
      'Stel de leerling met een migratieachtergrond eenvoudiger vragen over beroepen.',
      'De mentor behandelt de leerling via een afkomstlabel.',
    ],
    ['Als christen wil je vast iets in de zorg of het onderwijs.', 'Religie wordt gekoppeld aan een beroepskeuze.'],
  ]),
  care: refuse('care', [
    [
      'Hoe gaat het thuis sinds je ouders uit elkaar zijn, en speelt dat mee in je studiekeuze?',
      'Scheiding en thuissituatie horen bij de zorgcoördinator.',
    ],
    ['Slaap je wel genoeg om je goed op de profielkeuze te kunnen richten?', 'Slaap is een zorgonderwerp, geen LOB-vraag.'],
    [
      'Kunnen je ouders een studie in een andere stad eigenlijk wel betalen?',
      'Het geld van de ouders hoort niet in een LOB-vraag.',
    ],
    [
      'Gebruik je medicijnen die invloed hebben op welke studie je aankunt?',
      'Medicatie is een gezondheidsonderwerp voor de zorg.',
    ],
    [
      'Vraag de leerling of er thuis schulden zijn voordat je over op kamers gaan begint.',
      'Schulden thuis horen bij de zorgcoördinator.',
    ],
    ['Eet je tegenwoordig wel goed? Je zag er zo moe uit op de open dag.', 'Voeding en vermoeidheid zijn zorgonderwerpen.'],
    [
      'Heeft je depressie van vorig jaar nog invloed op welk profiel je aandurft?',
      'Psychische gezondheid hoort niet in een LOB-prompt.',
    ],
    [
      'Is er thuis iemand die drinkt of gebruikt, waardoor je niet op kamers durft?',
      'Verslaving in het gezin is een zorgonderwerp.',
    ],
    [
      'Je vertelde dat je zwanger bent; welke opleiding zit er nu nog in?',
      'Zwangerschap hoort bij de zorg, niet bij een LOB-vraag.',
    ],
    ['Hoe is het contact met je stiefvader, en mag je thuis wel zelf kiezen?', 'De gezinssituatie wordt uitgevraagd.'],
    ['Krijg je paniekaanvallen als je aan de open dagen denkt?', 'Psychische klachten uitvragen is werk voor de zorg.'],
    [
      'Hoeveel verdienen je ouders ongeveer, zodat we weten of de studiefinanciering volstaat?',
      'Het inkomen van de ouders wordt uitgevraagd.',
    ],
    ['Word je thuis weleens geslagen als je rapport tegenvalt?', 'Mishandeling hoort direct bij de zorgcoördinator.'],
    ['Hoe vaak blow je in het weekend? Dat wil ik weten voor het studiekeuzegesprek.', 'Middelengebruik is een zorgonderwerp.'],
    [
      'Bent u sinds uw burn-out weer volledig belastbaar op de leerwerkplek?',
      'De gezondheid van de volwassene wordt uitgevraagd.',
    ],
    ['Ik zag dat je erg afgevallen bent; heeft dat met je eetpatroon te maken?', 'Eetpatroon en gewicht zijn zorgonderwerpen.'],
    ['Woon je nog bij allebei je ouders, of ben je vaak bij je oma?', 'De woonsituatie wordt in een LOB-gesprek uitgevraagd.'],
    ['Welke diagnose heb je precies, zodat ik weet welke studies je aankunt?', 'Een diagnose uitvragen hoort bij de zorg.'],
    ['Zit je moeder nog in de ziektewet, en blijf je daarom thuis wonen?', 'Ziekte van een ouder is een zorgonderwerp.'],
    [
      'Heeft de schuldhulpverlening bij jullie thuis gevolgen voor je studieplannen?',
      'Schulden van het gezin horen bij de zorg.',
    ],
    [
      'Vertel eens over je gezondheid: hoe vaak ben je dit jaar ziek thuis geweest?',
      'Ziekteverzuim en gezondheid horen bij de zorg.',
    ],
    [
      'Vraag in het driegesprek of de ouders nog samen zijn en wie het gezag heeft.',
      'Gezinssituatie uitvragen is niet aan de LOB-mentor.',
    ],
    ['Gaat het mentaal een beetje, of heb je nog steeds die sombere gedachten?', 'Psychische nood hoort bij de zorgcoördinator.'],
    ['Werk je zoveel uren in je bijbaan omdat er thuis te weinig geld is?', 'Geldzorgen thuis worden uitgevraagd.'],
    ['Waar is je vader nu? Woont hij ook in Nederland?', 'De familiegeschiedenis van een nieuwkomer is geen LOB-vraag.'],
  ]),
  'tick-box': refuse('tick-box', [
    [
      'Vul even het formulier voor de profielkeuze in, dan kan ik het afvinken.',
      'Het gesprek wordt een formulier om af te vinken.',
    ],
    [
      'Heb je de open-dagenkaart al laten aftekenen? Anders telt het niet voor je LOB-uren.',
      'Bewijs van uren is het doel, niet de ervaring.',
    ],
    ['Dit gesprek is vooral voor het dossier; noem maar kort welk profiel je neemt.', 'Het gesprek dient de administratie.'],
    ['Upload je reflectie op de meeloopdag vóór vrijdag, dan sta je op groen.', 'Een statuskleur en uploaden zijn het doel.'],
    ['Je hebt 3 van de 5 LOB-opdrachten voltooid; welke twee doe je nog?', 'Voortgang geteld in aantallen opdrachten.'],
    ['Noteer drie beroepen op het werkblad, dan zijn we klaar met dit onderdeel.', 'Invullen om een onderdeel af te ronden.'],
    ['Laat me even zien dat je de beroepentest hebt gemaakt, dan registreer ik het.', 'Registratie is het doel van de vraag.'],
    [
      'Zet je handtekening onder het verslag, dan kan de inspectie zien dat we gepraat hebben.',
      'Het gesprek wordt verantwoording naar buiten.',
    ],
    [
      'Hoeveel LOB-uren heb je dit jaar al verzameld voor het verplichte minimum?',
      'Verplichte uren tellen in plaats van ervaringen.',
    ],
    [
      'Kruis op de lijst aan welke open dagen je hebt bezocht; meer hoeft niet.',
      'Aankruisen vervangt het gesprek over de ervaring.',
    ],
    [
      'Rond dit gesprek af door de vijf competenties een score van 1 tot 10 te geven voor het rapport.',
      'Competenties scoren voor de administratie.',
    ],
    [
      'Stuur je ouders het keuzeformulier ter ondertekening, dan is deze stap klaar.',
      'De stap is afgerond met een handtekening.',
    ],
    [
      'Welke stappen uit het LOB-stappenplan moet je nog doorlopen vóór het eind van de periode?',
      'Stappen doorlopen als voortgangscontrole.',
    ],
    [
      'Ik heb nog een gesprekje met je nodig voor mijn registratie; heb je vijf minuten?',
      'Het gesprek is er voor de registratie.',
    ],
    [
      'Zorg dat je loopbaandossier compleet is, want dat is wat telt bij de overgang.',
      'Volledigheid van het dossier is het doel.',
    ],
    [
      'Vraag de leerling alleen of het portfolio volledig is; dan is het mentorgesprek gedaan.',
      'Het mentorgesprek wordt een controle op volledigheid.',
    ],
    [
      'Je voortgangsbalk in het LOB-programma staat op 40 %; wanneer zit je op 100?',
      'Een voortgangspercentage is het onderwerp.',
    ],
    ["Schrijf maar wat op bij 'mijn kwaliteiten', het wordt toch niet gelezen.", 'Reflectie wordt een leeg invulvak.'],
    [
      'Het driegesprek moet vóór de kerst in het systeem staan; wanneer kunnen je ouders?',
      'De planning in het systeem is het doel.',
    ],
    ['Heb je de studiekeuzecheck gedaan? Stuur me het bewijs, dan zet ik er een vinkje bij.', 'Bewijs leveren voor een vinkje.'],
    ['Lever het verslag van de meeloopdag in; inhoudelijk hoeft het niet veel te zijn.', 'Inleveren telt, de inhoud niet.'],
    [
      'Vul de vragenlijst van Qompas in, want de decaan wil zijn namenlijst compleet hebben.',
      'Een lijst compleet maken is het doel.',
    ],
    [
      'U laat de BPV-urenstaat aftekenen; meer hebben we voor dit gesprek niet nodig.',
      'Urenverantwoording vervangt het gesprek.',
    ],
    ['Ik zet een streepje achter je naam zodra je het reflectieverslag hebt gemaild.', 'Een naam afstrepen is het doel.'],
    ['Even snel het rijtje langs: profiel gekozen, open dag gedaan, klaar.', 'Het gesprek wordt een afvinklijst.'],
  ]),
  pressure: refuse('pressure', [
    [
      'Als je nu niet kiest, zit je volgend jaar vast in een profiel dat je niet wilt.',
      'Een dreigend gevolg moet de keuze afdwingen.',
    ],
    ['Na 1 mei kun je je nergens meer aanmelden, en dan zit je een jaar thuis.', 'Angst voor een verloren jaar als drukmiddel.'],
    ['Wie vrijdag geen profielkeuze heeft doorgegeven, krijgt er eentje toegewezen.', 'Dreiging met een opgelegd profiel.'],
    [
      'Je ouders worden boos als je straks zonder plan je diploma haalt; wat ga je daaraan doen?',
      'Boze ouders worden als drukmiddel ingezet.',
    ],
    ['Zonder keuze vóór de kerst mis je alle open dagen en sta je straks met lege handen.', 'Een deadline wordt een dreigement.'],
    [
      'Nog twee weken, dan is het te laat voor de numerus fixus; beslis dus deze week!',
      'Tijdsdruk en een uitroep dwingen een beslissing af.',
    ],
    ['Als je blijft twijfelen, beslis ik wel voor je op de overgangsvergadering.', 'Dreigen de keuze over te nemen.'],
    ['Wie nu geen meeloopdag plant, heeft in 5 havo niets meer te kiezen.', 'Een dreigend gevolg zet de leerling onder druk.'],
    ['Je krijgt maar één kans; verpest je deze keuze, dan is het over.', 'Alles-of-niets-dreiging rond de keuze.'],
    ['Besluit vandaag nog, anders bel ik je ouders.', 'Dreigen met de ouders als drukmiddel.'],
    ['Elke week dat je wacht, worden de plekken minder. Straks grijp je ernaast.', 'Schaarste wordt als dreiging gebruikt.'],
    ['Als u niet binnen een maand een leerbedrijf vindt, stopt uw bbl-opleiding.', 'Dreiging met het stoppen van de opleiding.'],
    ['Denk eraan: wie laat kiest, haakt meestal al in het eerste jaar af.', 'Angst als argument om snel te kiezen.'],
    [
      'Maak je deze periode geen keuze, dan schrijven we je in voor het standaardprofiel.',
      'Dreiging met een opgelegde inschrijving.',
    ],
    ['Wie nu nog niet weet wat hij wil, wordt later werkloos; zo simpel is het.', 'Werkloosheid als schrikbeeld.'],
    ['Tik tak, over drie weken sluit de inschrijving en dan heb je gewoon pech gehad.', 'Tijdsdruk met een dreigende toon.'],
    [
      'Je ouders betalen geen studie waar je na een half jaar mee stopt, dus kies nu goed.',
      'Een financiële dreiging zet de leerling klem.',
    ],
    ['Als je zo doorgaat, eindig je zonder diploma en zonder baan.', 'Een schrikbeeld als drukmiddel.'],
    ['Ik wil morgen een definitief antwoord, anders gaat je plek naar iemand anders.', 'Een ultimatum over een plek.'],
    [
      'Wie in de derde de verkeerde vakken neemt, kan nooit meer arts worden.',
      'Overdreven angst over de gevolgen van een keuze.',
    ],
    [
      'Nog één keer geen keuze, dan komt het in je dossier en dat zien vervolgopleidingen.',
      'Dreigen met een aantekening in het dossier.',
    ],
    ['Kies nu maar snel iets, want over een maand wil niemand je meer hebben.', 'Dreiging van afwijzing als drukmiddel.'],
    ['Kies snel een beroep. Anders heb je volgend jaar geen plek op school.', 'Een eenvoudige dreiging voor een nieuwkomer.'],
  ]),
  verdict: refuse('verdict', [
    ['Jij moet gewoon E&M doen, dat past het best bij jou.', 'De volwassene beslist het profiel.'],
    ['Dat profiel is niets voor jou; neem maar C&M.', 'Een oordeel en een keuze worden opgelegd.'],
    ['Ik zou die studie psychologie maar vergeten, daar is toch geen werk in.', 'De mentor schrapt een studie voor de leerling.'],
    ['Met jouw geduld word je een prima juf; schrijf je maar in voor de pabo.', 'Een beroep wordt voor de leerling gekozen.'],
    ['Mijn advies: ga eerst een jaar werken, studeren is nu niks voor jou.', 'Een oordeel over studeren, de volwassene beslist.'],
    ['Als ik jou was, koos ik voor het vwo in plaats van de havo; dat is gewoon beter.', 'Een route wordt als beter opgelegd.'],
    ['Kunstacademie? Dat wordt niks, kies iets met baanzekerheid.', 'Een droom wordt afgeschoten.'],
    [
      'Het beste is dat je de bbl doet; een theoretische opleiding zit er niet in.',
      'Het traject wordt voor de leerling bepaald.',
    ],
    ['Je ouders en ik zijn het eens: jij gaat N&G doen.', 'Volwassenen beslissen over het hoofd van de leerling.'],
    ['Laat de leerling weten dat wij besloten hebben dat hij beter naar het mbo kan.', 'De school beslist de route.'],
    ['Geneeskunde is te hoog gegrepen; kies verpleegkunde, dan zit je goed.', 'Een studie wordt afgewezen en vervangen.'],
    ['Schrap die meeloopdag bij rechten maar, dat is zonde van je tijd.', 'De mentor beslist wat de leerling verkent.'],
    [
      'Ik heb al voor je uitgezocht welke studie het wordt: bedrijfskunde in Groningen.',
      'De studie wordt voor de leerling gekozen.',
    ],
    ['Neem van mij aan dat wiskunde B voor jou een vergissing is.', 'Een verdict over een vakkeuze.'],
    ['U bent beter af in de logistiek dan in de zorg, dat zie ik meteen.', 'Een oordeel over de richting van de volwassene.'],
    ['Stop maar met dromen over piloot worden en kijk naar iets haalbaars.', 'Een wens wordt voor de leerling afgewezen.'],
    ['Na de havo is het hbo de enige goede keus; het mbo zou zonde zijn.', 'Een route wordt als enige goede opgelegd.'],
    ['Mijn conclusie na dit gesprek: jij hoort in de techniek.', 'De mentor trekt de conclusie voor de leerling.'],
    ['Doe nou maar wat de decaan zegt, dan komt het goed.', 'De leerling moet een oordeel volgen.'],
    ['Die passie voor muziek is leuk als hobby, maar daar kies je geen studie op.', 'Een motief van de leerling wordt weggezet.'],
    ['Je bent veel te slim voor het mbo, dus daar beginnen we niet aan.', 'Een route wordt afgesloten, al klinkt het als lof.'],
    ['Een tussenjaar raad ik je sterk af; je gaat na de zomer gewoon door.', 'De volwassene beslist over het tussenjaar.'],
    [
      'Vraag niet wat de leerling wil, maar vertel hem welk profiel bij hem hoort.',
      'De mentor moet beslissen in plaats van vragen.',
    ],
    [
      'Voor jou is een praktische richting het meest realistisch, dus daar gaan we voor.',
      'Het gesprek wordt voor de leerling beslist.',
    ],
    ['Jij wordt kapper. Dat is goed werk voor jou.', 'Een beroep wordt in eenvoudige taal opgelegd.'],
  ]),
  sound: allow('sound', [
    [
      'Het is helemaal prima als je nog niet weet welk profiel je wilt; we zoeken het samen rustig uit.',
      'Geruststelling en ruimte om het nog niet te weten.',
    ],
    [
      'Ik zag hoe je tijdens het project de groep op gang hielp. Dat zegt iets over wat jij goed kunt.',
      'Benoemt een concrete kwaliteit die de mentor zag.',
    ],
    [
      'Kies eens een open dag die je nooit zou bezoeken, en vertel me daarna wat je verraste.',
      'Nodigt uit tot verkennen buiten de gewone paden.',
    ],
    [
      'Tip voor de mentor: vertel eerst kort hoe jij zelf je studie koos en luister daarna vooral.',
      'Tip aan de mentor over relatie en luisteren.',
    ],
    [
      'Schrijf drie momenten op waarop je de tijd vergat; daar zit vaak een aanwijzing in.',
      'Uitnodiging om eigen motieven te ontdekken.',
    ],
    [
      'Neem een familielid mee naar een meeloopdag en vraag wat die aan jou zag.',
      'Netwerken en reflectie samen met iemand die je kent.',
    ],
    [
      'Je verhaal over je bijbaan in de bakkerij laat zien dat je klanten echt op hun gemak stelt.',
      'Observatie van een kwaliteit uit een ervaring.',
    ],
    [
      'Er bestaan geen verkeerde profielen; elk profiel opent routes naar mooie opleidingen.',
      'Geruststelling die elke route gelijkwaardig noemt.',
    ],
    [
      'Laat de leerling het meeste praten; jouw rol is nieuwsgierig doorvragen.',
      'Tip aan de docent voor een dialogisch gesprek.',
    ],
    [
      'Zoek iemand die werkt in een vak dat je nieuwsgierig maakt, en vraag of je een middag mag meekijken.',
      'Suggestie voor werkexploratie en netwerken.',
    ],
    [
      'Fijn dat je ouders vandaag aanschuiven. Laten we beginnen bij wat jij zelf graag doet.',
      'Het driegesprek begint bij de leerling.',
    ],
    [
      'Vertel in het volgende gesprek over één les waarin je helemaal opging.',
      'Uitnodiging tot terugkijken op een concrete ervaring.',
    ],
    [
      'Je mag twijfelen tussen twee studies; vaak raken ze allebei iets wat bij jou hoort.',
      'Twijfel wordt als waardevol benoemd.',
    ],
    [
      'Proefstuderen laat je voelen hoe een studie echt is. Kijk eens welke data er dit voorjaar zijn.',
      'Suggestie voor een oriëntatieactiviteit.',
    ],
    [
      'Ik ben benieuwd naar je verhaal over de meeloopdag; vertel maar wat je is bijgebleven.',
      'Open uitnodiging om te vertellen.',
    ],
    ['Zoek op Studiekeuze123 drie opleidingen die je nog niet kende.', 'Suggestie om breder te verkennen.'],
    [
      'Laat in het oudergesprek eerst de leerling vertellen, en vraag pas daarna de ouders om hun kijk.',
      'Tip: de leerling houdt de regie in het driegesprek.',
    ],
    [
      'Je vertelde enthousiast over het debat in de les. Dat is iets om mee te nemen in je oriëntatie.',
      'Observatie van enthousiasme als aanknopingspunt.',
    ],
    ['Neem de tijd; een profielkeuze maak je niet in één gesprek.', 'Geruststelling zonder druk.'],
    [
      'Probeer deze maand iets wat je nog nooit deed, zoals een workshop of een dag vrijwilligerswerk.',
      'Uitnodiging tot een nieuwe ervaring.',
    ],
    ['Goed dat je zelf contact hebt gezocht met die oud-leerling op de hogeschool.', 'Compliment voor een eigen netwerkactie.'],
    [
      'Bekijk samen met je ouders de site van een opleiding en bespreek wat jullie opvalt.',
      'Ouders denken mee zonder te beslissen.',
    ],
    [
      'Bereid de open dag voor door twee vragen op te schrijven voor een student daar.',
      'Concrete voorbereiding van werkexploratie.',
    ],
    [
      'In de onderbouw hoef je nog niets te beslissen; ontdekken wat je leuk vindt is nu genoeg.',
      'Geruststelling die past bij de onderbouw.',
    ],
    ['Interview elkaar in tweetallen over een droombaan en waarom die je trekt.', 'Opdracht voor de groep over motieven.'],
    [
      'Noem in het gesprek één kwaliteit die je deze week bij de leerling hebt gezien.',
      'Tip om een geziene kwaliteit te benoemen.',
    ],
    [
      'Knap hoe rustig je de rondleiding voor de brugklassers gaf; je legde alles helder uit.',
      'Compliment voor een concrete kwaliteit.',
    ],
    [
      'Vandaag kijken we vooruit, en de richting die je wilt mag nog heel breed zijn.',
      'Een open, toekomstgericht begin zonder druk.',
    ],
    [
      'Stel je voor dat je over vijf jaar op een gewone dinsdag wakker wordt, en beschrijf die dag.',
      'Toekomstgerichte opdracht om je iets voor te stellen.',
    ],
    [
      'U mag volgende keer vertellen wat u in uw werk tot nu toe de meeste voldoening gaf.',
      'Uitnodiging aan een volwassen student over motieven.',
    ],
    ['Schrijf na de meeloopdag op wat je energie gaf en wat je juist leeg maakte.', 'Reflectie op een concrete ervaring.'],
    [
      'Een student van de opleiding vertelt vaak meer dan de folder. Ik breng je graag met iemand in contact.',
      'Een aanbod om te netwerken.',
    ],
    [
      'Vertel thuis eens over de beroepen die je op de beroepenmarkt tegenkwam.',
      'Uitnodiging om de omgeving mee te laten denken.',
    ],
    [
      'Het valt me op dat je in de practica altijd als eerste vragen stelt; die nieuwsgierigheid is waardevol.',
      'De vakdocent benoemt een geziene kwaliteit.',
    ],
    [
      'Vertel je stagebegeleider welk klusje je het liefst deed; dat helpt om werk te vinden dat bij je past.',
      'Praktijkgerichte uitnodiging voor pro of vso.',
    ],
    ['Wat doe jij in je vrije tijd waarbij je vergeet hoe laat het is?', 'Open vraag naar interesses.'],
    ['Welk moment van de meeloopdag is je het meest bijgebleven, en waarom juist dat?', 'Terugkijken op een concrete ervaring.'],
    ['Wie in je omgeving heeft een baan waar je nieuwsgierig naar bent?', 'Een vraag naar het netwerk.'],
    ['Waar ben je trots op van het afgelopen jaar, op school of daarbuiten?', 'Kwaliteitenreflectie via trots.'],
    ['Wat zouden je vrienden zeggen als ik vroeg waar jij goed in bent?', 'Kwaliteiten via de blik van vrienden.'],
    ['Welke vragen wil je stellen op de open dag van de hogeschool?', 'Voorbereiding van werkexploratie.'],
    ['Wat trok je aan in het profiel dat je nu overweegt?', 'Motieven achter de profielkeuze.'],
    ['Hoe ben je tot nu toe op zoek gegaan naar informatie over studies?', 'Een vraag naar het eigen keuzeproces.'],
    ['Over welk onderwerp zou je graag een hele dag willen leren?', 'Open vraag naar interesse.'],
    [
      'Wat vinden jullie belangrijk in werk: samenwerken, iets maken, mensen helpen of iets ontdekken?',
      'Een vraag aan de groep over werkwaarden.',
    ],
    ['In welke les krijg je energie, en wat gebeurt er dan precies?', 'Een vraag naar energie en motieven.'],
    ['Wat wil je dat je ouders weten over wat jij leuk vindt?', 'De leerling bepaalt wat de ouders horen.'],
    ['Als je een week mocht meelopen met iemand, wie zou dat dan zijn?', 'Werkexploratie en netwerken.'],
    ['Welke opleiding heb je onlangs ontdekt die je nog niet kende?', 'Een vraag naar verbreding.'],
    ['Hoe merk je aan jezelf dat iets echt bij je past?', 'Zelfkennis over passende keuzes.'],
    ['Wat heb je van je profielwerkstuk geleerd over hoe jij graag werkt?', 'Reflectie op de eigen werkwijze.'],
    ['Wie kan je helpen om een meeloopdag op een universiteit te regelen?', 'Een netwerkvraag bij de studiekeuze.'],
    ['Welke waarden wil je terugzien in je toekomstige werk?', 'Motievenreflectie over werk.'],
    ['Welke rol neem jij meestal in een groepsopdracht, en vind je dat fijn?', 'Kwaliteiten in samenwerking.'],
    ['Wat wil je na deze open dag nog beter uitzoeken?', 'Een vervolgstap na een ervaring.'],
    ['Welk beroep zou je kiezen als niemand er iets van zou vinden?', 'Eigen motieven los van verwachtingen.'],
    ['Wat vond je het leukst aan je maatschappelijke stage?', 'Terugkijken op een ervaring.'],
    ['Welke docent zou je om raad vragen over je studiekeuze, en waarom die?', 'Een netwerkvraag binnen de school.'],
    ['Welke kant van jezelf laat je zien als je ergens echt voor gaat?', 'Een vraag naar eigen kwaliteiten.'],
  ]),
  'sound-hard': allow('sound-hard', [
    [
      'Je vertelde dat de meeloopdag tegenviel. Wat heb je daardoor juist over jezelf ontdekt?',
      'Teleurstelling wordt een bron van zelfkennis.',
    ],
    [
      'Het is moedig om te zeggen dat je profiel niet meer past. Welke stap wil je nu zetten?',
      'Van richting veranderen, de keuze blijft bij de leerling.',
    ],
    [
      'Je ouders zien je graag rechten studeren; wat wil jij zelf, los van hun wens?',
      'De wens van ouders naast die van de leerling.',
    ],
    ['Van richting veranderen mag; veel studenten doen dat en vinden zo hun weg.', 'Normaliseert het wisselen van richting.'],
    ['Wat maakt kiezen spannend voor jou, en wat zou het een beetje lichter maken?', 'Voorzichtig vragen naar ervaren druk.'],
    [
      'Je bent uitgeloot voor de studie die je wilde. Hoe gaat het daarmee, en wat wil je nu onderzoeken?',
      'Teleurstelling met zorg en ruimte voor eigen keuze.',
    ],
    ['Soms voelt een keuze als een gok. Welk risico zou jij bewust willen nemen?', 'Risico als eigen keuze van de leerling.'],
    [
      'Je zei dat je bang bent de verkeerde studie te kiezen. Wat zou die angst kleiner maken?',
      'De angst van de leerling wordt met zorg bevraagd.',
    ],
    [
      'Je twijfelt na je tl-diploma tussen havo en mbo. Beide routes zijn goed; wat spreekt je in elk aan?',
      'Twijfel tussen twee gelijkwaardige routes.',
    ],
    [
      'Het klinkt alsof deze keuze zwaar op je drukt. Waar komt die druk vandaan, denk je?',
      'Zelf gevoelde druk wordt met zorg bevraagd.',
    ],
    [
      'Een afwijzing doet pijn. Neem de tijd, en dan kijken we samen wat je nu wilt.',
      'Een afwijzing met respect, de leerling kiest.',
    ],
    [
      'Stel dat je na een jaar merkt dat je studie niet bij je past; wat zou je dan doen?',
      'Vooruitdenken over een mogelijke misser.',
    ],
    ['Je mag best teleurgesteld zijn over de open dag. Wat had je gehoopt te zien?', 'Teleurstelling wordt erkend en bevraagd.'],
    ['Niet weten wat je wilt is geen falen; het is het begin van zoeken.', 'Niet weten wordt genormaliseerd.'],
    [
      'Jij en je ouders denken verschillend over een tussenjaar. Hoe kunnen jullie elkaar beter begrijpen?',
      'Verschil met ouders wordt respectvol besproken.',
    ],
    ['Wat heb je geleerd van het vak waar je dit jaar mee bent gestopt?', 'Stoppen als leerervaring.'],
    [
      'Het kan schuren als je een droom moet bijstellen. Welk deel ervan wil je vasthouden?',
      'Een droom bijstellen, met respect besproken.',
    ],
    ['Welke kritiek op je werk kreeg je ooit waar je later toch iets aan had?', 'Feedback als bron om van te leren.'],
    [
      'Je stage in het ziekenhuis liep anders dan gehoopt. Wat weet je nu beter over wat je zoekt?',
      'Een mislukte stage als bron van inzicht.',
    ],
    [
      'U vertelde dat u na twintig jaar van beroep wilt wisselen. Wat trekt u in dat nieuwe werk?',
      'Een loopbaanwissel van een volwassene, respectvol bevraagd.',
    ],
    [
      'Stel dat je ouders schrikken van je keuze: hoe zou je hun uitleggen waarom je dit wilt?',
      'De eigen keuze naast de reactie van ouders.',
    ],
    [
      'Je vindt kiezen lastig. Welke keuze heb je ooit wél met een goed gevoel gemaakt?',
      'Moeite met kiezen omgezet in mogelijkheden.',
    ],
    [
      'Als je eerlijk bent: wat houdt je tegen om een meeloopdag bij de kunstacademie te plannen?',
      'Drempels worden met respect bevraagd.',
    ],
    [
      'Het is begrijpelijk dat je na het doubleren twijfelt aan je profiel. Wat vond je wél leuk dit jaar?',
      'Doubleren met zorg, gericht op interesse.',
    ],
    [
      'Je eerste toets wiskunde B viel tegen. Vertelt dat iets over of dit vak je nog steeds trekt?',
      'Een tegenvaller als aanleiding, interesse staat centraal.',
    ],
    ['Je mislukte sollicitatie zette je aan het denken. Wat neem je mee naar de volgende?', 'Een afwijzing als leerervaring.'],
    ['Welke twijfel wil je vandaag hardop zeggen, zonder dat we er meteen iets mee hoeven?', 'Ruimte voor twijfel zonder druk.'],
    [
      'Een driegesprek kan spannend zijn als jij en je ouders iets anders willen; jouw stem telt hier volop mee.',
      'De leerling houdt de regie bij verschil met ouders.',
    ],
    ['Wat zou je doen als je nergens wordt ingeloot?', 'Een moeilijk scenario, open bevraagd.'],
    [
      'Je zegt dat je het gevoel hebt achter te lopen met kiezen. Waar merk je dat aan?',
      'Eigen gevoel van druk wordt met zorg bevraagd.',
    ],
    [
      'Wat is het ergste dat kan gebeuren als je voor kunst kiest, en hoe erg zou dat echt zijn?',
      'Risico bespreken, de keuze blijft bij de leerling.',
    ],
    [
      'Soms is stoppen met een studie een goede keuze. Wat heeft dat eerste jaar je geleerd?',
      'Stoppen wordt zonder oordeel besproken.',
    ],
    [
      'Je hoeft dit niet alleen uit te zoeken; de decaan en ik denken graag met je mee.',
      'Steun aanbieden bij een lastige keuze.',
    ],
    [
      'Klimaatverandering raakt je, maar je vindt het ook zwaar. Speelt dat mee in wat je wilt studeren?',
      'Een moeilijk onderwerp met zorg verbonden aan de keuze.',
    ],
    [
      'Welke verwachting van anderen voel je het sterkst, en welke wens is echt van jou?',
      'Verwachtingen van anderen naast de eigen wens.',
    ],
    [
      'Dapper dat je de presentatie toch deed terwijl je zenuwachtig was. Wat heeft je geholpen?',
      'Spanning en moed benoemd, gericht op leren.',
    ],
    [
      'Je meeloopdag bij de politieacademie maakte je onzeker. Wat bracht je precies aan het twijfelen?',
      'Onzekerheid na een ervaring wordt open bevraagd.',
    ],
    ['Een keuze terugdraaien mag. Wat zou je nu anders willen, en waarom?', 'Ruimte om een keuze te herzien.'],
    ['Wat heb je van je ouders nodig om deze beslissing zelf te kunnen nemen?', 'Eigen regie naast de rol van de ouders.'],
    [
      'Ik hoor dat je na je diploma liever niet verder wilt leren. Vertel eens wat je dan voor je ziet.',
      'De keuze van de leerling wordt serieus genomen.',
    ],
    ['Het project mislukte, maar je bleef het proberen. Wat zegt dat over jou?', 'Een mislukking omgezet in een kwaliteit.'],
    ['Hoe ga je om met een tegenvaller bij iets wat je echt belangrijk vindt?', 'Omgaan met tegenslag, open bevraagd.'],
    ['Het is niet erg als je ideeën over later nog elke maand veranderen.', 'Veranderende ideeën worden genormaliseerd.'],
    [
      'Je bent bang je vrienden kwijt te raken als je voor een andere school kiest. Wat betekenen ze voor je?',
      'Een zorg van de leerling wordt respectvol bevraagd.',
    ],
    ['Jullie spraken over spannende keuzes; wie wil vertellen hoe hij daarmee omgaat?', 'Groepsgesprek over moeilijke keuzes.'],
    [
      'Wat zou je zeggen tegen een jongere leerling die net als jij twijfelt over zijn profiel?',
      'Twijfel bespreekbaar via een ander perspectief.',
    ],
    [
      'Je opa hoopt dat je het familiebedrijf overneemt. Hoe voelt dat, en wat wil je zelf?',
      'Een familiewens naast de eigen wens.',
    ],
    ['Een afwijzing zegt iets over één moment, niet over wie jij bent.', 'De afwijzing wordt losgemaakt van de persoon.'],
    [
      'In je land wilde je dokter worden. Die weg kan hier ook, al duurt hij lang. Wat denk je ervan?',
      'Eerlijk over een lange route, de keuze ligt bij de nieuwkomer.',
    ],
  ]),
  'sound-innocent-word': allow('sound-innocent-word', [
    [
      'Je kreeg je toets geschiedenis terug; welk deel vond je eigenlijk het boeiendst om te leren?',
      'Een toets als aanleiding voor interesse.',
    ],
    ['Wie denkt er thuis met je mee over je profielkeuze?', 'Thuis als netwerk, niet als zorgvraag.'],
    ['Welke opleidingen in de gezondheidszorg zou je eens van dichtbij willen zien?', 'Gezondheid als werkveld om te verkennen.'],
    [
      'Je hoeft niet voor havo of vwo te kiezen omdat anderen dat doen; waar voel jij je thuis?',
      'Kiezen vanuit eigen gevoel, niet vanuit anderen.',
    ],
    ["Bij welk vak krijg je een sterk gevoel van 'dit kan ik'?", 'Sterk als eigen ervaring van de leerling.'],
    ['Wat is een kant van jou die in geen enkel cijfer te vangen is?', 'Een kwaliteit los van het cijfer.'],
    [
      'Gemiddeld bezoeken leerlingen een paar open dagen, maar één bezoek dat je echt raakt is al veel waard.',
      'Een gemiddelde als informatie, de ervaring telt.',
    ],
    [
      'Welke twee opleidingen zou je graag naast elkaar willen vergelijken, en waarop?',
      'Opleidingen vergelijken, geen leerlingen.',
    ],
    [
      'Welke klasgenoot zou je willen interviewen over zijn bijbaan, en wat wil je weten?',
      'Een klasgenoot als bron van informatie.',
    ],
    [
      'Op welk niveau in het mbo zou je willen instromen, en wat trekt je in die opleiding?',
      'Niveau als open keuze van de leerling.',
    ],
    ['Je portfolio is een plek voor jouw verhaal; welke ervaring zet je er als eerste in?', 'Het portfolio als eigen verhaal.'],
    ['Welk resultaat van je profielwerkstuk maakte je trots, los van de beoordeling?', 'Een resultaat als bron van trots.'],
    ['Je hebt je snuffelstage afgerond. Wat neem je mee naar je volgende stap?', 'Afgerond als aanleiding voor reflectie.'],
    ['Wat moet een opleiding volgens jou hebben om je echt te laten stralen?', 'Moet als eigen wens van de leerling.'],
    [
      'Op de techniekdag zijn meisjes en jongens allebei welkom; welke workshop spreekt jou aan?',
      'Gender genoemd zonder stereotype.',
    ],
    [
      'Hoe plan jij je werk als er een deadline aankomt, en wat zegt dat over hoe je later wilt werken?',
      'Een deadline als aanleiding tot zelfkennis.',
    ],
    ['Het is nooit te laat om iets nieuws te ontdekken over wat je leuk vindt.', 'Te laat in een geruststellende zin.'],
    ['Welke rol speelt geld voor jou bij een beroep, naast plezier in het werk?', 'Geld als eigen werkwaarde.'],
    ['Het advies van de decaan is een startpunt; jij bepaalt wat je ermee doet.', 'Advies met de keuze bij de leerling.'],
    ['Wat heb je dit jaar behaald waar je zelf blij mee bent, op school of daarbuiten?', 'Behaald als eigen trots.'],
    ['Het keuzeformulier komt later wel; eerst praten we over wat je zelf wilt.', 'Een formulier genoemd, maar niet als doel.'],
    ['Werk je beter alleen of samen met anderen, denk je?', 'Beter en anderen als zelfkennis.'],
    [
      'Welke voortgang zie je zelf in hoe je keuzes maakt, vergeleken met vorig jaar?',
      'Eigen groei, geen vergelijking met anderen.',
    ],
    ['Slagen betekent voor iedereen iets anders. Wat betekent het voor jou?', 'Slagen krijgt een eigen betekenis.'],
    ['Stel dat je ooit zakt voor iets wat je graag wilt: wie zou je dan bellen?', 'Zakken als aanleiding voor een netwerkvraag.'],
    ['Je ouders kennen je goed. Vraag hen eens wanneer zij jou het meest zien stralen.', 'Ouders als bron voor kwaliteiten.'],
    [
      'Een vmbo-diploma geeft toegang tot veel mooie routes; welke wil jij eens verkennen?',
      'Vmbo genoemd als gelijkwaardige route.',
    ],
    [
      'Heb je een zwak voor dieren, techniek of verhalen? Daar kan een mooie richting in zitten.',
      'Zwak in de betekenis van voorliefde.',
    ],
    [
      'Neem gerust je cijferlijst mee naar de open dag, maar vraag vooral studenten wat ze leuk vinden.',
      'Een cijferlijst genoemd, interesse staat centraal.',
    ],
    [
      'Moeten we je ouders bij het volgende gesprek uitnodigen, of wil je eerst zelf verder denken?',
      'De leerling beslist over de rol van de ouders.',
    ],
    ['Slaap er gerust een nachtje over; vandaag hoef je niets te beslissen.', 'Slapen als uitdrukking van rust.'],
    [
      'Sommige klasgenoten weten al wat ze willen en anderen nog niet; allebei is heel gewoon.',
      'Normaliseert verschil zonder te vergelijken.',
    ],
    ['Welk niveau van uitdaging vind jij prettig bij een opdracht?', 'Niveau als eigen voorkeur.'],
    ['Vraag je ouders welk werk zij deden toen ze zo oud waren als jij.', 'Ouders als netwerk.'],
    [
      'In je portfolio las ik een mooie reflectie op je stage bij de dierenarts; vertel er eens meer over.',
      'Het portfolio als aanleiding voor een gesprek.',
    ],
    ['In dit gesprek hoeft niets afgevinkt te worden; het gaat om jouw verhaal.', 'Afvinken wordt uitdrukkelijk afgewezen.'],
    [
      'Het cijfer voor je presentatie was hoog, maar hoe vond je het zelf om voor de groep te staan?',
      'Een cijfer als aanleiding, de ervaring centraal.',
    ],
    [
      'Havo 4, welke hbo-opleidingen zouden jullie dit jaar graag eens van binnen zien?',
      'Havo genoemd als route, met een open vraag.',
    ],
    [
      'Lever je verhaal over de meeloopdag in wanneer jij er klaar voor bent; ik lees het graag.',
      'Inleveren zonder druk, met belangstelling.',
    ],
    [
      'De aanmelddeadline is 1 mei; welke stap wil je daarvoor zelf zetten, en wie helpt je?',
      'Een deadline als informatie, de regie bij de leerling.',
    ],
  ]),
});

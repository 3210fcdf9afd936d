/**
 * Part O of the TRAINING corpus for the learned backstop of the guardrail linter (lob-content.md §5
 * and §6). Written by helper O after reading only lob-content.md, ./labelled-set-shape.ts and the
 * types and helpers at the top of ./guardrails-meaning-set.ts; no other labelled set was opened. This
 * is training data, not a test set.
 *
 * Focus: harm in disguise and sound sentences that look like it. Care probing hidden in friendly
 * interest, practical or money questions, health, sleep, mood, family events, residence status and
 * teacher instructions; pressure as realism, "voor je eigen bestwil", ultimatums, numbers and the
 * threat of losing a place; tick-box talk about forms, hours, uploads and the inspectie. The sound
 * side has deadlines as information with help offered, forms and portfolios as the student's own
 * tool, and home, ouders, geld, gezondheid and slapen as features of work or of the student's network.
 *
 * Counts: care 60, pressure 60, tick-box 50 (refuse); sound 20 (15 not ending in '?'), sound-hard 50,
 * sound-innocent-word 60 (allow); 300 in all. Writers: mentor, decaan, LOB-coördinator, vakdocent,
 * stagebegeleider, mbo-loopbaanbegeleider; levels vmbo, havo, vwo, mbo bol/bbl (u-form),
 * praktijkonderwijs, vso and ISK (simple Dutch). The reason (`why`) is given in Dutch.
 */

import { sound as allow, type LabelledSentence, harm as refuse } from './guardrails-meaning-set';
import { inKindOrder } from './labelled-set-shape';

const CARE = refuse('care', [
  [
    'Gaat alles goed bij jullie thuis? Dan kunnen we daarna rustig over je profielkeuze praten.',
    'Vriendelijke vraag naar de thuissituatie hoort bij de mentor, niet in LOB.',
  ],
  [
    'Heb je een rustige plek om je keuzeopdracht te maken, of is het te druk met je broertjes?',
    'Praktische vraag die de gezinssituatie van de leerling peilt.',
  ],
  [
    'Is een hbo-studie voor jullie eigenlijk wel te betalen, of moet je daar rekening mee houden?',
    'Vraagt naar de financiën van het gezin; dat is zorg, geen LOB.',
  ],
  [
    'Vraag tijdens het loopbaangesprek ook even hoe zij de echtscheiding verwerkt.',
    'Instructie om naar een scheiding te vragen; hoort bij de zorgcoördinator.',
  ],
  [
    'Slaap je de laatste tijd genoeg? Je lijkt moe, en dat wil ik weten voor we over je studiekeuze praten.',
    'Peilt slaap en vermoeidheid van de leerling in een loopbaanvraag.',
  ],
  [
    'Welke medicijnen gebruik je, zodat we kunnen kijken welke studie je aankunt?',
    'Vraagt naar medicatie; gezondheid hoort niet in een LOB-prompt.',
  ],
  [
    'Eet je wel goed de laatste tijd? Dat hoort ook bij nadenken over je toekomst.',
    'Eetgedrag bevragen is zorg en geen loopbaanbegeleiding.',
  ],
  [
    'Heb je een verblijfsvergunning? Dan weet ik of je stage mag doen.',
    'Vraagt ISK-leerling naar verblijfsstatus; dat hoort niet in LOB.',
  ],
  [
    'Hoe gaat het met je moeder sinds ze ziek is? Vertel ook welke sector je kiest.',
    'Ziekte in het gezin bevragen, vastgeplakt aan een sectorvraag.',
  ],
  [
    'Is er bij jullie genoeg geld voor een kamer in een andere stad als je gaat studeren?',
    'Peilt het gezinsbudget; geldzaken horen bij de zorgcoördinator.',
  ],
  [
    'Je vader is vorig jaar overleden, toch? Hoe heeft dat je keuze voor een vervolgopleiding veranderd?',
    'Rouw en overlijden aansnijden in een loopbaanprompt is zorg.',
  ],
  [
    'Ben je somber of angstig de laatste tijd? Bespreek dat eerst, dan komt je beroepskeuze.',
    'Bevraagt de psychische gesteldheid van de leerling.',
  ],
  [
    'Gebruikt u alcohol of drugs in het weekend? Dat is belangrijk voor uw BPV-plek.',
    'Vraagt mbo-student naar middelengebruik; dat is zorg.',
  ],
  [
    'Wie kookt er als je mama nachtdiensten draait, en heb je dan nog ruimte voor je stage?',
    'Verkapt onderzoek naar de zorgtaken en het gezinsleven.',
  ],
  [
    'Vraag de leerling naar de financiële situatie van het gezin voordat je het over open dagen hebt.',
    'Instructie aan de docent om geldzaken thuis te bevragen.',
  ],
  [
    'Heb je schulden, bijvoorbeeld bij een telefoonabonnement? Dan kijken we welke baan snel iets oplevert.',
    'Peilt schulden van de leerling; geldzorgen horen bij zorg.',
  ],
  [
    'Woon je nog bij allebei je ouders, of wissel je tussen twee huizen?',
    'Vraagt naar de woon- en gezinssituatie van de leerling.',
  ],
  [
    'Heb je een diagnose zoals ADHD of autisme waar we bij je stagekeuze rekening mee moeten houden?',
    'Vraagt naar een diagnose; medische informatie hoort niet in LOB.',
  ],
  [
    'Hoeveel weeg je nu? Dat wil ik weten voordat we het over de opleiding sport en bewegen hebben.',
    'Lichaamsgewicht bevragen is een gezondheidsvraag, geen loopbaanvraag.',
  ],
  [
    'Waar is je familie nu? Zijn ze nog in je land? Daarna gaat het over school.',
    'Bevraagt ISK-leerling over familie en vlucht; dat is zorg.',
  ],
  [
    'Heb je papieren om hier te blijven? Dan kunnen we een opleiding kiezen.',
    'Verblijfspapieren als voorwaarde voor het gesprek; hoort niet bij LOB.',
  ],
  ['Krijgen jullie een uitkering? Dan zie ik welke studiefinanciering je nodig hebt.', 'Vraagt naar het inkomen van het gezin.'],
  [
    'Heb je last van paniekaanvallen als je aan je eindexamen denkt? Schrijf het op in je LOB-boekje.',
    'Psychische klachten vragen en laten opschrijven is zorg.',
  ],
  [
    'Mag ik vragen of je in therapie bent? Dat helpt mij bij het advies over je profiel.',
    'Vraagt naar behandeling; mentale gezondheid hoort bij de zorgcoördinator.',
  ],
  [
    'Wordt er wel eens ruzie gemaakt in het gezin? Dat kan meespelen bij je plan om op kamers te gaan.',
    'Peilt conflicten thuis onder het mom van een studiekeuze.',
  ],
  [
    'Zorg jij voor een zieke ouder of voor je kleine zusjes? Dan snap ik beter welke stage past.',
    'Bevraagt mantelzorg; dat is een zorgonderwerp.',
  ],
  [
    'Je zat er vandaag stil bij; is er thuis iets gebeurd? Dan praten we daarna over beroepen in de biologie.',
    'Vakdocent peilt de thuissituatie voordat het over beroepen gaat.',
  ],
  [
    'Welke pillen neem je in de ochtend? Dan weet ik welk werk je kunt doen.',
    'Vraagt vso-leerling naar medicatie; hoort niet in LOB.',
  ],
  [
    'Heb je vanochtend wel ontbijt gehad? Vertel me daarna wat voor werk je leuk vindt.',
    'Eten bevragen bij een leerling is een zorgvraag.',
  ],
  [
    'Hoe gaat het financieel bij u thuis? Dat wil het stagebedrijf graag weten.',
    'Vraagt mbo-student naar gezinsgeld voor een stagebedrijf.',
  ],
  [
    'Sinds je ouders uit elkaar zijn woon je bij je pa; hoe gaat dat, en wat wil je later worden?',
    'Gezinsbreuk bevragen naast een loopbaanvraag is zorg.',
  ],
  ['Hoe laat ga je naar bed? Met te weinig rust wordt werken in de zorg lastig.', 'Peilt slaapgewoonten van de leerling.'],
  [
    'Heb je een bijbaan omdat het krap is? Vertel eens hoeveel je per week moet bijdragen.',
    'Vraagt naar geldnood en bijdrage aan het huishouden.',
  ],
  [
    'Zit je stiefvader nog steeds zonder werk? Dan begrijp ik beter waarom je twijfelt over doorstuderen.',
    'Vraagt naar werkloosheid van een ouder; dat is de thuissituatie.',
  ],
  [
    'Rook je wiet om te ontspannen? Vertel het eerlijk, dan stemmen we je studieplanning daarop af.',
    'Bevraagt mogelijk verslavingsgedrag; dat hoort bij zorg.',
  ],
  [
    'Heeft iemand in jullie familie een verslaving? Dat kan verklaren waarom je nog twijfelt over je richting.',
    'Vraagt naar verslaving in het gezin.',
  ],
  [
    'Voel je je wel eens zo rot dat je niet naar school wilt? Zeg het, dan passen we je LOB-plan aan.',
    'Peilt stemming en schoolverzuim; dat is mentor- en zorgwerk.',
  ],
  [
    'Heb je een eetstoornis gehad? Bij de opleiding tot kok of diëtist is dat belangrijk om te weten.',
    'Vraagt naar een eetstoornis; medische informatie hoort niet in LOB.',
  ],
  [
    'Wonen jullie in een opvang of bij kennissen in? Dan weet ik of je naar een open dag kunt reizen.',
    'Peilt huisvesting van het gezin onder een praktisch voorwendsel.',
  ],
  [
    'Wanneer kreeg je familie een huis van de gemeente? Hoe lang mag je in Nederland blijven?',
    'Vraagt ISK-leerling naar huisvesting en verblijfsduur.',
  ],
  [
    'Hoe gaat je moeder om met haar depressie? Ik wil weten hoeveel steun je krijgt bij je studiekeuze.',
    'Bevraagt psychische klachten van een ouder.',
  ],
  [
    'Drinkt er iemand bij jullie in huis? Vertel het, want dan plannen we je meeloopdag anders.',
    'Vraagt naar alcoholgebruik in het gezin.',
  ],
  [
    'Leg in het loopbaandossier vast of de ouders van deze leerling gescheiden zijn.',
    'Laat een gezinsgegeven vastleggen; zorginformatie hoort niet in LOB.',
  ],
  [
    'Noteer bij het gesprek of de leerling jeugdhulp krijgt of een pgb heeft.',
    'Instructie om zorggegevens van de leerling te noteren.',
  ],
  [
    'Heb je een chronische ziekte? Dan kijken we of de techniek wel iets voor je is.',
    'Vraagt naar ziekte als voorwaarde voor een sector.',
  ],
  [
    'Krijg je zakgeld, of moet je alles zelf verdienen? Daar hangt je keuze voor bol of bbl van af.',
    'Peilt het gezinsgeld via een praktische keuzevraag.',
  ],
  [
    'Ben je zwanger of denk je daarover na? Dat beïnvloedt je stageplanning.',
    'Vraagt naar zwangerschap; dat is een persoonlijk zorgonderwerp.',
  ],
  [
    'Kun je wel slapen met al die stress? Vertel me eerst je slaappatroon, dan gaan we verder.',
    'Bevraagt slaap en stress van de leerling.',
  ],
  [
    'Heeft u last van uw rug of andere klachten? Dan bespreken we of de bouw wel bij u past.',
    'Vraagt mbo-student naar lichamelijke klachten.',
  ],
  [
    'Hoe gaat het met jullie na de brand in jullie woning? En welke richting spreekt je aan?',
    'Ingrijpende gezinsgebeurtenis bevragen naast een loopbaanvraag.',
  ],
  [
    'Was je zus al eerder opgenomen in een kliniek? Dat wil ik weten voor het gesprek over je vervolgopleiding.',
    'Vraagt naar opname van een ouder; hoort bij de zorgcoördinator.',
  ],
  [
    'Krijg je op dit moment hulp van een psycholoog? Geef dat aan op je keuzeformulier.',
    'Laat psychische hulp vermelden op een LOB-formulier.',
  ],
  ['Krijgt je gezin voedselpakketten? Dan houd ik bij de open dagen rekening met reiskosten.', 'Peilt armoede van het gezin.'],
  [
    'Vraag in het driehoeksgesprek door over de relatie tussen vader en moeder.',
    'Instructie om de relatie van de ouders te bevragen.',
  ],
  [
    'Heb je nog contact met je biologische vader? Dat kan helpen om je talenten te begrijpen.',
    'Bevraagt de gezinsgeschiedenis van de leerling.',
  ],
  [
    'Wat vinden pa en ma van je plannen, en hoe gaat het eigenlijk tussen hen sinds ze apart wonen?',
    'Netwerkvraag met een verborgen vraag naar de scheiding.',
  ],
  [
    'Was je dit schooljaar vaak ziek? Vertel wat je had, dan zien we of de zorgopleiding haalbaar is.',
    'Vraagt naar ziekteverleden als toets voor een opleiding.',
  ],
  [
    'Mag je van je verzorgers wel reizen voor een stageplaats, of is het bij jullie te onveilig om erover te beginnen?',
    'Peilt veiligheid in het gezin; dat is zorg.',
  ],
  ['Heb je nachtmerries over de reis naar hier? Daarna kiezen we samen een vak.', 'Bevraagt trauma van een ISK-leerling.'],
  [
    'Hoe ging het met de uithuisplaatsing van je broer? Daarna bekijken we je sectorkeuze.',
    'Vraagt naar jeugdzorg in het gezin.',
  ],
]);

const PRESSURE = refuse('pressure', [
  [
    'Je hebt nog tot vrijdag voor je profiel; daarna bepaal ik er een voor je.',
    'Ultimatum waarbij de docent de keuze overneemt.',
  ],
  [
    'Als je je nu niet aanmeldt, ben je je plek op het mbo kwijt en zit je volgend jaar thuis.',
    'Dreigt met verlies van een plek.',
  ],
  ['Nog maar drie weken en 80 % van je klas heeft al gekozen; waar wacht jij nog op?', 'Zet druk met cijfers en tijd.'],
  [
    'Voor je eigen bestwil: zonder stageplek voor 1 maart blijf je gewoon zitten.',
    'Dreiging met zittenblijven verpakt als goede zorg.',
  ],
  [
    'Heb je vrijdag niets ingeleverd, dan bel ik je ouders en bespreken we het met hen erbij.',
    'Dreigt met het bellen van ouders.',
  ],
  ['Wie nu nog twijfelt, mist de boot; de goede opleidingen zitten straks vol.', 'Angst om te laat te zijn als drukmiddel.'],
  ['Lever je formulier maandag in, of ik beslis welk profiel je krijgt.', 'Dreigt de keuze van de leerling af te pakken.'],
  [
    'Realistisch gezien: als je nu niet oriënteert, eindig je in een baan die je haat.',
    'Een angstbeeld wordt als realisme gepresenteerd om te duwen.',
  ],
  ['Als je blijft treuzelen, wordt het gewoon mbo; dat heb je dan aan jezelf te danken.', 'Gebruikt het mbo als straf.'],
  [
    'De numerus fixus sluit 15 januari; wie dan nog twijfelt, kan twaalf maanden niks.',
    'Datum als dreigement in plaats van informatie.',
  ],
  ['Geen open dag bezocht vóór de kerst? Dan mag je niet mee op de excursie.', 'Straf als gevolg van een gemiste oriëntatie.'],
  [
    'U heeft nog één kans om een BPV-bedrijf te vinden, daarna stopt uw opleiding.',
    'Dreigt de mbo-student met het einde van de opleiding.',
  ],
  ['Als je nu geen keuze maakt, zul je er de rest van je leven spijt van hebben.', 'Zet druk met angst voor spijt.'],
  ['Vandaag nog een beroep noemen, of we gaan niet naar huis.', 'Dwingt een keuze af met een dreigement.'],
  [
    'Je ouders zijn al gebeld; ze verwachten dat je vanavond met een studiekeuze thuiskomt.',
    'Schakelt ouders in als drukmiddel.',
  ],
  ["Denk goed na, want een verkeerde keuze kost je ouders duizenden euro's.", 'Maakt de leerling bang met geld en schuldgevoel.'],
  [
    'Ben je op 1 mei niet aangemeld, dan gaan alle deuren dicht, dus schiet op.',
    'Deadline als dreiging in plaats van informatie met hulp.',
  ],
  ['Wie niet meedoet aan de beroependag, krijgt een aantekening en moet nablijven.', 'Straf gekoppeld aan een LOB-activiteit.'],
  [
    'Je stagebegeleider is je zat; nog één keer te laat en je kunt een nieuw stagebedrijf zoeken.',
    'Dreigt met verlies van de stageplek.',
  ],
  [
    'Straks is iedereen weg en zit jij nog op school omdat je het niet aandurfde.',
    'Angstbeeld om de leerling tot kiezen te dwingen.',
  ],
  [
    'Dit is je laatste waarschuwing: kies vóór de toetsweek, of je gaat naar de kaderberoepsgerichte leerweg.',
    'Waarschuwing en een lagere leerweg als straf.',
  ],
  [
    'Als u vandaag niet tekent, gaat de leerbaan naar een andere student.',
    'Zet bbl-student onder tijdsdruk met verlies van een plek.',
  ],
  ['Je moet nu kiezen. Anders krijg je geen school.', 'Eenvoudig ultimatum voor een ISK-leerling.'],
  ['Als je niet snel een stage kiest, krijg je helemaal geen werk later.', 'Angst voor werkloosheid als drukmiddel.'],
  ['Kies nu maar iets, want straks is er geen plek meer voor jou.', 'Haast en verlies van een plek als druk.'],
  ['We hebben geen tijd meer voor twijfel; de werkgever wacht niet op jou.', 'Twijfel wordt afgekapt met tijdsdruk.'],
  ['Niet gekozen voor de herfstvakantie betekent dat het team je sector bepaalt.', 'Dreigt de keuze over te nemen.'],
  [
    'Je weet wat er gebeurt met leerlingen die te laat zijn: die komen nergens meer terecht.',
    'Onheilspellende dreiging over te laat kiezen.',
  ],
  [
    'Ik heb je al drie keer gevraagd. Nu is het klaar: morgen ligt je besluit op mijn bureau.',
    'Boos ultimatum in plaats van een open gesprek.',
  ],
  ['Reken maar dat de decaan boos wordt als je aanmelding er nu weer niet is.', 'Zet druk met de boosheid van een volwassene.'],
  [
    'Elke week dat je wacht, wordt je kans op toelating kleiner. Wil je dat echt riskeren?',
    'Retorische vraag die angst aanjaagt.',
  ],
  [
    'Er zijn nog maar vier leerbedrijven over; wie nu niet belt, heeft straks niks.',
    'Schaarste aan leerbedrijven wordt als dreigement ingezet.',
  ],
  [
    'Wie geen ingevuld keuzeplan heeft, mag niet over naar de vierde klas.',
    'Dreigt met zittenblijven om een keuzeplan af te dwingen.',
  ],
  [
    'Als je geen meeloopdag regelt, regel ik er een bij een bedrijf dat ík uitzoek.',
    'Dreigt de regie van de leerling over te nemen.',
  ],
  [
    'Wie voor de deadline niets inlevert, wordt automatisch ingeschreven bij de opleiding die overblijft.',
    'Dreigt met een opgelegde opleiding.',
  ],
  ['Dat is jouw probleem als je straks zonder diploma op straat staat.', 'Harde dreiging over de toekomst, zonder enige steun.'],
  [
    'Ik zeg het voor je eigen bestwil: nog een maand twijfelen en de studiekeuzecheck is voorbij.',
    'Druk verpakt als goedbedoeld advies.',
  ],
  [
    'Zorg dat je morgen een keuze hebt, anders moet je het aan de directeur uitleggen.',
    'Dreigt met de directeur als de keuze uitblijft.',
  ],
  ['Bedenk dat elke dag uitstel je een plek kost bij de opleiding van je dromen.', 'Schuld en angst om uitstel.'],
  [
    'Als u de stage nu afbreekt, krijgt u in deze regio geen leerbedrijf meer.',
    'Dreigt mbo-student met een geblokkeerde toekomst.',
  ],
  ['De wachtlijst loopt vol; nog even en je kunt je droom vaarwel zeggen.', 'Angst om de droom te verliezen als drukmiddel.'],
  [
    'Jouw twijfel kost iedereen tijd. Beslis vandaag, of de mentor doet het voor je.',
    'Combineert schuldgevoel met een ultimatum over de keuze.',
  ],
  ['Er gaat een brief naar huis als je profielkeuze er vrijdag niet ligt.', 'Dreigt met een brief naar huis.'],
  [
    'Heb je volgende week weer geen sollicitatiebrief, dan meld ik je af voor de banenmarkt.',
    'Een sanctie op de banenmarkt wordt als drukmiddel gebruikt.',
  ],
  [
    'Het is nu of nooit: na deze week sluiten alle inschrijvingen en heb je pech gehad.',
    'Nu of nooit: de leerling krijgt geen ruimte meer.',
  ],
  [
    'Denk eraan: wie blijft zitten doordat hij te lang treuzelt, raakt zijn vrienden kwijt.',
    'Angst voor sociaal verlies als druk.',
  ],
  [
    'Nog tien schooldagen. Wie dan geen vervolgopleiding heeft, krijgt een gesprek met de leerplichtambtenaar.',
    'Dreigt met de leerplichtambtenaar om een keuze af te dwingen.',
  ],
  [
    'Schrik niet als je straks met lege handen staat; ik heb je gewaarschuwd.',
    'Dreigende waarschuwing achteraf, zonder aanbod van hulp.',
  ],
  ['Kies snel een richting, anders word je in een klas gezet waar niemand heen wil.', 'Dreigt met een ongewenste plaatsing.'],
  [
    'Zonder contract met een leerbedrijf vóór september wordt uw inschrijving ingetrokken.',
    'Datum als dreigement voor bbl-student.',
  ],
  [
    'Dit is je allerlaatste kans om nog bij de techniekopleiding te komen; daarna is het te laat.',
    'Druk met een allerlaatste kans in plaats van informatie.',
  ],
  [
    'Wil je echt het risico lopen dat je volgend jaar nergens staat ingeschreven?',
    'Een angstaanjagende vraag wordt als drukmiddel gebruikt.',
  ],
  [
    'Als je nu weer niet komt opdagen bij de decaan, wordt het een zaak voor de teamleider.',
    'Dreigt met opschalen naar de teamleider.',
  ],
  [
    'Je bent bijna achttien; daarna helpt niemand je meer met kiezen, dus doe het nu.',
    'Leeftijd en het wegvallen van hulp als dreigement.',
  ],
  [
    'Iedereen in jouw jaar heeft zich al aangemeld, behalve vijf leerlingen. Hoor jij daar echt bij?',
    'Druk met aantallen en uitsluiting.',
  ],
  [
    'Stel het niet langer uit: opleidingen nemen alleen nog leerlingen aan die vroeg zijn.',
    'Overdreven haast wordt gebruikt om de leerling op te jagen.',
  ],
  [
    'Over twee weken is de voorlichtingsavond; kom je niet, dan krijg je maar wat er over is.',
    'Dreigt met een restkeuze als de leerling niet komt.',
  ],
  ['Zeg morgen welk werk je wilt. Als je niets zegt, kiest de school.', 'Eenvoudig ultimatum voor een ISK-leerling.'],
  ['Onthoud dat bedrijven niemand willen die pas op het laatste moment kiest.', 'Angst voor afwijzing als drukmiddel.'],
  ['Als je in de examenklas nog steeds geen plan hebt, zet ik dat in je rapport.', 'Dreigt met een aantekening in het rapport.'],
]);

const TICK_BOX = refuse('tick-box', [
  ['Vul even snel deze vragen in, dan kan ik het loopbaangesprek afvinken.', 'Het gesprek als iets om af te vinken.'],
  [
    'Heb je je reflectieverslag al geüpload? Anders telt je LOB-uur niet mee.',
    'Uploaden om uren te laten tellen is administratie.',
  ],
  [
    'Zet je handtekening onder het gespreksformulier, dan heb ik het genoteerd voor de inspectie.',
    'Gesprek als bewijs voor de inspectie.',
  ],
  [
    'Hoeveel open dagen heb je nu bezocht? Je hebt er minstens vier nodig voor je dossier.',
    'Telt activiteiten voor het dossier.',
  ],
  [
    'Ik heb vijf minuten; noem twee sterke punten, dan zit deze stap erop.',
    'Haastig een stap afronden in plaats van een gesprek.',
  ],
  [
    'Je portfolio mist nog een paar reflecties; lever ze deze week in zodat ik je kan goedkeuren.',
    'Portfolio als af te vinken product.',
  ],
  ['Dit praatje is vooral voor het dossier; zeg maar iets, dan schrijf ik het op.', 'Gesprek gevoerd voor de administratie.'],
  ['Kruis op de lijst aan welke beroepen je leuk vindt, dan zijn we klaar.', 'Aankruisen als doel van het gesprek.'],
  [
    'Hebben we nu alle onderdelen van het LOB-programma gehad? Dan kan ik de map sluiten.',
    'Het LOB-programma wordt als checklist afgewerkt.',
  ],
  [
    'Je zit op 6 van de 10 LOB-uren; kom nog naar twee workshops om aan het minimum te komen.',
    'Voortgangstaal in uren in plaats van een gesprek.',
  ],
  ['Schrijf één zin over je stage, want het systeem wil een terugblik.', 'Reflectie om het systeem te vullen.'],
  ['Upload je bewijs van de meeloopdag in Magister, anders is hij niet geldig.', 'Bewijs leveren in plaats van betekenis geven.'],
  [
    'We moeten dit loopbaangesprek nog registreren; vertel kort je keuze, dan is het klaar.',
    'Het loopbaangesprek wordt een registratieplicht.',
  ],
  ['Alle vakjes in je keuzeplan zijn groen, op één na. Wat moet ik invullen?', 'Voortgang in vakjes; de docent vult in.'],
  ['Laat je handtekeningenkaart van de voorlichtingsdag zien, dan zet ik een vinkje.', 'Een vinkje zetten als doel.'],
  [
    'Even voor de administratie: heb je je studiekeuzecheck ingevuld, ja of nee?',
    'Een ja-neevraag die alleen de administratie dient.',
  ],
  ['De school wordt beoordeeld op het aantal loopbaangesprekken, dus dit telt als één.', 'Gesprek als meetpunt voor de school.'],
  [
    'Heb je de LOB-toets gemaakt? Ik moet het percentage voltooid doorgeven aan de directie.',
    'Percentage voltooid doorgeven is afvinktaal.',
  ],
  ['Loop even langs, zodat ik kan zeggen dat ik je deze periode heb gesproken.', 'Gesprek alleen om het te kunnen melden.'],
  [
    'Heeft u het BPV-logboek bijgewerkt? Zonder handtekeningen kan ik de uren niet verantwoorden.',
    'Het logboek dient alleen als verantwoording van uren.',
  ],
  ['Stuur uw urenverantwoording van het leerbedrijf op, dan sluit ik het loopbaandeel af.', 'Afsluiten op basis van papier.'],
  [
    'Maak alle verplichte beroepentests af, dan staat je sectorkeuze in orde.',
    'Tests afwerken wordt gezien als het hele keuzeproces.',
  ],
  ['Noem één beroep, welk maakt niet uit, dan kan ik het formulier indienen.', 'Formulier als doel, inhoud doet er niet toe.'],
  [
    'We lopen de lijst af: interessetest gedaan, open dag gedaan, mentorgesprek gedaan. Volgende.',
    'Het gesprek wordt een lijst die wordt afgevinkt.',
  ],
  [
    'Kopieer de tekst van vorig jaar maar in je reflectie, als er maar iets staat.',
    'Reflectie wordt leeg vulsel om iets te laten staan.',
  ],
  ['Je moet nog drie competenties scoren voordat het portfolio compleet is.', 'Scoren voor volledigheid is afvinken.'],
  ['Schrijf je naam en je droombaan op dit papier. Dan is het klaar.', 'Het ISK-gesprek wordt een papiertje invullen.'],
  ['Plak je foto’s van de stage in het boekje, dan heb je je punten.', 'Punten verzamelen in plaats van reflecteren.'],
  ['Kleur de plaatjes van beroepen in, dan kan ik zien dat we aan LOB hebben gewerkt.', 'Activiteit als bewijs van gedane LOB.'],
  ['Tel je activiteiten van dit jaar op; tien is het doel.', 'Aantallen activiteiten worden het doel in plaats van betekenis.'],
  [
    'De decaan wil voor vrijdag van elke leerling een ingevuld keuzeformulier; praten doen we later wel.',
    'Formulier gaat voor het gesprek.',
  ],
  [
    'Zorg dat je LOB-dossier op orde is voor de audit; de inhoud maakt minder uit.',
    'Dossier voor controle, niet voor de leerling.',
  ],
  ["Heb je het filmpje over beroepen bekeken? Klik dan op 'gezien', dan telt het.", 'Aanklikken om te laten tellen.'],
  ['Dit is gesprek drie van de vijf. Nog twee en je bent er vanaf.', 'Gesprekken tellen als af te werken reeks.'],
  [
    'Vertel snel wat je hebt geleerd van de snuffelstage, ik moet nog twintig leerlingen.',
    'Haast en lopende band in plaats van aandacht.',
  ],
  [
    'Het gaat niet om wat je schrijft, als de reflectie maar in het systeem staat.',
    'Reflectie zonder inhoud, alleen registratie.',
  ],
  [
    'Geef jezelf een cijfer voor elke loopbaancompetentie, dan kan ik het overzicht vullen.',
    'Competenties scoren om een overzicht te vullen.',
  ],
  [
    'Ik heb je niet echt gesproken, maar ik zet het gesprek wel op gevoerd.',
    'Een gesprek wordt geregistreerd dat nooit is gevoerd.',
  ],
  ['Onderteken dat je over je profielkeuze bent voorgelicht, dan ben ik ingedekt.', 'Handtekening om de docent in te dekken.'],
  [
    'Welke stap uit het stappenplan heb je nog niet gedaan? Die doen we nu even.',
    'Het stappenplan wordt even snel als checklist afgewerkt.',
  ],
  [
    'Hoeveel meeloopdagen staan er in je map? Dat getal moet in het verslag aan de inspecteur.',
    'Activiteiten tellen voor de inspecteur.',
  ],
  ['Lever uw POP in via het studentportaal; de beoordeling hangt af van de volledigheid.', 'Volledigheid telt, niet de inhoud.'],
  ['Kies een beroep uit de rij van tien, zodat het keuzeveld in de database gevuld is.', 'Keuze om een databaseveld te vullen.'],
  [
    'We hebben dit kwartaal nog geen loopbaangesprek gehad, dus laten we er snel eentje doen voor de statistiek.',
    'Het gesprek wordt gevoerd voor de statistiek van de school.',
  ],
  ['Maak een screenshot van je uitslag van de beroepentest als bewijs.', 'Bewijs verzamelen is het doel, niet de reflectie.'],
  [
    'Je reflectie is te kort; zet er nog honderd woorden bij, dan keurt het systeem hem goed.',
    'Woorden tellen om goedkeuring van het systeem te krijgen.',
  ],
  [
    'Leerlingen met een compleet LOB-dossier krijgen een sticker; hoeveel stickers heb jij?',
    'Beloont een volledig dossier in plaats van het gesprek.',
  ],
  [
    'Voor de jaarrapportage: geef aan of je een open dag, een meeloopdag of een beroepsdag hebt gedaan.',
    'Activiteiten opgeven voor een rapportage.',
  ],
  [
    'Even het gesprek administratief afronden: je wilt dus de zorg in, klopt dat?',
    'Het gesprek wordt administratief afgesloten met één vraag.',
  ],
  [
    'Kom even tekenen voor het SLB-uur; wat we bespreken hoeft niet, als uw aanwezigheid maar genoteerd is.',
    'Aanwezigheid registreren in plaats van een gesprek.',
  ],
]);

const SOUND = allow('sound', [
  ['Vertel eens over een moment deze week waarop je de tijd vergat.', 'Open uitnodiging om motieven te verkennen.'],
  ['Welk vak zou je missen als het morgen van je rooster verdween?', 'Open vraag naar wat de leerling boeit.'],
  [
    'Denk aan iemand die werk doet dat jou nieuwsgierig maakt, en bedenk wat je die persoon zou willen vragen.',
    'Nodigt uit tot netwerken en werkexploratie.',
  ],
  ['Ik zag hoe rustig je de groep hielp bij het project; dat viel me op.', 'Benoemt een kwaliteit die de docent zag.'],
  [
    'Kies één opleiding die je nog niet kent en zoek uit hoe een dag daar eruitziet.',
    'Uitnodiging tot verkennen, de leerling kiest zelf.',
  ],
  [
    'Hoe zou je het vinden om eens een dag mee te lopen bij een technisch bedrijf?',
    'Biedt een echte ervaring aan zonder te sturen.',
  ],
  ['Vertel eens wat u op uw werk het liefst doet en waarom juist dat.', 'Open vraag voor bbl-student over motieven.'],
  ['Wat deed je graag in je land? Vertel het mij.', 'Eenvoudige open vraag voor een ISK-leerling.'],
  ['Laat me zien wat je vandaag gemaakt hebt in de werkplaats.', 'Concrete ervaring als start van het gesprek.'],
  ['Vertel wat je fijn vond aan de dag bij de dierenwinkel.', 'Terugkijken op een stage-ervaring in het vso.'],
  [
    'Welke drie woorden zou een vriend gebruiken om jou te beschrijven als je samenwerkt?',
    'Kwaliteiten verkennen via de blik van anderen.',
  ],
  [
    'Neem een onderwerp waar je uren over kunt lezen, en onderzoek welke studies er iets mee doen.',
    'Werkexploratie die vertrekt vanuit de eigen interesse.',
  ],
  [
    'Wie ken jij die je op weg kan helpen naar een bijbaan of stage? Schrijf twee namen op.',
    'Netwerkvraag met een kleine eigen stap.',
  ],
  [
    'Je hoeft nog niet te weten wat je wilt worden; we zoeken het samen stap voor stap uit.',
    'Geruststelling dat niet weten mag, samen zoeken.',
  ],
  [
    'Je presentatie in het Engels liep soepel; misschien is dat iets om mee te nemen als je aan werk denkt.',
    'Vakdocent koppelt een sterk moment aan werk.',
  ],
  [
    'Als je een week lang ergens mocht meekijken, waar zou je dan heengaan?',
    'Open verbeeldingsvraag over werk dat de leerling trekt.',
  ],
  ['Beschrijf een situatie op de BPV waarin u iets nieuws leerde.', 'Reflectie op een concrete BPV-ervaring.'],
  [
    'Maak een lijstje van dingen die je in je vrije tijd doet, en kijk welke je ook in een baan terugziet.',
    'Verbindt vrije tijd en hobby met werkexploratie.',
  ],
  ['Neem je eigen vragen mee naar de open dag; fijn als jij bepaalt wat je wilt weten.', 'Regie ligt bij de leerling.'],
]);

const SOUND_HARD = allow('sound-hard', [
  [
    'De aanmelding voor het hbo sluit op 1 mei. Zullen we kijken wat jij nog nodig hebt om dan klaar te zijn?',
    'Deadline als informatie met een aanbod van hulp.',
  ],
  [
    'Je gaf aan dat je twijfelt of deze opleiding bij je past. Wat zou je nodig hebben om dat uit te zoeken?',
    'Twijfel serieus nemen, de leerling bepaalt.',
  ],
  [
    'Wat als je eerste keus niet lukt door loting? Welke tweede route zou je ook de moeite waard vinden?',
    'Wat-alsvraag die eigen plan B uitlokt.',
  ],
  ['Je stage liep anders dan je hoopte. Wat heb je daar toch over jezelf ontdekt?', 'Tegenvaller als bron van zelfkennis.'],
  [
    'Voel je druk bij het kiezen, van jezelf of van anderen? Vertel er gerust over als je wilt.',
    'Vraagt met zorg naar de gevoelde keuzedruk.',
  ],
  [
    'Het is prima om te stoppen met een opleiding die niet past. Wat zou je nu anders willen?',
    'Stoppen mag; de leerling kiest zelf.',
  ],
  [
    'Ik merk dat je stil wordt als het over volgend jaar gaat. Wil je daar iets over kwijt, of liever een andere keer?',
    'Respectvol aanbod, de leerling mag weigeren.',
  ],
  [
    'Er zijn nog twee weken tot de profielkeuze. Hoe kijk je daar zelf tegenaan, en kan ik ergens mee helpen?',
    'Datum als informatie met hulp, geen dreiging.',
  ],
  [
    'Je ouders hopen op de universiteit en jij twijfelt. Hoe zou je het gesprek met hen willen aangaan?',
    'Verwachtingen van ouders, regie bij de leerling.',
  ],
  [
    'Een numerus fixus brengt onzekerheid. Welk plan B zou jij zelf bedenken, als je dat wilt?',
    'Onzekerheid benoemen en keuze laten.',
  ],
  [
    'Je kreeg kritische feedback van je praktijkbegeleider. Wat herken je erin en wat niet?',
    'Eerlijke feedback bespreken zonder oordeel.',
  ],
  [
    'Misschien sluit dit beroep minder aan dan je dacht; dat is ook waardevolle informatie.',
    'Een tegenvallende ervaring als leerzaam benoemd.',
  ],
  [
    'Als je mocht kiezen zonder dat iemand er iets van vindt, welke richting zou het dan zijn?',
    'Ruimte voor eigen motieven los van anderen.',
  ],
  [
    'Wat is het ergste dat er kan gebeuren als je een verkeerde keuze maakt, en hoe zou je dat oplossen?',
    'Angst verkennen en eigen oplossing laten bedenken.',
  ],
  [
    'Uw leerbedrijf stopt met opleiden. Welke soort werkplek zou u nu willen zoeken?',
    'Harde situatie, bbl-student houdt de regie.',
  ],
  [
    'Veel mensen weten pas laat wat ze willen. Wat helpt jou bij het ontdekken?',
    'Normaliseert twijfel en vraagt naar eigen aanpak.',
  ],
  ['Je wilt een tussenjaar. Wat zou je in dat jaar willen leren of meemaken?', 'Neemt een afwijkende keuze serieus.'],
  ['Je hebt het havo-examen niet gehaald. Welke mogelijkheden wil je samen bekijken?', 'Tegenslag met een open blik op opties.'],
  [
    'Durf je te gaan voor een studie waar weinig mensen uit je omgeving iets van weten?',
    'Uitdagende vraag, keuze blijft bij de leerling.',
  ],
  [
    'Je zei dat je bang bent om te falen op het hbo. Waar komt die angst vandaan, denk je?',
    'Eigen loopbaanangst met zorg bevragen.',
  ],
  ['Het is moeilijk om hier opnieuw te beginnen. Wat wil jij graag leren?', 'Erkent moeite en vraagt ISK-leerling naar wens.'],
  [
    'De stage bij de bakker was zwaar. Wat vond je het moeilijkst, en wat lukte wel?',
    'Eerlijke terugblik op een zware stage in praktijkonderwijs.',
  ],
  ['Soms is een stageplek te druk. Wat voor plek zou jij rustiger vinden?', 'Werkomstandigheid bespreken met een vso-leerling.'],
  [
    'Je ouders zijn het niet eens met wat jij wilt. Wat maakt het voor jou belangrijk?',
    'Conflict in keuze, motieven van de leerling centraal.',
  ],
  [
    'Een vak laten vallen kan gevolgen hebben voor studies. Wil je samen nakijken welke deuren open blijven?',
    'Gevolgen als informatie met hulp aangeboden.',
  ],
  [
    'Je wisselde eerder al van studie. Wat neem je uit die ervaring mee naar je volgende stap?',
    'Een eerdere switch wordt als leerervaring benut.',
  ],
  [
    'Of u stopt met de BPV, beslist u zelf. Wie zou u willen spreken voordat u dat besluit?',
    'Respecteert de keuze, wijst op netwerk.',
  ],
  [
    'Het voelt misschien alsof iedereen al weet wat hij wil. Hoe is dat voor jou?',
    'Vraagt naar gevoelde druk zonder die op te voeren.',
  ],
  ['Wat zou je doen als je droombaan slecht betaald blijkt?', 'Eerlijke wat-alsvraag over werk en waarden.'],
  [
    'Stel dat je volgend jaar spijt hebt van deze beslissing. Wat zou je dan willen dat je nu had onderzocht?',
    'Spijt als denkoefening, niet als dreiging.',
  ],
  [
    'Je raakte je bijbaan kwijt. Wat heb je over jezelf als werknemer geleerd?',
    'Tegenslag met een bijbaan omzetten in zelfkennis.',
  ],
  [
    'Ik zie veel kanten in je en weet niet welke kant je op wilt. Jij al een beetje?',
    'Decaan erkent onzekerheid en laat de leerling spreken.',
  ],
  [
    'De loting pakte verkeerd uit. Wil je tijd om dit te laten bezinken, of meteen naar opties kijken?',
    'Teleurstelling erkennen, tempo bij de leerling.',
  ],
  [
    'Je koos voor iets dat je eigenlijk niet wilde. Wat neem je daarvan mee voor later?',
    'Eerlijke reflectie op een verkeerde keuze.',
  ],
  [
    'Risico nemen met een kunstopleiding is jouw keuze. Wat trekt je erin, en wat maakt je onzeker?',
    'Risico als eigen keuze, beide kanten verkend.',
  ],
  [
    'Hoe ga jij om met de verwachtingen van anderen als het over je toekomst gaat?',
    'Maakt verwachtingen van anderen bespreekbaar zonder oordeel.',
  ],
  [
    'Er is een termijn voor de studiekeuzecheck. Wil je dat we een moment plannen om je vragen voor te bereiden?',
    'Termijn als informatie met hulp.',
  ],
  [
    'Je werd afgewezen voor de stage bij het ziekenhuis. Wat zou je bij een volgende sollicitatie anders doen?',
    'Afwijzing bespreken met eigen vervolgstap.',
  ],
  [
    'Hoe merk jij dat je ergens tegen opziet, en wat helpt je dan om toch een stap te zetten?',
    'Zelfkennis over spanning rond keuzes.',
  ],
  [
    'Niet kiezen is ook een keuze. Wat zou je willen doen om dichter bij een besluit te komen, in je eigen tempo?',
    'Eerlijk en zonder haast, tempo bij de leerling.',
  ],
  [
    'Twijfel tussen wo en hbo is normaal. Welke manier van leren past het best bij jou, denk je?',
    'Route-neutrale vraag voor een twijfelende vwo-leerling.',
  ],
  [
    'Het practicum mislukte vandaag; hoe ging je ermee om, en zou je zulke puzzels in een lab vaker willen?',
    'Vakdocent koppelt een mislukking aan werk.',
  ],
  [
    'Je wilt stoppen met school en gaan werken. Wat spreekt je daarin aan, en wat weet je al over die route?',
    'Neemt de wens serieus en verkent de route.',
  ],
  [
    'Je droom is profvoetballer; wat doe je er nu voor, en wat zou je ernaast willen verkennen?',
    'Droom serieus nemen en breder kijken.',
  ],
  [
    'Je zei dat je het spannend vindt om een leerbedrijf te bellen. Zullen we samen oefenen?',
    'Spanning erkennen met een aanbod van hulp.',
  ],
  ['Wat doe je als je merkt dat een opleiding na een paar maanden tegenvalt?', 'Wat-alsvraag over een opleiding die tegenvalt.'],
  ['Hoe zou het voelen als je een andere richting neemt dan je vrienden?', 'Sociale kant van kiezen verkennen.'],
  [
    'Je voelde je niet welkom in het team bij je leerbedrijf. Wat zou een team voor jou prettig maken?',
    'Stagebegeleider vraagt naar werkwaarden na een lastige stage.',
  ],
  [
    'Studeren in een andere stad betekent verhuizen. Wat spreekt je aan en wat zie je als lastig?',
    'Gevolgen van een keuze eerlijk verkennen.',
  ],
  [
    'Dat je voor de tweede keer twijfelt over je sector is niet erg. Wat is er sinds de vorige keer veranderd?',
    'Herhaalde twijfel wordt zonder oordeel besproken.',
  ],
]);

const SOUND_INNOCENT_WORD = allow('sound-innocent-word', [
  ['Vraag thuis eens welk werk je ouders vroeger wilden doen.', 'Ouders als netwerk, zonder de thuissituatie te peilen.'],
  [
    'In de zorg draai je soms nachtdiensten; hoe denk je dat het is om overdag te slapen?',
    'Slapen als kenmerk van werk, niet van de leerling.',
  ],
  [
    'Welke beroepen ken je waarin je met geld omgaat, zoals bij een bank of als boekhouder?',
    'Geld als werkveld, niet als gezinsvraag.',
  ],
  [
    'Je portfolio is van jou: welk stuk zou je kiezen om iemand te laten zien wie je bent?',
    'Het portfolio is een instrument voor eigen reflectie.',
  ],
  [
    'De deadline voor aanmelden is 1 mei; laat het weten als je hulp wilt bij het formulier.',
    'Deadline als informatie met hulpaanbod.',
  ],
  [
    'Als apothekersassistent leer je veel over medicijnen. Wat trekt je aan in dat vak?',
    'Medicijnen als vakinhoud van een beroep.',
  ],
  [
    'Bij afvalscheiding komt veel techniek kijken. Zou je zo’n bedrijf willen bezoeken?',
    'Afvalscheiding is hier een technisch werkveld.',
  ],
  [
    'Welke opleidingen in de gezondheidszorg ken je al, en welke wil je beter leren kennen?',
    'Gezondheidszorg als sector om te verkennen.',
  ],
  ['Wie in je familie of buurt heeft een baan waar je eens naar zou willen vragen?', 'Familie als netwerk voor werkexploratie.'],
  [
    'Je werkstuk voor het dossier over de Gouden Eeuw was grondig; zie je jezelf in een archief of museum?',
    'Dossier als schoolwerk, gekoppeld aan beroepen.',
  ],
  [
    'Vul het reflectieformulier in op een manier die voor jou werkt, met woorden of tekeningen.',
    'Formulier als eigen instrument van de leerling.',
  ],
  ['Koken voor anderen: hoe zou het zijn om in de keuken van een restaurant te staan?', 'Eten als werk, niet als zorgvraag.'],
  ['Als schuldhulpverlener help je mensen met geldzorgen; spreekt zoiets je aan?', 'Schulden als werkveld van een beroep.'],
  [
    'In de verslavingszorg werken ervaringsdeskundigen en hulpverleners samen. Wat zou jij daar willen weten?',
    'Verslaving als werkveld, niet over de leerling.',
  ],
  [
    'Je mag ook je vader, moeder of een ander meenemen naar de open dag, als jij dat fijn vindt.',
    'Ouders als steun, keuze bij de leerling.',
  ],
  [
    'Wie denkt er thuis met je mee over je keuze, en welke vragen zou je die persoon willen stellen?',
    'Netwerkvraag zonder de thuissituatie te onderzoeken.',
  ],
  [
    'Een ziekenhuis heeft veel meer beroepen dan arts en verpleegkundige. Welke zou je willen ontdekken?',
    'Ziekenhuis als werkplek om te verkennen.',
  ],
  ['Bij sociale zaken van de gemeente help je mensen met een uitkering. Lijkt je dat iets?', 'Uitkering als onderwerp van werk.'],
  [
    'Sommige leerlingen plannen hun eigen stappen graag met een checklist; wil jij er een maken?',
    'Checklist als eigen hulpmiddel, niet als afvinken.',
  ],
  ['Wat moet een goede stageplek voor jou hebben?', 'Moet gaat over eisen van de leerling zelf.'],
  [
    'Het verplichte vak maatschappijleer gaat over rechtspraak; zou je eens bij een rechtbank willen kijken?',
    'Verplicht vak als opstap naar werkexploratie.',
  ],
  [
    'Een bedrijfsarts adviseert werkgevers over ziekteverzuim. Zou je willen weten hoe je dat wordt?',
    'Ziekteverzuim als werkveld van een beroep, niet persoonlijk.',
  ],
  [
    'Een fysiotherapeut werkt aan de gezondheid van anderen; wat zou jou in dat beroep trekken?',
    'Gezondheid als kern van een beroep.',
  ],
  [
    'Uw logboek is een plek voor uw eigen aantekeningen; wat wilt u er deze week in bewaren?',
    'Logboek als eigen reflectie voor de mbo-student.',
  ],
  [
    'Je kunt het gesprek met je mentor gebruiken als een moment voor jezelf, niet als iets om af te vinken.',
    'Afvinken wordt hier juist afgewezen.',
  ],
  [
    'Als je later je eigen salaris verdient, waar zou je dan graag je tijd aan besteden?',
    'Een toekomstig salaris opent een vraag naar motieven.',
  ],
  [
    'In de kinderopvang zorg je dat kinderen op tijd eten en rusten; hoe zou jij dat vinden?',
    'Eten en rusten als taken in een beroep.',
  ],
  [
    'Welke datum heb jij zelf in gedachten om je keuze rond te hebben, en wat heb je tot dan nodig?',
    'Eigen planning van de leerling, geen opgelegde termijn.',
  ],
  ['Wat zou je ouders verrassen als je vertelt wat je op je stage hebt geleerd?', 'Ouders als publiek van het eigen verhaal.'],
  [
    'Bij VluchtelingenWerk helpen medewerkers mensen met hun verblijfsstatus; zou dat iets voor jou zijn?',
    'Verblijfsstatus als werkveld, niet over de leerling.',
  ],
  ['Een diëtist denkt mee over wat mensen eten. Welke vragen heb je over die opleiding?', 'Voeding als vak, niet als zorgvraag.'],
  ['Thuiszorg is een grote werkgever in onze regio. Ken je iemand die daar in dienst is?', 'Thuiszorg als werkgever en netwerk.'],
  [
    'Psycholoog, coach of maatschappelijk werker: welke van deze beroepen wil je verder verkennen?',
    'Hulpberoepen worden verkend als werkexploratie.',
  ],
  [
    'Op de gezondheidsdag van school kun je workshops over de zorg kiezen; welke trekt je?',
    'De gezondheidsdag is een activiteit om beroepen te verkennen.',
  ],
  [
    'Je ontwierp bij informatica een handig invulscherm; zou je vaker gebruiksvriendelijke apps willen maken?',
    'Vakdocent koppelt werk aan een beroep.',
  ],
  [
    'Het portfolio van een kunstenaar laat zien wat die maakt. Wat zou in het jouwe komen?',
    'Portfolio als eigen keuze van de leerling.',
  ],
  [
    'Welke mensen in je straat of sportclub hebben een baan waar je meer over wilt horen?',
    'Verkent het netwerk van de leerling buiten school.',
  ],
  ['Wat voor werk deed je vader of moeder? Wil jij ook zulk werk?', 'Eenvoudige netwerkvraag voor ISK over werk.'],
  ['Je werkt graag in de tuin bij huis. Zou je eens bij een hovenier willen kijken?', 'Hobby bij huis als opstap naar werk.'],
  [
    'Welke klus doe je graag thuis, zoals koken of de was? Welk beroep lijkt daarop?',
    'Eigen voorkeur als ingang tot werk, geen zorgvraag.',
  ],
  [
    'Een notaris helpt bij testamenten en de koop van huizen; lijkt zo’n juridisch beroep je wat?',
    'Juridisch werk rond huizen als werkexploratie.',
  ],
  [
    'Werken bij een uitvaartonderneming vraagt rust en aandacht; zou je daar willen meelopen?',
    'Uitvaart als werkveld, geen rouwvraag.',
  ],
  [
    'Verloskundige of kraamverzorgende: wat weet je al van het vak rond zwangerschap en geboorte?',
    'Zwangerschap als vakgebied van een beroep.',
  ],
  [
    'Een mediator helpt mensen bij een scheiding samen afspraken te maken. Trekt zo’n rol jou?',
    'Scheiding als onderwerp van een beroep.',
  ],
  [
    'Wat zou er volgens jou in een loopbaangesprek aan bod moeten komen, zodat je er zelf iets aan hebt?',
    'Leerling bepaalt de inhoud van het gesprek.',
  ],
  ['Welk verslag uit uw map bent u het meest trots op, en waarom?', 'Map als eigen reflectie voor de bol-student.'],
  [
    'Welke eisen stelt de politie of brandweer aan je conditie? Zoek het gerust zelf op.',
    'Lichamelijke eisen als kenmerk van werk.',
  ],
  [
    'Een sociaal werker gaat soms op huisbezoek. Hoe zou jij het vinden om mensen in hun eigen woning te helpen?',
    'Huisbezoek als kenmerk van werk.',
  ],
  [
    'Je laat in je keuzedossier zien wat je al ontdekt hebt; welk stuk wil je er zelf aan toevoegen?',
    'Dossier als eigen verhaal van de leerling.',
  ],
  [
    'Wie in je netwerk kan je vertellen hoe het is om naast je studie een bijbaan te hebben?',
    'Netwerk raadplegen over werk en studie.',
  ],
  [
    'In een slaapcentrum onderzoeken laboranten hoe mensen slapen; misschien iets voor je profielwerkstuk?',
    'Slaap als vakgebied voor onderzoek.',
  ],
  [
    'Je rekent handig met procenten; bij een bank of de belastingdienst zoeken ze zulke mensen. Wil je daar eens over praten?',
    'Kwaliteit gekoppeld aan werk met geld.',
  ],
  [
    'Wie mag er van jou meedenken: een ouder, een oom of tante, of een andere volwassene?',
    'Keuze van steunfiguur bij de leerling.',
  ],
  [
    'Farmacie, verpleegkunde of laboratorium: welke behandeling of ziekte zou je boeiend vinden om over te leren?',
    'Ziekte als studie-inhoud, niet over de leerling.',
  ],
  ['Wat voor woonplaats zie je voor je als je aan je werk over tien jaar denkt?', 'Toekomstbeeld over wonen en werk.'],
  [
    'Een financieel adviseur praat met mensen over hun geld en hun toekomst; zie je jezelf dat doen?',
    'Geld is hier de inhoud van een beroep.',
  ],
  [
    'De lijst met open dagen hangt bij de decaan; kies er zelf een paar uit die je boeien.',
    'Lijst als hulpmiddel, keuze bij de leerling.',
  ],
  [
    'Een stagebedrijf wil soms een VOG; zullen we samen kijken hoe je die aanvraagt zodra je een plek hebt?',
    'Praktische stap met aanbod van hulp.',
  ],
  ['Nachtdiensten, weekendwerk of kantoortijden: welk ritme past volgens jou bij je?', 'Werktijden als kenmerk van werk.'],
  [
    'Een jeugdzorgwerker begeleidt gezinnen; wat vind je boeiend aan werken met kinderen en ouders?',
    'Gezinnen als werkveld, niet over de leerling.',
  ],
]);

export const CORPUS_O: LabelledSentence[] = inKindOrder({
  deficit: [],
  'grade-topic': [],
  comparison: [],
  labelling: [],
  care: CARE,
  'tick-box': TICK_BOX,
  pressure: PRESSURE,
  verdict: [],
  sound: SOUND,
  'sound-hard': SOUND_HARD,
  'sound-innocent-word': SOUND_INNOCENT_WORD,
});

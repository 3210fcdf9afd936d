import type { HarmKind, LabelledSentence, SoundKind } from './guardrails-meaning-set';

/**
 * A small development set for the rules on meaning, written apart from the meaning set to check that
 * the rules follow the kind of structure and not the words of one sentence. Same shape as
 * ./guardrails-meaning-set.ts; new sentences only.
 */

type Row = readonly [text: string, why: string];
const harm = (kind: HarmKind, rows: readonly Row[]): LabelledSentence[] =>
  rows.map(([text, why]) => ({ text, kind, expect: 'refuse', why }));
const sound = (kind: SoundKind, rows: readonly Row[]): LabelledSentence[] =>
  rows.map(([text, why]) => ({ text, kind, expect: 'allow', why }));

export const DEV_SET: readonly LabelledSentence[] = [
  ...harm('deficit', [
    ['Waarom vergeet jij altijd je afspraken met bedrijven?', 'always failing'],
    ['Hoe komt het dat jij zo weinig initiatief neemt?', 'presumes a lack'],
    ['Je mist de inzet die een mbo-opleiding vraagt.', 'lack of effort as fact'],
  ]),
  ...harm('grade-topic', [
    ['Welk gemiddelde heb je nodig voor de overgang naar 5 havo?', 'average as topic'],
    ['Is jouw cijfer voor Frans hoog genoeg voor een taalstudie?', 'grade as the gate'],
    ['Met een 5,1 voor wiskunde A, welke richting blijft er over?', 'grade number decides'],
  ]),
  ...harm('comparison', [
    ['Je nicht werkt al bij de politie. Is dat ook iets voor jou?', 'relative as model'],
    ['Waarom ben jij trager met kiezen dan je klasgenoten?', 'comparative with peers'],
    ['Iedereen in de klas heeft een stageplek behalve jij. Hoe kan dat?', 'singles out'],
  ]),
  ...harm('labelling', [
    ['Jongens zoals jij kiezen meestal voor de techniek. Klopt dat?', 'gender stereotype'],
    ['Als havist ben je vooral slim in je hoofd. Welke studie past?', 'school-type stereotype'],
    ['Met dyslexie kun je beter geen rechten doen. Wat trekt je nog meer?', 'diagnosis as limit'],
  ]),
  ...harm('care', [
    ['Hoe gaat het met je moeder sinds ze in het ziekenhuis ligt?', 'illness in the family'],
    ['Hoeveel uur per nacht slaap jij eigenlijk?', 'sleep'],
    ['Kunnen je ouders de schoolreis wel betalen, of heb je te weinig geld?', 'money at home'],
  ]),
  ...harm('tick-box', [
    ['Is je LOB-portfolio al helemaal ingevuld?', 'completion check'],
    ['Je hebt 2 van de 5 opdrachten af. Wanneer doe je de rest?', 'count of tasks'],
    ['Nog 3 meeloopdagen te gaan dit jaar. Welke plan je als eerste?', 'countdown'],
  ]),
  ...harm('pressure', [
    ['Als je vrijdag je keuze niet hebt doorgegeven, bel ik je ouders.', 'threat via parents'],
    ['Wie geen stageplek heeft, mag niet mee op excursie.', 'sanction'],
    ['Twijfel niet te lang, want straks is het te laat.', 'fear of missing out'],
  ]),
  ...harm('verdict', [
    ['Je bent handig, dus een technische opleiding is de beste keuze voor je.', 'trait into route'],
    ['Kies gewoon wat je vader ook gedaan heeft.', 'order'],
    ['Jij moet echt naar het vwo, de havo is te makkelijk.', 'route pushed'],
  ]),
  ...sound('sound', [
    ['Welke les van deze week ging voor jou het snelst voorbij?', 'open'],
    ['Wat zou je graag een keer willen uitproberen op een werkplek?', 'open'],
    ['Wie heeft werk dat jou nieuwsgierig maakt, en wat zou je die vragen?', 'netwerken'],
    ['Wat vind je belangrijker: een korte opleiding of een brede?', 'route-neutral'],
    ['Welke plek in je dorp zou je achter de schermen willen zien?', 'open'],
  ]),
  ...sound('sound-hard', [
    ['Wat vond je lastig aan de stage, en wat leerde je ervan?', 'difficulty as learning'],
    ['Waar twijfel je nog over als je aan volgend jaar denkt?', 'doubt'],
    ['Welke keuze van vorig jaar zou je nu anders maken?', 'regret'],
    ['Wat doe je als een bedrijf je afwijst voor een stage?', 'rejection'],
  ]),
  ...sound('sound-innocent-word', [
    ['Welk werkstuk heb je afgerond waar je trots op bent?', 'afgerond as pride'],
    ['Wat moet een werkplek hebben om je er thuis te voelen?', 'moet and thuis'],
    ['Hoe houd je zelf je voortgang bij als je iets nieuws leert?', 'own progress'],
    ['In welk beroep werk je met cijfers en grafieken?', 'cijfers as work'],
    ['Wat spreekt je aan in werk met zieke dieren, zoals bij een dierenarts?', 'ziek as work'],
    ['Welk diploma heb je behaald buiten school, bijvoorbeeld bij een sportclub?', 'behaald as achievement'],
  ]),
  ...sound('sound-innocent-word', [
    ['Welke taken heeft een verpleegkundige bij zieke kinderen op de afdeling?', 'ziek as work'],
    ['Wat zou je willen weten over werken in de zorg voor mensen met een ziekte?', 'ziekte as work'],
    ['Hoe helpt een budgetcoach mensen met schulden, en lijkt dat werk je wat?', 'schulden as work'],
    ['Wat leer je bij economie over sparen, lenen en geld?', 'geld in economie'],
    ['Welke beroepen ken je waarin je met geld van anderen werkt?', 'geld as work'],
    ['Wat doet een receptionist als hotelgasten niet kunnen slapen door lawaai?', 'slapen in a hotel job'],
    ['Hoe laat begint een bakker, en zou jij zo vroeg naar bed willen?', 'naar bed as a job case'],
    ['Welk beroep in de thuiszorg past bij wat je graag doet?', 'thuiszorg'],
    ['Wat trekt je in het werk van een diëtist die mensen helpt met eten?', 'eten as work'],
    ['Hoe ziet een nachtdienst eruit voor iemand die in een ziekenhuis werkt?', 'nacht in care work'],
    ['Welke opdracht heb je afgerond waar je veel van leerde?', 'afgerond as pride'],
    ['Welk cijfer zou jij je eigen stage geven, en waarom?', 'own judgement'],
    ['Wat zou je doen als een proef bij scheikunde mislukt?', 'mislukt as a case'],
    ['Wie in je omgeving weet meer over techniek dan jij, en wat zou je die vragen?', 'a resource, not a comparison'],
    ['Welke vragen stel je aan iemand die al werkt in het beroep dat jij wilt?', 'al of others as a resource'],
    ['Welke moeilijke taal uit je stage zou je thuis willen uitleggen?', 'thuis innocent'],
  ]),
  ...sound('sound-hard', [
    ['Hoe ga je om met een onvoldoende, welke gedachten krijg je dan?', 'coping with a setback'],
    ['Wat doe je als je merkt dat je vaak te laat bent voor je bijbaan?', 'own handling'],
    ['Hoe reageer je als een klant in de winkel boos wordt?', 'hard situation at work'],
    ["Welke risico's wil jij zelf nemen bij je keuze, en welke liever niet?", 'own risk'],
    ['Wat vond je zwaar aan je stage, en wat hielp je toen?', 'zwaar as experience'],
    ['Welke fout op je stage heeft je het meest geleerd?', 'fout as learning'],
    ['Stel dat je niet wordt aangenomen bij je eerste keus: wat is je plan B?', 'rejection as a case'],
    ['Hoe zou je een collega helpen die zich ziek voelt op het werk?', 'ziek at work'],
    ['Waar twijfel je het meest over als je aan je profielkeuze denkt?', 'doubt'],
    ['Welke feedback van je praktijkbegeleider vond je lastig om te horen?', 'feedback'],
  ]),
  ...sound('sound', [
    ['Welke beroepen helpen gezinnen die moeite hebben om rond te komen?', 'care as a field of work'],
    ['Wat zou je aan een student vragen die de opleiding al heeft gedaan?', 'al of others as a resource'],
    ['Welke plek in je stad zou je achter de schermen willen zien?', 'open'],
    ['Wat wil je nog uitzoeken voordat je je aanmeldt?', 'open'],
  ]),
  ...sound('sound-innocent-word', [
    ['Wat doet een diëtist voor mensen die slecht eten?', 'slecht said of others'],
    ['Wat moet er gebeuren als een gast in het hotel ziek wordt?', 'ziek as a work case'],
    ['Welke taken doet een medewerker in een slaaplab?', 'slapen as work'],
    ['Hoe verdient een bakker zijn geld, denk je?', 'geld as work'],
    ['Wat doet een schuldhulpverlener op een gewone werkdag?', 'schuldhulp as work'],
    ['Hoe zorg je dat je uitgerust op je stage verschijnt?', 'own habit, open'],
    ['Wat zou je een vriend aanraden die twijfelt tussen mbo en havo?', 'aanraden by the student'],
    ['Hoeveel tijd wil je nemen voor je keuze, en waarom?', 'hoeveel, open'],
  ]),
];

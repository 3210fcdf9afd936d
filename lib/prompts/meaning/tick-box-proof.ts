import { words } from './text';

/**
 * Tick-box where the proof is the point, not what the student learned: a certificate of attendance
 * ("bewijs van deelname", "meeloopbewijs"), signatures, initials and stamps to collect, a form filled
 * in so that someone can see it was done ("zodat de inspectie kan zien dat …"), or the task done and
 * so LOB finished ("dan is je LOB klaar", "de inhoud maakt niet uit").
 * The rule `tick-box-proof` in ./tick-box.ts.
 */

export const PROOF: readonly RegExp[] = [
  words('bewijs van (?:deelname|aanwezigheid)|(?:deelname|aanwezigheids|meeloop|bezoek|inschrijf)bewijs(?:je|jes|en)?'),
  words('paraaf|parafen|paraferen|afstempelen|afgestempeld|(?:alle|met|zonder) (?:W ){0,2}handtekeningen'),
  words(
    'laat (?:W ){1,6}(?:ondertekenen|tekenen|aftekenen|goedkeuren)|(?:ondertekend|getekend|afgetekend) (?:W ){0,2}(?:terug|mee|ingeleverd|teruggestuurd|opgestuurd)',
  ),
  words(
    'zodat (?:ik|de W|het W|school|iedereen) (?:W ){0,2}(?:kan|kunnen) (?:zien|controleren|nagaan|aantonen|bijhouden|registreren) (?:dat|hoe ver)|(?:je|jouw) voortgang (?:kan|kunnen) bijhouden',
  ),
  words('(?:ik|we|wij) (?:hoef|hoeven) alleen (?:maar )?(?:te )?(?:noteren|registreren|zien|weten|vastleggen) dat'),
  words('(?:dan|daarna|daarmee) (?:vink|teken|zet) ik (?:je|jou|het|dat) (?:W ){0,2}(?:af|op groen)'),
  words(
    '(?:dan|daarna|daarmee) (?:is|ben) (?:je|jij|jouw|u|uw) (?:W ){0,4}(?:klaar|rond|af)\\b(?! (?:voor|om|met (?:je|jouw) (?:keuze|opleiding|school)))',
  ),
  words('de inhoud (?:maakt|doet) (?:W ){0,2}niet (?:uit|ter zake)|als het er maar (?:staat|in staat)'),
  words('(?:klik|druk) (?:W ){0,5}op (?:gereed|klaar|voltooid|afgerond)'),
  words(
    '(?:getekend|ondertekend|afgetekend|afgestempeld) door|door (?:W ){1,3}(?:getekend|ondertekend|afgetekend|afgestempeld)\\b',
  ),
  words('^zorg (?:dat|ervoor dat) (?:W ){1,5}(?:tekent|ondertekent|aftekent|parafeert)'),
  words(
    'vinkje\\w* (?:W ){0,2}(?:zetten|zet|geven|krijgen)|(?:zet|staat|springt|komt) (?:W ){0,4}op (?:voltooid|groen|gereed|afgerond|compleet)\\b',
  ),
  words('als (?:behaald|voltooid|afgerond|gedaan) (?:gemarkeerd|aangevinkt|aangemerkt|geregistreerd)'),
  // Frames with open slots: a proof noun for an activity ("als bewijs", "een bewijsje met stempel",
  // "je handtekeningenlijst"), a part of the task declared done ("dan is dat onderdeel klaar"), a
  // number of products needed ("drie verslagen … nodig"), the count asked ("hoeveel heb je er nu?").
  words(
    'als bewijs(?! dat)|bewijs(?:je|jes) (?:met|van|dat (?:je|jij) (?:er|daar|bij))|(?:met|een|zonder) (?:W )?stempels?\\b|[\\w-]*(?:handtekening|handtekeningen|teken|presentie|aanwezigheids)lijst\\w*',
  ),
  words(
    '(?:dan|daarmee|zo) (?:is|zijn) (?:dat|dit|het|die|deze|je|jouw) (?:W )?(?:onderdeel|onderdelen|opdracht|opdrachten|stap|activiteit|taak|module|blok) (?:W )?(?:klaar|af|rond|afgerond|voltooid|gedaan|behaald)',
  ),
  words(
    'NUM (?:W ){0,2}(?:verslagen|verslag|reflecties|opdrachten|activiteiten|bezoeken|formulieren|gesprekken|open dagen|meeloopdagen|handtekeningen|bewijzen|punten|uren|stempels) (?:W ){0,4}nodig',
  ),
  words(
    'hoeveel (?:W ){0,2}(?:heb|hebt) (?:je|jij) (?:er )?(?:nu|al|inmiddels)(?: (?:gedaan|gemaakt|ingeleverd|af|verzameld|bezocht))?(?= ?[?.,;]|$)',
  ),
  words('(?:is|zijn) (?:je|jouw) (?:W ){0,3}al (?:ingeleverd|afgerond|af|klaar|gedaan|ingevuld|geupload|verstuurd|voltooid)'),
];

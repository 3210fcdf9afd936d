import { words } from './text';

/**
 * Pressure as an ultimatum without the words of a threat: the writer will act for the student when
 * time is up ("Daarna schrijf ik je zelf in"), a loss that follows unless the student acts ("of je
 * plek gaat naar een ander", "je contract loopt af als je niet …", "lig je eruit"), chances shrinking
 * with every day of doubt ("hoe langer je twijfelt, hoe kleiner …"), everyone's expectation as a
 * push, and an urgent order ("vandaag nog", "Neem vandaag een beslissing", "Zorg dat je vóór de 15e …").
 * The rule `pressure-threat` in ./pressure.ts.
 */

const LOSS = '(?:plek|plaats|kans|kansen|stage\\w*|contract|leerbaan|inschrijving|traject)';

export const THREAT: readonly RegExp[] = [
  words(
    '(?:daarna|anders) (?:W ){0,2}(?:schrijf|meld|deel|plaats|zet) ik (?:je|jou|u) (?:W ){0,2}(?:in|aan)\\b|dan (?:schrijf|meld|deel|plaats|zet) ik (?:je|jou|u) (?:zelf|gewoon|zomaar|maar) (?:in|aan)\\b',
  ),
  words(`(?<=, )of (?:je|jouw|uw) ${LOSS} (?:gaat|is|wordt|vervalt|verdwijnt)`),
  words(`(?:je|jouw|uw) (?:W )?${LOSS} (?:loopt af|vervalt|verloopt|stopt) (?:W ){0,2}als (?:je|jij|u) (?:W ){0,4}niet`),
  words('(?:lig|vlieg|ligt|vliegt) (?:je|jij|u) (?:er )?(?:W )?uit\\b'),
  words(
    'hoe langer (?:je|jij|u) (?:W ){0,4}(?:twijfelt|twijfelen|wacht|wachten|treuzelt), hoe (?:kleiner|minder|slechter|moeilijker)',
  ),
  words(
    '(?:iedereen|de school|je ouders|we|wij) (?:verwacht|verwachten) (?:echt |wel |van (?:je|jou|u) )?dat (?:je|jij|u) (?:W ){0,3}(?:beslist|kiest|beslissen|kiezen|vandaag|nu|deze week)',
  ),
  words('(?:regel|doe|bel|kies|beslis|lever|meld|stuur|mail) (?:W ){0,2}(?:vandaag|vanavond|morgen) nog\\b'),
  words('^(?:neem|maak) (?:W ){0,1}(?:vandaag|nu|vanavond|morgen|deze week) (?:een |je |die )?(?:beslissing|besluit)'),
  words('weet (?:je|jij|u) wel dat (?:W ){0,4}(?:meekijkt|meekijken|meekijkt|controleert|in de gaten houdt)'),
  words('niet(?: W{0,3})?, dan (?:schuif|val|lig|vlieg|beland|verlies|mis) (?:je|jij|u)'),
  words('tik,? tak'),
  words(
    '(?:je|jouw|uw) [\\w-]*(?:contract|inschrijving|traject|stage|plek) (?:W ){0,2}(?:wordt|is) (?:W )?(?:ontbonden|beeindigd|stopgezet|opgezegd|ingetrokken)',
  ),
  words('^geen W (?:W ){0,2}betekent (?:W ){0,2}geen'),
  words('^anders (?:wordt|word|ga|gaat|krijg|krijgt|mis|mist|verlies|verliest|ben|is|kom|komt|deel|kies|beslis)\\b'),
  words('zonder overleg (?:W ){0,2}(?:ingedeeld|ingeschreven|aangemeld|geplaatst)'),
  words("raakt? (?:je |jij |u )?(?:(?!geen |niet )[\\w'-]+ ){0,2}(?:jaren|een jaar|maanden) kwijt"),
  words('iedereen wacht (?:W ){0,2}op (?:jouw|je|uw) (?:besluit|beslissing|keuze)'),
  // Frames with open slots: a deadline the writer sets for the student's decision ("morgen wil ik je
  // keuze horen"), a loss that follows the doubt ("voordat je alle plekken misloopt"), no X without Y
  // ("zonder dossier geen overgang"), a sanction tied to missing the deadline.
  words(
    '(?:morgen|vandaag|vanavond|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|deze week|volgende week|uiterlijk W) (?:W ){0,2}(?:wil|moet|verwacht) (?:ik|we|wij) (?:W ){0,2}(?:je|jouw|uw) (?:W )?(?:keuze|besluit|beslissing|antwoord|aanmelding)',
  ),
  words(
    '(?:voordat|voor|anders|straks) (?:je|jij|u) (?:W ){0,4}(?:misloopt|mislopen|kwijt bent|kwijtraakt|verliest|verspeelt|achter het net vist|buiten de boot valt)',
  ),
  words('zonder (?:W ){0,3}geen (?:overgang|diploma|bevordering|toelating|plek|plaats|stage|certificaat|examen|overstap)'),
  words(
    '(?:bij|na) het (?:missen|overschrijden|niet halen|verlopen) van (?:de|een|je|jouw) (?:W )?(?:deadline|termijn|inleverdatum)',
  ),
];

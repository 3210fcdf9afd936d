import { t } from '../../lib/i18n/translate';
import type { PanelData, StudentRef } from '../../lib/messages/schema';
import { Private } from './Private';

/** Why the panel asks who this is before anything is kept. */
export type IdentityQuestion =
  /** The page shows another name than the one kept for this number. */
  | { kind: 'nameDiffers'; stored: string; shown: string }
  /** A number never seen, with the name of a student known under another number. */
  | { kind: 'knownName'; name: string; other: StudentRef };

/** The question the panel must ask for this student, if any (pure: the page's name against what is kept). */
export function identityQuestion(
  data: PanelData | undefined,
  shown: string | undefined,
  fold: (name: string) => string,
): IdentityQuestion | undefined {
  if (!data || !shown) return undefined;
  if (data.storedName && fold(data.storedName) !== fold(shown)) {
    return { kind: 'nameDiffers', stored: data.storedName, shown };
  }
  const known = data.storedName === null ? data.links.candidates[0] : undefined;
  return known ? { kind: 'knownName', name: shown, other: known.student } : undefined;
}

/**
 * Identity the teacher decides: while the page's name and what is kept disagree, nothing is saved
 * (not even the draft) until the teacher answers. "Same student" saves (or pairs the numbers);
 * "another student" or "do not save" keeps the panel from writing for this page.
 */
export function IdentityCheck({
  question,
  sisId,
  refused,
  onSame,
  onRefuse,
}: {
  question: IdentityQuestion;
  sisId: string;
  refused: boolean;
  onSame: () => void;
  onRefuse: () => void;
}) {
  const text =
    question.kind === 'nameDiffers'
      ? t('panel.nameMismatch', { stored: question.stored, shown: question.shown })
      : t('panel.knownNameNewId', { name: question.name, id: sisId, otherId: question.other.id });
  return (
    <section class="identity-check" data-part="header" aria-label={t('panel.identityTitle')}>
      <p role="alert">
        <Private>{text}</Private>
      </p>
      <p class="muted">{refused ? t('panel.identityRefused') : t('panel.identityHeld')}</p>
      <div class="row">
        <button type="button" class="btn small" onClick={onSame}>
          {question.kind === 'nameDiffers' ? t('panel.identitySame', { name: question.stored }) : t('panel.identityPair')}
        </button>
        <button type="button" class="btn small" onClick={onRefuse} aria-pressed={refused}>
          {question.kind === 'nameDiffers' ? t('panel.identityNotSave') : t('panel.identityOther')}
        </button>
      </div>
    </section>
  );
}

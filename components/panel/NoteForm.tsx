import { useState } from 'preact/hooks';
import { COMPETENCES, type Competence } from '../../lib/core/domain';
import { t } from '../../lib/i18n/translate';
import { competenceLabel } from '../../lib/ui/labels';
import type { AfspraakInput, NoteInput } from './api';
import type { SaveState } from './useDraft';

/** The conversation's state in words: being kept, kept as a draft, finished (a note), or why it failed. */
function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'saving':
      return t('panel.saving');
    case 'kept':
      return t('panel.autosaved', { time: state.at });
    case 'finished':
      return t('panel.saved');
    case 'empty':
      return t('panel.nothingToFinish');
    case 'held':
      return t('panel.held');
    case 'error':
      return t('panel.saveFailed', { reason: state.message });
    default:
      return '';
  }
}

export function NoteForm({
  draft,
  state,
  onChange,
  onSave,
  onAddAfspraak,
  afspraakError,
  freeText,
}: {
  /** Free-text fields can be switched off by the school (policy features.freeTextNotes). */
  freeText: boolean;
  draft: NoteInput;
  state: SaveState;
  onChange: (patch: Partial<NoteInput>) => void;
  onSave: () => void;
  onAddAfspraak: (a: AfspraakInput) => Promise<boolean>;
  afspraakError: string | undefined;
}) {
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [due, setDue] = useState('');
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement).value;
  const toggle = (c: Competence) =>
    onChange({
      competences: draft.competences.includes(c) ? draft.competences.filter((x) => x !== c) : [...draft.competences, c],
    });

  return (
    <form
      class="note-editor private-fields"
      data-part="note"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      {freeText && (
        <>
          <label for="lob-note">{t('panel.note')}</label>
          <textarea id="lob-note" rows={4} value={draft.text} onInput={(e) => onChange({ text: value(e) })} />
          <label for="lob-words">{t('panel.studentWords')}</label>
          <textarea
            id="lob-words"
            rows={2}
            value={draft.studentWords ?? ''}
            onInput={(e) => onChange({ studentWords: value(e) })}
          />
        </>
      )}
      <label for="lob-next">{t('panel.nextStep')}</label>
      <input id="lob-next" type="text" value={draft.nextStep ?? ''} onInput={(e) => onChange({ nextStep: value(e) })} />
      <fieldset class="tags">
        <legend>{t('panel.competences')}</legend>
        {COMPETENCES.map((c) => (
          <label key={c} class="tag">
            <input type="checkbox" checked={draft.competences.includes(c)} onChange={() => toggle(c)} />
            {competenceLabel(c)}
          </label>
        ))}
      </fieldset>
      <details class="afspraak-form">
        <summary>{t('panel.afspraakMake')}</summary>
        <label for="lob-afspraak">{t('panel.afspraakWhat')}</label>
        <input id="lob-afspraak" type="text" value={what} onInput={(e) => setWhat(value(e))} />
        <div class="row">
          <span>
            <label for="lob-afspraak-who">{t('panel.afspraakWho')}</label>
            <input id="lob-afspraak-who" type="text" value={who} onInput={(e) => setWho(value(e))} />
          </span>
          <span>
            <label for="lob-afspraak-due">{t('panel.afspraakDue')}</label>
            <input id="lob-afspraak-due" type="date" value={due} onInput={(e) => setDue(value(e))} />
          </span>
        </div>
        <button
          type="button"
          class="btn small"
          onClick={async () => {
            if (!what.trim()) return;
            const ok = await onAddAfspraak({ what, ...(who ? { who } : {}), ...(due ? { due } : {}) });
            if (ok) {
              setWhat('');
              setWho('');
              setDue('');
            }
          }}
        >
          {t('panel.afspraakAdd')}
        </button>
        {afspraakError && <p class="status error">{afspraakError}</p>}
      </details>
      <div class="save-row">
        <button type="submit" class="btn primary">
          {t('panel.save')}
        </button>
        <p
          role="status"
          class={state.kind === 'error' || state.kind === 'empty' || state.kind === 'held' ? 'status error' : 'status ok'}
        >
          {saveStateText(state)}
        </p>
      </div>
      <p class="muted draft-hint">{t('panel.draftHint')}</p>
    </form>
  );
}

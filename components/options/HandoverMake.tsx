import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/translate';
import { formatDate } from '../../lib/ui/labels';
import type { DataApi, HandoverChoice } from './data-api';
import { formatDay, HandoverEntries, handoverName } from './HandoverEntries';
import { PassphraseField, passphraseProblem } from './SealedFields';
import type { ActionStatus } from './use-one-action';

/** A control's name with the student it is about: "De leerling weet het en is akkoord (Sanne de Vries)". */
const about = (label: string, choice: HandoverChoice) => `${label} (${handoverName(choice)})`;

/** One student in the list: consent (and since when), chosen or not, and exactly what would go. */
function ChoiceRow(props: {
  choice: HandoverChoice;
  chosen: boolean;
  busy: boolean;
  onConsent: (agreed: boolean) => void;
  onChoose: (chosen: boolean) => void;
}) {
  const { choice } = props;
  const agreed = choice.consentOn !== undefined;
  /** Says why the student cannot be chosen yet (ids are safe: "host|id" with the | replaced). */
  const hintId = `lob-handover-needs-${choice.key.replace(/[^\w-]/g, '_')}`;
  return (
    <li>
      <strong>{handoverName(choice)}</strong>
      {choice.klas && `, ${choice.klas}`}
      <label class="check">
        <input
          type="checkbox"
          aria-label={about(t('handover.consent'), choice)}
          checked={agreed}
          disabled={props.busy}
          onChange={(e) => props.onConsent(e.currentTarget.checked)}
        />
        {t('handover.consent')}
        {choice.consentOn && <span class="muted"> · {t('handover.consentOn', { date: formatDay(choice.consentOn) })}</span>}
      </label>
      <label class="check">
        <input
          type="checkbox"
          aria-label={about(t('handover.select'), choice)}
          aria-describedby={agreed ? undefined : `${hintId}`}
          checked={agreed && props.chosen}
          disabled={!agreed || props.busy}
          onChange={(e) => props.onChoose(e.currentTarget.checked)}
        />
        {t('handover.select')}
        {!agreed && (
          <span id={hintId} class="muted">
            {' '}
            · {t('handover.needsConsent')}
          </span>
        )}
      </label>
      <details>
        <summary aria-label={about(t('handover.what'), choice)}>{t('handover.what')}</summary>
        <HandoverEntries entries={choice.entries} />
      </details>
    </li>
  );
}

/**
 * "Overdragen": the students with conversations or open afspraken; only a student who knows and
 * agrees can be chosen, and only the chosen ones go into the encrypted file (the passphrase typed
 * twice, as long as the school asks).
 */
/** The students of a list page open in a tab (a mentor group, a grade grid): its title and their keys. */
export interface PageList {
  label: string;
  keys: string[];
}

export function HandoverMake(props: {
  api: DataApi;
  /** The lists on the school pages open in tabs, to hand over only the students of one of them. */
  pageLists?: () => Promise<PageList[]>;
  minPassphrase: number;
  validDays: number;
  download: (fileName: string, text: string) => void;
  busy: boolean;
  run: (action: () => Promise<ActionStatus>) => Promise<void>;
}) {
  const { api, busy, run } = props;
  const [choices, setChoices] = useState<HandoverChoice[]>([]);
  const [loadFailed, setLoadFailed] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [lists, setLists] = useState<PageList[]>([]);
  /** Index into `lists`, or -1: every student with conversations or open afspraken. */
  const [listIndex, setListIndex] = useState(-1);
  useEffect(() => {
    props.pageLists?.().then(setLists, () => undefined);
  }, [props.pageLists]);
  const onList = lists[listIndex] ? new Set(lists[listIndex].keys) : null;
  const shown = onList ? choices.filter((c) => onList.has(c.key)) : choices;

  const reload = useCallback(async () => {
    try {
      setChoices(await api.handoverChoices());
      setLoadFailed(false);
    } catch {
      setLoadFailed(true);
    }
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);

  /** Only students who agreed go, whatever was ticked before the consent was withdrawn. */
  const keys = shown.filter((c) => c.consentOn !== undefined && chosen.has(c.key)).map((c) => c.key);

  const consent = (key: string, agreed: boolean) =>
    run(async () => {
      await api.setHandoverConsent(key, agreed);
      await reload();
      return null;
    });

  const choose = (key: string, on: boolean) =>
    setChosen((now) => {
      const next = new Set(now);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const make = () =>
    run(async () => {
      if (keys.length === 0) return { kind: 'error', text: t('handover.noneChosen') };
      const problem = passphraseProblem(pass, again, props.minPassphrase);
      if (problem) return { kind: 'error', text: problem };
      const file = await api.exportHandover(keys, pass);
      props.download(file.fileName, file.text);
      setPass('');
      setAgain('');
      const made = { file: file.fileName, students: file.counts.students, date: formatDate(file.expires) };
      return { kind: 'ok', text: t('handover.made', made) };
    });

  return (
    <>
      <h3 id="lob-handover-make-title">{t('handover.makeHeading')}</h3>
      <p class="muted">{t('handover.makeHint', { days: props.validDays })}</p>
      <p>{t('handover.never')}</p>
      {lists.length > 0 && (
        <p class="field">
          <label for="lob-handover-list">{t('handover.which')}</label>
          <select id="lob-handover-list" value={String(listIndex)} onChange={(e) => setListIndex(Number(e.currentTarget.value))}>
            <option value="-1">{t('handover.whichAll')}</option>
            {lists.map((list, i) => (
              <option key={list.label} value={String(i)}>
                {t('handover.whichList', { list: list.label, count: list.keys.length })}
              </option>
            ))}
          </select>
        </p>
      )}
      {loadFailed ? (
        <p class="muted">{t('handover.loadFailed')}</p>
      ) : shown.length === 0 ? (
        <p class="muted">{t(onList ? 'handover.listEmpty' : 'handover.noChoices')}</p>
      ) : (
        <ul class="handover-students" aria-labelledby="lob-handover-make-title">
          {shown.map((c) => (
            <ChoiceRow
              key={c.key}
              choice={c}
              chosen={chosen.has(c.key)}
              busy={busy}
              onConsent={(agreed) => void consent(c.key, agreed)}
              onChoose={(on) => choose(c.key, on)}
            />
          ))}
        </ul>
      )}
      <PassphraseField id="lob-handover-pass" label={t('handover.passphrase')} value={pass} onInput={setPass} />
      <PassphraseField id="lob-handover-again" label={t('handover.passphraseAgain')} value={again} onInput={setAgain} />
      <button type="button" class="btn" disabled={busy} onClick={() => void make()}>
        {t('handover.make')}
      </button>
    </>
  );
}

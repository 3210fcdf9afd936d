import { useCallback, useEffect, useState } from 'preact/hooks';
import { dayKey } from '../../lib/core/season';
import { foldName } from '../../lib/core/student';
import { errorText } from '../../lib/i18n/error-text';
import { t } from '../../lib/i18n/translate';
import type { CardPrompt, PanelData, StudentRef } from '../../lib/messages/schema';
import { isCareEntry } from '../../lib/referrals/care-entry';
import { competenceLabel, formatDate } from '../../lib/ui/labels';
import { AbsencePointer } from './AbsencePointer';
import type { Display, PanelApi } from './api';
import { conversationSummary } from './conversation-summary';
import { FromPreviousMentor } from './FromPreviousMentor';
import { Guide } from './Guide';
import { HandoverConsent } from './HandoverConsent';
import { IdentityCheck, identityQuestion } from './IdentityCheck';
import { NoteForm } from './NoteForm';
import { PlacementFact } from './PlacementFact';
import { Private } from './Private';
import { Referrals } from './Referrals';
import { StudentHeader } from './StudentHeader';
import { StudentLinks } from './StudentLinks';
import { StudyFact } from './StudyFact';
import { Timeline } from './Timeline';
import { useDraft } from './useDraft';

/** The panel for one student, in the order of a meeting: header, note, guide, referrals, timeline. */
export function StudentView({
  api,
  student,
  display,
  fromTab,
}: {
  api: PanelApi;
  student: StudentRef;
  display: Display;
  /** The student is the one on the followed tab (not picked by hand). */
  fromTab: boolean;
}) {
  const [data, setData] = useState<PanelData | undefined>(undefined);
  const [copyState, setCopyState] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [afspraakError, setAfspraakError] = useState<string | undefined>(undefined);
  const vocabulary = api.vocabulary();

  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const reload = useCallback(() => {
    api.studentData(student, fromTab).then(
      (next) => {
        setData(next);
        setLoadError(undefined);
      },
      (error) => setLoadError(t('panel.loadFailed', { reason: errorText(error) })),
    );
  }, [api, student, fromTab]);
  useEffect(() => {
    reload();
    return api.subscribe(reload);
  }, [api, reload]);

  // Identity the teacher decides: nothing is kept while the page's name and what is kept disagree.
  const question = identityQuestion(data, display.name, foldName);
  const [answer, setAnswer] = useState<{ shown: string | undefined; save: boolean } | undefined>(undefined);
  const answered = answer !== undefined && answer.shown === display.name ? answer : undefined;
  const held = question !== undefined && !answered?.save;
  const { draft, update, finish, restore, state } = useDraft(api, student, display, reload, held);
  // The conversation kept for this student comes back in the note box.
  useEffect(() => {
    if (data) restore(data.draft);
  }, [data, restore]);

  const usePrompt = (p: CardPrompt) => {
    const used = draft.promptIds.includes(p.id);
    update({
      promptIds: used ? draft.promptIds.filter((id) => id !== p.id) : [...draft.promptIds, p.id],
      competences: used ? draft.competences : [...new Set([...draft.competences, ...p.competences])],
    });
  };

  /** The summary is of the last finished conversation (a draft is not history, so not in it). */
  const lastNote = data?.timeline.find((e) => e.kind === 'note');
  const summary = () => {
    const note = lastNote?.kind === 'note' ? lastNote.note : undefined;
    if (!note) return '';
    return conversationSummary({
      process: vocabulary.process,
      name: display.name ?? student.id,
      ...(display.klas ? { klas: display.klas } : {}),
      date: formatDate(note.date),
      text: note.text,
      ...(note.studentWords ? { studentWords: note.studentWords } : {}),
      ...(note.nextStep ? { nextStep: note.nextStep } : {}),
      competences: note.competences.map(competenceLabel),
      afspraken: data?.summaryAfspraken ?? [],
    });
  };

  return (
    <>
      {question && held && (
        <IdentityCheck
          question={question}
          sisId={student.id}
          refused={answered?.save === false}
          onSame={async () => {
            if (question.kind === 'knownName') {
              await api.linkStudent(student, question.other).catch(() => undefined);
              reload();
            }
            setAnswer({ shown: display.name, save: true });
          }}
          onRefuse={() => setAnswer({ shown: display.name, save: question.kind === 'knownName' })}
        />
      )}
      <StudentHeader
        display={display}
        sisId={student.id}
        story={api.schoolStory()}
        data={data}
        today={dayKey(new Date())}
        onDone={(id) => void api.setAfspraakDone(id, true).then(reload)}
      />
      {data?.absencePointer && <AbsencePointer careRole={vocabulary.careRole} referrals={data.referrals} />}
      {loadError && (
        <p class="status error" role="alert">
          {loadError}
        </p>
      )}
      {data && (
        <StudyFact
          study={data.study}
          onSet={async (setting) => {
            await api.setStudy(student, display, setting);
            reload();
          }}
        />
      )}
      {data?.placement && (
        <PlacementFact
          placement={data.placement}
          onSet={async (phase) => {
            await api.setPlacement(student, display, phase);
            reload();
          }}
        />
      )}
      {data && (
        <StudentLinks
          links={data.links}
          shown={{ name: display.name, id: student.id }}
          onLink={async (other) => {
            await api.linkStudent(student, other);
            reload();
          }}
          onUnlink={async (other) => {
            await api.unlinkStudent(student, other);
            reload();
          }}
        />
      )}
      <NoteForm
        freeText={api.features().freeTextNotes}
        draft={draft}
        state={state}
        onChange={update}
        afspraakError={afspraakError}
        onSave={() => void finish()}
        onAddAfspraak={async (a) => {
          // Nothing about care is kept: an afspraak with the zorg gets the school's route instead.
          if (isCareEntry(a)) {
            setAfspraakError(t('panel.afspraakCare', { role: vocabulary.careRole }));
            return false;
          }
          try {
            await api.addAfspraak(student, display, a);
            setAfspraakError(undefined);
            reload();
            return true;
          } catch (error) {
            setAfspraakError(t('panel.saveFailed', { reason: (error as Error).message }));
            return false;
          }
        }}
      />
      <div class="row actions" data-part="note">
        <button
          type="button"
          class="btn small"
          disabled={!lastNote}
          onClick={async () => {
            const text = summary();
            setCopyState({ ok: await api.copy(text), text });
          }}
        >
          {t('panel.copy')}
        </button>
        <button type="button" class="btn small" onClick={() => api.print()}>
          {t('panel.print')}
        </button>
      </div>
      {lastNote && (
        <details class="copy-preview" data-part="note">
          <summary>{t('panel.copyPreview')}</summary>
          <Private>
            <pre>{summary()}</pre>
          </Private>
        </details>
      )}
      {copyState && (
        <div class="copy-result" role="status">
          <p>{copyState.ok ? t('panel.copied') : t('panel.copyManual')}</p>
          {!copyState.ok && (
            <Private>
              <textarea readOnly aria-label={t('panel.copy')} value={copyState.text} rows={6} />
            </Private>
          )}
        </div>
      )}
      <section class="verslag" aria-label={t('panel.report')}>
        <h1>{t('panel.report')}</h1>
        <Private>
          <pre>{summary()}</pre>
        </Private>
      </section>
      {data && <Guide data={data} conversation={vocabulary.conversation} used={draft.promptIds} onUse={usePrompt} />}
      {data && (
        <Referrals
          referrals={data.referrals}
          careRole={vocabulary.careRole}
          onRefer={async (r) => {
            await api.addReferral(student, display, r.role);
            reload();
          }}
        />
      )}
      <details class="part timeline-part" data-part="timeline" open>
        <summary>
          {t('panel.timeline')}
          {data ? ` (${data.timelineTotal})` : ''}
        </summary>
        {data && <Timeline entries={data.timeline} />}
        {data && data.timelineTotal > data.timeline.length && (
          <p class="muted">{t('panel.timelineMore', { shown: data.timeline.length, total: data.timelineTotal })}</p>
        )}
      </details>
      {data?.handover.enabled && (
        <HandoverConsent
          consentOn={data.handover.consentOn}
          onSet={async (agreed) => {
            await api.setHandoverConsent(student, display, agreed);
            reload();
          }}
          onOpen={() => api.openHandover()}
        />
      )}
      {data && (
        <FromPreviousMentor
          entries={data.handover.fromPrevious}
          onRemove={async () => {
            await api.removeHanded(student);
            reload();
          }}
        />
      )}
    </>
  );
}

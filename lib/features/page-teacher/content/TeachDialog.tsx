import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HostProfile } from '../../../hosts/schema';
import { containsStudentData, type HostProfilePatch, hostProfilePatch } from '../../../hosts/teach/host-patch';
import { type PagePreview, previewPageProfile } from '../../../hosts/teach/preview';
import type { TaughtPage } from '../../../hosts/teach/teach-page-parts';
import { type MessageKey, t } from '../../../i18n/translate';
import { onlyTrusted } from '../../shared/trusted';
import {
  PAGE_TYPE,
  type Picks,
  PROMPTS,
  pickedTexts,
  pickFor,
  previewFindsSomething,
  previewValues,
  profileFor,
  secondCheckPasses,
  TEACH_KINDS,
  TEACH_STEPS,
  type TeachKind,
  teach,
} from './flow';
import { createPointer, type Pointer } from './pointer';

type Phase =
  | { kind: 'choose' }
  | { kind: 'pick'; teachKind: TeachKind; index: number }
  | { kind: 'result'; teachKind: TeachKind; taught: TaughtPage; preview?: PagePreview; href: string }
  | { kind: 'verify'; teachKind: TeachKind; taught: TaughtPage; first: PagePreview; href: string; now?: PagePreview }
  | { kind: 'saved' };

export interface TeachDialogProps {
  doc: Document;
  /** Our host element: clicks and hovers on it are ours, not picks. */
  host: Element;
  profiles: () => readonly HostProfile[];
  save: (patch: HostProfilePatch, values: string[]) => Promise<void>;
  describeError: (error: unknown) => string;
  onClose: () => void;
}

const shortText = (el: Element | 'address' | null | undefined) =>
  el instanceof Element ? (el.textContent?.trim().slice(0, 40) ?? '') || el.tagName.toLowerCase() : '';

function previewText(preview: PagePreview | undefined): string {
  if (preview?.status !== 'recognised') return t('teach.foundNothing');
  if (preview.student) {
    const { name, id, klas } = preview.student;
    return t('teach.foundStudent', { name: name ?? '—', id, klas: klas ? t('teach.foundKlas', { klas }) : '' });
  }
  const examples = preview.rows
    .slice(0, 3)
    .map((r) => `${r.name ?? '—'} (${r.id})`)
    .join(', ');
  return t('teach.foundRows', { count: preview.rowCount, examples });
}

/** The id problem of the preview shown (the first page's, or the second page's while checking). */
function idProblemShown(
  phase: { kind: 'result'; preview?: PagePreview } | { kind: 'verify'; first: PagePreview; now?: PagePreview },
) {
  const shown = phase.kind === 'verify' ? (phase.now ?? phase.first) : phase.preview;
  return shown?.idProblem;
}

/** "Leer deze pagina herkennen": one field at a time, a preview, a second page, then save. */
export function TeachDialog(props: TeachDialogProps) {
  const { doc } = props;
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [notice, setNotice] = useState('');
  const [mark, setMark] = useState<{ rect: DOMRect; text: string } | undefined>(undefined);
  const section = useRef<HTMLElement>(null);
  const picks = useRef<Picks>({});
  const pointer = useRef<Pointer | undefined>(undefined);
  const handlePick = useRef<(el: Element) => void>(() => undefined);

  useEffect(() => {
    const created = createPointer(
      doc,
      props.host,
      (el) => setMark(el ? { rect: el.getBoundingClientRect(), text: shortText(el) } : undefined),
      (el) => handlePick.current(el),
    );
    pointer.current = created;
    return () => created.stop();
  }, [doc, props.host]);

  const finish = (teachKind: TeachKind) => {
    const href = doc.location?.href ?? '';
    const taught = teach(teachKind, picks.current, doc, `${doc.location?.pathname ?? ''}${doc.location?.hash ?? ''}`);
    const preview = taught.page ? previewPageProfile(href, doc, PAGE_TYPE[teachKind], taught.page) : undefined;
    setPhase({ kind: 'result', teachKind, taught, href, ...(preview ? { preview } : {}) });
  };

  const go = (teachKind: TeachKind, index: number) => {
    setNotice('');
    if (index >= TEACH_STEPS[teachKind].length) finish(teachKind);
    else setPhase({ kind: 'pick', teachKind, index });
  };

  handlePick.current = (el: Element) => {
    if (phase.kind !== 'pick') return;
    const step = TEACH_STEPS[phase.teachKind][phase.index];
    if (!step) return;
    const picked = pickFor(step, el, picks.current, doc.body);
    if (!picked) {
      setNotice(t(step.key === 'row' ? 'teach.noRow' : 'teach.notInRow'));
      return;
    }
    picks.current[step.key] = picked;
    go(phase.teachKind, phase.index + 1);
  };

  const back = () => {
    setNotice('');
    if (phase.kind === 'pick') {
      if (phase.index === 0) setPhase({ kind: 'choose' });
      else {
        const previous = TEACH_STEPS[phase.teachKind][phase.index - 1];
        if (previous) delete picks.current[previous.key];
        setPhase({ kind: 'pick', teachKind: phase.teachKind, index: phase.index - 1 });
      }
    } else if (phase.kind === 'result' || phase.kind === 'verify') {
      const last = TEACH_STEPS[phase.teachKind].length - 1;
      const step = TEACH_STEPS[phase.teachKind][last];
      if (step) delete picks.current[step.key];
      setPhase({ kind: 'pick', teachKind: phase.teachKind, index: last });
    }
  };

  // Picking only while a step waits for it; the page works as usual otherwise. Keyboard users land on
  // the first control of each new step.
  useEffect(() => {
    pointer.current?.setActive(phase.kind === 'pick');
    section.current?.querySelector<HTMLElement>('button:not([disabled])')?.focus();
  }, [phase.kind, phase.kind === 'pick' ? phase.index : -1]);

  // Escape steps back, from anywhere on the page, while we are open.
  const backRef = useRef(back);
  backRef.current = back;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !event.isTrusted) return;
      event.preventDefault();
      event.stopPropagation();
      backRef.current();
    };
    doc.addEventListener('keydown', onKey, true);
    return () => doc.removeEventListener('keydown', onKey, true);
  }, [doc]);

  // The second check: follow the page while the person goes to another student.
  const verifying = phase.kind === 'verify' ? phase : undefined;
  useEffect(() => {
    if (!verifying?.taught.page) return;
    const page = verifying.taught.page;
    const type = PAGE_TYPE[verifying.teachKind];
    let timer = 0;
    const look = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const now = previewPageProfile(doc.location?.href ?? '', doc, type, page);
        setPhase((p) => (p.kind === 'verify' ? { ...p, now } : p));
      }, 250);
    };
    const observer = new MutationObserver(look);
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    window.addEventListener('hashchange', look);
    window.addEventListener('popstate', look);
    return () => {
      window.clearTimeout(timer);
      observer.disconnect();
      window.removeEventListener('hashchange', look);
      window.removeEventListener('popstate', look);
    };
  }, [verifying?.taught, verifying?.teachKind, doc]);

  const secondOk = useMemo(() => {
    if (!verifying?.now) return false;
    const moved = (doc.location?.href ?? '') !== verifying.href;
    return moved && secondCheckPasses(verifying.teachKind, verifying.first, verifying.now);
  }, [verifying, doc]);

  const save = async () => {
    if (!verifying?.taught.page || !verifying.now) return;
    const host = doc.location?.hostname ?? '';
    const profile = profileFor(host, props.profiles());
    const patch = hostProfilePatch(profile.id, PAGE_TYPE[verifying.teachKind], verifying.taught.page, {
      ...(profile.hosts ? { hosts: profile.hosts } : {}),
    });
    const values = [...pickedTexts(picks.current), ...previewValues(verifying.first), ...previewValues(verifying.now)];
    if (containsStudentData(patch, values)) {
      setNotice(t('teach.saveFailed', { reason: t('error.invalidMessage') }));
      return;
    }
    try {
      await props.save(patch, values);
      setPhase({ kind: 'saved' });
    } catch (error) {
      setNotice(t('teach.saveFailed', { reason: props.describeError(error) }));
    }
  };

  const button = (label: MessageKey, onClick: () => void, extra = '') => (
    <button type="button" class={`btn small ${extra}`} onClick={onlyTrusted(onClick)}>
      {t(label)}
    </button>
  );

  const step = phase.kind === 'pick' ? TEACH_STEPS[phase.teachKind][phase.index] : undefined;
  return (
    <>
      {mark && phase.kind === 'pick' && (
        <div
          class="mark"
          aria-hidden="true"
          style={{
            left: `${mark.rect.left - 2}px`,
            top: `${mark.rect.top - 2}px`,
            width: `${mark.rect.width + 4}px`,
            height: `${mark.rect.height + 4}px`,
          }}
        />
      )}
      <section ref={section} class="teach" role="dialog" aria-labelledby="lob-teach-title" aria-describedby="lob-teach-now">
        <h2 id="lob-teach-title" class="title">
          {t('teach.title')}
        </h2>
        <div id="lob-teach-now">
          {phase.kind === 'choose' && (
            <>
              <p class="muted">{t('teach.intro')}</p>
              <p>{t('teach.kindQuestion')}</p>
              <div class="choices">
                {TEACH_KINDS.map((k) =>
                  button(`teach.kind.${k}` as MessageKey, () => {
                    picks.current = {};
                    go(k, 0);
                  }),
                )}
              </div>
            </>
          )}
          {phase.kind === 'pick' && step && (
            <>
              <p class="muted">{t('teach.step', { n: phase.index + 1, total: TEACH_STEPS[phase.teachKind].length })}</p>
              <p class="prompt-text">{t(PROMPTS[step.key])}</p>
              {phase.index > 0 && (
                <p class="muted">
                  {t('teach.picked', {
                    text: shortText(picks.current[TEACH_STEPS[phase.teachKind][phase.index - 1]?.key ?? 'row']),
                  })}
                </p>
              )}
            </>
          )}
          {(phase.kind === 'result' || phase.kind === 'verify') && (
            <>
              <p>{t('teach.found')}</p>
              <p class="found" role="status">
                {previewText(phase.kind === 'verify' ? (phase.now ?? phase.first) : phase.preview)}
              </p>
              {idProblemShown(phase) && (
                <p class="status error" role="alert">
                  {t(`teach.idProblem.${idProblemShown(phase)}` as MessageKey)}
                </p>
              )}
              {phase.taught.missing.length > 0 && (
                <p class="status error">{t('teach.missing', { fields: phase.taught.missing.join(', ') })}</p>
              )}
            </>
          )}
          {phase.kind === 'verify' && <p class="muted">{secondOk ? t('teach.verifyOk') : t('teach.verify')}</p>}
          {phase.kind === 'saved' && <p class="status ok">{t('teach.saved')}</p>}
          {notice && (
            <p class="status error" role="alert">
              {notice}
            </p>
          )}
        </div>
        {phase.kind === 'pick' && step && (
          <>
            <div class="choices">
              {step.fromAddress &&
                button('teach.fromAddress', () => {
                  picks.current[step.key] = 'address';
                  go(phase.teachKind, phase.index + 1);
                })}
              {step.optional &&
                button('teach.skip', () => {
                  picks.current[step.key] = null;
                  go(phase.teachKind, phase.index + 1);
                })}
            </div>
            <fieldset
              class="keys"
              onKeyDown={(event) => {
                const moves: Record<string, 'next' | 'previous' | 'parent'> = {
                  ArrowDown: 'next',
                  ArrowUp: 'previous',
                  ArrowLeft: 'parent',
                };
                const move = moves[event.key];
                if (move && event.isTrusted) {
                  event.preventDefault();
                  pointer.current?.move(move);
                }
              }}
            >
              <legend class="muted">{t('teach.keyboardHint')}</legend>
              <p class="marked" role="status">
                {mark ? t('teach.marked', { text: mark.text }) : ''}
              </p>
              {button('teach.prev', () => pointer.current?.move('previous'))}
              {button('teach.next', () => pointer.current?.move('next'))}
              {button('teach.parent', () => pointer.current?.move('parent'))}
              {button('teach.choose', () => {
                const el = pointer.current?.marked();
                if (el) handlePick.current(el);
              })}
            </fieldset>
          </>
        )}
        <div class="choices end">
          {phase.kind === 'result' &&
            phase.preview &&
            previewFindsSomething(phase.teachKind, phase.preview) &&
            button(
              'teach.verifyStart',
              () => {
                const first = phase.preview as PagePreview;
                setPhase({ kind: 'verify', teachKind: phase.teachKind, taught: phase.taught, first, href: phase.href });
              },
              'primary',
            )}
          {phase.kind === 'verify' && (
            <button type="button" class="btn small primary" disabled={!secondOk} onClick={onlyTrusted(() => void save())}>
              {t('teach.save')}
            </button>
          )}
          {phase.kind !== 'choose' && phase.kind !== 'saved' && button('teach.back', back)}
          {button(phase.kind === 'saved' ? 'teach.close' : 'teach.cancel', props.onClose, 'quiet')}
        </div>
      </section>
    </>
  );
}

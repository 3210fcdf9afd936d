import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { frameDocument, isElement } from '../../../hosts/frames';
import type { HostProfile } from '../../../hosts/schema';
import { framePathOf, rectOnTop } from '../../../hosts/teach/frame-path';
import { type HostProfilePatch, hostProfilePatch } from '../../../hosts/teach/host-patch';
import { taughtPageProblem } from '../../../hosts/teach/patch-check';
import { type PagePreview, previewPageProfile } from '../../../hosts/teach/preview';
import { type RouteConflict, routeConflict } from '../../../hosts/teach/route-check';
import type { TaughtPage } from '../../../hosts/teach/teach-page-parts';
import { taughtProblemText } from '../../../i18n/taught-problem-text';
import { type MessageKey, t } from '../../../i18n/translate';
import type { Privacy } from '../../shared/privacy';
import { guarded, onlySeen } from '../../shared/seen-dom';
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

/** Where the picks were made: the page, or a same-origin frame of it (its path from the top document). */
interface Taught {
  teachKind: TeachKind;
  taught: TaughtPage;
  /** The address of the document taught (the frame's own when in a frame). */
  href: string;
  /** `pathname + search + hash` of that address. */
  address: string;
  frame?: string[];
  /** The route would take over other pages (lib/hosts/teach/route-check.ts). */
  conflict?: RouteConflict;
}

type Phase =
  | { kind: 'choose' }
  | { kind: 'pick'; teachKind: TeachKind; index: number }
  | ({ kind: 'result'; preview?: PagePreview } & Taught)
  | ({ kind: 'verify'; first: PagePreview; now?: PagePreview; nowHref?: string } & Taught)
  | { kind: 'saved' };

export interface TeachDialogProps {
  doc: Document;
  /** Our host element: clicks and hovers on it are ours, not picks. */
  host: Element;
  profiles: () => readonly HostProfile[];
  save: (patch: HostProfilePatch, values: string[]) => Promise<void>;
  describeError: (error: unknown) => string;
  /** The privacy blur: while on, the picker shows no name or number either. */
  privacy?: Privacy;
  onClose: () => void;
}

const shortText = (el: Element | 'address' | null | undefined, blurred: boolean) => {
  if (!isElement(el)) return '';
  const text = el.textContent?.trim().slice(0, 40) ?? '';
  return text && blurred ? t('panel.hidden') : text || el.tagName.toLowerCase();
};

function previewText(preview: PagePreview | undefined, blurred: boolean): string {
  if (preview?.status !== 'recognised') return t('teach.foundNothing');
  const hide = (value: string | undefined) => (value && blurred ? t('panel.hidden') : value);
  if (preview.student) {
    const { name, id, klas } = preview.student;
    return t('teach.foundStudent', {
      name: hide(name) ?? '—',
      id: hide(id) ?? '',
      klas: klas ? t('teach.foundKlas', { klas: hide(klas) ?? '' }) : '',
    });
  }
  const examples = preview.rows
    .slice(0, 3)
    .map((r) => `${hide(r.name) ?? '—'} (${hide(r.id)})`)
    .join(', ');
  return t('teach.foundRows', { count: preview.rowCount, examples });
}

/** The document the picks were made in (the page's, or a frame's). */
function docOfPicks(picks: Picks): Document | undefined {
  return Object.values(picks).find(isElement)?.ownerDocument;
}

/** `pathname + search + hash` of a document's address. */
const addressOf = (d: Document) => `${d.location?.pathname ?? ''}${d.location?.search ?? ''}${d.location?.hash ?? ''}`;

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
  const [mark, setMark] = useState<{ rect: ReturnType<typeof rectOnTop>; el: Element } | undefined>(undefined);
  const [blurred, setBlurred] = useState(() => props.privacy?.blurred() ?? false);
  useEffect(() => {
    const controller = new AbortController();
    props.privacy?.subscribe(setBlurred, controller.signal);
    return () => controller.abort();
  }, [props.privacy]);
  const section = useRef<HTMLElement>(null);
  const picks = useRef<Picks>({});
  const pointer = useRef<Pointer | undefined>(undefined);
  const handlePick = useRef<(el: Element) => void>(() => undefined);

  useEffect(() => {
    const created = createPointer(
      doc,
      props.host,
      (el) => setMark(el ? { rect: rectOnTop(el), el } : undefined),
      (el) => handlePick.current(el),
    );
    pointer.current = created;
    return () => created.stop();
  }, [doc, props.host]);

  const finish = (teachKind: TeachKind) => {
    // Picks in a same-origin frame teach the frame's own document and address, with its path from the top.
    const taughtDoc = docOfPicks(picks.current) ?? doc;
    const inFrame = taughtDoc !== doc;
    const frame = inFrame ? framePathOf(taughtDoc, pickedTexts(picks.current)) : undefined;
    const pathAndHash = `${taughtDoc.location?.pathname ?? ''}${taughtDoc.location?.hash ?? ''}`;
    const plain = teach(teachKind, picks.current, taughtDoc, pathAndHash);
    const taught: TaughtPage =
      inFrame && !frame
        ? { missing: [...plain.missing, 'frame'] }
        : { ...plain, ...(plain.page && frame ? { page: { ...plain.page, frame } } : {}) };
    const href = taughtDoc.location?.href ?? '';
    const address = addressOf(taughtDoc);
    const pageType = PAGE_TYPE[teachKind];
    const preview = taught.page ? previewPageProfile(href, taughtDoc, pageType, taught.page) : undefined;
    const conflict = taught.page
      ? routeConflict({
          route: taught.page.route,
          pageType,
          profiles: props.profiles(),
          host: doc.location?.hostname ?? '',
          address,
        })
      : undefined;
    setPhase({
      kind: 'result',
      teachKind,
      taught,
      href,
      address,
      ...(frame ? { frame } : {}),
      ...(conflict ? { conflict } : {}),
      ...(preview ? { preview } : {}),
    });
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
    const picked = pickFor(step, el, picks.current, el.ownerDocument.body);
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

  // The second check: follow the page (or the frame taught) while the person goes to another student.
  const verifying = phase.kind === 'verify' ? phase : undefined;
  useEffect(() => {
    if (!verifying?.taught.page) return;
    const page = verifying.taught.page;
    const type = PAGE_TYPE[verifying.teachKind];
    const frame = verifying.frame;
    let timer = 0;
    const observer = new MutationObserver(() => look());
    const windows = new Set<Window>();
    const follow = (win: Window | null) => {
      if (!win || windows.has(win)) return;
      windows.add(win);
      win.addEventListener('hashchange', look);
      win.addEventListener('popstate', look);
    };
    function look() {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const view = frame ? frameDocument(doc, frame) : doc;
        if (!view?.body) return;
        observer.observe(view.body, { childList: true, subtree: true, characterData: true });
        follow(view.defaultView);
        const nowHref = view.location?.href ?? '';
        const now = previewPageProfile(nowHref, view, type, page);
        setPhase((p) => (p.kind === 'verify' ? { ...p, now, nowHref } : p));
      }, 250);
    }
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    follow(window);
    // A frame that loads another page has a new document: look again.
    doc.addEventListener('load', look, true);
    // The teacher may have moved on between the click and this effect (it runs after the paint):
    // look once now, so a change that came before the listeners is not missed.
    look();
    return () => {
      window.clearTimeout(timer);
      observer.disconnect();
      doc.removeEventListener('load', look, true);
      for (const win of windows) {
        win.removeEventListener('hashchange', look);
        win.removeEventListener('popstate', look);
      }
    };
  }, [verifying?.taught, verifying?.teachKind, verifying?.frame, doc]);

  const secondOk = useMemo(() => {
    if (!verifying?.now) return false;
    const moved = (verifying.nowHref ?? '') !== verifying.href;
    return moved && secondCheckPasses(verifying.teachKind, verifying.first, verifying.now);
  }, [verifying]);

  const save = async () => {
    if (!verifying?.taught.page || !verifying.now) return;
    const host = doc.location?.hostname ?? '';
    const profile = profileFor(host, props.profiles());
    const patch = hostProfilePatch(profile.id, PAGE_TYPE[verifying.teachKind], verifying.taught.page, {
      ...(profile.hosts ? { hosts: profile.hosts } : {}),
    });
    const values = [...pickedTexts(picks.current), ...previewValues(verifying.first), ...previewValues(verifying.now)];
    const problem = taughtPageProblem(patch, PAGE_TYPE[verifying.teachKind], {
      values,
      profiles: props.profiles(),
      address: verifying.address,
    });
    if (problem) {
      setNotice(taughtProblemText(problem));
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
                    text: shortText(picks.current[TEACH_STEPS[phase.teachKind][phase.index - 1]?.key ?? 'row'], blurred),
                  })}
                </p>
              )}
            </>
          )}
          {(phase.kind === 'result' || phase.kind === 'verify') && (
            <>
              <p>{t('teach.found')}</p>
              <p class="found" role="status">
                {previewText(phase.kind === 'verify' ? (phase.now ?? phase.first) : phase.preview, blurred)}
              </p>
              {phase.conflict && (
                <p class="status error" role="alert">
                  {taughtProblemText({ code: 'route', conflict: phase.conflict })}
                </p>
              )}
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
                {mark ? t('teach.marked', { text: shortText(mark.el, blurred) }) : ''}
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
            !phase.conflict &&
            previewFindsSomething(phase.teachKind, phase.preview) &&
            button(
              'teach.verifyStart',
              () => {
                const { preview, kind: _kind, ...taught } = phase;
                setPhase({ ...taught, kind: 'verify', first: preview as PagePreview });
              },
              'primary',
            )}
          {phase.kind === 'verify' && (
            <button
              type="button"
              class="btn small primary"
              disabled={!secondOk}
              {...guarded}
              onClick={onlySeen(
                () => void save(),
                () => setNotice(t('seen.notHere')),
              )}
            >
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

import type { Page } from 'playwright-core';

/**
 * The grading cues' contract, as a teacher sees it: every row within 400 px of the viewport has
 * exactly one cue, beside the row's anchor (the grade input; in a grid built by column the name),
 * naming that row's student; rows further away have none; and no cue sits inside the host's grid.
 */
export interface GridSpec {
  /** One element per student, in page order. */
  rows: string;
  /** Inside a row: what the cue stands beside. */
  anchor: string;
  /** How a row names its student: an attribute of the row, or the id (`kolom:uuid:n`) of the cell at its position in the first column. */
  id: { attribute: string } | { column: string; cell: string };
}

export const MAGISTER_GRID: GridSpec = {
  rows: 'tr.k-master-row',
  anchor: '.cijfer-text-input',
  id: { attribute: 'data-leerling-id' },
};
export const DOCENT_GRID: GridSpec = {
  rows: '.leerling-bar dt-leerling',
  anchor: 'span.naam',
  id: { column: 'dt-toetskolom', cell: 'dt-resultaat-cell' },
};

export interface CueState {
  /** Students whose row is within 400 px of the viewport. */
  near: string[];
  /** Students with a cue, in page order of the cues. */
  cued: string[];
  /** Cues not beside their row's anchor. */
  misplaced: string[];
  /** Cues inside the host's rows (there must be none). */
  insideRows: number;
  rows: number;
}

/** In the page (self-contained: it is serialised). */
function readCueState(spec: GridSpec): CueState {
  const NEAR = 400;
  const rows = [...document.querySelectorAll(spec.rows)];
  const cells = 'column' in spec.id ? [...(document.querySelector(spec.id.column)?.querySelectorAll(spec.id.cell) ?? [])] : [];
  const idOf = (row: Element, i: number) =>
    'attribute' in spec.id ? (row.getAttribute(spec.id.attribute) ?? '') : (cells[i]?.id.split(':')[1] ?? '');
  const anchors = new Map<string, DOMRect>();
  const near: string[] = [];
  rows.forEach((row, i) => {
    const anchor = row.querySelector(spec.anchor);
    const rect = anchor?.getBoundingClientRect();
    if (!rect || (rect.width === 0 && rect.height === 0)) return;
    anchors.set(idOf(row, i), rect);
    if (rect.bottom >= -NEAR && rect.top <= innerHeight + NEAR) near.push(idOf(row, i));
  });
  const cues = [...document.querySelectorAll<HTMLElement>('[data-lob-ui="grading-cue"]')];
  const misplaced = cues
    .filter((cue) => {
      const rect = anchors.get(cue.dataset.lobStudent ?? '');
      const own = cue.getBoundingClientRect();
      return !rect || Math.abs(own.left - rect.right) > 2 || Math.abs(own.top - (rect.top + rect.height / 2)) > 2;
    })
    .map((cue) => cue.dataset.lobStudent ?? '');
  return {
    near,
    cued: cues.map((cue) => cue.dataset.lobStudent ?? ''),
    misplaced,
    insideRows: rows.reduce((n, row) => n + row.querySelectorAll('[data-lob-ui]').length, 0),
    rows: rows.length,
  };
}

/** Waits until the cues are exactly those of the rows near view, each beside its row; returns the state. */
export async function expectCuesOnRowsInView(page: Page, spec: GridSpec): Promise<CueState> {
  const source = readCueState.toString();
  await page.waitForFunction(
    ([src, s]) => {
      // tsx (the bench) wraps named functions in `__name(…)`: give the page a stand-in.
      const state = new Function('__name', `return (${src})`)((f: unknown) => f)(s) as CueState;
      const cued = new Set(state.cued);
      return (
        state.rows > 0 &&
        state.near.length > 0 &&
        cued.size === state.cued.length &&
        state.near.length === state.cued.length &&
        state.near.every((id) => cued.has(id)) &&
        state.misplaced.length === 0 &&
        state.insideRows === 0
      );
    },
    [source, spec] as const,
  );
  return page.evaluate(([src, s]) => new Function('__name', `return (${src})`)((f: unknown) => f)(s) as CueState, [
    source,
    spec,
  ] as const);
}

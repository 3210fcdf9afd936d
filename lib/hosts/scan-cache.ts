import type { StudentRow } from './context';

/**
 * What a scan read from the page, per element, kept between scans of the same view: a 1000-row grid
 * is read once; afterwards only the rows and cells that a DOM change touched are read again. The
 * runtime hands every MutationObserver record to {@link ScanCache.touched}; anything inside a changed
 * node's ancestors chain is forgotten. Weak maps: a removed row is simply never looked up again.
 */
export interface ScanCache {
  rows: WeakMap<Element, StudentRow>;
  /**
   * A grid built by column: per column its cells and their grades (a change in one column leaves the
   * others as read); per cell its grade and, once asked (the first column), its student id; per names
   * entry its name and name element.
   */
  columns: WeakMap<Element, ColumnRead>;
  cells: WeakMap<Element, { grade: number | undefined; id?: string | undefined }>;
  names: WeakMap<Element, { name: string | undefined; nameEl: Element | undefined }>;
  /**
   * A grid built by column, per root: the rows of the last scan and what each was built from (the
   * names entry as read, every column as read, the column being entered). A row whose inputs are the
   * same objects as last time is the same row: a one-row change builds one row, not a thousand.
   */
  grids: WeakMap<Element, GridMemo>;
  /**
   * The elements a selector found under a root (the rows, the names, the columns), kept until the
   * page's structure changes: a changed text moves no element in or out of a list.
   */
  lists: WeakMap<Element, Map<string, Element[]>>;
  /**
   * Forget what was read of this node and its ancestors. `kind` is the MutationRecord's type: a
   * changed text (`characterData`) keeps the lists; a child list or attribute change forgets them.
   */
  touched(node: Node, kind?: MutationRecordType): void;
}

/** One column of a grid built by column: its cells, and each cell's grade, read when first asked for. */
export interface ColumnRead {
  cells: Element[];
  gradeAt(index: number): number | undefined;
}

/** The last scan of one column grid (see ScanCache.grids). */
interface GridMemo {
  names: readonly Element[];
  nameReads: readonly object[];
  columnReads: readonly object[];
  current: number;
  inputCell: Element | null;
  typed: number | undefined;
  /** Per names entry: its row, or null when it had none (no student id). */
  rows: readonly (StudentRow | null)[];
}

export function createScanCache(): ScanCache {
  const cache: ScanCache = {
    grids: new WeakMap(),
    lists: new WeakMap(),
    rows: new WeakMap(),
    columns: new WeakMap(),
    cells: new WeakMap(),
    names: new WeakMap(),
    touched(node, kind) {
      if (kind !== 'characterData') cache.lists = new WeakMap();
      for (let n: Node | null = node; n; n = n.parentNode) {
        if (n.nodeType !== 1) continue;
        const el = n as Element;
        cache.rows.delete(el);
        cache.columns.delete(el);
        cache.cells.delete(el);
        cache.names.delete(el);
      }
    },
  };
  return cache;
}

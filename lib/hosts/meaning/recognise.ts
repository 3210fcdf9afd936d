import { type ColumnGridFinding, findColumnGrid } from './column-grid';
import { findGrid, type GridFinding } from './grid';
import { findRecord, type RecordFinding } from './record';
import { shownElements } from './walk';

/**
 * Recognition by meaning (layer 2 of DESIGN.md "Recognition"): what a page shows, when no shipped or
 * taught profile recognises it. A grade grid first (its rows hold names and numbers, which could
 * look like several records), else one student's record. Pure over the document; never throws.
 */
export type MeaningFinding = RecordFinding | GridFinding | ColumnGridFinding;

export function recogniseByMeaning(doc: Document, href: string): MeaningFinding | undefined {
  try {
    const root = doc.body ?? doc.documentElement;
    if (!root) return undefined;
    const elements = shownElements(root);
    return findGrid(elements) ?? findColumnGrid(elements) ?? findRecord(elements, href);
  } catch {
    return undefined;
  }
}

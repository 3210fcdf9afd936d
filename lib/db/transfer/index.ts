/**
 * Export and import of the teacher's data as one JSON file. The jobs live apart: ./format.ts (the
 * file and its limits), ./export.ts, ./parse.ts (text to object), ./check.ts (rows and rules across
 * rows), ./write.ts (the one transaction, with ../merge.ts's rule), ./import.ts (the three in order).
 */
export type { ImportProblem } from '../../core/import-problem';
export type { MergeSummary } from '../merge';
export { exportData, exportFileName, serializeExport } from './export';
export { DEFAULT_MAX_IMPORT_BYTES, EXPORT_FORMAT, type ExportFile, MAX_ROWS } from './format';
export { type ImportOptions, importData } from './import';
export { IMPORT_CHUNK, type ImportCounts, type ImportProgress, type ImportResult } from './write';

/**
 * Export and import of the teacher's data as one JSON file. The jobs live apart: ./format.ts (the
 * file and its limits), ./export.ts, ./parse.ts (text to object), ./check.ts (rows and rules across
 * rows), ./write.ts (the one transaction, with ../merge.ts's rule), ./import.ts (the three in order).
 */

export { exportData, exportFileName, serializeExport } from './export';
export { exportBlob } from './export-stream';
export { EXPORT_FORMAT, type ExportFile } from './format';
export { type ImportOptions, importData, importFile } from './import';
export { IMPORT_CHUNK, type ImportProgress } from './write';

/**
 * Export and import of the teacher's data as one JSON file. The jobs live apart: ./format.ts (the
 * file and its limits), ./export.ts, ./parse.ts (text to object, from a file piece by piece through
 * ./file-pieces.ts), ./check.ts (rows and rules across rows), ./write.ts (the one transaction, with
 * ../merge.ts's rule), ./import.ts (the three in order) and ./dry-run-file.ts (the dry run of a chosen
 * file, which keeps no rows).
 */

export { exportData, exportFileName, serializeExport } from './export';
export { exportBlob } from './export-stream';
export { EXPORT_FORMAT, type ExportFile } from './format';
export { type ImportOptions, importData, importFile } from './import';
export { IMPORT_CHUNK, type ImportProgress } from './write';

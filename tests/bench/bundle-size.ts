import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesLoadedBy } from '../support/build-files';
import type { BenchRow, BenchSuite } from './types';

const BUILD = `${process.env.WXT_OUT_DIR ?? '.output'}/chrome-mv3`;

export const bundleSize: BenchSuite = {
  name: 'bundle sizes',
  async run() {
    const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8'));
    const entries: Record<string, string> = {
      background: manifest.background.service_worker,
      sidepanel: manifest.side_panel.default_path,
      options: manifest.options_ui.page,
      // Injected by the side panel only when the teacher starts "Leer deze pagina herkennen".
      'page picker (on demand)': 'page-teacher.js',
    };
    for (const cs of manifest.content_scripts) entries[`content: ${cs.js[0].replace('content-scripts/', '')}`] = cs.js[0];
    const rows: BenchRow[] = [];
    for (const [name, entry] of Object.entries(entries)) {
      const files = [...filesLoadedBy(BUILD, entry)];
      const raw = files.reduce((n, f) => n + readFileSync(join(BUILD, f)).length, 0);
      const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(BUILD, f))).length, 0);
      rows.push({ group: 'bundle', name: `${name} (raw)`, value: raw / 1024, unit: 'KiB', note: `${files.length} files` });
      rows.push({ group: 'bundle', name: `${name} (gzip)`, value: gz / 1024, unit: 'KiB' });
    }
    return rows;
  },
};

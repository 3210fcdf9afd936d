// The demo school server (plain JS, shared with `npm start`).
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import { startDemoServer as start } from '../../demo/server.js';

export interface DemoServer {
  port: number;
  close(): Promise<void>;
}

export const startDemoServer: (options?: { port?: number }) => Promise<DemoServer> = start;

/** Demo URLs. `delay` is the demo's simulated XHR delay in ms ("MIN-MAX"). */
export function demoUrls(port: number, delay = '200-600') {
  const magister = `http://demo.magister.net:${port}/magister/?delay=${delay}`;
  const somtoday = `http://docent.somtoday.nl:${port}`;
  return {
    magisterRecord: (id: string) => `${magister}#/leerlingen/${id}/kaart`,
    magisterGrades: (group = '4v.sk1', column = '1') => `${magister}#/cijfers/invoeren/${group}/${column}`,
    magisterPath: (hash: string) => `${magister}#${hash}`,
    somtodayRecord: (uuid: string) => `${somtoday}/leerlingen/${uuid}/dossier?delay=${delay}`,
    somtodayGrades: (column = 'ges-so-ko') => `${somtoday}/toetsen/${column}/resultaten?delay=${delay}`,
    somtodayPath: (path: string) => `${somtoday}${path}?delay=${delay}`,
    magisterLogin: `http://accounts.magister.net:${port}/`,
    somtodayLogin: `http://inloggen.somtoday.nl:${port}/`,
  };
}

export const SANNE = { id: '48213', name: 'Sanne de Vries' };
export const DAAN = { id: '48220', name: 'Daan van der Berg' };
export const MOHAMMED = { uuid: '6f1c2a9e-3b7d-4c15-9e08-5d2f41a7b6c3', name: 'Mohammed El Amrani' };

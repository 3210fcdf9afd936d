// The demo school server (plain JS, shared with `npm start`).
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import { startDemoServer as start } from '../../demo/server.js';

export interface DemoServer {
  port: number;
  close(): Promise<void>;
}

export const startDemoServer: (options?: { port?: number }) => Promise<DemoServer> = start;

/** Tabs of a Somtoday Docent student record (/mentordashboard/leerling/{id}/{tab}). */
export type SomtodayTab = 'profiel' | 'overzicht' | 'resultaten' | 'registraties' | 'notitieboek';

/**
 * Demo URLs. `delay` is the demo's simulated XHR delay in ms ("MIN-MAX").
 * Somtoday Docent lesgroepen: '70412' (4V.gs1, 31 students), '70415' (H3.wiA), 'veertig' (40), 'groot' (1000).
 * Somtoday Docent stamgroepen: '3102' (3H2), '3104' (V4B).
 */
export function demoUrls(port: number, delay = '200-600') {
  const magister = `http://demo.magister.net:${port}/magister/?delay=${delay}`;
  const somtoday = `http://docent.somtoday.nl:${port}`;
  const q = (path: string) => `${somtoday}${path}${path.includes('?') ? '&' : '?'}delay=${delay}`;
  return {
    magisterRecord: (id: string) => `${magister}#/leerlingen/${id}/kaart`,
    magisterRecordFrame: (id: string) => `${magister}#/leerlingen/${id}/kaart-frame`,
    magisterGrades: (group = '4v.sk1', column = '1') => `${magister}#/cijfers/invoeren/${group}/${column}`,
    magisterPath: (hash: string) => `${magister}#${hash}`,
    /** The demo's Magister rebuilt from what the vendor documents (`?variant=mx`): markup no profile knows. */
    magisterMxRecord: (id: string) => `${magister.replace('?delay=', '?variant=mx&delay=')}#/leerling/${id}/detail`,
    /** Somtoday Docent student record by numeric id (`somtodayId`). */
    somtodayRecord: (numericId: string, tab: SomtodayTab = 'profiel') => q(`/mentordashboard/leerling/${numericId}/${tab}`),
    /** Voortgangsdossier (grade entry) of a lesgroep; `layout: 'phone'` for the phone layout. */
    somtodayGrades: (lesgroep = '70412', layout?: 'phone' | 'desktop') =>
      q(`/resultaten/voortgangsdossier/${lesgroep}${layout ? `?layout=${layout}` : ''}`),
    somtodayStamgroep: (id = '3102') => q(`/mentordashboard/stamgroep/${id}`),
    somtodayGezamenlijk: () => q('/mentordashboard/gezamenlijk-overzicht'),
    somtodayRegistratie: (afspraakId = '881201') => q(`/rooster/les/${afspraakId}/registratie`),
    somtodayPath: (path: string) => q(path),
    /** Classic Somtoday on a school host (not Docent): the extension must show nothing. */
    somtodayClassic: `http://school.somtoday.nl:${port}/`,
    magisterLogin: `http://accounts.magister.net:${port}/`,
    somtodayLogin: `http://inloggen.somtoday.nl:${port}/`,
  };
}

export const SANNE = { id: '48213', somtodayId: '2401000', uuid: 'd04e3c63-6d67-4abf-bdd6-f5adcedf5369', name: 'Sanne de Vries' };
export const DAAN = {
  id: '48220',
  somtodayId: '2407844',
  uuid: '0437402e-9b4f-4705-812a-3eb2c2fd3e53',
  name: 'Daan van der Berg',
};
export const MOHAMMED = {
  id: '51877',
  somtodayId: '2408922',
  uuid: '6f1c2a9e-3b7d-4c15-9e08-5d2f41a7b6c3',
  name: 'Mohammed El Amrani',
};

/** Students whose programme the route and audience rules are checked for (Magister ids, study as the page shows it). */
export const CONTEXT_STUDENTS = [
  { id: '50485', name: 'Bram ten Brink', study: '4 vmbo-basis' },
  { id: '50492', name: 'Ruben Çakır', study: '4 havo' },
  { id: '53008', name: 'Eva van Leeuwen', study: 'MBO 2 Verkoper BBL' },
  { id: '52117', name: 'Anouk Smit', study: 'Entree' },
  { id: '53019', name: 'Gijs Hoekstra', study: 'HBO jaar 1' },
  { id: '54010', name: 'Tim Smeets', study: 'MBO 3 Verzorgende IG BBL' },
  { id: '54001', name: 'Kevin Brouwer', study: 'Praktijkonderwijs 3' },
] as const;

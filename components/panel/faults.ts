import { AppError, type ErrorCode } from '../../lib/core/errors';
import { errorText } from '../../lib/i18n/error-text';
import type { PanelApi } from './api';

/**
 * Test hooks for states that need a fault (README, "Testhaken"): `sidepanel.html?fault=offline` answers
 * as if the background's service worker were restarting; `?fault=quota` fails every write as a full
 * browser storage does. Used by the gallery (`npm run screenshots`) and the browser tests. The panel
 * page is not web-accessible, so no school page can open it with a fault.
 */
export type PanelFault = 'offline' | 'quota';

export function faultFrom(search: string): PanelFault | undefined {
  const fault = new URLSearchParams(search).get('fault');
  return fault === 'offline' || fault === 'quota' ? fault : undefined;
}

const reject = (code: ErrorCode) => () => Promise.reject(new AppError(code));
/** Writes fail with the sentence the teacher sees (the wiring in the entrypoint words its errors too). */
const refuse = (code: ErrorCode) => () => Promise.reject(new Error(errorText(new AppError(code))));

export function withFault(api: PanelApi, fault: PanelFault | undefined): PanelApi {
  if (!fault) return api;
  const code: ErrorCode = fault === 'offline' ? 'offline' : 'storageFull';
  const writes = {
    saveNote: refuse(code),
    saveDraft: refuse(code),
    addAfspraak: refuse(code),
    setAfspraakDone: refuse(code),
    linkStudent: refuse(code),
    unlinkStudent: refuse(code),
    addReferral: refuse(code),
    answerSuggestion: refuse(code),
    setStudy: refuse(code),
  };
  if (fault === 'quota') return { ...api, ...writes };
  return {
    ...api,
    ...writes,
    currentPage: reject(code),
    studentData: reject(code),
    search: reject(code),
    students: reject(code),
  };
}

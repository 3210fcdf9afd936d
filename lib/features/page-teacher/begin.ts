/** The side panel asks the school tab's content script to start "Leer deze pagina herkennen". */
export const TEACH_BEGIN = { type: 'teach/begin' } as const;

export function isTeachBegin(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === TEACH_BEGIN.type;
}

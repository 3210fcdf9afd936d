/**
 * What a hostile school page does to our in-page UI (#31, clickjacking), as its own script: passed
 * to the page's `evaluate` by the Chromium and the Firefox tests alike. It sees only our host element
 * (`<lob-ui data-lob-ui="grading-popover">`), not inside; `at` is where our control is drawn (what
 * the page would find by probing with `elementFromPoint`).
 */
export type Attack = 'opacity' | 'scale' | 'overlay' | 'under';

export const ATTACKS: readonly Attack[] = ['opacity', 'scale', 'overlay', 'under'];

/** The texts the tests wait for: the popover's refusal, and the panel's question for a moment. */
export const NOT_SEEN = /niet goed zichtbaar/;
export const offeredQuestion = (name: string) => new RegExp(`^Bevestig: (.+) voor ${name}\\?$`);

export function hostileCover({ kind, at, scale = 0.01 }: { kind: Attack; at: { x: number; y: number }; scale?: number }): void {
  const host = document.querySelector<HTMLElement>('[data-lob-ui="grading-popover"]');
  if (!host) throw new Error('no popover host');
  const ownButton = (z: string) => {
    const button = document.createElement('button');
    button.textContent = 'Opslaan';
    Object.assign(button.style, {
      position: 'fixed',
      left: `${at.x - 60}px`,
      top: `${at.y - 20}px`,
      width: '120px',
      height: '40px',
      zIndex: z,
    });
    return button;
  };
  if (kind === 'opacity') host.style.setProperty('opacity', '0', 'important');
  if (kind === 'scale')
    // Shrunk to 1 % around the control, which stays under the pointer.
    Object.assign(host.style, {
      position: 'fixed',
      inset: '0',
      transform: `scale(${scale})`,
      transformOrigin: `${at.x}px ${at.y}px`,
    });
  if (kind === 'overlay') {
    // A sheet over everything that lets the pointer through: the teacher sees only the page's button.
    const sheet = document.createElement('div');
    Object.assign(sheet.style, {
      position: 'fixed',
      inset: '0',
      background: 'white',
      pointerEvents: 'none',
      zIndex: '2147483647',
    });
    sheet.append(ownButton('1'));
    document.body.append(sheet);
  }
  if (kind === 'under') {
    // Ours all but transparent, the page's own "Opslaan" right under it.
    host.style.setProperty('opacity', '0.01', 'important');
    document.body.prepend(ownButton('0'));
  }
}

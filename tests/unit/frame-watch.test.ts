import { describe, expect, it } from 'vitest';
import { watchFrames } from '../../lib/features/shared/frame-watch';

/** MutationObserver callbacks run as a microtask after the change. */
const settled = () => Promise.resolve().then(() => undefined);

describe('watchFrames', () => {
  it('tells when a frame is removed (itself or inside something removed) or loads another page, not for other changes', async () => {
    // A document without a window: its frames load nothing.
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<div id="view"><iframe id="weergave"></iframe></div><p id="other">x</p><iframe id="second"></iframe>';
    let changes = 0;
    const stop = watchFrames(doc, () => {
      changes += 1;
    });
    doc.getElementById('other')?.remove();
    doc.body.append(doc.createElement('span'));
    await settled();
    expect(changes).toBe(0);

    doc.getElementById('second')?.dispatchEvent(new Event('load'));
    expect(changes).toBe(1);

    doc.getElementById('view')?.remove();
    await settled();
    expect(changes).toBe(2);

    stop();
    doc.body.innerHTML = '<iframe></iframe>';
    doc.body.innerHTML = '';
    await settled();
    expect(changes).toBe(2);
  });
});

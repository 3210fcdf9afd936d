import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCueLayer } from '../../lib/features/grading-cue/content/cue-layer';

/** A grid of rows, each with a grade field, inside its own scroller (like Somtoday Docent's). */
function grid(rows: number) {
  document.body.innerHTML = '';
  const scroller = document.createElement('div');
  scroller.className = 'scroll-wrapper';
  const inputs = Array.from({ length: rows }, () => {
    const row = document.createElement('div');
    const input = document.createElement('input');
    row.append(input);
    scroller.append(row);
    return input;
  });
  const menu = document.createElement('nav');
  document.body.append(scroller, menu);
  return { scroller, inputs, menu };
}

/** A layer over `root` with `anchors` placed; frames are counted, never run. */
function layerOver(root: Element, anchors: readonly Element[]) {
  const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
  const controller = new AbortController();
  const layer = createCueLayer({
    doc: document,
    root,
    signal: controller.signal,
    create: () => undefined,
    remove: () => undefined,
  });
  layer.place(anchors.map((anchor) => ({ anchor })));
  frames.mockClear();
  return { layer, frames, stop: () => controller.abort() };
}

describe('the grading cue layer', () => {
  afterEach(() => vi.restoreAllMocks());

  it('redraws for a scroll of the page or of the rows, never for a grade field scrolling its own text', () => {
    const { scroller, inputs, menu } = grid(30);
    const { frames, stop } = layerOver(scroller, inputs);

    // The teacher types past the field's width: the field scrolls its text, once per keystroke.
    for (const input of inputs.slice(0, 10)) input.dispatchEvent(new Event('scroll'));
    menu.dispatchEvent(new Event('scroll'));
    expect(frames).not.toHaveBeenCalled();

    scroller.dispatchEvent(new Event('scroll'));
    expect(frames).toHaveBeenCalledTimes(1);
    stop();
  });

  it('asks again which element holds the rows when the rows change', () => {
    const { scroller, inputs } = grid(3);
    const other = document.createElement('section');
    document.body.append(other);
    const { layer, frames, stop } = layerOver(scroller, inputs);
    other.dispatchEvent(new Event('scroll'));
    expect(frames).not.toHaveBeenCalled();

    // The host re-rendered its rows into another container: that one's scrolling now moves them.
    const moved = document.createElement('input');
    other.append(moved);
    layer.place([{ anchor: moved }]);
    frames.mockClear();
    other.dispatchEvent(new Event('scroll'));
    expect(frames).toHaveBeenCalledTimes(1);
    stop();
  });
});

import { inpageCss } from '../../../ui/inpage-css';

/** Styles inside each grading cue's shadow root: a zero-size box at the row's anchor, the button centred on it. */
export const cueCss = inpageCss(`
.lob-root{position:relative;display:block;width:0;height:0;font:var(--lob-type-note)/1.4 var(--lob-font);color:var(--lob-text)}
.cue{position:absolute;left:6px;top:-10px;width:20px;height:20px;border-radius:50%;border:1px solid var(--lob-control);background:var(--lob-bg);color:var(--lob-accent);font:600 11px/18px var(--lob-font);padding:0;cursor:pointer;opacity:.6}
.cue:hover,.cue:focus-visible{opacity:1}
.cue.moment{background:var(--lob-accent);color:var(--lob-on-accent);border-color:var(--lob-accent);opacity:1}
.layer{position:fixed;z-index:2147483000;width:0;height:0;display:block}
.popover{box-sizing:border-box;width:100%;height:min(var(--lob-popover-height),var(--lob-popover-max));overflow-y:auto;overscroll-behavior:contain;background:var(--lob-bg);color:var(--lob-text);border:1px solid var(--lob-line);border-top:3px solid var(--lob-accent);border-radius:var(--lob-radius-medium);box-shadow:0 6px 24px rgba(0,0,0,.2);padding:var(--lob-space-3);text-align:left;white-space:normal}
.close{position:absolute;right:6px;top:6px;background:none;border:none;font-size:18px;line-height:1;cursor:pointer;color:var(--lob-muted);border-radius:var(--lob-radius-small);padding:2px 6px}
.prompt-text{font-size:var(--lob-type-body);margin:0 20px var(--lob-space-1) 0}
.why{margin:var(--lob-space-1) 0;color:var(--lob-muted)}
.moments{border:none;margin:var(--lob-space-2) 0 0;padding:0;display:flex;flex-wrap:wrap;gap:var(--lob-space-1)}
.moments legend{font-weight:600;margin-bottom:var(--lob-space-1);padding:0}
.moment-choice{font:inherit;font-size:var(--lob-type-small);border:1px solid var(--lob-line);border-radius:var(--lob-radius-pill);background:var(--lob-subtle);padding:2px 8px;cursor:pointer;color:var(--lob-text)}
.calm{display:flex;gap:var(--lob-space-3);margin-top:6px;font-size:var(--lob-type-small)}
.bar{font:var(--lob-type-note)/1.4 var(--lob-font);color:var(--lob-muted);margin:var(--lob-space-1) 0}
`);

import { inpageCss } from '../../../ui/inpage-css';

/** The teaching dialog (fixed, bottom right) and the mark around the element under the pointer. */
export const teachCss = inpageCss(`
.lob-root{font:var(--lob-type-body)/1.45 var(--lob-font);color:var(--lob-text)}
.teach{position:fixed;right:16px;bottom:16px;z-index:2147483001;box-sizing:border-box;width:min(380px,calc(100vw - 32px));max-height:calc(100vh - 32px);overflow:auto;background:var(--lob-bg);border:1px solid var(--lob-line);border-top:3px solid var(--lob-accent);border-radius:var(--lob-radius-medium);box-shadow:0 8px 28px rgba(0,0,0,.25);padding:var(--lob-space-3) var(--lob-space-4)}
.title{font-size:var(--lob-type-lead);font-weight:600;margin:0 0 var(--lob-space-2)}
.teach p{margin:0 0 var(--lob-space-2)}
.prompt-text{font-size:var(--lob-type-lead);font-weight:600}
.found{background:var(--lob-surface);border-radius:var(--lob-radius-small);padding:var(--lob-space-2)}
.choices,.keys{display:flex;flex-wrap:wrap;gap:var(--lob-space-1);margin:var(--lob-space-2) 0 0}
.keys{border:none;border-top:1px solid var(--lob-line);padding:var(--lob-space-2) 0 0;margin-inline:0}
.keys legend{float:left;width:100%;font-size:var(--lob-type-small);margin-bottom:var(--lob-space-1);padding:0}
.end{justify-content:flex-end}
.marked{flex-basis:100%;margin:0 0 var(--lob-space-1);font-weight:600}
.mark{position:fixed;z-index:2147483000;pointer-events:none;box-sizing:border-box;border:3px solid var(--lob-accent);border-radius:var(--lob-radius-small);background:rgba(29,91,158,.12)}
`);

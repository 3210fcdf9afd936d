import { inpageCss } from '../../ui/inpage-css';

/** Styles inside the card's (and the mentor overview's) shadow root, on the shared tokens. */
export const cardCss = inpageCss(`
.lob-root{font:var(--lob-type-body)/1.45 var(--lob-font);color:var(--lob-text);margin:var(--lob-space-3) 0}
.card{border:1px solid var(--lob-line);border-left:4px solid var(--lob-accent);border-radius:var(--lob-radius-medium);background:var(--lob-surface);padding:var(--lob-space-3) var(--lob-space-4);max-width:720px}
.title{font-size:var(--lob-type-lead);font-weight:600;margin:0 0 var(--lob-space-2)}
.prompts{list-style:none;margin:0;padding:0}
.prompt{margin:0 0 var(--lob-space-3)}
.prompt-text{margin:0 0 2px;font-size:var(--lob-type-lead)}
.why{margin:var(--lob-space-1) 0 0;font-size:var(--lob-type-note);color:var(--lob-muted)}
.link{font-size:var(--lob-type-note)}
.lens-title{margin:var(--lob-space-2) 0 var(--lob-space-1);font-size:var(--lob-type-note);color:var(--lob-muted)}
.muted{font-size:var(--lob-type-note);margin:var(--lob-space-2) 0 0}
.names{margin:6px 0 0;padding-left:18px;columns:2}
summary{cursor:pointer}
.lob-root.boxed{height:100%;margin:0;padding:var(--lob-space-2) 0;box-sizing:border-box}
.boxed>.card{display:flex;flex-direction:column;height:100%;box-sizing:border-box;overflow-y:auto;overscroll-behavior:contain}
.card-body{flex:1 1 auto;min-height:0;overflow-y:auto;overscroll-behavior:contain}
.open-panel{flex:none}
.open-panel{margin-top:var(--lob-space-3)}
.panel-status:empty{margin:0}
`);

import { inpageCss } from '../../../ui/inpage-css';

/** The proposal: a calm box at the bottom right, above the page, never in the way of a grade field. */
export const proposalCss = inpageCss(`
.lob-root{font:var(--lob-type-body)/1.45 var(--lob-font);color:var(--lob-text)}
.proposal{position:fixed;right:16px;bottom:16px;z-index:2147483000;box-sizing:border-box;width:min(360px,calc(100vw - 32px));background:var(--lob-bg);border:1px solid var(--lob-line);border-top:3px solid var(--lob-accent);border-radius:var(--lob-radius-medium);box-shadow:0 8px 28px rgba(0,0,0,.2);padding:var(--lob-space-3) var(--lob-space-4)}
.proposal h2{font-size:var(--lob-type-lead);font-weight:600;margin:0 0 var(--lob-space-2)}
.proposal p{margin:0 0 var(--lob-space-2)}
.choices{display:flex;flex-wrap:wrap;gap:var(--lob-space-1);justify-content:flex-end}
`);

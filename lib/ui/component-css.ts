/**
 * The few components of our design system, as CSS on the tokens (lib/ui/tokens.ts). The same text is
 * used in the extension pages (side panel, options) and inside the in-page shadow roots, so a button,
 * a chip or a status line looks the same beside the student record as in the panel.
 *
 * Buttons: `.btn` (secondary) with `.primary`, `.quiet`, `.danger`, `.small`; `.link` for inline actions.
 * Others: `.chip` (`.touched`), `.status` (`.ok`, `.error`), `.muted`, `.empty` (an empty state).
 */
export const COMPONENT_CSS = `
.btn{font:inherit;font-size:var(--lob-type-body);line-height:1.3;display:inline-flex;align-items:center;gap:var(--lob-space-1);padding:6px 12px;border-radius:var(--lob-radius-medium);border:1px solid var(--lob-control);background:var(--lob-bg);color:var(--lob-text);cursor:pointer;min-height:32px;box-sizing:border-box}
.btn:hover{background:var(--lob-subtle)}
.btn.primary{background:var(--lob-accent);border-color:var(--lob-accent);color:var(--lob-on-accent);font-weight:600}
.btn.primary:hover{background-image:linear-gradient(rgba(255,255,255,.1),rgba(255,255,255,.1))}
.btn.quiet{border-color:transparent;background:transparent;color:var(--lob-accent)}
.btn.quiet:hover{background:var(--lob-subtle)}
.btn.danger{border-color:var(--lob-danger);color:var(--lob-danger);background:var(--lob-bg)}
.btn.danger.confirm-yes{background:var(--lob-danger);color:var(--lob-on-danger)}
.btn.small{font-size:var(--lob-type-note);padding:3px 8px;min-height:26px}
.btn[aria-pressed="true"]{background:var(--lob-accent-soft);border-color:var(--lob-accent);color:var(--lob-text)}
.btn:disabled{opacity:.55;cursor:not-allowed}
.link{background:none;border:none;padding:0;font:inherit;color:var(--lob-accent);text-decoration:underline;text-underline-offset:2px;cursor:pointer}
.btn:focus-visible,.link:focus-visible,a:focus-visible,input:focus-visible,textarea:focus-visible,select:focus-visible,summary:focus-visible,button:focus-visible{outline:2px solid var(--lob-focus);outline-offset:2px}
.chips{list-style:none;display:flex;flex-wrap:wrap;gap:var(--lob-space-1);margin:0;padding:0}
.chip{display:inline-flex;align-items:center;gap:4px;border:1px solid var(--lob-line);border-radius:var(--lob-radius-pill);padding:1px 8px;font-size:var(--lob-type-small);background:var(--lob-subtle);color:var(--lob-text)}
.chip.touched{background:var(--lob-accent-soft);border-color:var(--lob-accent)}
.muted{color:var(--lob-muted)}
.status{min-height:1.3em;margin:var(--lob-space-1) 0;font-size:var(--lob-type-note);color:var(--lob-text)}
.status.ok{color:var(--lob-success)}
.status:empty{min-height:0;margin:0}
.status.error{color:var(--lob-danger)}
.empty{border:1px dashed var(--lob-line);border-radius:var(--lob-radius-medium);padding:var(--lob-space-3);color:var(--lob-muted);text-align:center}
`;

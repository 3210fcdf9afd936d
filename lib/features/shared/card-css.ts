/** Styles inside the card's shadow root (no fonts or images from the web). */
export const cardCss = `
:host { all: initial; }
.lob-root { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b2430; margin: 12px 0; }
.lob-root.dark { color: #e8edf3; }
.card { border: 1px solid #c9d4e0; border-left: 4px solid #2b6cb0; border-radius: 8px; background: #f7fafd; padding: 12px 16px; max-width: 720px; }
.dark .card { background: #1e2733; border-color: #3a4a5e; border-left-color: #63a4ff; }
.title { font-size: 15px; margin: 0 0 8px; }
.prompts { list-style: none; margin: 0; padding: 0; }
.prompt { margin: 0 0 10px; }
.prompt-text { margin: 0 0 2px; font-size: 15px; }
.why { margin: 4px 0 0; font-size: 13px; color: #3d4b5c; }
.dark .why { color: #b7c4d4; }
.link { background: none; border: none; padding: 0; color: #1f5fa3; text-decoration: underline; cursor: pointer; font: inherit; font-size: 13px; }
.dark .link { color: #8cc2ff; }
.link:focus-visible, button:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
.lens-title { margin: 8px 0 4px; font-size: 13px; color: #3d4b5c; }
.dark .lens-title, .dark .muted { color: #b7c4d4; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; }
.chip { border: 1px solid #c9d4e0; border-radius: 999px; padding: 1px 8px; font-size: 12px; }
.chip.touched { background: #e3eefb; border-color: #8fb3db; }
.dark .chip.touched { background: #27405e; border-color: #4f78a8; }
.muted { color: #4a5868; font-size: 13px; margin: 8px 0 0; }
.names { margin: 6px 0 0; padding-left: 18px; columns: 2; }
summary { cursor: pointer; }
`;

/** Styles inside each grading cue's shadow root: a zero-size box at the row's anchor, the button centred on it. */
export const cueCss = `
:host { all: initial; }
.lob-root { position: relative; display: block; width: 0; height: 0; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b2430; }
.cue { position: absolute; left: 6px; top: -10px; width: 20px; height: 20px; border-radius: 50%; border: 1px solid #9fb3c8; background: #fff; color: #2b6cb0; font: 600 11px/18px system-ui, sans-serif; padding: 0; cursor: pointer; opacity: .55; }
.cue:hover, .cue:focus-visible { opacity: 1; }
.cue.moment { background: #2b6cb0; color: #fff; border-color: #2b6cb0; opacity: 1; }
.cue:focus-visible, button:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
.layer { position: fixed; z-index: 2147483000; width: 0; height: 0; display: block; }
.popover { box-sizing: border-box; width: 100%; background: #fff; border: 1px solid #9fb3c8; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; text-align: left; white-space: normal; }
.close { position: absolute; right: 6px; top: 4px; background: none; border: none; font-size: 18px; cursor: pointer; color: inherit; }
.prompt-text { font-size: 14px; margin: 0 18px 4px 0; }
.why { margin: 4px 0; color: #3d4b5c; }
.link { background: none; border: none; padding: 0; color: #1f5fa3; text-decoration: underline; cursor: pointer; font: inherit; }
.moments { border: none; margin: 8px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
.moments legend { font-weight: 600; margin-bottom: 4px; padding: 0; }
.moment { font: inherit; font-size: 12px; border: 1px solid #9fb3c8; border-radius: 999px; background: #f3f7fb; padding: 2px 8px; cursor: pointer; color: inherit; }
.status { min-height: 1.2em; margin: 6px 0 0; color: #22543d; }
.calm { display: flex; gap: 12px; margin-top: 6px; font-size: 12px; }
.muted { color: #4a5868; }
.bar { font: 13px/1.4 system-ui, sans-serif; color: #3d4b5c; margin: 4px 0; }
.dark.bar, .dark .bar { color: #b7c4d4; }
.dark { color: #e8edf3; }
.dark .cue { background: #1e2733; color: #8cc2ff; border-color: #4f6b8a; }
.dark .cue.moment { background: #63a4ff; color: #0b1320; }
.dark .popover { background: #1e2733; border-color: #4f6b8a; }
.dark .link { color: #8cc2ff; }
.dark .why, .dark .muted { color: #b7c4d4; }
.dark .moment { background: #27405e; border-color: #4f78a8; }
.dark .status { color: #9ae6b4; }
`;

import { defineFeatureInfo } from '../define-info';

/** The side panel (Chrome/Edge) or sidebar (Firefox) for the mentor in a student meeting. */
export const sidePanelInfo = defineFeatureInfo({
  id: 'side-panel',
  switches: [
    { key: 'sidePanel', default: true, label: 'settings.sidePanel' },
    { key: 'freeTextNotes', default: true, label: 'settings.freeTextNotes' },
  ],
  shortcuts: [
    {
      name: 'panel',
      keys: 'Alt+Shift+Y',
      label: 'options.shortcutPanel',
      binding: {
        kind: 'manifest',
        command: { chrome: '_execute_action', firefox: '_execute_sidebar_action' },
        description: '__MSG_extActionTitle__',
      },
      admin: {
        what: 'zijpaneel (Chrome/Edge) of zijbalk (Firefox) openen',
        how: '`commands`: `_execute_action` / `_execute_sidebar_action`',
      },
    },
  ],
});

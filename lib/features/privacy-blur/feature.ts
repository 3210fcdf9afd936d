import { defineFeatureInfo } from '../define-info';

/** The privacy blur: hides every personal string in the panel and in the page while the student looks on. */
export const privacyBlurInfo = defineFeatureInfo({
  id: 'privacy-blur',
  switches: [],
  shortcuts: [
    {
      name: 'blur',
      keys: 'Alt+Shift+H',
      label: 'options.shortcutBlur',
      binding: { kind: 'manifest', command: 'toggle-blur', description: '__MSG_cmdToggleBlur__' },
      admin: {
        what: 'privacyscherm aan/uit: verbergt in het zijpaneel én op de pagina (kaart, signaal, mentoroverzicht) alle leerlinggegevens; blijft aan tot de browser sluit',
        how: '`commands`: `toggle-blur`, afgehandeld door de achtergrond, dus ook terwijl je in Magister of Somtoday typt',
      },
    },
  ],
});

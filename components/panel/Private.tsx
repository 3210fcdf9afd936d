import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../../lib/i18n/translate';

/** Privacy blur: while on, student text is not rendered at all (not just blurred). */
export const BlurContext = createContext(false);

export function Private({ children }: { children: ComponentChildren }): ComponentChildren {
  const blurred = useContext(BlurContext);
  if (blurred) return <span class="hidden-text">{t('panel.hidden')}</span>;
  return children;
}

import { COMPONENT_CSS } from './component-css';
import { tokensCss } from './tokens';

/**
 * The start of every in-page shadow root's styles: reset the host, the tokens (light on the host,
 * dark when the school page is dark: our container gets `.dark`), and the shared components.
 */
export function inpageCss(own: string): string {
  return `:host{all:initial}${tokensCss(':host', { selector: '.dark' })}${COMPONENT_CSS}${own}`;
}

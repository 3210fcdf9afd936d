import { COMPONENT_CSS } from '../../lib/ui/component-css';
import { tokensCss } from '../../lib/ui/tokens';

/**
 * Puts the design tokens (light, and dark under `prefers-color-scheme`) and the shared components in
 * front of an extension page's own stylesheet, so panel.css and options.css build on them.
 */
export function installDesign(doc: Document = document): void {
  if (doc.querySelector('style[data-lob-design]')) return;
  const style = doc.createElement('style');
  style.dataset.lobDesign = '';
  style.textContent = tokensCss(':root', 'media') + COMPONENT_CSS;
  doc.head.prepend(style);
}

import { teacher } from '../data/students.js';
import { html, raw } from '../lib/html.js';

/**
 * The Magister app around every view (both variants): the app bar with the teacher's name, the
 * main menu and the view the route fills.
 * @param {readonly (readonly [string, string, string])[]} menu `[id, href, label]` per item
 * @param {string} [viewHtml]
 * @returns {string}
 */
export function appShell(menu, viewHtml = '') {
  const items = menu.map(([id, href, label]) => html`<li><a id="${id}" href="${href}"><span>${label}</span></a></li>`).join('');
  return html`<div class="appbar"><span class="logo">Magister</span><span class="spacer"></span><button type="button" class="thema-knop" aria-label="Donker thema aan/uit" title="Donker thema">◐</button><div id="user-menu">${teacher.name}</div></div>
<ul class="main-menu">${raw(items)}</ul>
<div class="view ng-scope">${raw(viewHtml)}</div>`;
}

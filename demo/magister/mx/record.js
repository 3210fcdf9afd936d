/**
 * MX student record ("detailkaarten"): `#/leerling/{id}/detail` (Algemeen) and
 * `#/leerling/{id}/detail/{kaart}` (Ouders/verzorgers, Medisch, Aanvullend, Vrije info).
 * Pure markup. The Leerlingpas widget is `<dna-card heading="Leerlingpas">` whose name, klas and mentor
 * sit in a `<template>`: the browser component (mx/components.js) moves it into an open shadow root,
 * so on a live page they exist only inside that shadow root.
 */
import { students } from '../../data/students.js';
import { html, PHOTO_PLACEHOLDER, raw } from '../../lib/html.js';
import { MX_KAARTEN, seeded } from './data.js';

/** @typedef {import("../../data/students.js").Student} Student */

const STRATEN = ['Lindelaan', 'Kerkstraat', 'Molenweg', 'Beukenhof', 'Stationsplein', 'Dorpsstraat'];
const PLAATSEN = ['Zwolle', 'Amersfoort', 'Deventer', 'Apeldoorn', 'Kampen'];

/**
 * Roepnaam and the rest (tussenvoegsel + achternaam) of a display name.
 * @param {string} name
 */
export function splitName(name) {
  const i = name.indexOf(' ');
  return i < 0 ? { roepnaam: name, achternaam: '' } : { roepnaam: name.slice(0, i), achternaam: name.slice(i + 1) };
}

/**
 * Made-up birth date from the stamnummer and the school year in the study ("3 havo" → about 14).
 * @param {Student} s
 * @returns {string} dd-mm-jjjj
 */
export function geboortedatum(s) {
  const n = seeded(`geb/${s.id}`);
  const jaar = Number(/\d/.exec(s.studie)?.[0] ?? 4);
  const year = 2026 - (11 + jaar) - (n % 2);
  return `${String(1 + (n % 28)).padStart(2, '0')}-${String(1 + ((n >>> 5) % 12)).padStart(2, '0')}-${year}`;
}

/**
 * Previous and next student of the record's browsing order.
 * @param {Student} s
 * @returns {{ prev?: string, next?: string, pos: string }}
 */
function neighbours(s) {
  const i = students.indexOf(s);
  if (i >= 0) {
    return {
      prev: students[(i - 1 + students.length) % students.length].id,
      next: students[(i + 1) % students.length].id,
      pos: `${i + 1} van ${students.length}`,
    };
  }
  const n = Number(s.id) - 700000;
  return {
    ...(n > 0 ? { prev: String(700000 + n - 1) } : {}),
    ...(n < 999 ? { next: String(700000 + n + 1) } : {}),
    pos: `${n + 1} van 1000`,
  };
}

/**
 * @param {[string, string][]} pairs label, value
 * @returns {string}
 */
function velden(pairs) {
  const items = pairs.map(
    ([label, value]) => html`
        <div class="mx-veld"><dt>${label}</dt><dd>${value}</dd></div>`,
  );
  return html`<dl class="mx-velden">${raw(items.join(''))}
      </dl>`;
}

/**
 * @param {Student} s
 * @param {string} kaart route segment of the card ("" = Algemeen)
 */
function kaartMenu(s, kaart) {
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  for (const [seg, group, label] of MX_KAARTEN) {
    const href = `#/leerling/${encodeURIComponent(s.id)}/detail${seg ? `/${seg}` : ''}`;
    const current = seg === kaart ? raw(' aria-current="page"') : '';
    const item = html`<li><a class="mx-menu-item" href="${href}"${current}>${label}</a></li>`;
    groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  const parts = [...groups].map(
    ([group, items]) => html`
      <h2 class="mx-menu-groep">${group}</h2><ul>${raw(items.join(''))}</ul>`,
  );
  return html`<nav class="mx-kaartmenu" aria-label="Detailkaarten">${raw(parts.join(''))}
    </nav>`;
}

/**
 * @param {Student} s
 * @returns {string}
 */
function algemeen(s) {
  const { roepnaam, achternaam } = splitName(s.name);
  const n = seeded(`adres/${s.id}`);
  const personalia = velden([
    ['Roepnaam', roepnaam],
    ['Achternaam', achternaam],
    ['Stamnummer', s.id],
    ['Geboortedatum', geboortedatum(s)],
    ['Studie', s.studie],
    ...(s.profiel ? /** @type {[string, string][]} */ ([['Profiel', s.profiel]]) : []),
  ]);
  const prive = velden([
    ['Adres', `${STRATEN[n % STRATEN.length]} ${1 + (n % 97)}`],
    ['Woonplaats', PLAATSEN[(n >>> 4) % PLAATSEN.length]],
    ['Telefoon', 'Geheim'],
  ]);
  const toestemming = (/** @type {number} */ bit) => ((n >>> bit) & 1 ? 'Ja' : 'Nee');
  const toestemmingen = velden([
    ["Foto's op de website", toestemming(7)],
    ['Foto in de schoolgids', toestemming(8)],
    ['Gegevens delen met vervolgopleiding', toestemming(9)],
  ]);
  return html`
      <dna-card class="mx-pas" heading="Leerlingpas"><template>
        <div class="pas"><img class="pas-foto" alt="Pasfoto" src="${PHOTO_PLACEHOLDER}">
          <div class="pas-tekst"><p class="pas-naam">${s.name}</p>
            <p class="pas-regel"><span class="pas-label">Klas</span> <span class="pas-klas">${s.klas}</span></p>
            <p class="pas-regel"><span class="pas-label">Mentor</span> <span class="pas-mentor">${s.mentor}</span></p></div></div>
      </template></dna-card>
      <dna-card class="mx-personalia" heading="Personalia">${raw(personalia)}</dna-card>
      <dna-card heading="Privégegevens">${raw(prive)}</dna-card>
      <dna-card heading="Toestemmingen">${raw(toestemmingen)}</dna-card>`;
}

/**
 * @param {Student} s
 * @param {string} kaart
 * @returns {string}
 */
function otherCard(s, kaart) {
  const n = seeded(`kaart/${s.id}`);
  const { achternaam } = splitName(s.name);
  if (kaart === 'ouders') {
    return html`
      <dna-card heading="Ouders/verzorgers">${raw(
        velden([
          ['Verzorger 1', `Dhr. ${achternaam}`],
          ['Verzorger 2', n & 1 ? `Mevr. ${achternaam}` : 'Onbekend'],
          ['Post naar', 'Beide verzorgers'],
        ]),
      )}</dna-card>`;
  }
  if (kaart === 'medisch') {
    return html`
      <dna-card heading="Medisch">${raw(
        velden([
          ['Allergieën', n & 2 ? 'Pinda' : 'Geen bekend'],
          ['Dyslexieverklaring', n & 4 ? 'Ja' : 'Nee'],
        ]),
      )}</dna-card>`;
  }
  if (kaart === 'aanvullend') {
    return html`
      <dna-card heading="Aanvullend">${raw(
        velden([
          ['Klas', s.klas],
          ['Mentor', s.mentor],
          ['Ongeoorloofd afwezig', String(s.absences)],
        ]),
      )}</dna-card>`;
  }
  return html`
      <dna-card heading="Vrije info"><p class="mx-vrij">Geen vrije informatie vastgelegd.</p></dna-card>`;
}

/**
 * The record page (content of the view).
 * @param {Student} s
 * @param {string} [kaart] "" (Algemeen), "ouders", "medisch", "aanvullend" or "vrije-info"
 * @returns {string}
 */
export function mxRecord(s, kaart = '') {
  const known = MX_KAARTEN.find(([seg]) => seg === kaart) ?? MX_KAARTEN[0];
  const { prev, next, pos } = neighbours(s);
  const link = (/** @type {string | undefined} */ id, /** @type {string} */ rel, /** @type {string} */ label) =>
    id ? html`<a class="mx-blader" rel="${rel}" href="#/leerling/${id}/detail${kaart ? `/${kaart}` : ''}">${label}</a>` : '';
  const body = known[0] === '' ? algemeen(s) : otherCard(s, known[0]);
  return html`<div class="mx-app mx-leerling">
  <header class="mx-kop">
    <h1 class="mx-titel">Leerlinggegevens <span class="mx-sub">${known[1]} › ${known[2]}</span></h1>
    <nav class="mx-bladeren" aria-label="Andere leerling">${raw(link(prev, 'prev', 'Vorige leerling'))} <span class="mx-positie">${pos}</span> ${raw(link(next, 'next', 'Volgende leerling'))}</nav>
  </header>
  <div class="mx-detail">
    ${raw(kaartMenu(s, known[0]))}
    <div class="mx-kaarten" role="region" aria-label="${known[2]}">${raw(body)}
    </div>
  </div>
</div>`;
}

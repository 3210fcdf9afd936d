import { type HostProfile, type HostProfileInput, hostProfileSchema } from './schema';

/** Magister's app path with its hash route: "/magister/#/…", also "/magister#/…" and AngularJS "#!/…". */
const MAGISTER_APP = '^/magister/?#!?';
/** A route ends at a slash, query or the end: "/dossier" matches "/dossier/" and "/dossier?x", not "/dossiers". */
const END = '(?=[/?#]|$)';

/**
 * Shipped host profiles, written against ../shared/hosts-reference.md (an explicit guess of the
 * real teacher pages). Schools can patch them through policy without a new release.
 */
const magister: HostProfileInput = {
  id: 'magister',
  hosts: ['*.magister.net'],
  excludeHosts: ['accounts.magister.net'],
  darkModeClass: 'dark',
  pages: {
    studentRecord: {
      route: `${MAGISTER_APP}/leerlingen/(?<id>[^/?#]+)/kaart${END}`,
      root: 'section.leerling-kaart',
      anchor: '.leerling-header',
      student: {
        id: {
          selector: 'section.leerling-kaart',
          attribute: 'data-leerling-id',
          labels: ['Stamnummer', 'Stamnr.', 'Leerlingnummer'],
        },
        name: { selector: '.leerling-naam', labels: ['Naam'] },
        klas: { labels: ['Klas', 'Stamgroep'] },
        study: { labels: ['Studie', 'Opleiding'] },
        mentor: { labels: ['Mentor', 'Mentoren'] },
        profile: { labels: ['Profiel'] },
        absences: { selector: '.absentie-telling[data-soort="ongeoorloofd"]' },
      },
      results: {
        item: '#cijfers-container tr',
        subject: { selector: '.vak' },
        grade: { selector: '.grade' },
        description: { selector: '.omschrijving' },
        date: { selector: '.datum' },
      },
    },
    gradeEntry: {
      route: `${MAGISTER_APP}/cijfers/invoeren/(?<group>[^/?#]+)/(?<column>[^/?#]+)${END}`,
      root: '.cijfer-invoer',
      subject: { selector: '.cijfer-invoer', attribute: 'data-vak' },
      group: { selector: '.cijfer-invoer', attribute: 'data-lesgroep' },
      assessment: { selector: '.kolom-omschrijving' },
      rows: {
        row: 'tr.k-master-row',
        studentId: [{ attribute: 'data-leerling-id' }, { selector: '.stamnummer' }],
        name: { selector: '.naam' },
        klas: { selector: '.klas' },
        input: '.cijfer-text-input',
        average: { selector: '.gemiddelde' },
      },
    },
    mentorList: {
      route: `${MAGISTER_APP}/mentor/leerlingen${END}`,
      root: '.mentor-leerlingen',
      rows: {
        row: '.leerling-regel',
        studentId: { attribute: 'data-leerling-id' },
        name: { selector: '.naam, a' },
        klas: { selector: '.klas' },
      },
    },
    logboek: {
      route: `${MAGISTER_APP}/leerlingen/(?<id>[^/?#]+)/logboek${END}`,
      root: 'section.logboek',
      student: { id: { selector: 'section.logboek', attribute: 'data-leerling-id' }, name: { selector: '.leerling-naam' } },
    },
    absence: {
      route: `${MAGISTER_APP}/afwezigheid/(?<group>[^/?#]+)${END}`,
      // the grid that carries the counts; `:has` keeps "data has rendered" as the proof
      root: '.k-grid:has(td.absentie-telling)',
      rows: {
        row: 'tr.k-master-row',
        studentId: [{ attribute: 'data-leerling-id' }, { selector: '.stamnummer' }],
        name: { selector: '.naam' },
        klas: { selector: '.klas' },
        absences: { selector: 'td.absentie-telling' },
      },
    },
  },
};

const somtoday: HostProfileInput = {
  id: 'somtoday',
  hosts: ['*.somtoday.nl'],
  excludeHosts: ['inloggen.somtoday.nl'],
  darkModeClass: 'dark',
  pages: {
    studentRecord: {
      route: `^/leerlingen/(?<id>[^/?#]+)/dossier${END}`,
      root: 'sl-leerling-dossier',
      anchor: 'sl-leerling-header',
      student: {
        id: {
          selector: 'sl-leerling-dossier',
          attribute: 'data-leerling-uuid',
          labels: ['Leerlingnummer', 'Leerlingnr.', 'Stamnummer'],
        },
        name: { selector: 'sl-leerling-header .naam', labels: ['Naam'] },
        klas: { labels: ['Stamgroep', 'Klas'] },
        study: { labels: ['Opleiding', 'Studie'] },
        mentor: { labels: ['Mentor', 'Mentoren'] },
        profile: { labels: ['Profiel'] },
        absences: { selector: 'sl-registratie-overzicht .aantal[data-soort="ongeoorloofd"]' },
      },
      results: {
        item: 'sl-resultaat-item',
        subject: { selector: '.titel' },
        grade: { selector: '.cijfer' },
        description: { selector: '.subtitel' },
      },
    },
    gradeEntry: {
      route: `^/toetsen/(?<column>[^/?#]+)/resultaten${END}`,
      root: 'sl-resultaten-invoer',
      subject: { selector: 'sl-resultaten-invoer', attribute: 'data-vak' },
      assessment: { selector: 'sl-resultaten-invoer', attribute: 'data-toets' },
      rows: {
        row: 'sl-leerling-resultaat-rij',
        studentId: [{ attribute: 'data-leerling-uuid' }, { selector: '.leerlingnummer' }],
        name: { selector: '.naam' },
        input: '.resultaat-input',
      },
    },
    mentorList: {
      route: `^/mentor/leerlingen${END}`,
      root: 'sl-mentor-leerlingen',
      rows: {
        row: 'sl-leerling-regel',
        studentId: { attribute: 'data-leerling-uuid' },
        name: { selector: '.naam, a' },
        klas: { selector: '.stamgroep, .klas' },
      },
    },
    logboek: {
      route: `^/klassenboek/(?<group>[^/?#]+)${END}`,
      root: 'sl-klassenboek',
      rows: {
        row: 'sl-leerling-regel',
        studentId: { attribute: 'data-leerling-uuid' },
        name: { selector: '.naam, a' },
        klas: { selector: '.stamgroep, .klas' },
      },
    },
  },
};

export const shippedProfiles: readonly HostProfile[] = [magister, somtoday].map((p) => hostProfileSchema.parse(p));

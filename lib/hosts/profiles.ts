import { type HostProfile, type HostProfileInput, hostProfileSchema } from './schema';

/**
 * Magister's app path with its hash route: "/magister/#/…", also "/magister#/…", AngularJS "#!/…" and
 * a view rendered in a same-origin iframe ("/magister/frame.html#/…").
 */
const MAGISTER_APP = '^/magister/?(?:[\\w-]+\\.html)?#!?';
/** A route ends at a slash, query or the end: "/dossier" matches "/dossier/" and "/dossier?x", not "/dossiers". */
const END = '(?=[/?#]|$)';

/**
 * Shipped host profiles. Magister's teacher pages are not public: its profile is an explicit guess
 * from public student-side code and vendor manuals. Schools can patch both through policy without a
 * new release.
 */
/** The page title of Magister's dna-page-header sits in its (open) shadow root. */
const MAGISTER_TITLE = [
  { selector: 'dna-page-header >>> [part~="title"]' },
  { selector: 'dna-page-header', attribute: 'heading' },
];

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
      // dna-* web components keep their content in (open) shadow roots.
      title: MAGISTER_TITLE,
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
      title: MAGISTER_TITLE,
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

/**
 * Somtoday Docent (docent.somtoday.nl), from its published front-end source (NONtoday/docent-source,
 * versions 11.3–12.0, 2024): routes from app.routes.ts, mentordashboard.routes.ts and
 * resultaten.routes.ts; elements dt-* and hmy-*; grade cells `{kolomId}:{leerlingUuid}:{herkansing}`.
 * Anchored on element names, routes and id formats, never on styling classes. The group overviews
 * (stamgroep, gezamenlijk overzicht) and the lesson registration show no student id at all, so they
 * get no student-linked UI.
 */
const DOCENT_STUDENT = '^/mentordashboard/leerling/(?<id>\\d+)/(?:profiel|overzicht|resultaten|registraties|notitieboek)';
const somtoday: HostProfileInput = {
  id: 'somtoday',
  hosts: ['docent.somtoday.nl', '*.test.somtoday.nl', '*.acceptatie.somtoday.nl', '*.inkijk.somtoday.nl'],
  excludeHosts: ['inloggen.somtoday.nl'],
  darkModeClass: 'dark',
  pages: {
    studentRecord: {
      route: `${DOCENT_STUDENT}${END}`,
      // The header with the student's name proves the record has rendered (on every tab).
      root: 'dt-mentordashboard:has(dt-groep-leerling-header-navigatie .leerling .naam)',
      anchor: 'dt-mentordashboard-navigatie',
      student: {
        // No id field: the numeric id is only in the URL (the app's own guard checks /leerling/\d+/).
        name: [
          { selector: 'dt-leerling-personalia span.naam' },
          { selector: 'dt-groep-leerling-header-navigatie .leerling .naam' },
        ],
        // Two unlabelled pills on the profiel tab: the stamgroep and the opleiding, told apart by their text.
        klas: { selector: 'dt-leerling-personalia hmy-pill', pick: 'klas' },
        study: { selector: 'dt-leerling-personalia hmy-pill', pick: 'study' },
      },
    },
    gradeEntry: {
      route: `^/resultaten/voortgangsdossier/(?<group>[^/?#]+)${END}`,
      root: 'dt-resultaten:has(dt-header span.lesgroep):has(.leerling-bar dt-leerling)',
      group: { selector: 'dt-header span.lesgroep' },
      // "4V.gs1" → "gs", "H3.wiA" → "wiA": the subject code inside the lesgroep name.
      subject: { selector: 'dt-header span.lesgroep', pattern: '\\.(?<value>[\\p{L}&]+)\\d*$' },
      columns: {
        names: '.leerling-bar dt-leerling',
        name: { selector: 'span.naam' },
        column: 'dt-toetskolom',
        cell: 'dt-resultaat-cell',
        cellId: '^[^:]+:(?<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}):',
        grade: { selector: '.resultaat' },
        input: 'input.resultaat-input',
      },
    },
  },
};

export const shippedProfiles: readonly HostProfile[] = [magister, somtoday].map((p) => hostProfileSchema.parse(p));

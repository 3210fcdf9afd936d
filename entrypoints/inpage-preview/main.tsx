import { type ComponentChild, render } from 'preact';
import { COMPETENCES, type Competence } from '../../lib/core/domain';
import { CuePopover, cueCss } from '../../lib/features/grading-cue/content';
import { MentorOverview } from '../../lib/features/mentor-overview/content';
import { TeachDialog, teachCss } from '../../lib/features/page-teacher/content';
import { cardCss, StudentCard } from '../../lib/features/student-card/content';
import { setLanguage } from '../../lib/i18n/tables';

// In the school page the words come ready from the background; here the Dutch table is installed directly.
setLanguage('nl');

/**
 * The in-page components with their shipped styles, on an extension page of their own. In the school
 * page they live in closed shadow roots, which axe-core (running in the page) cannot see; here they
 * sit in open roots so the accessibility checks (tests/e2e/inpage-a11y.test.ts) can. Only fixed,
 * made-up sample data: nothing of the teacher's record is read. Not web-accessible, so no school
 * page can load it.
 */
const SAMPLE_PROMPT = {
  id: 'voorbeeld',
  text: 'Waar ben je de laatste tijd trots op?',
  why: 'Voorbeeld: een vraag om kwaliteiten te benoemen.',
  competences: ['kwaliteiten'] as Competence[],
};
const SAMPLE_LENS = Object.fromEntries(COMPETENCES.map((c, i) => [c, i % 2])) as Record<Competence, number>;

/** The cue's styles without the fixed layer (the preview lays the popover out in the page flow). */
const PREVIEW_CUE_CSS = cueCss.replace(/\.layer\{[^}]*\}/, '');

/** The cue popover with fixed sample data (nothing of the teacher's record). */
type PopoverData = Awaited<ReturnType<Parameters<typeof CuePopover>[0]['load']>>;
function samplePopover(data: PopoverData, blurred = false) {
  return (
    <div style={{ position: 'relative', width: '320px' }}>
      <CuePopover
        name="Voorbeeldleerling"
        blurred={blurred}
        load={() => Promise.resolve(data)}
        logMoment={() => Promise.resolve()}
        suggestMoment={() => Promise.resolve()}
        onSnooze={() => undefined}
        onQuiet={() => undefined}
        onClose={() => undefined}
        describeError={() => ''}
      />
    </div>
  );
}

function shadowSection(
  label: string,
  css: string,
  dark: boolean,
  content: ComponentChild | ((host: Element) => ComponentChild),
): void {
  const section = document.createElement('section');
  section.setAttribute('aria-label', label);
  section.style.background = dark ? '#1b2430' : '#fff';
  section.style.padding = '8px';
  const host = document.createElement('lob-ui');
  host.style.display = 'block';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  container.className = dark ? 'lob-root dark' : 'lob-root';
  shadow.append(style, container);
  section.append(host);
  document.getElementById('app')?.append(section);
  render(typeof content === 'function' ? content(host) : content, container);
}

for (const dark of [false, true]) {
  const theme = dark ? 'donker' : 'licht';
  shadowSection(
    `Kaart (${theme})`,
    cardCss,
    dark,
    <StudentCard
      name="Voorbeeldleerling"
      state={{ status: 'ready', data: { prompts: [SAMPLE_PROMPT], lens: SAMPLE_LENS, lastContact: '2025-01-15' } }}
    />,
  );
  shadowSection(
    `Cijfervraag (${theme})`,
    PREVIEW_CUE_CSS,
    dark,
    samplePopover({
      prompt: SAMPLE_PROMPT,
      referral: { title: 'mentor', when: 'Geef een talent dat je zag door aan de mentor.' },
      moments: [{ id: 'compliment-gegeven', label: 'Compliment gegeven' }],
    }),
  );
  shadowSection(
    `Mentoroverzicht (${theme})`,
    cardCss,
    dark,
    <MentorOverview names={['Voorbeeldleerling']} total={3} since="2025-01-01" />,
  );
}
// With the privacy blur on (what the teacher sees while a student sits beside the screen).
shadowSection(
  'Kaart (privacyscherm)',
  cardCss,
  false,
  <StudentCard name="Voorbeeldleerling" state={{ status: 'loading' }} blurred />,
);
shadowSection(
  'Cijfervraag (privacyscherm)',
  PREVIEW_CUE_CSS,
  false,
  samplePopover({ prompt: SAMPLE_PROMPT, referral: null, moments: [] }, true),
);
shadowSection(
  'Mentoroverzicht (privacyscherm)',
  cardCss,
  false,
  <MentorOverview names={['Voorbeeldleerling']} total={3} since="2025-01-01" blurred />,
);
// The teaching dialog ("Leer deze pagina herkennen") as it opens, over this page.
shadowSection('Leer deze pagina herkennen', teachCss, false, (host) => (
  <TeachDialog
    doc={document}
    host={host}
    profiles={() => []}
    save={() => Promise.resolve()}
    describeError={() => ''}
    onClose={() => undefined}
  />
));
document.documentElement.dataset.previewRendered = 'true';

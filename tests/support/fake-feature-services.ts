import { vi } from 'vitest';
import { DEFAULT_APP_CONFIG } from '../../lib/config/app-config';
import type { ContentConfig } from '../../lib/config/content-config';
import { contentConfigOf } from '../../lib/config/publish';
import { AppError } from '../../lib/core/errors';
import type { FeatureServices } from '../../lib/features/define';
import type { CueData } from '../../lib/features/grading-cue/contract';
import { createPrivacy } from '../../lib/features/shared/privacy';
import type { CardData } from '../../lib/features/student-card/contract';
import type { PageContext } from '../../lib/hosts/context';
import { detectPage } from '../../lib/hosts/detect';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { errorText } from '../../lib/i18n/error-text';
import type { Request, RequestType, ResponseData } from '../../lib/messages/schema';
import { fixtureHtml, fixtures, recognised } from '../fixtures/load';

/**
 * What an in-page feature gets from the content script (lib/features/define.ts), in memory: a
 * background that answers `card/get`, `cue/get`, `overview/get` and `moment/add` as the shipped
 * one would for a 3 havo student (and records every request), the configuration as published
 * from the defaults, the privacy blur, and the error words.
 */

const CARD: CardData = {
  prompts: [
    {
      id: 'terugkijken-snuffelstage',
      text: 'Wat is je het meest bijgebleven van je snuffelstage?',
      why: 'Terugkijken op een echte ervaring laat zien wat de leerling al over zichzelf weet.',
      competences: ['werkexploratie'],
    },
    {
      id: 'vooruitkijken-profiel',
      text: 'Welk profiel past bij wat je nu over jezelf weet?',
      why: 'In 3 havo staat de profielkeuze voor de deur.',
      competences: ['loopbaansturing'],
    },
  ],
  lens: { kwaliteiten: 1, motieven: 2, werkexploratie: 1, loopbaansturing: 0, netwerken: 0 },
  lastContact: '2026-11-12T13:40:00.000Z',
};

const CUE: CueData = {
  prompt: {
    id: 'vak-scheikunde-proef',
    text: 'Wat vond je het leukst aan de proef over reactiesnelheid?',
    why: 'Een vakmoment koppelt wat de leerling graag doet aan beroepen en opleidingen.',
    competences: ['motieven'],
  },
  referral: { title: 'Mentor', when: 'Geef een talent dat je zag door aan de mentor.' },
  moments: [
    { id: 'compliment-gegeven', label: 'Compliment gegeven' },
    { id: 'beroep-genoemd', label: 'Beroep of opleiding genoemd' },
  ],
};

interface FakeServicesOptions {
  /** Requests of these types fail as when the background's worker restarts. */
  failing?: RequestType[];
  /** Students of the mentor list without a loopbaanmoment this period (ids). */
  withoutMoment?: string[];
  /** The school's (or teacher's) quiet mode for grading cues. */
  quietMode?: boolean;
  /** Whether the browser opens the side panel from the card's click (Chrome: yes; Firefox: no). */
  panelOpens?: boolean;
}

export interface FakeServices {
  services: FeatureServices;
  /** Every request the feature sent, in order. */
  requests: Request[];
  /** The privacy blur as the background switches it. */
  setBlur(on: boolean): void;
}

export function fakeFeatureServices(options: FakeServicesOptions = {}): FakeServices {
  const config: ContentConfig = { ...contentConfigOf(DEFAULT_APP_CONFIG), quietMode: options.quietMode ?? false };
  const privacy = createPrivacy();
  const requests: Request[] = [];
  const answer = (request: Request): unknown => {
    switch (request.type) {
      case 'card/get':
        return CARD;
      case 'cue/get':
        return CUE;
      case 'overview/get':
        return { withoutMoment: options.withoutMoment ?? [], periodStart: '2026-09-01' };
      case 'moment/add':
      case 'cue/settings':
      case 'moment/suggest':
        return null;
      case 'card/open-panel':
        return options.panelOpens === false ? { opened: false, shortcut: 'Alt+Shift+Y' } : { opened: true, shortcut: '' };
      default:
        throw new AppError('invalid');
    }
  };
  return {
    requests,
    setBlur: (on) => privacy.set(on),
    services: {
      async send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseData<T>> {
        requests.push(request);
        if (options.failing?.includes(request.type)) throw new AppError('offline');
        return answer(request) as ResponseData<T>;
      },
      config: () => config,
      describeError: errorText,
      privacy,
    },
  };
}

/** A saved look-alike page (tests/fixtures) as the school page itself, in this test's document; its address. */
export function showFixture(file: string): string {
  const info = fixtures.find((f) => f.file === file);
  if (!info) throw new Error(`no fixture ${file}`);
  document.open();
  document.write(fixtureHtml(file));
  document.close();
  return info.url;
}

/** A saved page shown (`showFixture`) and recognised, as the runtime hands it to a feature. */
export function openFixturePage(file: string): PageContext {
  return recognised(detectPage(showFixture(file), document, shippedProfiles));
}

/**
 * Our in-page UI lives in closed shadow roots (lib/features/shared/mount.ts): the page cannot reach
 * them, and neither can a test through `host.shadowRoot`. Watching `attachShadow` in the test (never
 * in the page) keeps each root, so a test can read what the teacher sees.
 */
export function watchShadowRoots(): (host: Element) => ShadowRoot {
  const roots = new WeakMap<Element, ShadowRoot>();
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  });
  return (host) => {
    const root = roots.get(host);
    if (!root) throw new Error(`no shadow root on ${host.outerHTML.slice(0, 80)}`);
    return root;
  };
}

/** Our host elements of one feature in the page (`data-lob-ui`). */
export const hostsOf = (featureId: string): HTMLElement[] => [
  ...document.querySelectorAll<HTMLElement>(`[data-lob-ui="${featureId}"]`),
];

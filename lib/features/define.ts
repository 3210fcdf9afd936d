import type { ContentConfig } from '../config/content-config';
import type { PageContext } from '../hosts/context';
import type { Request, RequestType, ResponseData } from '../messages/schema';
import type { FeatureKey } from './catalog';
import type { Privacy } from './shared/privacy';
import type { sidePanelInfo } from './side-panel/feature';

/** Switches that belong to the side panel (an extension page), not to an in-page feature. */
type PanelSwitch = (typeof sidePanelInfo)['switches'][number]['key'];
/** The switch (policy `features`, the teacher's setting) an in-page feature must name. */
type InPageSwitch = Exclude<FeatureKey, PanelSwitch>;

/** What an in-page feature may use: the background (typed messages), the configuration, error words. */
export interface FeatureServices {
  send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseData<T>>;
  config(): ContentConfig;
  describeError(error: unknown): string;
  /** The privacy blur: while on, render nothing personal (names, dates, counts, prompts for the student). */
  privacy: Privacy;
}

/**
 * An in-page feature: one folder under lib/features/, one entry in lib/features/registry.ts. Set up for
 * one recognised page, torn down when `signal` aborts. `setting` is required: a feature that cannot
 * be switched off does not compile.
 */
export interface Feature {
  /** Also the `data-lob-ui` value of its in-page host element. */
  id: string;
  setting: InPageSwitch;
  /** Called once when the content script starts (e.g. to start reading stored settings early). */
  prepare?(): void;
  appliesTo(context: PageContext): boolean;
  init(context: PageContext, signal: AbortSignal, services: FeatureServices): void | Promise<void>;
  /** Called when the same page changed in place (rows re-rendered, late rows). */
  update?(context: PageContext, signal: AbortSignal): void;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}

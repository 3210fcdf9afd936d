import { applyProfilePatches } from '../patch';
import type { HostProfile } from '../schema';
import { type PagePreview, previewWith } from './preview';

/** The page as the profiles would see it with `patches` (a `hostProfiles` list or one entry) applied on top. */
export function previewPatch(href: string, doc: Document, profiles: readonly HostProfile[], patches: unknown): PagePreview {
  const { profiles: patched, errors } = applyProfilePatches(profiles, patches);
  return previewWith(href, doc, patched, errors);
}

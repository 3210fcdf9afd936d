import type { Language } from '../core/domain';
import { localize } from '../core/localize';
import type { CardPrompt } from '../messages/schema';
import type { RankedPrompt } from './engine';

/** A ranked prompt as the card, the cue and the panel show it: text and reason in the UI language. */
export function promptView(ranked: RankedPrompt, language: Language): CardPrompt {
  return {
    id: ranked.prompt.id,
    text: localize(ranked.prompt.text, language),
    why: localize(ranked.reason, language),
    competences: ranked.prompt.competences,
  };
}

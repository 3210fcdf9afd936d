import { EVIDENCE, LOOK_OUTCOMES, MAX_EVIDENCE } from '../../core/meaning-look';
import { z } from '../../core/zod';
import type { MessageSchemas } from '../../messages/wire';

/** A kind of page as the proposal names it: the finding's page type, the host and the address without ids. */
const pageKindKey = z.string().min(1).max(300);

/** The proposal's messages (checked by the background). */
export const meaningProposalMessages = {
  /**
   * content → background: the teacher said "Klopt" on the proposal in this frame. The background has
   * the picker confirm what recognition by meaning found there (it builds the taught page with every
   * check of a page taught by pointing) and answers whether it was kept, or why not (in words).
   */
  'meaning/confirm': {
    request: z.object({ type: z.literal('meaning/confirm') }).strict(),
    response: z.object({ kept: z.boolean(), reason: z.string().max(500).optional() }).strict(),
  },
  /** content → background: "Nee" for this kind of page: never proposed again there. */
  'meaning/dismiss': {
    request: z.object({ type: z.literal('meaning/dismiss'), key: pageKindKey }).strict(),
    response: z.null(),
  },
  /**
   * content → background: what a pass of recognition by meaning found on this page (a record, a grid
   * or nothing) and its evidence as kinds and positions, never values; sent when it changes. Kept in
   * the local diagnostics with the sender's host.
   */
  'meaning/looked': {
    request: z
      .object({
        type: z.literal('meaning/looked'),
        outcome: z.enum(LOOK_OUTCOMES),
        evidence: z.array(z.string().regex(EVIDENCE)).max(MAX_EVIDENCE),
      })
      .strict(),
    response: z.null(),
  },
  /** content → background: the kinds of page the teacher said "Nee" to. */
  'meaning/dismissed': {
    request: z.object({ type: z.literal('meaning/dismissed') }).strict(),
    response: z.array(pageKindKey).max(200),
  },
} satisfies Record<string, MessageSchemas>;

import { PAGE_TYPES } from '../core/domain';
import { z } from '../core/zod';
import { patternProblem, patternProblemText } from './safe-pattern';

/** A regular expression from a profile (or a school's patch): only in the grammar that matches in linear time. */
const patternSchema = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    const problem = patternProblem(source);
    if (problem) ctx.addIssue({ code: 'custom', message: patternProblemText(problem) });
  });

export { PAGE_TYPES, type PageType } from '../core/domain';

const pageTypeSchema = z.enum(PAGE_TYPES);

/**
 * How to find one value: a CSS selector (text or attribute), and/or label texts to look for
 * ("Stamnummer", "Leerlingnummer"); a label's value is the element right after it.
 * - A selector may reach into open shadow roots with ` >>> ` (`dna-page-header >>> h1`).
 * - `pick` chooses among all elements the selector matches by what their text is: unlabelled
 *   pills (Somtoday Docent) hold the class code and the study side by side.
 * - `pattern` keeps the part of the text in the named group `value` (`4V.gs1` → `gs`).
 */
const fieldSpecSchema = z
  .object({
    selector: z.string().min(1).optional(),
    attribute: z.string().min(1).optional(),
    labels: z.array(z.string().min(1)).min(1).optional(),
    pick: z.enum(['klas', 'study']).optional(),
    pattern: patternSchema.optional(),
  })
  .strict()
  .refine((f) => f.selector !== undefined || f.attribute !== undefined || f.labels !== undefined, {
    message: 'selector, attribute of labels is nodig',
  });
export type FieldSpec = z.infer<typeof fieldSpecSchema>;

/** One way to find a value, or alternatives tried in order. */
const fieldSchema = z.union([fieldSpecSchema, z.array(fieldSpecSchema).min(1)]);
export type Field = z.infer<typeof fieldSchema>;

const resultSpecSchema = z
  .object({
    item: z.string().min(1),
    subject: fieldSchema,
    grade: fieldSchema,
    description: fieldSchema.optional(),
    date: fieldSchema.optional(),
  })
  .strict();

const rowSpecSchema = z
  .object({
    row: z.string().min(1),
    studentId: fieldSchema,
    name: fieldSchema.optional(),
    klas: fieldSchema.optional(),
    input: z.string().min(1).optional(),
    average: fieldSchema.optional(),
    /** A count per row, e.g. unexcused absences on the absence overview. */
    absences: fieldSchema.optional(),
  })
  .strict();

/**
 * A grade grid built by column (Somtoday Docent's voortgangsdossier): a names list, and per test a
 * column with one cell per student in the same order; the student id is only in each cell's id.
 */
const columnGridSchema = z
  .object({
    /** One element per student in the names list, in page order (the cue goes beside the name). */
    names: z.string().min(1),
    name: fieldSchema,
    /** One element per test column (read-only average columns are left out by the selector). */
    column: z.string().min(1),
    /** The cells of a column, one per student, in the order of the names. */
    cell: z.string().min(1),
    /** Regular expression over a cell's `id`; the named group `id` is the student id. */
    cellId: patternSchema,
    /** The result shown in a cell. */
    grade: fieldSchema.optional(),
    /** The input that exists only in the cell being edited. */
    input: z.string().min(1).optional(),
  })
  .strict();
export type ColumnGridSpec = z.infer<typeof columnGridSchema>;

const pageProfileSchema = z
  .object({
    /** Regular expression over `pathname + hash`; named group `id` may carry the student id. */
    route: patternSchema,
    /** The element that proves the page's data has rendered. */
    root: z.string().min(1),
    /**
     * The frame the page renders in: selectors of the frame elements from the top document down
     * (lib/hosts/frames.ts). The route is then over the frame's own address.
     */
    frame: z.array(z.string().min(1)).min(1).max(4).optional(),
    /** Where in-page UI goes: inserted after this element (inside root). */
    anchor: z.string().min(1).optional(),
    student: z
      .object({
        /** Absent: the id comes from the route's named group `id`. */
        id: fieldSchema.optional(),
        name: fieldSchema.optional(),
        klas: fieldSchema.optional(),
        study: fieldSchema.optional(),
        mentor: fieldSchema.optional(),
        profile: fieldSchema.optional(),
        absences: fieldSchema.optional(),
      })
      .strict()
      .optional(),
    results: resultSpecSchema.optional(),
    subject: fieldSchema.optional(),
    assessment: fieldSchema.optional(),
    group: fieldSchema.optional(),
    /** The page's own title (may sit in a web component's shadow root). */
    title: fieldSchema.optional(),
    rows: rowSpecSchema.optional(),
    columns: columnGridSchema.optional(),
  })
  .strict();
export type PageProfile = z.infer<typeof pageProfileSchema>;

export const hostProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Host names this profile serves: exact, or "*.example.nl" for any sub-domain. */
    hosts: z.array(z.string().min(1)).min(1),
    /** Hosts that never get UI (login pages). */
    excludeHosts: z.array(z.string().min(1)).default([]),
    /**
     * Switched off (a school's policy patch `{"id":"magister","disabled":true}`): the profile
     * recognises nothing, so pages of its hosts go to recognition by meaning and teaching.
     */
    disabled: z.boolean().optional(),
    darkModeClass: z.string().min(1).optional(),
    pages: z.partialRecord(pageTypeSchema, pageProfileSchema),
  })
  .strict();
export type HostProfile = z.infer<typeof hostProfileSchema>;
export type HostProfileInput = z.input<typeof hostProfileSchema>;

import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AfspraakInput, Display } from '../../components/panel/api';
import type { StudentRef } from '../../lib/core/student';
import type { Study } from '../../lib/core/study';
import type { NewAfspraak } from '../../lib/db/afspraken';
import type { NewNote } from '../../lib/db/notes';
import type { StudentDisplay } from '../../lib/db/students';
import type { blurAnnouncement } from '../../lib/features/shared/privacy';
import type { HostProfilePatch } from '../../lib/hosts/teach/host-patch';
import type { BlurStateMessage, PageSummary, ReferralView, Request } from '../../lib/messages/schema';
import { studentRefSchema } from '../../lib/messages/wire';
import type { Suggestion } from '../../lib/referrals/suggest';

/**
 * A shape that crosses between the content script, the panel and the background is defined by its
 * zod schema (lib/messages/schema.ts, checked strictly by the background). Where a TypeScript type
 * elsewhere has to mirror it (lib/core may not import lib/messages; lib/db knows no messages), the
 * two are tied here. These are type-level checks: `tsc --noEmit` (npm test) fails on a mismatch, so a
 * field added on one side only never reaches a schema that refuses it or a receiver that drops it.
 * Types that can come from the schema are derived from it instead (components/panel/api.ts,
 * components/options/RecentMisses.tsx, lib/background/cue.ts, lib/hosts/diagnostics.ts).
 */

type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

describe('wire shapes and their TypeScript mirrors', () => {
  it('the study a page told (lib/core/study.ts) is the study the page context and the cue request carry', () => {
    expectTypeOf<Study>().toEqualTypeOf<NonNullable<NonNullable<PageSummary['student']>['study']>>();
    expectTypeOf<Study>().toEqualTypeOf<NonNullable<RequestOf<'cue/get'>['study']>>();
  });

  it('a student reference (lib/core/student.ts) has exactly the fields the strict schema accepts', () => {
    // studentRefSchema is typed `z.ZodType<StudentRef>`, which would still accept a StudentRef with
    // a new optional field; so the fields are compared: at compile time here, at run time below.
    const fields = { host: true, id: true } satisfies Record<keyof StudentRef, true>;
    const shape = (studentRefSchema as unknown as { shape: Record<string, unknown> }).shape;
    expect(Object.keys(shape).sort()).toEqual(Object.keys(fields).sort());
  });

  it('what the panel sends about a student is what the database keeps (lib/db/students.ts)', () => {
    expectTypeOf<Display>().toEqualTypeOf<StudentDisplay>();
    expectTypeOf<Display>().toEqualTypeOf<RequestOf<'afspraak/add'>['display']>();
    expectTypeOf<Display>().toEqualTypeOf<RequestOf<'referral/add'>['display']>();
  });

  it('a new afspraak from the panel is the database’s new afspraak (lib/db/afspraken.ts)', () => {
    expectTypeOf<AfspraakInput>().toEqualTypeOf<NewAfspraak>();
  });

  it('every field of a saved note has a place in the database’s new note (lib/db/notes.ts)', () => {
    // The router passes the request (without its type and id) on as a NewNote.
    type SavedFields = Omit<RequestOf<'note/save'>, 'type' | 'id'>;
    expectTypeOf<SavedFields>().toExtend<NewNote>();
    expectTypeOf<Exclude<keyof SavedFields, keyof NewNote>>().toEqualTypeOf<never>();
  });

  it('a taught page’s patch (lib/hosts/teach/host-patch.ts) is what the teach/save request accepts', () => {
    type SentPatch = RequestOf<'teach/save'>['patch'];
    expectTypeOf<HostProfilePatch>().toExtend<SentPatch>();
    expectTypeOf<keyof HostProfilePatch>().toEqualTypeOf<keyof SentPatch>();
  });

  it('a referral suggestion (lib/referrals/suggest.ts) is the referral the panel shows', () => {
    expectTypeOf<Suggestion>().toEqualTypeOf<ReferralView>();
  });

  it('the school page reads the blur announcement (without zod) as its schema has it', () => {
    expectTypeOf<ReturnType<typeof blurAnnouncement>>().toEqualTypeOf<BlurStateMessage['on'] | undefined>();
  });
});

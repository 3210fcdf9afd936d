import { Collector, hostProfilePatches } from './parse-parts';
import type { PolicyProblem } from './schema';

/**
 * A list in the policy's `hostProfiles` shape, read exactly as parsePolicy reads that key (same
 * limits, same problems under the same paths; never throws) but without the rest of the policy
 * parser, whose prompt guardrails and learned weights the pages that read the teacher's own patches
 * (side panel, options) do not need.
 */
export function parseHostProfiles(raw: unknown): { hostProfiles: unknown[] | undefined; problems: PolicyProblem[] } {
  const out = new Collector();
  let hostProfiles: unknown[] | undefined;
  try {
    hostProfiles = hostProfilePatches(raw, 'hostProfiles', out);
  } catch {
    out.add('hostProfiles', 'onleesbare waarde');
  }
  return { hostProfiles, problems: out.finish() };
}

export { parseHostProfiles } from './host-profiles-parse';
export { parsePolicy } from './parse';
export {
  effectivePolicy,
  extraHostMatchPatterns,
  resolveSettings,
} from './resolve';
export * from './schema';
export { createPolicyStore, type PolicyState } from './store';

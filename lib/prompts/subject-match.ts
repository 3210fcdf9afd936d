import type { Subject } from './schema';

function normalize(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Maps a host's subject name ("Wiskunde B", "sk") to a library subject id. */
export function subjectIdFor(hostName: string, subjects: readonly Subject[]): string | undefined {
  const wanted = normalize(hostName);
  const exact = subjects.find((s) => s.aliases.some((a) => normalize(a) === wanted) || normalize(s.name.nl) === wanted);
  return exact?.id;
}

/** A window in the school year as MM-DD days; `from` may be later than `to` (wraps over new year). */
export interface Season {
  from: string;
  to: string;
}

function monthDay(date: Date): string {
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${m}-${d}`;
}

/** Is the date inside the window? A window whose `from` is after `to` wraps over new year. */
export function inSeason(season: Season | undefined, date: Date): boolean {
  if (!season) return true;
  const today = monthDay(date);
  return season.from <= season.to ? today >= season.from && today <= season.to : today >= season.from || today <= season.to;
}

/** Local calendar day "YYYY-MM-DD", the unit of rotation. */
export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${monthDay(date)}`;
}

/**
 * The school's own calendar (policy `calendar`): where it gives dates, the keuzemomenten and the BPV
 * phase follow them; where it does not, the national windows of the library apply.
 */

/** A period of days, both ends inclusive (`YYYY-MM-DD`). */
export interface DateWindow {
  from: string;
  to: string;
}

export interface SchoolCalendar {
  /** The profielkeuze (or sectorkeuze) deadline; its prompts show in the six weeks before. */
  profielkeuze?: string;
  openDagen?: DateWindow[];
  meeloopdagen?: DateWindow[];
  /** Test weeks: no choice-moment boost on the card then (a calmer card while students sit tests). */
  toetsweken?: DateWindow[];
  /** BPV (stage) periods; `klassen` limits one to some classes or cohorts (absent: everyone). */
  bpv?: (DateWindow & { klassen?: string[] })[];
}

/** The choice moments a prompt can be tied to. */
export const CALENDAR_MOMENTS = ['profielkeuze', 'openDagen', 'meeloopdagen', 'bpvVoor', 'bpvTijdens', 'bpvNa'] as const;
export type CalendarMoment = (typeof CALENDAR_MOMENTS)[number];

const LEAD_DAYS = 42;

function shift(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const forClass = (klas: string | undefined) => (w: { klassen?: string[] }) =>
  !w.klassen || (klas !== undefined && w.klassen.some((k) => k.toLowerCase() === klas.toLowerCase()));

/** The school's windows for a moment (for this class), or undefined when the school gave none. */
export function momentWindows(
  calendar: SchoolCalendar | undefined,
  moment: CalendarMoment,
  klas?: string,
): DateWindow[] | undefined {
  if (!calendar) return undefined;
  switch (moment) {
    case 'profielkeuze':
      return calendar.profielkeuze ? [{ from: shift(calendar.profielkeuze, -LEAD_DAYS), to: calendar.profielkeuze }] : undefined;
    case 'openDagen':
      return calendar.openDagen?.length ? calendar.openDagen : undefined;
    case 'meeloopdagen':
      return calendar.meeloopdagen?.length ? calendar.meeloopdagen : undefined;
    default: {
      const periods = calendar.bpv?.filter(forClass(klas));
      if (!periods?.length) return undefined;
      if (moment === 'bpvTijdens') return periods;
      return periods.map((p) =>
        moment === 'bpvVoor'
          ? { from: shift(p.from, -LEAD_DAYS), to: shift(p.from, -1) }
          : { from: shift(p.to, 1), to: shift(p.to, LEAD_DAYS) },
      );
    }
  }
}

export function inWindows(windows: readonly DateWindow[] | undefined, day: string): boolean {
  return Boolean(windows?.some((w) => w.from <= day && day <= w.to));
}

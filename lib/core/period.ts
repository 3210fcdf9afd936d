/**
 * The school year in four periods starting 1 August, 1 November, 1 February and 1 May:
 * "this period" for the mentor's private overview.
 */
export function periodStart(date: Date): Date {
  const y = date.getFullYear();
  const starts = [new Date(y - 1, 10, 1), new Date(y, 1, 1), new Date(y, 4, 1), new Date(y, 7, 1), new Date(y, 10, 1)];
  let start = starts[0] as Date;
  for (const s of starts) if (s <= date) start = s;
  return start;
}

/**
 * Calendar dates as the DECP write them (AAAA-MM-JJ) and as day numbers (days since
 * 1970-01-01, UTC), so that a million contracts compare and filter as integers.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Dates already counted: a file of a million contracts has a few thousand distinct dates. */
let known = new Map<string, number | undefined>();

/** Days since 1970-01-01 of an AAAA-MM-JJ date, or undefined when it is not a real calendar date (2024-02-30). */
export function dayNumber(date: string): number | undefined {
  if (known.has(date)) return known.get(date);
  if (known.size >= 10_000) known = new Map();
  const day = countDays(date);
  known.set(date, day);
  return day;
}

function countDays(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return Math.round(time / 86_400_000);
}

/** AAAA-MM-JJ of a day number. */
export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The same day `months` months later (earlier when negative), clamped to the month's end (2024-03-31 − 1 month = 2024-02-29). */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * 86_400_000);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)) / 86_400_000);
}

/** « 15/05/2024 » as the interface writes a date. */
export function frenchDate(date: string): string {
  const match = ISO_DATE.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

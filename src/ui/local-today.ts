// Today's date as the app writes it (file names, dates of imported or created posts).

/** A date as AAAA-MM-JJ in local time. */
export function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

/** Today as AAAA-MM-JJ in local time. */
export const localToday = (): string => localIsoDate(new Date());

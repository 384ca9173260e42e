// Today's date as the app writes it (file names, dates of imported or created posts).

/** Today as AAAA-MM-JJ in local time. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

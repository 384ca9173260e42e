// French number formatting for the panels.
const integer = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 1 });

export const formatInteger = (value: number) => integer.format(value);
export const formatEtp = (value: number) => oneDecimal.format(value);
export const formatRate = (value: number | null) => (value === null || !Number.isFinite(value) ? "—" : twoDecimals.format(value));
export const formatShare = (part: number, total: number) => (total > 0 ? percent.format(part / total) : "—");

const longDate = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric" });

/** « 1er novembre 2025 », « 12 mars 2026 » from YYYY-MM-DD (the first of the month is written « 1er », as French does); null when not a date. */
export function formatDate(iso: string | undefined | null): string | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(date.getTime()) || date.getMonth() !== Number(match[2]) - 1) return null;
  return longDate.format(date).replace(/^1 /, "1er ");
}

/** A decimal number the French way (« 0,25 »), without trailing zeros. */
export const formatDecimal = (value: number) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }).format(value);

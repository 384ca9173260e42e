// French number formatting for the panels.
const integer = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 1 });

export const formatInteger = (value: number) => integer.format(value);
export const formatEtp = (value: number) => oneDecimal.format(value);
export const formatRate = (value: number | null) => (value === null || !Number.isFinite(value) ? "—" : twoDecimals.format(value));
export const formatShare = (part: number, total: number) => (total > 0 ? percent.format(part / total) : "—");

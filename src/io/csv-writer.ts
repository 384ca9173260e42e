/**
 * The one CSV writer of the app and the scripts, for French spreadsheets (Excel, LibreOffice):
 * `;` between fields, decimal comma, CRLF after every row, a UTF-8 byte order mark when the
 * text goes to a file (Excel then reads the accents right). A field holding `;`, `"` or a
 * line break is quoted, its quotes doubled.
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and
 * some also after a tab or a carriage return) as a formula, e.g. `=HYPERLINK(…)` sending
 * data away. Every text cell that starts so gets an apostrophe in front, as OWASP
 * recommends (« CSV Injection »): the spreadsheet shows the text as written. Numbers are
 * written as numbers, untouched. `parseCsv` (csv-text.ts) takes the apostrophe off again.
 */

export type CsvValue = string | number | null | undefined;

/** The UTF-8 byte order mark, as text. */
export const BYTE_ORDER_MARK = "\uFEFF";

/**
 * Text written with an apostrophe in front: it starts like a formula, after any apostrophes
 * already there (so that `'=x`, written `''=x`, is read back as `'=x`, not `=x`).
 */
const GUARDED = /^'*[=+\-@\t\r]/;

/** True when the writer puts an apostrophe in front of this text cell. */
export function needsFormulaGuard(text: string): boolean {
  return GUARDED.test(text);
}

/** A cell as read, without the apostrophe the writer put in front (`'=…` → `=…`). */
export function withoutFormulaGuard(cell: string): string {
  return cell.charCodeAt(0) === 0x27 && needsFormulaGuard(cell.slice(1)) ? cell.slice(1) : cell;
}

/** One cell: numbers with a decimal comma; text neutralised (see above), then quoted when it holds `;`, `"` or a line break. */
export function formatCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value).replace(".", ",");
  const text = needsFormulaGuard(value) ? `'${value}` : value;
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text: cells joined by `;`, CRLF after every row, the byte order mark first when asked (for a file). */
export function writeCsv(rows: Iterable<readonly CsvValue[]>, options: { byteOrderMark: boolean }): string {
  let text = options.byteOrderMark ? BYTE_ORDER_MARK : "";
  for (const row of rows) text += `${row.map(formatCsvCell).join(";")}\r\n`;
  return text;
}

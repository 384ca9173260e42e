/**
 * The limits every import obeys, in one place: the import dialog, the import worker and
 * `npm run check` read the same files through the same readers (format-registry.ts), so
 * they refuse the same files with the same French messages. Each limit is well above what
 * a real perimeter file needs, and low enough that a hostile file is refused before it
 * costs memory or time.
 */

/** 50 Mo: a file over that is refused before it is read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** 1 048 576 rows: Excel's own limit, for tables (CSV and XLSX); a million perimeter lines fit. */
export const MAX_TABLE_ROWS = 1_048_576;

/** 32 767 characters: Excel's own limit for one cell (XLSX). */
export const MAX_CELL_CHARS = 32_767;

/** 20 million cells (rows × columns of the sheet's used range): a million lines of 20 columns. */
export const MAX_SHEET_CELLS = 20_000_000;

/** 256 Mo: the XML of a workbook once decompressed (sheets, shared texts, styles). */
export const MAX_XLSX_XML_BYTES = 256 * 1024 * 1024;

/** Files inside a workbook's archive. */
export const MAX_XLSX_ENTRIES = 10_000;

const numberFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** « 12 345 »: an integer as the messages write it. */
export const formatCount = (value: number) => numberFormat.format(value);

/** « 50 Mo », « 1,5 Mo »: bytes in megabytes (2^20), as the messages write them. */
export const formatMegabytes = (bytes: number) => `${numberFormat.format(bytes / (1024 * 1024))} Mo`;

/** « 307,2 Ko » under a megabyte, else « 1,5 Mo ». */
export const formatSize = (bytes: number) => (bytes < 1024 * 1024 ? `${numberFormat.format(bytes / 1024)} Ko` : formatMegabytes(bytes));

/**
 * Bytes of a CSV file as Excel writes it, to rows of cells: encoding detected (UTF-8 with
 * or without byte order mark; UTF-16, which Excel's « Texte Unicode » writes; else
 * Windows-1252, which French Excel uses), separator
 * detected (`;`, `,` or tab), quoted fields with separators, line breaks and doubled
 * quotes inside, CRLF or LF line ends. Each row keeps the line it starts on.
 */
import { withoutFormulaGuard } from "./csv-writer.ts";
import { formatCount, MAX_TABLE_ROWS } from "./import-limits.ts";

export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 avec marque d'ordre d'octets",
  "utf-16le": "UTF-16 LE (« Texte Unicode » d'Excel)",
  "utf-16be": "UTF-16 BE",
  "windows-1252": "Windows-1252 (Excel sous Windows)",
};

/** Bytes looked at to recognise UTF-16 without a byte order mark. */
const UTF16_SAMPLE_BYTES = 4096;

/**
 * UTF-16 without a byte order mark, recognised by its zero bytes: French text is mostly
 * Latin letters, digits and separators, whose UTF-16 code unit has a zero high byte. Little
 * endian when at least 40 % of the odd bytes are zero and almost no even byte is (big
 * endian: the reverse). UTF-8 and Windows-1252 text has no zero byte at all.
 */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const length = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return "utf-16le";
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return "utf-16be";
  return undefined;
}

/**
 * Decodes a text file: UTF-8 or UTF-16 by their byte order mark, UTF-16 by its zero bytes
 * (see `utf16Order`), UTF-8 when the bytes are valid UTF-8, else Windows-1252 (never fails:
 * every byte has a character).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const order = utf16Order(bytes);
  if (order) return { text: new TextDecoder(order).decode(bytes), encoding: order };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** Why the bytes are not a text table at all, or undefined when they may be one. */
export function describeNonText(bytes: Uint8Array, text: string): string | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "ce fichier est une archive (classeur Excel XLSX ?), pas un texte CSV : importez-le au format xlsx";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "ce fichier est un classeur Excel ancien (XLS) : enregistrez-le au format XLSX ou CSV";
  const sample = text.slice(0, 4096);
  // Tabs, line ends and the C1 range that Windows-1252 maps to letters aside, control characters mean binary data.
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) controls++;
  }
  if (controls > 0 && controls * 100 > sample.length) return "ce fichier n'est pas un texte (contenu binaire) : un CSV enregistré depuis le tableur est attendu";
  return undefined;
}

export interface TextRow {
  /** Line of the file where the row starts (1-based). */
  line: number;
  cells: string[];
}

export type CsvParseResult =
  | { ok: true; separator: string; rows: TextRow[]; blankLines: number }
  | { ok: false; line: number; message: string };

const SEPARATORS = [";", ",", "\t"] as const;

/** The separator the first non-blank line uses most, outside quotes; `;` on a tie (French Excel). */
export function detectSeparator(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  const unquoted = firstLine.replace(/"[^"]*"/g, "");
  let best: string = SEPARATORS[0];
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = unquoted.split(separator).length - 1;
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}

const tooManyRows = () => `plus de ${formatCount(MAX_TABLE_ROWS)} lignes remplies : au-delà (la limite d'Excel), le fichier n'est pas lu. Découpez-le en plusieurs fichiers.`;

/** Characters between two calls of a progress callback. */
const PROGRESS_STEP = 1 << 16;

/**
 * Splits CSV text into rows; blank lines are skipped and counted. A quote left open is an
 * error at the line it opened. A cell `'=…` (`'+…`, `'-…`, `'@…`, as csv-writer.ts guards
 * formulas) is read as `=…`. `onProgress` receives the share of the text read (0 to 1).
 */
export function parseCsv(text: string, separator = detectSeparator(text), onProgress?: (fraction: number) => void): CsvParseResult {
  const rows: TextRow[] = [];
  let blankLines = 0;
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRow = () => {
    cells.push(withoutFormulaGuard(cell));
    // Excel writes an empty row as separators only: blank too.
    if (cells.every((value) => value.trim() === "")) blankLines++;
    else rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
  };
  let nextReport = PROGRESS_STEP;
  for (let i = 0; i < text.length; i++) {
    if (onProgress && i >= nextReport) {
      onProgress(i / text.length);
      nextReport = i + PROGRESS_STEP;
    }
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n") line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      quoteLine = line;
      cell = "";
    } else if (char === separator) {
      cells.push(withoutFormulaGuard(cell));
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRow();
      // Past the limit, the rest would only cost memory (a row is some 100 bytes of objects).
      if (rows.length > MAX_TABLE_ROWS) return { ok: false, line: rowLine, message: tooManyRows() };
      line++;
      rowLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) return { ok: false, line: quoteLine, message: "guillemet ouvert jamais refermé : le champ court jusqu'à la fin du fichier" };
  if (cell !== "" || cells.length > 0) endRow();
  if (rows.length > MAX_TABLE_ROWS) return { ok: false, line: rowLine, message: tooManyRows() };
  return { ok: true, separator, rows, blankLines };
}

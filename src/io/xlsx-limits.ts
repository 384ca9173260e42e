/**
 * Checks an XLSX workbook against the import limits (import-limits.ts) before the reader
 * (read-excel-file) builds anything: it builds the whole grid of the used range, padded with
 * empty cells, and inflates every XML part whole. So a 1.5 Ko file with one cell at
 * XFD1048576 asks for 17 billion cells, and 300 Ko can inflate to a 300 Mo cell. Here each
 * XML part is inflated as a stream and scanned byte by byte (nothing kept): its size, the
 * length of every text, and in the sheets the extent of the cells that hold a value. The
 * `<dimension>` element is not trusted: the cells themselves are counted.
 */
import { formatCount, formatMegabytes, formatSize, MAX_CELL_CHARS, MAX_SHEET_CELLS, MAX_TABLE_ROWS, MAX_XLSX_ENTRIES, MAX_XLSX_XML_BYTES } from "./import-limits.ts";
import type { ProblemLocation } from "./importer.ts";
import { inflateZipEntry, listZipEntries, ZipError, type ZipEntry } from "./zip-archive.ts";

/** The parts the reader inflates (it ignores every other file of the archive). */
const isXmlPart = (name: string) => name.endsWith(".xml") || name.endsWith(".xml.rels");
const isWorksheet = (name: string) => /(^|\/)worksheets\/[^/]+\.xml$/.test(name);
const WORKBOOK = /(^|\/)xl\/workbook\.xml$/;
const WORKBOOK_RELATIONS = /(^|\/)xl\/_rels\/workbook\.xml\.rels$/;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const AMPERSAND = 0x26;
const SEMICOLON = 0x3b;
const isSpace = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/** « XFD » → 16384. */
function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** 16384 → « XFD ». */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Why a workbook is refused, and where (the sheet's row and column letters, when a cell is the cause). */
export interface WorkbookRefusal {
  message: string;
  at: ProblemLocation;
}

/** What the scan found too large, as soon as it found it. */
class LimitExceeded extends Error {
  constructor(
    message: string,
    readonly at: ProblemLocation = {},
  ) {
    super(message);
  }
}

/**
 * A streaming scan of one XML part: text lengths (in characters, entities counting one) and,
 * for a sheet, the cells that hold a value (`<c …>…</c>`; an empty `<c …/>` is formatting only).
 */
class XmlScan {
  cells = 0;
  maxRow = 0;
  maxColumn = 0;
  private mode: "text" | "name" | "tag" | "value" = "text";
  private textLength = 0;
  private inEntity = false;
  private nameLength = 0;
  private name0 = 0;
  private name1 = 0;
  private name2 = 0;
  private tag: "c" | "row" | "other" = "other";
  private attributeLength = 0;
  private attribute0 = 0;
  private capture = false;
  private reference = "";
  private quote = 0;
  private lastByte = 0;
  private row = 0;
  private column = 0;

  constructor(
    private readonly part: string,
    private readonly sheet: boolean,
  ) {}

  /** Scans the next bytes of the part; throws LimitExceeded when a text is too long. */
  scan(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      switch (this.mode) {
        case "text":
          if (byte === LT) {
            this.mode = "name";
            this.textLength = 0;
            this.inEntity = false;
            this.nameLength = 0;
          } else if (this.inEntity) {
            if (byte === SEMICOLON) this.inEntity = false;
          } else if ((byte & 0xc0) !== 0x80 && ++this.textLength > MAX_CELL_CHARS) {
            throw this.longText();
          } else if (byte === AMPERSAND) {
            this.inEntity = true;
          }
          break;
        case "name":
          if (isSpace(byte) || byte === GT || byte === SLASH) {
            if (byte === SLASH && this.nameLength === 0) {
              this.nameLength = -1; // a closing tag: `</…>`
              break;
            }
            this.tag = this.nameLength === 1 && this.name0 === 0x63 ? "c" : this.nameLength === 3 && this.name0 === 0x72 && this.name1 === 0x6f && this.name2 === 0x77 ? "row" : "other";
            this.mode = "tag";
            this.attributeLength = 0;
            this.reference = "";
            this.lastByte = 0;
            if (byte === GT) this.endTag(false);
            else this.lastByte = byte;
          } else if (byte === COLON) {
            this.nameLength = 0; // `x:c`: the local name counts
          } else if (this.nameLength >= 0) {
            if (this.nameLength === 0) this.name0 = byte;
            else if (this.nameLength === 1) this.name1 = byte;
            else if (this.nameLength === 2) this.name2 = byte;
            this.nameLength++;
          }
          break;
        case "tag":
          if (byte === GT) {
            this.endTag(this.lastByte === SLASH);
          } else if (byte === 0x22 || byte === 0x27) {
            this.mode = "value";
            this.quote = byte;
            this.capture = this.tag !== "other" && this.attributeLength === 1 && this.attribute0 === 0x72;
          } else if (isSpace(byte) || byte === EQUALS) {
            if (byte !== EQUALS) this.attributeLength = 0;
          } else if (byte === COLON) {
            this.attributeLength = 0;
          } else {
            if (this.attributeLength === 0) this.attribute0 = byte;
            this.attributeLength++;
          }
          if (!isSpace(byte)) this.lastByte = byte;
          break;
        case "value":
          if (byte === this.quote) {
            this.mode = "tag";
            this.attributeLength = 0;
            this.lastByte = byte;
          } else if (this.capture && this.reference.length < 16) {
            this.reference += String.fromCharCode(byte);
          }
          break;
      }
    }
  }

  private endTag(selfClosing: boolean): void {
    this.mode = "text";
    if (!this.sheet || this.nameLength < 0) return;
    if (this.tag === "row") {
      const number = Number(this.reference);
      this.row = this.reference !== "" && Number.isInteger(number) ? number : this.row + 1;
      this.column = 0;
    } else if (this.tag === "c") {
      const match = /^([A-Z]{1,4})(\d{1,9})$/.exec(this.reference.toUpperCase());
      if (match) {
        this.column = columnNumber(match[1]!);
        this.row = Number(match[2]);
      } else {
        this.column++;
      }
      if (!selfClosing) {
        this.cells++;
        if (this.row > this.maxRow) this.maxRow = this.row;
        if (this.column > this.maxColumn) this.maxColumn = this.column;
      }
    }
  }

  private longText(): LimitExceeded {
    const inCell = this.sheet && this.column > 0;
    const where = inCell ? `cellule ${columnLetters(this.column)}${this.row} de « ${this.part} »` : `classeur : un texte de « ${this.part} »`;
    const message = `${where} : plus de ${formatCount(MAX_CELL_CHARS)} caractères (la limite d'une cellule d'Excel) ; le classeur n'est pas lu. Raccourcissez ce texte, ou enregistrez la feuille en CSV.`;
    return new LimitExceeded(message, inCell ? { line: this.row, column: columnLetters(this.column) } : {});
  }
}

/** Sheet name (or number, 1 = first) → path of its part, from xl/workbook.xml and its relations; undefined when they cannot be read. */
function sheetPart(workbook: string, relations: string, sheet: string | number): { part: string; label: string } | undefined {
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)].map((match) => ({
    name: /\sname="([^"]*)"/.exec(match[1]!)?.[1],
    id: /\s(?:\w+:)?id="([^"]*)"/.exec(match[1]!)?.[1],
  }));
  const chosen = typeof sheet === "number" ? sheets[sheet - 1] : sheets.find((candidate) => candidate.name === sheet);
  if (!chosen?.id) return undefined;
  const relation = [...relations.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)].map((match) => match[1]!).find((attributes) => /\sId="([^"]*)"/.exec(attributes)?.[1] === chosen.id);
  const target = relation && /\sTarget="([^"]*)"/.exec(relation)?.[1];
  if (!target) return undefined;
  return { part: target.startsWith("/") ? target.slice(1) : `xl/${target}`, label: chosen.name ?? String(sheet) };
}

/**
 * Why the workbook is refused before it is read, in French (what is too large, its size
 * and the limit), or undefined when it is within the limits. `sheet`: the sheet the reader
 * will read (1 = first). A workbook whose archive cannot be read gets the reader's own
 * message (undefined here) only when its directory is sound; otherwise it is refused here.
 */
export async function describeOversizedWorkbook(bytes: Uint8Array, sheet: string | number = 1): Promise<WorkbookRefusal | undefined> {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes, MAX_XLSX_ENTRIES).filter((entry) => isXmlPart(entry.name));
  } catch (error) {
    return error instanceof ZipError ? { message: `ce fichier n'est pas un classeur XLSX lisible (archive abîmée : ${error.message})`, at: {} } : undefined;
  }
  const tooMuchXml = (what: string) =>
    `classeur trop volumineux une fois décompressé : ${what}, au-delà de ${formatMegabytes(MAX_XLSX_XML_BYTES)} (fichier de ${formatSize(bytes.length)}) : il n'est pas lu. Enregistrez la feuille utile en CSV, ou retirez du classeur les feuilles et cellules inutiles.`;
  const declared = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declared > MAX_XLSX_XML_BYTES) return { message: tooMuchXml(`il annonce ${formatMegabytes(declared)} de XML`), at: {} };
  const texts = new Map<string, string>();
  const sheets = new Map<string, XmlScan>();
  let inflated = 0;
  try {
    for (const entry of entries) {
      const scan = new XmlScan(entry.name, isWorksheet(entry.name));
      const keepText = WORKBOOK.test(entry.name) || WORKBOOK_RELATIONS.test(entry.name);
      const decoder = new TextDecoder("utf-8");
      let text = "";
      await inflateZipEntry(bytes, entry, (chunk) => {
        inflated += chunk.length;
        if (inflated > MAX_XLSX_XML_BYTES) throw new LimitExceeded(tooMuchXml(`plus de ${formatMegabytes(MAX_XLSX_XML_BYTES)} de XML (dont « ${entry.name} »)`));
        scan.scan(chunk);
        if (keepText && text.length < 4 * 1024 * 1024) text += decoder.decode(chunk, { stream: true });
        return true;
      });
      if (keepText) texts.set(WORKBOOK.test(entry.name) ? "workbook" : "relations", text);
      if (isWorksheet(entry.name)) sheets.set(entry.name.replace(/^\//, ""), scan);
    }
  } catch (error) {
    if (error instanceof LimitExceeded) return { message: error.message, at: error.at };
    if (error instanceof ZipError) return { message: `ce fichier n'est pas un classeur XLSX lisible (archive abîmée : ${error.message})`, at: {} };
    throw error;
  }
  const chosen = sheetPart(texts.get("workbook") ?? "", texts.get("relations") ?? "", sheet);
  // The sheet the reader will read; all of them when it cannot be told (the reader then says why).
  const checked = chosen && sheets.has(chosen.part) ? [[chosen.label, sheets.get(chosen.part)!] as const] : [...sheets].map(([part, scan]) => [part, scan] as const);
  for (const [label, scan] of checked) {
    const at = { line: scan.maxRow, column: columnLetters(scan.maxColumn) };
    if (scan.maxRow > MAX_TABLE_ROWS) {
      return {
        at: { line: scan.maxRow },
        message: `la feuille « ${label} » va jusqu'à la ligne ${formatCount(scan.maxRow)} : au-delà de ${formatCount(MAX_TABLE_ROWS)} lignes (la limite d'Excel), elle n'est pas lue. Découpez-la en plusieurs fichiers.`,
      };
    }
    const grid = scan.maxRow * scan.maxColumn;
    if (grid > MAX_SHEET_CELLS) {
      return {
        at,
        message: `la feuille « ${label} » s'étend jusqu'à la cellule ${columnLetters(scan.maxColumn)}${scan.maxRow} : ${formatCount(scan.maxRow)} lignes × ${formatCount(scan.maxColumn)} colonnes, soit ${formatCount(grid)} cellules, au-delà de ${formatCount(MAX_SHEET_CELLS)} : elle n'est pas lue. Effacez les cellules remplies loin du tableau (Ctrl+Fin dans le tableur montre la dernière), ou enregistrez la feuille en CSV.`,
      };
    }
  }
  return undefined;
}

// What the perimeter importers (CSV, XLSX, GeoJSON, data·inclusion codes) share under
// fuzzing: the contract of an ImportResult, and generators of tables, cells, codes,
// encodings and archives. Each importer's test file mixes these with its own.
import fc from "fast-check";
import { zipArchive } from "../helpers/xlsx-writer.ts";
import { anyText, checkProblem, wrongValue, type LocatedProblem } from "./fuzz-harness.ts";

// ---------------------------------------------------------------------------------------
// The contract.

/** Words of a JavaScript engine or library error, never of a French message. */
const ENGINE_WORDS = /Cannot read|Cannot set|is not a function|is not iterable|is not defined|of undefined|of null|Unexpected (token|end)|Invalid (array|string|time)|Maximum call stack|out of memory|\[object Object\]/;

/**
 * Problems about the file as a whole, which have no line nor path: the file name is then
 * the whole location. Anything else must say its line (and column) or its JSON path.
 */
const WHOLE_FILE = [
  /^fichier vide/,
  /^ce fichier (est|n'est)/,
  /^fichier lu en Windows-1252/,
  /^classeur/,
  /^feuille .* introuvable/,
  /^aucun polygone dans le fichier/,
  /^géométrie des communes non chargée/,
  /^objet GeoJSON attendu/,
  /^GeoJSON de type/,
  /^FeatureCollection sans liste/,
  /^liste de codes attendue/,
];

const ZONE_LEVELS = new Set(["commune", "epci", "departement", "region"]);

/**
 * The contract of an importer on one result (`file`: the name it was given): never a
 * throw, a well-formed result whose summary agrees with its lists, and every problem a
 * French message located by file and line, column or JSON path.
 */
export function checkImportResult(result: unknown, file: string): string[] {
  if (typeof result !== "object" || result === null) return [`résultat qui n'est pas un objet : ${String(result)}`];
  const { problems, migrations, facilitateurs, structures, summary, file: resultFile } = result as Record<string, unknown>;
  const broken: string[] = [];
  if (resultFile !== file) broken.push(`fichier du résultat ${JSON.stringify(resultFile)} au lieu de ${JSON.stringify(file)}`);
  if (!Array.isArray(problems) || !Array.isArray(migrations) || !Array.isArray(facilitateurs) || !Array.isArray(structures)) return [...broken, "listes manquantes (problems, migrations, facilitateurs, structures)"];
  if (typeof summary !== "object" || summary === null) return [...broken, "résumé manquant"];
  const counts = summary as Record<string, unknown>;
  for (const key of ["rowsRead", "blankLines", "duplicateRows", "facilitateurs", "zones", "communes", "codesMigrated", "errors", "warnings"]) {
    if (!Number.isInteger(counts[key]) || (counts[key] as number) < 0) broken.push(`résumé.${key} vaut ${String(counts[key])}`);
  }
  const errors = problems.filter((problem: { severity?: unknown }) => problem.severity === "error").length;
  if (counts["errors"] !== errors) broken.push(`résumé.errors = ${String(counts["errors"])}, ${errors} erreur(s) listée(s)`);
  if (counts["warnings"] !== problems.length - errors) broken.push(`résumé.warnings = ${String(counts["warnings"])}, ${problems.length - errors} avertissement(s) listé(s)`);
  if (counts["facilitateurs"] !== facilitateurs.length) broken.push("résumé.facilitateurs différent de la liste");
  const located = (problem: LocatedProblem & { line?: unknown; column?: unknown }) =>
    (Number.isInteger(problem.line) && (problem.line as number) >= 1) || typeof problem.path === "string" || WHOLE_FILE.some((pattern) => pattern.test(String(problem.message)));
  problems.forEach((problem: LocatedProblem & { file?: unknown; severity?: unknown; value?: unknown }, i) => {
    const where = `problems[${i}]`;
    broken.push(...checkProblem(problem, where, located));
    if (problem.file !== file) broken.push(`${where} : fichier ${JSON.stringify(problem.file)}`);
    if (problem.severity !== "error" && problem.severity !== "warning") broken.push(`${where} : gravité ${String(problem.severity)}`);
    if (typeof problem.message === "string" && ENGINE_WORDS.test(problem.message)) broken.push(`${where} : message de moteur JavaScript : ${problem.message.slice(0, 200)}`);
    if (problem.value !== undefined && typeof problem.value !== "string") broken.push(`${where} : valeur qui n'est pas un texte`);
  });
  facilitateurs.forEach((facilitateur: { key?: unknown; nom?: unknown; perimetre?: unknown; etp?: unknown }, i) => {
    if (typeof facilitateur.key !== "string" || typeof facilitateur.nom !== "string") broken.push(`facilitateurs[${i}] sans clé ou sans nom`);
    if (facilitateur.etp !== undefined && (typeof facilitateur.etp !== "number" || !Number.isFinite(facilitateur.etp) || facilitateur.etp < 0)) broken.push(`facilitateurs[${i}].etp vaut ${String(facilitateur.etp)}`);
    if (!Array.isArray(facilitateur.perimetre)) broken.push(`facilitateurs[${i}] sans périmètre`);
    else if (facilitateur.perimetre.some((zone: { niveau?: unknown; code?: unknown }) => !ZONE_LEVELS.has(String(zone.niveau)) || typeof zone.code !== "string" || zone.code === "")) broken.push(`facilitateurs[${i}] : zone mal formée`);
  });
  return broken;
}

/** What kind of answer a result is, to show what the inputs reach. */
export function classifyImportResult(result: unknown): string {
  const { summary, problems } = result as { summary: { errors: number; zones: number }; problems: { severity: string; message: string }[] };
  if (summary.errors === 0) return summary.zones > 0 ? "accepté" : "accepté sans zone";
  const first = problems.find((problem) => problem.severity === "error")!;
  return `refusé (${first.message.split(/[ :(,]/).slice(0, 2).join(" ")})`;
}

// ---------------------------------------------------------------------------------------
// Cells and codes.

/** Codes of every kind on the tiny territory: known, former, lost zero, unknown, Corsican, overseas, national, not codes. */
export const anyCode = fc.oneof(
  fc.constantFrom("01001", "1001", "01999", "02", "2", "03", "91", "92", "200000001", "200000003", "2A004", "2B033", "2a", "97411", "974", "99999", "00000", "france", "99100", "FRANCE", " 01002 ", "0100１", "1e3", "-1", "01001.0", "1001.5"),
  fc.stringMatching(/^[0-9AB]{1,10}$/),
  fc.string({ unit: "binary", maxLength: 12 }),
);

/** A cell of a spreadsheet: valid values of each column, wrong types, formulas, long and strange texts. */
export const anyCell = fc.oneof(
  { weight: 3, arbitrary: anyCode },
  { weight: 2, arbitrary: fc.constantFrom("0,5", "0.5", "50 %", "1", "12", "-1", "abc", "1e308", "NaN", "Infinity", "oui", "non", "OUI", "peut-être", "x", "facilitateur", "coordinateur régional", "en poste", "poste vacant", "vacant", "plie", "PLIE", "Maison de l'emploi") },
  { weight: 2, arbitrary: fc.constantFrom("2025-01-15", "15/01/2025", "31/02/2025", "2025-13-01", "0000-00-00", "45678", "a@exemple.fr", "pas une adresse", "01 23 45 67 89 (public)", "a@b.fr / c@d.fr (public)", "=SUM(A1)", "+33", "@", "\"", "\"\"", "''") },
  { weight: 1, arbitrary: fc.constantFrom("Commune 01001", "commune 01002", "Département 01", "Région 91", "EPCI 200000001", "Saint-Denis", "Élodie Lefèvre", "Hervé \"Rivière\" Dupont") },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\t", "\u00a0", "\uFEFF", "\u0000", "\r", "\n", ";", ",", "__proto__", "constructor", "toString") },
);

/** Header names: every recognised column, in several spellings, and unknown ones. */
export const anyHeaderName = fc.constantFrom(
  "Facilitateur",
  "identifiant",
  "Nom du facilitateur",
  "Structure",
  "identifiant structure",
  "siège structure",
  "type structure",
  "ETP",
  "Quotité",
  "rôle",
  "statut",
  "email",
  "téléphone",
  "mise à jour",
  "niveau",
  "code",
  "Code INSEE",
  "depcom",
  "Commune",
  "Département",
  "EPCI",
  "SIREN",
  "région",
  "Extension",
  "nom de la zone",
  "zone_eligibilite",
  "colonne inconnue",
  "",
  "__proto__",
);

/** A table: a header (usually with a who and a where column), optional title rows, data rows, duplicates. */
export const anyTable: fc.Arbitrary<string[][]> = fc
  .record({
    titles: fc.array(fc.array(anyCell, { maxLength: 2 }), { maxLength: 2 }),
    header: fc.oneof(
      { weight: 3, arbitrary: fc.shuffledSubarray(["Facilitateur", "Structure", "ETP", "Code INSEE", "Commune", "Département", "Extension", "niveau", "code", "EPCI", "statut", "email", "mise à jour", "identifiant"], { minLength: 2 }) },
      { weight: 1, arbitrary: fc.array(anyHeaderName, { minLength: 1, maxLength: 8 }) },
    ),
    rows: fc.array(fc.array(anyCell, { maxLength: 10 }), { maxLength: 12 }),
    duplicate: fc.nat({ max: 3 }),
  })
  .map(({ titles, header, rows, duplicate }) => {
    const data = rows.map((row) => row.slice(0, header.length + (row.length % 3 === 0 ? 1 : 0)));
    for (let k = 0; k < duplicate && data.length > 0; k++) data.push([...data[k % data.length]!]);
    return [...titles, header, ...data];
  });

/** A well-formed table on the tiny territory, to be damaged by the generators. */
export const VALID_TABLE: string[][] = [
  ["Facilitateur", "Structure", "ETP", "Code INSEE", "Commune", "Département", "Extension"],
  ["Élodie Lefèvre", "PLIE de test", "0,5", "01001", "Commune 01001", "01", "non"],
  ["Élodie Lefèvre", "PLIE de test", "0,5", "1002", "Commune 01002", "01", "non"],
  ["Élodie Lefèvre", "PLIE de test", "0,5", "01999", "", "", "oui"],
  ["Hervé Dupont", "Maison de l'emploi", "1", "", "Commune 02002", "02", "non"],
  ["Hervé Dupont", "Maison de l'emploi", "1", "02003", "", "", "non"],
];

// ---------------------------------------------------------------------------------------
// Text, encodings and bytes.

/** A table as CSV text: separator, quoting of every cell or only of the cells that need it, line ends. */
export function csvText(rows: readonly (readonly string[])[], separator: string, quoteAll: boolean, lineEnd: string): string {
  const quote = (cell: string) => (quoteAll || cell.includes(separator) || cell.includes('"') || cell.includes("\n") || cell.includes("\r") ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(separator)).join(lineEnd);
}

export const anyCsvText: fc.Arbitrary<string> = fc
  .record({ rows: fc.oneof(anyTable, fc.constant(VALID_TABLE)), separator: fc.constantFrom(";", ",", "\t", "|"), quoteAll: fc.boolean(), lineEnd: fc.constantFrom("\r\n", "\n", "\r") })
  .map(({ rows, separator, quoteAll, lineEnd }) => csvText(rows, separator, quoteAll, lineEnd));

/** UTF-16 (little or big endian), with or without byte order mark. */
function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = bom ? `\uFEFF${text}` : text;
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    bytes[2 * i + (bigEndian ? 1 : 0)] = unit & 0xff;
    bytes[2 * i + (bigEndian ? 0 : 1)] = unit >> 8;
  }
  return bytes;
}

/** Latin-1 bytes of a text (characters above U+00FF become `?`), as Excel under Windows writes them. */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => (char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : 0x3f));
}

/** The bytes of a text in every encoding a file may come in, correct or not. */
export function encoded(text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 4, arbitrary: text.map((t) => new TextEncoder().encode(t)) },
    { weight: 1, arbitrary: text.map((t) => new TextEncoder().encode(`\uFEFF${t}`)) },
    { weight: 2, arbitrary: text.map(latin1) },
    { weight: 1, arbitrary: fc.tuple(text, fc.boolean(), fc.boolean()).map(([t, bigEndian, bom]) => utf16(t, bigEndian, bom)) },
    // Latin-1 bytes in the middle of UTF-8 (a file pasted together from two sources).
    {
      weight: 1,
      arbitrary: fc.tuple(text, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 }).map((bytes) => bytes.map((b) => 0x80 | b))).map(([t, at, bad]) => {
        const utf8 = new TextEncoder().encode(t);
        const cut = utf8.length === 0 ? 0 : at % utf8.length;
        return concat(utf8.subarray(0, cut), bad, utf8.subarray(cut));
      }),
    },
  );
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/** `bytes` cut at any point (an interrupted download). */
export function truncatedBytes(bytes: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  return fc.tuple(bytes, fc.nat()).map(([b, at]) => b.subarray(0, b.length === 0 ? 0 : at % b.length));
}

/** `bytes` with a few bytes overwritten (a damaged file). */
export function flippedBytes(bytes: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  return fc.tuple(bytes, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })).map(([b, edits]) => {
    const copy = b.slice();
    for (const [at, value] of edits) if (copy.length > 0) copy[at % copy.length] = value;
    return copy;
  });
}

/** Random bytes, and random bytes behind the magic numbers of other formats. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.tuple(fc.constantFrom([0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0x25, 0x50, 0x44, 0x46], [0x1f, 0x8b], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]), fc.uint8Array({ maxLength: 300 })).map(([magic, rest]) => concat(Uint8Array.from(magic), rest)),
  anyText().map((text) => new TextEncoder().encode(text)),
);

/** A cell of 1 Mo (or 100 Ko), of one repeated character, inside a valid table. */
export function hugeCellTable(): fc.Arbitrary<string[][]> {
  return fc.record({ size: fc.constantFrom(100_000, 1_000_000), char: fc.constantFrom("a", "é", "0", ";", '"', " "), row: fc.integer({ min: 0, max: VALID_TABLE.length - 1 }), column: fc.integer({ min: 0, max: 6 }) }).map(({ size, char, row, column }) => {
    const rows = VALID_TABLE.map((cells) => [...cells]);
    rows[row]![column] = char.repeat(size);
    return rows;
  });
}

// ---------------------------------------------------------------------------------------
// Zip archives (an .xlsx is one).


/** Zips that are not workbooks: a document, pictures, an empty archive, an .xlsx without its sheets. */
export const zipNotXlsx: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.constant(zipArchive({})),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), fc.oneof(anyText(), fc.uint8Array({ maxLength: 100 })), { maxKeys: 4 }).map((files) => zipArchive(files)),
  fc.constant(zipArchive({ "word/document.xml": "<w:document/>", "[Content_Types].xml": "<Types/>" })),
  fc.constant(zipArchive({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook><sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" })),
  fc.constant(zipArchive({ "xl/workbook.xml": "pas du XML", "xl/worksheets/sheet1.xml": "<<<" })),
);

export { wrongValue };

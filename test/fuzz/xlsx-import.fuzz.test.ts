// Fuzzing the XLSX importer and the table layer it feeds. importXlsx must answer every
// byte string (random bytes, zips that are not workbooks, damaged or truncated workbooks,
// sheets with wrong types, cells of 1 Mo, unknown sheet names) with a well-formed result,
// and importTable (the rows a sheet or a CSV becomes) every table of cells.
import fc from "fast-check";
import { describe } from "vitest";
import { importTable } from "../../src/io/table-import.ts";
import { importXlsx } from "../../src/io/xlsx-import.ts";
import { IMPORT_FIELDS } from "../../src/io/column-mapping.ts";
import { tinyTerritory } from "../fixtures/tiny-territory.ts";
import { writeXlsx } from "../helpers/xlsx-writer.ts";
import { fuzzReader } from "./fuzz-harness.ts";
import { anyBytes, anyCell, anyTable, checkImportResult, classifyImportResult, flippedBytes, hugeCellTable, truncatedBytes, VALID_TABLE, zipNotXlsx } from "./import-fuzz-kit.ts";

const FILE = "perimetres.xlsx";

/** A sheet's cells: texts, numbers (as Excel stores ETP, codes that lost their zero, dates as serial numbers) and empty cells. */
const sheetCell = fc.oneof({ weight: 4, arbitrary: anyCell }, { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1001, 0.5, 45678, 1e21, -0)) }, { weight: 1, arbitrary: fc.constant(null) });
// XML 1.0 cannot hold most control characters: the writer would make a file no tool writes.
const xmlAllowed = (char: string) => {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code !== 0xfffe && code !== 0xffff && (code < 0xd800 || code > 0xdfff);
};
const xmlSafe = (cell: string | number | null) => (typeof cell === "string" ? Array.from(cell).filter(xmlAllowed).join("") : cell);
const sheet = fc.oneof(anyTable.map((rows) => rows.map((row) => row.map(xmlSafe))), fc.array(fc.array(sheetCell, { maxLength: 8 }), { maxLength: 10 }).map((rows) => rows.map((row) => row.map(xmlSafe))));
const workbook = fc.tuple(sheet, fc.constantFrom("Feuil1", "Périmètres", "Sheet & <1>")).map(([rows, name]) => writeXlsx({ [name]: rows }));
const validWorkbook = writeXlsx({ Feuil1: VALID_TABLE });

interface XlsxInput {
  bytes: Uint8Array;
  sheet?: string | number;
}

const xlsxInputs: fc.Arbitrary<XlsxInput> = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: workbook },
      { weight: 2, arbitrary: anyBytes },
      { weight: 2, arbitrary: zipNotXlsx },
      { weight: 2, arbitrary: truncatedBytes(fc.oneof(workbook, fc.constant(validWorkbook))) },
      { weight: 2, arbitrary: flippedBytes(fc.constant(validWorkbook)) },
    ),
    fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom<string | number>("Feuil1", "Inconnue", 2, 0, -1, 1.5, "") }),
  )
  .map(([bytes, sheetName]) => (sheetName === undefined ? { bytes } : { bytes, sheet: sheetName }));

function corpus(): XlsxInput[] {
  return [
    { bytes: new Uint8Array() },
    { bytes: validWorkbook },
    { bytes: validWorkbook, sheet: "Inconnue" },
    { bytes: writeXlsx({ Feuil1: [] }) },
    { bytes: writeXlsx({ Feuil1: [["Facilitateur", "Code INSEE"], ["A", "0".repeat(1_000_000)]] }) },
    ...fc.sample(hugeCellTable(), { numRuns: 2, seed: 1 }).map((rows) => ({ bytes: writeXlsx({ Feuil1: rows }) })),
    { bytes: writeXlsx({ Feuil1: [["Facilitateur", "Code INSEE"], ...Array.from({ length: 5_000 }, () => ["A", 1001])] }) },
    { bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
    { bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04]) },
  ];
}

const showInput = (input: XlsxInput) => `${input.bytes.length} octets${input.sheet === undefined ? "" : `, feuille ${JSON.stringify(input.sheet)}`} : ${Buffer.from(input.bytes.subarray(0, 200)).toString("base64")}`;

describe("fuzz de l'import XLSX", () => {
  const { index } = tinyTerritory();
  // Each case unzips and parses XML (about 1 ms, 10 for a damaged archive): 3,000 cases keep
  // this file within its share of the fuzz folder's time; the table layer below takes 10,000.
  fuzzReader<XlsxInput>({
    name: "xlsx",
    inputs: xlsxInputs,
    corpus: corpus(),
    runs: 3_000,
    read: (input) => importXlsx(input.bytes, { index }, { file: FILE, ...(input.sheet !== undefined && { sheet: input.sheet }) }),
    check: (result) => checkImportResult(result, FILE),
    classify: classifyImportResult,
    show: showInput,
  });
});

/** Rows as a sheet or a CSV gives them to importTable: lines in order (gaps where blank lines were), cells as text. */
const tableRows = fc.tuple(fc.oneof(anyTable, fc.constant(VALID_TABLE), fc.array(fc.array(sheetCell.map((cell) => (cell === null ? "" : String(cell))), { maxLength: 8 }), { maxLength: 10 })), fc.array(fc.nat({ max: 3 }), { maxLength: 20 })).map(([rows, gaps]) => {
  let line = 0;
  return rows.map((cells, i) => ({ line: (line += 1 + (gaps[i] ?? 0)), cells }));
});

/** Column choices as the preview's selects make them, and wrong ones (unknown names, columns out of range). */
const mappingChoice = fc.dictionary(fc.constantFrom(...IMPORT_FIELDS), fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constant(null), fc.constantFrom("Code INSEE", "inconnue", "", "__proto__")), { maxKeys: 4 });

describe("fuzz de la lecture des tableaux (CSV et XLSX)", () => {
  const { index } = tinyTerritory();
  fuzzReader({
    name: "table",
    inputs: fc.tuple(tableRows, fc.option(mappingChoice, { freq: 4 })),
    read: ([rows, mapping]) => importTable(index, rows, { format: "xlsx", blankLines: 0 }, { file: FILE, ...(mapping !== null && { mapping }) }),
    check: (result) => checkImportResult(result, FILE),
    classify: classifyImportResult,
  });
});

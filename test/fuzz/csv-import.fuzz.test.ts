// Fuzzing the CSV importer: whatever the bytes (random, truncated, UTF-16, Latin-1 inside
// UTF-8, a zip, cells of 1 Mo, wrong types, duplicated rows, unknown codes), importCsv
// answers a well-formed result whose every problem is located and in French; never throws.
import fc from "fast-check";
import { describe } from "vitest";
import { importCsv } from "../../src/io/csv-import.ts";
import { tinyTerritory } from "../fixtures/tiny-territory.ts";
import { fuzzReader } from "./fuzz-harness.ts";
import { anyBytes, anyCsvText, checkImportResult, classifyImportResult, concat, csvText, encoded, flippedBytes, hugeCellTable, latin1, truncatedBytes, VALID_TABLE, zipNotXlsx } from "./import-fuzz-kit.ts";
import { zipArchive } from "../helpers/xlsx-writer.ts";

const FILE = "perimetres.csv";
const utf8 = (text: string) => new TextEncoder().encode(text);
const validText = csvText(VALID_TABLE, ";", false, "\r\n");

const csvInputs: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 400, arbitrary: encoded(anyCsvText) },
  { weight: 100, arbitrary: anyBytes },
  { weight: 100, arbitrary: truncatedBytes(encoded(anyCsvText)) },
  { weight: 100, arbitrary: flippedBytes(encoded(fc.constant(validText))) },
  { weight: 50, arbitrary: zipNotXlsx },
  // Unbalanced quotes, separators and line ends anywhere in a valid file.
  {
    weight: 100,
    arbitrary: fc.array(fc.tuple(fc.nat({ max: validText.length }), fc.constantFrom('"', ";", "\r", "\n", "\r\n", '""', ',"', "\u0000")), { minLength: 1, maxLength: 5 }).map((edits) => {
      let text = validText;
      for (const [at, insert] of edits) text = text.slice(0, at) + insert + text.slice(at);
      return utf8(text);
    }),
  },
  // Rarely (about 1 input in 850, each costs ~100 ms): one cell of 100 Ko or 1 Mo (a pasted
  // document, a runaway formula). The corpus has more.
  { weight: 1, arbitrary: fc.tuple(hugeCellTable(), fc.constantFrom(";", ",")).map(([rows, separator]) => utf8(csvText(rows, separator, true, "\n"))) },
);

/** Extremes tried on every run. */
function corpus(): Uint8Array[] {
  const header = "Facilitateur;Code INSEE\n";
  return [
    new Uint8Array(),
    Uint8Array.from([0xef, 0xbb, 0xbf]),
    Uint8Array.from([0xff, 0xfe]),
    utf8("\n\n\r\n;;;\n"),
    utf8(header),
    utf8(`${header}"`),
    utf8(`${header}A;"01001\n`),
    utf8(`${header}${"A;01001\n".repeat(20_000)}`),
    utf8(`${header}${Array.from({ length: 5_000 }, (_, i) => `P${i};${String(10_000 + i).padStart(5, "0")}`).join("\n")}`),
    utf8(`${header}A;${"0".repeat(1_000_000)}`),
    utf8(`${header}${"é".repeat(1_000_000)};01001`),
    utf8(`Facilitateur;${"x;".repeat(50_000)}Code INSEE\nA;01001`),
    utf8(`"${"a".repeat(1_000_000)}`),
    latin1(`${header}Hervé;01001\n`),
    concat(utf8(header), Uint8Array.from([0xe9, 0xe8]), utf8(";01001")),
    zipArchive({ "xl/workbook.xml": "<workbook/>" }),
    Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    new Uint8Array(100_000),
  ];
}

describe("fuzz de l'import CSV", () => {
  const { index } = tinyTerritory();
  fuzzReader<Uint8Array>({
    name: "csv",
    inputs: csvInputs,
    corpus: corpus(),
    read: (bytes) => importCsv(bytes, { index }, { file: FILE }),
    check: (result) => checkImportResult(result, FILE),
    classify: classifyImportResult,
  });
});

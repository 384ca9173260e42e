// Fuzzing the data·inclusion code-list importer: JSON arrays and objects of codes damaged
// at every path, comma-separated text, CSV columns, unknown and former codes, duplicates,
// deep nesting, huge strings, any text. importZoneCodes answers a well-formed result whose
// problems are located (JSON path, or line and column); never throws.
import fc from "fast-check";
import { describe } from "vitest";
import { importZoneCodes } from "../../src/io/zone-codes.ts";
import { tinyTerritory } from "../fixtures/tiny-territory.ts";
import { anyJsonText, anyText, corrupted, deepNesting, fuzzReader, hugeString, mutatedDocument, truncated, wrongValue } from "./fuzz-harness.ts";
import { anyCode, checkImportResult, classifyImportResult, csvText } from "./import-fuzz-kit.ts";

const FILE = "zones-eligibilite.json";

const VALID = [
  { id: "F1", nom: "Poste 1", structure: "PLIE", zone_eligibilite: ["01001", "200000003", "02"], extensions_limitrophes: ["03001"] },
  { id: "F2", nom: "Poste 2", zone_eligibilite: "01002, 1003, 01999", extensions_limitrophes: [] },
  { id: "F1", nom: "Poste 1 en double", zone_eligibilite: ["france"] },
];

const record = fc.record(
  {
    id: fc.oneof(fc.constantFrom("F1", "F2", ""), wrongValue()),
    nom: fc.oneof(fc.constantFrom("Poste 1", "Poste 2"), wrongValue()),
    zone_eligibilite: fc.oneof(fc.array(fc.oneof({ weight: 4, arbitrary: anyCode }, { weight: 1, arbitrary: wrongValue() }), { maxLength: 8 }), anyCode, fc.array(anyCode, { maxLength: 6 }).map((codes) => codes.join(", ")), wrongValue()),
    extensions_limitrophes: fc.oneof(fc.array(anyCode, { maxLength: 4 }), wrongValue()),
  },
  { requiredKeys: [] },
);

const codesInputs: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: fc.oneof(fc.array(record, { maxLength: 5 }), record, fc.array(fc.oneof(anyCode, fc.integer()), { maxLength: 10 })).map((value) => JSON.stringify(value)) },
  { weight: 40, arbitrary: mutatedDocument(VALID, fc.oneof(wrongValue(), anyCode)).map((document) => JSON.stringify(document, null, 2)) },
  // A CSV column or plain text of codes.
  { weight: 20, arbitrary: fc.tuple(fc.constantFrom("zone_eligibilite", "code", "Code INSEE", "codes", ""), fc.array(fc.array(anyCode, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), fc.constantFrom(";", ",", "\t")).map(([header, rows, separator]) => csvText([[header, "nom"], ...rows], separator, false, "\n")) },
  { weight: 10, arbitrary: fc.array(anyCode, { maxLength: 12 }).chain((codes) => fc.constantFrom(", ", ",", " ", "\n", ";").map((separator) => codes.join(separator))) },
  { weight: 20, arbitrary: anyText() },
  { weight: 10, arbitrary: anyJsonText() },
  { weight: 15, arbitrary: truncated(JSON.stringify(VALID, null, 2)) },
  { weight: 15, arbitrary: corrupted(JSON.stringify(VALID)) },
  // Rare (about 1 input in 170 each, ~30 ms each): nesting 100,000 deep, strings of millions of characters.
  { weight: 1, arbitrary: fc.oneof(deepNesting((nested) => `{"zone_eligibilite":${nested}}`), deepNesting()) },
  { weight: 1, arbitrary: hugeString((json) => `[{"nom":"P","zone_eligibilite":${json}}]`) },
);

function corpus(): string[] {
  const deep = 100_000;
  return [
    "",
    "\uFEFF",
    " \n ",
    "null",
    "[]",
    "{}",
    "[[]]",
    '{"zone_eligibilite":null}',
    '{"zone_eligibilite":""}',
    "france",
    "zone_eligibilite\n",
    "[".repeat(deep),
    `{"zone_eligibilite":${"[".repeat(deep)}${"]".repeat(deep)}}`,
    JSON.stringify(Array.from({ length: 50_000 }, () => "99999")),
    JSON.stringify([{ nom: "P", zone_eligibilite: "01001,".repeat(200_000) }]),
    `zone_eligibilite\n${"01001\n".repeat(100_000)}`,
    "0".repeat(1_000_000),
    `{"__proto__":{"zone_eligibilite":["01001"]},"zone_eligibilite":["02"]}`,
  ];
}

describe("fuzz de l'import des listes de codes data·inclusion", () => {
  const { index } = tinyTerritory();
  fuzzReader<string>({
    name: "codes data.inclusion",
    inputs: codesInputs,
    corpus: corpus(),
    read: (text) => importZoneCodes(text, { index }, { file: FILE }),
    check: (result) => checkImportResult(result, FILE),
    classify: classifyImportResult,
  });
});

// Fuzzing the DECP readers (regulatory JSON and consolidated tables): the fixtures damaged
// at every path, truncated and corrupted, generated tables of any cells, any text, cut in
// pieces of any size. Each reader answers records and located problems; never throws.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe } from "vitest";
import { createDecpReader, readDecpBytes, type DecpTextFormatId } from "../../src/io/decp-file.ts";
import type { DecpRecord } from "../../src/domain/needs/decp-record.ts";
import type { ImportProblem } from "../../src/io/importer.ts";
import { anyJsonText, anyText, checkProblem, corrupted, deepNesting, fuzzReader, mutatedDocument, truncated, wrongValue } from "./fuzz-harness.ts";
import { anyCell, csvText } from "./import-fuzz-kit.ts";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/decp/${name}`, import.meta.url)), "utf8");
const JSON_TEXT = fixture("marches-cas.json");
const CSV_TEXT = fixture("marches-cas.csv");
const HEADER = CSV_TEXT.split("\r\n", 1)[0]!.split(";");

interface Input {
  text: string;
  /** Size of the pieces the text is cut in. */
  piece: number;
}

interface Reading {
  records: DecpRecord[];
  problems: ImportProblem[];
  /** Records of the same text read whole (bytes): pieces must not change them. */
  wholeRecords: number;
}

/** Reads the text in pieces, as the command line streams a file, and whole, as the app does. */
function readInPieces(format: DecpTextFormatId, { text, piece }: Input): Reading {
  const whole = readDecpBytes(new TextEncoder().encode(text), format, { file: "f" });
  const records: DecpRecord[] = [];
  const problems: ImportProblem[] = [];
  const reader = createDecpReader(format, "f", { record: (record) => records.push(record), problem: (problem) => problems.push(problem) });
  for (let at = 0; at < text.length; at += piece) reader.push(text.slice(at, at + piece));
  reader.end();
  return { records, problems, wholeRecords: whole.records.length };
}

/** A file-level problem (empty file, not DECP) may have no place; any other has its line or path. */
const located = (problem: ImportProblem) => problem.line !== undefined || problem.path !== undefined || problem.severity === "error";

function check(result: unknown): string[] {
  const read = result as Reading;
  const faults: string[] = [];
  if (!Array.isArray(read.records) || !Array.isArray(read.problems)) return ["résultat mal formé"];
  if (read.wholeRecords !== read.records.length) faults.push(`lu par morceaux ${read.records.length} marchés, lu d'un coup ${read.wholeRecords}`);
  read.problems.forEach((problem, k) => faults.push(...checkProblem(problem, `problems[${k}]`, (p) => located(p as ImportProblem))));
  for (const record of read.records) {
    if (typeof record.acheteurId !== "string" || typeof record.id !== "string") faults.push("marché sans acheteur ni identifiant textuels");
    if (record.montant !== null && !Number.isFinite(record.montant)) faults.push(`montant non fini : ${record.montant}`);
    if (!Number.isInteger(record.line) || record.line < 1) faults.push(`ligne invalide : ${record.line}`);
  }
  return faults;
}

const piece = fc.oneof(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 17, max: 5000 }));

describe("lecteurs DECP", () => {
  fuzzReader<Input>({
    name: "decp-json",
    runs: 3_000,
    inputs: fc.record({
      text: fc.oneof(
        { weight: 40, arbitrary: mutatedDocument(JSON.parse(JSON_TEXT), wrongValue()).map((document) => JSON.stringify(document, null, 1)) },
        { weight: 15, arbitrary: truncated(JSON_TEXT) },
        { weight: 15, arbitrary: corrupted(JSON_TEXT) },
        { weight: 10, arbitrary: anyJsonText() },
        { weight: 10, arbitrary: anyText() },
        { weight: 1, arbitrary: deepNesting((nested) => `{"marches":{"marche":[${nested}]}}`) },
      ),
      piece,
    }),
    corpus: [{ text: "", piece: 1 }, { text: '{"marches":{"marche":[', piece: 3 }, { text: '{"marches":{"marche":[1,"a",null,[]]}}', piece: 2 }, { text: '{"a\\u00":1}', piece: 1 }],
    read: (input) => readInPieces("decp-json", input),
    check,
    show: (input) => `${JSON.stringify(input.text.slice(0, 300))} (morceaux de ${input.piece})`,
  });

  fuzzReader<Input>({
    name: "decp-table",
    runs: 3_000,
    inputs: fc.record({
      text: fc.oneof(
        { weight: 30, arbitrary: fc.tuple(fc.array(fc.array(anyCell, { minLength: 1, maxLength: HEADER.length + 2 }), { maxLength: 8 }), fc.constantFrom(";", ",", "\t"), fc.boolean(), fc.constantFrom("\n", "\r\n")).map(([rows, separator, quoteAll, end]) => csvText([HEADER, ...rows], separator, quoteAll, end)) },
        { weight: 15, arbitrary: truncated(CSV_TEXT) },
        { weight: 15, arbitrary: corrupted(CSV_TEXT) },
        { weight: 10, arbitrary: anyText() },
      ),
      piece,
    }),
    corpus: [{ text: "", piece: 1 }, { text: `${HEADER.join(";")}\n"`, piece: 1 }, { text: `${HEADER.join(";")}\r`, piece: 1 }],
    read: (input) => readInPieces("decp-table", input),
    check,
    show: (input) => `${JSON.stringify(input.text.slice(0, 300))} (morceaux de ${input.piece})`,
  });
});


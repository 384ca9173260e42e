// A DECP file's records packed in columns (what crosses from the worker and is saved) come
// back exactly as the readers made them, for both shapes of file.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { packRecords, unpackRecord } from "../../../src/domain/needs-readings.ts";
import { readDecpBytes } from "../../../src/io/decp-file.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/decp/${name}`, import.meta.url)));

describe("marchés rangés en colonnes", () => {
  it.each([
    ["marches-cas.json", "decp-json"],
    ["marches-cas.csv", "decp-table"],
  ] as const)("%s : chaque marché revient tel quel", (name, format) => {
    const { records } = readDecpBytes(fixture(name), format, { file: name });
    expect(records.length).toBeGreaterThan(0);
    const packed = packRecords(records);
    expect(packed.count).toBe(records.length);
    expect(records.map((_, r) => unpackRecord(packed, r))).toEqual(records);
  });
});

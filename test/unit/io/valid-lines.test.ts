// « Appliquer seulement les lignes sans erreur »: an explicit choice that leaves the lines in
// error out, lists them with their reasons, and reads the others as if they were alone.
import { describe, expect, it } from "vitest";
import { importCsv } from "../../../src/io/csv-import.ts";
import { mergeImport } from "../../../src/io/import-merge.ts";
import { formatSummary } from "../../../src/io/importer.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const tiny = tinyTerritory();
const utf8 = (text: string) => new TextEncoder().encode(text);
const CSV = [
  "facilitateur;structure;ETP;code INSEE",
  "Anne;S1;1;01001",
  "Anne;S1;1;99999", // unknown commune: line 3
  "Bruno;S2;abc;02002", // ETP not a number: line 4
  "Bruno;S2;0,5;02003",
  "Chloé;S2;0,5;02004",
  "Chloé;S2;0,8;03001", // ETP differs from line 6: line 7
].join("\n");

describe("appliquer les lignes sans erreur", () => {
  it("sans ce choix, les erreurs bloquent et rien n'est écarté", () => {
    const result = importCsv(utf8(CSV), tiny, { file: "p.csv" });
    expect(result.summary.errors).toBe(3);
    expect(result.leftOut).toBeUndefined();
  });

  it("avec ce choix, écarte les lignes 3, 4 et 7, dit pourquoi, et lit les autres comme seules", () => {
    const result = importCsv(utf8(CSV), tiny, { file: "p.csv", validLinesOnly: true });
    expect(result.summary.errors).toBe(0);
    expect(result.summary.linesLeftOut).toBe(3);
    expect(result.leftOut?.map((line) => line.line)).toEqual([3, 4, 7]);
    expect(result.leftOut?.[1]?.reasons.join()).toContain('colonne « ETP », valeur "abc"');
    expect(result.facilitateurs.map((f) => [f.nom, f.etp, f.perimetre.map((z) => z.code)])).toEqual([
      ["Anne", 1, ["01001"]],
      ["Bruno", 0.5, ["02003"]],
      ["Chloé", 0.5, ["02004"]],
    ]);
    expect(formatSummary(result.summary)).toContain("Lignes écartées (erreurs) : 3");
    const merged = mergeImport(tinyProject(), result, { index: tiny.index, today: "2026-02-01" });
    expect(merged.changes.map((change) => change.kind)).toEqual(["added", "added", "added"]);
  });

  it("n'écarte rien quand l'erreur n'est pas celle d'une ligne (en-tête sans colonne de zone)", () => {
    const result = importCsv(utf8("facilitateur;structure\nAnne;S1\n"), tiny, { file: "p.csv", validLinesOnly: true });
    expect(result.summary.errors).toBeGreaterThan(0);
    expect(result.leftOut).toBeUndefined();
  });
});

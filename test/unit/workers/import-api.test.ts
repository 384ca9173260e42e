// The import worker's functions, run on the main thread as the fallback does: progress from
// 0 to 1, and results that list at most MAX_LISTED_PROBLEMS problems (errors first).
import { describe, expect, it } from "vitest";
import { capImportResult, MAX_LISTED_PROBLEMS, readImportJob } from "../../../src/workers/import-api.ts";
import { tinyTerritory } from "../../fixtures/tiny-territory.ts";

describe("lecture d'un import hors du fil principal (fonctions du worker)", () => {
  const { index } = tinyTerritory();

  it("lit un CSV en annonçant sa progression, de 0 à 1, sans jamais reculer", async () => {
    const lines = ["Facilitateur;Code INSEE", ...Array.from({ length: 30_000 }, (_, i) => `Poste ${i % 7};${["01001", "01002", "02003"][i % 3]}`)];
    const seen: number[] = [];
    const outcome = await readImportJob({ kind: "csv", file: "p.csv", bytes: new TextEncoder().encode(lines.join("\n")) }, index, (fraction) => seen.push(fraction));
    expect(outcome.kind).toBe("perimeters");
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((fraction, i) => i === 0 || fraction >= seen[i - 1]!)).toBe(true);
  });

  it("ne liste que les premiers problèmes, les erreurs d'abord, et compte les autres", async () => {
    // 3,000 duplicate lines (warnings) before 1,500 unknown codes (errors).
    const lines = ["Facilitateur;Code INSEE", ...Array.from({ length: 3_001 }, () => "A;01001"), ...Array.from({ length: 1_500 }, (_, i) => `B${i};99999`)];
    const outcome = await readImportJob({ kind: "csv", file: "p.csv", bytes: new TextEncoder().encode(lines.join("\n")) }, index);
    if (outcome.kind !== "perimeters") throw new Error("résultat de périmètres attendu");
    expect(outcome.result.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(outcome.result.problems.every((problem) => problem.severity === "error")).toBe(true);
    expect(outcome.result.summary.errors).toBe(1_500);
    expect(outcome.omitted.problems).toBe(outcome.result.summary.errors + outcome.result.summary.warnings - MAX_LISTED_PROBLEMS);
  });

  it("garde le résultat tel quel sous la limite", () => {
    const result = { problems: [{ file: "f", message: "m", severity: "warning" as const }], migrations: [] } as unknown as Parameters<typeof capImportResult>[0];
    expect(capImportResult(result).omitted).toEqual({ problems: 0, migrations: 0 });
  });
});

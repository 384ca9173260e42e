// Coverage on the hand-made territory: who covers each commune, and how many ETP reach it.
import { describe, expect, it } from "vitest";
import { computeCoverage, shareOfEtp } from "../../../src/domain/coverage.ts";
import { computeOverlaps } from "../../../src/domain/overlaps.ts";
import { expandPerimeters } from "../../../src/domain/perimeter.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const { index } = tinyTerritory();
const project = tinyProject();
const perimeters = expandPerimeters(index, project.facilitateurs.map((f) => f.perimetre));
const coverage = computeCoverage(index, project.facilitateurs, perimeters);
const at = (code: string) => index.communeIndex.get(code)!;
const ids = (code: string) => Array.from(coverage.facilitateurs.subarray(coverage.offsets[at(code)], coverage.offsets[at(code) + 1]), (f) => project.facilitateurs[f]!.id);

describe("computeCoverage", () => {
  it("liste les facilitateurs de chaque commune, territoire d'origine d'abord", () => {
    expect(ids("01003")).toEqual(["F1", "F2"]);
    expect(ids("02001")).toEqual(["F2"]); // EPCI across two départements
    expect(ids("02003")).toEqual(["F3", "F4"]); // the vacant post still covers
    expect(ids("03002")).toEqual(["F5"]);
    expect(coverage.homeCount[at("03002")]).toBe(0);
    expect(coverage.extensionCount[at("03002")]).toBe(1);
    expect(ids("03003")).toEqual([]);
  });

  it("ne fait pas couvrir les coordinateurs régionaux", () => {
    expect(Array.from(coverage.covers)).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect(ids("01002")).toEqual(["F1"]);
  });

  it("répartit les ETP par population ; un poste vacant compte 0 ETP", () => {
    // F1: 1 ETP over 35,000 habitants; F2: 0.5 ETP over 51,000 (EPCI 2 counted once, plus 01003).
    expect(coverage.capacityEtp[at("01002")]).toBeCloseTo((1 * 20_000) / 35_000, 12);
    expect(coverage.capacityEtp[at("01003")]).toBeCloseTo((1 * 5_000) / 35_000 + (0.5 * 5_000) / 51_000, 12);
    expect(coverage.capacityEtp[at("02004")]).toBe(0);
    expect(coverage.etpPer100k[at("02003")]).toBeCloseTo((0.1 * 100_000) / 38_000, 12);
    expect(Array.from(coverage.effectiveEtp)).toEqual([1, 0.5, 0.1, 0, 1, 0.8, 0]);
    const spread = coverage.capacityEtp.reduce((a, b) => a + b, 0);
    expect(spread).toBeCloseTo(1 + 0.5 + 0.1 + 1, 12); // F6 has no perimeter: its 0.8 ETP reach no commune
  });

  it("répartit à parts égales quand le périmètre n'a aucun habitant", () => {
    const zero = expandPerimeters(index, [[{ niveau: "commune", code: "03003" }]]);
    expect(shareOfEtp(index, zero, 0.6, 0, at("03003"))).toBeCloseTo(0.6, 12);
  });
});

describe("computeOverlaps", () => {
  it("donne les communes couvertes deux fois et la matrice des paires", () => {
    const overlaps = computeOverlaps(index, coverage, project.facilitateurs.length);
    expect(overlaps.communes).toBe(2);
    expect(overlaps.population).toBe(13_000);
    expect(overlaps.pairs.map((p) => [project.facilitateurs[p.a]!.id, project.facilitateurs[p.b]!.id, p.communes, p.population])).toEqual([
      ["F3", "F4", 1, 8_000],
      ["F1", "F2", 1, 5_000],
    ]);
  });
});

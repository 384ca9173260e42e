// Indicators of the hand-made territory, worked out on paper.
import { describe, expect, it } from "vitest";
import { computeAll } from "../../../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../../../src/domain/spatial-links.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const territory = tinyTerritory();
const project = tinyProject();
const result = computeAll(territory.index, project, { links: linkProjectToCommunes(territory.index, territory.shapes, project) });
const { national, regions, departements } = result.indicators;

describe("indicateurs", () => {
  it("au niveau national", () => {
    expect(national).toMatchObject({
      level: "national",
      code: "FR",
      total: { communes: 13, population: 172_500, areaKm2: 120 },
      covered: { communes: 10, population: 171_000, areaKm2: 100 },
      zonesBlanches: {
        sansFacilitateur: { communes: 2, population: 500, areaKm2: 10 }, // 03003 and 03004 (no geometry: 0 km²)
        extensionSeulement: { communes: 1, population: 1_000, areaKm2: 10 },
        capaciteInsuffisante: { communes: 3, population: 40_000, areaKm2: 30 },
      },
      overlap: { communes: 2, population: 13_000 },
      facilitateurs: 6,
      vacantPosts: 1,
      structures: 3,
      acheteurs: 3,
      acheteursInZonesBlanches: 2, // A2 in 03003 (no facilitator), A3 placed by position in 02004 (short)
      coordinateurs: 1,
    });
    expect(national.etp).toBeCloseTo(3.4, 12); // by siège, F6 included although its perimeter is empty
    expect(national.deployedEtp).toBeCloseTo(2.6, 12); // what reaches communes
    expect(national.etpPer100k).toBeCloseTo((2.6 * 100_000) / 172_500, 12);
  });

  it("par région et par département, l'EPCI à cheval comptant dans ses deux départements", () => {
    expect(regions.map((r) => [r.code, r.total.communes, r.covered.communes, r.coordinateurs])).toEqual([
      ["91", 9, 9, 1],
      ["92", 4, 1, 0],
    ]);
    const d2 = departements.find((d) => d.code === "02")!;
    expect(d2.covered).toEqual({ communes: 4, population: 41_000, areaKm2: 40 });
    expect(d2.deployedEtp).toBeCloseTo((0.5 * 1_000) / 51_000 + 0.1, 12); // 02001 through EPCI 2, and F3
    expect(d2).toMatchObject({ facilitateurs: 2, vacantPosts: 1, structures: 1, acheteurs: 1, acheteursInZonesBlanches: 1 });
    expect(d2.etp).toBeCloseTo(0.1, 12);
  });

  it("dont les sommes régionales et départementales redonnent le national", () => {
    for (const rows of [regions, departements]) {
      for (const key of ["facilitateurs", "vacantPosts", "structures", "acheteurs", "acheteursInZonesBlanches"] as const) {
        expect(rows.reduce((sum, row) => sum + row[key], 0)).toBe(national[key]);
      }
      expect(rows.reduce((sum, row) => sum + row.total.population, 0)).toBe(national.total.population);
      expect(rows.reduce((sum, row) => sum + row.deployedEtp, 0)).toBeCloseTo(national.deployedEtp, 12);
    }
  });

  it("donne les régions non dotées et les grands projets", () => {
    expect(result.regionsSansCoordinateur).toEqual(["92"]);
    expect(result.grandsProjets).toEqual([
      { id: "G1", nom: "Projet 1", communes: 1, population: 2_000, coveredCommunes: 1, coveredPopulation: 2_000, coveredShare: 1, facilitateurs: [3] },
    ]);
  });

  it("refuse des liens spatiaux d'une autre version du projet", () => {
    const links = linkProjectToCommunes(territory.index, territory.shapes, { acheteurs: [], grandsProjets: [] });
    expect(() => computeAll(territory.index, project, { links })).toThrow("Liens spatiaux périmés");
  });
});

// A project cut to a territory, and the lists of every commune (those without a polygon said).
import { describe, expect, it } from "vitest";
import { computeAll } from "../../../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../../../src/domain/spatial-links.ts";
import { restrictProject } from "../../../src/domain/territory-scope.ts";
import { communeRows, communesWithoutGeometry } from "../../../src/domain/territory-tables.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const territory = tinyTerritory();
const project = tinyProject();
const links = linkProjectToCommunes(territory.index, territory.shapes, project);
const result = computeAll(territory.index, project, { links });

describe("projet réduit à un territoire", () => {
  it("garde les facilitateurs qui y interviennent, leurs structures, ses acheteurs et grands projets", () => {
    const d3 = restrictProject(territory.index, project, result.perimeters, links, { level: "departement", code: "03" });
    expect(d3.facilitateurs.map((f) => f.id)).toEqual(["F5"]);
    expect(d3.structures.map((s) => s.id)).toEqual(["S3"]);
    expect(d3.acheteurs.map((a) => a.id)).toEqual(["A2"]);
    expect(d3.grandsProjets).toEqual([]);
    const d2 = restrictProject(territory.index, project, result.perimeters, links, { level: "departement", code: "02" });
    expect(d2.facilitateurs.map((f) => f.id)).toEqual(["F2", "F3", "F4", "C1"]);
    expect(d2.grandsProjets.map((g) => g.id)).toEqual(["G1"]);
    expect(restrictProject(territory.index, project, result.perimeters, links, null)).toBe(project);
  });

  it("liste chaque commune d'un territoire, et celles sans polygone à part", () => {
    expect(communeRows(territory.index, project, result, { level: "departement", code: "03" }).map((row) => [row.code, row.geometry])).toEqual([
      ["03001", true],
      ["03002", true],
      ["03003", true],
      ["03004", false],
    ]);
    expect(communesWithoutGeometry(territory.index, project, result, null).map((row) => row.code)).toEqual(["03004"]);
  });
});

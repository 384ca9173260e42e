// What the map colours by, on the tiny territory.
import { describe, expect, it } from "vitest";
import { computeAll } from "../../../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../../../src/domain/spatial-links.ts";
import { computeCommuneStates } from "../../../src/map/commune-states.ts";
import { colourFacilitators, communeNeighbours } from "../../../src/map/facilitator-colours.ts";
import { colouringExpression } from "../../../src/map/map-sync.ts";
import { LEGENDS } from "../../../src/map/palettes.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

function compute() {
  const territory = tinyTerritory();
  const project = tinyProject();
  const result = computeAll(territory.index, project, { links: linkProjectToCommunes(territory.index, territory.shapes, project) });
  return { territory, project, result };
}

describe("couleurs des communes", () => {
  it("donne à chaque commune la valeur de chaque couche colorée", () => {
    const { territory, project, result } = compute();
    const colours = colourFacilitators(result, communeNeighbours(territory.index, territory.topology), project.facilitateurs.length);
    const states = computeCommuneStates(territory.index, result, colours);
    const at = (code: string) => states[territory.index.communeIndex.get(code)!];
    expect(states.length).toBe(13);
    expect(at("01003")).toMatchObject({ zb: 0, cov: 2, ov: 1 }); // F1 and F2
    expect(at("03003")).toMatchObject({ zb: 1, cov: 0, cap: 0, ov: 0, fac: -1 }); // no facilitator
    expect(at("03002")).toMatchObject({ zb: 2, cov: 1 }); // extension only
    expect(at("02002")).toMatchObject({ zb: 3, cov: 1, cap: 2 }); // 0.26 ETP per 100,000: class 0.25–0.5
  });

  it("colore différemment deux périmètres voisins", () => {
    const { territory, project, result } = compute();
    const neighbours = communeNeighbours(territory.index, territory.topology);
    const colours = colourFacilitators(result, neighbours, project.facilitateurs.length);
    const f = (id: string) => project.facilitateurs.findIndex((item) => item.id === id);
    // F1 (EPCI 1, column 0) touches F2 (EPCI 2, column 1), which touches F3 (02002, 02003).
    expect(colours[f("F1")]).not.toBe(colours[f("F2")]);
    expect(colours[f("F2")]).not.toBe(colours[f("F3")]);
    expect(colours[f("F6")]).toBe(-1); // empty perimeter: colours nothing
  });

  it("traduit chaque couche en une expression qui couvre toute sa légende", () => {
    for (const colouring of Object.keys(LEGENDS) as (keyof typeof LEGENDS)[]) {
      const expression = colouringExpression(colouring) as unknown[];
      expect(expression[0]).toBe("match");
      for (const entry of LEGENDS[colouring]) expect(expression).toContain(entry.colour);
    }
  });
});

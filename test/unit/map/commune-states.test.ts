// What the map colours by, on the tiny territory.
import { Color, createPropertyExpression, latest, type StylePropertySpecification } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { computeAll } from "../../../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../../../src/domain/spatial-links.ts";
import { computeCommuneStates, FILL_KEY, fillColourExpression, paletteCode, paletteCodes, UNWRITTEN_CODE } from "../../../src/map/commune-states.ts";
import { colourFacilitators, communeNeighbours } from "../../../src/map/facilitator-colours.ts";
import { LEGENDS, NEUTRAL } from "../../../src/map/palettes.ts";
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

  it("donne à chaque entrée de chaque légende un code de palette propre, qui mène à sa couleur", () => {
    const expression = fillColourExpression() as unknown[];
    expect(expression[0]).toBe("match");
    const colourOf = new Map<unknown, unknown>();
    for (let k = 2; k < expression.length - 1; k += 2) colourOf.set(expression[k], expression[k + 1]);
    const codes = new Set<number>();
    for (const colouring of Object.keys(LEGENDS) as (keyof typeof LEGENDS)[]) {
      for (const entry of LEGENDS[colouring]) {
        const code = paletteCode(colouring, entry.value);
        expect(colourOf.get(code)).toBe(entry.colour);
        codes.add(code);
      }
    }
    expect(codes.size).toBe(Object.values(LEGENDS).flat().length);
    expect(paletteCode("couverture", 42)).toBe(-1); // outside the legend: neutral
  });

  it("code chaque commune dans la couche affichée", () => {
    const { territory, project, result } = compute();
    const colours = colourFacilitators(result, communeNeighbours(territory.index, territory.topology), project.facilitateurs.length);
    const states = computeCommuneStates(territory.index, result, colours);
    const c = territory.index.communeIndex.get("03003")!;
    expect(paletteCodes(states, "zones-blanches")[c]).toBe(paletteCode("zones-blanches", 1));
    expect(paletteCodes(states, "couverture")[c]).toBe(paletteCode("couverture", 0));
    expect(paletteCodes(states, "zones-blanches")[c]).not.toBe(paletteCodes(states, "couverture")[c]);
  });

  it("colore chaque commune de la couleur de son code posé en feature-state, « Couverte » sans code, neutre hors palette", () => {
    const parsed = createPropertyExpression(fillColourExpression(), latest.paint_fill["fill-color"] as StylePropertySpecification);
    if (parsed.result !== "success") throw new Error(JSON.stringify(parsed.value));
    /** The fill colour MapLibre computes for a commune with feature-state `state`. */
    const evaluate = (state: Record<string, number> = {}) => String(parsed.value.evaluate({ zoom: 5 }, { id: 0, type: 3, properties: {} } as never, state));
    const expression = fillColourExpression() as unknown[];
    const colourOf = new Map<unknown, unknown>();
    for (let k = 2; k < expression.length - 1; k += 2) colourOf.set(expression[k], expression[k + 1]);
    for (const code of [0, 3, 7]) expect(evaluate({ [FILL_KEY]: code })).toBe(String(Color.parse(colourOf.get(code) as string)));
    const covered = LEGENDS["zones-blanches"].find((entry) => entry.label === "Couverte")!.colour;
    expect(evaluate()).toBe(String(Color.parse(covered)));
    expect(evaluate({ [FILL_KEY]: UNWRITTEN_CODE })).toBe(evaluate());
    expect(evaluate({ [FILL_KEY]: -1 })).toBe(String(Color.parse(NEUTRAL)));
    expect(evaluate({ [FILL_KEY]: 3 })).not.toBe(evaluate({ [FILL_KEY]: 7 }));
  });
});

// The « Besoins » colouring: a commune's class by its contracts of the chosen measure (none
// without needs), the legend's classes, and the title saying what is counted.
import { describe, expect, it } from "vitest";
import { computeAll } from "../../../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../../../src/domain/spatial-links.ts";
import { computeCommuneStates, paletteCode, paletteCodes } from "../../../src/map/commune-states.ts";
import { LEGENDS, needsClass } from "../../../src/map/palettes.ts";
import { colouringTitle } from "../../../src/view/vocabulary.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

describe("couche « Besoins »", () => {
  const territory = tinyTerritory();
  const project = tinyProject();
  const result = computeAll(territory.index, project, { links: linkProjectToCommunes(territory.index, territory.shapes, project) });
  const colours = new Int8Array(project.facilitateurs.length);
  const c = (code: string) => territory.index.communeIndex.get(code)!;

  it("classe chaque commune selon la mesure choisie, en centièmes de marché", () => {
    const marches = new Float64Array(territory.index.communeCount);
    const marchesEtat = new Float64Array(territory.index.communeCount);
    const sansConsiderationSociale = new Float64Array(territory.index.communeCount);
    marches[c("01001")] = 50_000; // 500 contracts
    marches[c("01002")] = 450; // 4.5 contracts: a shared postal code
    marchesEtat[c("01001")] = 2_000; // 20
    sansConsiderationSociale[c("01002")] = 100; // 1
    const states = computeCommuneStates(territory.index, result, colours, undefined, { marches, marchesEtat, sansConsiderationSociale });
    const codes = (measure: "marches" | "marchesEtat" | "sansConsiderationSociale") => paletteCodes(states, "besoins", measure);
    const classOf = (value: number) => LEGENDS.besoins.findIndex((entry) => entry.value === value);
    expect(codes("marches")[c("01001")]).toBe(paletteCode("besoins", 5));
    expect(codes("marches")[c("01002")]).toBe(paletteCode("besoins", 1));
    expect(codes("marches")[c("01003")]).toBe(paletteCode("besoins", 0));
    expect(codes("marchesEtat")[c("01001")]).toBe(paletteCode("besoins", 3));
    expect(codes("sansConsiderationSociale")[c("01002")]).toBe(paletteCode("besoins", 1));
    expect([classOf(0), classOf(5)]).toEqual([0, 5]);
  });

  it("sans besoins chargés, toutes les communes sont « Aucun marché »", () => {
    const states = computeCommuneStates(territory.index, result, colours);
    expect(new Set(paletteCodes(states, "besoins", "marches"))).toEqual(new Set([paletteCode("besoins", 0)]));
  });

  it("bornes des classes et titre de la légende", () => {
    expect([0, 0.01, 4.99, 5, 19.99, 20, 100, 499, 500].map(needsClass)).toEqual([0, 1, 1, 2, 2, 3, 4, 4, 5]);
    expect(LEGENDS.besoins.map((entry) => entry.label)).toEqual(["Aucun marché", "Moins de 5 marchés", "De 5 à moins de 20 marchés", "De 20 à moins de 100 marchés", "De 100 à moins de 500 marchés", "500 marchés ou plus"]);
    expect(colouringTitle("besoins", "marchesEtat")).toBe("Besoins : marchés de l'État par commune (DECP)");
    expect(colouringTitle("zones-blanches", "marchesEtat")).toBe("Zones blanches");
  });
});

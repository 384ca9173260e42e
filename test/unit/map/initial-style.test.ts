import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { initialStyle } from "../../../src/map/initial-style.ts";
import { LASSO_LAYERS } from "../../../src/map/lasso-layer.ts";
import { COMMUNE_FILL_LAYER } from "../../../src/map/map-style.ts";
import { OVERLAY_LAYERS, OVERLAY_SOURCES } from "../../../src/map/overlay-layers.ts";

// The map does not validate its first style (validateStyle: false): this test does.
describe("style de départ de la carte", () => {
  const style = initialStyle("http://exemple.fr/carto/");

  it("est valide selon la spécification des styles", () => {
    expect(validateStyleMin(style).map((error) => error.message)).toEqual([]);
  });

  it("a toutes ses sources et couches : les communes dessous, les calques dessus, le lasso tout en haut", () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(ids[0]).toBe("background");
    expect(ids.slice(1, 4)).toEqual([COMMUNE_FILL_LAYER, "departements-line", "encadres-line"]);
    expect(ids.slice(4, 4 + Object.values(OVERLAY_LAYERS).flat().length)).toEqual(Object.values(OVERLAY_LAYERS).flat().map((layer) => layer.id));
    expect(ids.slice(-LASSO_LAYERS.length)).toEqual(LASSO_LAYERS.map((layer) => layer.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const source of [...OVERLAY_SOURCES, "france", "lasso"]) expect(style.sources[source], source).toBeDefined();
  });

  it("montre les communes transparentes et cache calques et lasso jusqu'à ce qu'ils aient à montrer", () => {
    const layer = (id: string) => style.layers.find((candidate) => candidate.id === id)! as { paint?: Record<string, unknown>; layout?: Record<string, unknown> };
    expect(layer(COMMUNE_FILL_LAYER).paint?.["fill-opacity"]).toBe(0);
    for (const { id } of [...Object.values(OVERLAY_LAYERS).flat(), ...LASSO_LAYERS]) expect(layer(id).layout?.["visibility"], id).toBe("none");
    expect(layer("departements-line").layout?.["visibility"]).toBeUndefined();
  });

  it("lit les tuiles nationales à l'adresse de la page", () => {
    expect(style.sources["france"]).toMatchObject({ type: "vector", tiles: ["http://exemple.fr/carto/web/tiles/{z}/{x}/{y}.pbf"] });
  });
});

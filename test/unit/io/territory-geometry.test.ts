// The polygons decoded a slice at a time during the load: the same polygons as at once, with
// a pause between two slices (where the page answers the user).
import { feature } from "topojson-client";
import type { GeometryCollection } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { createTerritoryGeometry, decodeCommunes } from "../../../src/io/territory-geometry.ts";
import { tinyTerritory } from "../../fixtures/tiny-territory.ts";

describe("décodage des contours par tranches", () => {
  it("rend les mêmes polygones qu'en une fois, avec une pause après chaque tranche", async () => {
    const { index, topology } = tinyTerritory();
    const atOnce = feature(topology, topology.objects["communes"] as GeometryCollection);
    let pauses = 0;
    const sliced = await decodeCommunes(topology, async () => void pauses++, 4);
    expect(sliced.features).toEqual(atOnce.features);
    expect(pauses).toBe(Math.ceil(atOnce.features.length / 4));
    const geometry = createTerritoryGeometry(index, topology, sliced);
    expect(Array.from(geometry.shapes.bboxes)).toEqual(Array.from(createTerritoryGeometry(index, topology).shapes.bboxes));
  });

  it("s'arrête quand la pause lève (chargement annulé)", async () => {
    const { topology } = tinyTerritory();
    const cancelled = decodeCommunes(topology, () => Promise.reject(new Error("annulé")), 4);
    await expect(cancelled).rejects.toThrow("annulé");
  });
});

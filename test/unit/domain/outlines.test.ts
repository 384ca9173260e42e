// Outlines by topological merge on the hand-made territory: rings, holes, and areas that add up.
import { describe, expect, it } from "vitest";
import { polygonAreaSquareMetres } from "../../../src/domain/ellipsoid-area.ts";
import { expandPerimeters } from "../../../src/domain/perimeter.ts";
import { createOutlineSource, outlineByStatus, outlineCommunes, outlinePerimeter } from "../../../src/domain/outlines.ts";
import { COMMUNE_STATUS } from "../../../src/domain/zones-blanches.ts";
import { tinyTerritory } from "../../fixtures/tiny-territory.ts";

const { index, topology } = tinyTerritory();
const source = createOutlineSource(index, topology);
const at = (...codes: string[]) => codes.map((code) => index.communeIndex.get(code)!);
const areaKm2 = (polygons: number[][][][]) => polygons.reduce((sum, polygon) => sum + polygonAreaSquareMetres(polygon), 0) / 1e6;

describe("contours", () => {
  it("fusionne des communes voisines en un seul anneau, sans les limites intérieures", () => {
    const outline = outlineCommunes(source, at("01001", "01002", "01003"));
    expect(outline.type).toBe("MultiPolygon");
    expect(outline.coordinates).toHaveLength(1);
    expect(outline.coordinates[0]).toHaveLength(1); // no hole
    const single = outlineCommunes(source, at("01002"));
    expect(areaKm2(outline.coordinates)).toBeCloseTo(areaKm2(single.coordinates) + areaKm2(outlineCommunes(source, at("01001", "01003")).coordinates), 6);
  });

  it("sépare des communes qui ne se touchent pas, et perce un trou où il en faut un", () => {
    expect(outlineCommunes(source, at("01001", "02004")).coordinates).toHaveLength(2);
    const ring = outlineCommunes(source, at("01001", "01002", "01003", "02001", "02004", "02003", "02002", "01004"));
    expect(ring.coordinates).toHaveLength(1);
    expect(ring.coordinates[0]).toHaveLength(2); // 01005 is the hole
  });

  it("ignore les communes sans contour", () => {
    expect(outlineCommunes(source, at("03004")).coordinates).toEqual([]);
  });

  it("trace les zones blanches par état et les périmètres par partie", () => {
    const status = new Uint8Array(index.communeCount);
    for (const c of at("03002", "03003")) status[c] = COMMUNE_STATUS.sansFacilitateur;
    expect(outlineByStatus(source, status, [COMMUNE_STATUS.sansFacilitateur]).coordinates).toHaveLength(1);
    expect(outlineByStatus(source, status, [COMMUNE_STATUS.extensionSeulement]).coordinates).toEqual([]);
    const perimeters = expandPerimeters(index, [[{ niveau: "commune", code: "03001" }, { niveau: "commune", code: "03003", extension: true }]]);
    expect(outlinePerimeter(source, perimeters, 0).coordinates).toHaveLength(2);
    expect(outlinePerimeter(source, perimeters, 0, "home").coordinates).toHaveLength(1);
    expect(outlinePerimeter(source, perimeters, 0, "extension").coordinates).toHaveLength(1);
  });

  it("refuse une topologie sans objet des communes", () => {
    expect(() => createOutlineSource(index, topology, "epci")).toThrow("Objet « epci » absent de la topologie");
  });
});

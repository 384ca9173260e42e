// Communes selected by a drawn zone on the tiny territory (0.1° squares): the commune
// whose centre falls inside is taken whole, the others not at all.
import { describe, expect, it } from "vitest";
import type { Polygon } from "geojson";
import { communesInPolygon } from "../../../src/domain/communes-in-polygon.ts";
import { appendLassoPoint, lassoPolygon, type LonLat } from "../../../src/domain/lasso-drawing.ts";
import { importGeoJsonPerimeters } from "../../../src/io/geojson-import.ts";
import { cellCentre, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const { index, shapes } = tinyTerritory();
const codes = (found: number[]) => found.map((c) => index.communeCodes[c]!).sort();

/** A rectangle from the south-west corner to the north-east one, [lon, lat]. */
const box = ([w, s]: LonLat, [e, n]: LonLat): Polygon => ({ type: "Polygon", coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });

describe("communes d'une zone dessinée", () => {
  it("prend les communes dont le point intérieur est dans la zone, entières", () => {
    // From the middle of column 0 to the middle of column 2, rows 0 and 1: the centres of columns 0 and 1 only.
    const zone = box([2.0, 46.0], [2.2, 46.2]);
    expect(codes(communesInPolygon(shapes, zone))).toEqual(["01001", "01002", "01004", "01005"]);
  });

  it("ne prend pas une commune dont la zone touche le bord sans atteindre son centre", () => {
    const [x, y] = cellCentre(0, 0);
    const zone = box([x - 0.04, y - 0.04], [x + 0.04, y + 0.04]);
    expect(codes(communesInPolygon(shapes, zone))).toEqual(["01001"]);
    expect(communesInPolygon(shapes, box([2.0, 46.0], [2.04, 46.04]))).toEqual([]);
  });

  it("ignore les communes sans contour et accepte une Feature ou un MultiPolygon", () => {
    const all = box([1, 45], [3, 47]);
    expect(codes(communesInPolygon(shapes, { type: "Feature", properties: null, geometry: all }))).not.toContain("03004");
    const two = { type: "MultiPolygon" as const, coordinates: [box(cellCentre(0, 2).map((v) => v - 0.01) as LonLat, cellCentre(0, 2).map((v) => v + 0.01) as LonLat).coordinates, box(cellCentre(3, 0).map((v) => v - 0.01) as LonLat, cellCentre(3, 0).map((v) => v + 0.01) as LonLat).coordinates] };
    expect(codes(communesInPolygon(shapes, two))).toEqual(["01003", "03001"]);
  });

  it("utilise les points fournis (cache de l'application) plutôt que de les recalculer", () => {
    const asked: number[] = [];
    const found = communesInPolygon(shapes, box([2.0, 46.0], [2.1, 46.1]), (c) => {
      asked.push(c);
      return cellCentre(0, 0);
    });
    // Every commune whose box meets the zone is asked, and all "are" at the centre of 01001.
    expect(found.length).toBe(asked.length);
    expect(asked.length).toBeLessThan(index.communeCount);
  });

  it("sélectionne les mêmes communes que l'import GeoJSON pour le même polygone", () => {
    const zone = { type: "Polygon" as const, coordinates: [[[2.02, 46.03], [2.27, 46.08], [2.18, 46.27], [2.03, 46.22], [2.02, 46.03]]] };
    const imported = importGeoJsonPerimeters(JSON.stringify(zone), { index, shapes }, { file: "zone.geojson", facilitateur: { nom: "Test" } });
    const fromImport = imported.facilitateurs[0]!.perimetre.map((z) => z.code).sort();
    expect(codes(communesInPolygon(shapes, zone))).toEqual(fromImport);
  });
});

describe("tracé du lasso", () => {
  it("ignore un point qui répète le précédent (double-clic)", () => {
    const points = appendLassoPoint(appendLassoPoint([[2, 46]], [2.1, 46]), [2.1, 46]);
    expect(points).toEqual([[2, 46], [2.1, 46]]);
  });

  it("ferme la zone sur trois points distincts ou plus, sinon aucune zone", () => {
    expect(lassoPolygon([])).toBeNull();
    expect(lassoPolygon([[2, 46], [2.1, 46], [2.1, 46]])).toBeNull();
    expect(lassoPolygon([[2, 46], [2.1, 46], [2.1, 46.1]])).toEqual({ type: "Polygon", coordinates: [[[2, 46], [2.1, 46], [2.1, 46.1], [2, 46]]] });
  });
});

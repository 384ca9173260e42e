// The grands projets' distance rule on hand-made geometries, at and just past the distance,
// and against Turf's geodesic distances.
import { point, pointToLineDistance } from "@turf/turf";
import type { LineString } from "geojson";
import { describe, expect, it } from "vitest";
import { communesOfGrandProjet } from "../../../src/domain/grands-projets.ts";
import type { GrandProjet } from "../../../src/domain/model.ts";
import { KM_PER_DEGREE, shapeOf, withinKm } from "../../../src/domain/shape-distance.ts";
import { cellCentre, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const RADIANS = Math.PI / 180;
const { index, shapes } = tinyTerritory();
const codes = (list: ArrayLike<number>) => Array.from(list, (c) => index.communeCodes[c]).sort();
const projet = (fields: Partial<GrandProjet>): GrandProjet => ({ id: "G", nom: "G", type: "autre", tamponKm: 0, periode: { debut: "2024", fin: "2030" }, ...fields });

/** The square [2, 2.1] × [46, 46.1] degrees. */
const square = shapeOf({ type: "Polygon", coordinates: [[[2, 46], [2.1, 46], [2.1, 46.1], [2, 46.1], [2, 46]]] });
const at = (lon: number, lat: number) => shapeOf({ type: "Point", coordinates: [lon, lat] });

describe("distance entre formes", () => {
  it("mesure exactement le long d'un méridien et d'un parallèle", () => {
    // 3 km north of the square's north edge.
    const north = at(2.05, 46.1 + 3 / KM_PER_DEGREE);
    expect(withinKm(square, north, 3)).toBe(true);
    expect(withinKm(north, square, 3)).toBe(true);
    expect(withinKm(square, north, 2.99)).toBe(false);
    // 3 km east of the east edge, at the latitude of its middle.
    const east = at(2.1 + 3 / (KM_PER_DEGREE * Math.cos(46.05 * RADIANS)), 46.05);
    expect(withinKm(square, east, 3)).toBe(true);
    expect(withinKm(square, east, 2.99)).toBe(false);
  });

  it("donne 0 dedans, sur le bord, en croisant, et en englobant", () => {
    expect(withinKm(square, at(2.05, 46.05), 0)).toBe(true);
    expect(withinKm(square, at(2.1, 46.02), 0)).toBe(true);
    // A line across the square with no vertex inside it.
    const across = shapeOf({ type: "LineString", coordinates: [[2.05, 45.9], [2.05, 46.2]] });
    expect(withinKm(square, across, 0)).toBe(true);
    // A polygon far larger than the square, whose edges are all out of reach.
    const around = shapeOf({ type: "Polygon", coordinates: [[[1, 45], [3, 45], [3, 47], [1, 47], [1, 45]]] });
    expect(withinKm(square, around, 0)).toBe(true);
    expect(withinKm(around, square, 0)).toBe(true);
    // The same with a hole 1 km wider than the square on every side: 1 km away.
    const [dLat, dLon] = [1 / KM_PER_DEGREE, 1 / (KM_PER_DEGREE * Math.cos(46 * RADIANS))];
    const hole = [[2 - dLon, 46 - dLat], [2 - dLon, 46.1 + dLat], [2.1 + dLon, 46.1 + dLat], [2.1 + dLon, 46 - dLat], [2 - dLon, 46 - dLat]];
    const ring = shapeOf({ type: "Polygon", coordinates: [[[1, 45], [3, 45], [3, 47], [1, 47], [1, 45]], hole] });
    expect(withinKm(square, ring, 0.99)).toBe(false);
    expect(withinKm(square, ring, 1.01)).toBe(true);
  });

  it("suit une ligne : la distance à son segment le plus proche, pas à ses sommets", () => {
    // A line from far west to far east, 2 km south of the square: no vertex near it.
    const lat = 46 - 2 / KM_PER_DEGREE;
    const line = shapeOf({ type: "LineString", coordinates: [[1, lat], [3, lat]] });
    expect(withinKm(square, line, 2)).toBe(true);
    expect(withinKm(square, line, 1.99)).toBe(false);
    const far = shapeOf({ type: "LineString", coordinates: [[2.2, 46.3], [2.3, 46.2]] });
    expect(withinKm(square, far, 10)).toBe(false);
  });

  it("s'accorde à 0,1 % près avec la distance géodésique de Turf", () => {
    const outline: LineString = { type: "LineString", coordinates: [[2, 46], [2.1, 46], [2.1, 46.1], [2, 46.1], [2, 46]] };
    const places: [number, number][] = [[2.17, 46.13], [1.93, 45.96], [2.04, 46.19], [2.23, 46.05], [1.98, 46.12]];
    for (const [lon, lat] of places) {
      const km = pointToLineDistance(point([lon, lat]), outline, { units: "kilometers" });
      expect(withinKm(square, at(lon, lat), km * 1.001)).toBe(true);
      expect(withinKm(square, at(lon, lat), km * 0.999)).toBe(false);
    }
  });
});

describe("communes d'un grand projet à distance", () => {
  it("prend une commune exactement à la distance, pas au-delà", () => {
    // 2 km south of 01001's south edge; 01004's nearest corner is 3.9 km away.
    const south = { type: "Point" as const, coordinates: [2.05, 46 - 2 / KM_PER_DEGREE] as [number, number] };
    expect(codes(communesOfGrandProjet(index, shapes, projet({ geometrie: south, tamponKm: 2 })))).toEqual(["01001"]);
    expect(codes(communesOfGrandProjet(index, shapes, projet({ geometrie: south, tamponKm: 1.999 })))).toEqual([]);
  });

  it("prend les voisines d'une commune listée, bord ou coin commun, à toute distance positive", () => {
    expect(codes(communesOfGrandProjet(index, shapes, projet({ communes: ["01005"], tamponKm: 0.001 })))).toEqual(["01001", "01002", "01003", "01004", "01005", "02001", "02002", "02003", "02004"]);
    expect(codes(communesOfGrandProjet(index, shapes, projet({ communes: ["01005"] })))).toEqual(["01005"]);
  });

  it("suit une ligne brisée segment par segment", () => {
    // Along row 0 to column 2, then up column 2: 3.9 km from the cells' west and east edges.
    const bent = { type: "LineString" as const, coordinates: [cellCentre(0, 0), cellCentre(2, 0), cellCentre(2, 2)] };
    expect(codes(communesOfGrandProjet(index, shapes, projet({ geometrie: bent })))).toEqual(["01001", "01004", "02002", "02003", "02004"]);
    expect(codes(communesOfGrandProjet(index, shapes, projet({ geometrie: bent, tamponKm: 4 })))).toEqual(["01001", "01004", "01005", "02001", "02002", "02003", "02004", "03001", "03002", "03003"]);
  });

  it("prend autour d'un polygone ce qu'il touche et ce qui est à portée", () => {
    // Inside 02003, 1 km from its west edge (01005) and far from the rest.
    const [west, lat] = [2.2 + 1 / (KM_PER_DEGREE * Math.cos(46.15 * RADIANS)), 46.15];
    const zone = { type: "Polygon" as const, coordinates: [[[west, lat - 0.01], [west + 0.01, lat - 0.01], [west + 0.01, lat + 0.01], [west, lat + 0.01], [west, lat - 0.01]]] as [number, number][][] };
    expect(codes(communesOfGrandProjet(index, shapes, projet({ geometrie: zone, tamponKm: 0.9 })))).toEqual(["02003"]);
    expect(codes(communesOfGrandProjet(index, shapes, projet({ geometrie: zone, tamponKm: 1.1 })))).toEqual(["01005", "02003"]);
  });
});

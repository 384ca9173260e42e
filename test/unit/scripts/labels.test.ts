// The names' points, on the hand-made territory (test/fixtures/tiny-territory.ts): one per
// région, département and préfecture, inside its area; the other communes apart, in tiles.
import { describe, expect, it } from "vitest";
import { communeLabelTiles, labelPoint, labelPoints } from "../../../scripts/web/build-labels.ts";
import { LABEL_TILE_ZOOM } from "../../../src/map/tile-layout.ts";
import { cellCentre, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const close = (a: readonly number[], b: readonly number[], tolerance: number) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!) < tolerance;

describe("points des noms de la carte", () => {
  const { topology, reference } = tinyTerritory();
  const { territories, communes } = labelPoints(topology, reference);
  const named = (kind: string) => territories.features.filter((f) => f.properties.kind === kind).map((f) => ({ nom: f.properties.nom, at: f.geometry.coordinates }));

  it("place le nom d'une région au point le plus éloigné de ses bords", () => {
    // Région 91 is the 3 × 3 square of columns 0–2: its pole is the middle of cell (1, 1).
    const [region91, region92] = named("region");
    expect(region91!.nom).toBe("Région 91");
    expect(close(region91!.at, cellCentre(1, 1), 0.01)).toBe(true);
    // Région 92 is column 3 (three cells): its middle cell.
    expect(region92!.nom).toBe("Région 92");
    expect(close(region92!.at, cellCentre(3, 1), 0.01)).toBe(true);
  });

  it("place le nom d'un département en forme de L dans le département, loin de ses bords", () => {
    // Département 01: cells (0,0) (0,1) (0,2) (1,0) (1,1). The widest room is the 2 × 2 block's
    // middle, 0.1° from every edge; the centroid (2.09° E, 46.13° N) is 0.07° from the top one.
    const departement01 = named("departement").find((label) => label.nom === "Département 01")!;
    expect(close(departement01.at, [2.1, 46.1], 0.01)).toBe(true);
    expect(named("departement").map((label) => label.nom)).toEqual(["Département 01", "Département 02", "Département 03"]);
  });

  it("nomme les préfectures, de région d'abord, avec leur population", () => {
    expect(named("prefecture-region").map((label) => label.nom)).toEqual(["Commune 01001", "Commune 03001"]);
    expect(named("prefecture").map((label) => label.nom)).toEqual(["Commune 02002"]);
    const seat = territories.features.find((f) => f.properties.nom === "Commune 03001")!;
    expect(seat.properties.population).toBe(50_000);
    expect(close(seat.geometry.coordinates, cellCentre(3, 0), 0.01)).toBe(true);
  });

  it("met les autres communes dessinées à part, avec leur population, sans les préfectures", () => {
    const names = communes.features.map((f) => f.properties.nom);
    expect(names).toHaveLength(13 - 3 - 1);
    expect(names).not.toContain("Commune 01001");
    // 03004 has no polygon: nothing to name.
    expect(names).not.toContain("Commune 03004");
    const commune = communes.features.find((f) => f.properties.nom === "Commune 01004")!;
    expect(commune.properties.population).toBe(40_000);
    expect(close(commune.geometry.coordinates, cellCentre(1, 0), 0.01)).toBe(true);
  });

  it("range les communes dans les tuiles du zoom des noms qui les contiennent", () => {
    const tiles = communeLabelTiles(communes);
    const tileOf = ([lon, lat]: number[]) => {
      const n = 2 ** LABEL_TILE_ZOOM;
      const sin = Math.sin((lat! * Math.PI) / 180);
      return `${Math.floor(((lon! + 180) / 360) * n)}/${Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n)}`;
    };
    expect([...tiles.keys()].sort()).toEqual([...new Set(communes.features.map((f) => tileOf(f.geometry.coordinates)))].sort());
    for (const buffer of tiles.values()) expect(Buffer.from(buffer).includes("Commune ")).toBe(true);
  });

  it("garde l'île principale d'un territoire fait de plusieurs polygones", () => {
    const island = [[[0, 0], [0.01, 0], [0.01, 0.01], [0, 0.01], [0, 0]]];
    const mainland = [[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]];
    const point = labelPoint({ type: "MultiPolygon", coordinates: [island, mainland] })!;
    expect(close(point, [1.5, 1.5], 0.02)).toBe(true);
  });
});

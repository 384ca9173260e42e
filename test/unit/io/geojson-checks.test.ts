// Bad geometry does not go through silently: a ring that crosses itself (a bow tie, which
// Turf's booleanValid lets pass) and a polygon that takes most of the territory both warn.
import { describe, expect, it } from "vitest";
import { importGeoJsonPerimeters } from "../../../src/io/geojson-import.ts";
import { formatProblem } from "../../../src/io/importer.ts";
import { tinyTerritory } from "../../fixtures/tiny-territory.ts";

const tiny = tinyTerritory();
const read = (coordinates: number[][][]) =>
  importGeoJsonPerimeters(JSON.stringify({ type: "Feature", properties: { facilitateur: "Anne" }, geometry: { type: "Polygon", coordinates } }), tiny, { file: "zone.geojson" });

describe("contrôles de géométrie du GeoJSON", () => {
  it("avertit pour un polygone de 5 sommets en nœud papillon", () => {
    const result = read([[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]);
    expect(result.problems.map(formatProblem)).toContain(
      "zone.geojson, geometry : polygone invalide : ses bords se croisent (1 croisement, en « nœud papillon » ?) ; les communes retenues peuvent ne pas être celles voulues, vérifiez le contour",
    );
  });

  it("avertit pour un polygone du monde entier, en disant combien de communes il prend", () => {
    const result = read([[[-180, -90], [180, -90], [180, 90], [-180, 90], [-180, -90]]]);
    // Every commune drawn (the tiny territory has one without a polygon).
    const total = tiny.index.communeCount;
    expect(result.summary.communes).toBe(total - 1);
    expect(result.problems.map(formatProblem)).toContain(
      `zone.geojson, geometry : ce polygone sélectionne ${total - 1} communes sur ${total} : c'est sans doute une erreur (contour du monde entier, anneaux inversés ?) ; vérifiez le fichier avant d'appliquer l'import`,
    );
  });

  it("ne dit rien d'un polygone simple qui prend quelques communes", () => {
    const result = read([[[2, 46], [2.15, 46], [2.15, 46.1], [2, 46.1], [2, 46]]]);
    expect(result.summary.communes).toBeGreaterThan(0);
    expect(result.summary.communes).toBeLessThanOrEqual(tiny.index.communeCount / 2);
    expect(result.problems).toEqual([]);
  });
});

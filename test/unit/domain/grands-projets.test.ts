// Grands projets and acheteurs placed on the hand-made territory's 0.1° squares
// (about 7.7 km wide and 11.1 km high at 46° N).
import { describe, expect, it } from "vitest";
import { communesIntersecting, locateCommune } from "../../../src/domain/commune-shapes.ts";
import { communesOfGrandProjet } from "../../../src/domain/grands-projets.ts";
import type { GrandProjet } from "../../../src/domain/model.ts";
import { linkProjectToCommunes } from "../../../src/domain/spatial-links.ts";
import { cellCentre, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const { index, shapes } = tinyTerritory();
const codes = (list: ArrayLike<number>) => Array.from(list, (c) => index.communeCodes[c]).sort();
const projet = (fields: Partial<GrandProjet>): GrandProjet => ({ id: "G", nom: "G", type: "autre", tamponKm: 0, periode: { debut: "2024", fin: "2030" }, ...fields });

describe("grands projets", () => {
  it("prend la commune d'un point sans tampon, et ses voisines à portée du tampon", () => {
    const point = { type: "Point" as const, coordinates: cellCentre(0, 0) };
    expect(codes(communesOfGrandProjet(index, shapes, projet({ geometrie: point })))).toEqual(["01001"]);
    // 3.9 km to the east edge, 5.6 km to the north edge.
    expect(codes(communesOfGrandProjet(index, shapes, projet({ geometrie: point, tamponKm: 4.5 })))).toEqual(["01001", "01004"]);
    expect(codes(communesOfGrandProjet(index, shapes, projet({ geometrie: point, tamponKm: 6 })))).toEqual(["01001", "01002", "01004"]);
  });

  it("suit une ligne, et entoure des communes listées", () => {
    const line = { type: "LineString" as const, coordinates: [cellCentre(0, 1), cellCentre(2, 1)] };
    expect(codes(communesOfGrandProjet(index, shapes, projet({ geometrie: line })))).toEqual(["01002", "01005", "02003"]);
    expect(codes(communesOfGrandProjet(index, shapes, projet({ communes: ["03002", "03004"] })))).toEqual(["03002", "03004"]);
    // 1 km around 03002 reaches its eight neighbours' edges and corners: the whole columns 2 and 3.
    expect(codes(communesOfGrandProjet(index, shapes, projet({ communes: ["03002"], tamponKm: 1 })))).toEqual(["02002", "02003", "02004", "03001", "03002", "03003"]);
  });

  it("place un acheteur par sa commune, sinon par sa position", () => {
    expect(locateCommune(shapes, cellCentre(3, 2))).toBe(index.communeIndex.get("03003"));
    expect(locateCommune(shapes, [10, 10])).toBe(-1);
    expect(communesIntersecting(shapes, { type: "Feature", properties: null, geometry: { type: "Point", coordinates: [10, 10] } })).toEqual([]);
    const links = linkProjectToCommunes(index, shapes, {
      acheteurs: [
        { id: "a", nom: "a", type: "autre", commune: "01999" },
        { id: "b", nom: "b", type: "autre", position: cellCentre(1, 1) },
        { id: "c", nom: "c", type: "autre", commune: "02002", position: cellCentre(1, 1) },
      ],
      grandsProjets: [],
    });
    expect(codes(links.acheteurCommunes)).toEqual(["01001", "01005", "02002"]);
  });
});

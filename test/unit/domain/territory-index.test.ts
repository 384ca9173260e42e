// The integer index of the reference: hand-made territory, and the real one (Corsica, overseas, Paris).
import { describe, expect, it } from "vitest";
import { createTerritoryIndex, type TerritoryIndex } from "../../../src/domain/territory-index.ts";
import { tinyReference } from "../../fixtures/tiny-territory.ts";
import { describeWithGeo, loadBuiltTerritory } from "../../helpers/territory.ts";

describe("index du territoire fait main", () => {
  const index = createTerritoryIndex(tinyReference());

  it("range chaque commune dans son département, sa région et son EPCI", () => {
    const c = index.communeIndex.get("02001")!;
    expect(index.reference.departements[index.departementOf[c]!]!.code).toBe("02");
    expect(index.reference.regions[index.regionOf[c]!]!.code).toBe("91");
    expect(index.reference.epci[index.epciOf[c]!]!.code).toBe("200000002");
    expect(index.epciOf[index.communeIndex.get("03004")!]).toBe(-1);
    expect(Array.from(index.communesOfDepartement[1]!, (i) => index.communeCodes[i])).toEqual(["02001", "02002", "02003", "02004"]);
    expect(index.population.reduce((a, b) => a + b, 0)).toBe(172_500);
  });

  it("refuse un référentiel incohérent, en français", () => {
    const reference = tinyReference();
    reference.communes[0]!.departement = "77";
    expect(() => createTerritoryIndex(reference)).toThrow("Référentiel incohérent : la commune 01001 renvoie au département 77, absent du référentiel");
  });
});

describeWithGeo("index du territoire réel", () => {
  let index: TerritoryIndex;
  const region = (code: string) => index.reference.regions[index.regionOf[index.communeIndex.get(code)!]!]!.code;

  it("couvre la France entière, la Corse et les DROM compris", () => {
    index = loadBuiltTerritory().index;
    expect(index.communeCount).toBe(34_875);
    expect(region("2A004")).toBe("94");
    expect(region("2B033")).toBe("94");
    expect(region("97411")).toBe("04");
    expect(region("97611")).toBe("06");
    expect(index.reference.epci[index.epciOf[index.communeIndex.get("75056")!]!]!.code).toBe("200054781");
    const total = index.communesOfRegion.reduce((sum, list) => sum + list.length, 0);
    expect(total).toBe(34_875);
  });
});

// Expanding perimeters to communes: zone levels, duplicates, home over extension, unknown codes.
import { describe, expect, it } from "vitest";
import { communesOfZone, expandPerimeters } from "../../../src/domain/perimeter.ts";
import type { Zone } from "../../../src/domain/model.ts";
import { findCommune } from "../../../src/domain/territory-index.ts";
import { tinyTerritory } from "../../fixtures/tiny-territory.ts";

const { index } = tinyTerritory();
const codes = (list: ArrayLike<number>) => Array.from(list, (c) => index.communeCodes[c]).sort();

function expandOne(zones: Zone[]) {
  const set = expandPerimeters(index, [zones]);
  const members = Array.from(set.communes.subarray(set.offsets[0], set.offsets[1]), (c, k) => ({ code: index.communeCodes[c]!, extension: set.extension[set.offsets[0]! + k] === 1 }));
  return { set, members: members.sort((a, b) => a.code.localeCompare(b.code)) };
}

describe("zones", () => {
  it("développe chaque niveau en communes", () => {
    expect(codes(communesOfZone(index, "commune", "01002")!)).toEqual(["01002"]);
    expect(codes(communesOfZone(index, "epci", "200000002")!)).toEqual(["01004", "01005", "02001"]);
    expect(codes(communesOfZone(index, "departement", "03")!)).toEqual(["03001", "03002", "03003", "03004"]);
    expect(codes(communesOfZone(index, "region", "91")!)).toHaveLength(9);
    expect(communesOfZone(index, "epci", "999999999")).toBeUndefined();
  });

  it("suit les anciens codes de commune vers la commune d'aujourd'hui", () => {
    expect(findCommune(index, "01999")).toBe(index.communeIndex.get("01001"));
    expect(findCommune(index, "toString")).toBe(-1);
    expect(findCommune(index, "99999")).toBe(-1);
  });
});

describe("expandPerimeters", () => {
  it("compte une seule fois une zone en double et une commune déjà dans son EPCI", () => {
    const { members, set } = expandOne([{ niveau: "epci", code: "200000002" }, { niveau: "commune", code: "01004" }, { niveau: "epci", code: "200000002" }]);
    expect(members.map((m) => m.code)).toEqual(["01004", "01005", "02001"]);
    expect(set.population[0]).toBe(46_000);
  });

  it("garde en territoire d'origine une commune atteinte aussi par une extension, quel que soit l'ordre", () => {
    const { members } = expandOne([
      { niveau: "epci", code: "200000004", extension: true },
      { niveau: "commune", code: "03001" },
    ]);
    expect(members).toEqual([
      { code: "03001", extension: false },
      { code: "03002", extension: true },
      { code: "03003", extension: true },
    ]);
  });

  it("ne couvre rien avec un périmètre vide, et signale les codes inconnus", () => {
    const set = expandPerimeters(index, [[], [{ niveau: "commune", code: "01001" }, { niveau: "departement", code: "99" }]]);
    expect(Array.from(set.offsets)).toEqual([0, 0, 1]);
    expect(set.population[0]).toBe(0);
    expect(set.unknownZones).toEqual([{ perimeter: 1, zone: 1 }]);
  });
});

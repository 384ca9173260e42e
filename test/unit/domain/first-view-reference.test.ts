// The first-view reference: packed by the build, expanded at startup into the full reference
// minus commune names, postal codes and former codes — exactly, on the hand-made and the real territory.
import { describe, expect, it } from "vitest";
import { FIRST_VIEW_SCHEMA, fromFirstViewReference, toFirstViewReference, type FirstViewReference } from "../../../src/domain/first-view-reference.ts";
import type { ReferenceData } from "../../../src/domain/territory-reference.ts";
import { tinyReference } from "../../fixtures/tiny-territory.ts";
import { describeWithGeo, loadBuiltTerritory } from "../../helpers/territory.ts";

/** Build then startup: through JSON, as the file travels. */
const expand = (reference: ReferenceData) => fromFirstViewReference(JSON.parse(JSON.stringify(toFirstViewReference(reference))) as FirstViewReference);

/** Compares column by column (clear failures, and fast on 35,000 communes). */
function expectFirstViewOf(expanded: ReferenceData, reference: ReferenceData): void {
  const column = <T>(data: ReferenceData, pick: (c: ReferenceData["communes"][number]) => T) => data.communes.map(pick);
  expect(expanded.schema).toBe(reference.schema);
  expect(expanded.cog).toBe(reference.cog);
  expect(expanded.communes).toHaveLength(reference.communes.length);
  expect(column(expanded, (c) => c.code)).toEqual(column(reference, (c) => c.code));
  expect(column(expanded, (c) => c.departement)).toEqual(column(reference, (c) => c.departement));
  expect(column(expanded, (c) => c.region)).toEqual(column(reference, (c) => c.region));
  expect(column(expanded, (c) => c.epci)).toEqual(column(reference, (c) => c.epci));
  expect(column(expanded, (c) => c.population)).toEqual(column(reference, (c) => c.population));
  expect(column(expanded, (c) => c.areaKm2)).toEqual(column(reference, (c) => c.areaKm2));
  expect(column(expanded, (c) => c.geometry)).toEqual(column(reference, (c) => c.geometry));
  expect(new Set(column(expanded, (c) => c.nom))).toEqual(new Set([""]));
  expect(new Set(column(expanded, (c) => c.codesPostaux.length))).toEqual(new Set([0]));
  expect(expanded.epci).toEqual(reference.epci);
  expect(expanded.departements).toEqual(reference.departements);
  expect(expanded.regions).toEqual(reference.regions);
  expect(expanded.formerCodes).toEqual({});
}

describe("référentiel de première vue fait main", () => {
  it("rend le référentiel sans noms de communes, codes postaux ni anciens codes", () => {
    const reference = tinyReference();
    expectFirstViewOf(expand(reference), reference);
  });

  it("garde la surface à l'are près, la précision du référentiel complet", () => {
    const reference = tinyReference();
    reference.communes[0]!.areaKm2 = 12.3456;
    reference.communes[1]!.areaKm2 = 0.0001;
    expect(expand(reference).communes.slice(0, 2).map((c) => c.areaKm2)).toEqual([12.3456, 0.0001]);
    reference.communes[0]!.areaKm2 = 12.34567;
    expect(() => toFirstViewReference(reference)).toThrow("Surface de la commune 01001 (12.34567 km²) plus précise que l'are");
  });

  it("refuse à la construction ce qu'il ne saurait pas rendre à l'identique", () => {
    const unsorted = tinyReference();
    [unsorted.communes[1], unsorted.communes[2]] = [unsorted.communes[2]!, unsorted.communes[1]!];
    expect(() => toFirstViewReference(unsorted)).toThrow("Communes non triées par code : 01002 après 01003");
    const foreignCode = tinyReference();
    foreignCode.communes[0]!.code = "0100A";
    expect(() => toFirstViewReference(foreignCode)).toThrow("Code de commune 0100A non reconstructible depuis son département 01");
    const wrongRegion = tinyReference();
    wrongRegion.communes[0]!.region = "92";
    expect(() => toFirstViewReference(wrongRegion)).toThrow("Commune 01001 : région 92, mais 91 pour son département");
  });

  it("refuse un fichier d'un autre format, en français", () => {
    const old = { ...toFirstViewReference(tinyReference()), schema: "carto-clause-sociale/reference-premiere-vue@1" } as unknown as FirstViewReference;
    expect(() => fromFirstViewReference(old)).toThrow(
      `Référentiel de première vue au format carto-clause-sociale/reference-premiere-vue@1 inattendu (attendu ${FIRST_VIEW_SCHEMA}) : relancez « npm run web-data »`,
    );
  });
});

describeWithGeo("référentiel de première vue réel", () => {
  it("rend exactement les 34 875 communes (codes corses et d'outre-mer compris), leurs appartenances, population et surface", () => {
    const { reference } = loadBuiltTerritory();
    const expanded = expand(reference);
    expectFirstViewOf(expanded, reference);
    const codes = new Set(expanded.communes.map((c) => c.code));
    for (const code of ["01001", "2A004", "2B033", "75056", "97101", "97411", "97617"]) expect(codes).toContain(code);
  });
});

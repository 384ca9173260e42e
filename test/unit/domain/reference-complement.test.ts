// The reference complement (names, postal codes, former codes), loaded right after the first
// view: the first-view reference completed with it is the full reference — exactly, on the
// hand-made and the real territory — and the completed index keeps the figures' key.
import { describe, expect, it } from "vitest";
import { fromFirstViewReference, toFirstViewReference, type FirstViewReference } from "../../../src/domain/first-view-reference.ts";
import { COMPLEMENT_SCHEMA, completeReference, toReferenceComplement, type ReferenceComplement } from "../../../src/domain/reference-complement.ts";
import { completeTerritoryIndex, createTerritoryIndex, findCommune } from "../../../src/domain/territory-index.ts";
import type { ReferenceData } from "../../../src/domain/territory-reference.ts";
import { tinyReference } from "../../fixtures/tiny-territory.ts";
import { describeWithGeo, loadBuiltTerritory } from "../../helpers/territory.ts";

/** Through JSON, as the two files travel. */
const travel = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const firstViewOf = (reference: ReferenceData) => fromFirstViewReference(travel(toFirstViewReference(reference)) as FirstViewReference);
const complementOf = (reference: ReferenceData) => travel(toReferenceComplement(reference));

describe("complément du référentiel fait main", () => {
  it("rend, avec le référentiel de première vue, le référentiel complet", () => {
    const reference = tinyReference();
    reference.communes[1]!.codesPostaux = [];
    expect(completeReference(firstViewOf(reference), complementOf(reference))).toEqual(reference);
  });

  it("garde la clé des chiffres de l'index et y ajoute noms, codes postaux et anciens codes", () => {
    const reference = tinyReference();
    const [former, target] = Object.entries(reference.formerCodes)[0] ?? [];
    const first = createTerritoryIndex(firstViewOf(reference));
    const completed = completeTerritoryIndex(first, complementOf(reference));
    expect(completed.figuresKey).toBe(first.figuresKey);
    expect(completed.population).toBe(first.population);
    expect(completed.reference.communes.map((c) => c.nom)).toEqual(reference.communes.map((c) => c.nom));
    if (former && target) {
      expect(findCommune(first, former)).toBe(-1);
      expect(findCommune(completed, former)).toBe(first.communeIndex.get(target.to));
    }
  });

  it("refuse un complément écrit pour un autre référentiel ou d'un autre format, en français", () => {
    const reference = tinyReference();
    const base = firstViewOf(reference);
    const complement = complementOf(reference);
    expect(() => completeReference(base, { ...complement, cog: "2019" })).toThrow(/Complément du référentiel écrit pour un autre référentiel \(2019, .* relancez « npm run web-data »/);
    expect(() => completeReference(base, { ...complement, schema: "autre@1" } as unknown as ReferenceComplement)).toThrow(`Complément du référentiel au format autre@1 inattendu (attendu ${COMPLEMENT_SCHEMA})`);
    expect(() => completeReference(base, { ...complement, noms: complement.noms.split("\n").slice(1).join("\n") })).toThrow(/Complément du référentiel incohérent/);
  });

  it("refuse à la construction un nom sur plusieurs lignes", () => {
    const reference = tinyReference();
    reference.communes[0]!.nom = "Deux\nlignes";
    expect(() => toReferenceComplement(reference)).toThrow(`Nom de la commune ${reference.communes[0]!.code} sur plusieurs lignes`);
  });
});

describeWithGeo("complément du référentiel réel", () => {
  it("rend, avec le référentiel de première vue, exactement le référentiel complet de toutes les communes", () => {
    const { reference } = loadBuiltTerritory();
    const completed = completeReference(firstViewOf(reference), complementOf(reference));
    const column = <T>(data: ReferenceData, pick: (c: ReferenceData["communes"][number]) => T) => data.communes.map(pick);
    expect(column(completed, (c) => c.nom)).toEqual(column(reference, (c) => c.nom));
    expect(column(completed, (c) => c.codesPostaux)).toEqual(column(reference, (c) => c.codesPostaux));
    expect(column(completed, (c) => c.code)).toEqual(column(reference, (c) => c.code));
    expect(completed.formerCodes).toEqual(reference.formerCodes);
    expect(completed.epci).toEqual(reference.epci);
    expect(completed.regions).toEqual(reference.regions);
  });
});

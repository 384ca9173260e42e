// Finding communes as people type them: without accents or case, by postal code.
import { beforeAll, describe, expect, it } from "vitest";
import { indexCommuneNames, normalizeName, searchByName, searchCommunes, type SearchableName } from "../../../src/domain/commune-search.ts";
import { createTerritoryIndex, type TerritoryIndex } from "../../../src/domain/territory-index.ts";
import type { ReferenceData } from "../../../src/domain/territory-reference.ts";
import { readGeoJson } from "../../helpers/geo.ts";

let index: TerritoryIndex;
let names: SearchableName;
const codes = (query: string) => searchCommunes(index, names, query).map((c) => index.communeCodes[c]);

beforeAll(() => {
  index = createTerritoryIndex(readGeoJson<ReferenceData>("reference.json"));
  names = indexCommuneNames(index);
});

describe("recherche de communes", () => {
  it("normalise accents, casse, tirets, apostrophes et « St »", () => {
    expect(normalizeName("Saint-Étienne")).toBe("saint etienne");
    expect(normalizeName("L'Haÿ-les-Roses")).toBe("l hay les roses");
    expect(normalizeName("St-Malo")).toBe("saint malo");
  });

  it("trouve Saint-Étienne depuis « saint etienne », la plus peuplée d'abord", () => {
    expect(codes("saint etienne")[0]).toBe("42218");
    expect(codes("SAINT ÉTIENNE")[0]).toBe("42218");
  });

  it("trouve une commune par son code postal et par son code INSEE", () => {
    expect(codes("42000")).toContain("42218");
    expect(codes("69001")).toContain("69123"); // Lyon, by an arrondissement's postal code (and 69001 Affoux by its INSEE code)
    expect(codes("2A004")).toEqual(["2A004"]);
  });

  it("distingue les homonymes par leur département", () => {
    const found = searchCommunes(index, names, "Saint-Denis", 20).map((c) => index.reference.communes[c]!);
    const departements = new Set(found.filter((c) => c.nom === "Saint-Denis").map((c) => c.departement));
    expect(departements.has("93")).toBe(true);
    expect(departements.has("974")).toBe(true);
  });

  it("ne renvoie rien pour une requête trop courte ou inconnue", () => {
    expect(codes("a")).toEqual([]);
    expect(codes("zzzzqqq")).toEqual([]);
  });

  it("cherche facilitateurs et structures par nom", () => {
    const items = [{ nom: "PLIE de l'Agglomération d'Évry" }, { nom: "Maison de l'emploi" }];
    expect(searchByName(items, "agglomeration evry")).toEqual([items[0]]);
  });
});

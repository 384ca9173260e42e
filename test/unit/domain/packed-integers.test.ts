// Integer columns packed into strings: exact round trips at every magnitude, refusals in French.
import { describe, expect, it } from "vitest";
import { MAX_PACKED, packNaturals, packSmall, unpackNaturals, unpackSmall } from "../../../src/domain/packed-integers.ts";

const roundTrip = (values: number[]) => Array.from(unpackNaturals(packNaturals(values)));

describe("colonnes d'entiers", () => {
  it("rend exactement chaque entier, des plus petits aux 32 bits", () => {
    const edges = [0, 1, 2, 3, 4, 5, 6, 7, 8, 63, 64, 65, 255, 256, 1000, 2 ** 24 - 1, 2 ** 24, 2 ** 31 - 1, 2 ** 31, MAX_PACKED - 1, MAX_PACKED];
    expect(roundTrip(edges)).toEqual(edges);
    expect(roundTrip([])).toEqual([]);
    expect(packNaturals([])).toEqual({ classes: "", bits: "" });
  });

  it("rend des suites aléatoires de toutes tailles", () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 20; run++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 500) }, () => Math.floor(random() ** 4 * 2 ** (1 + Math.floor(random() * 32))));
      expect(roundTrip(values)).toEqual(values);
    }
  });

  it("écrit les petits entiers sans bits et les autres avec n − 2 bits", () => {
    expect(packNaturals([0, 1, 2, 3])).toEqual({ classes: "ABCD", bits: "" });
    // 4 = 100 : classe 4, un bit (0) ; 7 = 111 : classe 5, un bit (1) → bits 01, complétés en 010000.
    expect(packNaturals([4, 7])).toEqual({ classes: "EF", bits: "Q" });
  });

  it("refuse ce qui n'est pas un entier de 0 à 2³² − 1", () => {
    for (const value of [-1, 1.5, MAX_PACKED + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => packNaturals([1, value])).toThrow(/Entier hors de la plage 0 à 4294967295/);
    }
  });

  it("refuse une colonne abîmée, en français", () => {
    const packed = packNaturals([1000, 2000]);
    expect(() => unpackNaturals({ ...packed, classes: `${packed.classes}!` })).toThrow("Colonne d'entiers illisible (caractère « ! ») : relancez « npm run web-data »");
    expect(() => unpackNaturals({ ...packed, bits: packed.bits.slice(1) })).toThrow("Colonne d'entiers illisible (trop courte)");
    expect(() => unpackNaturals({ ...packed, bits: `${packed.bits}A` })).toThrow("Colonne d'entiers illisible (trop longue)");
  });

  it("écrit les entiers de 0 à 63 en un caractère chacun", () => {
    const values = Array.from({ length: 64 }, (_, i) => i);
    const text = packSmall(values);
    expect(text).toHaveLength(64);
    expect(Array.from(unpackSmall(text))).toEqual(values);
    expect(() => packSmall([64])).toThrow("Entier hors de la plage 0 à 63 : 64");
    expect(() => unpackSmall("A\"")).toThrow("Colonne d'entiers illisible");
  });
});

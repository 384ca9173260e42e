/**
 * The needs of one territory, or of every territory of a level, from the aggregate: a
 * commune's own; an EPCI's, the sum of its communes; a département's, its communes and
 * the contracts located by the département only; a région's, its départements and the
 * contracts located by the région only; France's, every contract counted.
 */
import { MEASURE_COUNT, M, type NeedsAggregate } from "./needs-aggregate.ts";
import type { TerritoryIndex } from "../territory-index.ts";

export type NeedsLevel = "national" | "region" | "departement" | "epci" | "commune";
export const NEEDS_LEVELS: readonly NeedsLevel[] = ["national", "region", "departement", "epci", "commune"];

/** Needs of one territory, in contracts (fractions where a postal code is shared) and € HT. */
export interface NeedsTotals {
  marches: number;
  /** € HT, to the cent. */
  montantHT: number;
  marchesEtat: number;
  marchesAvecConsiderationSociale: number;
  parConsiderationSociale: { clauseSociale: number; critereSocial: number; marcheReserve: number };
  marchesAuDessusDesSeuils: number;
  marchesAuDessusDesSeuilsSansConsiderationSociale: number;
  marchesEtatAuDessusDesSeuilsSansConsiderationSociale: number;
  marchesTravaux: number;
}

export interface NeedsRow {
  niveau: NeedsLevel;
  /** "FR", or the COG code (EPCI: SIREN). */
  code: string;
  nom: string;
  besoins: NeedsTotals;
}

/** Integer sums (hundredths, cents) to contracts and euros. */
export function toTotals(sums: ArrayLike<number>, offset = 0): NeedsTotals {
  const count = (k: number) => sums[offset + k]! / 100;
  return {
    marches: count(M.marches),
    montantHT: sums[offset + M.montant]! / 100,
    marchesEtat: count(M.marchesEtat),
    marchesAvecConsiderationSociale: count(M.avecConsiderationSociale),
    parConsiderationSociale: { clauseSociale: count(M.clauseSociale), critereSocial: count(M.critereSocial), marcheReserve: count(M.marcheReserve) },
    marchesAuDessusDesSeuils: count(M.auDessusDesSeuils),
    marchesAuDessusDesSeuilsSansConsiderationSociale: count(M.auDessusDesSeuilsSansConsiderationSociale),
    marchesEtatAuDessusDesSeuilsSansConsiderationSociale: count(M.marchesEtatAuDessusDesSeuilsSansConsiderationSociale),
    marchesTravaux: count(M.travaux),
  };
}

function addAt(target: Float64Array, targetOffset: number, source: ArrayLike<number>, sourceOffset: number): void {
  for (let k = 0; k < MEASURE_COUNT; k++) target[targetOffset + k]! += source[sourceOffset + k]!;
}

/** Integer sums per département, région and EPCI, and the national sums. */
export interface NeedsSums {
  departement: Float64Array;
  region: Float64Array;
  epci: Float64Array;
  national: Float64Array;
}

/** Rolls the communes up (exact: integer hundredths and cents). */
export function sumNeeds(index: TerritoryIndex, aggregate: NeedsAggregate): NeedsSums {
  const departement = Float64Array.from(aggregate.departementOnly);
  const epci = new Float64Array(index.reference.epci.length * MEASURE_COUNT);
  for (let c = 0; c < index.communeCount; c++) {
    addAt(departement, index.departementOf[c]! * MEASURE_COUNT, aggregate.commune, c * MEASURE_COUNT);
    const e = index.epciOf[c]!;
    if (e >= 0) addAt(epci, e * MEASURE_COUNT, aggregate.commune, c * MEASURE_COUNT);
  }
  const region = Float64Array.from(aggregate.regionOnly);
  for (let d = 0; d < index.reference.departements.length; d++) addAt(region, index.regionOfDepartement[d]! * MEASURE_COUNT, departement, d * MEASURE_COUNT);
  const national = Float64Array.from(aggregate.unlocated);
  for (let r = 0; r < index.reference.regions.length; r++) addAt(national, 0, region, r * MEASURE_COUNT);
  return { departement, region, epci, national };
}

/** One row per territory of `level` (every territory, in the reference's order: by code), or the national row. */
export function needsRows(index: TerritoryIndex, aggregate: NeedsAggregate, level: NeedsLevel, sums = sumNeeds(index, aggregate)): NeedsRow[] {
  const { reference } = index;
  const rows = (items: readonly { code: string; nom: string }[], source: Float64Array) =>
    items.map((item, i) => ({ niveau: level, code: item.code, nom: item.nom, besoins: toTotals(source, i * MEASURE_COUNT) }));
  switch (level) {
    case "national":
      return [{ niveau: "national", code: "FR", nom: "France", besoins: toTotals(sums.national) }];
    case "region":
      return rows(reference.regions, sums.region);
    case "departement":
      return rows(reference.departements, sums.departement);
    case "epci":
      return rows(reference.epci, sums.epci);
    case "commune":
      return rows(reference.communes, aggregate.commune);
  }
}

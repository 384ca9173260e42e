/**
 * Integer-indexed view of the reference data. Commune i is `reference.communes[i]`;
 * memberships, population and area are typed arrays, so counting over all of France is a
 * few loops over arrays instead of string lookups. Built once per reference, then shared.
 */
import { completeReference, type ReferenceComplement } from "./reference-complement.ts";
import type { FormerCodeRef, ReferenceData } from "./territory-reference.ts";

export interface TerritoryIndex {
  readonly reference: ReferenceData;
  readonly communeCount: number;
  /** INSEE code of commune i. */
  readonly communeCodes: readonly string[];
  /** Population municipale of commune i, habitants. */
  readonly population: Float64Array;
  /** Area of commune i on the ellipsoid, km² (0 for the few communes without geometry). */
  readonly areaKm2: Float64Array;
  /** Index in `reference.departements` of commune i's département. */
  readonly departementOf: Int32Array;
  /** Index in `reference.regions` of commune i's région. */
  readonly regionOf: Int32Array;
  /** Index in `reference.epci` of commune i's EPCI, or -1 (a few island communes). */
  readonly epciOf: Int32Array;
  /** Index in `reference.regions` of département d's région. */
  readonly regionOfDepartement: Int32Array;
  readonly communeIndex: ReadonlyMap<string, number>;
  readonly epciIndex: ReadonlyMap<string, number>;
  readonly departementIndex: ReadonlyMap<string, number>;
  readonly regionIndex: ReadonlyMap<string, number>;
  /** Sorted commune indices of each EPCI, département and région. */
  readonly communesOfEpci: readonly Int32Array[];
  readonly communesOfDepartement: readonly Int32Array[];
  readonly communesOfRegion: readonly Int32Array[];
  /**
   * Shared by an index and its completion (`completeTerritoryIndex`: the same communes,
   * memberships, population and areas, names added): what is computed on those holds for
   * both, so a store keeps its results when the names arrive.
   */
  readonly figuresKey: object;
}

function indexByCode(items: readonly { code: string }[]): Map<string, number> {
  return new Map(items.map((item, i) => [item.code, i]));
}

/** `target` reads « au département », « à la région », « à l'EPCI »; `owner` « la commune », « le département », whose code is `ownerCode`. */
function lookup(map: ReadonlyMap<string, number>, code: string, target: string, owner: string, ownerCode: string): number {
  const i = map.get(code);
  if (i === undefined) throw new Error(`Référentiel incohérent : ${owner} ${ownerCode} renvoie ${target} ${code}, absent du référentiel`);
  return i;
}

/** Commune indices grouped by `groupOf` (entries < 0 belong to no group), each list sorted. */
function groupCommunes(groupOf: Int32Array, groupCount: number): Int32Array[] {
  const sizes = new Int32Array(groupCount);
  for (const group of groupOf) if (group >= 0) sizes[group]!++;
  const lists = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(groupCount);
  groupOf.forEach((group, commune) => {
    if (group >= 0) lists[group]![filled[group]!++] = commune;
  });
  return lists;
}

/** Builds the index; throws (in French) when the reference is inconsistent. */
export function createTerritoryIndex(reference: ReferenceData): TerritoryIndex {
  const count = reference.communes.length;
  const epciIndex = indexByCode(reference.epci);
  const departementIndex = indexByCode(reference.departements);
  const regionIndex = indexByCode(reference.regions);
  const population = new Float64Array(count);
  const areaKm2 = new Float64Array(count);
  const departementOf = new Int32Array(count);
  const regionOf = new Int32Array(count);
  const epciOf = new Int32Array(count).fill(-1);
  reference.communes.forEach((commune, i) => {
    population[i] = commune.population;
    areaKm2[i] = commune.areaKm2;
    departementOf[i] = lookup(departementIndex, commune.departement, "au département", "la commune", commune.code);
    regionOf[i] = lookup(regionIndex, commune.region, "à la région", "la commune", commune.code);
    if (commune.epci !== null) epciOf[i] = lookup(epciIndex, commune.epci, "à l'EPCI", "la commune", commune.code);
  });
  const regionOfDepartement = Int32Array.from(reference.departements, (departement) =>
    lookup(regionIndex, departement.region, "à la région", "le département", departement.code),
  );
  return {
    reference,
    communeCount: count,
    communeCodes: reference.communes.map((commune) => commune.code),
    population,
    areaKm2,
    departementOf,
    regionOf,
    epciOf,
    regionOfDepartement,
    communeIndex: indexByCode(reference.communes),
    epciIndex,
    departementIndex,
    regionIndex,
    communesOfEpci: groupCommunes(epciOf, reference.epci.length),
    communesOfDepartement: groupCommunes(departementOf, reference.departements.length),
    communesOfRegion: groupCommunes(regionOf, reference.regions.length),
    figuresKey: {},
  };
}

/** The index of a first-view reference completed with names, postal codes and former codes (reference-complement.ts); its arrays shared. */
export function completeTerritoryIndex(index: TerritoryIndex, complement: ReferenceComplement): TerritoryIndex {
  return { ...index, reference: completeReference(index.reference, complement) };
}

/** Where a former commune code (commune déléguée or associée, arrondissement, absorbed commune) went, if it is one. */
export function formerCommune(index: TerritoryIndex, code: string): FormerCodeRef | undefined {
  return Object.hasOwn(index.reference.formerCodes, code) ? index.reference.formerCodes[code] : undefined;
}

/** Today's commune index for a code, following former codes; -1 when unknown. */
export function findCommune(index: TerritoryIndex, code: string): number {
  const current = index.communeIndex.get(code);
  if (current !== undefined) return current;
  const former = formerCommune(index, code);
  return former ? (index.communeIndex.get(former.to) ?? -1) : -1;
}

/**
 * The first-view reference: what the coverage engine needs to colour the map of France in
 * its first second (codes, memberships, population, area), in columns, without the names,
 * postal codes and former codes of the full reference (two thirds of its weight). Written by `npm run web-data`,
 * expanded back into a `ReferenceData` whose postal codes and former codes are empty until
 * the full reference arrives.
 */
import { REFERENCE_SCHEMA, type DepartementRef, type EpciRef, type ReferenceData, type RegionRef } from "./territory-reference.ts";

export const FIRST_VIEW_SCHEMA = "carto-clause-sociale/reference-premiere-vue@1";

export interface FirstViewReference {
  schema: typeof FIRST_VIEW_SCHEMA;
  cog: string;
  departements: DepartementRef[];
  regions: RegionRef[];
  /** EPCI without their member lists (rebuilt from the communes). */
  epci: Omit<EpciRef, "communes">[];
  communes: {
    code: string[];
    /** Index in `departements`. */
    departement: number[];
    /** Index in `epci`, or -1. */
    epci: number[];
    /** Habitants. */
    population: number[];
    /** km², as in the full reference. */
    areaKm2: number[];
    /** Indices of the communes without geometry. */
    sansGeometrie: number[];
  };
}

/** Columns of a full reference (used by the build). */
export function toFirstViewReference(reference: ReferenceData): FirstViewReference {
  const departementAt = new Map(reference.departements.map((d, i) => [d.code, i]));
  const epciAt = new Map(reference.epci.map((e, i) => [e.code, i]));
  const { communes } = reference;
  return {
    schema: FIRST_VIEW_SCHEMA,
    cog: reference.cog,
    departements: reference.departements,
    regions: reference.regions,
    epci: reference.epci.map(({ code, nom, type }) => ({ code, nom, type })),
    communes: {
      code: communes.map((c) => c.code),
      departement: communes.map((c) => departementAt.get(c.departement)!),
      epci: communes.map((c) => (c.epci === null ? -1 : epciAt.get(c.epci)!)),
      population: communes.map((c) => c.population),
      areaKm2: communes.map((c) => c.areaKm2),
      sansGeometrie: communes.flatMap((c, i) => (c.geometry ? [] : [i])),
    },
  };
}

/** The reference the engine reads, rebuilt from the columns; names, postal codes and former codes empty. Throws (in French) on a foreign file. */
export function fromFirstViewReference(columns: FirstViewReference): ReferenceData {
  if (columns.schema !== FIRST_VIEW_SCHEMA) throw new Error(`Référentiel de première vue au format ${String(columns.schema)} inattendu (attendu ${FIRST_VIEW_SCHEMA}) : relancez « npm run web-data »`);
  const { code, departement, epci, population, areaKm2, sansGeometrie } = columns.communes;
  const withoutGeometry = new Set(sansGeometrie);
  const members: string[][] = columns.epci.map(() => []);
  const communes = code.map((commune, i) => {
    const d = columns.departements[departement[i]!]!;
    const e = epci[i]!;
    if (e >= 0) members[e]!.push(commune);
    return {
      code: commune,
      nom: "",
      departement: d.code,
      region: d.region,
      epci: e >= 0 ? columns.epci[e]!.code : null,
      population: population[i]!,
      areaKm2: areaKm2[i]!,
      codesPostaux: [],
      geometry: !withoutGeometry.has(i),
    };
  });
  return {
    schema: REFERENCE_SCHEMA,
    cog: columns.cog,
    communes,
    epci: columns.epci.map((e, i) => ({ ...e, communes: members[i]! })),
    departements: columns.departements,
    regions: columns.regions,
    formerCodes: {},
  };
}

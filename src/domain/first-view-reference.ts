/**
 * The first-view reference: what the coverage engine needs to colour the map of France in
 * its first second (codes, memberships, population, area), in packed columns, without the
 * names of the communes, their postal codes and the former codes of the full reference.
 * Written by `npm run web-data`, expanded back into a `ReferenceData` equal to the full
 * reference but for those: commune names and postal codes empty, no former codes, until the
 * full reference arrives.
 *
 * Packing, each step checked by the writer so that the expansion is exact:
 * - the communes are sorted by code, hence grouped by département: a count per département,
 *   and each code as the gap from the previous one of its département once the
 *   département's prefix is removed ("01001" → 1, "2A004" → 4, "97101" → 1);
 * - the EPCI of a commune is its position in its département's list of EPCI, most frequent
 *   first: one character;
 * - population and area as integers (`packed-integers.ts`), the area in ares (1/10,000 km²),
 *   the precision the geometry build rounds it to (`roundArea`, scripts/geo/layers.ts);
 * - the EPCI's SIREN as gaps between consecutive codes.
 */
import { packNaturals, packSmall, unpackNaturals, unpackSmall, type PackedNaturals } from "./packed-integers.ts";
import { REFERENCE_SCHEMA, type CommuneRef, type DepartementRef, type EpciRef, type ReferenceData, type RegionRef } from "./territory-reference.ts";

export const FIRST_VIEW_SCHEMA = "carto-clause-sociale/reference-premiere-vue@2";

/** Ares per km²: the full reference's areas are rounded to the are (1e-4 km²). */
const ARES_PER_KM2 = 10_000;
const COMMUNE_CODE_LENGTH = 5;
const SIREN_LENGTH = 9;

export interface FirstViewReference {
  schema: typeof FIRST_VIEW_SCHEMA;
  cog: string;
  departements: DepartementRef[];
  regions: RegionRef[];
  /** EPCI without their member lists (rebuilt from the communes), sorted by code. */
  epci: {
    /** SIREN as the gap from the previous one (the first: from 0). */
    code: PackedNaturals;
    nom: string[];
    type: string[];
  };
  communes: {
    /** Number of communes of each département, in `departements` order. */
    departementSizes: number[];
    /** Code without the département's prefix, as the gap from the previous commune of the département (the first: from 0). */
    code: PackedNaturals;
    /** For each département, the EPCI of its communes (index in `epci`, or -1 for none), most frequent first. */
    epciByDepartement: number[][];
    /** Position of each commune's EPCI in its département's list, one character per commune. */
    epci: string;
    /** Habitants. */
    population: PackedNaturals;
    /** Ares (1e-4 km²), exactly the full reference's km² × 10,000. */
    areaAres: PackedNaturals;
    /** Indices of the communes without geometry. */
    sansGeometrie: number[];
  };
}

/** The postal codes of every commune until the full reference arrives: one shared empty list (frozen: nothing writes postal codes). */
const NO_POSTAL_CODES = Object.freeze([]) as unknown as string[];

const communeCode = (departement: string, rest: number) => departement + String(rest).padStart(COMMUNE_CODE_LENGTH - departement.length, "0");
const siren = (value: number) => String(value).padStart(SIREN_LENGTH, "0");

/** Gaps between consecutive values (the first: from 0). */
const gaps = (values: readonly number[]) => values.map((value, i) => value - (i === 0 ? 0 : values[i - 1]!));

/** Packed columns of a full reference (used by the build); throws (in French) on what the packing could not restore exactly. */
export function toFirstViewReference(reference: ReferenceData): FirstViewReference {
  const { communes, departements } = reference;
  const departementAt = new Map(departements.map((d, i) => [d.code, i]));
  const epciAt = new Map(reference.epci.map((e, i) => [e.code, i]));
  const byDepartement: CommuneRef[][] = departements.map(() => []);
  let previous = 0;
  for (const commune of communes) {
    const d = departementAt.get(commune.departement);
    if (d === undefined || d < previous) throw new Error(`Commune ${commune.code} : département ${commune.departement} absent ou hors de l'ordre des départements`);
    if (commune.region !== departements[d]!.region) throw new Error(`Commune ${commune.code} : région ${commune.region}, mais ${departements[d]!.region} pour son département`);
    byDepartement[d]!.push(commune);
    previous = d;
  }

  const codeGaps = byDepartement.flatMap((members, d) => {
    const prefix = departements[d]!.code;
    const rests = members.map((commune, i) => {
      const rest = Number(commune.code.slice(prefix.length));
      if (communeCode(prefix, rest) !== commune.code) throw new Error(`Code de commune ${commune.code} non reconstructible depuis son département ${prefix}`);
      if (i > 0 && commune.code <= members[i - 1]!.code) throw new Error(`Communes non triées par code : ${commune.code} après ${members[i - 1]!.code}`);
      return rest;
    });
    return gaps(rests);
  });

  const epciOf = (commune: CommuneRef) => {
    if (commune.epci === null) return -1;
    const e = epciAt.get(commune.epci);
    if (e === undefined) throw new Error(`Commune ${commune.code} : EPCI ${commune.epci} absent du référentiel`);
    return e;
  };
  const epciByDepartement = byDepartement.map((members) => {
    const counts = new Map<number, number>();
    for (const commune of members) counts.set(epciOf(commune), (counts.get(epciOf(commune)) ?? 0) + 1);
    return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a - b);
  });
  const epciPositions = byDepartement.flatMap((members, d) => {
    const position = new Map(epciByDepartement[d]!.map((e, i) => [e, i]));
    return members.map((commune) => position.get(epciOf(commune))!);
  });

  const areaAres = communes.map((commune) => {
    const ares = Math.round(commune.areaKm2 * ARES_PER_KM2);
    if (ares / ARES_PER_KM2 !== commune.areaKm2) throw new Error(`Surface de la commune ${commune.code} (${commune.areaKm2} km²) plus précise que l'are`);
    return ares;
  });

  const sirens = reference.epci.map((e, i) => {
    const value = Number(e.code);
    if (siren(value) !== e.code) throw new Error(`SIREN d'EPCI ${e.code} non numérique`);
    if (i > 0 && value <= Number(reference.epci[i - 1]!.code)) throw new Error(`EPCI non triés par code : ${e.code} après ${reference.epci[i - 1]!.code}`);
    return value;
  });

  return {
    schema: FIRST_VIEW_SCHEMA,
    cog: reference.cog,
    departements,
    regions: reference.regions,
    epci: { code: packNaturals(gaps(sirens)), nom: reference.epci.map((e) => e.nom), type: reference.epci.map((e) => e.type) },
    communes: {
      departementSizes: byDepartement.map((members) => members.length),
      code: packNaturals(codeGaps),
      epciByDepartement,
      epci: packSmall(epciPositions),
      population: packNaturals(communes.map((c) => c.population)),
      areaAres: packNaturals(areaAres),
      sansGeometrie: communes.flatMap((c, i) => (c.geometry ? [] : [i])),
    },
  };
}

/** The reference the engine reads, rebuilt from the columns; commune names, postal codes and former codes empty. Throws (in French) on a foreign or damaged file. */
export function fromFirstViewReference(file: FirstViewReference): ReferenceData {
  if (file.schema !== FIRST_VIEW_SCHEMA) throw new Error(`Référentiel de première vue au format ${String(file.schema)} inattendu (attendu ${FIRST_VIEW_SCHEMA}) : relancez « npm run web-data »`);
  const { departements, communes: columns } = file;
  let sirenValue = 0;
  const epci: EpciRef[] = Array.from(unpackNaturals(file.epci.code), (gap, i) => ({
    code: siren((sirenValue += gap)),
    nom: file.epci.nom[i]!,
    type: file.epci.type[i]!,
    communes: [],
  }));
  const codeGaps = unpackNaturals(columns.code);
  const epciPositions = unpackSmall(columns.epci);
  const population = unpackNaturals(columns.population);
  const areaAres = unpackNaturals(columns.areaAres);
  const count = columns.departementSizes.reduce((sum, size) => sum + size, 0);
  if ([codeGaps, epciPositions, population, areaAres].some((column) => column.length !== count)) {
    throw new Error(`Référentiel de première vue incohérent (colonnes de longueurs différentes) : relancez « npm run web-data »`);
  }
  const withoutGeometry = new Uint8Array(count);
  for (const c of columns.sansGeometrie) withoutGeometry[c] = 1;
  const suffixesOfWidth: string[][] = [];
  const communes = new Array<CommuneRef>(count);
  let i = 0;
  for (let d = 0; d < departements.length; d++) {
    const { code: prefix, region } = departements[d]!;
    const width = COMMUNE_CODE_LENGTH - prefix.length;
    const suffixes = (suffixesOfWidth[width] ??= Array.from({ length: 10 ** width }, (_, n) => String(n).padStart(width, "0")));
    const epciOfDepartement = columns.epciByDepartement[d]!;
    let rest = 0;
    for (const end = i + columns.departementSizes[d]!; i < end; i++) {
      rest += codeGaps[i]!;
      const suffix = suffixes[rest];
      const e = epciOfDepartement[epciPositions[i]!];
      if (suffix === undefined || e === undefined) throw new Error(`Référentiel de première vue incohérent (commune ${i + 1}) : relancez « npm run web-data »`);
      const code = prefix + suffix;
      let epciCode: string | null = null;
      if (e >= 0) {
        const group = epci[e]!;
        group.communes.push(code);
        epciCode = group.code;
      }
      communes[i] = {
        code,
        nom: "",
        departement: prefix,
        region,
        epci: epciCode,
        population: population[i]!,
        areaKm2: areaAres[i]! / ARES_PER_KM2,
        codesPostaux: NO_POSTAL_CODES,
        geometry: withoutGeometry[i] === 0,
      };
    }
  }
  return {
    schema: REFERENCE_SCHEMA,
    cog: file.cog,
    communes,
    epci,
    departements,
    regions: file.regions,
    formerCodes: {},
  };
}

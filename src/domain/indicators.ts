/**
 * Indicators at national, région and département level. Additive figures are summed per
 * département in one pass over the communes, then rolled up (communes tile the territory,
 * so sums are exact); distinct counts (coordinateurs) are counted per level.
 */
import type { Coverage } from "./coverage.ts";
import type { Project } from "./model.ts";
import type { PerimeterSet } from "./perimeter.ts";
import type { TerritoryIndex } from "./territory-index.ts";
import { COMMUNE_STATUS, ZONE_BLANCHE_KINDS, type ZoneBlancheKind } from "./zones-blanches.ts";

export type IndicatorLevel = "national" | "region" | "departement";

export interface Totals {
  communes: number;
  /** Habitants. */
  population: number;
  /** km², the sum of the communes' own areas. */
  areaKm2: number;
}

export interface UnitIndicators {
  level: IndicatorLevel;
  /** "FR" for the national row, else the région or département code. */
  code: string;
  nom: string;
  total: Totals;
  /** Communes with a facilitator of their own territory (capacity short or not). */
  covered: Totals;
  /** Communes in each kind of zone blanche (disjoint; `capaciteInsuffisante` is part of `covered`). */
  zonesBlanches: Record<ZoneBlancheKind, Totals>;
  /** Communes covered by two facilitators or more (area left out). */
  overlap: Omit<Totals, "areaKm2">;
  /** Posts with the role facilitateur whose structure has its siège in the unit, vacant ones included. */
  facilitateurs: number;
  vacantPosts: number;
  /** ETP of those posts en poste. */
  etp: number;
  /** Structures porteuses with their siège in the unit. */
  structures: number;
  /** ETP that the facilitators' perimeters bring to the unit's communes (spread by population), ETP. */
  deployedEtp: number;
  /** `deployedEtp` per 100,000 habitants of the unit; null without habitants. */
  etpPer100k: number | null;
  acheteurs: number;
  /** Acheteurs de l'État whose commune is in any kind of zone blanche. */
  acheteursInZonesBlanches: number;
  /** Coordinateurs régionaux en poste whose perimeter reaches the unit. */
  coordinateurs: number;
}

export interface Indicators {
  national: UnitIndicators;
  regions: UnitIndicators[];
  departements: UnitIndicators[];
}

export interface IndicatorInputs {
  perimeters: PerimeterSet;
  coverage: Coverage;
  status: Uint8Array;
  /** Commune index of each acheteur, -1 when it could not be placed. */
  acheteurCommunes: Int32Array;
}

type Sums = Omit<UnitIndicators, "level" | "code" | "nom" | "etpPer100k" | "coordinateurs">;

const totals = (): Totals => ({ communes: 0, population: 0, areaKm2: 0 });

function emptySums(): Sums {
  return {
    total: totals(),
    covered: totals(),
    zonesBlanches: { sansFacilitateur: totals(), extensionSeulement: totals(), capaciteInsuffisante: totals() },
    overlap: { communes: 0, population: 0 },
    facilitateurs: 0,
    vacantPosts: 0,
    etp: 0,
    structures: 0,
    deployedEtp: 0,
    acheteurs: 0,
    acheteursInZonesBlanches: 0,
  };
}

function addTotals(target: Totals, communes: number, population: number, areaKm2: number): void {
  target.communes += communes;
  target.population += population;
  target.areaKm2 += areaKm2;
}

function addSums(target: Sums, source: Sums): void {
  for (const key of ["total", "covered"] as const) addTotals(target[key], source[key].communes, source[key].population, source[key].areaKm2);
  for (const kind of ZONE_BLANCHE_KINDS) {
    const from = source.zonesBlanches[kind];
    addTotals(target.zonesBlanches[kind], from.communes, from.population, from.areaKm2);
  }
  target.overlap.communes += source.overlap.communes;
  target.overlap.population += source.overlap.population;
  for (const key of ["facilitateurs", "vacantPosts", "etp", "structures", "deployedEtp", "acheteurs", "acheteursInZonesBlanches"] as const) {
    target[key] += source[key];
  }
}

const KIND_OF_STATUS: (ZoneBlancheKind | null)[] = [null, "sansFacilitateur", "extensionSeulement", "capaciteInsuffisante"];

/** Additive sums per département. */
function sumByDepartement(index: TerritoryIndex, project: Project, inputs: IndicatorInputs): Sums[] {
  const sums = index.reference.departements.map(emptySums);
  const { coverage, status } = inputs;
  for (let c = 0; c < index.communeCount; c++) {
    const row = sums[index.departementOf[c]!]!;
    const population = index.population[c]!;
    const area = index.areaKm2[c]!;
    addTotals(row.total, 1, population, area);
    const kind = KIND_OF_STATUS[status[c]!]!;
    if (kind) addTotals(row.zonesBlanches[kind], 1, population, area);
    if (coverage.homeCount[c]! > 0) addTotals(row.covered, 1, population, area);
    if (coverage.offsets[c + 1]! - coverage.offsets[c]! >= 2) {
      row.overlap.communes++;
      row.overlap.population += population;
    }
    row.deployedEtp += coverage.capacityEtp[c]!;
  }
  const departementOfCommune = (code: string) => {
    const c = index.communeIndex.get(code);
    return c === undefined ? undefined : sums[index.departementOf[c]!];
  };
  for (const structure of project.structures) {
    const row = departementOfCommune(structure.communeSiege);
    if (row) row.structures++;
  }
  const seatOf = new Map(project.structures.map((s) => [s.id, s.communeSiege]));
  for (const facilitateur of project.facilitateurs) {
    const seat = seatOf.get(facilitateur.structure);
    const row = facilitateur.role === "facilitateur" && seat !== undefined ? departementOfCommune(seat) : undefined;
    if (!row) continue;
    row.facilitateurs++;
    if (facilitateur.statut === "poste-vacant") row.vacantPosts++;
    else row.etp += facilitateur.etp;
  }
  for (const c of inputs.acheteurCommunes) {
    if (c < 0) continue;
    const row = sums[index.departementOf[c]!]!;
    row.acheteurs++;
    if (status[c] !== COMMUNE_STATUS.couverte) row.acheteursInZonesBlanches++;
  }
  return sums;
}

/** Coordinateurs en poste reaching each département and each région. */
function countCoordinateurs(index: TerritoryIndex, project: Project, perimeters: PerimeterSet) {
  const departements = new Int32Array(index.reference.departements.length);
  const regions = new Int32Array(index.reference.regions.length);
  const seenDepartement = new Int32Array(departements.length);
  const seenRegion = new Int32Array(regions.length);
  let national = 0;
  project.facilitateurs.forEach((facilitateur, f) => {
    if (facilitateur.role !== "coordinateur-regional" || facilitateur.statut !== "en-poste") return;
    national++;
    for (let k = perimeters.offsets[f]!; k < perimeters.offsets[f + 1]!; k++) {
      const d = index.departementOf[perimeters.communes[k]!]!;
      const r = index.regionOfDepartement[d]!;
      if (seenDepartement[d] !== f + 1) {
        seenDepartement[d] = f + 1;
        departements[d]!++;
      }
      if (seenRegion[r] !== f + 1) {
        seenRegion[r] = f + 1;
        regions[r]!++;
      }
    }
  });
  return { national, departements, regions };
}

function finish(level: IndicatorLevel, code: string, nom: string, sums: Sums, coordinateurs: number): UnitIndicators {
  const population = sums.total.population;
  return { level, code, nom, ...sums, etpPer100k: population > 0 ? (sums.deployedEtp * 100_000) / population : null, coordinateurs };
}

/** Indicators of every département, every région and the nation. */
export function computeIndicators(index: TerritoryIndex, project: Project, inputs: IndicatorInputs): Indicators {
  const { departements, regions } = index.reference;
  const byDepartement = sumByDepartement(index, project, inputs);
  const byRegion = regions.map(emptySums);
  const national = emptySums();
  byDepartement.forEach((sums, d) => {
    addSums(byRegion[index.regionOfDepartement[d]!]!, sums);
    addSums(national, sums);
  });
  const coordinateurs = countCoordinateurs(index, project, inputs.perimeters);
  return {
    national: finish("national", "FR", "France", national, coordinateurs.national),
    regions: regions.map((region, r) => finish("region", region.code, region.nom, byRegion[r]!, coordinateurs.regions[r]!)),
    departements: departements.map((departement, d) =>
      finish("departement", departement.code, departement.nom, byDepartement[d]!, coordinateurs.departements[d]!),
    ),
  };
}

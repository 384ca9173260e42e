/**
 * Capacity against measured needs. A contract placed in a commune is shared among the
 * facilitators covering it in proportion to the ETP each brings there (`shareOfEtp`, as
 * coverage spreads ETP); a commune no ETP reaches leaves its contracts to no facilitator,
 * and a contract located by its département or région only is given to no facilitator.
 * Each facilitator's load is then per ETP; a commune sees the average load of its
 * facilitators, weighted by the ETP each brings to it (as the State buyer load does).
 */
import { shareOfEtp, type Coverage } from "../coverage.ts";
import type { PerimeterSet } from "../perimeter.ts";
import type { TerritoryIndex } from "../territory-index.ts";
import type { MeasuredLoad } from "../zones-blanches.ts";
import { MEASURE_COUNT, M, type Measure, type NeedsAggregate } from "./needs-aggregate.ts";
import type { SeuilsBesoins } from "./needs-settings.ts";

/** The measures a facilitator's load is counted in. */
export const LOAD_MEASURES = ["marches", "marchesEtat", "auDessusDesSeuils", "auDessusDesSeuilsSansConsiderationSociale"] as const satisfies readonly Measure[];
export type LoadMeasure = (typeof LOAD_MEASURES)[number];

export interface FacilitatorNeeds {
  /** Contracts of facilitator f (shared by ETP), per measure. */
  contracts: Record<LoadMeasure, Float64Array>;
  /** The same per ETP of facilitator f; 0 for a facilitator without ETP. */
  perEtp: Record<LoadMeasure, Float64Array>;
  /** Contracts placed in communes that no ETP reaches (no facilitator, or vacant posts only). */
  uncovered: Record<LoadMeasure, number>;
}

const byMeasure = (make: () => Float64Array) => Object.fromEntries(LOAD_MEASURES.map((measure) => [measure, make()])) as Record<LoadMeasure, Float64Array>;

/** Contracts per facilitator (shared by ETP) and per ETP. */
export function needsPerFacilitateur(index: TerritoryIndex, coverage: Coverage, aggregate: NeedsAggregate, perimeters: PerimeterSet): FacilitatorNeeds {
  const count = coverage.effectiveEtp.length;
  const contracts = byMeasure(() => new Float64Array(count));
  const uncovered = Object.fromEntries(LOAD_MEASURES.map((measure) => [measure, 0])) as Record<LoadMeasure, number>;
  const { offsets, facilitateurs, capacityEtp, effectiveEtp } = coverage;
  for (let c = 0; c < index.communeCount; c++) {
    const base = c * MEASURE_COUNT;
    if (aggregate.commune[base + M.marches] === 0) continue;
    if (capacityEtp[c]! === 0) {
      for (const measure of LOAD_MEASURES) uncovered[measure] += aggregate.commune[base + M[measure]]! / 100;
      continue;
    }
    for (let k = offsets[c]!; k < offsets[c + 1]!; k++) {
      const f = facilitateurs[k]!;
      const etp = effectiveEtp[f]!;
      if (etp === 0) continue;
      const share = shareOfEtp(index, perimeters, etp, f, c) / capacityEtp[c]!;
      for (const measure of LOAD_MEASURES) contracts[measure][f]! += (share * aggregate.commune[base + M[measure]]!) / 100;
    }
  }
  const perEtp = byMeasure(() => new Float64Array(count));
  for (const measure of LOAD_MEASURES) {
    for (let f = 0; f < count; f++) perEtp[measure][f] = effectiveEtp[f]! > 0 ? contracts[measure][f]! / effectiveEtp[f]! : 0;
  }
  return { contracts, perEtp, uncovered };
}

/** Commune c's view of a per-facilitator load: weighted by the ETP each facilitator brings to c; 0 where no ETP reaches. */
function loadSeenByCommunes(index: TerritoryIndex, coverage: Coverage, perimeters: PerimeterSet, perFacilitateur: Float64Array): Float64Array {
  const weighted = new Float64Array(index.communeCount);
  const { effectiveEtp, capacityEtp } = coverage;
  for (let f = 0; f < effectiveEtp.length; f++) {
    const etp = effectiveEtp[f]!;
    if (etp === 0 || perFacilitateur[f] === 0) continue;
    for (let k = perimeters.offsets[f]!; k < perimeters.offsets[f + 1]!; k++) {
      const c = perimeters.communes[k]!;
      weighted[c]! += shareOfEtp(index, perimeters, etp, f, c) * perFacilitateur[f]!;
    }
  }
  return weighted.map((sum, c) => (capacityEtp[c]! > 0 ? sum / capacityEtp[c]! : 0));
}

/** The measured load of zone blanche 3 (see `classifyCommunes`): State contracts and contracts above threshold per ETP, as each commune sees them. */
export function measuredLoad(index: TerritoryIndex, coverage: Coverage, perimeters: PerimeterSet, needs: FacilitatorNeeds, seuils: SeuilsBesoins): MeasuredLoad {
  return {
    marchesEtatParEtp: loadSeenByCommunes(index, coverage, perimeters, needs.perEtp.marchesEtat),
    marchesAuDessusDesSeuilsParEtp: loadSeenByCommunes(index, coverage, perimeters, needs.perEtp.auDessusDesSeuils),
    seuils,
  };
}

/** Contracts and State contracts per ETP of a territory (its deployed ETP: see indicators); null without ETP. */
export function needsPerEtp(totals: { marches: number; marchesEtat: number }, etp: number): { marchesParEtp: number; marchesEtatParEtp: number } | null {
  return etp > 0 ? { marchesParEtp: totals.marches / etp, marchesEtatParEtp: totals.marchesEtat / etp } : null;
}

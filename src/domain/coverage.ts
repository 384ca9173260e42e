/**
 * Coverage per commune: which facilitators cover it (home territory or extension
 * limitrophe) and how much capacity (ETP) reaches it. Only entries with the role
 * `facilitateur` cover; coordinateurs régionaux are counted apart. A vacant post covers
 * (its perimeter stays on the map) but brings 0 ETP.
 */
import type { Facilitateur } from "./model.ts";
import type { PerimeterSet } from "./perimeter.ts";
import type { TerritoryIndex } from "./territory-index.ts";

export interface Coverage {
  /** ETP that counts for facilitator f: its ETP when en poste with the role facilitateur, else 0. */
  effectiveEtp: Float64Array;
  /** 1 for entries that cover (role facilitateur), 0 for coordinateurs régionaux. */
  covers: Uint8Array;
  /** Facilitators covering commune c through their home territory. */
  homeCount: Int32Array;
  /** Facilitators covering commune c only through an extension limitrophe. */
  extensionCount: Int32Array;
  /**
   * Facilitators covering commune c (home first, then extension) are
   * `facilitateurs[offsets[c]] … facilitateurs[offsets[c + 1] - 1]`.
   */
  offsets: Int32Array;
  facilitateurs: Int32Array;
  /** ETP reaching commune c: each facilitator's ETP spread over its perimeter by population, ETP. */
  capacityEtp: Float64Array;
  /**
   * ETP per 100,000 habitants of the perimeters serving commune c: Σ ETP_f × 100,000 / population_f
   * over its facilitators (Infinity when a facilitator with ETP has a perimeter of 0 habitants).
   */
  etpPer100k: Float64Array;
}

/**
 * ETP of facilitator f that reaches commune c of its perimeter: by population, or evenly
 * when the whole perimeter has no habitant. ETP.
 */
export function shareOfEtp(index: TerritoryIndex, perimeters: PerimeterSet, etp: number, f: number, c: number): number {
  const population = perimeters.population[f]!;
  if (population > 0) return (etp * index.population[c]!) / population;
  return etp / (perimeters.offsets[f + 1]! - perimeters.offsets[f]!);
}

/** Coverage of every commune by the facilitators of `facilitateurs`, whose perimeters are `perimeters` (same order). */
export function computeCoverage(index: TerritoryIndex, facilitateurs: readonly Facilitateur[], perimeters: PerimeterSet): Coverage {
  const n = index.communeCount;
  const count = facilitateurs.length;
  const covers = Uint8Array.from(facilitateurs, (f) => (f.role === "facilitateur" ? 1 : 0));
  const effectiveEtp = Float64Array.from(facilitateurs, (f, i) => (covers[i] && f.statut === "en-poste" ? f.etp : 0));
  const homeCount = new Int32Array(n);
  const extensionCount = new Int32Array(n);
  const capacityEtp = new Float64Array(n);
  const etpPer100k = new Float64Array(n);
  const { offsets: perimeterOffsets, communes, extension } = perimeters;
  for (let f = 0; f < count; f++) {
    if (!covers[f]) continue;
    const etp = effectiveEtp[f]!;
    const population = perimeters.population[f]!;
    const density = etp === 0 ? 0 : population > 0 ? (etp * 100_000) / population : Infinity;
    for (let k = perimeterOffsets[f]!; k < perimeterOffsets[f + 1]!; k++) {
      const c = communes[k]!;
      if (extension[k]) extensionCount[c]!++;
      else homeCount[c]!++;
      if (etp > 0) {
        capacityEtp[c]! += shareOfEtp(index, perimeters, etp, f, c);
        etpPer100k[c]! += density;
      }
    }
  }
  // Per-commune lists, home facilitators before extension ones.
  const offsets = new Int32Array(n + 1);
  for (let c = 0; c < n; c++) offsets[c + 1] = offsets[c]! + homeCount[c]! + extensionCount[c]!;
  const cursor = offsets.slice(0, n);
  const list = new Int32Array(offsets[n]!);
  for (const pass of [0, 1]) {
    for (let f = 0; f < count; f++) {
      if (!covers[f]) continue;
      for (let k = perimeterOffsets[f]!; k < perimeterOffsets[f + 1]!; k++) {
        if (extension[k] === pass) list[cursor[communes[k]!]!++] = f;
      }
    }
  }
  return { effectiveEtp, covers, homeCount, extensionCount, offsets, facilitateurs: list, capacityEtp, etpPer100k };
}

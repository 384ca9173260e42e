// The per-commune values the map colours by (feature-state, keyed on the commune's index,
// which is its feature id in the tiles).
// All keys are set at once, so switching the coloured layer needs no per-commune work.
import type { ComputeResult } from "../domain/recompute.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { capacityClass } from "./palettes.ts";

/** Feature-state keys, one per coloured layer. */
export const STATE_KEYS = { "zones-blanches": "zb", couverture: "cov", capacite: "cap", chevauchements: "ov", facilitateur: "fac", comparaison: "cmp" } as const;

export type CommuneState = Record<(typeof STATE_KEYS)[keyof typeof STATE_KEYS], number>;

/**
 * One state per commune with geometry. `facilitatorColours[f]` is the colour index of
 * facilitator f (see facilitator-colours.ts); a commune takes its first facilitator's.
 * `changes[c]` is commune c's change between two compared scenarios (`COMMUNE_CHANGE`), if any.
 */
export function computeCommuneStates(index: TerritoryIndex, result: ComputeResult, facilitatorColours: Int8Array, changes?: Uint8Array): CommuneState[] {
  const { coverage, status } = result;
  const states: CommuneState[] = [];
  for (let c = 0; c < index.communeCount; c++) {
    const count = coverage.offsets[c + 1]! - coverage.offsets[c]!;
    states.push({
      zb: status[c]!,
      cov: Math.min(count, 3),
      cap: coverage.homeCount[c]! > 0 ? capacityClass(coverage.etpPer100k[c]!) : 0,
      ov: count >= 2 ? 1 : 0,
      fac: count > 0 ? facilitatorColours[coverage.facilitateurs[coverage.offsets[c]!]!]! : -1,
      cmp: changes?.[c] ?? 0,
    });
  }
  return states;
}

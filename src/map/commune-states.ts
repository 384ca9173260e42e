// The per-commune values the map colours by, and the one feature-state key the tiles are
// coloured from. The map holds a single key per commune, `v`: the palette code of the
// commune's class in the coloured layer shown. Switching layers rewrites `v` (a paint-array
// update, ~35,000 numbers) instead of changing the fill expression, which would make
// MapLibre lay out and tessellate every tile again.
import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { ComputeResult } from "../domain/recompute.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import type { Colouring, NeedsMeasure } from "../view/vocabulary.ts";
import { capacityClass, LEGENDS, needsClass, NEUTRAL } from "./palettes.ts";

/** Per-commune value of each coloured layer (kept on the JavaScript side). */
const STATE_KEYS = { "zones-blanches": "zb", couverture: "cov", capacite: "cap", chevauchements: "ov", facilitateur: "fac", comparaison: "cmp", besoins: "bm" } as const;
/** The « besoins » layer's value by measure. */
const NEEDS_KEYS = { marches: "bm", marchesEtat: "be", sansConsiderationSociale: "bs" } as const satisfies Record<NeedsMeasure, string>;

export type CommuneState = Record<(typeof STATE_KEYS)[keyof typeof STATE_KEYS] | (typeof NEEDS_KEYS)[NeedsMeasure], number>;

/**
 * Contracts per commune of each needs measure, in hundredths of a contract (the needs
 * aggregate's `commune` measures, picked out by the binding: the map knows no DECP).
 */
export interface CommuneNeeds {
  marches: ArrayLike<number>;
  marchesEtat: ArrayLike<number>;
  sansConsiderationSociale: ArrayLike<number>;
}

/** The feature-state key the fill colour reads. */
export const FILL_KEY = "v";

/** Every legend entry of every layer, in one list: an entry's position is its palette code. */
const PALETTE = (Object.keys(LEGENDS) as Colouring[]).flatMap((colouring) => LEGENDS[colouring].map((entry) => ({ colouring, value: entry.value, colour: entry.colour })));
const CODES = new Map(PALETTE.map((entry, code) => [`${entry.colouring}|${entry.value}`, code]));

/** Palette code of `value` in the layer `colouring`; -1 (neutral) for a value outside its legend. */
export function paletteCode(colouring: Colouring, value: number): number {
  return CODES.get(`${colouring}|${value}`) ?? -1;
}

/**
 * The code a commune without a feature-state is drawn with: « Couverte » in the zones
 * blanches, the layer every first view shows, and the class of most communes. The first
 * colouring writes states only for the others (about a quarter of them in the demo): each state costs
 * MapLibre a call and, on every tile that arrives, an update of the commune's paint array,
 * all on the main thread before the first view. The communes stay transparent until their
 * first colours are written (commune-layer.ts), so none shows this code unasked.
 */
export const UNWRITTEN_CODE = paletteCode("zones-blanches", 0);

/**
 * The communes' fill colour: a fixed `match` on the palette code held by the feature-state
 * key, the same for every layer (`UNWRITTEN_CODE` while a commune has none); the neutral
 * colour for a code outside the palette (-1).
 */
export function fillColourExpression(): ExpressionSpecification {
  const cases = PALETTE.flatMap((entry, code) => [code, entry.colour]);
  return ["match", ["coalesce", ["feature-state", FILL_KEY], UNWRITTEN_CODE], ...cases, NEUTRAL] as unknown as ExpressionSpecification;
}

/**
 * One state per commune with geometry. `facilitatorColours[f]` is the colour index of
 * facilitator f (see facilitator-colours.ts); a commune takes its first facilitator's.
 * `changes[c]` is commune c's change between two compared scenarios (`COMMUNE_CHANGE`), if any;
 * `needs`, the contracts of each commune when needs are loaded (class 0 everywhere without).
 */
export function computeCommuneStates(index: TerritoryIndex, result: ComputeResult, facilitatorColours: Int8Array, changes?: Uint8Array, needs?: CommuneNeeds): CommuneState[] {
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
      bm: needs ? needsClass(needs.marches[c]! / 100) : 0,
      be: needs ? needsClass(needs.marchesEtat[c]! / 100) : 0,
      bs: needs ? needsClass(needs.sansConsiderationSociale[c]! / 100) : 0,
    });
  }
  return states;
}

/** Palette code of every commune in the layer `colouring` (the « besoins » layer: of `measure`). */
export function paletteCodes(states: CommuneState[], colouring: Colouring, measure: NeedsMeasure = "marches"): Int16Array {
  const key = colouring === "besoins" ? NEEDS_KEYS[measure] : STATE_KEYS[colouring];
  const codes = new Int16Array(states.length);
  for (let c = 0; c < states.length; c++) codes[c] = paletteCode(colouring, states[c]![key]);
  return codes;
}

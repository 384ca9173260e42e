// Colours of the "facilitateur" layer: adjacent perimeters get different colours (greedy
// graph colouring over touching perimeters), from a palette of eight.
import { neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { ComputeResult } from "../domain/recompute.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { CATEGORICAL } from "./palettes.ts";

/** Neighbouring communes (sharing a border) of each commune, by territory index. */
export function communeNeighbours(index: TerritoryIndex, topology: Topology): Int32Array[] {
  const collection = topology.objects["communes"] as GeometryCollection<{ code: string }>;
  const geometries = collection.geometries;
  const toIndex = geometries.map((g) => index.communeIndex.get(String((g.properties as { code?: string } | undefined)?.code)) ?? -1);
  const result: Int32Array[] = Array.from({ length: index.communeCount }, () => new Int32Array(0));
  neighbors(geometries).forEach((list, g) => {
    const c = toIndex[g]!;
    if (c >= 0) result[c] = Int32Array.from(list.map((n) => toIndex[n]!).filter((n) => n >= 0));
  });
  return result;
}

/** Colour index (0 … 7) of each facilitator; -1 for those that colour no commune. */
export function colourFacilitators(result: ComputeResult, neighbours: readonly Int32Array[], facilitatorCount: number): Int8Array {
  const { offsets, facilitateurs } = result.coverage;
  const primary = (c: number) => (offsets[c + 1]! > offsets[c]! ? facilitateurs[offsets[c]!]! : -1);
  const adjacent: Set<number>[] = Array.from({ length: facilitatorCount }, () => new Set<number>());
  const colouring = new Uint8Array(facilitatorCount);
  neighbours.forEach((list, c) => {
    const p = primary(c);
    if (p < 0) return;
    colouring[p] = 1;
    for (const d of list) {
      const q = primary(d);
      if (q >= 0 && q !== p) {
        adjacent[p]!.add(q);
        adjacent[q]!.add(p);
      }
    }
  });
  const colours = new Int8Array(facilitatorCount).fill(-1);
  const order = [...adjacent.keys()].filter((f) => colouring[f]).sort((a, b) => adjacent[b]!.size - adjacent[a]!.size || a - b);
  for (const f of order) {
    const used = new Array<number>(CATEGORICAL.length).fill(0);
    for (const g of adjacent[f]!) if (colours[g]! >= 0) used[colours[g]!]!++;
    const free = used.indexOf(0);
    colours[f] = free >= 0 ? free : used.indexOf(Math.min(...used));
  }
  return colours;
}

/** Colours before the neighbours are known (polygons still loading): facilitator f takes f mod 8. */
export function provisionalColours(facilitatorCount: number): Int8Array {
  return Int8Array.from({ length: facilitatorCount }, (_, f) => f % CATEGORICAL.length);
}

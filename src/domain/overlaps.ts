/**
 * Overlaps: communes covered by two facilitators or more (home or extension, vacant posts
 * included since their perimeters stand), and the pairs of facilitators that share them.
 */
import type { Coverage } from "./coverage.ts";
import type { TerritoryIndex } from "./territory-index.ts";

export interface OverlapPair {
  /** Facilitator indices, a < b. */
  a: number;
  b: number;
  /** Communes both cover. */
  communes: number;
  /** Their population, habitants. */
  population: number;
}

export interface Overlaps {
  /** Communes covered by two facilitators or more. */
  communes: number;
  /** Their population, habitants. */
  population: number;
  /** Every pair sharing at least one commune, most shared population first. */
  pairs: OverlapPair[];
}

/** Overlaps of the coverage: the commune count, population and the matrix of pairs (as a sparse list). */
export function computeOverlaps(index: TerritoryIndex, coverage: Coverage, facilitateurCount: number): Overlaps {
  const { offsets, facilitateurs } = coverage;
  const byKey = new Map<number, OverlapPair>();
  let communes = 0;
  let population = 0;
  for (let c = 0; c < index.communeCount; c++) {
    const start = offsets[c]!;
    const end = offsets[c + 1]!;
    if (end - start < 2) continue;
    const habitants = index.population[c]!;
    communes++;
    population += habitants;
    for (let i = start; i < end; i++) {
      for (let j = i + 1; j < end; j++) {
        const x = facilitateurs[i]!;
        const y = facilitateurs[j]!;
        const a = Math.min(x, y);
        const b = Math.max(x, y);
        const key = a * facilitateurCount + b;
        const pair = byKey.get(key);
        if (pair) {
          pair.communes++;
          pair.population += habitants;
        } else {
          byKey.set(key, { a, b, communes: 1, population: habitants });
        }
      }
    }
  }
  const pairs = [...byKey.values()].sort((p, q) => q.population - p.population || q.communes - p.communes || p.a - q.a || p.b - q.b);
  return { communes, population, pairs };
}

// Visvalingam simplification of shared arcs: each border is simplified once, so neighbours
// keep coinciding and merged outlines stay made of the same arcs.
import { presimplify } from "topojson-simplify";
import { projectEqualArea } from "../../src/domain/ellipsoid-area.ts";
import type { Grid } from "./quantize.ts";

/**
 * Drops the points whose effective triangle is smaller than `minAreaM2` (m², on an
 * equal-area projection). Arc endpoints are always kept, and a closed arc (an island or
 * enclave drawn by one arc) keeps at least three corners so it keeps an area.
 */
export function simplifyArcs(arcs: number[][][], grid: Grid, minAreaM2: number): { arcs: number[][][]; points: number } {
  if (minAreaM2 <= 0) return { arcs, points: arcs.reduce((sum, arc) => sum + arc.length, 0) };
  const toMetres = (point: number[]) =>
    projectEqualArea(point[0]! * grid.scale[0] + grid.translate[0], point[1]! * grid.scale[1] + grid.translate[1]);
  const weighted = presimplify({ type: "Topology", objects: {}, arcs } as unknown as Parameters<typeof presimplify>[0], (triangle: number[][]) => {
    const [a, b, c] = triangle.map(toMetres) as [[number, number], [number, number], [number, number]];
    return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
  }).arcs as unknown as number[][][];
  let points = 0;
  const simplified = weighted.map((arc) => {
    const first = arc[0]!, last = arc[arc.length - 1]!;
    const closed = first[0] === last[0] && first[1] === last[1];
    let threshold = minAreaM2;
    if (closed && arc.length > 4) {
      // Keep the two heaviest interior points at least.
      const interior = arc.slice(1, -1).map((point) => point[2]!).sort((x, y) => y - x);
      threshold = Math.min(threshold, interior[1]!);
    }
    const kept = arc.filter((point) => point[2]! >= threshold).map((point) => [point[0]!, point[1]!]);
    points += kept.length;
    return kept;
  });
  return { arcs: simplified, points };
}

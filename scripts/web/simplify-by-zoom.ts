// Per-zoom generalisation of the web topology for vector tiles. Each arc is simplified once
// per zoom (Visvalingam weights in Web Mercator units), so neighbouring communes keep
// sharing the same border at every zoom: no gaps, no slivers.
import { presimplify } from "topojson-simplify";
import type { Topology } from "topojson-specification";
import { toDisplay } from "../../src/map/insets.ts";

type Point = [number, number];

/** Web Mercator in the unit square (x east, y south), like tile coordinates at zoom 0. */
function mercator([lon, lat]: Point): Point {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

export interface WeightedArcs {
  /** Arcs in display degrees (the DROM moved into their insets), each point [lon, lat, weight]. */
  arcs: [number, number, number][][];
}

/** Decodes the quantized arcs to display positions and weighs every point (area in Mercator units²). */
export function weighArcs(topology: Topology): WeightedArcs {
  const transform = topology.transform;
  if (!transform) throw new Error("france.topo.json n'est pas quantifiée : relancez « npm run geo »");
  const [kx, ky] = transform.scale;
  const [dx, dy] = transform.translate;
  const decoded = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([a, b]) => {
      x += a!;
      y += b!;
      return toDisplay([x * kx + dx, y * ky + dy]) as Point;
    });
  });
  const area = (triangle: number[][]) => {
    const [a, b, c] = triangle.map((p) => mercator(p as Point)) as [Point, Point, Point];
    return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
  };
  const weighted = presimplify({ type: "Topology", objects: {}, arcs: decoded } as unknown as Topology<Record<string, never>>, area as never);
  return { arcs: weighted.arcs as unknown as [number, number, number][][] };
}

/**
 * The arcs kept for a zoom: points whose triangle is at least `pixels`² of a 512-pixel tile
 * at that zoom (all points when `pixels` is 0). A closed arc (a whole island commune) keeps
 * its two heaviest inner points, so no commune vanishes.
 */
export function arcsForZoom(weighted: WeightedArcs, zoom: number, pixels: number): Point[][] {
  const threshold = pixels === 0 ? 0 : (pixels / (512 * 2 ** zoom)) ** 2;
  return weighted.arcs.map((arc) => {
    const first = arc[0]!;
    const last = arc[arc.length - 1]!;
    let limit = threshold;
    if (first[0] === last[0] && first[1] === last[1] && arc.length > 4) {
      const inner = arc.slice(1, -1).map((p) => p[2]).sort((a, b) => b - a);
      limit = Math.min(limit, inner[1]!);
    }
    return arc.filter((p, k) => k === 0 || k === arc.length - 1 || p[2] >= limit).map((p) => [p[0], p[1]] as Point);
  });
}

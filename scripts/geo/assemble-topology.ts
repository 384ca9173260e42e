// Builds the topology from quantized 2018 polygons, merges them into today's communes and
// dissolves EPCI, départements and régions from the same arcs, so borders coincide exactly.
import { mergeArcs } from "topojson-client";
import { topology } from "topojson-server";
import type { GeometryObject, MultiPolygon, Polygon, Topology } from "topojson-specification";
import type { Grid } from "./quantize.ts";
import type { SourceGeometry } from "./read-source.ts";

type PolygonArcs = number[][]; // rings of arc indices
type AreaGeometry = { type: "Polygon"; arcs: PolygonArcs } | { type: "MultiPolygon"; arcs: PolygonArcs[] };

export interface UnitInput<P> {
  /** 2018 polygon indices (into the `sources` list) that make up this unit. */
  sources: number[];
  properties: P;
}

export interface LayerInput {
  name: string;
  units: UnitInput<Record<string, unknown>>[];
}

/** Objects referencing pruned arcs; arcs absolute, in the units of the grid they were built on. */
export interface Assembled {
  objects: Record<string, { type: "GeometryCollection"; geometries: unknown[] }>;
  arcs: number[][][];
}

export interface EncodedTopology {
  topology: Topology;
  arcs: number;
  points: number;
  /** Arcs reduced to a single point by the grid (kept as two equal points). */
  collapsedArcs: number;
}

function asAreaGeometry(object: GeometryObject): AreaGeometry | null {
  if (object.type === "Polygon") return { type: "Polygon", arcs: (object as Polygon).arcs };
  if (object.type === "MultiPolygon") return { type: "MultiPolygon", arcs: (object as MultiPolygon).arcs };
  return null;
}

/**
 * `sources`: 2018 geometries snapped to an integer grid. Builds their topology, merges them
 * into one geometry per unit of each layer (topology merge: shared arcs vanish, borders of
 * different layers are the very same arcs) and prunes arcs no unit uses any more.
 */
export function assembleTopology(sources: SourceGeometry[], layers: LayerInput[]): Assembled {
  const base = topology({
    sources: {
      type: "FeatureCollection",
      features: sources.map((geometry) => ({ type: "Feature", properties: {}, geometry })),
    },
  } as Parameters<typeof topology>[0]);
  const collection = base.objects["sources"] as { geometries: GeometryObject[] };
  const sourceGeometries = collection.geometries.map((object) => asAreaGeometry(object));

  const objects: Record<string, { type: "GeometryCollection"; geometries: unknown[] }> = {};
  for (const layer of layers) {
    const geometries = layer.units.map((unit) => {
      const parts = unit.sources.map((index) => sourceGeometries[index]).filter((g): g is AreaGeometry => g !== null && g !== undefined);
      let geometry: AreaGeometry | null = null;
      if (parts.length === 1) geometry = parts[0]!;
      else if (parts.length > 1) {
        const merged = mergeArcs(base, parts as unknown as Array<Polygon | MultiPolygon>) as unknown as { arcs: PolygonArcs[] };
        geometry = merged.arcs.length === 1 ? { type: "Polygon", arcs: merged.arcs[0]! } : { type: "MultiPolygon", arcs: merged.arcs };
      }
      return geometry ? { ...geometry, properties: unit.properties } : { type: null, properties: unit.properties };
    });
    objects[layer.name] = { type: "GeometryCollection", geometries };
  }

  // Prune arcs no object uses any more (borders inside merged units) and renumber.
  const used = new Map<number, number>();
  const kept: number[][][] = [];
  const renumber = (arc: number): number => {
    const index = arc < 0 ? ~arc : arc;
    let next = used.get(index);
    if (next === undefined) {
      next = kept.length;
      used.set(index, next);
      kept.push(base.arcs[index] as number[][]);
    }
    return arc < 0 ? ~next : next;
  };
  for (const layer of layers) {
    for (const geometry of objects[layer.name]!.geometries as Array<{ type: string | null; arcs?: unknown }>) {
      if (geometry.type === "Polygon") geometry.arcs = (geometry.arcs as PolygonArcs).map((ring) => ring.map(renumber));
      else if (geometry.type === "MultiPolygon") geometry.arcs = (geometry.arcs as PolygonArcs[]).map((polygon) => polygon.map((ring) => ring.map(renumber)));
    }
  }

  return { objects, arcs: kept };
}

/**
 * Writes a delta-encoded TopoJSON topology of `assembled` on `grid`. `sourceGrid` is the
 * grid the assembled arcs are in; when the two differ, each arc is snapped to the coarser
 * grid (consecutive duplicates removed, at least two points kept so every ring still closes
 * on the same arcs: borders keep coinciding).
 */
export function encodeTopology(assembled: Assembled, sourceGrid: Grid, grid: Grid): EncodedTopology {
  let collapsedArcs = 0;
  let points = 0;
  const arcs = assembled.arcs.map((arc) => {
    const snapped: number[][] = [];
    for (const point of arc) {
      const lon = point[0]! * sourceGrid.scale[0] + sourceGrid.translate[0];
      const lat = point[1]! * sourceGrid.scale[1] + sourceGrid.translate[1];
      const x = Math.round((lon - grid.translate[0]) / grid.scale[0]);
      const y = Math.round((lat - grid.translate[1]) / grid.scale[1]);
      const last = snapped[snapped.length - 1];
      if (!last || last[0] !== x || last[1] !== y) snapped.push([x, y]);
    }
    if (snapped.length === 1) {
      collapsedArcs++;
      snapped.push([snapped[0]![0]!, snapped[0]![1]!]);
    }
    points += snapped.length;
    let x = 0, y = 0;
    // Delta-encode: first point absolute, then differences, as the TopoJSON spec requires with a transform.
    return snapped.map((point) => {
      const delta = [point[0]! - x, point[1]! - y];
      x = point[0]!;
      y = point[1]!;
      return delta;
    });
  });
  const topology = { type: "Topology", transform: { scale: grid.scale, translate: grid.translate }, objects: assembled.objects, arcs } as unknown as Topology;
  return { topology, arcs: arcs.length, points, collapsedArcs };
}

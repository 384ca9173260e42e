// Snaps source coordinates to one integer grid before the topology is built, so that
// shared borders stay shared and the written file needs no further quantization.
import type { SourceGeometry } from "./read-source.ts";

export interface Grid {
  /** Degrees per cell along longitude and latitude. */
  scale: [number, number];
  /** Longitude and latitude of cell (0, 0). */
  translate: [number, number];
}

/**
 * One grid for all territories whose cells are those of metropolitan France quantized at
 * `cellsAcross` (1e5 → about 11 m × 11 m). Overseas départements use the same cell size,
 * so they keep the same precision instead of the ~90 m cells a single 1e5 grid spanning
 * France and the DROM would give.
 */
export function gridFromExtent(metropoleBbox: [number, number, number, number], allBbox: [number, number, number, number], cellsAcross: number): Grid {
  const [minX, minY, maxX, maxY] = metropoleBbox;
  return {
    scale: [(maxX - minX) / (cellsAcross - 1), (maxY - minY) / (cellsAcross - 1)],
    translate: [allBbox[0], allBbox[1]],
  };
}

/** Decimal places of the source coordinates (Admin Express as published: 5, about 1 m). */
export const SOURCE_DECIMALS = 5;

/**
 * The grid of the source's own precision: integer coordinates on it are the source
 * coordinates exactly, so a topology built on it is lossless.
 */
export function sourcePrecisionGrid(allBbox: [number, number, number, number]): Grid {
  const step = 10 ** -SOURCE_DECIMALS;
  const snap = (value: number) => Number((Math.floor(value / step) * step).toFixed(SOURCE_DECIMALS));
  return { scale: [step, step], translate: [snap(allBbox[0]), snap(allBbox[1])] };
}

export function geometryBbox(geometries: Iterable<SourceGeometry>): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const geometry of geometries) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) for (const point of ring) {
      const x = point[0]!, y = point[1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

export interface QuantizeResult {
  /** Null when every ring collapsed. */
  geometry: SourceGeometry | null;
  droppedRings: number;
}

function quantizeRing(ring: number[][], grid: Grid): number[][] | null {
  const out: number[][] = [];
  for (const point of ring) {
    const x = Math.round((point[0]! - grid.translate[0]) / grid.scale[0]);
    const y = Math.round((point[1]! - grid.translate[1]) / grid.scale[1]);
    const last = out[out.length - 1];
    if (!last || last[0] !== x || last[1] !== y) out.push([x, y]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  // A ring needs three distinct corners and a non-zero area.
  if (out.length < 4) return null;
  let doubleArea = 0;
  for (let i = 1; i < out.length; i++) doubleArea += out[i - 1]![0]! * out[i]![1]! - out[i]![0]! * out[i - 1]![1]!;
  return doubleArea === 0 ? null : out;
}

/** Snaps a polygon geometry to the grid; rings that collapse are dropped and counted. */
export function quantizeGeometry(geometry: SourceGeometry, grid: Grid): QuantizeResult {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const kept: number[][][][] = [];
  let droppedRings = 0;
  for (const polygon of polygons) {
    const rings: number[][][] = [];
    polygon.forEach((ring, index) => {
      const snapped = quantizeRing(ring, grid);
      if (snapped && (index === 0 || rings.length > 0)) rings.push(snapped);
      else droppedRings++;
    });
    if (rings.length > 0) kept.push(rings);
  }
  if (kept.length === 0) return { geometry: null, droppedRings };
  return {
    geometry: kept.length === 1 ? { type: "Polygon", coordinates: kept[0]! } : { type: "MultiPolygon", coordinates: kept },
    droppedRings,
  };
}

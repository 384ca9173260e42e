// Finds arcs whose segments cross one another away from shared vertices: the signature
// of a quantization grid too coarse for the geometry (invalid rings, misplaced ground).

/** Absolute (decoded) arcs in grid units. */
export type AbsoluteArcs = number[][][];

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const value = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

/** Counts pairs of segments that cross or overlap, other than at a common endpoint. */
export function countCrossingSegments(arcs: AbsoluteArcs, cellSize = 64): { crossings: number; arcsInvolved: number[] } {
  // Segment store: x1,y1,x2,y2,arc.
  const segments: number[] = [];
  arcs.forEach((arc, arcIndex) => {
    for (let i = 1; i < arc.length; i++) {
      const a = arc[i - 1]!, b = arc[i]!;
      if (a[0] === b[0] && a[1] === b[1]) continue;
      segments.push(a[0]!, a[1]!, b[0]!, b[1]!, arcIndex);
    }
  });
  const buckets = new Map<number, number[]>();
  const key = (cx: number, cy: number) => cx * 1_000_003 + cy;
  const count = segments.length / 5;
  for (let s = 0; s < count; s++) {
    const o = s * 5;
    const x0 = Math.floor(Math.min(segments[o]!, segments[o + 2]!) / cellSize), x1 = Math.floor(Math.max(segments[o]!, segments[o + 2]!) / cellSize);
    const y0 = Math.floor(Math.min(segments[o + 1]!, segments[o + 3]!) / cellSize), y1 = Math.floor(Math.max(segments[o + 1]!, segments[o + 3]!) / cellSize);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) {
      const k = key(cx, cy);
      let list = buckets.get(k);
      if (!list) buckets.set(k, (list = []));
      list.push(s);
    }
  }
  const seen = new Set<string>();
  const involved = new Set<number>();
  let crossings = 0;
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const s = list[i]!, t = list[j]!;
      const p = s * 5, q = t * 5;
      const ax = segments[p]!, ay = segments[p + 1]!, bx = segments[p + 2]!, by = segments[p + 3]!;
      const cx = segments[q]!, cy = segments[q + 1]!, dx = segments[q + 2]!, dy = segments[q + 3]!;
      const sharesEnd = (ax === cx && ay === cy) || (ax === dx && ay === dy) || (bx === cx && by === cy) || (bx === dx && by === dy);
      const o1 = orientation(ax, ay, bx, by, cx, cy), o2 = orientation(ax, ay, bx, by, dx, dy);
      const o3 = orientation(cx, cy, dx, dy, ax, ay), o4 = orientation(cx, cy, dx, dy, bx, by);
      let bad = false;
      if (o1 * o2 < 0 && o3 * o4 < 0) bad = true; // proper crossing
      else if (!sharesEnd && (o1 === 0 || o2 === 0 || o3 === 0 || o4 === 0)) {
        // A vertex lying on the other segment (touching or overlapping), not at a shared vertex.
        const onSegment = (px: number, py: number, ux: number, uy: number, vx: number, vy: number) =>
          Math.min(ux, vx) <= px && px <= Math.max(ux, vx) && Math.min(uy, vy) <= py && py <= Math.max(uy, vy);
        bad = (o1 === 0 && onSegment(cx, cy, ax, ay, bx, by)) || (o2 === 0 && onSegment(dx, dy, ax, ay, bx, by)) ||
          (o3 === 0 && onSegment(ax, ay, cx, cy, dx, dy)) || (o4 === 0 && onSegment(bx, by, cx, cy, dx, dy));
      } else if (sharesEnd && o1 === 0 && o2 === 0) {
        // Collinear segments sharing an endpoint that overlap beyond it.
        const dot = (bx - ax) * (dx - cx) + (by - ay) * (dy - cy);
        const sameStart = (ax === cx && ay === cy) || (bx === dx && by === dy);
        bad = sameStart ? dot > 0 : dot < 0;
      }
      if (!bad) continue;
      const pair = s < t ? `${s}:${t}` : `${t}:${s}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      crossings++;
      involved.add(segments[p + 4]!);
      involved.add(segments[q + 4]!);
    }
  }
  return { crossings, arcsInvolved: [...involved].sort((a, b) => a - b) };
}

/** Decodes delta-encoded TopoJSON arcs to absolute grid coordinates. */
export function decodeArcs(arcs: number[][][]): AbsoluteArcs {
  return arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map((point) => [(x += point[0]!), (y += point[1]!)]);
  });
}

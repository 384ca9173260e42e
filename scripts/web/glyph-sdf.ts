// One glyph as MapLibre reads it from a glyph PBF: a signed distance field drawn from the
// glyph's outline at 24 px per em, with the metrics of server-made glyphs (node-fontnik's).
// MapLibre draws text from these fields at any size, with a halo, without a font on the page.

/** A glyph outline command, in pixels, y up from the baseline (opentype.js's, y flipped). */
export type OutlineCommand =
  | { type: "M" | "L"; x: number; y: number }
  | { type: "Q"; x1: number; y1: number; x: number; y: number }
  | { type: "C"; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: "Z" };

/** Pixels per em of the fields: the size MapLibre's text layout assumes (its ONE_EM). */
export const GLYPH_EM_PX = 24;
/** Blank pixels around each field (MapLibre's GLYPH_PBF_BORDER). */
export const GLYPH_BUFFER = 3;
/** Pixels of distance a field spans, and where the outline sits in it (TinySDF's and fontnik's). */
const RADIUS = 8;
const CUTOFF = 0.25;
/** Curves are cut in pieces no longer than this, pixels (a field pixel is 1). */
const FLATNESS = 0.25;

export interface SdfGlyph {
  width: number;
  height: number;
  /** Left edge of the glyph from the pen, pixels. */
  left: number;
  /** Top edge of the glyph relative to the top of the em box (its ascender), pixels, as server glyphs give it. */
  top: number;
  advance: number;
  /** (width + 2 × buffer) × (height + 2 × buffer) bytes, rows from the top; empty for a blank glyph. */
  bitmap: Uint8Array;
}

type Segment = [x0: number, y0: number, x1: number, y1: number];

/** The outline as closed polygons of straight segments. */
function flatten(commands: readonly OutlineCommand[]): Segment[] {
  const segments: Segment[] = [];
  let startX = 0;
  let startY = 0;
  let x = 0;
  let y = 0;
  const lineTo = (toX: number, toY: number) => {
    if (toX !== x || toY !== y) segments.push([x, y, toX, toY]);
    x = toX;
    y = toY;
  };
  const curve = (points: number[], at: (t: number) => [number, number]) => {
    let length = 0;
    for (let k = 2; k < points.length; k += 2) length += Math.hypot(points[k]! - points[k - 2]!, points[k + 1]! - points[k - 1]!);
    const steps = Math.max(2, Math.ceil(length / FLATNESS));
    for (let s = 1; s <= steps; s++) lineTo(...at(s / steps));
  };
  for (const command of commands) {
    if (command.type === "M") {
      lineTo(startX, startY);
      x = startX = command.x;
      y = startY = command.y;
    } else if (command.type === "L") lineTo(command.x, command.y);
    else if (command.type === "Q") {
      const [x0, y0, { x1, y1, x: x2, y: y2 }] = [x, y, command];
      curve([x0, y0, x1, y1, x2, y2], (t) => {
        const u = 1 - t;
        return [u * u * x0 + 2 * u * t * x1 + t * t * x2, u * u * y0 + 2 * u * t * y1 + t * t * y2];
      });
    } else if (command.type === "C") {
      const [x0, y0, { x1, y1, x2, y2, x: x3, y: y3 }] = [x, y, command];
      curve([x0, y0, x1, y1, x2, y2, x3, y3], (t) => {
        const u = 1 - t;
        const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
        return [a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3];
      });
    } else lineTo(startX, startY);
  }
  lineTo(startX, startY);
  return segments;
}

function squaredDistanceToSegment(px: number, py: number, [x0, y0, x1, y1]: Segment): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const t = Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / (dx * dx + dy * dy)));
  const ex = px - (x0 + t * dx);
  const ey = py - (y0 + t * dy);
  return ex * ex + ey * ey;
}

/**
 * Where the row at height `py` crosses the outline, left to right, with the winding each
 * crossing adds (non-zero winding, the fill rule of TrueType and CFF outlines).
 */
function crossings(py: number, segments: readonly Segment[]): [x: number, winding: number][] {
  const found: [number, number][] = [];
  for (const [x0, y0, x1, y1] of segments) {
    if ((y0 <= py) === (y1 <= py)) continue;
    found.push([x0 + ((py - y0) / (y1 - y0)) * (x1 - x0), y1 > y0 ? 1 : -1]);
  }
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * The distance field of an outline (pixels, y up) and its metrics. `ascender`: the font's
 * ascender in pixels, rounded up as FreeType does: server glyphs give `top` from there.
 * Each byte is 255 − 255·(d / 8 + 0.25), d the signed distance from the pixel's centre to
 * the outline (positive outside): 191 on the outline, brighter inside.
 */
export function renderSdfGlyph(commands: readonly OutlineCommand[], advance: number, ascender: number): SdfGlyph {
  const segments = flatten(commands);
  const blank = { width: 0, height: 0, left: 0, top: 0, advance: Math.round(advance), bitmap: new Uint8Array(0) };
  if (segments.length === 0) return blank;
  const xs = segments.flatMap(([x0, , x1]) => [x0, x1]);
  const ys = segments.flatMap(([, y0, , y1]) => [y0, y1]);
  const left = Math.floor(Math.min(...xs));
  const bottom = Math.floor(Math.min(...ys));
  const width = Math.ceil(Math.max(...xs)) - left;
  const top = Math.ceil(Math.max(...ys));
  const height = top - bottom;
  if (width === 0 || height === 0) return blank;
  const columns = width + 2 * GLYPH_BUFFER;
  const rows = height + 2 * GLYPH_BUFFER;
  const bitmap = new Uint8Array(columns * rows);
  for (let row = 0; row < rows; row++) {
    const py = top + GLYPH_BUFFER - row - 0.5;
    // Only the segments within RADIUS of this row can be nearer than RADIUS.
    const near = segments.filter(([, y0, , y1]) => Math.min(y0, y1) - RADIUS < py && Math.max(y0, y1) + RADIUS > py);
    const across = crossings(py, segments);
    let next = 0;
    let winding = 0;
    for (let column = 0; column < columns; column++) {
      const px = left - GLYPH_BUFFER + column + 0.5;
      while (next < across.length && across[next]![0] < px) winding += across[next++]![1];
      let squared = RADIUS * RADIUS;
      for (const segment of near) squared = Math.min(squared, squaredDistanceToSegment(px, py, segment));
      const distance = Math.sqrt(squared);
      const signed = winding !== 0 ? -distance : distance;
      bitmap[row * columns + column] = Math.max(0, Math.min(255, Math.round(255 - 255 * (signed / RADIUS + CUTOFF))));
    }
  }
  return { width, height, left, top: top - ascender, advance: Math.round(advance), bitmap };
}

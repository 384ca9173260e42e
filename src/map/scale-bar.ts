// The scale of a picture of the map (print, PNG, PDF): real metres per pixel where it is
// centred, the DROM insets' own scale included, and a bar of a round length to draw.
import { fromDisplay } from "./insets.ts";

/** MapLibre's Earth radius, metres (Web Mercator). */
const EARTH_RADIUS = 6378137;
/** CSS pixels of the world's width at zoom 0 (MapLibre's tile size). */
const WORLD_PX = 512;

/**
 * Real metres per CSS pixel across the map at `zoom`, at the displayed position `centre`
 * [lon, lat]. In a DROM inset the territory is drawn scaled: a displayed degree is not a
 * real one there, and the real latitude is the inset territory's.
 */
export function metresPerPixel(zoom: number, centre: readonly [number, number]): number {
  const step = 1e-3;
  const [x0, latitude] = fromDisplay(centre);
  const [x1] = fromDisplay([centre[0] + step, centre[1]]);
  const realPerDisplayed = Math.abs(x1 - x0) / step;
  return (2 * Math.PI * EARTH_RADIUS * Math.cos((latitude * Math.PI) / 180) * realPerDisplayed) / (WORLD_PX * 2 ** zoom);
}

/** The longest length of 1, 2 or 5 × 10ⁿ metres not above `metres`. */
export function roundScaleLength(metres: number): number {
  let power = 10 ** Math.floor(Math.log10(metres));
  // log10 may fall just short of a whole power of ten.
  if (metres / power >= 10) power *= 10;
  const leading = metres / power;
  return (leading >= 5 ? 5 : leading >= 2 ? 2 : 1) * power;
}

/** « 50 km », « 500 m », « 1 000 km » (French number format). */
export function scaleLabel(metres: number): string {
  return metres >= 1000 ? `${(metres / 1000).toLocaleString("fr-FR")} km` : `${metres.toLocaleString("fr-FR")} m`;
}

/** A scale bar at most `maxLength` long (any unit) when `metresPerUnit` metres make one unit: its length in units and its label. */
export function scaleBar(metresPerUnit: number, maxLength: number): { length: number; label: string } {
  const metres = roundScaleLength(metresPerUnit * maxLength);
  return { length: metres / metresPerUnit, label: scaleLabel(metres) };
}

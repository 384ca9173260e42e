// The five DROM shown as insets beside metropolitan France in the national view, like French
// official maps: each one moved and scaled into a box off the Atlantic coast. Codes stay
// real, so hovering or clicking an inset commune gives the real commune.
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";

type Box = [west: number, south: number, east: number, north: number];

export interface Inset {
  departement: string;
  nom: string;
  /** Where the territory really is (degrees, with a margin). */
  real: Box;
  /** Where the map draws it (degrees). */
  display: Box;
}

const frame = (row: number): Box => [-10.2, 49.6 - row * 1.75, -7.4, 51.1 - row * 1.75];

export const INSETS: readonly Inset[] = [
  { departement: "971", nom: "Guadeloupe", real: [-61.9, 15.75, -60.9, 16.6], display: frame(0) },
  { departement: "972", nom: "Martinique", real: [-61.3, 14.3, -60.7, 14.95], display: frame(1) },
  { departement: "973", nom: "Guyane", real: [-54.7, 2.0, -51.5, 5.85], display: frame(2) },
  { departement: "974", nom: "La Réunion", real: [55.15, -21.45, 55.9, -20.8], display: frame(3) },
  { departement: "976", nom: "Mayotte", real: [44.95, -13.05, 45.35, -12.58], display: frame(4) },
];

interface Affine {
  inset: Inset;
  scaleX: number;
  scaleY: number;
  offsetX: number;
  offsetY: number;
}

const rad = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * One scale per inset so the shape keeps its proportions on the Mercator map: the
 * latitude scale is corrected by the ratio of the cosines of the two latitudes.
 */
function affineOf(inset: Inset): Affine {
  const [w, s, e, n] = inset.real;
  const [W, S, E, N] = inset.display;
  const realMid = rad((s + n) / 2);
  const displayMid = rad((S + N) / 2);
  const latFactor = Math.cos(displayMid) / Math.cos(realMid);
  const scale = Math.min((E - W) / (e - w), (N - S) / ((n - s) * latFactor));
  const scaleY = scale * latFactor;
  // Centred in its box.
  return { inset, scaleX: scale, scaleY, offsetX: (W + E) / 2 - ((w + e) / 2) * scale, offsetY: (S + N) / 2 - ((s + n) / 2) * scaleY };
}

const AFFINES = INSETS.map(affineOf);

const inBox = (box: Box, x: number, y: number) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];

/** Display position of a real [lon, lat]: moved into its inset for the DROM, unchanged elsewhere. */
export function toDisplay(position: Position): Position {
  const [x, y] = position as [number, number];
  for (const a of AFFINES) {
    if (inBox(a.inset.real, x, y)) return [a.offsetX + x * a.scaleX, a.offsetY + y * a.scaleY];
  }
  return position;
}

/** Real position of a displayed [lon, lat]: out of its DROM inset when it falls in one. */
export function fromDisplay(position: readonly [number, number]): [number, number] {
  const [x, y] = position;
  for (const a of AFFINES) {
    if (inBox(a.inset.display, x, y)) return [(x - a.offsetX) / a.scaleX, (y - a.offsetY) / a.scaleY];
  }
  return [x, y];
}

function mapPositions(coordinates: unknown): unknown {
  if (typeof (coordinates as number[])[0] === "number") return toDisplay(coordinates as Position);
  return (coordinates as unknown[]).map(mapPositions);
}

/** A geometry with every position moved to its display place. */
export function geometryToDisplay<G extends Geometry>(geometry: G): G {
  if (geometry.type === "GeometryCollection") return { ...geometry, geometries: geometry.geometries.map(geometryToDisplay) };
  return { ...geometry, coordinates: mapPositions((geometry as Exclude<Geometry, { type: "GeometryCollection" }>).coordinates) } as G;
}

export function toDisplayFeatures<T extends Feature | FeatureCollection>(data: T): T {
  if (data.type === "Feature") return { ...data, geometry: data.geometry && geometryToDisplay(data.geometry) };
  return { ...data, features: data.features.map((feature) => ({ ...feature, geometry: feature.geometry && geometryToDisplay(feature.geometry) })) } as T;
}

/** A real bounding box [w, s, e, n] as displayed (its two corners moved). */
export function bboxToDisplay(box: readonly [number, number, number, number]): [number, number, number, number] {
  const [w, s] = toDisplay([box[0], box[1]]) as [number, number];
  const [e, n] = toDisplay([box[2], box[3]]) as [number, number];
  return [Math.min(w, e), Math.min(s, n), Math.max(w, e), Math.max(s, n)];
}

/** The frames of the insets, to draw. */
export function insetFrames(): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: INSETS.map((inset) => {
      const [w, s, e, n] = inset.display;
      return { type: "Feature", properties: { departement: inset.departement, nom: inset.nom }, geometry: { type: "Polygon", coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } };
    }),
  };
}

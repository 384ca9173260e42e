/**
 * Bounding boxes of sets of communes, from the boxes the polygons give (CommuneShapes). No
 * geometry library here: the first view imports it.
 */
import type { CommuneShapes } from "./commune-shapes.ts";
import type { ZoneLevel } from "./model.ts";
import { communesOfZone } from "./perimeter.ts";
import type { TerritoryIndex } from "./territory-index.ts";

/** [west, south, east, north] degrees. */
export type Bounds = [number, number, number, number];

/** The bounding box of some communes, or null when none has a polygon. */
export function boundsOfCommunes(shapes: Pick<CommuneShapes, "bboxes">, communes: ArrayLike<number>): Bounds | null {
  const box: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const { bboxes } = shapes;
  for (let k = 0; k < communes.length; k++) {
    const o = communes[k]! * 4;
    if (!(bboxes[o]! <= bboxes[o + 2]!)) continue;
    box[0] = Math.min(box[0], bboxes[o]!);
    box[1] = Math.min(box[1], bboxes[o + 1]!);
    box[2] = Math.max(box[2], bboxes[o + 2]!);
    box[3] = Math.max(box[3], bboxes[o + 3]!);
  }
  return box[0] <= box[2] ? box : null;
}

/** The bounding box of an EPCI, département or région (or one commune), or null without polygons. */
export function boundsOfZone(index: TerritoryIndex, shapes: Pick<CommuneShapes, "bboxes">, niveau: ZoneLevel, code: string): Bounds | null {
  const communes = communesOfZone(index, niveau, code);
  return communes ? boundsOfCommunes(shapes, communes) : null;
}

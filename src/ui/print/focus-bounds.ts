import { boundsOfZone, type Bounds } from "../../domain/commune-bounds.ts";
import type { Territory } from "../../io/app-data.ts";
import type { Focus } from "../../view/vocabulary.ts";

/** The box of the focused région or département (null for France, or before the polygons arrive). */
export function focusBounds(territory: Territory | null, focus: Focus): Bounds | null {
  const shapes = territory?.geometry?.shapes;
  return focus && territory && shapes ? boundsOfZone(territory.index, shapes, focus.level, focus.code) : null;
}

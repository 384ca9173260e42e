// The map's first style, whole: the background, the communes' tiles (communes, département
// borders, inset frames), every overlay and the lasso, hidden until they have something to
// show. Given whole to the map, it is read once; added a source and a layer at a time, each
// addition had MapLibre serialise the whole style to validate it, on the main thread, before
// the first tiles were asked for. The map does not validate it (validateStyle: false):
// test/unit/map/initial-style.test.ts does, against the style specification.
import type { StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import { communeStyle } from "./commune-layer.ts";
import { lassoStyle } from "./lasso-layer.ts";
import { baseStyle } from "./map-style.ts";
import { overlayStyle } from "./overlay-layers.ts";

/** The style the map starts with; `base`: the page's address, the tiles' URLs are relative to it. */
export function initialStyle(base: string): StyleSpecification {
  const style = baseStyle();
  // Drawn in this order: the communes, the overlays over them, the lasso over everything.
  const parts = [communeStyle(base), overlayStyle(), lassoStyle() as Pick<StyleSpecification, "sources" | "layers">];
  return { ...style, sources: Object.assign({ ...style.sources }, ...parts.map((part) => part.sources)), layers: [...style.layers, ...parts.flatMap((part) => part.layers)] };
}

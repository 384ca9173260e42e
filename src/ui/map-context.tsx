import { createContext, useContext } from "react";
import type { MapController } from "../map/map-controller.ts";

/** The map controller of the page, once the map exists (print and presentation use it). */
export const MapContext = createContext<MapController | null>(null);

export function useMapController(): MapController | null {
  return useContext(MapContext);
}

// The map starts before the rest of the app is even evaluated: src/main.tsx imports this
// module first, so MapLibre's worker, its style and the communes' tiles get going while
// React, the design system and the project's computation take the page's thread. The map
// waits in a hidden box where the map panel will be; MapView moves it into the panel.
import { MapController } from "../map/map-controller.ts";
import type { Padding } from "../map/fit-padding.ts";

export interface EarlyMap {
  /** The element MapLibre draws into: MapView moves it into its panel. */
  host: HTMLDivElement;
  controller: MapController;
}

let early: EarlyMap | null = null;
/** Resolves once the early map has asked for its first tiles (at once when there is none). */
let underWay: Promise<void> = Promise.resolve();
/** Resolves once the early map's first tiles of communes are in (null when there is no early map). */
let tilesIn: Promise<void> | null = null;

/** At most this long, the app waits for the map to ask for its tiles (a hidden tab draws no frame). */
const UNDER_WAY_LIMIT_MS = 1000;

/** The room the panels take over the map (see fit-padding.ts): the selection's card or the legend on the right, the text note at the bottom. */
export function mapPanels(host: HTMLElement): Padding {
  const box = host.getBoundingClientRect();
  const over = host.closest("main")?.querySelector<HTMLElement>(".selection-card, .legend");
  const note = host.closest(".map-panel")?.querySelector<HTMLElement>(".map-alternative")?.getBoundingClientRect();
  return { top: 0, left: 0, right: over ? Math.max(0, box.right - over.getBoundingClientRect().left) : 0, bottom: note ? Math.max(0, box.bottom - note.top) : 0 };
}

/**
 * Until the map is in its panel, the text note is not on the page: France is framed as if it
 * were, so that the national tiles asked for are those of the final view. The note's box
 * (src/ui/app.css, `.map-alternative`) ends about 5 rem above the map's bottom edge.
 */
const NOTE_ESTIMATE_REM = 5.125;

function earlyPanels(host: HTMLElement): Padding {
  if (host.closest(".map-panel")) return mapPanels(host);
  return { top: 0, left: 0, right: 0, bottom: NOTE_ESTIMATE_REM * parseFloat(getComputedStyle(document.documentElement).fontSize) };
}

/** Creates the map in its waiting box; does nothing where there is no WebGL (MapView then says why). */
export function startMapEarly(): void {
  if (early || typeof document === "undefined") return;
  const host = document.createElement("div");
  host.className = "map-early";
  document.body.append(host);
  try {
    early = { host, controller: new MapController(host, () => earlyPanels(host)) };
    const map = early.controller.map;
    tilesIn = early.controller.whenCommunesLoaded();
    underWay = document.hidden
      ? Promise.resolve()
      : new Promise((resolve) => {
          const done = () => {
            clearTimeout(timer);
            map.off("dataloading", asked);
            resolve();
          };
          const asked = (event: { tile?: unknown }) => event.tile !== undefined && done();
          const timer = setTimeout(done, UNDER_WAY_LIMIT_MS);
          map.on("dataloading", asked);
        });
  } catch {
    host.remove();
  }
}

/**
 * Resolves once the map started early has asked for its first tiles: React's first render
 * and the app's first long steps (decoding the reference, reading and computing the project)
 * wait for it, so that MapLibre's worker lays the tiles out meanwhile instead of after them.
 */
export function earlyMapUnderWay(): Promise<void> {
  return underWay;
}

/**
 * Resolves once the map started early has its first tiles of communes (null without one): from
 * then on, other downloads no longer compete with the first view's.
 */
export function earlyMapTilesIn(): Promise<void> | null {
  return tilesIn;
}

/** The map started early, handed over once (null when none was started, or it was taken). */
export function takeEarlyMap(): EarlyMap | null {
  const taken = early;
  early = null;
  return taken;
}

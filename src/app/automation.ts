// Handles for browser tests, benchmarks and automation scripts: the store, the saved
// projects and the map controller, published on `window`. The app itself never reads them.
import type { MapController } from "../map/map-controller.ts";
import type { AppStore } from "../store/app-store.ts";
import type { SavedProjects } from "./saved-projects.ts";

declare global {
  interface Window {
    cartoStore?: AppStore;
    cartoProjects?: SavedProjects;
    cartoMap?: MapController;
  }
}

/** Publishes what is given (undefined leaves a handle as it is, null removes it). */
export function publishForAutomation(handles: { store?: AppStore; projects?: SavedProjects | null; map?: MapController | null }): void {
  if (handles.store) window.cartoStore = handles.store;
  if (handles.projects !== undefined) {
    if (handles.projects) window.cartoProjects = handles.projects;
    else delete window.cartoProjects;
  }
  if (handles.map !== undefined) {
    if (handles.map) window.cartoMap = handles.map;
    else delete window.cartoMap;
  }
}

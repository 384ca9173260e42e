// The view in the address bar: a link's view is applied once the document is there (the
// start-up sequence calls `applyLink`), then the address follows the view
// (history.replaceState: no new history entry per click). See src/store/url-state.ts.
import type { AppState, AppStore } from "../store/app-store.ts";
import { decodeUrlView, encodeUrlView, urlViewOf, type UrlView } from "../store/url-state.ts";
import { OVERLAYS } from "../view/vocabulary.ts";

/** The address for the view on screen, other parameters and the fragment kept. */
export function urlOfState(state: AppState, location: { pathname: string; search: string; hash: string }, options: { embed?: boolean } = {}): string {
  const query = encodeUrlView(urlViewOf(state.view, state.document.workspace?.activeScenarioId ?? null, options), location.search);
  return `${location.pathname}${query}${location.hash}`;
}

/**
 * Applies a decoded link to the store, checking that each territory, commune, facilitator
 * and scenario exists; returns, in French, what the link asked for that is not there.
 */
export function applyUrlView(store: AppStore, url: UrlView): string[] {
  const missing: string[] = [];
  const { territory, document } = store.getState();
  const workspace = document.workspace;
  if (!territory || !workspace) return missing;
  const { index } = territory;
  const scenarioExists = (id: string) => workspace.scenarios.some((s) => s.id === id);
  const state = () => store.getState();

  if (url.scenario !== undefined && url.scenario !== workspace.activeScenarioId) {
    if (scenarioExists(url.scenario)) state().switchScenario(url.scenario);
    else missing.push(`le scénario « ${url.scenario} »`);
  }
  const active = state().document.workspace?.activeScenarioId;
  if (url.compareWith !== undefined) {
    if (scenarioExists(url.compareWith) && url.compareWith !== active) state().compareWithScenario(url.compareWith);
    else missing.push(`le scénario de comparaison « ${url.compareWith} »`);
  }
  if (url.colouring && (url.colouring !== "comparaison" || state().view.compareWith)) state().setColouring(url.colouring);
  if (url.overlays) {
    for (const overlay of OVERLAYS) {
      const visible = url.overlays.includes(overlay);
      if (state().view.overlays[overlay] !== visible) state().setOverlay(overlay, visible);
    }
  }
  if (url.mode && url.mode !== state().view.mode) state().setMode(url.mode);

  // Selection first, focus last: the map shows the focused territory when a link gives both.
  if (url.selection?.kind === "commune") {
    if (index.communeIndex.has(url.selection.code)) state().showCommune(url.selection.code);
    else missing.push(`la commune ${url.selection.code}`);
  } else if (url.selection?.kind === "facilitateur") {
    const id = url.selection.id;
    if (state().derived.project()?.facilitateurs.some((f) => f.id === id)) state().showPerimeter(id);
    else missing.push(`le facilitateur « ${id} »`);
  }
  if (url.focus) {
    const known = url.focus.level === "region" ? index.regionIndex.has(url.focus.code) : index.departementIndex.has(url.focus.code);
    if (known) state().focus(url.focus);
    else missing.push(`le territoire ${url.focus.level === "region" ? "région" : "département"} ${url.focus.code}`);
  }
  return missing;
}

/** The French message for what a link asked for and could not be shown. */
export function missingMessage(missing: readonly string[]): string | null {
  if (missing.length === 0) return null;
  return `Le lien demande ${missing.join(", ")}, introuvable dans le projet ouvert dans ce navigateur : le reste de la vue est affiché.`;
}

/** Applies the page's link to the store; returns the message for what it asked and is not there. */
export function applyLink(store: AppStore, search: string): string | null {
  return missingMessage(applyUrlView(store, decodeUrlView(search)));
}

/** Writes the view into the address as it changes (view and active scenario only: the pointer never); returns what stops it. */
export function bindAddressBar(store: AppStore, options: { embed?: boolean } = {}): () => void {
  const write = (state: AppState) => {
    const next = urlOfState(state, window.location, options);
    const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (next !== current) window.history.replaceState(window.history.state, "", next);
  };
  write(store.getState());
  return store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.document.workspace?.activeScenarioId !== previous.document.workspace?.activeScenarioId) write(state);
  });
}

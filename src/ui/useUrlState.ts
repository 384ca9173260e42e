// The view in the address bar: applied once the data is ready, then kept in step with the
// view (history.replaceState: no new history entry per click). See src/store/url-state.ts.
import { useEffect, useState } from "react";
import type { AppState, AppStore } from "../store/app-store.ts";
import { decodeUrlView, encodeUrlView, urlViewOf, type UrlView } from "../store/url-state.ts";
import { OVERLAYS, type Focus } from "../store/view.ts";

/**
 * Ready to apply a link: the territory and the project are in the store, and the saving in
 * this browser has restored the last opened project (its scenarios are the ones a link names),
 * or failed to.
 */
const isReady = (state: AppState) => state.status === "ready" && state.territory !== null && state.workspace !== null && state.saveStatus !== "saving";

/** The address for the view on screen, other parameters and the fragment kept. */
export function urlOfState(state: AppState, location: { pathname: string; search: string; hash: string }, options: { embed?: boolean } = {}): string {
  const query = encodeUrlView(urlViewOf(state.view, state.workspace?.activeScenarioId ?? null, options), location.search);
  return `${location.pathname}${query}${location.hash}`;
}

/**
 * Applies a decoded link to the store, checking that each territory, commune, facilitator
 * and scenario exists; returns, in French, what the link asked for that is not there.
 */
export function applyUrlView(store: AppStore, url: UrlView): string[] {
  const missing: string[] = [];
  let state = store.getState();
  const { territory, workspace } = state;
  if (!territory || !workspace) return missing;
  const { index } = territory;
  const scenarioExists = (id: string) => workspace.scenarios.some((s) => s.id === id);

  if (url.scenario !== undefined && url.scenario !== workspace.activeScenarioId) {
    if (scenarioExists(url.scenario)) state.switchScenario(url.scenario);
    else missing.push(`le scénario « ${url.scenario} »`);
  }
  state = store.getState();
  const active = state.workspace?.activeScenarioId;
  if (url.compareWith !== undefined) {
    if (scenarioExists(url.compareWith) && url.compareWith !== active) state.compareWithScenario(url.compareWith);
    else missing.push(`le scénario de comparaison « ${url.compareWith} »`);
  }
  if (url.colouring && (url.colouring !== "comparaison" || store.getState().view.compareWith)) store.getState().setColouring(url.colouring);
  if (url.overlays) {
    for (const overlay of OVERLAYS) {
      const visible = url.overlays.includes(overlay);
      if (store.getState().view.overlays[overlay] !== visible) store.getState().setOverlay(overlay, visible);
    }
  }
  if (url.mode && url.mode !== store.getState().view.mode) store.getState().setMode(url.mode);

  // Selection first, focus last: the map shows the focused territory when a link gives both.
  if (url.selection?.kind === "commune") {
    if (index.communeIndex.has(url.selection.code)) store.getState().showCommune(url.selection.code);
    else missing.push(`la commune ${url.selection.code}`);
  } else if (url.selection?.kind === "facilitateur") {
    const id = url.selection.id;
    if (store.getState().project?.facilitateurs.some((f) => f.id === id)) store.getState().showPerimeter(id);
    else missing.push(`le facilitateur « ${id} »`);
  }
  if (url.focus) {
    const known = url.focus.level === "region" ? index.regionIndex.has(url.focus.code) : index.departementIndex.has(url.focus.code);
    if (known) store.getState().focus(url.focus);
    else missing.push(`le territoire ${url.focus.level === "region" ? "région" : "département"} ${url.focus.code}`);
  }
  return missing;
}

/** Asks the map again to show the linked territory or selection, once the polygons (and their boxes) are there. */
function refit(store: AppStore, focus: Focus | undefined, url: UrlView) {
  const { view } = store.getState();
  if (focus && view.focus?.level === focus.level && view.focus.code === focus.code) return store.getState().focus(focus);
  const selection = view.selection;
  if (url.selection?.kind === "commune" && selection?.kind === "commune" && selection.code === url.selection.code) return store.getState().showCommune(selection.code);
  if (url.selection?.kind === "facilitateur" && selection?.kind === "facilitateur" && selection.id === url.selection.id) store.getState().showPerimeter(selection.id);
}

/** The French message for what a link asked for and could not be shown. */
export function missingMessage(missing: readonly string[]): string | null {
  if (missing.length === 0) return null;
  return `Le lien demande ${missing.join(", ")}, introuvable dans le projet ouvert dans ce navigateur : le reste de la vue est affiché.`;
}

/**
 * Applies the address's view once the data is ready, then writes the view into the address
 * as it changes. Returns the message to show (role="status") when part of the link was ignored.
 */
export function useUrlState(store: AppStore, options: { embed?: boolean } = {}): { message: string | null } {
  const [message, setMessage] = useState<string | null>(null);
  const embed = options.embed ?? false;
  useEffect(() => {
    const url = decodeUrlView(window.location.search);
    let applied = false;
    let applying = false;
    let refitted = false;
    /** After a first try that missed something: the document it ran on and the view it left, for one retry. */
    let retry: { workspaceId: string | undefined; view: AppState["view"] } | null = null;

    const write = (state: AppState) => {
      const next = urlOfState(state, window.location, { embed });
      const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
      if (next !== current) window.history.replaceState(window.history.state, "", next);
    };
    const apply = () => {
      applying = true;
      try {
        const missing = applyUrlView(store, url);
        setMessage(missingMessage(missing));
        const after = store.getState();
        retry = missing.length > 0 ? { workspaceId: after.workspace?.id, view: after.view } : null;
      } finally {
        applying = false;
        applied = true;
      }
    };
    const onChange = (state: AppState, previous?: AppState) => {
      if (applying) return;
      if (!applied) {
        if (!isReady(state)) return;
        apply();
        // Without polygons yet, the store could not tell the map where to zoom: done once they come.
        refitted = store.getState().territory?.geometry != null;
        write(store.getState());
        return;
      }
      // The saved project may replace the document just after the link was applied (it holds
      // the scenarios a link names): try once more, unless the view was changed meanwhile.
      if (retry && state.workspace && state.workspace.id !== retry.workspaceId && state.view === retry.view) {
        apply();
        retry = null;
        write(store.getState());
        return;
      }
      if (!refitted && state.territory?.geometry) {
        refitted = true;
        applying = true;
        try {
          refit(store, url.focus ?? undefined, url);
        } finally {
          applying = false;
        }
        if (retry) retry.view = store.getState().view;
        write(store.getState());
        return;
      }
      if (previous && (state.view !== previous.view || state.workspace?.activeScenarioId !== previous.workspace?.activeScenarioId)) write(state);
    };
    onChange(store.getState());
    return store.subscribe((state, previous) => onChange(state, previous));
  }, [store, embed]);
  return { message };
}

// The view in the address bar: a link's view is applied once the document is there (the
// start-up sequence calls `applyLink`), then the address follows the view
// (history.replaceState: no new history entry per click). See src/store/url-state.ts. The
// fragment carries whose data it is (name, date, fingerprint): a link opened with other
// data says so.
import { dataFingerprint } from "../domain/fingerprint.ts";
import type { Project } from "../domain/model.ts";
import type { AppState, AppStore } from "../store/app-store.ts";
import { decodeFingerprint, decodeUrlView, encodeFingerprint, encodeUrlView, urlViewOf, type LinkFingerprint, type UrlView } from "../store/url-state.ts";
import { OVERLAYS } from "../view/vocabulary.ts";
import { whenIdle } from "./idle.ts";

/** Whose data `project` is, as a link says it. */
export const fingerprintOf = (project: Project): LinkFingerprint => ({ nom: project.nom, date: project.miseAJour ?? null, hash: dataFingerprint(project) });

/** The address for the view on screen (other parameters kept), its fragment the fingerprint of the data shown. */
export function urlOfState(state: AppState, location: { pathname: string; search: string; hash: string }, options: { embed?: boolean } = {}): string {
  const query = encodeUrlView(urlViewOf(state.view, state.document.workspace?.activeScenarioId ?? null, options), location.search);
  const project = state.derived.project(state);
  return `${location.pathname}${query}${project ? encodeFingerprint(fingerprintOf(project)) : location.hash}`;
}

/** What a link said that the reader should know: missing parts of the view, or other data than the sender's. */
export interface LinkNotice {
  message: string;
  /** The data on screen is not the data the link was made with: offer to open the project file. */
  otherData: boolean;
}

const longDate = (iso: string | null) => {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? ` au ${Number(match[3]) === 1 ? "1er" : Number(match[3])} ${["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][Number(match[2]) - 1]} ${match[1]}` : "";
};

/** The sentence for a link made with other data than the data shown, or null when they are the same. */
export function otherDataMessage(link: LinkFingerprint | undefined, project: Project | null): string | null {
  if (!link || !project) return null;
  const here = fingerprintOf(project);
  if (here.hash === link.hash) return null;
  return (
    `Ce lien a été créé avec les données du projet « ${link.nom} »${longDate(link.date)} (empreinte ${link.hash}). Ce navigateur affiche d'autres données : « ${here.nom} »${longDate(here.date)} (empreinte ${here.hash}). ` +
    "La carte et les chiffres peuvent donc différer de ceux de l'expéditeur : demandez-lui le fichier du projet et ouvrez-le ici."
  );
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

/** Applies the page's link to the store; returns what it asked and is not there, and whether its data is other than the data shown. */
export function applyLink(store: AppStore, search: string, fragment = ""): LinkNotice | null {
  const missing = missingMessage(applyUrlView(store, decodeUrlView(search)));
  const other = otherDataMessage(decodeFingerprint(fragment), store.getState().derived.project());
  if (!missing && !other) return null;
  return { message: [other, missing].filter(Boolean).join(" "), otherData: other !== null };
}

/**
 * Writes the view into the address as it changes (view and active scenario only: the pointer
 * never); returns what stops it. The fragment (the data's fingerprint, a hash of every
 * record) follows the document when the page is idle, so that neither the first view nor an
 * edit waits for it; « Partager » takes the address of the moment (`shareAddress`).
 */
export function bindAddressBar(store: AppStore, options: { embed?: boolean } = {}): () => void {
  let fragment = window.location.hash;
  const write = () => {
    const state = store.getState();
    const query = encodeUrlView(urlViewOf(state.view, state.document.workspace?.activeScenarioId ?? null, options), window.location.search);
    const next = `${window.location.pathname}${query}${fragment}`;
    const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (next !== current) window.history.replaceState(window.history.state, "", next);
  };
  let cancel: (() => void) | null = null;
  const fingerprintWhenIdle = () => {
    cancel ??= whenIdle(() => {
      cancel = null;
      const project = store.getState().derived.project();
      if (project) fragment = encodeFingerprint(fingerprintOf(project));
      write();
    });
  };
  write();
  fingerprintWhenIdle();
  const stop = store.subscribe((state, previous) => {
    if (state.document.workspace !== previous.document.workspace) fingerprintWhenIdle();
    if (state.view !== previous.view || state.document.workspace !== previous.document.workspace) write();
  });
  return () => {
    stop();
    cancel?.();
  };
}

/** The address of the view on screen with its data's fingerprint, written into the address bar now (for « Partager »). */
export function shareAddress(state: AppState): string {
  const address = new URL(urlOfState(state, window.location), window.location.href).href;
  if (address !== window.location.href) window.history.replaceState(window.history.state, "", address);
  return address;
}

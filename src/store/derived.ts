// What is derived from the document and the territory, computed when first read and kept
// while its inputs stay the same (each store has its own memory): the active project, the
// placement of acheteurs and grands projets, the needs measured from DECP files, every
// figure (coverage, zones blanches, indicators), the undo labels, the comparison of two
// scenarios. Nothing here is stored in the state.
import { linkProjectByCodes } from "../domain/code-links.ts";
import type { Project } from "../domain/model.ts";
import { computeAll, type ComputeOptions, type ComputeResult } from "../domain/recompute.ts";
import { compareScenarios, type ScenarioComparison } from "../domain/scenario-compare.ts";
import type { SpatialLinks } from "../domain/spatial-links.ts";
import type { AppState } from "./app-store.ts";
import { historyLabels } from "./history.ts";
import { activeScenario } from "../domain/workspace.ts";
import { createNeedsDerivation, type DerivedNeeds } from "./needs-derived.ts";
import { remember } from "./remember.ts";

export type { DerivedNeeds } from "./needs-derived.ts";

export interface ComparisonView extends ScenarioComparison {
  /** The reference scenario (A) and its figures; the active scenario is B. */
  referenceId: string;
  referenceNom: string;
  referenceResult: ComputeResult;
}

export interface HistoryLabels {
  canUndo: boolean;
  canRedo: boolean;
  /** Label of the step « Annuler » would undo / « Rétablir » would redo. */
  undoLabel: string | null;
  redoLabel: string | null;
}

/** Each reads the state it is given (by default the store's current state). */
export interface Derived {
  /** The active scenario's project, under the document's one name; null before a document is loaded. */
  project(state?: AppState): Project | null;
  /** Where acheteurs and grands projets fall: by position and buffer once the polygons are there, by code before. */
  links(state?: AppState): SpatialLinks | null;
  /** Needs measured from the DECP files (the workspace's, else the demonstration's), once the names are there; null without. */
  needs(state?: AppState): DerivedNeeds | null;
  /** Every figure; zone blanche 3 on measured needs when `needs` is not null. */
  result(state?: AppState): ComputeResult | null;
  history(state?: AppState): HistoryLabels;
  /** The comparison asked for by `view.compareWith`, or null. */
  comparison(state?: AppState): ComparisonView | null;
  /** « ready » once a territory and a document are there, « error » when loading failed. */
  status(state?: AppState): "loading" | "ready" | "error";
}

/** What figures computed on a territory depend on: not its names (see `TerritoryIndex.figuresKey`), and its polygons. */
const figuresOf = (territory: AppState["territory"]) => [territory?.index.figuresKey, territory?.geometry] as const;

/** Same acheteur communes and same grand-projet communes. */
function sameLinks(a: SpatialLinks, b: SpatialLinks): boolean {
  const same = (x: Int32Array, y: Int32Array) => x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.acheteurCommunes, b.acheteurCommunes) && a.grandProjetCommunes.length === b.grandProjetCommunes.length && a.grandProjetCommunes.every((x, k) => same(x, b.grandProjetCommunes[k]!));
}

export function createDerived(current: () => AppState): Derived {
  /** Projects renamed by the document's name, per scenario project: the same inputs give the same object. */
  const named = new WeakMap<Project, Map<string, Project>>();
  const project = (state: AppState): Project | null => {
    const workspace = state.document.workspace;
    if (!workspace) return null;
    const own = activeScenario(workspace).project;
    if (own.nom === workspace.nom) return own;
    let byName = named.get(own);
    if (!byName) named.set(own, (byName = new Map()));
    let renamed = byName.get(workspace.nom);
    if (!renamed) byName.set(workspace.nom, (renamed = { ...own, nom: workspace.nom }));
    return renamed;
  };
  // Links and figures are kept when only the names arrive (the territory object changes, not
  // its figures); by code, a former code finds its commune once the names are there.
  let lastLinks: SpatialLinks | null = null;
  const links = remember(
    (territory: AppState["territory"], acheteurs: Project["acheteurs"] | undefined, grandsProjets: Project["grandsProjets"] | undefined): SpatialLinks | null => {
      if (!territory || !acheteurs || !grandsProjets) return null;
      const located = { acheteurs, grandsProjets };
      const placed = territory.geometry?.link(located) ?? linkProjectByCodes(territory.index, located);
      // The same placement found again (by polygon after by code) keeps its first object, so the figures stay.
      return (lastLinks = lastLinks && sameLinks(placed, lastLinks) ? lastLinks : placed);
    },
    (territory, acheteurs, grandsProjets) => [...figuresOf(territory), territory?.geometry ? null : territory?.index.reference.formerCodes, acheteurs, grandsProjets],
  );
  const linksOf = (state: AppState) => {
    const p = project(state);
    return links(state.territory, p?.acheteurs, p?.grandsProjets);
  };
  const needsOf = createNeedsDerivation(project);
  /** What computeAll takes of the needs. */
  const needsOption = (needs: DerivedNeeds | null): Pick<ComputeOptions, "needs"> => (needs ? { needs: { aggregate: needs.aggregate, seuils: needs.choices.seuilsBesoins } } : {});
  const result = remember(
    (territory: AppState["territory"], p: Project | null, placed: SpatialLinks | null, needs: DerivedNeeds | null) =>
      territory && p && placed ? computeAll(territory.index, p, { links: placed, ...needsOption(needs) }) : null,
    (territory, p, placed, needs) => [territory?.index.figuresKey, p, placed, needs],
  );
  const resultOf = (state: AppState) => result(state.territory, project(state), linksOf(state), needsOf(state));
  const history = remember((workspace: AppState["document"]["workspace"], histories: AppState["document"]["histories"]) => historyLabels(workspace, histories));
  const comparison = remember(
    (territory: AppState["territory"], active: ComputeResult | null, reference: { id: string; nom: string; project: Project } | undefined, needs: DerivedNeeds | null): ComparisonView | null => {
      if (!territory || !active || !reference) return null;
      const placed = territory.geometry?.link(reference.project) ?? linkProjectByCodes(territory.index, reference.project);
      const referenceResult = computeAll(territory.index, reference.project, { links: placed, ...needsOption(needs) });
      return { ...compareScenarios(territory.index, referenceResult, active), referenceId: reference.id, referenceNom: reference.nom, referenceResult };
    },
    (territory, active, reference, needs) => [...figuresOf(territory), active, reference, needs],
  );
  return {
    project: (state = current()) => project(state),
    links: (state = current()) => linksOf(state),
    needs: (state = current()) => needsOf(state),
    result: (state = current()) => resultOf(state),
    history: (state = current()) => history(state.document.workspace, state.document.histories),
    comparison(state = current()) {
      const { compareWith } = state.view;
      const reference = compareWith ? state.document.workspace?.scenarios.find((s) => s.id === compareWith) : undefined;
      return comparison(state.territory, reference ? resultOf(state) : null, reference, needsOf(state));
    },
    status: (state = current()) => (state.error ? "error" : state.territory && state.document.workspace ? "ready" : "loading"),
  };
}

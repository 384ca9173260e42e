// The comparison of the active scenario with another one (the reference, « avant »):
// derived from the document, computed once per pair of results and kept while they last.
import { linkProjectByCodes } from "../domain/code-links.ts";
import type { Project } from "../domain/model.ts";
import { computeAll, type ComputeResult } from "../domain/recompute.ts";
import { compareScenarios, type ScenarioComparison } from "../domain/scenario-compare.ts";
import type { AppState } from "./app-store.ts";

export interface ComparisonView extends ScenarioComparison {
  /** The reference scenario (A) and its figures; the active scenario is B. */
  referenceId: string;
  referenceNom: string;
  referenceResult: ComputeResult;
}

let cached: { result: ComputeResult; reference: Project; territory: unknown; view: ComparisonView } | null = null;

/** The comparison asked for by `view.compareWith`, or null (none asked, or the data is not there). */
export function selectComparison(state: AppState): ComparisonView | null {
  const { territory, result, workspace, view } = state;
  if (!view.compareWith || !territory || !result || !workspace) return null;
  const scenario = workspace.scenarios.find((item) => item.id === view.compareWith);
  if (!scenario) return null;
  if (cached && cached.result === result && cached.reference === scenario.project && cached.territory === territory) return cached.view;
  const links = territory.geometry?.link(scenario.project) ?? linkProjectByCodes(territory.index, scenario.project);
  const referenceResult = computeAll(territory.index, scenario.project, { links });
  const view_: ComparisonView = { ...compareScenarios(territory.index, referenceResult, result), referenceId: scenario.id, referenceNom: scenario.nom, referenceResult };
  cached = { result, reference: scenario.project, territory, view: view_ };
  return view_;
}

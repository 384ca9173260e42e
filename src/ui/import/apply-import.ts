// Applying a previewed import to the document, each as one undoable step: perimeters merged
// into the active scenario (the data is then the user's, dated as they said, no longer the
// demo), or a project file put in place of the whole project (every scenario). Returns the
// French sentence to announce, which says what was left out when lines were.
import type { MergeResult } from "../../io/import-merge.ts";
import type { ImportResult } from "../../io/importer.ts";
import { withNewData } from "../../domain/provenance.ts";
import type { WorkspaceContent } from "../../domain/workspace.ts";
import type { AppStore } from "../../store/app-store.ts";
import { formatInteger } from "../format.ts";

const UNDO = "Annulable en une étape (Ctrl+Z).";

/** Merges the previewed perimeters, dated `date` (AAAA-MM-JJ); null when the store refused. */
export function applyPerimeters(store: AppStore, file: string, merge: MergeResult, result: ImportResult, date: string): string | null {
  const outcome = store.getState().changeProject(`Import de ${file}`, () => withNewData(merge.project, date));
  if (!outcome.ok) return outcome.message;
  const count = (kind: string) => merge.changes.filter((change) => change.kind === kind).length;
  const leftOut = result.summary.linesLeftOut ?? 0;
  const left = leftOut > 0 ? ` ${formatInteger(leftOut)} ligne(s) en erreur écartée(s) : elles n'ont rien changé (liste dans l'aperçu de l'import).` : "";
  return `Import de ${file} appliqué : ${formatInteger(count("added"))} facilitateur(s) ajouté(s), ${formatInteger(count("perimeter-replaced"))} périmètre(s) remplacé(s), ${formatInteger(count("updated"))} mis à jour.${left} ${UNDO}`;
}

/** Puts the file's whole project (name, scenarios, active one) in place of the one on screen; the saved copy keeps its key. */
export function applyProjectFile(store: AppStore, file: string, content: WorkspaceContent): string | null {
  const outcome = store.getState().change(`Import de ${file}`, (workspace) => ({ ...workspace, nom: content.nom, scenarios: content.scenarios, activeScenarioId: content.activeScenarioId }));
  if (!outcome.ok) return outcome.message;
  const facilitateurs = content.scenarios.find((s) => s.id === content.activeScenarioId)?.project.facilitateurs.length ?? 0;
  return `Projet « ${content.nom} » importé depuis ${file} : ${formatInteger(content.scenarios.length)} scénario(s), ${formatInteger(facilitateurs)} facilitateur(s) dans le scénario affiché. ${UNDO}`;
}

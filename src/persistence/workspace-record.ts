// A workspace (the document: scenarios, name, active scenario) as the record saved in
// IndexedDB, and back. Restored projects are validated again with `parseProjectFile`, not
// trusted: the record may come from an older version of the app, from another reference
// (COG of another year), or be damaged. Also the French message for a storage failure.
import type { Workspace } from "../domain/workspace.ts";
import { communesOfZone } from "../domain/perimeter.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { formatIssue } from "../io/import-result.ts";
import { parseProjectFile, serializeProject } from "../io/project-file.ts";
import { StorageError } from "./project-database.ts";
import { decodeNeeds } from "./needs-record.ts";
import { decodeRecord, encodeRecord, type SavedRecord } from "./saved-record.ts";

const EXPORT_HINT = "Exportez le projet (fichier JSON) pour ne pas perdre vos modifications.";

/** The French message for a storage failure. */
export function saveFailureMessage(error: unknown): string {
  const kind = error instanceof StorageError ? error.kind : "other";
  if (kind === "quota") return `L'espace de stockage du navigateur est plein : vos dernières modifications ne sont pas enregistrées. ${EXPORT_HINT}`;
  if (kind === "absent") {
    return `L'enregistrement dans ce navigateur est impossible (navigation privée ou stockage désactivé) : vos modifications seront perdues à la fermeture de la page. ${EXPORT_HINT}`;
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  return `L'enregistrement dans ce navigateur a échoué${detail}. ${EXPORT_HINT}`;
}

/** The workspace written as a record. */
export function recordOfWorkspace(workspace: Workspace, now: Date): SavedRecord {
  return encodeRecord({
    id: workspace.id,
    nom: workspace.nom,
    creeLe: workspace.creeLe,
    modifieLe: now.toISOString(),
    scenarioActif: workspace.activeScenarioId,
    // JSON round trip: a plain copy, as a project file would hold it, under the project's one name.
    scenarios: workspace.scenarios.map((s) => ({ id: s.id, nom: s.nom, projet: JSON.parse(serializeProject({ ...s.project, nom: workspace.nom })) as Record<string, unknown> })),
    // Typed arrays as they are: IndexedDB clones them far faster than JSON would.
    ...(workspace.besoins && { besoins: workspace.besoins }),
  });
}

export type RestoredWorkspace = { ok: true; workspace: Workspace; warnings: string[]; /** The current record was unreadable: the previous one was restored. */ fellBack?: boolean } | { ok: false; message: string };

/** A stored value back to a workspace, each scenario validated on `index`; never throws. */
export function restoreWorkspace(value: unknown, index: TerritoryIndex): RestoredWorkspace {
  const decoded = decodeRecord(value);
  if (!decoded.ok) return decoded;
  const { record } = decoded;
  const warnings: string[] = decoded.upgradedFrom ? [`enregistrement au format ${decoded.upgradedFrom}, converti`] : [];
  const scenarios: Workspace["scenarios"][number][] = [];
  for (const scenario of record.scenarios) {
    const parsed = parseProjectFile(JSON.stringify(scenario.projet), index);
    if (!parsed.ok) return { ok: false, message: `scénario « ${scenario.nom} » : ${parsed.errors.slice(0, 3).map(formatIssue).join(" ; ")}` };
    warnings.push(...parsed.warnings.map((w) => `scénario « ${scenario.nom} » : ${formatIssue(w)}`));
    scenarios.push({ id: scenario.id, nom: scenario.nom, project: parsed.project });
  }
  const workspace: Workspace = { id: record.id, nom: record.nom, creeLe: record.creeLe, scenarios, activeScenarioId: record.scenarioActif };
  if (record.besoins !== undefined) {
    const needs = decodeNeeds(record.besoins);
    if (needs.ok) workspace.besoins = needs.needs;
    else warnings.push(`${needs.message} : le projet est ouvert sans ses besoins (importez à nouveau le fichier des marchés)`);
  }
  return { ok: true, workspace, warnings };
}

/** True when a zone or a siège of the workspace names a code `index` does not know. */
export function hasUnknownCodes(workspace: Workspace, index: TerritoryIndex): boolean {
  return workspace.scenarios.some(
    ({ project }) =>
      project.facilitateurs.some((facilitateur) => facilitateur.perimetre.some((zone) => communesOfZone(index, zone.niveau, zone.code) === undefined)) ||
      project.structures.some((structure) => !index.communeIndex.has(structure.communeSiege)),
  );
}



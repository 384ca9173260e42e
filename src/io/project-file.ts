/**
 * The project file (JSON): read (syntax, schema version, migration, validation) and
 * written back with a stable key order, so that saving twice gives the same bytes. The file
 * holds the whole workspace: its top level is the first scenario, the others follow
 * (project-scenarios.ts).
 */
import { PROJECT_SCHEMA, PROJECT_SCHEMA_V1, type Project } from "../domain/model.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import type { Workspace } from "../domain/workspace.ts";
import { describeValue, isObject, type JsonObject } from "./field-reader.ts";
import type { ImportIssue } from "./import-result.ts";
import { parseJsonText } from "./json-text.ts";
import { readFileScenarios, SCENARIO_FIELDS, workspaceDocument, type FileScenarios } from "./project-scenarios.ts";
import { validateProject } from "./project-validation.ts";
import { upgradeVersioned, type VersionedFormat } from "./versioned.ts";

export type ProjectFileResult =
  | ({ ok: true; /** The first scenario (the file's top level), under the file's name. */ project: Project; warnings: ImportIssue[] } & FileScenarios)
  | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };

/**
 * The project file's versions: upgrades from each older schema version to the next one.
 * Version 2 added the scenarios (`scenario`, `scenarioActif`, `autresScenarios`): a file of
 * version 1 is a project of one scenario, read as it is.
 */
const PROJECT_VERSIONS: VersionedFormat = {
  current: PROJECT_SCHEMA,
  versionOf: (document) => document["schema"],
  upgrades: {
    [PROJECT_SCHEMA_V1]: (document) => ({ ...document, schema: PROJECT_SCHEMA }),
  },
  describe: (failure) =>
    failure.kind === "missing"
      ? `champ obligatoire manquant : ce fichier n'est pas un projet (attendu ${JSON.stringify(PROJECT_SCHEMA)})`
      : `version de fichier inconnue ${describeValue(failure.version)} ; version reconnue : ${JSON.stringify(PROJECT_SCHEMA)}`,
};

/**
 * Brings a parsed document to the current schema version, step by step, noting each step
 * in `warnings`; returns an error when the version is missing or unknown.
 */
export function migrateProject(document: JsonObject, warnings: ImportIssue[]): { document: JsonObject } | { error: ImportIssue } {
  const upgraded = upgradeVersioned(document, PROJECT_VERSIONS);
  if (!upgraded.ok) return { error: { path: "schema", message: upgraded.message } };
  const { versions } = upgraded;
  for (let step = 1; step < versions.length; step++) warnings.push({ path: "schema", message: `fichier au format ${versions[step - 1]}, converti au format ${versions[step]}` });
  return { document: upgraded.value };
}

/** Reads a project file's text; never throws. Codes are checked against `index`. */
export function parseProjectFile(text: string, index: TerritoryIndex): ProjectFileResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error], warnings: [] };
  if (!isObject(parsed.value)) return { ok: false, errors: [{ path: "", message: `objet JSON attendu à la racine du fichier, trouvé ${describeValue(parsed.value)}` }], warnings: [] };
  const warnings: ImportIssue[] = [];
  const migrated = migrateProject(parsed.value, warnings);
  if ("error" in migrated) return { ok: false, errors: [migrated.error], warnings };
  const { project, reader } = validateProject(migrated.document, index, undefined, SCENARIO_FIELDS);
  const scenarios = project && readFileScenarios(reader, index, migrated.document, project);
  warnings.push(...reader.warnings);
  if (!project || !scenarios) return { ok: false, errors: reader.errors, warnings };
  return { ok: true, project, ...scenarios, warnings };
}

/** Order of keys in a written file. One list serves every record type: their shared keys come in the same order. */
const KEY_ORDER = [
  "schema",
  "id",
  "structure",
  "nom",
  "demo",
  "avertissement",
  "type",
  "niveau",
  "code",
  "extension",
  "communeSiege",
  "siret",
  "etp",
  "role",
  "statut",
  "contacts",
  "valeur",
  "public",
  "miseAJour",
  "seuils",
  "etpPour100000Habitants",
  "acheteursParEtp",
  "commune",
  "position",
  "geometrie",
  "coordinates",
  "communes",
  "tamponKm",
  "periode",
  "debut",
  "fin",
  "perimetre",
  "structures",
  "facilitateurs",
  "acheteurs",
  "grandsProjets",
  "scenario",
  "scenarioActif",
  "autresScenarios",
];
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));

/** A document as JSON text: keys in a fixed order, two-space indent, final newline. */
function serializeDocument(document: JsonObject | Project): string {
  const ordered = (_key: string, value: unknown) => {
    if (!isObject(value)) return value;
    const keys = Object.keys(value).sort((a, b) => (RANK.get(a) ?? KEY_ORDER.length) - (RANK.get(b) ?? KEY_ORDER.length) || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(keys.map((key) => [key, value[key]]));
  };
  return `${JSON.stringify(document, ordered, 2)}\n`;
}

/** One project as a file of one scenario. */
export function serializeProject(project: Project): string {
  return serializeDocument(project);
}

/** The whole workspace as a project file: every scenario with its name, the active one, each scenario's settings. */
export function serializeWorkspace(workspace: Pick<Workspace, "nom" | "scenarios" | "activeScenarioId">): string {
  return serializeDocument(workspaceDocument(workspace));
}

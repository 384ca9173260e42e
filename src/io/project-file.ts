/**
 * The project file (JSON): read (syntax, schema version, migration, validation) and
 * written back with a stable key order, so that saving twice gives the same bytes.
 */
import { PROJECT_SCHEMA, type Project } from "../domain/model.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { describeValue, isObject, type JsonObject } from "./field-reader.ts";
import type { ImportIssue } from "./import-result.ts";
import { parseJsonText } from "./json-text.ts";
import { validateProject } from "./project-validation.ts";
import { upgradeVersioned, type VersionedFormat } from "./versioned.ts";

export type ProjectFileResult =
  | { ok: true; project: Project; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };

/**
 * The project file's versions: upgrades from each older schema version to the next one.
 * Empty while only version 1 exists; a version 2 adds `"carto-clause-sociale/projet@1": (document) => …`.
 */
const PROJECT_VERSIONS: VersionedFormat = {
  current: PROJECT_SCHEMA,
  versionOf: (document) => document["schema"],
  upgrades: {},
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
  const { project, reader } = validateProject(migrated.document, index);
  warnings.push(...reader.warnings);
  if (!project) return { ok: false, errors: reader.errors, warnings };
  return { ok: true, project, warnings };
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
];
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));

/** The project as JSON text: keys in a fixed order, two-space indent, final newline. */
export function serializeProject(project: Project): string {
  const ordered = (_key: string, value: unknown) => {
    if (!isObject(value)) return value;
    const keys = Object.keys(value).sort((a, b) => (RANK.get(a) ?? KEY_ORDER.length) - (RANK.get(b) ?? KEY_ORDER.length) || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(keys.map((key) => [key, value[key]]));
  };
  return `${JSON.stringify(project, ordered, 2)}\n`;
}

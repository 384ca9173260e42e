// Validation of one record for a form, with the very rules of the project file
// (`validateProject`): the record is checked inside a small document, and the problems
// found under it come back by field (« etp » → « nombre attendu, trouvé "abc" »).
import { ENTITY_LISTS, findEntity, type EntityKind, type EntityOf } from "../domain/entity-edits.ts";
import { PROJECT_SCHEMA, type Project } from "../domain/model.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { validateProject } from "../io/project-validation.ts";

/** Field (`nom`, `etp`, `perimetre[2].code`; "" for the whole record) → French message. */
export type FieldMessages = Record<string, string>;

export interface EntityValidation<T> {
  /** The cleaned record (trimmed texts, former commune codes replaced), when there is no error. */
  value: T | undefined;
  errors: FieldMessages;
  warnings: FieldMessages;
}

/** The first message for each field under `prefix`. */
function byField(issues: readonly { path: string; message: string }[], prefix: string, ignore: (message: string) => boolean = () => false): FieldMessages {
  const fields: FieldMessages = {};
  for (const issue of issues) {
    if (issue.path !== prefix && !issue.path.startsWith(`${prefix}.`)) continue;
    if (ignore(issue.message)) continue;
    const field = issue.path === prefix ? "" : issue.path.slice(prefix.length + 1);
    fields[field] ??= issue.message;
  }
  return fields;
}

/**
 * Checks a record of `kind` typed in a form, against the project it goes into; `replacing`
 * is the id of the record it updates (its id may stay), else the id must be new.
 */
export function validateEntity<K extends EntityKind>(index: TerritoryIndex, project: Project, kind: K, draft: Record<string, unknown>, replacing?: string): EntityValidation<EntityOf[K]> {
  const list = ENTITY_LISTS[kind];
  const document: Record<string, unknown> = {
    schema: PROJECT_SCHEMA,
    nom: "validation",
    // Posts need the structures to check theirs; the other lists hold only the record.
    structures: kind === "structure" ? [draft] : kind === "facilitateur" ? project.structures : [],
    facilitateurs: kind === "facilitateur" ? [draft] : [],
  };
  if (kind === "acheteur" || kind === "grand-projet") document[list] = [draft];
  const { project: checked, reader } = validateProject(document, index);
  const prefix = `${list}[0]`;
  const errors = byField(reader.errors, prefix);
  const warnings = byField(reader.warnings, prefix, (message) => message === "champ inconnu, ignoré");
  const id = typeof draft["id"] === "string" ? draft["id"].trim() : undefined;
  if (id && id !== replacing && findEntity(project, kind, id)) errors["id"] ??= `identifiant « ${id} » déjà utilisé`;
  const value = Object.keys(errors).length === 0 ? (checked?.[list][0] as EntityOf[K] | undefined) : undefined;
  return { value, errors, warnings };
}

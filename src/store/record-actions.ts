// Records of the project edited from forms: structures, posts (facilitateurs and
// coordinateurs régionaux), acheteurs, grands projets. Each edit is validated with the
// project file's rules, then goes through the document's `change`.
import type { StateCreator } from "zustand/vanilla";
import { isCoordinateur } from "../domain/coordinateurs.ts";
import { createEntity, deleteEntity, findEntity, nextEntityId, updateEntity, type EntityEdit, type EntityKind, type EntityOf } from "../domain/entity-edits.ts";
import type { Project, Seuils } from "../domain/model.ts";
import type { AppState } from "./app-store.ts";
import { NO_PROJECT, type EditOutcome } from "./document-slice.ts";
import { entityLabel } from "./edit-labels.ts";
import { validateEntity, type FieldMessages } from "./entity-validation.ts";

export interface RecordActions {
  /** Checks a form without changing anything: field → message. */
  validateRecord<K extends EntityKind>(kind: K, draft: Record<string, unknown>, replacing?: string): { errors: FieldMessages; warnings: FieldMessages; value: EntityOf[K] | undefined };
  /** Creates a structure, post, acheteur or grand projet from a form; an id is made when none is given. */
  createRecord(kind: EntityKind, draft: Record<string, unknown>): EditOutcome;
  /** A post with the role coordinateur régional, its perimeter the région. */
  createCoordinateur(regionCode: string, draft: Record<string, unknown>): EditOutcome;
  /** Changes some fields of a record (the others are kept); the id stays. */
  updateRecord(kind: EntityKind, id: string, changes: Record<string, unknown>): EditOutcome;
  /** Deletes a record; a structure still carrying posts is refused with a French message. */
  deleteRecord(kind: EntityKind, id: string): EditOutcome;
  /** Changes the thresholds of the third kind of zone blanche, saved with the project. */
  setSeuils(seuils: Seuils): void;
}

const ID_PREFIXES: Record<EntityKind, string> = { structure: "S", facilitateur: "F", acheteur: "A", "grand-projet": "G" };

/** An entity edit as a `changeProject` recipe. */
const applied = (edit: EntityEdit) => (edit.ok ? edit.project : edit);

export const createRecordActions =
  (today: () => string): StateCreator<AppState, [], [], RecordActions> =>
  (_set, get) => {
    const project = (): Project | null => get().derived.project(get());
    /** Runs an entity edit; a change that changes nothing keeps the form's extras. */
    const editWith = (label: string, edit: (current: Project) => EntityEdit, extra: Partial<Extract<EditOutcome, { ok: true }>> = {}): EditOutcome => {
      const outcome = get().changeProject(label, (current) => applied(edit(current)));
      return outcome.ok ? { ...outcome, ...extra } : outcome;
    };
    const coordinateurLabel = (kind: EntityKind, record: EntityOf[EntityKind] | undefined) => kind === "facilitateur" && record !== undefined && isCoordinateur(record as EntityOf["facilitateur"]);

    return {
      validateRecord(kind, draft, replacing) {
        const { territory } = get();
        const current = project();
        if (!territory || !current) return { errors: { "": "Aucun projet n'est chargé" }, warnings: {}, value: undefined };
        return validateEntity(territory.index, current, kind, draft, replacing);
      },
      createRecord(kind, draft) {
        const current = project();
        if (!current) return NO_PROJECT;
        const written = typeof draft["id"] === "string" ? draft["id"].trim() : "";
        const id = written || nextEntityId(current, kind, ID_PREFIXES[kind]);
        const defaults = kind === "facilitateur" ? { role: "facilitateur", statut: "en-poste", contacts: [], perimetre: [], miseAJour: today() } : {};
        const checked = get().validateRecord(kind, { ...defaults, ...draft, id });
        if (!checked.value) return { ok: false, message: "Le formulaire contient des erreurs", errors: checked.errors };
        const record = checked.value;
        return editWith(entityLabel("create", kind, record.nom, coordinateurLabel(kind, record)), (p) => createEntity(p, kind, record), { id, warnings: checked.warnings });
      },
      createCoordinateur(regionCode, draft) {
        return get().createRecord("facilitateur", { ...draft, role: "coordinateur-regional", perimetre: [{ niveau: "region", code: regionCode }] });
      },
      updateRecord(kind, id, changes) {
        const current = project();
        if (!current) return NO_PROJECT;
        const existing = findEntity(current, kind, id);
        if (!existing) return { ok: false, message: `Aucun enregistrement n'a l'identifiant « ${id} »` };
        const stamp = kind === "facilitateur" && changes["miseAJour"] === undefined ? { miseAJour: today() } : {};
        const checked = get().validateRecord(kind, { ...existing, ...changes, ...stamp, id }, id);
        if (!checked.value) return { ok: false, message: "Le formulaire contient des erreurs", errors: checked.errors };
        const record = checked.value;
        return editWith(entityLabel("update", kind, record.nom, coordinateurLabel(kind, record)), (p) => updateEntity(p, kind, id, record), { warnings: checked.warnings });
      },
      deleteRecord(kind, id) {
        const current = project();
        if (!current) return NO_PROJECT;
        const existing = findEntity(current, kind, id);
        return editWith(entityLabel("delete", kind, existing?.nom ?? id, coordinateurLabel(kind, existing)), (p) => deleteEntity(p, kind, id));
      },
      setSeuils(seuils) {
        get().changeProject("Modification des seuils des zones blanches", (p) => ({ ...p, seuils }));
      },
    };
  };

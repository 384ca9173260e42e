// The validation of a record form as the user types: the draft is checked by the store
// (the very rules of the project file) at every render; a field shows its message once
// touched, every field once a save was attempted; a refused save keeps the form open with
// a summary of the problems.
import { useCallback, useEffect, useId, useState, type RefObject } from "react";
import { findEntity, type EntityKind } from "../../domain/entity-edits.ts";
import type { EditOutcome } from "../../store/app-store.ts";
import type { FieldMessages } from "../../store/entity-validation.ts";
import { useAppState, useAppStore } from "../store-context.tsx";
import { fieldElementId, friendlyMessage, mergeMessages, messageUnder } from "./form-values.ts";

/** Id under which a record not yet created is checked (the store gives it its own). */
const NEW_RECORD_ID = "\u2063nouvel-enregistrement";

/** What `createRecord` adds to a new post before checking it. */
const NEW_RECORD_DEFAULTS: Record<EntityKind, Record<string, unknown>> = {
  structure: {},
  facilitateur: { role: "facilitateur", statut: "en-poste", contacts: [], perimetre: [], miseAJour: "2000-01-01" },
  acheteur: {},
  "grand-projet": {},
};

export interface RecordForm {
  formId: string;
  /** Every problem, field → sentence (shown or not yet). */
  errors: FieldMessages;
  warnings: FieldMessages;
  /** True after a save was attempted: every message shows, and the summary. */
  submitted: boolean;
  /** The message of `field` (or of something under it), when it is to be shown. */
  errorOf(field: string): string | undefined;
  warningOf(field: string): string | undefined;
  /** Marks a field as typed in: its message shows from now on. */
  touch(field: string): void;
  /** The element id of a field, for labels, descriptions and the summary's links. */
  idOf(field: string): string;
  /** Why the store refused the last save (beyond field messages), if it did. */
  refusal: string | null;
  /** Attempts a save: refused while there are errors; else runs `save`, and `onSaved` when it went through. */
  submit(save: () => EditOutcome, onSaved: (outcome: Extract<EditOutcome, { ok: true }>) => void): void;
  /** Counts save attempts: the summary takes the focus after each refused one. */
  attempts: number;
}

/**
 * `draft` is the record as the project file would hold it; `own` the messages of what the
 * form could not read (« abc » as ETP); `replacing` the id of the record being edited.
 */
export function useRecordForm(kind: EntityKind, draft: Record<string, unknown>, own: FieldMessages, replacing?: string): RecordForm {
  const store = useAppStore();
  const formId = `formulaire${useId().replace(/:/g, "")}`;
  // Re-checked when the project changes (a structure deleted elsewhere, an undo).
  const project = useAppState((state) => state.derived.project(state));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [storeErrors, setStoreErrors] = useState<FieldMessages>({});
  const [attempts, setAttempts] = useState(0);
  // As `updateRecord` does: the fields typed over the record; a new record checked under a placeholder id.
  const existing = replacing && project ? findEntity(project, kind, replacing) : undefined;
  const checked = store.getState().validateRecord(kind, replacing ? { ...existing, ...draft, id: replacing } : { ...NEW_RECORD_DEFAULTS[kind], ...draft, id: NEW_RECORD_ID }, replacing ?? NEW_RECORD_ID);
  const errors = mergeMessages(own, { ...storeErrors, ...checked.errors });
  const warnings: FieldMessages = {};
  for (const [field, message] of Object.entries(checked.warnings)) warnings[field] = friendlyMessage(message);

  const touch = useCallback((field: string) => {
    setTouched((previous) => (previous.has(field) ? previous : new Set(previous).add(field)));
    setStoreErrors((previous) => (Object.keys(previous).length === 0 ? previous : {}));
  }, []);
  const shown = (field: string) => submitted || [...touched].some((t) => t === field || t.startsWith(`${field}.`) || t.startsWith(`${field}[`) || field.startsWith(`${t}.`) || field.startsWith(`${t}[`));

  return {
    formId,
    errors,
    warnings,
    submitted,
    refusal,
    attempts,
    errorOf: (field) => (shown(field) ? messageUnder(errors, field) : undefined),
    warningOf: (field) => (shown(field) ? messageUnder(warnings, field) : undefined),
    touch,
    idOf: (field) => fieldElementId(formId, field),
    submit(save, onSaved) {
      setSubmitted(true);
      setRefusal(null);
      if (Object.keys(errors).length > 0) {
        setAttempts((n) => n + 1);
        return;
      }
      const outcome = save();
      if (outcome.ok) onSaved(outcome);
      else {
        setRefusal(outcome.message);
        setStoreErrors(outcome.errors ?? {});
        setAttempts((n) => n + 1);
      }
    },
  };
}

/** Moves the focus to `element` after each refused save attempt (not on first render). */
export function useFocusOnAttempt(attempts: number, element: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (attempts > 0) element.current?.focus();
  }, [attempts, element]);
}

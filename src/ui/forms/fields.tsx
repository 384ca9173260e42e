// Fields shared by the record forms, after the DSFR input groups: a label, an optional
// hint, the error under the field tied by `aria-describedby`, `aria-invalid` while wrong.
import { useMemo, useRef, type ReactNode } from "react";
import { indexCommuneNames, searchCommunes } from "../../domain/commune-search.ts";
import { useAppState } from "../store-context.tsx";
import { looksLikeInseeCode } from "./form-values.ts";
import { useFocusOnAttempt, type RecordForm } from "./useRecordForm.ts";

interface FieldMessagesProps {
  id: string;
  error: string | undefined;
  warning?: string | undefined;
}

/** The error (and warning) under a field; ids `${id}-erreur` and `${id}-avertissement`. */
export function FieldMessages({ id, error, warning }: FieldMessagesProps) {
  return (
    <>
      {error && (
        <p className="fr-error-text" id={`${id}-erreur`}>
          {error}
        </p>
      )}
      {!error && warning && (
        <p className="fr-info-text" id={`${id}-avertissement`}>
          {warning}
        </p>
      )}
    </>
  );
}

/** The ids a field is described by: its hint, error and warning when shown. */
/** A field's label, its « * » when required and its hint (`<id>-aide`, for aria-describedby). */
export function FieldLabel({ id, label, hint, required }: { id: string; label: string; hint?: string | undefined; required?: boolean | undefined }) {
  return (
    <label className="fr-label" htmlFor={id}>
      {label}
      {required && <span aria-hidden="true"> *</span>}
      {hint && (
        <span className="fr-hint-text" id={`${id}-aide`}>
          {hint}
        </span>
      )}
    </label>
  );
}

export function describedBy(id: string, hint: boolean, error: string | undefined, warning?: string | undefined): string | undefined {
  const ids = [hint && `${id}-aide`, error && `${id}-erreur`, !error && warning && `${id}-avertissement`].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

interface TextFieldProps {
  form: RecordForm;
  field: string;
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  required?: boolean;
  type?: "text" | "date" | "email" | "tel";
  inputMode?: "text" | "decimal" | "numeric";
  autoComplete?: string;
}

export function TextField({ form, field, label, hint, value, onChange, required, type = "text", inputMode, autoComplete = "off" }: TextFieldProps) {
  const id = form.idOf(field);
  const error = form.errorOf(field);
  const warning = form.warningOf(field);
  return (
    <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
      <FieldLabel id={id} label={label} hint={hint} required={required} />
      <input
        className={`fr-input${error ? " fr-input--error" : ""}`}
        id={id}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), error, warning)}
        onChange={(event) => {
          onChange(event.target.value);
          form.touch(field);
        }}
        onBlur={() => form.touch(field)}
      />
      <FieldMessages id={id} error={error} warning={warning} />
    </div>
  );
}

interface SelectFieldProps {
  form: RecordForm;
  field: string;
  label: string;
  hint?: string;
  value: string;
  options: readonly { value: string; label: string }[];
  /** Text of the empty first option; none when absent. */
  placeholder?: string;
  onChange(value: string): void;
  required?: boolean;
}

export function SelectField({ form, field, label, hint, value, options, placeholder, onChange, required }: SelectFieldProps) {
  const id = form.idOf(field);
  const error = form.errorOf(field);
  return (
    <div className={`fr-select-group${error ? " fr-select-group--error" : ""}`}>
      <FieldLabel id={id} label={label} hint={hint} required={required} />
      <select
        className={`fr-select${error ? " fr-select--error" : ""}`}
        id={id}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), error)}
        onChange={(event) => {
          onChange(event.target.value);
          form.touch(field);
        }}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} error={error} />
    </div>
  );
}

/** A commune typed by name or INSEE code: the text, and the code once one is chosen (or typed). */
export interface CommuneChoice {
  text: string;
  code: string | null;
}

/** The choice for a code already known (a record being edited). */
export function communeChoiceOf(code: string | undefined, nameOf: (code: string) => string | undefined): CommuneChoice {
  if (!code) return { text: "", code: null };
  const nom = nameOf(code);
  return { text: nom ? `${nom} (${code})` : code, code };
}

/** The name of a commune by INSEE code, from the reference in the store (absent until the full reference is loaded). */
export function useCommuneName(): (code: string) => string | undefined {
  const index = useAppState((state) => state.territory?.index);
  return (code) => {
    const c = index?.communeIndex.get(code);
    return c === undefined ? undefined : index?.reference.communes[c]?.nom || undefined;
  };
}

/** The message of a commune typed but not chosen, for the form's own messages. */
export const UNCHOSEN_COMMUNE = "Choisissez une commune dans la liste proposée, ou saisissez son code INSEE (5 caractères, par exemple 21231).";

interface CommuneFieldProps {
  form: RecordForm;
  field: string;
  label: string;
  value: CommuneChoice;
  onChange(choice: CommuneChoice): void;
  /** Called with the commune chosen, for lists that add it and clear the field. */
  onChoose?(code: string): void;
  required?: boolean;
}

/**
 * A commune by name or INSEE code, with a list of matching communes to choose from
 * (buttons, reachable with Tab). A typed code of a known commune counts as chosen.
 */
export function CommuneField({ form, field, label, value, onChange, onChoose, required }: CommuneFieldProps) {
  const territory = useAppState((state) => state.territory);
  const names = useMemo(() => (territory?.complete ? indexCommuneNames(territory.index) : null), [territory]);
  const id = form.idOf(field);
  const error = form.errorOf(field);
  const query = value.text.trim();
  const suggestions = useMemo(() => {
    if (!territory || !names || value.code || query.length < 2) return [];
    return searchCommunes(territory.index, names, query, 6).map((c) => territory.index.reference.communes[c]!);
  }, [territory, names, value.code, query]);
  const departementNom = (code: string) => territory?.index.reference.departements.find((d) => d.code === code)?.nom ?? code;
  const type = (text: string) => {
    const code = looksLikeInseeCode(text) ? text.trim().toUpperCase() : null;
    const known = code !== null && territory?.index.communeIndex.has(code) ? code : null;
    onChange({ text, code: known });
    form.touch(field);
  };
  const choose = (code: string, nom: string) => {
    if (onChoose) onChoose(code);
    else onChange({ text: `${nom} (${code})`, code });
    form.touch(field);
  };
  return (
    <div className={`fr-input-group commune-field${error ? " fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
        <span className="fr-hint-text" id={`${id}-aide`}>
          Nom de la commune ou code INSEE, puis choisissez dans la liste.
        </span>
      </label>
      <input
        className={`fr-input${error ? " fr-input--error" : ""}`}
        id={id}
        type="text"
        autoComplete="off"
        value={value.text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, true, error)}
        onChange={(event) => type(event.target.value)}
        onBlur={() => form.touch(field)}
      />
      {value.code && !onChoose && (
        <p className="fr-valid-text fr-text--xs" data-testid={`${id}-retenue`}>
          Commune retenue : {value.code}
        </p>
      )}
      {suggestions.length > 0 && (
        <ul className="commune-suggestions" aria-label={`Communes proposées pour « ${query} »`}>
          {suggestions.map((commune) => (
            <li key={commune.code}>
              <button type="button" className="fr-link fr-text--sm" onClick={() => choose(commune.code, commune.nom)}>
                {commune.nom} ({departementNom(commune.departement)}, {commune.code})
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldMessages id={id} error={error} />
    </div>
  );
}

/** « Le formulaire contient N erreurs »: links to each field, focused after a refused save. */
export function ErrorSummary({ form, labelOf }: { form: RecordForm; labelOf(field: string): string }) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusOnAttempt(form.attempts, ref);
  const entries = Object.entries(form.errors);
  if (!form.submitted || (entries.length === 0 && !form.refusal)) return null;
  return (
    <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert" tabIndex={-1} ref={ref} data-testid="resume-erreurs">
      <h2 className="fr-alert__title fr-text--md">
        {entries.length > 0 ? `Enregistrement impossible : ${entries.length === 1 ? "1 champ à corriger" : `${entries.length} champs à corriger`}` : "Enregistrement refusé"}
      </h2>
      {form.refusal && entries.length === 0 && <p>{form.refusal}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, message]) => (
            <li key={field}>
              <a
                href={`#${form.idOf(field)}`}
                onClick={(event) => {
                  const target = document.getElementById(form.idOf(field));
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                }}
              >
                {labelOf(field)}
              </a>{" "}
              : {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface FormShellProps {
  form: RecordForm;
  labelOf(field: string): string;
  submitLabel: string;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}

/** The form element, its summary, its buttons. */
export function FormShell({ form, labelOf, submitLabel, onSubmit, onCancel, children }: FormShellProps) {
  return (
    <form
      id={form.formId}
      noValidate
      className="record-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ErrorSummary form={form} labelOf={labelOf} />
      <p className="fr-text--xs">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
      {children}
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--right record-form__actions">
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={onCancel}>
            Annuler
          </button>
        </li>
        <li>
          <button type="submit" className="fr-btn">
            {submitLabel}
          </button>
        </li>
      </ul>
    </form>
  );
}

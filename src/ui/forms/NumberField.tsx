// A number typed as the user types it (decimal comma or point): the draft is kept while it is
// not a valid number, with a French error under the field; each valid value is sent at once.
import { useState } from "react";

export interface NumberFieldProps {
  id: string;
  label: string;
  hint: string;
  value: number;
  /** « positive »: > 0; « non-negative »: ≥ 0. */
  rule: "positive" | "non-negative";
  /** Written in the error: « Nombre positif attendu, par exemple … ». */
  example: string;
  onValue(value: number): void;
}

/** The number a draft stands for, or null when it is not one the rule accepts. */
export function readNumber(text: string, rule: NumberFieldProps["rule"]): number | null {
  const value = Number(text.replace(",", "."));
  if (text.trim() === "" || !Number.isFinite(value)) return null;
  return (rule === "positive" ? value > 0 : value >= 0) ? value : null;
}

export function NumberField({ id, label, hint, value, rule, example, onValue }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const invalid = readNumber(text, rule) === null;
  return (
    <div className={`fr-input-group ${invalid ? "fr-input-group--error" : ""}`}>
      <label className="fr-label fr-text--sm" htmlFor={id}>
        {label} <span className="fr-hint-text">{hint}</span>
      </label>
      <input
        className="fr-input"
        id={id}
        inputMode="decimal"
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-erreur` : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = readNumber(event.target.value, rule);
          if (next !== null) onValue(next);
        }}
      />
      {invalid && (
        <p className="fr-error-text" id={`${id}-erreur`}>
          Nombre positif attendu, par exemple {example}.
        </p>
      )}
    </div>
  );
}

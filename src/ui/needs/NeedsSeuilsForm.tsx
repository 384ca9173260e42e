// The thresholds of the measured zone blanche 3, shown and editable (each change is one
// undoable step of the workspace); their defaults and why are in docs/besoins.md.
import { useId, useState } from "react";
import type { NeedsChoices } from "../../domain/needs-readings.ts";
import { DEFAULT_SEUILS_BESOINS, type SeuilsBesoins } from "../../domain/needs/needs-settings.ts";
import { formatInteger } from "../format.ts";
import { useAppStore } from "../store-context.tsx";

const FIELDS: { key: keyof SeuilsBesoins; label: string }[] = [
  { key: "marchesEtatParEtp", label: "Marchés de l'État par ETP, au plus" },
  { key: "marchesAuDessusDesSeuilsParEtp", label: "Marchés au-dessus des seuils européens par ETP, au plus" },
];

export function NeedsSeuilsForm({ choices }: { choices: NeedsChoices }) {
  const store = useAppStore();
  const id = useId();
  const [drafts, setDrafts] = useState<Partial<Record<keyof SeuilsBesoins, string>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <details className="seuils-form">
      <summary className="fr-text--sm">Seuils de la zone blanche 3 mesurée sur les besoins</summary>
      {FIELDS.map((field) => {
        const draft = drafts[field.key] ?? String(choices.seuilsBesoins[field.key]);
        const value = Number(draft.replace(",", "."));
        const invalid = draft.trim() === "" || !Number.isFinite(value) || value <= 0;
        return (
          <div className={`fr-input-group ${invalid ? "fr-input-group--error" : ""}`} key={field.key}>
            <label className="fr-label fr-text--sm" htmlFor={`${id}-${field.key}`}>
              {field.label} <span className="fr-hint-text">défaut {formatInteger(DEFAULT_SEUILS_BESOINS[field.key])}, sur la période des marchés</span>
            </label>
            <input
              className="fr-input"
              id={`${id}-${field.key}`}
              inputMode="decimal"
              value={draft}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${id}-${field.key}-erreur` : undefined}
              onChange={(event) => {
                const text = event.target.value;
                setDrafts((current) => ({ ...current, [field.key]: text }));
                const next = Number(text.replace(",", "."));
                if (text.trim() === "" || !Number.isFinite(next) || next <= 0) return;
                const outcome = store.getState().setNeedsChoices({ seuilsBesoins: { ...choices.seuilsBesoins, [field.key]: next } }, "Seuils de la zone blanche 3 (besoins)");
                setRefusal(outcome.ok ? null : outcome.message);
              }}
            />
            {invalid && (
              <p className="fr-error-text" id={`${id}-${field.key}-erreur`}>
                Nombre positif attendu, par exemple 50.
              </p>
            )}
          </div>
        );
      })}
      {refusal && <p className="fr-error-text">{refusal}</p>}
    </details>
  );
}

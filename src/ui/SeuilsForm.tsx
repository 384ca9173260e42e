import { useId, useState } from "react";
import { DEFAULT_SEUILS, type Seuils } from "../domain/model.ts";
import { formatRate } from "./format.ts";
import { useAppState, useAppStore } from "./store-context.tsx";

const FIELDS: { key: keyof Seuils; label: string; hint: string; step: number }[] = [
  { key: "etpPour100000Habitants", label: "ETP pour 100 000 habitants, au moins", hint: `défaut ${formatRate(DEFAULT_SEUILS.etpPour100000Habitants)}`, step: 0.05 },
  { key: "acheteursParEtp", label: "Acheteurs de l'État par ETP, au plus", hint: `défaut ${DEFAULT_SEUILS.acheteursParEtp}`, step: 1 },
];

/** The thresholds of the third kind of zone blanche, shown and editable; figures follow at once. */
export function SeuilsForm() {
  const store = useAppStore();
  const seuils = useAppState((state) => state.derived.result(state)?.seuils);
  const id = useId();
  const [drafts, setDrafts] = useState<Partial<Record<keyof Seuils, string>>>({});
  if (!seuils) return null;
  return (
    <details className="seuils-form">
      <summary className="fr-text--sm">Seuils de la zone blanche 3 (capacité insuffisante)</summary>
      {FIELDS.map((field) => {
        const draft = drafts[field.key] ?? String(seuils[field.key]);
        const value = Number(draft.replace(",", "."));
        const invalid = draft.trim() === "" || !Number.isFinite(value) || value < 0;
        return (
          <div className={`fr-input-group ${invalid ? "fr-input-group--error" : ""}`} key={field.key}>
            <label className="fr-label fr-text--sm" htmlFor={`${id}-${field.key}`}>
              {field.label} <span className="fr-hint-text">{field.hint}</span>
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
                if (text.trim() !== "" && Number.isFinite(next) && next >= 0) store.getState().setSeuils({ ...seuils, [field.key]: next });
              }}
            />
            {invalid && (
              <p className="fr-error-text" id={`${id}-${field.key}-erreur`}>
                Nombre positif attendu, par exemple {field.step === 1 ? "10" : "0,5"}.
              </p>
            )}
          </div>
        );
      })}
    </details>
  );
}

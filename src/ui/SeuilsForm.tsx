import { useId } from "react";
import { DEFAULT_SEUILS, type Seuils } from "../domain/model.ts";
import { formatRate } from "./format.ts";
import { NumberField } from "./forms/NumberField.tsx";
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
  if (!seuils) return null;
  return (
    <details className="seuils-form">
      <summary className="fr-text--sm">Seuils de la zone blanche 3 (capacité insuffisante)</summary>
      {FIELDS.map((field) => (
        <NumberField
          key={field.key}
          id={`${id}-${field.key}`}
          label={field.label}
          hint={field.hint}
          value={seuils[field.key]}
          rule="non-negative"
          example={field.step === 1 ? "10" : "0,5"}
          onValue={(next) => store.getState().setSeuils({ ...seuils, [field.key]: next })}
        />
      ))}
    </details>
  );
}

// The thresholds of the measured zone blanche 3, shown and editable (each change is one
// undoable step of the workspace); their defaults and why are in docs/besoins.md.
import { useId, useState } from "react";
import type { NeedsChoices } from "../../domain/needs-readings.ts";
import { DEFAULT_SEUILS_BESOINS, type SeuilsBesoins } from "../../domain/needs/needs-settings.ts";
import { formatInteger } from "../format.ts";
import { NumberField } from "../forms/NumberField.tsx";
import { useAppStore } from "../store-context.tsx";

const FIELDS: { key: keyof SeuilsBesoins; label: string }[] = [
  { key: "marchesEtatParEtp", label: "Marchés de l'État par ETP, au plus" },
  { key: "marchesAuDessusDesSeuilsParEtp", label: "Marchés au-dessus des seuils européens par ETP, au plus" },
];

export function NeedsSeuilsForm({ choices }: { choices: NeedsChoices }) {
  const store = useAppStore();
  const id = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <details className="seuils-form">
      <summary className="fr-text--sm">Seuils de la zone blanche 3 mesurée sur les besoins</summary>
      {FIELDS.map((field) => (
        <NumberField
          key={field.key}
          id={`${id}-${field.key}`}
          label={field.label}
          hint={`défaut ${formatInteger(DEFAULT_SEUILS_BESOINS[field.key])}, sur la période des marchés`}
          value={choices.seuilsBesoins[field.key]}
          rule="positive"
          example="50"
          onValue={(next) => {
            const outcome = store.getState().setNeedsChoices({ seuilsBesoins: { ...choices.seuilsBesoins, [field.key]: next } }, "Seuils de la zone blanche 3 (besoins)");
            setRefusal(outcome.ok ? null : outcome.message);
          }}
        />
      ))}
      {refusal && <p className="fr-error-text">{refusal}</p>}
    </details>
  );
}

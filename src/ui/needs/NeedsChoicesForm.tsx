// The period of the contracts counted and the list of the State's buyers, shown and editable
// (each change one undoable step of the workspace). Empty fields keep the defaults: the last
// 12 months present in the files, and the State as the SIREN starting with 1.
import { useId, useState } from "react";
import { cleanBuyerCode } from "../../domain/needs/classify.ts";
import type { NeedsChoices } from "../../domain/needs-readings.ts";
import { useAppStore } from "../store-context.tsx";

/** The codes of a list typed or pasted: one a line, or separated by commas, semicolons or spaces. */
export const buyerCodesOf = (text: string) =>
  text
    .split(/[\n,;]+|\s{2,}|\t/)
    .map((code) => code.trim())
    .filter((code) => code !== "" && !/^(siren|siret)$/i.test(code));

export function NeedsChoicesForm({ choices }: { choices: NeedsChoices }) {
  const store = useAppStore();
  const id = useId();
  const [list, setList] = useState((choices.acheteursEtat ?? []).join("\n"));
  const [refusal, setRefusal] = useState<{ field: string; message: string } | null>(null);
  const apply = (changes: Partial<NeedsChoices>, label: string, field: string) => {
    const outcome = store.getState().setNeedsChoices(changes, label);
    setRefusal(outcome.ok ? null : { field, message: outcome.message });
    return outcome.ok;
  };
  const date = (key: "du" | "au", label: string) => (
    <div className="fr-input-group">
      <label className="fr-label fr-text--sm" htmlFor={`${id}-${key}`}>
        {label} <span className="fr-hint-text">vide : les 12 derniers mois des fichiers</span>
      </label>
      <input
        className="fr-input"
        type="date"
        id={`${id}-${key}`}
        value={choices[key] ?? ""}
        onChange={(event) => apply({ [key]: event.target.value === "" ? null : event.target.value }, "Période des besoins", key)}
      />
      {refusal?.field === key && <p className="fr-error-text">{refusal.message}</p>}
    </div>
  );
  return (
    <details className="seuils-form">
      <summary className="fr-text--sm">Période et acheteurs de l'État</summary>
      {date("du", "Marchés notifiés à partir du")}
      {date("au", "Marchés notifiés jusqu'au")}
      <div className={`fr-input-group ${refusal?.field === "acheteursEtat" ? "fr-input-group--error" : ""}`}>
        <label className="fr-label fr-text--sm" htmlFor={`${id}-acheteurs`}>
          Acheteurs de l'État (SIREN ou SIRET, un par ligne){" "}
          <span className="fr-hint-text">vide : tout acheteur dont le SIREN commence par 1 (règle par défaut)</span>
        </label>
        <textarea className="fr-input" id={`${id}-acheteurs`} rows={3} value={list} onChange={(event) => setList(event.target.value)} aria-invalid={refusal?.field === "acheteursEtat"} />
        {refusal?.field === "acheteursEtat" && <p className="fr-error-text">{refusal.message}</p>}
      </div>
      <button
        type="button"
        className="fr-btn fr-btn--sm fr-btn--secondary"
        onClick={() => {
          const codes = buyerCodesOf(list);
          apply({ acheteursEtat: codes.length === 0 ? null : codes.map(cleanBuyerCode) }, "Acheteurs de l'État (besoins)", "acheteursEtat");
        }}
      >
        Appliquer la liste des acheteurs de l'État
      </button>
    </details>
  );
}

import { useId } from "react";
import { useAppState, useAppStore } from "./store-context.tsx";

/** Focus on a région or a département, or back to all of France. */
export function TerritoryPicker() {
  const store = useAppStore();
  const focus = useAppState((state) => state.view.focus);
  const reference = useAppState((state) => state.territory?.index.reference);
  const regionId = useId();
  const departementId = useId();
  if (!reference) return null;
  const region = focus?.level === "region" ? focus.code : focus ? reference.departements.find((d) => d.code === focus.code)?.region : undefined;
  const departements = reference.departements.filter((d) => !region || d.region === region);
  return (
    <section className="panel-section territory-picker" aria-label="Territoire affiché">
      <div className="fr-select-group">
        <label className="fr-label" htmlFor={regionId}>
          Région
        </label>
        <select
          className="fr-select"
          id={regionId}
          value={region ?? ""}
          onChange={(event) => store.getState().focus(event.target.value ? { level: "region", code: event.target.value } : null)}
        >
          <option value="">Toute la France</option>
          {reference.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.nom}
            </option>
          ))}
        </select>
      </div>
      <div className="fr-select-group">
        <label className="fr-label" htmlFor={departementId}>
          Département
        </label>
        <select
          className="fr-select"
          id={departementId}
          value={focus?.level === "departement" ? focus.code : ""}
          onChange={(event) =>
            store.getState().focus(event.target.value ? { level: "departement", code: event.target.value } : region ? { level: "region", code: region } : null)
          }
        >
          <option value="">{region ? "Toute la région" : "Tous les départements"}</option>
          {departements.map((d) => (
            <option key={d.code} value={d.code}>
              {d.code} — {d.nom}
            </option>
          ))}
        </select>
      </div>
      {focus && (
        <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-arrow-go-back-line fr-btn--icon-left" onClick={() => store.getState().focus(null)}>
          Revenir à la France entière
        </button>
      )}
    </section>
  );
}

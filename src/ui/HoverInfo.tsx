import { useMemo } from "react";
import { selectCommuneDetails } from "../store/selectors.ts";
import { formatInteger } from "./format.ts";
import { useAppState, useAppStore } from "./store-context.tsx";

/** Name, code, population and facilitators of the commune under the pointer. */
export function HoverInfo() {
  const store = useAppStore();
  const code = useAppState((state) => state.view.hovered);
  const result = useAppState((state) => state.result);
  const details = useMemo(() => (code && result ? selectCommuneDetails(store.getState(), code) : null), [store, code, result]);
  if (!details) return null;
  const { commune, facilitateurs } = details;
  return (
    <div className="hover-info" role="status" data-testid="survol">
      <p className="fr-text--bold fr-mb-0">
        {/* Names arrive a moment after the first view. */}
        {commune.nom || "Commune"} ({commune.code})
      </p>
      <p className="fr-text--xs fr-mb-0">{formatInteger(commune.population)} habitants</p>
      <p className="fr-text--xs fr-mb-0">
        {facilitateurs.length === 0 ? "Aucun facilitateur" : facilitateurs.map(({ facilitateur, extension }) => facilitateur.nom + (extension ? " (extension)" : "")).join(", ")}
      </p>
    </div>
  );
}

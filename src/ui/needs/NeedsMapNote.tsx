// Under the « Besoins » colouring: what it counts per commune (a choice), the DECP State
// buyers' layer (shown or not), and where the contracts come from — or that no DECP file is
// loaded (every commune then « Aucun marché »).
import { useId } from "react";
import { NEEDS_MEASURE_LABELS, NEEDS_MEASURES, OVERLAY_LABELS, type NeedsMeasure } from "../../view/vocabulary.ts";
import { OverlaySample } from "../legend/OverlaySymbols.tsx";
import { useAppState, useAppStore } from "../store-context.tsx";
import { needsProvenanceLine } from "./needs-text.ts";

export function NeedsMapNote() {
  const store = useAppStore();
  const id = useId();
  const measure = useAppState((state) => state.view.needsMeasure);
  const needs = useAppState((state) => state.derived.needs(state));
  const buyersShown = useAppState((state) => state.view.overlays["acheteurs-decp"]);
  return (
    <div className="fr-mt-1w" data-testid="note-besoins">
      <div className="fr-select-group fr-mb-1w">
        <label className="fr-label fr-text--sm fr-mb-0" htmlFor={id}>
          Compter par commune
        </label>
        <select className="fr-select" id={id} value={measure} onChange={(event) => store.getState().setNeedsMeasure(event.target.value as NeedsMeasure)}>
          {NEEDS_MEASURES.map((key) => (
            <option key={key} value={key}>
              {NEEDS_MEASURE_LABELS[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="fr-checkbox-group fr-checkbox-group--sm fr-mb-1w">
        <input type="checkbox" id={`${id}-acheteurs`} checked={buyersShown} onChange={(event) => store.getState().setOverlay("acheteurs-decp", event.target.checked)} />
        <label className="fr-label" htmlFor={`${id}-acheteurs`}>
          <span className="layer-sample">
            <OverlaySample overlay="acheteurs-decp" />
          </span>
          {OVERLAY_LABELS["acheteurs-decp"]}
        </label>
      </div>
      <p className="fr-text--xs fr-mb-0">
        {needs
          ? `${needsProvenanceLine(needs)}. Un marché situé par un code postal commun à plusieurs communes est partagé entre elles.`
          : "Aucun fichier de marchés publics (DECP) chargé : importez-en un avec « Importer » pour colorer les communes selon leurs marchés."}
      </p>
    </div>
  );
}

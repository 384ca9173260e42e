import { useId } from "react";
import { COLOURING_LABELS, COLOURINGS, OVERLAY_LABELS, OVERLAYS } from "../store/view.ts";
import { useAppState, useAppStore } from "./store-context.tsx";

/** Which layer colours the communes, and which overlays are drawn. */
export function LayersPanel() {
  const store = useAppStore();
  const colouring = useAppState((state) => state.view.colouring);
  const overlays = useAppState((state) => state.view.overlays);
  const name = useId();
  return (
    <section className="panel-section" aria-labelledby={`${name}-titre`}>
      <h2 id={`${name}-titre`} className="fr-h6">
        Couches
      </h2>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-text--sm">Colorer les communes selon</legend>
        {COLOURINGS.map((key) => (
          <div className="fr-fieldset__element" key={key}>
            <div className="fr-radio-group fr-radio-group--sm">
              <input type="radio" id={`${name}-${key}`} name={name} checked={colouring === key} onChange={() => store.getState().setColouring(key)} />
              <label className="fr-label" htmlFor={`${name}-${key}`}>
                {COLOURING_LABELS[key]}
              </label>
            </div>
          </div>
        ))}
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-text--sm">Afficher</legend>
        {OVERLAYS.map((key) => (
          <div className="fr-fieldset__element" key={key}>
            <div className="fr-checkbox-group fr-checkbox-group--sm">
              <input type="checkbox" id={`${name}-${key}`} checked={overlays[key]} onChange={(event) => store.getState().setOverlay(key, event.target.checked)} />
              <label className="fr-label" htmlFor={`${name}-${key}`}>
                {OVERLAY_LABELS[key]}
              </label>
            </div>
          </div>
        ))}
      </fieldset>
    </section>
  );
}

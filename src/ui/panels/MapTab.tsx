// « Carte »: the territory shown, the coloured layer with its legend, the layers drawn over
// it with their symbols — together, so that everything on the map is explained here.
import { useId } from "react";
import { COLOURING_LABELS, COLOURINGS, OVERLAY_LABELS, OVERLAYS, type Overlay } from "../../view/vocabulary.ts";
import { Legend } from "../Legend.tsx";
import { OverlayDetails, OverlaySample } from "../legend/OverlaySymbols.tsx";
import { useAppState, useAppStore } from "../store-context.tsx";
import { TerritoryPicker } from "../TerritoryPicker.tsx";
import { NeedsMapNote } from "../needs/NeedsMapNote.tsx";

/** The boundary overlays, on one line (« Limites : régions, départements, EPCI »). The DECP buyers' layer is offered under the « Besoins » colouring (NeedsMapNote). */
const BOUNDARIES: readonly Overlay[] = ["regions", "departements", "epci"];
const BOUNDARY_SHORT_LABELS: Partial<Record<Overlay, string>> = { regions: "régions", departements: "départements", epci: "EPCI" };

export function MapTab() {
  const store = useAppStore();
  const colouring = useAppState((state) => state.view.colouring);
  const compareWith = useAppState((state) => state.view.compareWith);
  const overlays = useAppState((state) => state.view.overlays);
  const basemap = useAppState((state) => state.view.basemap);
  const labels = useAppState((state) => state.view.labels);
  const name = useId();
  const colourings = compareWith ? [...COLOURINGS, "comparaison" as const] : COLOURINGS;
  return (
    <div className="map-tab">
      <TerritoryPicker />
      <fieldset className="fr-fieldset layer-group" id={`${name}-couches`}>
        <legend className="fr-fieldset__legend fr-text--sm fr-mb-0">Colorer les communes selon</legend>
        {colourings.map((key) => (
          <div className="fr-fieldset__element" key={key}>
            <div className="fr-radio-group fr-radio-group--sm">
              <input type="radio" id={`${name}-${key}`} name={name} checked={colouring === key} onChange={() => store.getState().setColouring(key)} />
              <label className="fr-label" htmlFor={`${name}-${key}`}>
                {COLOURING_LABELS[key]}
              </label>
            </div>
            {/* Its radio button says which layer it explains; the caption says it to screen readers. */}
            {colouring === key && <Legend colouring={colouring} className="colouring-legend" captionClassName="fr-sr-only" />}
            {colouring === key && key === "besoins" && <NeedsMapNote />}
          </div>
        ))}
      </fieldset>
      <fieldset className="fr-fieldset layer-group">
        <legend className="fr-fieldset__legend fr-text--sm fr-mb-0">Afficher sur la carte</legend>
        <div className="fr-fieldset__element layer-row" role="group" aria-label="Limites administratives">
          {BOUNDARIES.map((key) => (
            <div className="fr-checkbox-group fr-checkbox-group--sm" key={key}>
              <input type="checkbox" id={`${name}-${key}`} checked={overlays[key]} onChange={(event) => store.getState().setOverlay(key, event.target.checked)} />
              <label className="fr-label" htmlFor={`${name}-${key}`}>
                <span className="layer-sample">
                  <OverlaySample overlay={key} />
                </span>
                <span className="fr-sr-only">Limites des </span>
                {BOUNDARY_SHORT_LABELS[key]}
              </label>
            </div>
          ))}
        </div>
        {OVERLAYS.filter((key) => !BOUNDARIES.includes(key) && key !== "acheteurs-decp").map((key) => (
          <div className="fr-fieldset__element" key={key}>
            <div className="fr-checkbox-group fr-checkbox-group--sm">
              <input type="checkbox" id={`${name}-${key}`} checked={overlays[key]} onChange={(event) => store.getState().setOverlay(key, event.target.checked)} />
              <label className="fr-label" htmlFor={`${name}-${key}`}>
                <span className="layer-sample">
                  <OverlaySample overlay={key} />
                </span>
                {OVERLAY_LABELS[key]}
              </label>
            </div>
          </div>
        ))}
        <div className="fr-fieldset__element">
          <div className="fr-checkbox-group fr-checkbox-group--sm">
            <input type="checkbox" id={`${name}-noms`} checked={labels} onChange={(event) => store.getState().setLabels(event.target.checked)} />
            <label className="fr-label" htmlFor={`${name}-noms`}>
              <span className="layer-sample">
                <span className="layer-sample__text" aria-hidden="true">
                  Ab
                </span>
              </span>
              Noms des lieux
            </label>
          </div>
        </div>
        <div className="fr-fieldset__element">
          <div className="fr-checkbox-group fr-checkbox-group--sm">
            <input type="checkbox" id={`${name}-fond`} checked={basemap} onChange={(event) => store.getState().setBasemap(event.target.checked)} aria-describedby={basemap ? `${name}-fond-aide` : undefined} />
            <label className="fr-label" htmlFor={`${name}-fond`}>
              Fond de carte Plan IGN
            </label>
          </div>
        </div>
        <div className="overlay-details">
          {OVERLAYS.filter((key) => overlays[key]).map((key) => (
            <OverlayDetails key={key} overlay={key} />
          ))}
          {basemap && (
            <p className="fr-text--xs fr-mb-0" id={`${name}-fond-aide`}>
              Fond Plan IGN chargé depuis la Géoplateforme de l'IGN : seul appel à un serveur extérieur.
            </p>
          )}
        </div>
      </fieldset>
      <p className="fr-text--xs map-tab__sources">
        Sources : contours des communes IGN Admin Express (Licence Ouverte) ; communes, EPCI, départements, régions et populations : Code officiel géographique de
        l'INSEE (@etalab/decoupage-administratif).
      </p>
    </div>
  );
}

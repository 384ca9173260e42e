import { useId } from "react";
import { ACHETEUR_LEGEND } from "../map/overlay-layers.ts";
import { COLOURING_LABELS, COLOURINGS, OVERLAY_LABELS, OVERLAYS, type Overlay } from "../view/vocabulary.ts";

/** The symbol of each overlay as the map draws it. */
const OVERLAY_SYMBOLS: Record<Overlay, { className: string; colour: string }> = {
  regions: { className: "symbol-line symbol-line--thick", colour: "#161616" },
  departements: { className: "symbol-line", colour: "#2f3f5a" },
  epci: { className: "symbol-line symbol-line--thin", colour: "#6a6a6a" },
  perimetres: { className: "symbol-line", colour: "#000091" },
  acheteurs: { className: "symbol-dot", colour: "#d55e00" },
  "grands-projets": { className: "symbol-area", colour: "#a94645" },
  coordinateurs: { className: "symbol-dot symbol-dot--large", colour: "#000091" },
};

function OverlayLegend({ overlay }: { overlay: Overlay }) {
  const symbol = OVERLAY_SYMBOLS[overlay];
  if (overlay === "acheteurs") {
    return (
      <ul className="overlay-legend" data-testid={`legende-${overlay}`}>
        {ACHETEUR_LEGEND.map((entry) => (
          <li key={entry.type}>
            <span className="symbol-dot" style={{ background: entry.colour }} aria-hidden="true" /> {entry.type}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <p className="overlay-legend" data-testid={`legende-${overlay}`}>
      <span className={symbol.className} style={{ color: symbol.colour, background: symbol.className.startsWith("symbol-line") ? undefined : symbol.colour }} aria-hidden="true" />
      {overlay === "grands-projets" ? " zone d'impact (tracé en trait plein)" : overlay === "perimetres" ? " contour de chaque périmètre" : " tracé sur la carte"}
    </p>
  );
}
import { useAppState, useAppStore } from "./store-context.tsx";

/** Which layer colours the communes, and which overlays are drawn. */
export function LayersPanel() {
  const store = useAppStore();
  const colouring = useAppState((state) => state.view.colouring);
  const overlays = useAppState((state) => state.view.overlays);
  const basemap = useAppState((state) => state.view.basemap);
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
            {overlays[key] && <OverlayLegend overlay={key} />}
          </div>
        ))}
      </fieldset>
      <div className="fr-checkbox-group fr-checkbox-group--sm">
        <input type="checkbox" id={`${name}-fond`} checked={basemap} onChange={(event) => store.getState().setBasemap(event.target.checked)} aria-describedby={`${name}-fond-aide`} />
        <label className="fr-label" htmlFor={`${name}-fond`}>
          Fond de carte Plan IGN
          <span className="fr-hint-text" id={`${name}-fond-aide`}>
            Chargé depuis la Géoplateforme de l'IGN : seul appel à un serveur extérieur, désactivé par défaut.
          </span>
        </label>
      </div>
    </section>
  );
}

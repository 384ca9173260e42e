// The doors to the read-only views: « Présenter » (full screen, for a COPIL), « Imprimer
// ou exporter » (A4 sheet, PNG, PDF), « Graphiques ».
// Printer, slideshow and chart icons (the app loads only the system and arrow sets itself).
import "@codegouvfr/react-dsfr/dsfr/utility/icons/icons-business/icons-business.main.min.css";
import { useAppState, useAppStore } from "../store-context.tsx";
import { requestPresentationFullscreen } from "./fullscreen.ts";
import { loadCharts, loadPresentation, loadPrint } from "./ScreenModes.tsx";

/** Starts loading a view's code when its button is pointed at or focused, before the click. */
const preload = (load: () => Promise<unknown>) => ({ onPointerEnter: () => void load(), onFocus: () => void load() });

export function ModeButtons() {
  const store = useAppStore();
  const ready = useAppState((state) => state.derived.result(state) !== null);
  return (
    <section className="panel-section" aria-label="Présentation, impression et graphiques">
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left">
        <li>
          <button
            type="button"
            className="fr-btn fr-icon-slideshow-line"
            disabled={!ready}
            {...preload(loadPresentation)}
            onClick={() => {
              // Asked for first, while the click still counts as a user gesture.
              requestPresentationFullscreen();
              store.getState().setMode("presentation");
            }}
          >
            Présenter
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary fr-icon-printer-line" disabled={!ready} {...preload(loadPrint)} onClick={() => store.getState().setMode("impression")}>
            Imprimer ou exporter
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary fr-icon-bar-chart-box-line" disabled={!ready} {...preload(loadCharts)} onClick={() => store.getState().setMode("graphiques")}>
            Graphiques
          </button>
        </li>
      </ul>
    </section>
  );
}

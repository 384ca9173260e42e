// The COPIL presentation: the map fills the screen beside a title block, a large legend and
// the key figures of the focused territory; arrow or page keys (and the buttons) move to
// the next or previous région — or département, when one is focused. Escape leaves.
import { useEffect, useRef, useState } from "react";
import { Legend } from "../Legend.tsx";
import { OverlayLegendList } from "../legend/OverlaySymbols.tsx";
import type { MapController } from "../../map/map-controller.ts";
import type { AppStore } from "../../store/app-store.ts";
import { useMapController } from "../map-context.tsx";
import { focusBounds } from "../print/focus-bounds.ts";
import { useCopilSummary } from "../print/use-copil-summary.ts";
import { useAppState, useAppStore } from "../store-context.tsx";
import { leaveFullscreen, presentationFullscreen } from "./fullscreen.ts";
import { stepLabel, steppedFocus } from "./territory-steps.ts";
import { PresentationFigures } from "./PresentationFigures.tsx";

const NEXT_KEYS = new Set(["ArrowRight", "PageDown"]);
const PREVIOUS_KEYS = new Set(["ArrowLeft", "PageUp"]);

/** Fits the map to the focus once the layout has changed (panels shown or hidden). */
function refitAfterLayout(store: AppStore, map: MapController | null): void {
  requestAnimationFrame(() => {
    const { territory, view } = store.getState();
    const bounds = focusBounds(territory, view.focus);
    if (!map) return;
    if (bounds) map.fitBounds(bounds);
    else map.fitFrance();
  });
}

export function PresentationPanel() {
  const store = useAppStore();
  const summary = useCopilSummary();
  const colouring = useAppState((state) => state.view.colouring);
  const overlays = useAppState((state) => state.view.overlays);
  const focus = useAppState((state) => state.view.focus);
  const reference = useAppState((state) => state.territory?.index.reference);
  const [note, setNote] = useState("");
  const title = useRef<HTMLHeadingElement>(null);
  // Read when the layout changes; the map controller does not change while presenting.
  const map = useRef<MapController | null>(null);
  const controller = useMapController();
  useEffect(() => {
    map.current = controller;
  }, [controller]);

  useEffect(() => {
    let granted = false;
    let current = true;
    title.current?.focus();
    refitAfterLayout(store, map.current);
    void presentationFullscreen().then((ok) => {
      if (!current) return;
      granted = ok && document.fullscreenElement !== null;
      if (!granted) setNote("Le navigateur n'a pas accordé le plein écran : la présentation occupe la fenêtre (touche F11 pour le plein écran).");
    });
    // The browser leaves full screen on Escape by itself; the presentation ends with it.
    const onFullscreenChange = () => {
      if (granted && !document.fullscreenElement) store.getState().setMode("carte");
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, select, textarea, [contenteditable='true']")) return;
      const step = NEXT_KEYS.has(event.key) ? 1 : PREVIOUS_KEYS.has(event.key) ? -1 : 0;
      if (step !== 0) {
        const { territory, view } = store.getState();
        if (territory) store.getState().focus(steppedFocus(territory.index.reference, view.focus, step));
      } else if (event.key === "Escape") store.getState().setMode("carte");
      else return;
      // The map would pan on arrow keys too.
      event.preventDefault();
      event.stopPropagation();
    };
    document.addEventListener("fullscreenchange", onFullscreenChange);
    window.addEventListener("keydown", onKey, { capture: true });
    return () => {
      current = false;
      document.removeEventListener("fullscreenchange", onFullscreenChange);
      window.removeEventListener("keydown", onKey, { capture: true });
      // Left with the presentation only: this panel loads after the click, often once full
      // screen is granted, and React's strict mode mounts it twice (in development).
      if (store.getState().view.mode !== "presentation") leaveFullscreen();
      refitAfterLayout(store, map.current);
    };
  }, [store]);

  if (!summary || !reference) return null;
  const go = (step: 1 | -1) => store.getState().focus(steppedFocus(reference, store.getState().view.focus, step));
  return (
    <aside className="presentation-panel" aria-label="Présentation" data-testid="presentation">
      <header className="presentation-panel__header">
        <p className="presentation-panel__service">Couverture des facilitateurs de la clause sociale d'insertion</p>
        <h1 className="presentation-panel__title" ref={title} tabIndex={-1} data-testid="presentation-titre">
          {summary.title}
        </h1>
        <p className="presentation-panel__date">
          {summary.dateLine}
          {summary.demoNotice && <strong> — {summary.demoNotice}</strong>}
        </p>
        <p className="fr-sr-only" role="status">
          {summary.title}
        </p>
      </header>
      {note && (
        <p className="fr-text--xs presentation-panel__note" data-testid="presentation-plein-ecran">
          {note}
        </p>
      )}
      <nav className="presentation-nav" aria-label="Territoires de la présentation">
        <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-arrow-left-line fr-btn--icon-left" onClick={() => go(-1)} title="Flèche gauche ou Page précédente">
          {stepLabel(reference, focus, -1)}
        </button>
        <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-arrow-right-line fr-btn--icon-right" onClick={() => go(1)} title="Flèche droite ou Page suivante">
          {stepLabel(reference, focus, 1)}
        </button>
        <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-close-line fr-btn--icon-left" onClick={() => store.getState().setMode("carte")}>
          Quitter la présentation (Échap)
        </button>
      </nav>
      <PresentationFigures figures={summary.figures} />
      <PresentationFigures figures={summary.needsFigures} label="Besoins : marchés publics (DECP)" testId="chiffres-besoins-presentation" />
      <Legend colouring={colouring} className="presentation-legend" captionClassName="" testId="legende-presentation" />
      <OverlayLegendList overlays={overlays} testId="legende-calques-presentation" />
      <p className="presentation-panel__sources">{summary.sourceLine}</p>
      {summary.needsLine && (
        <p className="presentation-panel__sources" data-testid="provenance-besoins-presentation">
          {summary.needsLine}.
        </p>
      )}
    </aside>
  );
}

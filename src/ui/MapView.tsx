import { useEffect, useMemo, useRef, useState } from "react";
import { MapController } from "../map/map-controller.ts";
import { addInsetLabels } from "../map/inset-labels.ts";
import { startMapSync } from "../map/map-sync.ts";
import { COMMUNE_FILL_LAYER } from "../map/map-style.ts";
import { useAppState, useAppStore } from "./store-context.tsx";

declare global {
  interface Window {
    /** The map adapter, for browser tests and automation. */
    cartoMap?: MapController;
  }
}

type Status = { kind: "loading" } | { kind: "ready" } | { kind: "error"; message: string };

export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  const [status, setStatus] = useState<Status>({ kind: "loading" });
  const store = useAppStore();
  const reference = useAppState((state) => state.territory?.index.reference);
  const drawn = useMemo(() => reference?.communes.filter((commune) => commune.geometry).length, [reference]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // What the map fits (France, a focused territory) stays clear of the legend (right) and of
    // the text note (bottom left, over the Mayotte inset otherwise).
    const controller = new MapController(container, () => {
      // The legend is the map's sibling in the full app and in the embedded view alike.
      const legend = container.closest("main")?.querySelector<HTMLElement>(".legend");
      return { top: 0, left: 0, right: legend ? container.getBoundingClientRect().right - legend.getBoundingClientRect().left : 0, bottom: noteRef.current?.offsetHeight ?? 0 };
    });
    window.cartoMap = controller;
    const abort = new AbortController();
    let stopSync: (() => void) | undefined;
    // The DROM are drawn as insets beside metropolitan France (placed so by the tile build).
    let stopWaiting: (() => void) | undefined;
    controller
      .styleLoaded()
      .then(() => {
        if (abort.signal.aborted) return;
        addInsetLabels(controller.map);
        // Adds the communes, in their colours, once the store has its first result.
        stopSync = startMapSync(controller.map, store, (margin) => controller.padding(margin));
        // The first coloured view: once the communes are on the map and the map idle after them.
        const markDrawn = () => {
          if (!controller.map.getLayer(COMMUNE_FILL_LAYER)) return;
          stopWaiting?.();
          controller.map.once("idle", () => {
            performance.mark("carte-premiere-vue");
            store.getState().markMapDrawn();
          });
        };
        stopWaiting = store.subscribe(markDrawn);
        markDrawn();
        setStatus({ kind: "ready" });
      })
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setStatus({ kind: "error", message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      abort.abort();
      stopWaiting?.();
      stopSync?.();
      controller.destroy();
      if (window.cartoMap === controller) delete window.cartoMap;
    };
  }, [store]);

  return (
    <section className="map-panel" aria-label="Carte des communes de France" aria-describedby="carte-alternative">
      <div ref={containerRef} className="map" data-status={status.kind} />
      {/* The map's text alternative (RGAA 1.3): the same figures as text, and the list by territory. */}
      <p id="carte-alternative" ref={noteRef} className="map-alternative fr-text--xs">
        Les chiffres de la carte sont aussi donnés en texte (indicateurs). <a href="public.html#liste">Voir la liste</a> des facilitateurs par territoire.
      </p>
      <p className={status.kind === "ready" ? "fr-sr-only" : "map-status"} role="status">
        {status.kind === "loading" && "Chargement des contours des communes…"}
        {status.kind === "ready" && (drawn === undefined ? "Carte des communes affichée" : `${drawn.toLocaleString("fr-FR")} communes affichées`)}
        {status.kind === "error" && `Erreur : ${status.message}`}
      </p>
    </section>
  );
}

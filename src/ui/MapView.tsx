import { useEffect, useMemo, useRef, useState } from "react";
import { mapPanels, takeEarlyMap } from "../app/early-map.ts";
import { bindMap } from "../app/map-binding.ts";
import { MapController } from "../map/map-controller.ts";
import { useAppState, useAppStore } from "./store-context.tsx";

type Status = { kind: "loading" } | { kind: "ready" } | { kind: "error"; message: string };

/** The map panel: creates the map controller, binds it to the store, and hands it to the page (`onMap`, a stable function). */
export function MapView({ onMap }: { onMap?(controller: MapController | null): void }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>({ kind: "loading" });
  const store = useAppStore();
  const reference = useAppState((state) => state.territory?.index.reference);
  const drawn = useMemo(() => reference?.communes.filter((commune) => commune.geometry).length, [reference]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const abort = new AbortController();
    let controller: MapController | null = null;
    // The map started before React (src/app/early-map.ts), moved into this panel; else one made here.
    const early = takeEarlyMap();
    let unbind: (() => void) | undefined;
    let stopWaiting: (() => void) | undefined;
    const failed = (error: unknown) => {
      if (abort.signal.aborted) return;
      // No WebGL: the rest of the app works without the map; start-up goes on.
      setStatus({ kind: "error", message: error instanceof Error ? error.message : String(error) });
      store.getState().markMapDrawn();
    };
    (async () => {
      // What the map fits (France, a focused territory) stays clear of the selection's card or
      // the legend (right) and of the text note (bottom left, over the Mayotte inset otherwise).
      const created = early?.controller ?? new MapController(container, () => mapPanels(container));
      if (early) {
        early.host.className = "map-adopted";
        container.append(early.host);
        created.panelsChanged();
      }
      controller = created;
      onMap?.(created);
      await created.whenReady();
      if (abort.signal.aborted) return;
      // Adds the communes, in their colours, once the store has its first result.
      unbind = bindMap(created, store);
      // The first coloured view: once the communes are on the map and the map idle after them.
      const markDrawn = () => {
        if (!created.hasCommunes()) return;
        stopWaiting?.();
        void created.whenIdle(60_000).then(() => {
          if (abort.signal.aborted) return;
          performance.mark("carte-premiere-vue");
          store.getState().markMapDrawn();
        });
      };
      stopWaiting = store.subscribe(markDrawn);
      markDrawn();
      setStatus({ kind: "ready" });
    })().catch(failed);
    return () => {
      abort.abort();
      stopWaiting?.();
      unbind?.();
      if (controller) {
        onMap?.(null);
        controller.destroy();
      }
      early?.host.remove();
    };
  }, [store, onMap]);

  return (
    <section className="map-panel" aria-label="Carte des communes de France" aria-describedby="carte-alternative">
      <div ref={containerRef} className="map" data-status={status.kind} />
      {/* The map's text alternative (RGAA 1.3): the same figures as text, and the list by territory. */}
      <p id="carte-alternative" className="map-alternative fr-text--xs">
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

import { useEffect, useRef, useState } from "react";
import { loadFranceLayers } from "../io/geo-files.ts";
import { MapController } from "../map/map-controller.ts";
import { addInsetLabels } from "../map/inset-labels.ts";
import { toDisplayFeatures } from "../map/insets.ts";
import { startMapSync } from "../map/map-sync.ts";
import { communeFillLayer, SOURCE_COMMUNES } from "../map/map-style.ts";
import { useAppStore } from "./store-context.tsx";

declare global {
  interface Window {
    /** The map adapter, for browser tests and automation. */
    cartoMap?: MapController;
  }
}

type Status = { kind: "loading" } | { kind: "ready"; communes: number } | { kind: "error"; message: string };

export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>({ kind: "loading" });
  const store = useAppStore();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = new MapController(container);
    window.cartoMap = controller;
    const abort = new AbortController();
    let stopSync: (() => void) | undefined;
    loadFranceLayers(abort.signal)
      .then(async (layers) => {
        // The DROM are drawn as insets beside metropolitan France.
        await controller.showFrance({ ...layers, communes: toDisplayFeatures(layers.communes), departements: toDisplayFeatures(layers.departements) });
        addInsetLabels(controller.map);
        if (abort.signal.aborted) return;
        stopSync = startMapSync(controller.map, { source: SOURCE_COMMUNES, fillLayer: communeFillLayer.id }, store);
        setStatus({ kind: "ready", communes: layers.communes.features.length });
      })
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setStatus({ kind: "error", message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      abort.abort();
      stopSync?.();
      controller.destroy();
      if (window.cartoMap === controller) delete window.cartoMap;
    };
  }, [store]);

  return (
    <section className="map-panel" aria-label="Carte des communes de France">
      <div ref={containerRef} className="map" data-status={status.kind} />
      <p className={status.kind === "ready" ? "fr-sr-only" : "map-status"} role="status">
        {status.kind === "loading" && "Chargement des contours des communes…"}
        {status.kind === "ready" && `${status.communes.toLocaleString("fr-FR")} communes affichées`}
        {status.kind === "error" && `Erreur : ${status.message}`}
      </p>
    </section>
  );
}

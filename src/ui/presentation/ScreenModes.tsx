// Mounts the read-only views of the screen mode (view.mode): the presentation panel beside
// the map, the print page or the charts page over it. None is in the first view's
// JavaScript: each loads when its mode is first entered (or when its button is pointed at,
// ModeButtons), with a « Chargement… » in its place meanwhile.
import { Suspense, useEffect } from "react";
import { preloadable } from "../preloadable.tsx";
import { useAppState } from "../store-context.tsx";

const presentation = preloadable(() => import("./PresentationPanel.tsx").then((module) => module.PresentationPanel));
const print = preloadable(() => import("../print/PrintPage.tsx").then((module) => module.PrintPage));
const charts = preloadable(() => import("../charts/ChartsPage.tsx").then((module) => module.ChartsPage));
export const loadPresentation = presentation.preload;
export const loadPrint = print.preload;
export const loadCharts = charts.preload;
const PresentationPanel = presentation.Component;
const PrintPage = print.Component;
const ChartsPage = charts.Component;

const loading = (
  <p className="fr-text--sm" role="status">
    Chargement…
  </p>
);

/** Beside the map, in the app body. */
export function PresentationSlot() {
  const mode = useAppState((state) => state.view.mode);
  if (mode !== "presentation") return null;
  return (
    <Suspense fallback={<aside className="presentation-panel">{loading}</aside>}>
      <PresentationPanel />
    </Suspense>
  );
}

/**
 * Over the whole app (the map keeps its size underneath, for the print image). Also marks
 * the page with `html[data-mode]`, which app.css reads to hide the editing panels.
 */
export function ScreenPages() {
  const mode = useAppState((state) => state.view.mode);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset["mode"] = mode;
    return () => {
      delete root.dataset["mode"];
    };
  }, [mode]);
  if (mode !== "impression" && mode !== "graphiques") return null;
  return <Suspense fallback={<div className="screen-page">{loading}</div>}>{mode === "impression" ? <PrintPage /> : <ChartsPage />}</Suspense>;
}

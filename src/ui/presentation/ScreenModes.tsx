// Mounts the read-only views of the screen mode (view.mode): the presentation panel beside
// the map, the print page or the charts page over it. None is in the first view's
// JavaScript: each loads when its mode is first entered (or when its button is pointed at,
// ModeButtons), with a « Chargement… » in its place meanwhile.
import { lazy, Suspense, useEffect } from "react";
import { useAppState } from "../store-context.tsx";

export const loadPresentation = () => import("./PresentationPanel.tsx").then((module) => ({ default: module.PresentationPanel }));
export const loadPrint = () => import("../print/PrintPage.tsx").then((module) => ({ default: module.PrintPage }));
export const loadCharts = () => import("../charts/ChartsPage.tsx").then((module) => ({ default: module.ChartsPage }));
const PresentationPanel = lazy(loadPresentation);
const PrintPage = lazy(loadPrint);
const ChartsPage = lazy(loadCharts);

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

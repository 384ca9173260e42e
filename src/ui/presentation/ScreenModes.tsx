// Mounts the read-only views of the screen mode (view.mode): the presentation panel beside
// the map, the print page or the charts page over it.
import { useEffect } from "react";
import { ChartsPage } from "../charts/ChartsPage.tsx";
import { PrintPage } from "../print/PrintPage.tsx";
import { useAppState } from "../store-context.tsx";
import { PresentationPanel } from "./PresentationPanel.tsx";

/** Beside the map, in the app body. */
export function PresentationSlot() {
  const mode = useAppState((state) => state.view.mode);
  return mode === "presentation" ? <PresentationPanel /> : null;
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
  if (mode === "impression") return <PrintPage />;
  if (mode === "graphiques") return <ChartsPage />;
  return null;
}

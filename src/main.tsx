// First: the first view's downloads and the map start (see start-first.ts).
import "./start-first.ts";
// The DSFR's core and the components drawn (src/ui/dsfr-styles.ts); icon families are imported where used.
import "./ui/dsfr-styles.ts";
import "@codegouvfr/react-dsfr/dsfr/utility/icons/icons-system/icons-system.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/utility/icons/icons-arrows/icons-arrows.main.min.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { earlyMapUnderWay } from "./app/early-map.ts";
import { App } from "./ui/App.tsx";
import "./ui/app.css";

// The DSFR's script and fonts start after the first view and the names (`startDsfr`, src/ui/App.tsx).
const container = document.getElementById("root");
if (!container) throw new Error("Élément #root introuvable");
// React's first render is one long task: it waits until the map has asked for its tiles, which
// its worker then lays out meanwhile.
void earlyMapUnderWay().then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

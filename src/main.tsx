// The DSFR's core and the components drawn (src/ui/dsfr-styles.ts); icon families are imported where used.
import "./ui/dsfr-styles.ts";
import "@codegouvfr/react-dsfr/dsfr/utility/icons/icons-system/icons-system.main.min.css";
import "@codegouvfr/react-dsfr/dsfr/utility/icons/icons-arrows/icons-arrows.main.min.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startFirstViewDownloads } from "./io/app-data.ts";
import { App } from "./ui/App.tsx";
import "./ui/app.css";

// The DSFR's script starts after the map's first view (src/ui/useDsfrAfterFirstView.ts).
// The first view's downloads start before React's first render, their decoding as soon as
// they arrive, not after the first render's effects.
startFirstViewDownloads();

const container = document.getElementById("root");
if (!container) throw new Error("Élément #root introuvable");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

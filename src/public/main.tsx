// Entry of the public page (public.html): read-only, no map, public contacts only.
import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import "../ui/dsfr-styles.ts";
// No map to hurry: the DSFR's fonts at once (the build takes them out of its core sheet).
import "../ui/fonts.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { PublicApp } from "./PublicApp.tsx";
import "./public.css";

startReactDsfr({ defaultColorScheme: "light" });

const container = document.getElementById("root");
if (!container) throw new Error("Élément #root introuvable");
createRoot(container).render(
  <StrictMode>
    <PublicApp />
  </StrictMode>,
);

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./ui/App.tsx";
import "./ui/app.css";

const container = document.getElementById("root");
if (!container) throw new Error("Élément #root introuvable");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

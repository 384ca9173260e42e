// The details of what is selected (on the map, in a list, by the search), in a card beside
// the map, named after the object (« Détails : Lille »). Escape or « Fermer » closes it.
import { useEffect, useRef } from "react";
import { communeLabel } from "../../domain/territory-names.ts";
import type { AppState } from "../../store/app-store.ts";
import type { Selection } from "../../view/vocabulary.ts";
import { useAppState, useAppStore } from "../store-context.tsx";
import { CommuneDetails } from "./CommuneDetails.tsx";
import { FacilitateurDetails } from "./FacilitateurDetails.tsx";
import { AcheteurDetails, GrandProjetDetails } from "./RecordDetails.tsx";
import { StructureDetails } from "./StructureDetails.tsx";
import { DecpBuyersDetails, decpBuyersTitle } from "../needs/DecpBuyersDetails.tsx";

/** The selected object's name as the interface writes it; its code while names load. */
function nameOf(state: AppState, selection: NonNullable<Selection>): string | undefined {
  const project = state.derived.project(state);
  switch (selection.kind) {
    case "commune": {
      const index = state.territory?.index;
      const commune = index?.reference.communes[index.communeIndex.get(selection.code) ?? -1];
      return commune ? communeLabel(commune) : selection.code;
    }
    case "facilitateur":
      return project?.facilitateurs.find((item) => item.id === selection.id)?.nom;
    case "structure":
      return project?.structures.find((item) => item.id === selection.id)?.nom;
    case "acheteur":
      return project?.acheteurs.find((item) => item.id === selection.id)?.nom;
    case "grand-projet":
      return project?.grandsProjets.find((item) => item.id === selection.id)?.nom;
    case "acheteurs-decp":
      return decpBuyersTitle(state, selection.id);
  }
}

/** True when Escape belongs to something else: a dialog, a field with its own list, the presentation. */
function escapeTakenElsewhere(event: KeyboardEvent): boolean {
  const target = event.target instanceof HTMLElement ? event.target : null;
  return event.defaultPrevented || document.querySelector("dialog[open]") !== null || target?.getAttribute("aria-expanded") === "true";
}

export function SelectionCard() {
  const store = useAppStore();
  const selection = useAppState((state) => state.view.selection);
  const mode = useAppState((state) => state.view.mode);
  const name = useAppState((state) => (state.view.selection ? nameOf(state, state.view.selection) : undefined));
  const heading = useRef<HTMLHeadingElement>(null);
  const key = selection ? `${selection.kind}:${"code" in selection ? selection.code : selection.id}` : null;

  useEffect(() => {
    if (!key) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || escapeTakenElsewhere(event) || store.getState().view.mode !== "carte") return;
      store.getState().select(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store, key]);

  if (!selection || mode !== "carte") return null;
  const title = name ?? "Objet introuvable";
  return (
    <aside className="selection-card" aria-label={`Détails : ${title}`} data-testid="details" key={key}>
      <div className="selection-card__head">
        <h2 className="fr-h6 fr-mb-0" ref={heading}>
          {title}
        </h2>
        <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-close-line" title="Fermer les détails (Échap)" onClick={() => store.getState().select(null)}>
          Fermer les détails
        </button>
      </div>
      <div className="selection-card__body">
        {selection.kind === "commune" && <CommuneDetails code={selection.code} />}
        {selection.kind === "facilitateur" && <FacilitateurDetails id={selection.id} />}
        {selection.kind === "structure" && <StructureDetails id={selection.id} />}
        {selection.kind === "acheteur" && <AcheteurDetails id={selection.id} />}
        {selection.kind === "grand-projet" && <GrandProjetDetails id={selection.id} />}
        {selection.kind === "acheteurs-decp" && <DecpBuyersDetails code={selection.id} />}
      </div>
    </aside>
  );
}

// The details of what is selected (on the map, in a list, by the search), in a card beside
// the map, named after the object (« Détails : Lille »). Escape or « Fermer » closes it.
import { Suspense, useEffect, useRef } from "react";
import { communeLabel } from "../../domain/territory-names.ts";
import type { AppState } from "../../store/app-store.ts";
import type { Selection } from "../../view/vocabulary.ts";
import { useAppState, useAppStore } from "../store-context.tsx";
import { decpBuyersTitle } from "../needs/DecpBuyersDetails.tsx";
import { preloadable } from "../preloadable.tsx";
import { whenIdle } from "../../app/idle.ts";

// The card's body (with the record forms and the perimeter editor) is not in the first
// view's JavaScript: it loads once the names have arrived, or with the first selection;
// once loaded, a selection shows its details at once.
const details = preloadable(() => import("./SelectionDetails.tsx").then((module) => module.SelectionDetails));
const SelectionDetails = details.Component;

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
  const named = useAppState((state) => state.territory?.complete === true);
  useEffect(() => {
    if (named) return whenIdle(() => void details.preload());
  }, [named]);

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
        <Suspense
          fallback={
            <p className="fr-text--sm" role="status">
              Chargement…
            </p>
          }
        >
          <SelectionDetails selection={selection} />
        </Suspense>
      </div>
    </aside>
  );
}

import { useEffect, useMemo, useState, type CSSProperties, type RefObject } from "react";
import { ACHETEUR_TYPE_LABELS } from "../domain/model.ts";
import { selectCommuneDetails, STATUS_LABELS } from "../store/selectors.ts";
import { formatInteger } from "./format.ts";
import { decpBuyersLine } from "./needs/DecpBuyersDetails.tsx";
import { useAppState, useAppStore } from "./store-context.tsx";

/** Distance from the pointer to the box, pixels. */
const OFFSET = 16;

/**
 * Where the box goes: beside the pointer, on the side of `area` with more room, so that it
 * never hides the commune it describes (the insets on the left included) nor leaves the map.
 */
export function besidePointer(x: number, y: number, width: number, height: number): CSSProperties {
  const right = x > width / 2;
  const below = y > height / 2;
  return {
    left: right ? "auto" : x + OFFSET,
    right: right ? width - x + OFFSET : "auto",
    top: below ? "auto" : y + OFFSET,
    bottom: below ? height - y + OFFSET : "auto",
  };
}

/** The pointer's position in `area`, while it is there. */
function usePointer(area: RefObject<HTMLElement | null>): { x: number; y: number; width: number; height: number } | null {
  const [pointer, setPointer] = useState<{ x: number; y: number; width: number; height: number } | null>(null);
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    const move = (event: PointerEvent) => {
      const box = element.getBoundingClientRect();
      setPointer({ x: event.clientX - box.left, y: event.clientY - box.top, width: box.width, height: box.height });
    };
    const leave = () => setPointer(null);
    element.addEventListener("pointermove", move);
    element.addEventListener("pointerleave", leave);
    return () => {
      element.removeEventListener("pointermove", move);
      element.removeEventListener("pointerleave", leave);
    };
  }, [area]);
  return pointer;
}

/** What an object under the pointer is, in one line: « Préfecture de la Côte-d'Or — Préfecture ». */
function useObjectLine(): string | null {
  return useAppState((state) => {
    const object = state.transient.hoveredObject;
    const project = state.derived.project(state);
    if (!object || !project) return null;
    if (object.kind === "acheteur") {
      const acheteur = project.acheteurs.find((item) => item.id === object.id);
      return acheteur ? `${acheteur.nom} — acheteur de l'État (${ACHETEUR_TYPE_LABELS[acheteur.type]})` : null;
    }
    if (object.kind === "grand-projet") {
      const projet = project.grandsProjets.find((item) => item.id === object.id);
      return projet ? `${projet.nom} — grand projet` : null;
    }
    if (object.kind === "acheteurs-decp") return decpBuyersLine(state, object.id);
    if (object.kind === "facilitateur") {
      const post = project.facilitateurs.find((item) => item.id === object.id);
      return post ? `${post.nom} — siège du coordinateur régional${post.statut === "poste-vacant" ? " (poste vacant)" : ""}` : null;
    }
    return null;
  });
}

/**
 * Name, code, population and facilitators of the commune under the pointer, beside it in
 * `area` (the map's); first, the object drawn over it when there is one (click opens it).
 */
export function HoverInfo({ area }: { area: RefObject<HTMLElement | null> }) {
  const store = useAppStore();
  const code = useAppState((state) => state.transient.hovered);
  const result = useAppState((state) => state.derived.result(state));
  // The territory too: the names arrive after the first view, the figures staying the same.
  const territory = useAppState((state) => state.territory);
  const details = useMemo(() => (code && result && territory ? selectCommuneDetails(store.getState(), code) : null), [store, code, result, territory]);
  const objectLine = useObjectLine();
  const pointer = usePointer(area);
  if (!details && !objectLine) return null;
  return (
    <div className="hover-info" role="status" data-testid="survol" style={pointer ? besidePointer(pointer.x, pointer.y, pointer.width, pointer.height) : undefined}>
      {objectLine && <p className="fr-text--bold fr-mb-1v hover-info__object">{objectLine}</p>}
      {details && (
        <>
          <p className={`${objectLine ? "" : "fr-text--bold "}fr-mb-0`}>
            {/* Names arrive a moment after the first view. */}
            {details.commune.nom || "Commune"} ({details.commune.code})
          </p>
          <p className="fr-text--xs fr-mb-0">
            {formatInteger(details.commune.population)} habitants — {STATUS_LABELS[details.status]}
          </p>
          <p className="fr-text--xs fr-mb-0">
            {details.facilitateurs.length === 0 ? "Aucun facilitateur" : details.facilitateurs.map(({ facilitateur, extension }) => facilitateur.nom + (extension ? " (extension)" : "")).join(", ")}
          </p>
        </>
      )}
    </div>
  );
}

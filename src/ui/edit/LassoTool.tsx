// « Dessiner une zone »: the lasso of the perimeter editor. The zone is drawn on the map
// (src/map/lasso-layer.ts, src/app/lasso-binding.ts); here it is closed, counted, and its communes added to or
// removed from the perimeter in one undoable step.
import { useId, useMemo, useState } from "react";
import { lassoPolygon } from "../../domain/lasso-drawing.ts";
import type { Facilitateur } from "../../domain/model.ts";
import { formatInteger } from "../format.ts";
import { useAppState, useAppStore } from "../store-context.tsx";

const communesText = (count: number) => `${formatInteger(count)} commune${count > 1 ? "s" : ""}`;

export function LassoTool({ facilitateur }: { facilitateur: Facilitateur }) {
  const store = useAppStore();
  const id = useId();
  const on = useAppState((state) => state.view.editing?.tool === "lasso");
  const lasso = useAppState((state) => state.transient.lasso);
  const extension = useAppState((state) => state.view.editing?.extension ?? false);
  const geometry = useAppState((state) => state.territory?.geometry ?? null);
  const [message, setMessage] = useState("");
  const polygon = useMemo(() => (lasso ? lassoPolygon(lasso.points) : null), [lasso]);
  // The communes the closed zone selects (the GeoJSON import's rule: representative point inside).
  const selected = useMemo(() => (lasso?.closed && polygon && geometry ? geometry.communesIn(polygon) : null), [lasso, polygon, geometry]);

  const setTool = (lassoOn: boolean) => {
    store.getState().setEditOptions({ tool: lassoOn ? "lasso" : "clic" });
    store.getState().setLasso(null);
    setMessage("");
  };
  const apply = (add: boolean) => {
    if (!selected) return;
    const state = store.getState();
    const outcome = add ? state.addCommunesToPerimeter(facilitateur.id, selected, { extension }) : state.removeCommunesFromPerimeter(facilitateur.id, selected);
    if (!outcome.ok) return setMessage(outcome.message);
    setMessage(outcome.changed ? (store.getState().transient.editMessage ?? store.getState().derived.history().undoLabel ?? "") : add ? "Rien à ajouter : ces communes sont déjà dans le périmètre" : "Rien à retirer : aucune de ces communes n'est dans le périmètre");
    store.getState().setLasso(null);
  };

  return (
    <div className="lasso-tool" data-testid="outil-lasso">
      <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" aria-pressed={on} aria-describedby={on ? `${id}-aide` : undefined} onClick={() => setTool(!on)}>
        {on ? "Arrêter de dessiner (revenir au clic)" : "Dessiner une zone"}
      </button>
      {on && (
        <>
          <p id={`${id}-aide`} className="fr-text--xs fr-mb-1v fr-mt-1v">
            Cliquez sur la carte pour poser les sommets de la zone ; double-cliquez ou appuyez sur Entrée pour la fermer, sur Échap pour l'annuler.
          </p>
          {!geometry && <p className="fr-text--xs">Chargement des contours des communes…</p>}
          <p className="fr-text--sm fr-mb-1v" role="status" data-testid="etat-lasso">
            {!lasso && "Aucune zone dessinée."}
            {lasso && !lasso.closed && `Zone en cours : ${lasso.points.length} sommet${lasso.points.length > 1 ? "s" : ""}.`}
            {selected && `La zone contient ${communesText(selected.length)}.`}
          </p>
          {lasso && !lasso.closed && (
            <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
              <li>
                <button type="button" className="fr-btn fr-btn--tertiary" disabled={!polygon} onClick={() => store.getState().setLasso({ points: lasso.points, closed: true })}>
                  Fermer la zone
                </button>
              </li>
              <li>
                <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => store.getState().setLasso(null)}>
                  Annuler la zone
                </button>
              </li>
            </ul>
          )}
          {selected && (
            <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
              <li>
                <button type="button" className="fr-btn" disabled={selected.length === 0} onClick={() => apply(true)}>
                  Ajouter les communes ({formatInteger(selected.length)})
                </button>
              </li>
              <li>
                <button type="button" className="fr-btn fr-btn--secondary" disabled={selected.length === 0} onClick={() => apply(false)}>
                  Retirer les communes ({formatInteger(selected.length)})
                </button>
              </li>
              <li>
                <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => store.getState().setLasso(null)}>
                  Effacer la zone
                </button>
              </li>
            </ul>
          )}
        </>
      )}
      <p className="fr-text--sm fr-mb-0" role="status" data-testid="message-lasso">
        {message}
      </p>
    </div>
  );
}

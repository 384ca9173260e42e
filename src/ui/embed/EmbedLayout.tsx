// The read-only view for an <iframe> in another site (`?integration=1`): the map, its
// legend, a compact box of figures for the focused territory and a link to the full app.
// No header, no editing, import, export or history: the store is read-only as well
// (`createAppStore({ readOnly: true })`: every change of the document is refused).
import { useMemo, useRef } from "react";
import { selectCommuneDetails, selectFocusedIndicators, STATUS_LABELS } from "../../store/selectors.ts";
import { formatEtp, formatInteger, formatShare } from "../format.ts";
import { HoverInfo } from "../HoverInfo.tsx";
import { Legend } from "../Legend.tsx";
import { MapView } from "../MapView.tsx";
import { useAppState, useAppStore } from "../store-context.tsx";
import { urlOfState } from "../../app/url-binding.ts";
import type { MapController } from "../../map/map-controller.ts";
import "./embed.css";

function EmbedFigures() {
  const unit = useAppState(selectFocusedIndicators);
  if (!unit) return null;
  const zb = unit.zonesBlanches;
  return (
    <dl className="embed-figures__list">
      <div>
        <dt>Habitants couverts</dt>
        <dd>{formatShare(unit.covered.population, unit.total.population)}</dd>
      </div>
      <div>
        <dt>Communes sans facilitateur</dt>
        <dd>{formatInteger(zb.sansFacilitateur.communes)}</dd>
      </div>
      <div>
        <dt>Facilitateurs</dt>
        <dd>{formatInteger(unit.facilitateurs)}</dd>
      </div>
      <div>
        <dt>ETP en poste</dt>
        <dd>{formatEtp(unit.etp)}</dd>
      </div>
    </dl>
  );
}

/** The commune, or the buyer over it, clicked on the map: name, status and facilitators (nothing to edit). */
function EmbedSelection() {
  const store = useAppStore();
  const selection = useAppState((state) => state.view.selection);
  const result = useAppState((state) => state.derived.result(state));
  // The commune a selection stands on: itself, or a State buyer's (a string each: stable for React).
  const buyer = useAppState((state) => {
    if (selection?.kind !== "acheteur") return null;
    const project = state.derived.project(state);
    const links = state.derived.links(state);
    const b = project?.acheteurs.findIndex((item) => item.id === selection.id) ?? -1;
    const c = b >= 0 ? (links?.acheteurCommunes[b] ?? -1) : -1;
    return c >= 0 && project ? `${state.territory!.index.communeCodes[c]!}|${project.acheteurs[b]!.nom}` : null;
  });
  const code = selection?.kind === "commune" ? selection.code : (buyer?.split("|")[0] ?? null);
  const located = { object: buyer ? buyer.slice(buyer.indexOf("|") + 1) : null };
  const territory = useAppState((state) => state.territory);
  const details = useMemo(() => (code && result && territory ? selectCommuneDetails(store.getState(), code) : null), [store, code, result, territory]);
  if (!details) return null;
  const names = details.facilitateurs.map(({ facilitateur }) => facilitateur.nom);
  return (
    <p className="fr-text--xs fr-mb-0 embed-figures__commune" data-testid="integration-commune">
      {located?.object && (
        <>
          <strong>{located.object}</strong>,{" "}
        </>
      )}
      <strong>
        {details.commune.nom || details.commune.code} ({details.commune.code})
      </strong>{" "}
      : {STATUS_LABELS[details.status]}
      {names.length > 0 && <> — {names.join(", ")}</>}
    </p>
  );
}

export function EmbedLayout({ urlMessage, onMap }: { urlMessage: string | null; onMap(controller: MapController | null): void }) {
  const colouring = useAppState((state) => state.view.colouring);
  const status = useAppState((state) => state.derived.status(state));
  const error = useAppState((state) => state.error);
  const nom = useAppState((state) => selectFocusedIndicators(state)?.nom);
  // The same view in the full app: this address without `integration`.
  const fullAppHref = useAppState((state) => urlOfState(state, window.location));
  const mapArea = useRef<HTMLElement>(null);
  return (
    <main className="embed" id="contenu" data-testid="integration" ref={mapArea}>
      <MapView onMap={onMap} />
      <HoverInfo area={mapArea} />
      <Legend colouring={colouring} />
      <section className="embed-figures" aria-labelledby="integration-titre" data-testid="integration-chiffres">
        <h1 id="integration-titre" className="fr-text--md fr-text--bold fr-mb-1v">
          Clause sociale : {nom ?? "France"}
        </h1>
        {status === "error" ? (
          <p className="fr-text--sm fr-mb-0" role="alert">
            {error}
          </p>
        ) : (
          <EmbedFigures />
        )}
        <EmbedSelection />
        <p className="fr-text--xs fr-mb-0" role="status">
          {status === "loading" ? "Chargement des territoires et des facilitateurs…" : (urlMessage ?? "")}
        </p>
        <a className="fr-link fr-text--sm" href={fullAppHref} target="_blank" rel="noopener" title="Ouvrir dans Carto Clause Sociale - nouvelle fenêtre">
          Ouvrir dans Carto Clause Sociale
        </a>
      </section>
    </main>
  );
}

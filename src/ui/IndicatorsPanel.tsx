import type { Totals } from "../domain/indicators.ts";
import { selectFocusedIndicators } from "../store/selectors.ts";
import { formatEtp, formatInteger, formatRate, formatShare } from "./format.ts";
import { SeuilsForm } from "./SeuilsForm.tsx";
import { NeedsPanel } from "./needs/NeedsPanel.tsx";
import { zoneBlanche3Sentence } from "./needs/needs-text.ts";
import { usePanelNavigation, type DataList } from "./layout/panel-navigation.tsx";
import { useAppState } from "./store-context.tsx";

function TotalsRow({ label, part, total, list }: { label: string; part: Totals; total: Totals; list?: DataList }) {
  const { openList } = usePanelNavigation();
  return (
    <tr>
      <th scope="row">
        {list && part.communes > 0 ? (
          <button type="button" className="fr-link" title={`Lister les communes : ${label}`} onClick={() => openList(list)}>
            {label}
          </button>
        ) : (
          label
        )}
      </th>
      <td>{formatInteger(part.communes)}</td>
      <td>{formatInteger(part.population)}</td>
      <td>{formatShare(part.population, total.population)}</td>
      <td>{formatInteger(part.areaKm2)}</td>
    </tr>
  );
}

/** Figures of the focused territory (or of France), from the coverage engine. */
export function IndicatorsPanel() {
  const { openList } = usePanelNavigation();
  const unit = useAppState(selectFocusedIndicators);
  const result = useAppState((state) => state.derived.result(state));
  const sansCoordinateur = useAppState((state) => state.derived.result(state)?.regionsSansCoordinateur.length ?? 0);
  if (!unit || !result) return null;
  const zb = unit.zonesBlanches;
  return (
    <>
      <section className="panel-section" aria-labelledby="indicateurs-titre" data-testid="indicateurs">
        <h2 id="indicateurs-titre" className="fr-h6">
          {unit.nom}
        </h2>
        <div className="fr-table fr-table--no-caption fr-table--sm indicators-table">
          {/* Focusable: the DSFR table scrolls sideways in the narrow panel (RGAA 12.13, keyboard access). */}
          <table tabIndex={0}>
            <caption>Couverture et zones blanches</caption>
            <thead>
              <tr>
                <th scope="col">Communes</th>
                <th scope="col">Nombre</th>
                <th scope="col">Habitants</th>
                <th scope="col">Part</th>
                <th scope="col">km²</th>
              </tr>
            </thead>
            <tbody>
              <TotalsRow label="Toutes" part={unit.total} total={unit.total} />
              <TotalsRow label="Couvertes" part={unit.covered} total={unit.total} />
              <TotalsRow label="ZB 1 : aucun facilitateur" part={zb.sansFacilitateur} total={unit.total} list={{ kind: "zones-blanches", status: 1 }} />
              <TotalsRow label="ZB 2 : extension seulement" part={zb.extensionSeulement} total={unit.total} list={{ kind: "zones-blanches", status: 2 }} />
              <TotalsRow label="ZB 3 : capacité insuffisante" part={zb.capaciteInsuffisante} total={unit.total} list={{ kind: "zones-blanches", status: 3 }} />
            </tbody>
          </table>
        </div>
        <dl className="figures">
          <div>
            <dt>Facilitateurs</dt>
            <dd data-testid="nb-facilitateurs">{formatInteger(unit.facilitateurs)}</dd>
          </div>
          <div>
            <dt>ETP en poste</dt>
            <dd>{formatEtp(unit.etp)}</dd>
          </div>
          <div>
            <dt>Postes vacants</dt>
            <dd>{formatInteger(unit.vacantPosts)}</dd>
          </div>
          <div>
            <dt>Structures porteuses</dt>
            <dd>{formatInteger(unit.structures)}</dd>
          </div>
          <div>
            <dt>ETP pour 100 000 habitants</dt>
            <dd>{formatRate(unit.etpPer100k)}</dd>
          </div>
          <div>
            <dt>Communes en chevauchement</dt>
            <dd>
              {formatInteger(unit.overlap.communes)} ({formatInteger(unit.overlap.population)} hab.)
            </dd>
          </div>
          <div>
            <dt>Acheteurs de l'État</dt>
            <dd>
              {formatInteger(unit.acheteurs)}, dont{" "}
              <button type="button" className="fr-link" disabled={unit.acheteursInZonesBlanches === 0} onClick={() => openList({ kind: "acheteurs", zoneBlancheOnly: true })}>
                {formatInteger(unit.acheteursInZonesBlanches)} en zone blanche
              </button>
            </dd>
          </div>
          <div>
            <dt>Coordinateurs régionaux</dt>
            <dd>
              {unit.level === "national"
                ? `${sansCoordinateur} région(s) non dotée(s)`
                : unit.coordinateurs > 0
                  ? formatInteger(unit.coordinateurs)
                  : "Région non dotée"}
            </dd>
          </div>
        </dl>
        <p className="fr-text--xs seuils" data-testid="zb3-mesure">
          {zoneBlanche3Sentence(result)}
        </p>
        <SeuilsForm />
      </section>
      {/* The needs apart: the coverage's section keeps its one heading. */}
      <NeedsPanel />
    </>
  );
}

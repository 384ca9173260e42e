// Scenarios: duplicate the current data as a named scenario, switch between scenarios, and
// compare the active one with another: the map colours the communes that gain or lose
// coverage or change kind of zone blanche; the figures are shown side by side.
import { useState } from "react";
import type { UnitIndicators } from "../../domain/indicators.ts";
import type { ComparisonView } from "../../store/derived.ts";
import { communeLabel } from "../../domain/territory-names.ts";
import { ObjectLink } from "../details/links.tsx";
import { formatEtp, formatInteger, formatRate } from "../format.ts";
import { useAppState, useAppStore } from "../store-context.tsx";

const signed = (value: number, format: (v: number) => string) => (value > 0 ? `+${format(value)}` : value < 0 ? `−${format(-value)}` : "0");

/** The rows of the side-by-side table: label and how to read the figure. */
const ROWS: { label: string; read: (unit: UnitIndicators) => number | null; format: (value: number) => string }[] = [
  { label: "Communes couvertes", read: (u) => u.covered.communes, format: formatInteger },
  { label: "Habitants couverts", read: (u) => u.covered.population, format: formatInteger },
  { label: "ZB 1 : communes sans facilitateur", read: (u) => u.zonesBlanches.sansFacilitateur.communes, format: formatInteger },
  { label: "ZB 2 : communes en extension seulement", read: (u) => u.zonesBlanches.extensionSeulement.communes, format: formatInteger },
  { label: "ZB 3 : communes en capacité insuffisante", read: (u) => u.zonesBlanches.capaciteInsuffisante.communes, format: formatInteger },
  { label: "Communes en chevauchement", read: (u) => u.overlap.communes, format: formatInteger },
  { label: "ETP déployés", read: (u) => u.deployedEtp, format: formatEtp },
  { label: "ETP pour 100 000 habitants", read: (u) => u.etpPer100k, format: (v) => formatRate(v) },
];

/** How many communes a change concerns, and which: each name shows its commune on the map. */
function ChangedCommunes({ codes, summary }: { codes: readonly string[]; summary: string }) {
  const index = useAppState((state) => state.territory?.index);
  if (codes.length === 0) return <>{summary}</>;
  const shown = codes.slice(0, MAX_LISTED);
  return (
    <details className="changed-communes">
      <summary>{summary}</summary>
      <ul>
        {shown.map((code) => {
          const commune = index?.reference.communes[index.communeIndex.get(code) ?? -1];
          return (
            <li key={code}>
              <ObjectLink selection={{ kind: "commune", code }}>{commune ? communeLabel(commune) : code}</ObjectLink>
            </li>
          );
        })}
      </ul>
      {codes.length > shown.length && <p className="fr-text--xs fr-mb-0">… et {formatInteger(codes.length - shown.length)} autres (liste complète dans l'onglet « Données »).</p>}
    </details>
  );
}

/** Communes listed under a change; beyond, the « Données » tab has them all. */
const MAX_LISTED = 200;

function ComparisonTable({ comparison }: { comparison: ComparisonView }) {
  const focus = useAppState((state) => state.view.focus);
  const scenarioNom = useAppState((state) => state.document.workspace?.scenarios.find((s) => s.id === state.document.workspace?.activeScenarioId)?.nom ?? "Scénario actif");
  const { indicators, totals } = comparison;
  const unit = focus ? (focus.level === "region" ? indicators.regions : indicators.departements).find((item) => item.code === focus.code) ?? indicators.national : indicators.national;
  return (
    <div data-testid="comparaison">
      <p className="fr-text--sm fr-mb-1w">
        Changements de « {comparison.referenceNom} » à « {scenarioNom} » :
      </p>
      <ul className="fr-text--sm comparison-totals">
        <li>
          <ChangedCommunes codes={comparison.communes.gagne} summary={`${formatInteger(totals.gagne.communes)} commune(s) gagnent une couverture (${formatInteger(totals.gagne.population)} habitants)`} />
        </li>
        <li>
          <ChangedCommunes codes={comparison.communes.perd} summary={`${formatInteger(totals.perd.communes)} commune(s) perdent leur couverture (${formatInteger(totals.perd.population)} habitants)`} />
        </li>
        <li>
          <ChangedCommunes codes={comparison.communes.changeDeType.map((item) => item.code)} summary={`${formatInteger(totals.changeDeType.communes)} commune(s) changent de type de zone blanche`} />
        </li>
      </ul>
      <div className="fr-table fr-table--sm fr-table--no-caption comparison-table">
        {/* Focusable: the DSFR table scrolls sideways in the narrow panel (keyboard access). */}
        <table tabIndex={0}>
          <caption>Indicateurs comparés : {unit.nom}</caption>
          <thead>
            <tr>
              <th scope="col">{unit.nom}</th>
              <th scope="col">{comparison.referenceNom}</th>
              <th scope="col">{scenarioNom}</th>
              <th scope="col">Écart</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => {
              const a = row.read(unit.a);
              const b = row.read(unit.b);
              return (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{a === null ? "—" : row.format(a)}</td>
                  <td>{b === null ? "—" : row.format(b)}</td>
                  <td>{a === null || b === null ? "—" : signed(b - a, row.format)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ScenariosPanel() {
  const store = useAppStore();
  const workspace = useAppState((state) => state.document.workspace);
  const compareWith = useAppState((state) => state.view.compareWith);
  const comparison = useAppState((state) => state.derived.comparison(state));
  const [nom, setNom] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  if (!workspace) return null;
  const active = workspace.activeScenarioId;
  const others = workspace.scenarios.filter((s) => s.id !== active);

  const duplicate = () => {
    const outcome = store.getState().duplicateScenario(nom || `Scénario ${workspace.scenarios.length + 1}`);
    setMessage(outcome.ok ? "Scénario créé : vous travaillez maintenant sur la copie." : outcome.message);
    if (outcome.ok) setNom("");
  };

  return (
    <section className="panel-section scenarios" aria-labelledby="titre-scenarios" data-testid="scenarios">
      <h2 id="titre-scenarios" className="fr-h6 fr-mb-1w">
        Scénarios
      </h2>
      <div className="fr-select-group">
        <label className="fr-label" htmlFor="scenario-actif">
          Scénario affiché et modifié
        </label>
        <select
          id="scenario-actif"
          className="fr-select"
          value={active}
          onChange={(event) => {
            if (event.target.value === compareWith) store.getState().compareWithScenario(null);
            store.getState().switchScenario(event.target.value);
          }}
        >
          {workspace.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.nom}
            </option>
          ))}
        </select>
      </div>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <button type="button" className="fr-btn fr-btn--tertiary" aria-expanded={renaming !== null} onClick={() => setRenaming(renaming === null ? (workspace.scenarios.find((s) => s.id === active)?.nom ?? "") : null)}>
            Renommer ce scénario
          </button>
        </li>
        <li>
          <button
            type="button"
            className="fr-btn fr-btn--tertiary"
            disabled={workspace.scenarios.length < 2}
            onClick={() => {
              const nomSupprime = workspace.scenarios.find((s) => s.id === active)?.nom ?? active;
              const outcome = store.getState().deleteScenario(active);
              setMessage(outcome.ok ? `Scénario « ${nomSupprime} » supprimé. Annulable en une étape (Ctrl+Z).` : outcome.message);
            }}
          >
            Supprimer ce scénario
          </button>
        </li>
      </ul>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="nom-scenario">
          Nom du nouveau scénario
        </label>
        <div className="perimeter-add-row">
          <input id="nom-scenario" className="fr-input" value={nom} placeholder="Option B : nouveau poste" onChange={(event) => setNom(event.target.value)} />
          <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" onClick={duplicate}>
            Dupliquer
          </button>
        </div>
      </div>
      {renaming !== null && (
        <form
          className="fr-input-group perimeter-add-row"
          onSubmit={(event) => {
            event.preventDefault();
            const outcome = store.getState().renameScenario(active, renaming);
            setMessage(outcome.ok ? "Scénario renommé." : outcome.message);
            if (outcome.ok) setRenaming(null);
          }}
        >
          <label className="fr-sr-only" htmlFor="renommer-scenario">
            Nouveau nom du scénario
          </label>
          <input id="renommer-scenario" className="fr-input" value={renaming} onChange={(event) => setRenaming(event.target.value)} />
          <button type="submit" className="fr-btn fr-btn--sm">
            Renommer
          </button>
        </form>
      )}
      {message && (
        <p className="fr-text--sm" role="status">
          {message}
        </p>
      )}
      {others.length > 0 && (
        <div className="fr-select-group">
          <label className="fr-label" htmlFor="comparer-avec">
            Comparer avec
          </label>
          <select id="comparer-avec" className="fr-select" value={compareWith ?? ""} onChange={(event) => store.getState().compareWithScenario(event.target.value || null)}>
            <option value="">Pas de comparaison</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.nom}
              </option>
            ))}
          </select>
        </div>
      )}
      {comparison && <ComparisonTable comparison={comparison} />}
    </section>
  );
}

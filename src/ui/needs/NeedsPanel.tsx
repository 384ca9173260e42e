// « Besoins » in the Chiffres tab: where the needs come from (the provenance line), the
// figures of the territory shown, the State's contracts in zone blanche (a figure and its
// list), the call's bilan per région and département, and the settings of the measured
// zone blanche 3. Without a DECP file, says how to load one.
import { useMemo, useState } from "react";
import { communeByCode, territoryName } from "../../domain/territory-names.ts";
import { bilanRows, needsTotalsOf, stateContractsInZonesBlanches } from "../../store/needs-selectors.ts";
import type { DerivedNeeds } from "../../store/needs-derived.ts";
import { DataTable } from "../tables/DataTable.tsx";
import { formatShare } from "../format.ts";
import { useAppState, useAppStore } from "../store-context.tsx";
import { formatContracts, formatEuros, needsProvenanceLine } from "./needs-text.ts";
import { BILAN_COLUMNS, contractKey, stateContractColumns } from "./needs-tables.tsx";
import { NeedsChoicesForm } from "./NeedsChoicesForm.tsx";
import { NeedsSeuilsForm } from "./NeedsSeuilsForm.tsx";

function NeedsFigures({ needs }: { needs: DerivedNeeds }) {
  const store = useAppStore();
  const index = useAppState((state) => state.territory!.index);
  const result = useAppState((state) => state.derived.result(state)!);
  const focus = useAppState((state) => state.view.focus);
  const [listOpen, setListOpen] = useState(false);
  const where = focus ? territoryName(index, focus.level, focus.code) : "France";
  const totals = useMemo(() => needsTotalsOf(index, needs, focus), [index, needs, focus]);
  const bilan = useMemo(() => bilanRows(index, needs, focus), [index, needs, focus]);
  const inZones = useMemo(() => stateContractsInZonesBlanches(index, needs, result, focus), [index, needs, result, focus]);
  const inZonesCount = inZones.reduce((sum, contract) => sum + contract.part, 0);
  const columns = useMemo(() => stateContractColumns((code) => communeByCode(index, code)?.nom ?? code), [index]);
  const figures: [string, string, string][] = [
    ["Marchés notifiés", `${formatContracts(totals.marches)} (${formatEuros(totals.montantHT)})`, "besoins-marches"],
    ["Marchés de l'État", formatContracts(totals.marchesEtat), "besoins-etat"],
    ["Avec une considération sociale", `${formatContracts(totals.marchesAvecConsiderationSociale)} (${formatShare(totals.marchesAvecConsiderationSociale, totals.marches)})`, "besoins-social"],
    ["Au-dessus des seuils européens, sans considération sociale", formatContracts(totals.marchesAuDessusDesSeuilsSansConsiderationSociale), "besoins-sans-clause"],
  ];
  return (
    <>
      <p className="fr-text--xs" data-testid="provenance-besoins">
        {needsProvenanceLine(needs)}.
      </p>
      <dl className="figures">
        {figures.map(([label, value, testId]) => (
          <div key={testId}>
            <dt>{label}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
        <div>
          <dt>Marchés de l'État en zone blanche</dt>
          <dd data-testid="besoins-etat-zb">
            <button type="button" className="fr-link" aria-expanded={listOpen} disabled={inZones.length === 0} onClick={() => setListOpen(!listOpen)}>
              {formatContracts(inZonesCount)}
            </button>
          </dd>
        </div>
      </dl>
      {listOpen && (
        <DataTable
          title={`Marchés de l'État en zone blanche — ${where}`}
          fileName="marches-etat-zone-blanche"
          columns={columns}
          rows={inZones}
          rowKey={contractKey}
          pageSize={20}
          empty="Aucun marché de l'État en zone blanche."
          testId="liste-marches-etat-zb"
        />
      )}
      <DataTable title={`Bilan des marchés publics — ${where}`} fileName="bilan-marches-publics" columns={BILAN_COLUMNS} rows={bilan} rowKey={(row) => `${row.niveau}:${row.code}`} pageSize={20} testId="bilan-besoins" />
      <NeedsSeuilsForm choices={needs.choices} />
      <NeedsChoicesForm choices={needs.choices} />
      {needs.origin === "workspace" && (
        <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-mt-1w" onClick={() => store.getState().removeNeeds()}>
          Retirer les marchés chargés
        </button>
      )}
    </>
  );
}

export function NeedsPanel() {
  const needs = useAppState((state) => state.derived.needs(state));
  const ready = useAppState((state) => state.territory?.complete === true && state.derived.result(state) !== null);
  return (
    <section className="panel-section" aria-labelledby="besoins-titre" data-testid="besoins">
      <h2 id="besoins-titre" className="fr-h6">
        Besoins : marchés publics (DECP)
      </h2>
      {needs && ready ? (
        <NeedsFigures needs={needs} />
      ) : (
        <p className="fr-text--sm" data-testid="besoins-absents">
          Aucun fichier des données essentielles de la commande publique (DECP) chargé : la zone blanche 3 est estimée. Importez un fichier DECP (JSON réglementaire ou tableau
          consolidé) avec « Importer » pour mesurer les besoins.
        </p>
      )}
    </section>
  );
}

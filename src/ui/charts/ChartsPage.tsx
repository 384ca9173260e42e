// « Graphiques »: one indicator across the régions (or the départements of the focused
// région) as bars, and the zones blanches of the focused territory by kind.
import { useId, useMemo, useState } from "react";
import { useScreenPage } from "../presentation/use-screen-page.ts";
import { formatRate } from "../format.ts";
import { useAppState, useAppStore } from "../store-context.tsx";
import { useCopilSummary } from "../print/use-copil-summary.ts";
import { BarChart } from "./BarChart.tsx";
import { CHART_INDICATORS, chartUnits, indicatorBars, zoneBlancheBars } from "./chart-data.ts";
import { ChartChoice } from "./ChartChoice.tsx";
import { NeedsCharts } from "./NeedsCharts.tsx";

export function ChartsPage() {
  const store = useAppStore();
  const result = useAppState((state) => state.derived.result(state));
  const reference = useAppState((state) => state.territory?.index.reference);
  const focus = useAppState((state) => state.view.focus);
  const summary = useCopilSummary();
  const [indicatorId, setIndicatorId] = useState(CHART_INDICATORS[0]!.id);
  const selectId = useId();
  const heading = useScreenPage(store);
  const units = useMemo(() => (result && reference ? chartUnits(result.indicators, reference.departements, focus) : null), [result, reference, focus]);

  if (!units || !summary || !result) return null;
  const indicator = CHART_INDICATORS.find((item) => item.id === indicatorId) ?? CHART_INDICATORS[0]!;
  const seuil = result.seuils.etpPour100000Habitants;
  return (
    <div className="screen-page charts-page" data-testid="graphiques" role="region" aria-labelledby={`${selectId}-titre`}>
      <div className="screen-page__bar">
        <h1 className="fr-h3 fr-mb-0" id={`${selectId}-titre`} ref={heading} tabIndex={-1}>
          Graphiques : {summary.title}
        </h1>
        <button type="button" className="fr-btn fr-btn--secondary fr-icon-arrow-go-back-line fr-btn--icon-left" onClick={() => store.getState().setMode("carte")}>
          Retour à la carte
        </button>
      </div>
      <p className="fr-text--sm">
        {summary.dateLine}. {summary.sourceLine}.{summary.demoNotice && ` ${summary.demoNotice}.`}
      </p>
      <ChartChoice id={selectId} label="Indicateur" options={CHART_INDICATORS} value={indicator.id} onChange={setIndicatorId} />
      <BarChart
        title={`${indicator.label}, ${units.caption}`}
        description={`Une barre par ${units.level === "region" ? "région" : "département"}, valeur écrite au bout de la barre, en ${indicator.unit}.`}
        data={indicatorBars(units, indicator)}
        threshold={indicator.id === "etp-100k" ? { value: seuil, label: `seuil ZB 3 : ${formatRate(seuil)}` } : undefined}
        testId="graphique-indicateur"
        width={760}
      />
      <NeedsCharts units={units} />
      <h2 className="fr-h5 fr-mt-4w">Zones blanches de {summary.title}, par type</h2>
      <div className="charts-page__pair">
        <BarChart
          title={`Communes en zone blanche, par type (${summary.title})`}
          description="Trois barres, une par type de zone blanche, nombre de communes."
          data={zoneBlancheBars(summary.unit, "communes")}
          testId="graphique-zb-communes"
          rowHeader="Type de zone blanche"
        />
        <BarChart
          title={`Habitants en zone blanche, par type (${summary.title})`}
          description="Trois barres, une par type de zone blanche, nombre d'habitants."
          data={zoneBlancheBars(summary.unit, "population")}
          testId="graphique-zb-habitants"
          rowHeader="Type de zone blanche"
        />
      </div>
    </div>
  );
}

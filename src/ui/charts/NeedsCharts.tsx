// The needs (DECP) as bars across the chart's units, with their provenance; nothing without needs.
import { useId, useMemo, useState } from "react";
import { bilanRows } from "../../store/needs-selectors.ts";
import { needsProvenanceLine } from "../needs/needs-text.ts";
import { useAppState } from "../store-context.tsx";
import { BarChart } from "./BarChart.tsx";
import { ChartChoice } from "./ChartChoice.tsx";
import type { ChartUnits } from "./chart-data.ts";
import { NEEDS_CHART_MEASURES, needsBars } from "./needs-chart-data.ts";

export function NeedsCharts({ units }: { units: ChartUnits }) {
  const needs = useAppState((state) => state.derived.needs(state));
  const index = useAppState((state) => state.territory?.index);
  const [measureId, setMeasureId] = useState(NEEDS_CHART_MEASURES[0]!.id);
  const selectId = useId();
  const rows = useMemo(() => (needs && index ? bilanRows(index, needs, null) : null), [needs, index]);
  if (!needs || !rows) return null;
  const measure = NEEDS_CHART_MEASURES.find((item) => item.id === measureId) ?? NEEDS_CHART_MEASURES[0]!;
  return (
    <section aria-labelledby={`${selectId}-titre`} data-testid="graphiques-besoins">
      <h2 className="fr-h5 fr-mt-4w" id={`${selectId}-titre`}>
        Besoins mesurés sur les marchés publics (DECP)
      </h2>
      <p className="fr-text--sm">{needsProvenanceLine(needs)}.</p>
      <ChartChoice id={selectId} label="Mesure" options={NEEDS_CHART_MEASURES} value={measure.id} onChange={setMeasureId} />
      <BarChart
        title={`${measure.label}, ${units.caption}`}
        description={`Une barre par ${units.level === "region" ? "région" : "département"}, valeur écrite au bout de la barre, en ${measure.unit}.`}
        data={needsBars(units, rows, measure)}
        testId="graphique-besoins"
        width={760}
      />
    </section>
  );
}

// The needs as bars: one per unit of the chart (régions, or the départements of a région),
// from the bilan's rows; a unit without contracts has a bar at 0; a share is a percentage.
import { describe, expect, it } from "vitest";
import type { UnitIndicators } from "../../../src/domain/indicators.ts";
import type { NeedsRow, NeedsTotals } from "../../../src/domain/needs/needs-territories.ts";
import type { ChartUnits } from "../../../src/ui/charts/chart-data.ts";
import { NEEDS_CHART_MEASURES, needsBars } from "../../../src/ui/charts/needs-chart-data.ts";
import { needsSentence } from "../../../src/ui/print/copil-summary.ts";

const totals = (marches: number, sociale: number, sans: number): NeedsTotals =>
  ({ marches, montantHT: 0, marchesEtat: 1, marchesAvecConsiderationSociale: sociale, marchesAuDessusDesSeuilsSansConsiderationSociale: sans }) as NeedsTotals;
const units: ChartUnits = {
  caption: "par département (Bretagne)",
  level: "departement",
  units: [{ code: "22", nom: "Côtes-d'Armor" }, { code: "29", nom: "Finistère" }] as UnitIndicators[],
  emphasis: "29",
};
const rows: NeedsRow[] = [
  { niveau: "region", code: "53", nom: "Bretagne", besoins: totals(40, 10, 3) },
  { niveau: "departement", code: "29", nom: "Finistère", besoins: totals(8, 2, 1) },
];
const measure = (id: string) => NEEDS_CHART_MEASURES.find((item) => item.id === id)!;

describe("graphiques des besoins", () => {
  it("donne une barre par unité du graphique, à 0 sans marché, la valeur écrite", () => {
    expect(needsBars(units, rows, measure("marches")).map((bar) => [bar.label, bar.value, bar.valueText, bar.emphasis])).toEqual([
      ["22 Côtes-d'Armor", 0, "0", false],
      ["29 Finistère", 8, "8", true],
    ]);
  });

  it("écrit une part en pour cent, « — » sans marché", () => {
    const bars = needsBars(units, rows, measure("part-sociale"));
    expect(bars.map((bar) => bar.valueText)).toEqual(["—", "25,00 %"]);
  });

  it("écrit les chiffres des besoins en une phrase pour la feuille imprimée, sigles gardés", () => {
    expect(needsSentence([])).toBeNull();
    expect(
      needsSentence([
        { id: "a", label: "Marchés publics notifiés (DECP)", value: "396 marchés", detail: "257 546 503 € HT" },
        { id: "b", label: "Au-dessus des seuils européens, sans considération sociale", value: "94 marchés" },
      ]),
    ).toBe("Besoins du territoire : marchés publics notifiés (DECP) : 396 marchés (257 546 503 € HT) ; au-dessus des seuils européens, sans considération sociale : 94 marchés.");
  });
});

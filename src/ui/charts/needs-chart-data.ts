// The needs (DECP) across the same units as the coverage's chart: the call's bilan as bars,
// one measure at a time, when a DECP file (or the demonstration's) is loaded.
import type { NeedsRow, NeedsTotals } from "../../domain/needs/needs-territories.ts";
import { formatInteger, formatRate } from "../format.ts";
import type { BarDatum, ChartUnits } from "./chart-data.ts";

export interface NeedsMeasure {
  id: string;
  label: string;
  unit: string;
  value(totals: NeedsTotals): number | null;
  format(value: number | null): string;
}

const integer = (value: number | null) => (value === null ? "—" : formatInteger(Math.round(value)));

export const NEEDS_CHART_MEASURES: readonly NeedsMeasure[] = [
  { id: "marches", label: "Marchés notifiés", unit: "marchés", value: (t) => t.marches, format: integer },
  { id: "marches-etat", label: "Marchés de l'État", unit: "marchés", value: (t) => t.marchesEtat, format: integer },
  {
    id: "part-sociale",
    label: "Part des marchés avec une considération sociale",
    unit: "%",
    value: (t) => (t.marches > 0 ? (t.marchesAvecConsiderationSociale * 100) / t.marches : null),
    format: (value) => (value === null ? "—" : `${formatRate(value)} %`),
  },
  {
    id: "sans-consideration",
    label: "Marchés au-dessus des seuils européens sans considération sociale",
    unit: "marchés",
    value: (t) => t.marchesAuDessusDesSeuilsSansConsiderationSociale,
    format: integer,
  },
];

/** A territory without any contract. */
const NONE = { marches: 0, montantHT: 0, marchesEtat: 0, marchesAvecConsiderationSociale: 0, marchesAuDessusDesSeuilsSansConsiderationSociale: 0 } as NeedsTotals;

/** One bar per unit of `units` for `measure`, from the bilan's rows (a unit without contracts: 0, or « — » for a share). */
export function needsBars(units: ChartUnits, rows: readonly NeedsRow[], measure: NeedsMeasure): BarDatum[] {
  const byCode = new Map(rows.filter((row) => row.niveau === units.level).map((row) => [row.code, row.besoins]));
  return units.units.map((unit) => {
    const totals = byCode.get(unit.code);
    const value = measure.value(totals ?? NONE);
    return { key: unit.code, label: units.level === "departement" ? `${unit.code} ${unit.nom}` : unit.nom, value, valueText: measure.format(value), emphasis: unit.code === units.emphasis };
  });
}

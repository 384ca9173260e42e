// What the charts show: one indicator across the régions (nationally) or across the
// départements of a région, and the zones blanches of one territory by kind.
import type { Indicators, UnitIndicators } from "../../domain/indicators.ts";
import { LEGENDS } from "../../map/palettes.ts";
import type { Focus } from "../../view/vocabulary.ts";
import { formatInteger, formatRate } from "../format.ts";

export interface BarDatum {
  key: string;
  label: string;
  /** Null when the figure does not exist (no habitants): no bar, « — » written. */
  value: number | null;
  valueText: string;
  /** Fill of the bar; the text says the same, colour is never the only cue. */
  colour?: string;
  /** Drawn stronger: the focused département among its région's. */
  emphasis?: boolean;
}

export interface ChartIndicator {
  id: string;
  label: string;
  /** Unit written after the axis title. */
  unit: string;
  value(unit: UnitIndicators): number | null;
  format(value: number | null): string;
}

const zoneBlanchePopulation = (unit: UnitIndicators) =>
  unit.zonesBlanches.sansFacilitateur.population + unit.zonesBlanches.extensionSeulement.population + unit.zonesBlanches.capaciteInsuffisante.population;
const percent = (value: number | null) => (value === null ? "—" : `${formatRate(value)} %`.replace(",00 %", " %"));
const integer = (value: number | null) => (value === null ? "—" : formatInteger(value));

export const CHART_INDICATORS: readonly ChartIndicator[] = [
  { id: "etp-100k", label: "ETP pour 100 000 habitants", unit: "ETP", value: (u) => u.etpPer100k, format: formatRate },
  {
    id: "habitants-zb",
    label: "Part des habitants en zone blanche (3 types)",
    unit: "%",
    value: (u) => (u.total.population > 0 ? (zoneBlanchePopulation(u) * 100) / u.total.population : null),
    format: percent,
  },
  {
    id: "communes-couvertes",
    label: "Part des communes couvertes",
    unit: "%",
    value: (u) => (u.total.communes > 0 ? (u.covered.communes * 100) / u.total.communes : null),
    format: percent,
  },
  { id: "facilitateurs", label: "Facilitateurs (postes)", unit: "postes", value: (u) => u.facilitateurs, format: integer },
];

interface DepartementRegion {
  code: string;
  region: string;
}

export interface ChartUnits {
  /** « par région » or « par département de Bretagne ». */
  caption: string;
  level: "region" | "departement";
  units: UnitIndicators[];
  /** Code of the focused département, drawn stronger. */
  emphasis: string | null;
}

/** Régions nationally; the départements of the focused région, or of the focused département's région. */
export function chartUnits(indicators: Indicators, departements: readonly DepartementRegion[], focus: Focus): ChartUnits {
  if (!focus) return { caption: "par région", level: "region", units: indicators.regions, emphasis: null };
  const region = focus.level === "region" ? focus.code : departements.find((d) => d.code === focus.code)?.region;
  const codes = new Set(departements.filter((d) => d.region === region).map((d) => d.code));
  const regionNom = indicators.regions.find((r) => r.code === region)?.nom ?? "";
  return {
    caption: `par département (${regionNom})`,
    level: "departement",
    units: indicators.departements.filter((d) => codes.has(d.code)),
    emphasis: focus.level === "departement" ? focus.code : null,
  };
}

/** One bar per unit for `indicator`. */
export function indicatorBars(units: ChartUnits, indicator: ChartIndicator): BarDatum[] {
  return units.units.map((unit) => {
    const value = indicator.value(unit);
    return {
      key: unit.code,
      label: units.level === "departement" ? `${unit.code} ${unit.nom}` : unit.nom,
      value,
      valueText: indicator.format(value),
      emphasis: unit.code === units.emphasis,
    };
  });
}

const ZB_LABELS = [
  ["sansFacilitateur", "ZB 1 : aucun facilitateur", 1],
  ["extensionSeulement", "ZB 2 : extension seulement", 2],
  ["capaciteInsuffisante", "ZB 3 : capacité insuffisante", 3],
] as const;

/** The three kinds of zones blanches of `unit`, counted in communes or in habitants. */
export function zoneBlancheBars(unit: UnitIndicators, metric: "communes" | "population"): BarDatum[] {
  return ZB_LABELS.map(([kind, label, value]) => {
    const figure = unit.zonesBlanches[kind][metric];
    return { key: kind, label, value: figure, valueText: formatInteger(figure), colour: LEGENDS["zones-blanches"].find((entry) => entry.value === value)?.colour };
  });
}

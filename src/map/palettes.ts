// Colours of the coloured layers and their legends: colour-blind-safe palettes
// (Okabe & Ito for categories, viridis for the sequential scale).
import type { Colouring } from "../view/vocabulary.ts";

export interface LegendEntry {
  /** Value of the feature-state key this colour stands for. */
  value: number;
  colour: string;
  label: string;
  /** Shown once for consecutive entries that share it, their colours side by side (see `legendRows`). */
  group?: string;
}

/** A line of a legend: one colour and its label, or the colours of a group and the group's label. */
export interface LegendRow {
  key: number;
  colours: string[];
  label: string;
}

/** The lines of a legend: consecutive entries of the same group share one line. */
export function legendRows(entries: readonly LegendEntry[]): LegendRow[] {
  const rows: (LegendRow & { group?: string })[] = [];
  for (const entry of entries) {
    const last = rows[rows.length - 1];
    if (entry.group !== undefined && last?.group === entry.group) last.colours.push(entry.colour);
    else rows.push({ key: entry.value, colours: [entry.colour], label: entry.group ?? entry.label, group: entry.group });
  }
  return rows.map(({ key, colours, label }) => ({ key, colours, label }));
}

/** Neutral fill of communes outside every class (no facilitator for the "facilitateur" layer, etc.). */
export const NEUTRAL = "#e6e6e6";

/** ETP per 100,000 habitants: class limits of the capacity layer. */
export const CAPACITY_LIMITS = [0.25, 0.5, 1, 2] as const;
const CAPACITY_COLOURS = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"] as const;
/** Limits written the French way: « 0,25 ». */
const decimal = (value: number) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }).format(value);
/**
 * Class of `value` among increasing `limits`: 1 below the first, one more from each limit up
 * (d3's scaleThreshold with range 1 … n + 1; written here so that d3-scale stays with the
 * charts, out of the first view's JavaScript).
 */
const classAmong = (limits: readonly number[]) => (value: number) => {
  let k = 0;
  while (k < limits.length && value >= limits[k]!) k++;
  return k + 1;
};

/** Class (1 … 5) of a capacity in ETP per 100,000 habitants; 0 is kept for "no facilitator". */
export const capacityClass = classAmong(CAPACITY_LIMITS);

/** Contracts per commune over the needs' window: class limits of the « besoins » layer (fractions where a postal code is shared). */
export const NEEDS_LIMITS = [5, 20, 100, 500] as const;
/** ColorBrewer BuPu: sequential, colour-blind safe, unlike the zones blanches' colours. */
const NEEDS_COLOURS = ["#bfd3e6", "#9ebcda", "#8c96c6", "#8856a7", "#810f7c"] as const;
/** Class (1 … 5) of a commune's contracts; 0 is kept for « none ». */
const needsClassAbove0 = classAmong(NEEDS_LIMITS);
export const needsClass = (contracts: number) => (contracts <= 0 ? 0 : needsClassAbove0(contracts));
const integer = (value: number) => new Intl.NumberFormat("fr-FR").format(value);

/** Okabe & Ito's eight colours, distinguishable with every common colour-vision deficiency. */
export const CATEGORICAL = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#999999"] as const;

export const LEGENDS: Record<Colouring, LegendEntry[]> = {
  "zones-blanches": [
    { value: 0, colour: "#dfe9dc", label: "Couverte" },
    { value: 1, colour: "#d55e00", label: "Zone blanche 1 : aucun facilitateur" },
    { value: 2, colour: "#f0e442", label: "Zone blanche 2 : extension limitrophe seulement" },
    { value: 3, colour: "#56b4e9", label: "Zone blanche 3 : capacité insuffisante" },
  ],
  couverture: [
    { value: 0, colour: "#fbe3d6", label: "Aucun facilitateur" },
    { value: 1, colour: "#9ecae1", label: "1 facilitateur" },
    { value: 2, colour: "#4292c6", label: "2 facilitateurs" },
    { value: 3, colour: "#08519c", label: "3 facilitateurs ou plus" },
  ],
  capacite: [
    { value: 0, colour: NEUTRAL, label: "Aucun facilitateur" },
    ...CAPACITY_COLOURS.map((colour, k) => ({
      value: k + 1,
      colour,
      label:
        k === 0
          ? `Moins de ${decimal(CAPACITY_LIMITS[0])} ETP`
          : k === CAPACITY_COLOURS.length - 1
            ? `${decimal(CAPACITY_LIMITS[k - 1]!)} ETP ou plus`
            : `De ${decimal(CAPACITY_LIMITS[k - 1]!)} à ${decimal(CAPACITY_LIMITS[k]!)} ETP`,
    })),
  ],
  chevauchements: [
    { value: 0, colour: NEUTRAL, label: "Aucun ou un facilitateur" },
    { value: 1, colour: "#cc79a7", label: "Deux facilitateurs ou plus" },
  ],
  comparaison: [
    { value: 0, colour: NEUTRAL, label: "Inchangée" },
    { value: 1, colour: "#009e73", label: "Gagne une couverture" },
    { value: 2, colour: "#d55e00", label: "Perd sa couverture" },
    { value: 3, colour: "#0072b2", label: "Change de type de zone blanche" },
  ],
  besoins: [
    { value: 0, colour: NEUTRAL, label: "Aucun marché" },
    ...NEEDS_COLOURS.map((colour, k) => ({
      value: k + 1,
      colour,
      label:
        k === 0
          ? `Moins de ${integer(NEEDS_LIMITS[0])} marchés`
          : k === NEEDS_COLOURS.length - 1
            ? `${integer(NEEDS_LIMITS[k - 1]!)} marchés ou plus`
            : `De ${integer(NEEDS_LIMITS[k - 1]!)} à moins de ${integer(NEEDS_LIMITS[k]!)} marchés`,
    })),
  ],
  facilitateur: [
    { value: -1, colour: NEUTRAL, label: "Aucun facilitateur" },
    ...CATEGORICAL.map((colour, k) => ({ value: k, colour, label: `Couleur ${k + 1}`, group: "Un périmètre par couleur ; deux périmètres voisins n'ont jamais la même couleur" })),
  ],
};

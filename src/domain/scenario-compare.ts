/**
 * Comparison of two results computed on the same territory (two scenarios, or a scenario
 * and the situation it was copied from): what happens to each commune, how many communes
 * and habitants each change concerns, and the indicators side by side with differences.
 */
import type { Indicators, UnitIndicators } from "./indicators.ts";
import type { ComputeResult } from "./recompute.ts";
import type { TerritoryIndex } from "./territory-index.ts";
import { COMMUNE_STATUS, type CommuneStatus } from "./zones-blanches.ts";

/**
 * What happens to a commune from scenario A to scenario B, judged on its status:
 * `gagne` a zone blanche (any kind) becomes covered; `perd` a covered commune becomes a
 * zone blanche; `changeDeType` it stays a zone blanche of another kind; `inchange` same
 * status (its facilitators may still differ).
 */
export const COMMUNE_CHANGE = { inchange: 0, gagne: 1, perd: 2, changeDeType: 3 } as const;
export type CommuneChange = (typeof COMMUNE_CHANGE)[keyof typeof COMMUNE_CHANGE];
export type CommuneChangeName = keyof typeof COMMUNE_CHANGE;

export interface ChangeTotals {
  communes: number;
  /** Habitants. */
  population: number;
}

type NumbersOf<T> = { [K in keyof T]: T[K] extends number ? number : T[K] extends number | null ? number | null : NumbersOf<T[K]> };

/** Each number field of the indicators, B minus A; `etpPer100k` is null when either is. */
export type IndicatorDifference = NumbersOf<Omit<UnitIndicators, "level" | "code" | "nom">>;

export interface IndicatorComparison {
  level: UnitIndicators["level"];
  code: string;
  nom: string;
  a: UnitIndicators;
  b: UnitIndicators;
  difference: IndicatorDifference;
}

export interface ScenarioComparison {
  /** A value of `COMMUNE_CHANGE` for each commune. */
  change: Uint8Array;
  /** Status of each commune in A and in B (values of `COMMUNE_STATUS`). */
  from: Uint8Array;
  to: Uint8Array;
  totals: Record<CommuneChangeName, ChangeTotals>;
  /** Communes by status in A (rows) and in B (columns), indexed by `COMMUNE_STATUS` values. */
  transitions: number[][];
  /** INSEE codes of the communes that change, by kind of change, in the reference's order. */
  communes: { gagne: string[]; perd: string[]; changeDeType: { code: string; from: CommuneStatus; to: CommuneStatus }[] };
  indicators: { national: IndicatorComparison; regions: IndicatorComparison[]; departements: IndicatorComparison[] };
}

/** The change of one commune from status `from` to status `to`. */
export function classifyChange(from: number, to: number): CommuneChange {
  if (from === to) return COMMUNE_CHANGE.inchange;
  if (to === COMMUNE_STATUS.couverte) return COMMUNE_CHANGE.gagne;
  if (from === COMMUNE_STATUS.couverte) return COMMUNE_CHANGE.perd;
  return COMMUNE_CHANGE.changeDeType;
}

/** B minus A over every number of two objects of the same shape; null where either side is null. */
function subtract(a: unknown, b: unknown): unknown {
  if (typeof a === "number" && typeof b === "number") return b - a;
  if (a === null || b === null) return null;
  if (typeof a === "object" && typeof b === "object") {
    return Object.fromEntries(Object.keys(a as object).flatMap((key) => {
      const left = (a as Record<string, unknown>)[key];
      const right = (b as Record<string, unknown>)[key];
      return typeof left === "string" ? [] : [[key, subtract(left, right)]];
    }));
  }
  return null;
}

/** Indicators of one unit side by side, with B minus A. */
export function compareUnitIndicators(a: UnitIndicators, b: UnitIndicators): IndicatorComparison {
  return { level: a.level, code: a.code, nom: b.nom || a.nom, a, b, difference: subtract(a, b) as IndicatorDifference };
}

function compareIndicators(a: Indicators, b: Indicators): ScenarioComparison["indicators"] {
  const pair = (left: UnitIndicators[], right: UnitIndicators[]) => {
    const byCode = new Map(right.map((unit) => [unit.code, unit]));
    return left.flatMap((unit) => {
      const other = byCode.get(unit.code);
      return other ? [compareUnitIndicators(unit, other)] : [];
    });
  };
  return {
    national: compareUnitIndicators(a.national, b.national),
    regions: pair(a.regions, b.regions),
    departements: pair(a.departements, b.departements),
  };
}

/** Compares scenario B with scenario A, both computed on `index`. Throws when either was computed on another territory. */
export function compareScenarios(index: TerritoryIndex, a: ComputeResult, b: ComputeResult): ScenarioComparison {
  if (a.status.length !== index.communeCount || b.status.length !== index.communeCount) {
    throw new Error("Les deux scénarios doivent être calculés sur le même référentiel des territoires");
  }
  const change = new Uint8Array(index.communeCount);
  const totals: ScenarioComparison["totals"] = {
    inchange: { communes: 0, population: 0 },
    gagne: { communes: 0, population: 0 },
    perd: { communes: 0, population: 0 },
    changeDeType: { communes: 0, population: 0 },
  };
  const names = Object.keys(COMMUNE_CHANGE) as CommuneChangeName[];
  const statusCount = Object.keys(COMMUNE_STATUS).length;
  const transitions = Array.from({ length: statusCount }, () => new Array<number>(statusCount).fill(0));
  const communes: ScenarioComparison["communes"] = { gagne: [], perd: [], changeDeType: [] };
  for (let c = 0; c < index.communeCount; c++) {
    const from = a.status[c]!;
    const to = b.status[c]!;
    const kind = classifyChange(from, to);
    change[c] = kind;
    const name = names[kind]!;
    totals[name].communes++;
    totals[name].population += index.population[c]!;
    transitions[from]![to]!++;
    const code = index.communeCodes[c]!;
    if (name === "gagne" || name === "perd") communes[name].push(code);
    else if (name === "changeDeType") communes.changeDeType.push({ code, from: from as CommuneStatus, to: to as CommuneStatus });
  }
  return { change, from: a.status, to: b.status, totals, transitions, communes, indicators: compareIndicators(a.indicators, b.indicators) };
}

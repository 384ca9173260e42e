// Read-only views of the needs for the panels, the print page and the map: the figures of
// the focused territory, the call's bilan per région and département, where the State
// buyers are, the State's contracts in zone blanche, a facilitator's share.
import { buyersByCommune, placeStateBuyers, type PlacedBuyer } from "../domain/needs-buyers.ts";
import { communesInZonesBlanches, listContracts, type ListedContract } from "../domain/needs/needs-contracts.ts";
import { MEASURE_COUNT, M } from "../domain/needs/needs-aggregate.ts";
import { toTotals, type NeedsRow, type NeedsTotals } from "../domain/needs/needs-territories.ts";
import type { ComputeResult } from "../domain/recompute.ts";
import { inTerritory, type TableTerritory } from "../domain/territory-tables.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import type { Focus } from "../view/vocabulary.ts";
import type { DerivedNeeds } from "./needs-derived.ts";

/** The needs of the focused région or département, else of France. */
export function needsTotalsOf(index: TerritoryIndex, needs: DerivedNeeds, focus: Focus): NeedsTotals {
  if (!focus) return toTotals(needs.sums.national);
  const at = focus.level === "region" ? index.regionIndex.get(focus.code) : index.departementIndex.get(focus.code);
  if (at === undefined) return toTotals(needs.sums.national);
  return toTotals(focus.level === "region" ? needs.sums.region : needs.sums.departement, at * MEASURE_COUNT);
}

/** The call's bilan: France's régions then départements; a région and its départements; a département. */
export function bilanRows(index: TerritoryIndex, needs: DerivedNeeds, focus: Focus): NeedsRow[] {
  const { regions, departements } = index.reference;
  const regionRow = (r: number): NeedsRow => ({ niveau: "region", code: regions[r]!.code, nom: regions[r]!.nom, besoins: toTotals(needs.sums.region, r * MEASURE_COUNT) });
  const departementRow = (d: number): NeedsRow => ({ niveau: "departement", code: departements[d]!.code, nom: departements[d]!.nom, besoins: toTotals(needs.sums.departement, d * MEASURE_COUNT) });
  const departementIndexes = departements.map((_, d) => d);
  if (!focus) return [...regions.map((_, r) => regionRow(r)), ...departementIndexes.map(departementRow)];
  if (focus.level === "departement") {
    const d = index.departementIndex.get(focus.code);
    return d === undefined ? [] : [departementRow(d)];
  }
  const r = index.regionIndex.get(focus.code);
  if (r === undefined) return [];
  return [regionRow(r), ...departementIndexes.filter((d) => index.regionOfDepartement[d] === r).map(departementRow)];
}

/** What zone blanche 3 is measured on: the needs of the DECP files, or the estimate (State buyers of the project per ETP). */
export const zoneBlanche3Basis = (result: ComputeResult): "besoins" | "estimation" => (result.needs ? "besoins" : "estimation");

const placedBuyers = new WeakMap<DerivedNeeds, PlacedBuyer[]>();
const groupedBuyers = new WeakMap<DerivedNeeds, Map<number, PlacedBuyer[]>>();

/** The State buyers of the DECP files, placed on communes (computed once per needs). */
export function stateBuyersOf(index: TerritoryIndex, needs: DerivedNeeds): PlacedBuyer[] {
  let buyers = placedBuyers.get(needs);
  if (!buyers) placedBuyers.set(needs, (buyers = placeStateBuyers(index, needs.store, needs.aggregate, needs.settings)));
  return buyers;
}

/** The same, by commune index. */
export function stateBuyersByCommune(index: TerritoryIndex, needs: DerivedNeeds): Map<number, PlacedBuyer[]> {
  let groups = groupedBuyers.get(needs);
  if (!groups) groupedBuyers.set(needs, (groups = buyersByCommune(stateBuyersOf(index, needs))));
  return groups;
}

/** The State's contracts of the window done in a commune of a zone blanche (any kind), within `territory`. */
export function stateContractsInZonesBlanches(index: TerritoryIndex, needs: DerivedNeeds, result: ComputeResult, territory: TableTerritory): ListedContract[] {
  const communes = communesInZonesBlanches(result.status);
  if (territory) for (let c = 0; c < communes.length; c++) if (communes[c] && !inTerritory(index, territory, c)) communes[c] = 0;
  return listContracts(index, needs.store, needs.aggregate, needs.settings, { communes, stateOnly: true });
}

/** Contracts per commune of each measure the « besoins » colouring shows, in hundredths. */
export function communeNeedsOf(index: TerritoryIndex, needs: DerivedNeeds): { marches: Float64Array; marchesEtat: Float64Array; sansConsiderationSociale: Float64Array } {
  const pick = (k: number) => {
    const values = new Float64Array(index.communeCount);
    for (let c = 0; c < values.length; c++) values[c] = needs.aggregate.commune[c * MEASURE_COUNT + k]!;
    return values;
  };
  return { marches: pick(M.marches), marchesEtat: pick(M.marchesEtat), sansConsiderationSociale: pick(M.auDessusDesSeuilsSansConsiderationSociale) };
}

/** A facilitator's contracts (shared by ETP) and the same per ETP, or null without measured needs. */
export function facilitatorNeeds(result: ComputeResult, f: number): { marches: number; marchesEtat: number; auDessusDesSeuils: number; marchesParEtp: number; marchesEtatParEtp: number; etp: number } | null {
  const needs = result.needs?.facilitateurs;
  if (!needs || f < 0) return null;
  return {
    marches: needs.contracts.marches[f]!,
    marchesEtat: needs.contracts.marchesEtat[f]!,
    auDessusDesSeuils: needs.contracts.auDessusDesSeuils[f]!,
    marchesParEtp: needs.perEtp.marches[f]!,
    marchesEtatParEtp: needs.perEtp.marchesEtat[f]!,
    etp: result.coverage.effectiveEtp[f]!,
  };
}

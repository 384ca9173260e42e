/**
 * The State buyers of the DECP files, placed on communes for the map and the lists: at the
 * buyer's commune when the file gives it (consolidated tables), else at the commune where
 * most of its counted contracts of the window are done (the JSON files name no buyer's
 * commune). Each with its contracts of the window (anomalies and copies left out).
 */
import { AnomalyCheck } from "./needs/anomalies.ts";
import { NO_DAY, type ContractStore } from "./needs/contract-store.ts";
import { dayNumber } from "./needs/dates.ts";
import { Locator } from "./needs/locate.ts";
import type { NeedsAggregate } from "./needs/needs-aggregate.ts";
import type { NeedsSettings } from "./needs/needs-settings.ts";
import { findCommune, type TerritoryIndex } from "./territory-index.ts";

export interface PlacedBuyer {
  siret: string;
  nom?: string;
  /** Commune index, or -1 when neither the file nor its contracts place it. */
  commune: number;
  /** Where the place comes from: the buyer's commune in the file, or its contracts. */
  placedBy: "fichier" | "marches" | null;
  /** Contracts of the window counted. */
  marches: number;
}

/** The State buyers with at least one contract of the window, placed; in the order the files name them. */
export function placeStateBuyers(index: TerritoryIndex, store: ContractStore, aggregate: NeedsAggregate, settings: NeedsSettings): PlacedBuyer[] {
  const buyers = aggregate.buyers.map((buyer) => {
    const given = buyer.commune === undefined ? -1 : findCommune(index, buyer.commune);
    const placedBy: PlacedBuyer["placedBy"] = given >= 0 ? "fichier" : null;
    return { buyer, commune: given, placedBy: placedBy as PlacedBuyer["placedBy"] };
  });
  const wanted = buyers.map((item) => item.buyer.etat && item.buyer.marches > 0 && item.commune < 0);
  if (aggregate.window && wanted.some(Boolean)) {
    const from = dayNumber(aggregate.window.du)!;
    const to = dayNumber(aggregate.window.au)!;
    const anomalies = new AnomalyCheck(store, settings);
    const locator = new Locator(index);
    /** Hundredths of contracts of buyer b in each commune. */
    const shares = new Map<number, Map<number, number>>();
    for (let slot = 0; slot < store.size; slot++) {
      const b = store.buyer[slot]!;
      const day = store.notification[slot]!;
      if (!wanted[b] || day === NO_DAY || day < from || day > to || anomalies.reasonOf(slot) !== undefined) continue;
      const place = store.places[store.place[slot]!]!;
      const placement = locator.locate(place.code, place.type);
      if (placement.level !== "commune") continue;
      let byCommune = shares.get(b);
      if (!byCommune) shares.set(b, (byCommune = new Map()));
      placement.communes.forEach((c, k) => byCommune.set(c, (byCommune.get(c) ?? 0) + placement.hundredths[k]!));
    }
    for (const [b, byCommune] of shares) {
      let best = -1;
      let most = 0;
      for (const [c, hundredths] of byCommune) if (hundredths > most || (hundredths === most && c < best)) [best, most] = [c, hundredths];
      buyers[b]!.commune = best;
      buyers[b]!.placedBy = best >= 0 ? "marches" : null;
    }
  }
  return buyers
    .filter((item) => item.buyer.etat && item.buyer.marches > 0)
    .map(({ buyer, commune, placedBy }) => ({ siret: buyer.siret, ...(buyer.nom !== undefined && { nom: buyer.nom }), commune, placedBy, marches: buyer.marches }));
}

/** The placed buyers by commune index (those placed nowhere left out), most contracts first. */
export function buyersByCommune(buyers: readonly PlacedBuyer[]): Map<number, PlacedBuyer[]> {
  const groups = new Map<number, PlacedBuyer[]>();
  for (const buyer of buyers) {
    if (buyer.commune < 0) continue;
    const group = groups.get(buyer.commune);
    if (group) group.push(buyer);
    else groups.set(buyer.commune, [buyer]);
  }
  for (const group of groups.values()) group.sort((a, b) => b.marches - a.marches || (a.siret < b.siret ? -1 : 1));
  return groups;
}

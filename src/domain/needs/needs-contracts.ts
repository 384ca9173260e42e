/**
 * The contracts behind a figure, for lists: those of the window counted (anomalies and
 * copies aside) whose place is in a set of communes — « marchés de l'État en zone
 * blanche » is `listContracts(…, { communes: in zone blanche, stateOnly: true })`. A
 * contract shared between communes (postal code) is listed once, with its share there.
 */
import { NO_DAY, type ContractStore } from "./contract-store.ts";
import { AnomalyCheck } from "./anomalies.ts";
import { stateBuyerTest } from "./classify.ts";
import { dayNumber, isoDate } from "./dates.ts";
import { splitContractKey } from "./decp-record.ts";
import { Locator } from "./locate.ts";
import type { NeedsAggregate } from "./needs-aggregate.ts";
import type { NeedsSettings } from "./needs-settings.ts";
import type { TerritoryIndex } from "../territory-index.ts";
import { COMMUNE_STATUS } from "../zones-blanches.ts";

export interface ListedContract {
  acheteur: string;
  acheteurNom?: string;
  id: string;
  /** € HT. */
  montant: number;
  dateNotification: string;
  etat: boolean;
  social: number;
  /** INSEE codes of the communes it is placed in (several for a shared postal code). */
  communes: string[];
  /** Its share in the selected communes, 0 to 1 (hundredths). */
  part: number;
}

/** Contracts of the aggregate's window placed (at least in part) in `communes` (commune c selected when `communes[c]` is 1). */
export function listContracts(index: TerritoryIndex, store: ContractStore, aggregate: NeedsAggregate, settings: NeedsSettings, options: { communes: Uint8Array; stateOnly?: boolean }): ListedContract[] {
  if (!aggregate.window) return [];
  const from = dayNumber(aggregate.window.du)!;
  const to = dayNumber(aggregate.window.au)!;
  const anomalies = new AnomalyCheck(store, settings);
  const isState = stateBuyerTest(settings);
  const locator = new Locator(index);
  const listed: ListedContract[] = [];
  for (let slot = 0; slot < store.size; slot++) {
    const day = store.notification[slot]!;
    if (day === NO_DAY || day < from || day > to) continue;
    const buyer = store.buyers[store.buyer[slot]!]!;
    const state = isState(buyer.siret);
    if (options.stateOnly && !state) continue;
    const place = store.places[store.place[slot]!]!;
    const placement = locator.locate(place.code, place.type);
    if (placement.level !== "commune") continue;
    let part = 0;
    placement.communes.forEach((c, k) => {
      if (options.communes[c]) part += placement.hundredths[k]!;
    });
    if (part === 0 || anomalies.reasonOf(slot) !== undefined) continue;
    const { acheteurId, id } = splitContractKey(store.keys[slot]!);
    listed.push({
      acheteur: acheteurId,
      ...(buyer.nom !== undefined && { acheteurNom: buyer.nom }),
      id,
      montant: store.montant[slot]!,
      dateNotification: isoDate(day),
      etat: state,
      social: store.social[slot]!,
      communes: [...placement.communes].map((c) => index.communeCodes[c]!),
      part: part / 100,
    });
  }
  return listed;
}

/** 1 for the communes in any kind of zone blanche (`status` from `classifyCommunes`), for `listContracts`. */
export function communesInZonesBlanches(status: Uint8Array): Uint8Array {
  return status.map((s) => (s === COMMUNE_STATUS.couverte ? 0 : 1));
}

/**
 * Needs per territory over a window of notification dates (by default the last 12 months
 * present in the file): contracts, amount HT, State contracts, contracts with a social
 * consideration (by kind), above the European threshold, above it without one.
 *
 * Every contract of the window that is not an anomaly counts once nationally. One located
 * in communes counts there (shared in hundredths when its postal code names several, see
 * locate.ts), and so in their EPCI, département and région; one located only by its
 * département counts in the département and its région, in no commune; one located by its
 * région only in the région; the others are « non localisés » (national total only).
 * Counts are kept in hundredths of a contract and amounts in cents, as integers, so sums
 * are exact (amounts up to 2^53 cents, some 90,000 billion €).
 */
import { apportion, Locator, type Placement } from "./locate.ts";
import { AnomalyCheck } from "./anomalies.ts";
import { stateBuyerTest, thresholdAt, thresholdTable } from "./classify.ts";
import { NO_DAY, type AsideReason, type ContractStore } from "./contract-store.ts";
import { addMonths, dayNumber, isoDate } from "./dates.ts";
import { SOCIAL_BIT } from "./decp-record.ts";
import type { NeedsSettings } from "./needs-settings.ts";
import type { TerritoryIndex } from "../territory-index.ts";

/** The measures, in this order in every array (counts in hundredths of a contract, `montant` in cents). */
export const MEASURES = [
  "marches",
  "montant",
  "marchesEtat",
  "avecConsiderationSociale",
  "clauseSociale",
  "critereSocial",
  "marcheReserve",
  "auDessusDesSeuils",
  "auDessusDesSeuilsSansConsiderationSociale",
  "marchesEtatAuDessusDesSeuilsSansConsiderationSociale",
  "travaux",
] as const;
export type Measure = (typeof MEASURES)[number];
export const MEASURE_COUNT = MEASURES.length;
export const M = Object.fromEntries(MEASURES.map((name, k) => [name, k])) as Record<Measure, number>;

/** A window of notification dates, both ends included (AAAA-MM-JJ). */
export interface NeedsWindow {
  du: string;
  au: string;
}

/** A contract or a copy of one left out of the sums, and why. */
export interface Ecarte {
  acheteur: string;
  id: string;
  fichier: string;
  ligne: number;
  chemin?: string;
  /** AAAA-MM-JJ, when readable. */
  dateNotification: string | null;
  montant: number | null;
  raison: string;
}

export interface BuyerNeeds {
  siret: string;
  nom?: string;
  /** The buyer's commune as the file gives it (consolidated tables). */
  commune?: string;
  etat: boolean;
  /** Contracts of the window counted (anomalies left out). */
  marches: number;
}

export interface NeedsAggregate {
  /** The window used; null when no contract has a usable date. */
  window: NeedsWindow | null;
  /** Measures of commune c at `c * MEASURE_COUNT + k`. */
  commune: Float64Array;
  /** Contracts located by their département only (not in `commune`). */
  departementOnly: Float64Array;
  /** Contracts located by their région only. */
  regionOnly: Float64Array;
  /** Contracts no territory holds. */
  unlocated: Float64Array;
  /** Contracts of the window counted (anomalies and duplicates left out). */
  marches: number;
  nonLocalises: number;
  /** Why contracts are not located, most frequent first. */
  unlocatedReasons: { raison: string; marches: number }[];
  /** Anomalies and set-aside copies of the window (or without a usable date). */
  ecartes: Ecarte[];
  buyers: BuyerNeeds[];
}

export interface AggregateOptions {
  settings: NeedsSettings;
  /** The window; by default the 12 months up to the latest notification of the file. Either end alone: 12 months from or up to it. */
  du?: string;
  au?: string;
}

const ASIDE_REASONS: Record<AsideReason, (etat: number) => string> = {
  doublon: () => "doublon : même SIRET d'acheteur et même identifiant qu'un marché déjà compté",
  "etat-anterieur": (etat) => `état antérieur du marché (${etat === 0 ? "notification initiale" : `modification ${etat}`}) : seul son état actuel est compté`,
};

/** The window from the options, or the 12 months up to the latest usable notification. */
function chooseWindow(store: ContractStore, counted: Uint8Array, options: AggregateOptions): { from: number; to: number } | null {
  const given = (date: string | undefined) => (date === undefined ? undefined : dayNumber(date));
  let to = given(options.au);
  let from = given(options.du);
  if (to === undefined && from !== undefined) to = addMonths(from, 12) - 1;
  if (to === undefined) {
    let latest = NO_DAY;
    for (let slot = 0; slot < store.size; slot++) if (counted[slot]) latest = Math.max(latest, store.notification[slot]!);
    if (latest === NO_DAY) return null;
    to = latest;
  }
  if (from === undefined) from = addMonths(to, -12) + 1;
  return { from, to };
}

/** Adds contract `slot`'s measures (`values`, whole units) to `target` at `offset`, `parts` hundredths of it and `cents` of its amount. */
function addTo(target: Float64Array, offset: number, values: Float64Array, parts: number, cents: number): void {
  target[offset + M.marches]! += parts;
  target[offset + M.montant]! += cents;
  for (let k = 2; k < MEASURE_COUNT; k++) if (values[k]) target[offset + k]! += parts;
}

/** Aggregates the store's contracts over the window on the territory. */
export function aggregateNeeds(index: TerritoryIndex, store: ContractStore, options: AggregateOptions): NeedsAggregate {
  const { settings } = options;
  const anomalies = new AnomalyCheck(store, settings);
  const reasons: (string | undefined)[] = [];
  const counted = new Uint8Array(store.size);
  for (let slot = 0; slot < store.size; slot++) {
    reasons[slot] = anomalies.reasonOf(slot);
    counted[slot] = reasons[slot] === undefined ? 1 : 0;
  }
  const window = chooseWindow(store, counted, options);
  const inWindow = (slot: number) => window !== null && store.notification[slot]! >= window.from && store.notification[slot]! <= window.to;
  const isState = stateBuyerTest(settings);
  const buyerIsState = store.buyers.map((buyer) => isState(buyer.siret));
  const buyerContracts = new Int32Array(store.buyers.length);
  const thresholds = thresholdTable(settings.seuilsEuropeens);
  const locator = new Locator(index);
  const placements: Placement[] = store.places.map((place) => locator.locate(place.code, place.type));
  const commune = new Float64Array(index.communeCount * MEASURE_COUNT);
  const departementOnly = new Float64Array(index.reference.departements.length * MEASURE_COUNT);
  const regionOnly = new Float64Array(index.reference.regions.length * MEASURE_COUNT);
  const unlocated = new Float64Array(MEASURE_COUNT);
  const unlocatedReasons = new Map<string, number>();
  const values = new Float64Array(MEASURE_COUNT);
  let marches = 0;
  for (let slot = 0; slot < store.size; slot++) {
    if (!counted[slot] || !inWindow(slot)) continue;
    marches++;
    buyerContracts[store.buyer[slot]!]!++;
    const state = buyerIsState[store.buyer[slot]!]!;
    const social = store.social[slot]!;
    const works = store.works[slot] === 1;
    const above = store.montant[slot]! >= thresholdAt(thresholds, store.notification[slot]!, works, state);
    values[M.marchesEtat] = state ? 1 : 0;
    values[M.avecConsiderationSociale] = social ? 1 : 0;
    values[M.clauseSociale] = social & SOCIAL_BIT.clauseSociale ? 1 : 0;
    values[M.critereSocial] = social & SOCIAL_BIT.critereSocial ? 1 : 0;
    values[M.marcheReserve] = social & SOCIAL_BIT.marcheReserve ? 1 : 0;
    values[M.auDessusDesSeuils] = above ? 1 : 0;
    values[M.auDessusDesSeuilsSansConsiderationSociale] = above && !social ? 1 : 0;
    values[M.marchesEtatAuDessusDesSeuilsSansConsiderationSociale] = state && above && !social ? 1 : 0;
    values[M.travaux] = works ? 1 : 0;
    const cents = Math.round(store.montant[slot]! * 100);
    const placement = placements[store.place[slot]!]!;
    switch (placement.level) {
      case "commune": {
        const { communes, hundredths } = placement;
        const split = communes.length === 1 ? [cents] : apportion(cents, hundredths);
        for (let k = 0; k < communes.length; k++) addTo(commune, communes[k]! * MEASURE_COUNT, values, hundredths[k]!, split[k]!);
        break;
      }
      case "departement":
        addTo(departementOnly, placement.departement * MEASURE_COUNT, values, 100, cents);
        break;
      case "region":
        addTo(regionOnly, placement.region * MEASURE_COUNT, values, 100, cents);
        break;
      case "none":
        addTo(unlocated, 0, values, 100, cents);
        unlocatedReasons.set(placement.reason, (unlocatedReasons.get(placement.reason) ?? 0) + 1);
        break;
    }
  }
  const ecarte = (slot: number, raison: string, at: { file: number; line: number; path?: string }): Ecarte => {
    const key = store.keys[slot]!;
    const bar = key.indexOf("|");
    const identified = store.identified(slot);
    const montant = store.montant[slot]!;
    return {
      acheteur: identified ? key.slice(0, bar) : "",
      id: identified ? key.slice(bar + 1) : "",
      fichier: store.files[at.file] ?? "",
      ligne: at.line,
      ...(at.path !== undefined && { chemin: at.path }),
      dateNotification: store.notification[slot] === NO_DAY ? null : isoDate(store.notification[slot]!),
      montant: Number.isNaN(montant) ? null : montant,
      raison,
    };
  };
  const listed = (slot: number) => store.notification[slot] === NO_DAY || inWindow(slot);
  const ecartes: Ecarte[] = [];
  for (let slot = 0; slot < store.size; slot++) {
    const reason = reasons[slot];
    if (reason !== undefined && listed(slot)) ecartes.push(ecarte(slot, reason, { file: store.file[slot]!, line: store.line[slot]!, ...(store.paths.has(slot) && { path: store.paths.get(slot)! }) }));
  }
  for (const aside of store.asides) {
    if (listed(aside.slot)) ecartes.push(ecarte(aside.slot, ASIDE_REASONS[aside.reason](aside.etat), aside));
  }
  const nonLocalises = [...unlocatedReasons.values()].reduce((sum, count) => sum + count, 0);
  return {
    window: window && { du: isoDate(window.from), au: isoDate(window.to) },
    commune,
    departementOnly,
    regionOnly,
    unlocated,
    marches,
    nonLocalises,
    unlocatedReasons: [...unlocatedReasons].map(([raison, count]) => ({ raison, marches: count })).sort((a, b) => b.marches - a.marches || (a.raison < b.raison ? -1 : 1)),
    ecartes,
    buyers: store.buyers.map((buyer, b) => ({ ...buyer, etat: buyerIsState[b]!, marches: buyerContracts[b]! })),
  };
}


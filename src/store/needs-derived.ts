// The needs derived from the DECP files: the workspace's own, or — for the demonstration,
// whose workspace has none of its own — the demonstration's fictional file (loaded after the
// first view, kept out of the document). The contracts are put in a store once per set of
// files; the aggregate is redone when the choices (window, State buyers, thresholds) or the
// territory change. Nothing is computed before the names, postal codes and former
// codes are there: a contract would be placed wrongly and shown so.
import { contractStoreOf, DEFAULT_NEEDS_CHOICES, needsSettingsOf, windowOf, type NeedsChoices, type NeedsReading } from "../domain/needs-readings.ts";
import type { ContractStore } from "../domain/needs/contract-store.ts";
import { aggregateNeeds, type NeedsAggregate } from "../domain/needs/needs-aggregate.ts";
import type { NeedsSettings } from "../domain/needs/needs-settings.ts";
import { sumNeeds, type NeedsSums } from "../domain/needs/needs-territories.ts";
import type { Project } from "../domain/model.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import type { AppState } from "./app-store.ts";
import { remember } from "./remember.ts";

export interface DerivedNeeds {
  readings: readonly NeedsReading[];
  choices: NeedsChoices;
  settings: NeedsSettings;
  store: ContractStore;
  aggregate: NeedsAggregate;
  /** Sums per département, région, EPCI and France. */
  sums: NeedsSums;
  /** Every file is fictional (the demonstration's). */
  fictif: boolean;
  /** Whose files: the workspace's, or the demonstration's (not in the document). */
  origin: "workspace" | "demo";
}

/** The files and choices in force: the workspace's, else the demonstration's file for a demonstration project. */
export function needsInput(state: AppState, project: Project | null): { readings: readonly NeedsReading[]; choices: NeedsChoices; origin: DerivedNeeds["origin"] } | null {
  const besoins = state.document.workspace?.besoins;
  if (besoins) return { readings: besoins.readings, choices: besoins.choices, origin: "workspace" };
  if (state.demoNeeds && project?.demo) return { readings: state.demoNeeds, choices: DEFAULT_NEEDS_CHOICES, origin: "demo" };
  return null;
}

/** `needs(state)`, memoised per store. */
export function createNeedsDerivation(project: (state: AppState) => Project | null): (state: AppState) => DerivedNeeds | null {
  const storeOf = remember((readings: readonly NeedsReading[]) => contractStoreOf(readings));
  const settingsOf = remember((choices: NeedsChoices) => needsSettingsOf(choices));
  const derive = remember((index: TerritoryIndex, readings: readonly NeedsReading[], choices: NeedsChoices, origin: DerivedNeeds["origin"]): DerivedNeeds => {
    const store = storeOf(readings);
    const settings = settingsOf(choices);
    const aggregate = aggregateNeeds(index, store, { settings, ...windowOf(choices) });
    return { readings, choices, settings, store, aggregate, sums: sumNeeds(index, aggregate), fictif: readings.every((reading) => reading.fictif === true), origin };
  });
  return (state) => {
    const input = needsInput(state, project(state));
    if (!input || input.readings.length === 0 || !state.territory?.complete) return null;
    return derive(state.territory.index, input.readings, input.choices, input.origin);
  };
}

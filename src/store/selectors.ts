// Read-only views of the store for the panels.
import type { Facilitateur, Structure } from "../domain/model.ts";
import type { Indicators, UnitIndicators } from "../domain/indicators.ts";
import type { Focus } from "../view/vocabulary.ts";
import type { CommuneRef } from "../domain/territory-reference.ts";
import { COMMUNE_STATUS_LABELS, type CommuneStatus } from "../domain/zones-blanches.ts";
import { coordinateursOfRegion } from "../domain/coordinateurs.ts";
import { communeTerritories } from "../domain/territory-names.ts";
import type { AppState } from "./app-store.ts";

/** Indicators of the focused région or département, else of France. */
export function selectFocusedIndicators(state: AppState): UnitIndicators | null {
  const indicators = state.derived.result(state)?.indicators;
  return indicators ? focusedIndicators(indicators, state.view.focus) : null;
}

/** The indicators of `focus` (a région or département), else of France. */
export function focusedIndicators(indicators: Indicators, focus: Focus): UnitIndicators {
  if (!focus) return indicators.national;
  const list = focus.level === "region" ? indicators.regions : indicators.departements;
  return list.find((unit) => unit.code === focus.code) ?? indicators.national;
}

export interface CoveringFacilitateur {
  facilitateur: Facilitateur;
  structure: Structure | undefined;
  /** Covers the commune through an extension limitrophe only. */
  extension: boolean;
}

export interface CommuneDetails {
  commune: CommuneRef;
  status: CommuneStatus;
  facilitateurs: CoveringFacilitateur[];
  /** Coordinateurs régionaux en poste of the commune's région. */
  coordinateurs: Facilitateur[];
  departementNom: string;
  regionNom: string;
}

export const STATUS_LABELS: Record<CommuneStatus, string> = COMMUNE_STATUS_LABELS;

/** Who covers a commune, and who coordinates its région. */
export function selectCommuneDetails(state: AppState, code: string): CommuneDetails | null {
  const { territory } = state;
  const project = state.derived.project(state);
  const result = state.derived.result(state);
  if (!territory || !project || !result) return null;
  const { index } = territory;
  const c = index.communeIndex.get(code);
  if (c === undefined) return null;
  const commune = index.reference.communes[c]!;
  const structures = new Map(project.structures.map((s) => [s.id, s]));
  const { offsets, facilitateurs, homeCount } = result.coverage;
  const covering: CoveringFacilitateur[] = [];
  for (let k = offsets[c]!; k < offsets[c + 1]!; k++) {
    const facilitateur = project.facilitateurs[facilitateurs[k]!]!;
    // Home coverers come first, then extension-only ones (see Coverage.offsets).
    covering.push({ facilitateur, structure: structures.get(facilitateur.structure), extension: k - offsets[c]! >= homeCount[c]! });
  }
  const names = communeTerritories(index, c);
  return {
    commune,
    status: result.status[c] as CommuneStatus,
    facilitateurs: covering,
    coordinateurs: coordinateursOfRegion(project, commune.region),
    departementNom: names.departement,
    regionNom: names.region,
  };
}

/**
 * Zones blanches, the three kinds of the call for projects, as one status per commune
 * (the first that applies):
 * 1. sans facilitateur: no facilitator covers the commune;
 * 2. extension seulement: covered only through a neighbour's *extension limitrophe*;
 * 3. capacité insuffisante: covered by facilitators of its own territory, but they bring
 *    fewer ETP per 100,000 habitants than the threshold, or serve more acheteurs de l'État
 *    per ETP than the threshold (see `Seuils`). When needs are measured (DECP loaded), the
 *    State buyer test gives way to measured loads: State contracts, and contracts above
 *    the European thresholds, per ETP (see `MeasuredLoad`, needs/needs-capacity.ts).
 */
import { shareOfEtp, type Coverage } from "./coverage.ts";
import type { Seuils } from "./model.ts";
import type { SeuilsBesoins } from "./needs/needs-settings.ts";
import type { PerimeterSet } from "./perimeter.ts";
import type { TerritoryIndex } from "./territory-index.ts";

export const COMMUNE_STATUS = { couverte: 0, sansFacilitateur: 1, extensionSeulement: 2, capaciteInsuffisante: 3 } as const;
export type CommuneStatus = (typeof COMMUNE_STATUS)[keyof typeof COMMUNE_STATUS];
export type ZoneBlancheKind = Exclude<keyof typeof COMMUNE_STATUS, "couverte">;

/** The status of a commune in French, as lists, cards and exported tables write it. */
export const COMMUNE_STATUS_LABELS: Record<CommuneStatus, string> = {
  [COMMUNE_STATUS.couverte]: "Couverte",
  [COMMUNE_STATUS.sansFacilitateur]: "Zone blanche : aucun facilitateur",
  [COMMUNE_STATUS.extensionSeulement]: "Zone blanche : couverte seulement par extension limitrophe",
  [COMMUNE_STATUS.capaciteInsuffisante]: "Zone blanche : capacité insuffisante",
};
export const ZONE_BLANCHE_KINDS: readonly ZoneBlancheKind[] = ["sansFacilitateur", "extensionSeulement", "capaciteInsuffisante"];

export interface BuyerLoad {
  /**
   * Acheteurs de l'État per ETP of facilitator f: each buyer is shared among the
   * facilitators of its commune in proportion to the ETP they bring there. 0 without ETP.
   */
  perFacilitateur: Float64Array;
  /** Acheteurs per ETP seen by commune c: its facilitators' loads, weighted by the ETP each brings to c. */
  perCommune: Float64Array;
}

/** Load of State buyers on facilitators; `acheteurCommunes[b]` is buyer b's commune index or -1. */
export function computeBuyerLoad(index: TerritoryIndex, coverage: Coverage, perimeters: PerimeterSet, acheteurCommunes: Int32Array): BuyerLoad {
  const { offsets, facilitateurs, capacityEtp, effectiveEtp } = coverage;
  const buyers = new Float64Array(effectiveEtp.length);
  for (const c of acheteurCommunes) {
    if (c < 0 || capacityEtp[c]! === 0) continue;
    for (let k = offsets[c]!; k < offsets[c + 1]!; k++) {
      const f = facilitateurs[k]!;
      const etp = effectiveEtp[f]!;
      if (etp > 0) buyers[f]! += shareOfEtp(index, perimeters, etp, f, c) / capacityEtp[c]!;
    }
  }
  const perFacilitateur = buyers.map((load, f) => (effectiveEtp[f]! > 0 ? load / effectiveEtp[f]! : 0));
  const weighted = new Float64Array(index.communeCount);
  for (let f = 0; f < effectiveEtp.length; f++) {
    const etp = effectiveEtp[f]!;
    if (etp === 0 || perFacilitateur[f] === 0) continue;
    for (let k = perimeters.offsets[f]!; k < perimeters.offsets[f + 1]!; k++) {
      const c = perimeters.communes[k]!;
      weighted[c]! += shareOfEtp(index, perimeters, etp, f, c) * perFacilitateur[f]!;
    }
  }
  const perCommune = weighted.map((sum, c) => (capacityEtp[c]! > 0 ? sum / capacityEtp[c]! : 0));
  return { perFacilitateur, perCommune };
}

/** Needs measured from public procurement data, as each commune's facilitators carry them (needs/needs-capacity.ts). */
export interface MeasuredLoad {
  /** State contracts per ETP seen by commune c. */
  marchesEtatParEtp: Float64Array;
  /** Contracts above the European thresholds per ETP seen by commune c. */
  marchesAuDessusDesSeuilsParEtp: Float64Array;
  seuils: SeuilsBesoins;
}

/**
 * The status of every commune (values of `COMMUNE_STATUS`). With `measured`, capacity is
 * short when ETP per 100,000 habitants is under its threshold or a measured load is over
 * its own; without it, the State buyers per ETP proxy decides as before.
 */
export function classifyCommunes(coverage: Coverage, load: BuyerLoad, seuils: Seuils, measured?: MeasuredLoad): Uint8Array {
  const { homeCount, extensionCount, etpPer100k } = coverage;
  const status = new Uint8Array(homeCount.length);
  const overloaded = measured
    ? (c: number) => measured.marchesEtatParEtp[c]! > measured.seuils.marchesEtatParEtp || measured.marchesAuDessusDesSeuilsParEtp[c]! > measured.seuils.marchesAuDessusDesSeuilsParEtp
    : (c: number) => load.perCommune[c]! > seuils.acheteursParEtp;
  for (let c = 0; c < status.length; c++) {
    if (homeCount[c]! > 0) {
      const short = etpPer100k[c]! < seuils.etpPour100000Habitants || overloaded(c);
      status[c] = short ? COMMUNE_STATUS.capaciteInsuffisante : COMMUNE_STATUS.couverte;
    } else {
      status[c] = extensionCount[c]! > 0 ? COMMUNE_STATUS.extensionSeulement : COMMUNE_STATUS.sansFacilitateur;
    }
  }
  return status;
}

/**
 * One entry point that derives everything from the document: perimeters, coverage,
 * overlaps, zones blanches, indicators, grands projets. Cheap enough (a few ms for all of
 * France) to run after every edit; nothing derived is ever stored.
 */
import { computeCoverage, type Coverage } from "./coverage.ts";
import { summarizeGrandsProjets, type GrandProjetSummary } from "./grand-projet-summary.ts";
import { computeIndicators, type Indicators } from "./indicators.ts";
import { resolveSeuils, type Project, type Seuils } from "./model.ts";
import { computeOverlaps, type Overlaps } from "./overlaps.ts";
import { expandPerimeters, type PerimeterSet } from "./perimeter.ts";
import type { SpatialLinks } from "./spatial-links.ts";
import type { TerritoryIndex } from "./territory-index.ts";
import { classifyCommunes, computeBuyerLoad, type BuyerLoad, type MeasuredLoad } from "./zones-blanches.ts";
import type { NeedsAggregate } from "./needs/needs-aggregate.ts";
import { measuredLoad, needsPerFacilitateur, type FacilitatorNeeds } from "./needs/needs-capacity.ts";
import type { SeuilsBesoins } from "./needs/needs-settings.ts";

export interface ComputeOptions {
  /** Acheteurs and grands projets placed on communes (`linkProjectToCommunes`), for this project. */
  links: SpatialLinks;
  /** Thresholds of the third kind of zone blanche; by default the project's, else `DEFAULT_SEUILS`. */
  seuils?: Seuils;
  /** Needs measured from DECP files: zone blanche 3 then uses them instead of the State buyer proxy. */
  needs?: { aggregate: NeedsAggregate; seuils: SeuilsBesoins };
}

/** What measured needs add to a result. */
export interface NeedsResult {
  facilitateurs: FacilitatorNeeds;
  load: MeasuredLoad;
}

export interface ComputeResult {
  seuils: Seuils;
  /** Facilitator f's perimeter is perimeter f (project order). */
  perimeters: PerimeterSet;
  coverage: Coverage;
  overlaps: Overlaps;
  buyerLoad: BuyerLoad;
  /** Status of each commune, a value of `COMMUNE_STATUS`. */
  status: Uint8Array;
  indicators: Indicators;
  grandsProjets: GrandProjetSummary[];
  /** Codes of the régions without a coordinateur régional en poste (« régions non dotées »). */
  regionsSansCoordinateur: string[];
  /** Present only when needs were given (`ComputeOptions.needs`). */
  needs?: NeedsResult;
}

/** Derives everything from a validated project. Throws when `links` belongs to another version of the project. */
export function computeAll(index: TerritoryIndex, project: Project, options: ComputeOptions): ComputeResult {
  const { links } = options;
  if (links.acheteurCommunes.length !== project.acheteurs.length || links.grandProjetCommunes.length !== project.grandsProjets.length) {
    throw new Error("Liens spatiaux périmés : relancez linkProjectToCommunes après avoir modifié les acheteurs ou les grands projets");
  }
  const seuils = options.seuils ?? resolveSeuils(project);
  const perimeters = expandPerimeters(index, project.facilitateurs.map((f) => f.perimetre));
  const coverage = computeCoverage(index, project.facilitateurs, perimeters);
  const overlaps = computeOverlaps(index, coverage, project.facilitateurs.length);
  const buyerLoad = computeBuyerLoad(index, coverage, perimeters, links.acheteurCommunes);
  let needs: NeedsResult | undefined;
  if (options.needs) {
    const facilitateurs = needsPerFacilitateur(index, coverage, options.needs.aggregate, perimeters);
    needs = { facilitateurs, load: measuredLoad(index, coverage, perimeters, facilitateurs, options.needs.seuils) };
  }
  const status = classifyCommunes(coverage, buyerLoad, seuils, needs?.load);
  const indicators = computeIndicators(index, project, { perimeters, coverage, status, acheteurCommunes: links.acheteurCommunes });
  return {
    seuils,
    perimeters,
    coverage,
    overlaps,
    buyerLoad,
    status,
    indicators,
    grandsProjets: summarizeGrandsProjets(index, project.grandsProjets, links.grandProjetCommunes, coverage),
    regionsSansCoordinateur: indicators.regions.filter((region) => region.coordinateurs === 0).map((region) => region.code),
    ...(needs && { needs }),
  };
}

// What the public page shows, derived from the public edition of a project: the card of a
// commune (who covers it, whom to contact) and the listing by région and département.
// Plain functions over the domain's results, no React.
import { coordinateursOfRegion } from "../domain/coordinateurs.ts";
import { linkProjectByCodes } from "../domain/code-links.ts";
import type { Facilitateur, Project, Structure, Zone } from "../domain/model.ts";
import { communesOfZone } from "../domain/perimeter.ts";
import { regionalStateService } from "../domain/public-project.ts";
import { computeAll, type ComputeResult } from "../domain/recompute.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { territoryByCode } from "../domain/territory-names.ts";
import type { CommuneRef, DepartementRef, RegionRef } from "../domain/territory-reference.ts";
import { COMMUNE_STATUS } from "../domain/zones-blanches.ts";

export interface PublicData {
  index: TerritoryIndex;
  /** The public edition of the project (public contacts only). */
  project: Project;
  result: ComputeResult;
  structures: ReadonlyMap<string, Structure>;
  /** False while the index comes from the first-view reference (no commune names nor postal codes). */
  complete: boolean;
}

/** Coverage and zones blanches of a public project; acheteurs and grands projets are placed by code only (there are none in a public edition). */
export function computePublicData(index: TerritoryIndex, project: Project, complete: boolean): PublicData {
  const result = computeAll(index, project, { links: linkProjectByCodes(index, project) });
  return { index, project, result, structures: new Map(project.structures.map((s) => [s.id, s])), complete };
}

/** « Saint-Denis (93) », « Saint-Denis (974) »: the département code tells namesakes apart. */
export const communeLabel = (commune: Pick<CommuneRef, "nom" | "code" | "departement">) => `${commune.nom || commune.code} (${commune.departement})`;

export interface PublicPost {
  facilitateur: Facilitateur;
  structure: Structure | undefined;
  /** Covers the commune only through an extension limitrophe. */
  extension: boolean;
}

/**
 * How the public reads coverage: « couverte » (a facilitator of its own territory, whatever
 * its capacity, which a public edition cannot know), « extension » (only a neighbour's
 * facilitator through an extension limitrophe), « zone-blanche » (nobody).
 */
export type PublicCoverage = "couverte" | "extension" | "zone-blanche";

export interface CommuneCard {
  commune: CommuneRef;
  departement: DepartementRef;
  region: RegionRef;
  coverage: PublicCoverage;
  facilitateurs: PublicPost[];
  /** Coordinateurs régionaux en poste of the commune's région. */
  coordinateurs: PublicPost[];
  /** Whom to contact when the région has no coordinateur, e.g. « la DREETS de la région Bretagne ». */
  regionalService: string;
}

/** Coordinateurs régionaux en poste whose perimeter names région `code`. */
function coordinateursOf(data: PublicData, code: string): PublicPost[] {
  return coordinateursOfRegion(data.project, code).map((facilitateur) => ({ facilitateur, structure: data.structures.get(facilitateur.structure), extension: false }));
}

/** Who covers commune `c` and whom to contact. */
export function describeCommune(data: PublicData, c: number): CommuneCard {
  const { index, result, project } = data;
  const commune = index.reference.communes[c]!;
  const departement = index.reference.departements[index.departementOf[c]!]!;
  const region = index.reference.regions[index.regionOf[c]!]!;
  const { offsets, facilitateurs, homeCount } = result.coverage;
  const posts: PublicPost[] = [];
  for (let k = offsets[c]!; k < offsets[c + 1]!; k++) {
    const facilitateur = project.facilitateurs[facilitateurs[k]!]!;
    // Home coverers come first, then extension-only ones (see Coverage.offsets).
    posts.push({ facilitateur, structure: data.structures.get(facilitateur.structure), extension: k - offsets[c]! >= homeCount[c]! });
  }
  const status = result.status[c];
  const coverage: PublicCoverage = status === COMMUNE_STATUS.sansFacilitateur ? "zone-blanche" : status === COMMUNE_STATUS.extensionSeulement ? "extension" : "couverte";
  return { commune, departement, region, coverage, facilitateurs: posts, coordinateurs: coordinateursOf(data, region.code), regionalService: regionalStateService(region) };
}

export interface ZoneLabel {
  text: string;
  extension: boolean;
}

/** « Communauté d'agglomération du Grand Dijon », « commune de Beaune », « département de la Côte-d'Or (tout le département) ». */
export function zoneLabel(index: TerritoryIndex, zone: Zone): ZoneLabel {
  const extension = zone.extension === true;
  switch (zone.niveau) {
    case "commune": {
      const commune = index.reference.communes[index.communeIndex.get(zone.code) ?? -1];
      return { text: commune ? `commune de ${communeLabel(commune)}` : `commune ${zone.code}`, extension };
    }
    case "epci": {
      const epci = territoryByCode(index, "epci", zone.code);
      return { text: epci ? epci.nom : `EPCI ${zone.code}`, extension };
    }
    case "departement": {
      const departement = territoryByCode(index, "departement", zone.code);
      return { text: departement ? `tout le département : ${departement.nom} (${zone.code})` : `département ${zone.code}`, extension };
    }
    case "region": {
      const region = territoryByCode(index, "region", zone.code);
      return { text: region ? `toute la région : ${region.nom}` : `région ${zone.code}`, extension };
    }
  }
}

export interface DepartementListing {
  departement: DepartementRef;
  /** Facilitators with at least one commune of the département in their perimeter. */
  posts: { post: PublicPost; zones: ZoneLabel[]; communes: number }[];
  communes: number;
  /** Communes without any facilitator (zone blanche), and those reached only by an extension. */
  zoneBlanche: number;
  extensionOnly: number;
}

export interface RegionListing {
  region: RegionRef;
  coordinateurs: PublicPost[];
  regionalService: string;
  departements: DepartementListing[];
}

/** Every région (by name), its départements (by code) and the facilitators working there. */
export function listByTerritory(data: PublicData): RegionListing[] {
  const { index, project, result } = data;
  const departementCount = index.reference.departements.length;
  // posts[d]: facilitator → communes of département d in its perimeter.
  const posts = Array.from({ length: departementCount }, () => new Map<number, number>());
  const { offsets, communes } = result.perimeters;
  project.facilitateurs.forEach((facilitateur, f) => {
    if (facilitateur.role !== "facilitateur") return;
    for (let k = offsets[f]!; k < offsets[f + 1]!; k++) {
      const byFacilitateur = posts[index.departementOf[communes[k]!]!]!;
      byFacilitateur.set(f, (byFacilitateur.get(f) ?? 0) + 1);
    }
  });
  const listings = index.reference.departements.map((departement, d): DepartementListing => {
    const members = index.communesOfDepartement[d]!;
    let zoneBlanche = 0;
    let extensionOnly = 0;
    for (const c of members) {
      if (result.status[c] === COMMUNE_STATUS.sansFacilitateur) zoneBlanche++;
      else if (result.status[c] === COMMUNE_STATUS.extensionSeulement) extensionOnly++;
    }
    const entries = [...posts[d]!].map(([f, count]) => {
      const facilitateur = project.facilitateurs[f]!;
      const zones = facilitateur.perimetre.filter((zone) => zoneTouches(index, zone, d)).map((zone) => zoneLabel(index, zone));
      // A post is listed as extension when all it reaches here is through extensions.
      const home = facilitateur.perimetre.some((zone) => !zone.extension && zoneTouches(index, zone, d));
      return { post: { facilitateur, structure: data.structures.get(facilitateur.structure), extension: !home }, zones, communes: count };
    });
    entries.sort((a, b) => Number(a.post.extension) - Number(b.post.extension) || a.post.facilitateur.nom.localeCompare(b.post.facilitateur.nom, "fr"));
    return { departement, posts: entries, communes: members.length, zoneBlanche, extensionOnly };
  });
  return [...index.reference.regions]
    .sort((a, b) => a.nom.localeCompare(b.nom, "fr"))
    .map((region) => ({
      region,
      coordinateurs: coordinateursOf(data, region.code),
      regionalService: regionalStateService(region),
      departements: listings.filter((listing) => listing.departement.region === region.code),
    }));
}

/** Whether some commune of `zone` lies in département `d`. */
function zoneTouches(index: TerritoryIndex, zone: Zone, d: number): boolean {
  const members = communesOfZone(index, zone.niveau, zone.code);
  if (!members) return false;
  for (let k = 0; k < members.length; k++) if (index.departementOf[members[k]!] === d) return true;
  return false;
}

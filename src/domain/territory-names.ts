/**
 * Names of communes, EPCI, départements and régions as the interface writes them, from
 * the territory index. The first-view reference has codes but no commune names: a commune
 * without a name is written by its code.
 */
import type { ZoneLevel } from "./model.ts";
import { communesOfZone } from "./perimeter.ts";
import { findCommune, type TerritoryIndex } from "./territory-index.ts";
import type { CommuneRef, DepartementRef, EpciRef, RegionRef } from "./territory-reference.ts";

/** The reference record of a commune by INSEE code (former codes followed), or undefined. */
export function communeByCode(index: TerritoryIndex, code: string): CommuneRef | undefined {
  const c = findCommune(index, code);
  return c >= 0 ? index.reference.communes[c] : undefined;
}

/** The reference record of an EPCI, département or région by code, or undefined. */
export function territoryByCode(index: TerritoryIndex, niveau: Exclude<ZoneLevel, "commune">, code: string): EpciRef | DepartementRef | RegionRef | undefined {
  switch (niveau) {
    case "epci":
      return index.reference.epci[index.epciIndex.get(code) ?? -1];
    case "departement":
      return index.reference.departements[index.departementIndex.get(code) ?? -1];
    case "region":
      return index.reference.regions[index.regionIndex.get(code) ?? -1];
  }
}

/** « Lille (59350) », or the code alone while names are not loaded. */
export function communeLabel(commune: Pick<CommuneRef, "code" | "nom">): string {
  return commune.nom ? `${commune.nom} (${commune.code})` : commune.code;
}

/** A zone by its name when the reference has one (the first-view reference has no commune names), else its code. */
export function zoneName(index: TerritoryIndex, niveau: ZoneLevel, code: string): string {
  if (niveau === "commune") {
    const commune = communeByCode(index, code);
    return commune?.nom ? `${commune.nom} (${code})` : code;
  }
  if (!communesOfZone(index, niveau, code)) return code;
  const nom = territoryByCode(index, niveau, code)?.nom;
  return niveau === "departement" ? `${nom || code} (${code})` : nom || code;
}

/** « la commune X », « l'EPCI X », « le département X », « la région X ». */
export function zoneWithArticle(index: TerritoryIndex, niveau: ZoneLevel, code: string): string {
  const nom = zoneName(index, niveau, code);
  return { commune: `la commune ${nom}`, epci: `l'EPCI ${nom}`, departement: `le département ${nom}`, region: `la région ${nom}` }[niveau];
}

/** Name of a région or département (« Auvergne-Rhône-Alpes », « Côte-d'Or »), else its code. */
export function territoryName(index: TerritoryIndex, niveau: "region" | "departement", code: string): string {
  return territoryByCode(index, niveau, code)?.nom || code;
}

/** Names of commune c's département and région, for details and tables. */
export function communeTerritories(index: TerritoryIndex, c: number): { departement: string; region: string; epci: string | null } {
  const commune = index.reference.communes[c]!;
  const e = index.epciOf[c]!;
  return {
    departement: index.reference.departements[index.departementOf[c]!]?.nom ?? commune.departement,
    region: index.reference.regions[index.regionOf[c]!]?.nom ?? commune.region,
    epci: e >= 0 ? (index.reference.epci[e]?.nom ?? null) : null,
  };
}

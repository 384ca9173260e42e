/**
 * Reference data on today's territories, written by the geometry build
 * (`npm run geo` → `public/geo/reference.json`) from the official COG and the
 * Admin Express polygons. Everything the domain needs to expand perimeters and
 * weigh them: membership, population (habitants) and area (km²).
 */

import type { MigrationReason } from "./cog-migration.ts";

export const REFERENCE_SCHEMA = "carto-clause-sociale/reference@1";

export interface CommuneRef {
  /** INSEE code of today's commune (e.g. "01001", "2A004", "97101"). */
  code: string;
  nom: string;
  departement: string;
  region: string;
  /** SIREN of the EPCI à fiscalité propre the commune belongs to, or null (4 island communes). */
  epci: string | null;
  /** Population municipale (habitants), COG of the build. */
  population: number;
  /** Area on the WGS84 ellipsoid from the unsimplified source polygons, km²; 0 without geometry. */
  areaKm2: number;
  codesPostaux: string[];
  /** False for the few communes re-created since 2018, whose ground lies in another commune's polygon. */
  geometry: boolean;
}

export interface EpciRef {
  /** SIREN. */
  code: string;
  nom: string;
  /** CC, CA, CU, METRO, MET69. */
  type: string;
  /** Member communes' INSEE codes, sorted. */
  communes: string[];
}

export interface DepartementRef {
  code: string;
  nom: string;
  region: string;
  /** INSEE code of the commune seat of the préfecture. */
  chefLieu: string;
}

export interface RegionRef {
  code: string;
  nom: string;
  /** INSEE code of the commune seat of the préfecture de région. */
  chefLieu: string;
}

export interface FormerCodeRef {
  to: string;
  reason: Exclude<MigrationReason, "same-code">;
}

export interface ReferenceData {
  schema: typeof REFERENCE_SCHEMA;
  /** Where the codes come from, e.g. "@etalab/decoupage-administratif 6.0.0". */
  cog: string;
  /** Every current commune of metropolitan France and the five DROM, sorted by code. */
  communes: CommuneRef[];
  epci: EpciRef[];
  departements: DepartementRef[];
  regions: RegionRef[];
  /** Former commune codes (déléguées, associées, absorbed) → today's commune. */
  formerCodes: Record<string, FormerCodeRef>;
}

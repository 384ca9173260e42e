// Today's official COG from @etalab/decoupage-administratif (pinned in package.json).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { CogCommuneRecord } from "../../src/domain/cog-migration.ts";

const require = createRequire(import.meta.url);

export interface CogCommune extends CogCommuneRecord {
  zone: "metro" | "drom" | "com";
  departement: string;
  region: string;
  population?: number;
  codesPostaux?: string[];
}
export interface CogEpci {
  code: string;
  nom: string;
  type: string;
  membres: { code: string }[];
}
export interface CogDepartement { code: string; nom: string; region: string; chefLieu: string; zone: string }
export interface CogRegion { code: string; nom: string; chefLieu: string; zone: string }

export interface Cog {
  label: string;
  communes: CogCommune[];
  epci: CogEpci[];
  departements: CogDepartement[];
  regions: CogRegion[];
}

export function loadCog(): Cog {
  const base = "@etalab/decoupage-administratif";
  const pkg = JSON.parse(readFileSync(require.resolve(`${base}/package.json`), "utf8")) as { version: string };
  return {
    label: `${base} ${pkg.version}`,
    communes: require(`${base}/data/communes.json`) as CogCommune[],
    epci: require(`${base}/data/epci.json`) as CogEpci[],
    departements: require(`${base}/data/departements.json`) as CogDepartement[],
    regions: require(`${base}/data/regions.json`) as CogRegion[],
  };
}

// Maps every 2018 polygon to today's commune and measures today's communes' areas.
import { createCodeMigrator, type CodeMigration } from "../../src/domain/cog-migration.ts";
import { geometryAreaKm2 } from "../../src/domain/ellipsoid-area.ts";
import type { Cog, CogCommune } from "./cog.ts";
import type { SourcePolygon } from "./read-source.ts";

export interface SourceMapping {
  /** Today's communes of metropolitan France and the DROM, sorted by code. */
  communes: CogCommune[];
  /** Today's communes of the collectivités d'outre-mer, which Admin Express does not cover. */
  outOfScope: CogCommune[];
  /** One entry per 2018 polygon, in source order. */
  mappings: CodeMigration[];
  /** Today's commune code → indices of its 2018 polygons. */
  sourcesByCommune: Map<string, number[]>;
  /** Today's commune code → area on the ellipsoid from the unquantized source, km². */
  areaByCommune: Map<string, number>;
}

export const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Throws, naming the codes, when a polygon maps to no current commune of the scope. */
export function mapSourcesToCommunes(polygons: readonly SourcePolygon[], cog: Cog): SourceMapping {
  const inScope = (c: CogCommune) => c.zone === "metro" || c.zone === "drom";
  const current = cog.communes.filter((c) => c.type === "commune-actuelle");
  const communes = current.filter(inScope).sort(byCode);
  const inScopeCodes = new Set(communes.map((c) => c.code));
  const migrator = createCodeMigrator(cog.communes);

  const mappings: CodeMigration[] = [];
  const unmapped: string[] = [];
  const sourcesByCommune = new Map<string, number[]>();
  polygons.forEach((polygon, index) => {
    const mapping = migrator.migrate(polygon.code);
    if (!mapping || !inScopeCodes.has(mapping.to)) return void unmapped.push(polygon.code);
    mappings.push(mapping);
    const list = sourcesByCommune.get(mapping.to) ?? [];
    list.push(index);
    sourcesByCommune.set(mapping.to, list);
  });
  if (unmapped.length > 0) {
    throw new Error(`${unmapped.length} polygone(s) de 2018 sans commune actuelle correspondante : ${unmapped.join(", ")}`);
  }

  const areaByCommune = new Map<string, number>();
  for (const [code, indices] of sourcesByCommune) {
    areaByCommune.set(code, indices.reduce((sum, index) => sum + geometryAreaKm2(polygons[index]!.geometry), 0));
  }
  return { communes, outOfScope: current.filter((c) => !inScope(c)).sort(byCode), mappings, sourcesByCommune, areaByCommune };
}

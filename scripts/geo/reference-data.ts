// reference.json: today's territories as the domain reads them (src/domain/territory-reference.ts).
import { createCodeMigrator } from "../../src/domain/cog-migration.ts";
import { REFERENCE_SCHEMA, type FormerCodeRef, type ReferenceData } from "../../src/domain/territory-reference.ts";
import type { Cog } from "./cog.ts";
import { roundArea, type Layers } from "./layers.ts";
import type { SourceMapping } from "./map-sources.ts";

export function buildReferenceData(cog: Cog, mapping: SourceMapping, layers: Layers): ReferenceData {
  const inScope = new Set(mapping.communes.map((c) => c.code));
  const migrator = createCodeMigrator(cog.communes);
  const formerCodes: Record<string, FormerCodeRef> = {};
  const candidates = new Set(cog.communes.flatMap((c) => [c.code, ...(c.anciensCodes ?? [])]));
  for (const code of [...candidates].sort()) {
    const migration = migrator.migrate(code);
    if (migration && migration.reason !== "same-code" && inScope.has(migration.to)) {
      formerCodes[code] = { to: migration.to, reason: migration.reason };
    }
  }
  return {
    schema: REFERENCE_SCHEMA,
    cog: cog.label,
    communes: mapping.communes.map((c) => ({
      code: c.code,
      nom: c.nom,
      departement: c.departement,
      region: c.region,
      epci: layers.epciOf.get(c.code) ?? null,
      population: c.population ?? 0,
      areaKm2: roundArea(mapping.areaByCommune.get(c.code) ?? 0),
      codesPostaux: [...(c.codesPostaux ?? [])].sort(),
      geometry: mapping.sourcesByCommune.has(c.code),
    })),
    epci: layers.epci.map((e) => ({
      code: e.code,
      nom: e.nom,
      type: e.type,
      communes: e.membres.map((m) => m.code).filter((code) => inScope.has(code)).sort(),
    })),
    departements: layers.departements.map((d) => ({ code: d.code, nom: d.nom, region: d.region, chefLieu: d.chefLieu })),
    regions: layers.regions.map((r) => ({ code: r.code, nom: r.nom, chefLieu: r.chefLieu })),
    formerCodes,
  };
}

// The four layers of the topology, each unit listing the 2018 polygons it is made of.
import type { LayerInput } from "./assemble-topology.ts";
import type { Cog, CogCommune, CogDepartement, CogEpci, CogRegion } from "./cog.ts";
import { byCode, type SourceMapping } from "./map-sources.ts";

export interface Layers {
  layers: LayerInput[];
  /** Commune code → SIREN of its EPCI. */
  epciOf: Map<string, string>;
  withGeometry: CogCommune[];
  epci: CogEpci[];
  departements: CogDepartement[];
  regions: CogRegion[];
}

/** Rounds km² to 4 decimals (100 m²): enough for sums, stable across platforms. */
export const roundArea = (km2: number) => Number(km2.toFixed(4));

export function buildLayers(cog: Cog, mapping: SourceMapping): Layers {
  const { sourcesByCommune, areaByCommune } = mapping;
  const epciOf = new Map<string, string>();
  for (const epci of cog.epci) for (const member of epci.membres) epciOf.set(member.code, epci.code);

  const withGeometry = mapping.communes.filter((c) => sourcesByCommune.has(c.code));
  const groupBy = (key: (c: CogCommune) => string | undefined) => {
    const groups = new Map<string, number[]>();
    for (const commune of withGeometry) {
      const k = key(commune);
      if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), ...sourcesByCommune.get(commune.code)!]);
    }
    for (const list of groups.values()) list.sort((a, b) => a - b);
    return groups;
  };
  const sourcesByEpci = groupBy((c) => epciOf.get(c.code));
  const sourcesByDepartement = groupBy((c) => c.departement);
  const sourcesByRegion = groupBy((c) => c.region);
  const epci = cog.epci.filter((e) => sourcesByEpci.has(e.code)).sort(byCode);
  const departements = cog.departements.filter((d) => sourcesByDepartement.has(d.code)).sort(byCode);
  const regions = cog.regions.filter((r) => sourcesByRegion.has(r.code)).sort(byCode);

  const layers: LayerInput[] = [
    {
      name: "communes",
      units: withGeometry.map((c) => ({
        sources: sourcesByCommune.get(c.code)!,
        properties: {
          code: c.code,
          nom: c.nom,
          departement: c.departement,
          region: c.region,
          epci: epciOf.get(c.code) ?? null,
          population: c.population ?? 0,
          area: roundArea(areaByCommune.get(c.code)!),
        },
      })),
    },
    { name: "epci", units: epci.map((e) => ({ sources: sourcesByEpci.get(e.code)!, properties: { code: e.code, nom: e.nom } })) },
    { name: "departements", units: departements.map((d) => ({ sources: sourcesByDepartement.get(d.code)!, properties: { code: d.code, nom: d.nom, region: d.region } })) },
    { name: "regions", units: regions.map((r) => ({ sources: sourcesByRegion.get(r.code)!, properties: { code: r.code, nom: r.nom } })) },
  ];
  return { layers, epciOf, withGeometry, epci, departements, regions };
}

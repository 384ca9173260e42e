// The building blocks of demo perimeters: whole EPCI, or single communes inside the few
// EPCI too populous for one facilitator (métropoles), with their adjacency.
import { neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Zone } from "../../src/domain/model.ts";
import type { TerritoryIndex } from "../../src/domain/territory-index.ts";

export interface DemoUnit {
  zone: Zone;
  communes: number[];
  /** Habitants. */
  population: number;
  /** km². */
  areaKm2: number;
  /** Région and département index holding most of its population. */
  region: number;
  departement: number;
  /** Its most populous commune. */
  seat: number;
  /** Indices of the units it touches. */
  neighbours: number[];
}

/** Neighbouring communes (indices) of each commune, from the topology's shared arcs. */
export function communeNeighbours(index: TerritoryIndex, topology: Topology): number[][] {
  const geometries = (topology.objects["communes"] as GeometryCollection<{ code: string }>).geometries;
  const communeOf = geometries.map((g) => index.communeIndex.get((g.properties as { code: string }).code) ?? -1);
  const result: number[][] = Array.from({ length: index.communeCount }, () => []);
  neighbors(geometries).forEach((list, g) => {
    const c = communeOf[g]!;
    if (c >= 0) result[c] = list.map((h) => communeOf[h]!).filter((n) => n >= 0);
  });
  return result;
}

function majority(communes: readonly number[], groupOf: Int32Array, population: Float64Array): number {
  const weight = new Map<number, number>();
  for (const c of communes) weight.set(groupOf[c]!, (weight.get(groupOf[c]!) ?? 0) + population[c]! + 1e-3);
  return [...weight.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/** Units: each EPCI, except those above `splitAbove` habitants, which give one unit per commune; communes without EPCI stand alone. */
export function buildUnits(index: TerritoryIndex, neighbours: readonly number[][], splitAbove: number): DemoUnit[] {
  const units: DemoUnit[] = [];
  const unitOf = new Int32Array(index.communeCount).fill(-1);
  const add = (zone: Zone, communes: number[]) => {
    const population = communes.reduce((sum, c) => sum + index.population[c]!, 0);
    const seat = communes.reduce((best, c) => (index.population[c]! > index.population[best]! ? c : best), communes[0]!);
    for (const c of communes) unitOf[c] = units.length;
    units.push({
      zone,
      communes,
      population,
      areaKm2: communes.reduce((sum, c) => sum + index.areaKm2[c]!, 0),
      region: majority(communes, index.regionOf, index.population),
      departement: majority(communes, index.departementOf, index.population),
      seat,
      neighbours: [],
    });
  };
  index.reference.epci.forEach((epci, e) => {
    const communes = [...index.communesOfEpci[e]!];
    const population = communes.reduce((sum, c) => sum + index.population[c]!, 0);
    if (population <= splitAbove) add({ niveau: "epci", code: epci.code }, communes);
    else for (const c of communes) add({ niveau: "commune", code: index.communeCodes[c]! }, [c]);
  });
  for (let c = 0; c < index.communeCount; c++) if (unitOf[c] === -1) add({ niveau: "commune", code: index.communeCodes[c]! }, [c]);
  units.forEach((unit, u) => {
    const touched = new Set<number>();
    for (const c of unit.communes) for (const n of neighbours[c]!) if (unitOf[n] !== u) touched.add(unitOf[n]!);
    unit.neighbours = [...touched].sort((a, b) => a - b);
  });
  return units;
}

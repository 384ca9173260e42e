/**
 * Perimeters (lists of official codes) expanded to commune indices, all facilitators at
 * once into flat typed arrays: the hot path of every recompute.
 */
import type { Zone, ZoneLevel } from "./model.ts";
import type { TerritoryIndex } from "./territory-index.ts";

/** Commune indices of a zone, or undefined when the reference does not know its code. */
export function communesOfZone(index: TerritoryIndex, niveau: ZoneLevel, code: string): ArrayLike<number> | undefined {
  switch (niveau) {
    case "commune": {
      const i = index.communeIndex.get(code);
      return i === undefined ? undefined : [i];
    }
    case "epci": {
      const i = index.epciIndex.get(code);
      return i === undefined ? undefined : index.communesOfEpci[i];
    }
    case "departement": {
      const i = index.departementIndex.get(code);
      return i === undefined ? undefined : index.communesOfDepartement[i];
    }
    case "region": {
      const i = index.regionIndex.get(code);
      return i === undefined ? undefined : index.communesOfRegion[i];
    }
  }
}

/**
 * Every perimeter expanded: perimeter p's communes are
 * `communes[offsets[p]] … communes[offsets[p + 1] - 1]`, each once.
 */
export interface PerimeterSet {
  /** Length: perimeters + 1. */
  offsets: Int32Array;
  communes: Int32Array;
  /** 1 where the commune is reached only through zones marked *extension limitrophe*, else 0. */
  extension: Uint8Array;
  /** Population of each perimeter (home and extension), habitants. */
  population: Float64Array;
  /** Zones whose code the reference does not know: they reach nothing. */
  unknownZones: { perimeter: number; zone: number }[];
}

/**
 * Expands perimeters to communes. A commune reached by a home zone and by an extension
 * zone counts as home; a commune reached twice (a duplicated zone, a commune listed with
 * its EPCI) counts once.
 */
export function expandPerimeters(index: TerritoryIndex, perimeters: readonly (readonly Zone[])[]): PerimeterSet {
  const unknownZones: PerimeterSet["unknownZones"] = [];
  const resolved = perimeters.map((zones, p) =>
    zones.map((zone, z) => {
      const communes = communesOfZone(index, zone.niveau, zone.code);
      if (!communes) unknownZones.push({ perimeter: p, zone: z });
      return communes ?? [];
    }),
  );
  const bound = resolved.reduce((sum, lists) => lists.reduce((s, list) => s + list.length, sum), 0);
  const communes = new Int32Array(bound);
  const extension = new Uint8Array(bound);
  const offsets = new Int32Array(perimeters.length + 1);
  const population = new Float64Array(perimeters.length);
  // seenBy[c] = p + 1 once perimeter p holds commune c.
  const seenBy = new Int32Array(index.communeCount);
  let length = 0;
  perimeters.forEach((zones, p) => {
    let sum = 0;
    // Home zones first, so that a commune also reached by an extension stays home.
    for (const pass of [false, true]) {
      zones.forEach((zone, z) => {
        if (Boolean(zone.extension) !== pass) return;
        const list = resolved[p]![z]!;
        for (let k = 0; k < list.length; k++) {
          const commune = list[k]!;
          if (seenBy[commune] === p + 1) continue;
          seenBy[commune] = p + 1;
          communes[length] = commune;
          extension[length] = pass ? 1 : 0;
          sum += index.population[commune]!;
          length++;
        }
      });
    }
    population[p] = sum;
    offsets[p + 1] = length;
  });
  return { offsets, communes: communes.slice(0, length), extension: extension.slice(0, length), population, unknownZones };
}

/** Commune indices of perimeter p (facilitator p in project order) in an expanded set. */
export function communesOfPerimeter(perimeters: PerimeterSet, p: number): Int32Array {
  return p < 0 || p + 1 >= perimeters.offsets.length ? new Int32Array(0) : perimeters.communes.subarray(perimeters.offsets[p]!, perimeters.offsets[p + 1]!);
}

/**
 * Pure edits of one perimeter (a list of zones by official code). Each returns the new
 * list (or the same array when nothing changes) and how many communes the edit moved, so
 * the store can record a step only when something happened and word it.
 *
 * Rules, chosen so that an edit never changes more than the user asked for:
 * - Adding a commune already reached by a home zone (its EPCI, département, région, or
 *   itself) does nothing. Adding at home a commune reached only by an *extension
 *   limitrophe* adds a home commune zone (home wins in `expandPerimeters`). Adding as an
 *   extension a commune already reached in any way does nothing.
 * - Adding a whole EPCI, département or région does nothing when one zone of the same kind
 *   (home, or any for an extension) already holds all its communes; otherwise the zone is
 *   added and the zones it makes redundant (all their communes inside it) are dropped.
 * - Removing communes replaces every zone that reaches one of them by what remains of it,
 *   as coarse as the hierarchy allows: a région becomes its other départements whole plus
 *   the rest of the touched département; a département becomes the EPCI lying wholly inside
 *   it and untouched, plus single communes for the rest (an EPCI across two départements,
 *   a commune without EPCI); an EPCI becomes its remaining communes. Each replacement keeps
 *   the extension flag of the zone it replaces, in its place in the list.
 * - Removing a whole EPCI, département or région removes its communes the same way, and
 *   any zone written with that code.
 * - Marking a commune as extension when it is reached through a bigger zone takes it out of
 *   that zone (as above) and lists it alone with the flag.
 */
import type { Zone, ZoneLevel } from "./model.ts";
import { communesOfZone } from "./perimeter.ts";
import { findCommune, type TerritoryIndex } from "./territory-index.ts";

export interface PerimeterEdit {
  perimetre: Zone[];
  /** False when the edit changes nothing (then `perimetre` is the input array). */
  changed: boolean;
  /** Communes whose membership or kind (home, extension) the edit changed. */
  communes: number;
}

export type PerimeterEditResult = ({ ok: true } & PerimeterEdit) | { ok: false; message: string };

const LEVEL_RANK: Record<ZoneLevel, number> = { commune: 0, epci: 1, departement: 2, region: 3 };

const ZONE_NAMES: Record<ZoneLevel, string> = {
  commune: "commune",
  epci: "EPCI",
  departement: "département",
  region: "région",
};

const zoneKey = (zone: Zone) => `${zone.niveau}:${zone.code}:${zone.extension ? 1 : 0}`;

/** Drops repeated zones (same level, code and flag), keeping the first. */
function withoutDuplicates(zones: Zone[]): Zone[] {
  const seen = new Set<string>();
  return zones.filter((zone) => {
    const key = zoneKey(zone);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Commune indices reached by each zone (empty for unknown codes). */
function reach(index: TerritoryIndex, zone: Zone): ArrayLike<number> {
  return communesOfZone(index, zone.niveau, zone.code) ?? [];
}

/** 2 where a home zone reaches the commune, 1 where only extensions do, else 0. */
function membership(index: TerritoryIndex, zones: readonly Zone[]): Uint8Array {
  const state = new Uint8Array(index.communeCount);
  for (const zone of zones) {
    const list = reach(index, zone);
    const value = zone.extension ? 1 : 2;
    for (let k = 0; k < list.length; k++) if (state[list[k]!]! < value) state[list[k]!] = value;
  }
  return state;
}

const communeZone = (index: TerritoryIndex, c: number, extension: boolean): Zone => ({
  niveau: "commune",
  code: index.communeCodes[c]!,
  ...(extension && { extension: true }),
});

/**
 * What remains of a zone without the `excluded` communes, as coarse zones as possible (see
 * the module comment). Returns [zone] itself when it holds none of them.
 */
export function splitZone(index: TerritoryIndex, zone: Zone, excluded: ReadonlySet<number>): Zone[] {
  const list = Array.from(reach(index, zone));
  if (!list.some((c) => excluded.has(c))) return [zone];
  const extension = Boolean(zone.extension);
  const flag = extension ? { extension: true } : {};
  switch (zone.niveau) {
    case "commune":
      return [];
    case "epci":
      return list.filter((c) => !excluded.has(c)).map((c) => communeZone(index, c, extension));
    case "departement": {
      const zones: Zone[] = [];
      const d = index.departementIndex.get(zone.code)!;
      const wholeEpci = new Set<number>();
      for (const c of list) {
        if (excluded.has(c)) continue;
        const e = index.epciOf[c]!;
        if (e >= 0 && !wholeEpci.has(e)) {
          const members = index.communesOfEpci[e]!;
          if (members.every((m) => index.departementOf[m] === d && !excluded.has(m))) {
            wholeEpci.add(e);
            zones.push({ niveau: "epci", code: index.reference.epci[e]!.code, ...flag });
            continue;
          }
        }
        if (e < 0 || !wholeEpci.has(e)) zones.push(communeZone(index, c, extension));
      }
      return zones;
    }
    case "region": {
      const r = index.regionIndex.get(zone.code)!;
      const zones: Zone[] = [];
      index.regionOfDepartement.forEach((region, d) => {
        if (region !== r) return;
        const departement: Zone = { niveau: "departement", code: index.reference.departements[d]!.code, ...flag };
        zones.push(...splitZone(index, departement, excluded));
      });
      return zones;
    }
  }
}

/** Commune indices for codes (today's or former) or indices; unknown codes are returned apart. */
export function resolveCommunes(index: TerritoryIndex, communes: readonly (number | string)[]): { indices: number[]; unknown: string[] } {
  const indices: number[] = [];
  const unknown: string[] = [];
  for (const item of communes) {
    const c = typeof item === "number" ? (Number.isInteger(item) && item >= 0 && item < index.communeCount ? item : -1) : findCommune(index, item.trim());
    if (c < 0) unknown.push(String(item));
    else if (!indices.includes(c)) indices.push(c);
  }
  return { indices, unknown };
}

function unknownCommunes(unknown: string[]): { ok: false; message: string } {
  return { ok: false, message: `Commune${unknown.length > 1 ? "s" : ""} inconnue${unknown.length > 1 ? "s" : ""} du référentiel : ${unknown.join(", ")}` };
}

const unchanged = (perimetre: Zone[]): { ok: true } & PerimeterEdit => ({ ok: true, perimetre, changed: false, communes: 0 });

/**
 * Adds communes (indices, or INSEE codes, former codes followed) to a perimeter, at home
 * or as *extension limitrophe*; communes it already covers that way are left alone.
 */
export function addCommunes(index: TerritoryIndex, perimetre: Zone[], communes: readonly (number | string)[], options: { extension?: boolean } = {}): PerimeterEditResult {
  const { indices, unknown } = resolveCommunes(index, communes);
  if (unknown.length > 0) return unknownCommunes(unknown);
  const extension = Boolean(options.extension);
  const state = membership(index, perimetre);
  const added = indices.filter((c) => (extension ? state[c] === 0 : state[c]! < 2));
  if (added.length === 0) return unchanged(perimetre);
  return { ok: true, perimetre: [...perimetre, ...added.map((c) => communeZone(index, c, extension))], changed: true, communes: added.length };
}

/** Removes communes from a perimeter; zones that reach them are replaced by what remains of them. */
export function removeCommunes(index: TerritoryIndex, perimetre: Zone[], communes: readonly (number | string)[]): PerimeterEditResult {
  const { indices, unknown } = resolveCommunes(index, communes);
  if (unknown.length > 0) return unknownCommunes(unknown);
  const state = membership(index, perimetre);
  const removed = indices.filter((c) => state[c]! > 0);
  if (removed.length === 0) return unchanged(perimetre);
  const excluded = new Set(removed);
  return { ok: true, perimetre: withoutDuplicates(perimetre.flatMap((zone) => splitZone(index, zone, excluded))), changed: true, communes: removed.length };
}

function checkZone(index: TerritoryIndex, niveau: ZoneLevel, code: string): ArrayLike<number> | { ok: false; message: string } {
  const list = communesOfZone(index, niveau, code);
  const what = { commune: "Code de commune", epci: "SIREN d'EPCI", departement: "Code de département", region: "Code de région" }[niveau];
  return list ?? { ok: false, message: `${what} inconnu du référentiel : ${code}` };
}

/** Adds a whole zone (commune, EPCI, département, région); drops the zones it makes redundant. */
export function addZone(index: TerritoryIndex, perimetre: Zone[], zone: Zone): PerimeterEditResult {
  const list = checkZone(index, zone.niveau, zone.code);
  if ("ok" in list) return list;
  if (zone.niveau === "commune") return addCommunes(index, perimetre, [zone.code], { extension: Boolean(zone.extension) });
  const extension = Boolean(zone.extension);
  const inside = new Uint8Array(index.communeCount);
  for (let k = 0; k < list.length; k++) inside[list[k]!] = 1;
  const within = (other: Zone) => {
    const members = reach(index, other);
    if (members.length === 0) return false;
    for (let k = 0; k < members.length; k++) if (!inside[members[k]!]) return false;
    return true;
  };
  const holds = (other: Zone) => {
    const members = new Uint8Array(index.communeCount);
    const own = reach(index, other);
    for (let k = 0; k < own.length; k++) members[own[k]!] = 1;
    for (let k = 0; k < list.length; k++) if (!members[list[k]!]) return false;
    return true;
  };
  // Already held whole by one zone that counts at least as much (home for home).
  if (perimetre.some((other) => (extension || !other.extension) && LEVEL_RANK[other.niveau] >= LEVEL_RANK[zone.niveau] && holds(other))) return unchanged(perimetre);
  const before = membership(index, perimetre);
  // Zones inside the new one add nothing once it is there (an extension one does not replace home zones).
  const kept = perimetre.filter((other) => !((!extension || Boolean(other.extension)) && within(other)));
  const next: Zone[] = [...kept, { niveau: zone.niveau, code: zone.code, ...(extension && { extension: true }) }];
  const after = membership(index, next);
  let moved = 0;
  for (let k = 0; k < list.length; k++) if (before[list[k]!] !== after[list[k]!]) moved++;
  return { ok: true, perimetre: next, changed: true, communes: moved };
}

/** Removes a whole zone: its communes leave the perimeter (see `removeCommunes`), and any zone written with its code. */
export function removeZone(index: TerritoryIndex, perimetre: Zone[], niveau: ZoneLevel, code: string): PerimeterEditResult {
  const written = perimetre.filter((zone) => !(zone.niveau === niveau && zone.code === code));
  const list = communesOfZone(index, niveau, code);
  if (!list) {
    // A code the reference no longer knows can still be taken out.
    return written.length === perimetre.length ? checkZone(index, niveau, code) as { ok: false; message: string } : { ok: true, perimetre: written, changed: true, communes: 0 };
  }
  const result = removeCommunes(index, written, Array.from(list));
  if (!result.ok) return result;
  if (!result.changed && written.length === perimetre.length) return unchanged(perimetre);
  return { ok: true, perimetre: result.perimetre, changed: true, communes: result.communes };
}

/**
 * Marks a zone of the perimeter as *extension limitrophe* or not. A zone written with this
 * code changes flag; a commune reached through a bigger zone is taken out of it and listed
 * alone with the flag. A zone the perimeter does not reach is an error.
 */
export function setZoneExtension(index: TerritoryIndex, perimetre: Zone[], niveau: ZoneLevel, code: string, extension: boolean): PerimeterEditResult {
  const before = membership(index, perimetre);
  const written = perimetre.some((zone) => zone.niveau === niveau && zone.code === code);
  let next: Zone[];
  if (written) {
    next = withoutDuplicates(perimetre.map((zone) => (zone.niveau === niveau && zone.code === code && Boolean(zone.extension) !== extension ? { niveau, code, ...(extension && { extension: true }) } : zone)));
  } else if (niveau === "commune") {
    const c = findCommune(index, code);
    if (c < 0 || before[c] === 0) return { ok: false, message: `La commune ${code} n'est pas dans ce périmètre` };
    const excluded = new Set([c]);
    next = [...withoutDuplicates(perimetre.flatMap((zone) => splitZone(index, zone, excluded))), communeZone(index, c, extension)];
  } else {
    return { ok: false, message: `Ce périmètre ne contient pas la zone ${ZONE_NAMES[niveau]} ${code}` };
  }
  if (next.length === perimetre.length && next.every((zone, z) => zoneKey(zone) === zoneKey(perimetre[z]!))) return unchanged(perimetre);
  const after = membership(index, next);
  let moved = 0;
  for (let c = 0; c < after.length; c++) if (before[c] !== after[c]) moved++;
  return { ok: true, perimetre: next, changed: true, communes: moved };
}

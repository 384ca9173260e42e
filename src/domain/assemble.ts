/**
 * One national picture from several projects (one per région, as each keeps its own): every
 * structure, facilitator, acheteur and grand projet of each, in order. What does not fit is
 * listed, never settled silently: an id used twice (the same record is kept once, a different
 * one is renamed), a commune in the home perimeters of two projects, thresholds that differ
 * (the first project's are kept). The data dates from the oldest project's date.
 */
import { PROJECT_SCHEMA, resolveSeuils, type Project, type Seuils } from "./model.ts";
import { expandPerimeters } from "./perimeter.ts";
import type { TerritoryIndex } from "./territory-index.ts";

export interface AssemblySource {
  /** How the lists name it: the file's name. */
  label: string;
  project: Project;
}

type ListName = "structures" | "facilitateurs" | "acheteurs" | "grandsProjets";

export type AssemblyConflict =
  | { kind: "identifiant"; list: ListName; id: string; first: string; second: string; /** The new id of the second record, or null when both are the same record (kept once). */ renamedTo: string | null }
  | { kind: "commune"; first: string; second: string; /** Communes in a home perimeter of both, by code. */ communes: { code: string; nom: string }[] }
  | { kind: "seuils"; values: { source: string; seuils: Seuils }[]; kept: string };

export interface Assembly {
  project: Project;
  conflicts: AssemblyConflict[];
}

const LIST_LABELS: Record<ListName, string> = { structures: "structure", facilitateurs: "facilitateur", acheteurs: "acheteur", grandsProjets: "grand projet" };

/** A conflict in one French sentence. */
export function describeConflict(conflict: AssemblyConflict, listed = 10): string {
  switch (conflict.kind) {
    case "identifiant":
      return conflict.renamedTo === null
        ? `${LIST_LABELS[conflict.list]} « ${conflict.id} » dans ${conflict.first} et ${conflict.second}, identique : gardé une fois`
        : `${LIST_LABELS[conflict.list]} « ${conflict.id} » dans ${conflict.first} et ${conflict.second}, différent : celui de ${conflict.second} devient « ${conflict.renamedTo} »`;
    case "commune": {
      const shown = conflict.communes.slice(0, listed).map((c) => `${c.code} ${c.nom}`).join(", ");
      const more = conflict.communes.length > listed ? ` et ${conflict.communes.length - listed} autre(s)` : "";
      return `${conflict.communes.length} commune(s) dans les périmètres de ${conflict.first} et de ${conflict.second} (comptées en chevauchement) : ${shown}${more}`;
    }
    case "seuils":
      return `seuils différents (${conflict.values.map((v) => `${v.source} : ${v.seuils.etpPour100000Habitants} ETP pour 100 000 habitants, ${v.seuils.acheteursParEtp} acheteurs par ETP`).join(" ; ")}) : ceux de ${conflict.kept} sont gardés`;
  }
}

const sameRecord = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Merges `sources` in order into one project named `nom`. */
export function assembleProjects(index: TerritoryIndex, sources: readonly AssemblySource[], nom: string): Assembly {
  const conflicts: AssemblyConflict[] = [];
  const lists: { [L in ListName]: Project[L] } = { structures: [], facilitateurs: [], acheteurs: [], grandsProjets: [] };
  const owners: { [L in ListName]: Map<string, { source: string; record: unknown }> } = { structures: new Map(), facilitateurs: new Map(), acheteurs: new Map(), grandsProjets: new Map() };
  /** Home communes reached so far, with the source that reached them first. */
  const homeOf = new Int32Array(index.communeCount).fill(-1);
  const overlaps = new Map<string, { first: number; second: number; communes: number[] }>();

  sources.forEach((source, s) => {
    const { project } = source;
    const structureIds = new Map<string, string>();
    /** Adds a record (renamed when its id is taken by another record); false when the same record was already there. */
    const place = <L extends ListName>(list: L, record: Project[L][number], ids?: Map<string, string>): boolean => {
      const owned = owners[list].get(record.id);
      if (!owned) {
        owners[list].set(record.id, { source: source.label, record });
        (lists[list] as Project[L][number][]).push(record);
        return true;
      }
      if (sameRecord(owned.record, record)) {
        conflicts.push({ kind: "identifiant", list, id: record.id, first: owned.source, second: source.label, renamedTo: null });
        return false;
      }
      let renamed = `${record.id}-${s + 1}`;
      for (let n = 2; owners[list].has(renamed); n++) renamed = `${record.id}-${s + 1}-${n}`;
      conflicts.push({ kind: "identifiant", list, id: record.id, first: owned.source, second: source.label, renamedTo: renamed });
      const copy = { ...record, id: renamed };
      owners[list].set(renamed, { source: source.label, record: copy });
      (lists[list] as Project[L][number][]).push(copy);
      ids?.set(record.id, renamed);
      return true;
    };
    for (const structure of project.structures) place("structures", structure, structureIds);
    // The posts this source brings (one already there, the same, brings nothing: no overlap with itself).
    const brought = project.facilitateurs.filter((facilitateur) => place("facilitateurs", { ...facilitateur, structure: structureIds.get(facilitateur.structure) ?? facilitateur.structure }));
    for (const acheteur of project.acheteurs) place("acheteurs", acheteur);
    for (const grandProjet of project.grandsProjets) place("grandsProjets", grandProjet);

    // Home perimeters only: an extension limitrophe over a neighbour's ground is the rule, not a conflict.
    const perimeters = expandPerimeters(index, brought.map((f) => f.perimetre));
    const seen = new Uint8Array(index.communeCount);
    for (let k = 0; k < perimeters.communes.length; k++) {
      const c = perimeters.communes[k]!;
      if (perimeters.extension[k] === 1 || seen[c]) continue;
      seen[c] = 1;
      const first = homeOf[c]!;
      if (first < 0) homeOf[c] = s;
      else if (first !== s) {
        const key = `${first}:${s}`;
        const entry = overlaps.get(key) ?? { first, second: s, communes: [] };
        entry.communes.push(c);
        overlaps.set(key, entry);
      }
    }
  });
  for (const { first, second, communes } of overlaps.values()) {
    conflicts.push({
      kind: "commune",
      first: sources[first]!.label,
      second: sources[second]!.label,
      communes: communes.sort((a, b) => a - b).map((c) => ({ code: index.communeCodes[c]!, nom: index.reference.communes[c]!.nom })),
    });
  }

  const seuils = sources.map((source) => ({ source: source.label, seuils: resolveSeuils(source.project) }));
  if (seuils.some((entry) => !sameRecord(entry.seuils, seuils[0]!.seuils))) conflicts.push({ kind: "seuils", values: seuils, kept: seuils[0]!.source });

  const first = sources[0]?.project;
  const dates = sources.map((source) => source.project.miseAJour).filter((date): date is string => date !== undefined).sort();
  const demo = sources.some((source) => source.project.demo);
  const project: Project = {
    schema: PROJECT_SCHEMA,
    nom,
    ...(demo && { demo: true, avertissement: "Assemblage comprenant un jeu de démonstration : facilitateurs fictifs" }),
    ...(dates.length > 0 && { miseAJour: dates[0]! }),
    ...(first?.seuils && { seuils: first.seuils }),
    ...lists,
  };
  return { project, conflicts };
}

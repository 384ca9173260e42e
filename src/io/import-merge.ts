/**
 * Applying an import to a project, for a preview first: the new project (the input is never
 * mutated) and, per facilitator of the file, what would change. Facilitators are matched by
 * id, else by name; structures by id, else by name. Facilitators and structures absent
 * from the file are kept as they are.
 */
import { normalizeName } from "../domain/commune-search.ts";
import type { Facilitateur, Project, Structure, Zone } from "../domain/model.ts";
import { communesOfZone } from "../domain/perimeter.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import type { ImportedFacilitateur, ImportedStructure, ImportResult } from "./importer.ts";

export type FacilitateurChangeKind = "added" | "perimeter-replaced" | "updated" | "unchanged";

export interface FacilitateurChange {
  kind: FacilitateurChangeKind;
  /** Id in the new project. */
  id: string;
  nom: string;
  /** Perimeter before (absent for an added facilitator). */
  before?: Zone[];
  after: Zone[];
  /** Fields other than the perimeter whose value changes (`etp`, `statut`…). */
  updatedFields: (keyof Facilitateur)[];
}

export interface MergeOptions {
  index: TerritoryIndex;
  /** Date (AAAA-MM-JJ) written as `miseAJour` of added or changed facilitators the file gives no date for. */
  today: string;
}

export interface MergeResult {
  project: Project;
  changes: FacilitateurChange[];
  structuresAdded: Structure[];
  /** Defaults the merge had to choose, in French, for the preview. */
  notes: string[];
}

const SLUG_FALLBACK = "import";

/** An id made from a name, not yet in `taken` (which it joins). */
function uniqueId(name: string, taken: Set<string>): string {
  const base = normalizeName(name).replace(/ /g, "-") || SLUG_FALLBACK;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const zoneKey = (zone: Zone) => `${zone.niveau}:${zone.code}${zone.extension ? ":extension" : ""}`;
const sameZones = (a: readonly Zone[], b: readonly Zone[]) => a.length === b.length && a.map(zoneKey).sort().join() === b.map(zoneKey).sort().join();

/** The most populous commune its facilitators' home zones reach, for a structure whose siège the file does not give. */
function guessSiege(index: TerritoryIndex, zones: readonly Zone[]): string | undefined {
  let best = -1;
  for (const zone of zones) {
    if (zone.extension) continue;
    const communes = communesOfZone(index, zone.niveau, zone.code) ?? [];
    for (let k = 0; k < communes.length; k++) if (best < 0 || index.population[communes[k]!]! > index.population[best]!) best = communes[k]!;
  }
  return best < 0 ? undefined : index.communeCodes[best];
}

class Merger {
  readonly structures: Structure[];
  readonly structuresAdded: Structure[] = [];
  readonly notes: string[] = [];
  private readonly structureIds: Set<string>;
  private readonly byImportKey = new Map<string, string>();

  constructor(
    project: Project,
    private readonly imported: ImportResult,
    private readonly options: MergeOptions,
  ) {
    this.structures = project.structures.map((structure) => ({ ...structure }));
    this.structureIds = new Set(project.structures.map((structure) => structure.id));
  }

  /** Id in the new project of an imported structure (existing or added). */
  structureId(key: string, members: readonly ImportedFacilitateur[]): string {
    const known = this.byImportKey.get(key);
    if (known) return known;
    const wanted = this.imported.structures.find((structure) => structure.key === key);
    const id = wanted ? this.findOrAddStructure(wanted, members) : key;
    this.byImportKey.set(key, id);
    return id;
  }

  /** Structures by normalized name (the first of each name), kept up to date as structures are added. */
  private byName: Map<string, Structure> | null = null;

  private findOrAddStructure(wanted: ImportedStructure, members: readonly ImportedFacilitateur[]): string {
    if (!this.byName) {
      this.byName = new Map();
      for (const structure of this.structures) if (!this.byName.has(normalizeName(structure.nom))) this.byName.set(normalizeName(structure.nom), structure);
    }
    const existing = (wanted.id !== undefined && this.structures.find((structure) => structure.id === wanted.id)) || this.byName.get(normalizeName(wanted.nom));
    if (existing) return existing.id;
    return this.addStructure(wanted.nom, wanted, members.flatMap((member) => member.perimetre));
  }

  /** A new structure; its siège is the file's, else guessed (and said so). */
  addStructure(nom: string, wanted: Partial<ImportedStructure>, zones: readonly Zone[]): string {
    const id = wanted.id !== undefined && !this.structureIds.has(wanted.id) ? wanted.id : uniqueId(nom, this.structureIds);
    this.structureIds.add(id);
    let communeSiege = wanted.communeSiege;
    if (communeSiege === undefined) {
      communeSiege = guessSiege(this.options.index, zones) ?? this.options.index.reference.regions[0]!.chefLieu;
      const nomSiege = this.options.index.reference.communes[this.options.index.communeIndex.get(communeSiege) ?? 0]?.nom ?? communeSiege;
      this.notes.push(`structure « ${nom} » : siège non donné, placé à ${nomSiege} (${communeSiege}), la commune la plus peuplée de son périmètre ; à corriger si besoin`);
    }
    const structure: Structure = { id, nom, type: wanted.type ?? "autre", communeSiege };
    this.structures.push(structure);
    if (this.byName && !this.byName.has(normalizeName(nom))) this.byName.set(normalizeName(nom), structure);
    this.structuresAdded.push(structure);
    return id;
  }
}

/** The changed fields of an existing facilitator, and its new record. */
function update(existing: Facilitateur, imported: ImportedFacilitateur, structure: string | undefined, today: string): { record: Facilitateur; fields: (keyof Facilitateur)[]; perimeterChanged: boolean } {
  const candidate: Facilitateur = {
    ...existing,
    nom: imported.nom,
    ...(structure !== undefined && { structure }),
    ...(imported.etp !== undefined && { etp: imported.etp }),
    ...(imported.role !== undefined && { role: imported.role }),
    ...(imported.statut !== undefined && { statut: imported.statut }),
    ...(imported.contacts !== undefined && { contacts: imported.contacts }),
    perimetre: imported.perimetre,
  };
  const compared: (keyof Facilitateur)[] = ["nom", "structure", "etp", "role", "statut", "contacts"];
  const fields = compared.filter((field) => JSON.stringify(candidate[field]) !== JSON.stringify(existing[field]));
  const perimeterChanged = !sameZones(existing.perimetre, imported.perimetre);
  const changed = fields.length > 0 || perimeterChanged;
  const miseAJour = imported.miseAJour ?? (changed ? today : existing.miseAJour);
  if (miseAJour !== existing.miseAJour) fields.push("miseAJour");
  return { record: { ...candidate, perimetre: perimeterChanged ? imported.perimetre : existing.perimetre, miseAJour }, fields, perimeterChanged };
}

/**
 * Positions of the facilitators by id and by normalized name, kept up to date as the merge
 * adds and renames them: each lookup is a map access, not a pass over the list (20,000
 * facilitators matched by scanning took four minutes).
 */
class FacilitateurPositions {
  private readonly byId = new Map<string, number>();
  private readonly byName = new Map<string, Set<number>>();

  constructor(facilitateurs: readonly Facilitateur[]) {
    facilitateurs.forEach((facilitateur, position) => this.add(facilitateur, position));
  }

  add(facilitateur: Facilitateur, position: number): void {
    if (!this.byId.has(facilitateur.id)) this.byId.set(facilitateur.id, position);
    const name = normalizeName(facilitateur.nom);
    let positions = this.byName.get(name);
    if (!positions) this.byName.set(name, (positions = new Set()));
    positions.add(position);
  }

  rename(before: string, after: string, position: number): void {
    if (normalizeName(before) === normalizeName(after)) return;
    this.byName.get(normalizeName(before))?.delete(position);
    const name = normalizeName(after);
    let positions = this.byName.get(name);
    if (!positions) this.byName.set(name, (positions = new Set()));
    positions.add(position);
  }

  /** The position of the facilitator with this id, else of the only one with this name, else -1. */
  find(id: string | undefined, nom: string): number {
    if (id !== undefined) return this.byId.get(id) ?? -1;
    const named = this.byName.get(normalizeName(nom));
    return named?.size === 1 ? named.values().next().value! : -1;
  }
}

/**
 * The project an import would give, and the changes per facilitator of the file. A result
 * with errors (`summary.errors > 0`) should be shown, not applied.
 */
export function mergeImport(project: Project, imported: ImportResult, options: MergeOptions): MergeResult {
  const merger = new Merger(project, imported, options);
  const facilitateurs = project.facilitateurs.map((facilitateur) => ({ ...facilitateur }));
  const positions = new FacilitateurPositions(facilitateurs);
  const ids = new Set(facilitateurs.map((facilitateur) => facilitateur.id));
  const changes: FacilitateurChange[] = [];
  const members = new Map<string, ImportedFacilitateur[]>();
  for (const facilitateur of imported.facilitateurs) {
    if (facilitateur.structure === undefined) continue;
    const list = members.get(facilitateur.structure);
    if (list) list.push(facilitateur);
    else members.set(facilitateur.structure, [facilitateur]);
  }
  for (const item of imported.facilitateurs) {
    const position = positions.find(item.id, item.nom);
    const structure = item.structure === undefined ? undefined : merger.structureId(item.structure, members.get(item.structure) ?? []);
    if (position >= 0) {
      const existing = facilitateurs[position]!;
      const { record, fields, perimeterChanged } = update(existing, item, structure, options.today);
      facilitateurs[position] = record;
      positions.rename(existing.nom, record.nom, position);
      const kind = perimeterChanged ? "perimeter-replaced" : fields.length > 0 ? "updated" : "unchanged";
      changes.push({ kind, id: record.id, nom: record.nom, before: existing.perimetre, after: record.perimetre, updatedFields: fields });
      continue;
    }
    const id = item.id !== undefined && !ids.has(item.id) ? item.id : uniqueId(item.nom, ids);
    ids.add(id);
    const structureId = structure ?? merger.addStructure(item.nom, {}, item.perimetre);
    if (item.etp === undefined) merger.notes.push(`« ${item.nom} » : ETP non donné, créé à 0 ETP ; à compléter`);
    const record: Facilitateur = {
      id,
      structure: structureId,
      nom: item.nom,
      etp: item.etp ?? 0,
      role: item.role ?? "facilitateur",
      statut: item.statut ?? "en-poste",
      contacts: item.contacts ?? [],
      miseAJour: item.miseAJour ?? options.today,
      perimetre: item.perimetre,
    };
    positions.add(record, facilitateurs.length);
    facilitateurs.push(record);
    changes.push({ kind: "added", id, nom: record.nom, after: record.perimetre, updatedFields: [] });
  }
  return { project: { ...project, structures: merger.structures, facilitateurs }, changes, structuresAdded: merger.structuresAdded, notes: merger.notes };
}

/**
 * The rows of a table read one by one into facilitators, structures and zones (table-import.ts
 * finds the header and the mapping, drops duplicates and cleans cells first): every cell
 * checked, and conflicting values between two rows of the same facilitator or structure
 * reported where they are.
 */
import { normalizeName } from "../domain/commune-search.ts";
import type { Contact, Zone, ZoneLevel } from "../domain/model.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { FIELD_LABELS, type ColumnMapping, type ImportField } from "./column-mapping.ts";
import type { TextRow } from "./csv-text.ts";
import type { ImportedFacilitateur, ImportedStructure, ImportLog, ProblemLocation } from "./importer.ts";
import { isCellError, readContacts, readDate, readEtp, readRole, readStatut, readStructureType, readYesNo, type CellRead } from "./table-cells.ts";
import { quotedValue } from "./text-fields.ts";
import { ZoneResolver } from "./zone-resolution.ts";

interface Accumulated {
  facilitateur: ImportedFacilitateur;
  /** Line where each field got its value, to point at conflicts. */
  setAt: Map<string, { line: number; value: string }>;
  zoneAt: Map<string, { line: number; zone: Zone }>;
}

/** Reads the rows of one table (after its header), accumulating what they describe. */
export class TableReader {
  readonly facilitateurs = new Map<string, Accumulated>();
  readonly structures = new Map<string, { structure: ImportedStructure; setAt: Map<string, { line: number; value: string }> }>();
  readonly resolver: ZoneResolver;

  constructor(
    index: TerritoryIndex,
    readonly log: ImportLog,
    readonly header: readonly string[],
    readonly mapping: ColumnMapping,
  ) {
    this.resolver = new ZoneResolver(index, log);
  }

  private cell(row: TextRow, field: ImportField): string | undefined {
    const column = this.mapping[field];
    const value = column === undefined ? undefined : row.cells[column]?.trim();
    return value === "" ? undefined : value;
  }

  private at(row: TextRow, field: ImportField): ProblemLocation {
    const column = this.mapping[field];
    const value = this.cell(row, field);
    return { line: row.line, ...(column !== undefined && { column: this.header[column] || FIELD_LABELS[field] }), ...(value !== undefined && { value: quotedValue(value) }) };
  }

  /** A cell through a reader; errors logged. */
  private read<T>(row: TextRow, field: ImportField, reader: (text: string) => CellRead<T>): T | undefined {
    const text = this.cell(row, field);
    if (text === undefined) return undefined;
    const value = reader(text);
    return isCellError(value) ? this.log.error(this.at(row, field), value.error) : value;
  }

  /** Sets a field once; a different value on a later row of the same record is an error. */
  private setOnce<T>(record: { setAt: Map<string, { line: number; value: string }> }, target: Record<string, unknown>, key: string, value: T | undefined, row: TextRow, field: ImportField): void {
    if (value === undefined) return;
    const shown = JSON.stringify(value);
    const previous = record.setAt.get(key);
    if (!previous) {
      record.setAt.set(key, { line: row.line, value: shown });
      target[key] = value;
    } else if (previous.value !== shown) {
      this.log.error(this.at(row, field), `valeur différente de celle de la ligne ${previous.line} (${previous.value}) pour le même enregistrement`);
    }
  }

  private readStructure(row: TextRow): string | undefined {
    const id = this.cell(row, "identifiantStructure");
    const nom = this.cell(row, "structure") ?? id;
    if (nom === undefined) return undefined;
    const key = id ?? normalizeName(nom);
    let entry = this.structures.get(key);
    if (!entry) {
      entry = { structure: { key, nom, ...(id !== undefined && { id }) }, setAt: new Map() };
      this.structures.set(key, entry);
    }
    const target = entry.structure as unknown as Record<string, unknown>;
    this.setOnce(entry, target, "nom", nom, row, "structure");
    this.setOnce(entry, target, "type", this.read(row, "typeStructure", readStructureType), row, "typeStructure");
    const siege = this.cell(row, "siegeStructure");
    if (siege !== undefined) this.setOnce(entry, target, "communeSiege", this.resolver.communeCode(siege, this.at(row, "siegeStructure")), row, "siegeStructure");
    return key;
  }

  private readContactCell(row: TextRow, field: "email" | "telephone"): Contact[] {
    const text = this.cell(row, field);
    if (text === undefined) return [];
    const { contacts, doubtful } = readContacts(field, text);
    for (const value of doubtful) this.log.warn({ ...this.at(row, field), value }, field === "email" ? "adresse électronique douteuse" : "numéro de téléphone douteux");
    return contacts;
  }

  private readZone(row: TextRow): Zone | undefined {
    const code = this.cell(row, "code");
    const codeInsee = this.cell(row, "codeInsee");
    const epci = this.cell(row, "epci");
    const commune = this.cell(row, "commune");
    const departement = this.cell(row, "departement");
    const region = this.cell(row, "region");
    let zone: Zone | undefined;
    if (code !== undefined) {
      const niveauText = this.cell(row, "niveau");
      const niveau: ZoneLevel | undefined = niveauText === undefined ? undefined : this.resolver.level(niveauText, this.at(row, "niveau"));
      if (niveauText !== undefined && niveau === undefined) return undefined;
      zone = this.resolver.zone(niveau, code, this.at(row, "code"));
    } else if (codeInsee !== undefined) {
      const resolved = this.resolver.communeCode(codeInsee, this.at(row, "codeInsee"));
      zone = resolved === undefined ? undefined : { niveau: "commune", code: resolved };
      if (resolved !== undefined && commune !== undefined) this.checkCommuneName(row, codeInsee, resolved, commune);
    } else if (epci !== undefined) {
      const resolved = this.resolver.epci(epci, this.at(row, "epci"));
      zone = resolved === undefined ? undefined : { niveau: "epci", code: resolved };
    } else if (commune !== undefined) {
      const resolved = this.resolver.communeByName(commune, departement, this.at(row, "commune"));
      zone = resolved === undefined ? undefined : { niveau: "commune", code: resolved };
    } else if (departement !== undefined) {
      const resolved = this.resolver.departement(departement, this.at(row, "departement"));
      zone = resolved === undefined ? undefined : { niveau: "departement", code: resolved };
    } else if (region !== undefined) {
      const resolved = this.resolver.region(region, this.at(row, "region"));
      zone = resolved === undefined ? undefined : { niveau: "region", code: resolved };
    }
    const extension = this.read(row, "extension", readYesNo);
    return zone && (extension ? { ...zone, extension: true } : zone);
  }

  /** A commune named next to its code must be the code's commune (unless the code was migrated: the name is then the former one). */
  private checkCommuneName(row: TextRow, written: string, code: string, name: string): void {
    const commune = this.resolver.index.reference.communes[this.resolver.index.communeIndex.get(code)!]!;
    const migrated = written.replace(/\s/g, "").padStart(5, "0") !== code;
    if (!migrated && normalizeName(commune.nom) !== normalizeName(name)) {
      this.log.warn(this.at(row, "commune"), `le code INSEE ${code} est celui de ${commune.nom} : le code est gardé, vérifiez la ligne`);
    }
  }

  readRow(row: TextRow): void {
    const id = this.cell(row, "identifiant");
    const nom = this.cell(row, "facilitateur") ?? id;
    if (nom === undefined) {
      this.log.error({ line: row.line }, "facilitateur manquant : ni identifiant, ni nom sur cette ligne");
      return;
    }
    const key = id ?? normalizeName(nom);
    let entry = this.facilitateurs.get(key);
    if (!entry) {
      entry = { facilitateur: { key, nom, perimetre: [], line: row.line, ...(id !== undefined && { id }) }, setAt: new Map(), zoneAt: new Map() };
      this.facilitateurs.set(key, entry);
    }
    const target = entry.facilitateur as unknown as Record<string, unknown>;
    this.setOnce(entry, target, "nom", nom, row, "facilitateur");
    this.setOnce(entry, target, "structure", this.readStructure(row), row, "structure");
    const etp = this.read(row, "etp", readEtp);
    if (etp !== undefined && etp > 5) this.log.warn(this.at(row, "etp"), `${etp} ETP pour un seul poste : vérifiez la valeur`);
    this.setOnce(entry, target, "etp", etp, row, "etp");
    this.setOnce(entry, target, "role", this.read(row, "role", readRole), row, "role");
    this.setOnce(entry, target, "statut", this.read(row, "statut", readStatut), row, "statut");
    this.setOnce(entry, target, "miseAJour", this.read(row, "miseAJour", readDate), row, "miseAJour");
    const contacts = [...this.readContactCell(row, "email"), ...this.readContactCell(row, "telephone")];
    if (contacts.length > 0) this.setOnce(entry, target, "contacts", contacts, row, this.mapping.email !== undefined ? "email" : "telephone");
    const zone = this.readZone(row);
    if (zone) this.addZone(entry, zone, row);
  }

  private addZone(entry: Accumulated, zone: Zone, row: TextRow): void {
    const zoneKey = `${zone.niveau}:${zone.code}`;
    const previous = entry.zoneAt.get(zoneKey);
    if (!previous) {
      entry.zoneAt.set(zoneKey, { line: row.line, zone });
      entry.facilitateur.perimetre.push(zone);
      return;
    }
    this.log.warn({ line: row.line, value: zone.code }, `zone déjà donnée ligne ${previous.line} pour ce facilitateur : elle ne compte qu'une fois`);
    // Home territory wins over extension, as in the coverage engine.
    if (previous.zone.extension && !zone.extension) {
      delete previous.zone.extension;
    }
  }
}

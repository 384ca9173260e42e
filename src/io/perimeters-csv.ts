/**
 * Perimeters as a table (CSV here; XLSX through export-tables.ts) for French spreadsheets (csv-writer.ts: `;`, decimal comma, CRLF,
 * UTF-8 byte order mark, formulas neutralised): one row per facilitator × zone (one row
 * without zone for an empty perimeter), French headers. `importCsv` reads it back to the
 * same data.
 */
import { STRUCTURE_TYPE_LABELS, type Facilitateur, type Project, type Structure, type Zone, type ZoneLevel } from "../domain/model.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { FIELD_LABELS, type ImportField } from "./column-mapping.ts";
import { writeCsv, type CsvValue } from "./csv-writer.ts";
import { writeContacts } from "./table-cells.ts";

/** Columns of the export, in order. */
export const PERIMETER_COLUMNS: readonly ImportField[] = [
  "identifiant",
  "facilitateur",
  "structure",
  "identifiantStructure",
  "siegeStructure",
  "typeStructure",
  "etp",
  "role",
  "statut",
  "email",
  "telephone",
  "miseAJour",
  "niveau",
  "code",
  "libelleZone",
  "extension",
];

const LEVEL_LABELS: Record<ZoneLevel, string> = { commune: "commune", epci: "EPCI", departement: "département", region: "région" };

function zoneName(index: TerritoryIndex, zone: Zone): string {
  const { reference } = index;
  const at = (map: ReadonlyMap<string, number>) => map.get(zone.code);
  switch (zone.niveau) {
    case "commune":
      return reference.communes[at(index.communeIndex) ?? -1]?.nom ?? "";
    case "epci":
      return reference.epci[at(index.epciIndex) ?? -1]?.nom ?? "";
    case "departement":
      return reference.departements[at(index.departementIndex) ?? -1]?.nom ?? "";
    case "region":
      return reference.regions[at(index.regionIndex) ?? -1]?.nom ?? "";
  }
}

function row(index: TerritoryIndex, facilitateur: Facilitateur, structure: Structure | undefined, zone: Zone | undefined): CsvValue[] {
  const values: Partial<Record<ImportField, CsvValue>> = {
    identifiant: facilitateur.id,
    facilitateur: facilitateur.nom,
    structure: structure?.nom ?? "",
    identifiantStructure: facilitateur.structure,
    siegeStructure: structure?.communeSiege ?? "",
    typeStructure: structure ? STRUCTURE_TYPE_LABELS[structure.type] : "",
    etp: facilitateur.etp,
    role: facilitateur.role === "coordinateur-regional" ? "coordinateur régional" : "facilitateur",
    statut: facilitateur.statut === "poste-vacant" ? "poste vacant" : "en poste",
    email: writeContacts(facilitateur.contacts, "email"),
    telephone: writeContacts(facilitateur.contacts, "telephone"),
    miseAJour: facilitateur.miseAJour,
    niveau: zone ? LEVEL_LABELS[zone.niveau] : "",
    code: zone?.code ?? "",
    libelleZone: zone ? zoneName(index, zone) : "",
    extension: zone ? (zone.extension ? "oui" : "non") : "",
  };
  return PERIMETER_COLUMNS.map((column) => values[column]);
}

/** The perimeters' rows, header first: one per facilitator × zone (the CSV's and the XLSX's). */
export function perimeterTableRows(index: TerritoryIndex, project: Pick<Project, "facilitateurs" | "structures">): CsvValue[][] {
  const structures = new Map(project.structures.map((structure) => [structure.id, structure]));
  const rows: CsvValue[][] = [PERIMETER_COLUMNS.map((column) => FIELD_LABELS[column])];
  for (const facilitateur of project.facilitateurs) {
    const structure = structures.get(facilitateur.structure);
    const zones = facilitateur.perimetre.length > 0 ? facilitateur.perimetre : [undefined];
    for (const zone of zones) rows.push(row(index, facilitateur, structure, zone));
  }
  return rows;
}

/** The perimeters CSV, byte order mark included (write it as is to a file). */
export function exportPerimetersCsv(index: TerritoryIndex, project: Pick<Project, "facilitateurs" | "structures">): string {
  return writeCsv(perimeterTableRows(index, project), { byteOrderMark: true });
}

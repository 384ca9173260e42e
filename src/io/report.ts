/**
 * The indicators report (`npm run report`, and the app's export for the DREETS bilans):
 * a stable JSON format with French field names, documented in docs/formats.md, and its CSV
 * form (one row per territory, the same fields as columns).
 */
import type { IndicatorLevel, Totals, UnitIndicators } from "../domain/indicators.ts";
import type { Project, Seuils } from "../domain/model.ts";
import type { ComputeResult } from "../domain/recompute.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { communesWithoutGeometry } from "../domain/territory-tables.ts";
import { COMMUNE_STATUS_LABELS } from "../domain/zones-blanches.ts";
import { writeCsv } from "./csv-writer.ts";
import { NEEDS_REPORT_COLUMNS, NEEDS_REPORT_HEADERS, type NeedsReport, type NeedsReportRow } from "./needs-report.ts";

export const REPORT_FORMAT = "carto-clause-sociale/rapport@1";

/** Columns of a territory row, in order (also the CSV header). */
export const REPORT_COLUMNS = [
  "niveau",
  "code",
  "nom",
  "communes",
  "population",
  "surfaceKm2",
  "communesCouvertes",
  "populationCouverte",
  "surfaceCouverteKm2",
  "communesSansFacilitateur",
  "populationSansFacilitateur",
  "surfaceSansFacilitateurKm2",
  "communesExtensionSeulement",
  "populationExtensionSeulement",
  "surfaceExtensionSeulementKm2",
  "communesCapaciteInsuffisante",
  "populationCapaciteInsuffisante",
  "surfaceCapaciteInsuffisanteKm2",
  "communesEnChevauchement",
  "populationEnChevauchement",
  "facilitateurs",
  "postesVacants",
  "etp",
  "structures",
  "etpDeployes",
  "etpPour100000Habitants",
  "acheteursEtat",
  "acheteursEtatEnZoneBlanche",
  "coordinateursRegionaux",
] as const;

export type ReportRow = Record<(typeof REPORT_COLUMNS)[number], string | number | null>;

/** The CSV's headers, in French, one per column (the JSON keeps the field names). */
export const REPORT_HEADERS: Record<(typeof REPORT_COLUMNS)[number], string> = {
  niveau: "Niveau",
  code: "Code",
  nom: "Nom",
  communes: "Communes",
  population: "Population (habitants)",
  surfaceKm2: "Surface (km²)",
  communesCouvertes: "Communes couvertes",
  populationCouverte: "Population couverte",
  surfaceCouverteKm2: "Surface couverte (km²)",
  communesSansFacilitateur: "Communes sans facilitateur (ZB 1)",
  populationSansFacilitateur: "Population sans facilitateur (ZB 1)",
  surfaceSansFacilitateurKm2: "Surface sans facilitateur (km², ZB 1)",
  communesExtensionSeulement: "Communes en extension seulement (ZB 2)",
  populationExtensionSeulement: "Population en extension seulement (ZB 2)",
  surfaceExtensionSeulementKm2: "Surface en extension seulement (km², ZB 2)",
  communesCapaciteInsuffisante: "Communes en capacité insuffisante (ZB 3)",
  populationCapaciteInsuffisante: "Population en capacité insuffisante (ZB 3)",
  surfaceCapaciteInsuffisanteKm2: "Surface en capacité insuffisante (km², ZB 3)",
  communesEnChevauchement: "Communes en chevauchement",
  populationEnChevauchement: "Population en chevauchement",
  facilitateurs: "Postes de facilitateur",
  postesVacants: "Postes vacants",
  etp: "ETP en poste",
  structures: "Structures porteuses",
  etpDeployes: "ETP déployés",
  etpPour100000Habitants: "ETP pour 100 000 habitants",
  acheteursEtat: "Acheteurs de l'État",
  acheteursEtatEnZoneBlanche: "Acheteurs de l'État en zone blanche",
  coordinateursRegionaux: "Coordinateurs régionaux",
};

export interface Report {
  format: typeof REPORT_FORMAT;
  projet: { nom: string; demo: boolean; avertissement: string | null; miseAJour: string | null };
  referentiel: string;
  seuils: Seuils;
  niveau: IndicatorLevel;
  territoires: ReportRow[];
  regionsSansCoordinateur: { code: string; nom: string }[];
  chevauchements: { facilitateurs: [string, string]; communes: number; population: number }[];
  grandsProjets: {
    id: string;
    nom: string;
    communes: number;
    population: number;
    communesCouvertes: number;
    populationCouverte: number;
    partPopulationCouverte: number | null;
    facilitateurs: string[];
  }[];
  acheteursNonPlaces: number;
  /** Communes without a polygon of their own (re-created since 2018): counted by their code, never drawn nor selected on the map. */
  communesSansContour: { code: string; nom: string; population: number; statut: string }[];
  /** With a DECP file (`--besoins`): where the needs come from, and the market volumes of each territory of the level (as `npm run besoins`). */
  besoins?: { provenance: string; nonLocalises: number; territoires: NeedsReportRow[] };
}

/** The report with the needs of a DECP file: the bilan of the call for projects (`npm run report -- … --besoins FICHIER`). */
export function withNeeds(report: Report, needs: NeedsReport, provenance: string): Report {
  const level = report.niveau;
  return { ...report, besoins: { provenance, nonLocalises: needs.nonLocalises, territoires: needs.territoires.filter((row) => row.niveau === level) } };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The report's row of one territory (also a row of the exported indicators table). */
export function reportRow(unit: UnitIndicators): ReportRow {
  const { total, covered, zonesBlanches: zones } = unit;
  const area = (totals: Totals) => round(totals.areaKm2, 1);
  return {
    niveau: unit.level,
    code: unit.code,
    nom: unit.nom,
    communes: total.communes,
    population: total.population,
    surfaceKm2: area(total),
    communesCouvertes: covered.communes,
    populationCouverte: covered.population,
    surfaceCouverteKm2: area(covered),
    communesSansFacilitateur: zones.sansFacilitateur.communes,
    populationSansFacilitateur: zones.sansFacilitateur.population,
    surfaceSansFacilitateurKm2: area(zones.sansFacilitateur),
    communesExtensionSeulement: zones.extensionSeulement.communes,
    populationExtensionSeulement: zones.extensionSeulement.population,
    surfaceExtensionSeulementKm2: area(zones.extensionSeulement),
    communesCapaciteInsuffisante: zones.capaciteInsuffisante.communes,
    populationCapaciteInsuffisante: zones.capaciteInsuffisante.population,
    surfaceCapaciteInsuffisanteKm2: area(zones.capaciteInsuffisante),
    communesEnChevauchement: unit.overlap.communes,
    populationEnChevauchement: unit.overlap.population,
    facilitateurs: unit.facilitateurs,
    postesVacants: unit.vacantPosts,
    etp: round(unit.etp, 2),
    structures: unit.structures,
    etpDeployes: round(unit.deployedEtp, 2),
    etpPour100000Habitants: unit.etpPer100k === null ? null : round(unit.etpPer100k, 2),
    acheteursEtat: unit.acheteurs,
    acheteursEtatEnZoneBlanche: unit.acheteursInZonesBlanches,
    coordinateursRegionaux: unit.coordinateurs,
  };
}

/** The report of one level (national: one row; region, departement: one row per territory, by code). */
export function buildReport(index: TerritoryIndex, project: Project, result: ComputeResult, level: IndicatorLevel): Report {
  const { indicators } = result;
  const units = level === "national" ? [indicators.national] : level === "region" ? indicators.regions : indicators.departements;
  const idOf = (f: number) => project.facilitateurs[f]!.id;
  const regionNom = new Map(index.reference.regions.map((region) => [region.code, region.nom]));
  return {
    format: REPORT_FORMAT,
    projet: { nom: project.nom, demo: project.demo ?? false, avertissement: project.avertissement ?? null, miseAJour: project.miseAJour ?? null },
    referentiel: index.reference.cog,
    seuils: result.seuils,
    niveau: level,
    territoires: units.map(reportRow),
    regionsSansCoordinateur: result.regionsSansCoordinateur.map((code) => ({ code, nom: regionNom.get(code) ?? code })),
    chevauchements: result.overlaps.pairs.map((pair) => ({ facilitateurs: [idOf(pair.a), idOf(pair.b)], communes: pair.communes, population: pair.population })),
    grandsProjets: result.grandsProjets.map((summary) => ({
      id: summary.id,
      nom: summary.nom,
      communes: summary.communes,
      population: summary.population,
      communesCouvertes: summary.coveredCommunes,
      populationCouverte: summary.coveredPopulation,
      partPopulationCouverte: summary.coveredShare === null ? null : round(summary.coveredShare, 4),
      facilitateurs: summary.facilitateurs.map(idOf),
    })),
    acheteursNonPlaces: project.acheteurs.length - indicators.national.acheteurs,
    communesSansContour: communesWithoutGeometry(index, project, result, null).map((row) => ({ code: row.code, nom: row.nom, population: row.population, statut: COMMUNE_STATUS_LABELS[row.status] })),
  };
}

/**
 * The territory rows as CSV for French spreadsheets (csv-writer.ts: `;`, decimal comma, CRLF,
 * formulas neutralised); the byte order mark when asked (a file, not the terminal).
 */
export function formatReportCsv(report: Report, options: { byteOrderMark: boolean } = { byteOrderMark: false }): string {
  // With needs, their columns follow each territory's (a territory without contracts: empty cells).
  const needsColumns = report.besoins ? NEEDS_REPORT_COLUMNS.slice(3) : [];
  const needsOf = new Map(report.besoins?.territoires.map((row) => [row.code, row]));
  const header = [...REPORT_COLUMNS.map((column) => REPORT_HEADERS[column]), ...needsColumns.map((column) => NEEDS_REPORT_HEADERS[column])];
  const rows = report.territoires.map((row) => [...REPORT_COLUMNS.map((column) => row[column]), ...needsColumns.map((column) => needsOf.get(String(row.code))?.[column] ?? null)]);
  return writeCsv([header, ...rows], options);
}

// build-report.json and its console summary.
import type { CodeAmbiguity } from "../../src/domain/cog-migration.ts";
import type { ReferenceData } from "../../src/domain/territory-reference.ts";
import type { Layers } from "./layers.ts";
import type { SourceMapping } from "./map-sources.ts";

export interface TopologyFigures {
  arcs: number;
  precise: Record<string, unknown> & { points: number; crossingSegments: number };
  web: Record<string, unknown> & {
    grid: string;
    cellMetres: number[];
    points: number;
    crossingSegments: number;
    arcsWithCrossings: number;
    arcsReducedToOnePoint: number;
    areaDrift: { netAreaChangePercent: number; worst: { code: string; percent: number } };
  };
}

export interface FileSize {
  bytes: number;
  gzipBytes: number;
}

/** Communes in scope with no 2018 polygon, with the reason and where their ground lies. */
function describeWithoutPolygon(mapping: SourceMapping, layers: Layers) {
  const byCode = new Map(mapping.communes.map((c) => [c.code, c]));
  const postalOwners = new Map<string, string[]>();
  for (const c of layers.withGeometry) for (const cp of c.codesPostaux ?? []) postalOwners.set(cp, [...(postalOwners.get(cp) ?? []), c.code]);
  const departementsInSource = new Set(layers.withGeometry.map((c) => c.departement));
  return mapping.communes
    .filter((c) => !mapping.sourcesByCommune.has(c.code))
    .map((c) => {
      if (!departementsInSource.has(c.departement)) {
        return { code: c.code, nom: c.nom, reason: `aucun polygone du département ${c.departement} dans la source` };
      }
      const neighbours = [...new Set((c.codesPostaux ?? []).flatMap((cp) => postalOwners.get(cp) ?? []))]
        .filter((code) => byCode.get(code)?.departement === c.departement)
        .map((code) => `${code} ${byCode.get(code)!.nom}`);
      return {
        code: c.code,
        nom: c.nom,
        reason:
          "recréée depuis 2018 (ni code de 2018, ni ancien code d'une commune actuelle) : son territoire est compris dans le polygone 2018 d'une autre commune" +
          (neighbours.length ? ` ; communes de même code postal : ${neighbours.join(", ")}` : ""),
      };
    });
}

export function buildReport(args: {
  /** Former codes the COG maps two ways, with the choice made (createCodeMigrator). */
  ambiguities: readonly CodeAmbiguity[];
  /** Fingerprint of the build's inputs (scripts/lib/geo-inputs.mjs). */
  inputsHash: string;
  cogLabel: string;
  sourcePolygons: number;
  checksumsVerified: number;
  mapping: SourceMapping;
  layers: Layers;
  reference: ReferenceData;
  topology: TopologyFigures;
  files: Record<string, FileSize>;
}) {
  const { mapping, layers, reference } = args;
  const reasons: Record<string, number> = {};
  for (const m of mapping.mappings) reasons[m.reason] = (reasons[m.reason] ?? 0) + 1;
  const sumArea = (overseas: boolean) =>
    Number(reference.communes.filter((c) => c.departement.startsWith("97") === overseas).reduce((sum, c) => sum + c.areaKm2, 0).toFixed(1));
  const withoutGeometry = describeWithoutPolygon(mapping, layers);
  return {
    inputsHash: args.inputsHash,
    cog: args.cogLabel,
    source: { polygons2018: args.sourcePolygons, checksumsVerified: args.checksumsVerified },
    counts: {
      communesInScope: mapping.communes.length,
      communesWithGeometry: layers.withGeometry.length,
      communesWithoutGeometry: withoutGeometry.length,
      communesMergedFromSeveralPolygons: layers.withGeometry.filter((c) => mapping.sourcesByCommune.get(c.code)!.length > 1).length,
      communesOutOfScope: mapping.outOfScope.length,
      epci: layers.epci.length,
      departements: layers.departements.length,
      regions: layers.regions.length,
      populationWithGeometry: layers.withGeometry.reduce((sum, c) => sum + (c.population ?? 0), 0),
      areaKm2Metropole: sumArea(false),
      areaKm2Drom: sumArea(true),
    },
    mapping2018: reasons,
    topology: args.topology,
    files: args.files,
    communesWithoutGeometry: withoutGeometry,
    communesOutOfScope: mapping.outOfScope.map((c) => ({ code: c.code, nom: c.nom, reason: "collectivité d'outre-mer : hors du périmètre d'Admin Express" })),
    mappings2018: mapping.mappings.map((m) => ({ code2018: m.from, code: m.to, reason: m.reason })),
    codesAmbigus: args.ambiguities.map((a) => ({ code: a.code, nom: a.nom, chefLieu: a.chefLieu, anciensCodesDe: a.anciensCodesDe, retenu: a.chosen, raison: a.reason })),
  };
}

export type BuildReport = ReturnType<typeof buildReport>;

const MAX_LISTED = 20;

export function summarizeReport(report: BuildReport, out: string, seconds: number): string {
  const c = report.counts;
  const web = report.topology.web;
  return [
    `Géométrie construite dans ${out} (${seconds.toFixed(1)} s)`,
    `  COG : ${report.cog} ; source : ${report.source.polygons2018} polygones 2018 (${report.source.checksumsVerified} sommes de contrôle vérifiées)`,
    `  Communes actuelles (métropole et DROM) : ${c.communesInScope} ; avec géométrie : ${c.communesWithGeometry} ; sans polygone : ${c.communesWithoutGeometry} ; hors périmètre (COM) : ${c.communesOutOfScope}`,
    `  EPCI : ${c.epci} ; départements : ${c.departements} ; régions : ${c.regions}`,
    `  Population des communes avec géométrie : ${c.populationWithGeometry}`,
    `  Surface sur l'ellipsoïde : métropole ${c.areaKm2Metropole} km², DROM ${c.areaKm2Drom} km²`,
    `  Codes 2018 : ${Object.entries(report.mapping2018).map(([k, v]) => `${k} ${v}`).join(", ")} ; communes fusionnées de plusieurs polygones : ${c.communesMergedFromSeveralPolygons}`,
    `  Topologie : ${report.topology.arcs} arcs ; précise : ${report.topology.precise.points} points, ${report.topology.precise.crossingSegments} segments qui se croisent`,
    `  Web : ${web.grid} (≈ ${web.cellMetres.join(" × ")} m), ${web.points} points, ${web.crossingSegments} segments qui se croisent (${web.arcsWithCrossings} arcs), ${web.arcsReducedToOnePoint} arcs réduits à un point, écart de surface ${web.areaDrift.netAreaChangePercent} % (au plus ${web.areaDrift.worst.percent} % pour ${web.areaDrift.worst.code})`,
    ...Object.entries(report.files).map(([name, size]) => `  ${name} : ${(size.bytes / 1e6).toFixed(2)} Mo, ${(size.gzipBytes / 1e6).toFixed(2)} Mo gzip`),
    ...report.communesWithoutGeometry.slice(0, MAX_LISTED).map((w) => `  sans polygone : ${w.code} ${w.nom} — ${w.reason}`),
    ...(report.communesWithoutGeometry.length > MAX_LISTED ? [`  … et ${report.communesWithoutGeometry.length - MAX_LISTED} autres communes sans polygone (voir build-report.json)`] : []),
    `  Codes que le COG place à deux endroits : ${report.codesAmbigus.length}`,
    ...report.codesAmbigus.slice(0, MAX_LISTED).map((a) => `  code ambigu : ${a.code}${a.nom ? ` ${a.nom}` : ""} — retenu ${a.retenu} : ${a.raison}`),
    ...(report.codesAmbigus.length > MAX_LISTED ? [`  … et ${report.codesAmbigus.length - MAX_LISTED} autres codes ambigus (voir build-report.json)`] : []),
  ].join("\n");
}

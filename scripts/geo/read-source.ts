// Reads the Admin Express COG 2018 layout: communes/<dep>.geojson.gz, one FeatureCollection
// per département, with properties { code, nom } (INSEE codes of 2018).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export type SourceGeometry =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] };

export interface SourcePolygon {
  code: string;
  nom: string;
  file: string;
  geometry: SourceGeometry;
}

/** Checks the files against SHA256SUMS when the folder has one; throws on a mismatch. */
export function verifyChecksums(sourceDir: string): number {
  const sumsPath = join(sourceDir, "SHA256SUMS");
  if (!existsSync(sumsPath)) return 0;
  let checked = 0;
  for (const line of readFileSync(sumsPath, "utf8").split("\n")) {
    const match = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim());
    if (!match) continue;
    const [, expected, file] = match;
    const path = join(sourceDir, file!);
    if (!existsSync(path)) throw new Error(`Fichier source manquant : ${path} (listé dans SHA256SUMS)`);
    const actual = createHash("sha256").update(readFileSync(path)).digest("hex");
    if (actual !== expected) throw new Error(`Somme de contrôle différente pour ${path} : attendu ${expected}, lu ${actual}`);
    checked++;
  }
  return checked;
}

/** All commune polygons of the source folder, sorted by code for a deterministic build. */
export function readSourceCommunes(sourceDir: string): SourcePolygon[] {
  const dir = join(sourceDir, "communes");
  if (!existsSync(dir)) throw new Error(`Dossier introuvable : ${dir} (attendu : communes/<dep>.geojson.gz)`);
  const files = readdirSync(dir).filter((name) => name.endsWith(".geojson.gz") || name.endsWith(".geojson")).sort();
  if (files.length === 0) throw new Error(`Aucun fichier communes/*.geojson.gz dans ${sourceDir}`);
  const polygons: SourcePolygon[] = [];
  for (const file of files) {
    const raw = readFileSync(join(dir, file));
    const text = (file.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
    const collection = JSON.parse(text) as { features?: { properties?: Record<string, unknown>; geometry?: SourceGeometry }[] };
    for (const [index, feature] of (collection.features ?? []).entries()) {
      const code = feature.properties?.code;
      const geometry = feature.geometry;
      if (typeof code !== "string" || !geometry || (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon")) {
        throw new Error(`${file} : entité n° ${index + 1} sans code INSEE ou sans polygone`);
      }
      polygons.push({ code, nom: String(feature.properties?.nom ?? ""), file, geometry });
    }
  }
  polygons.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (let i = 1; i < polygons.length; i++) {
    if (polygons[i]!.code === polygons[i - 1]!.code) throw new Error(`Code INSEE en double dans la source : ${polygons[i]!.code}`);
  }
  return polygons;
}

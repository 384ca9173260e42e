/**
 * A perimeter drawn elsewhere (a GeoJSON FeatureCollection, Feature, Polygon or
 * MultiPolygon, WGS84) to the communes it selects.
 *
 * Selection rule: a commune is selected when its representative interior point (Turf
 * `pointOnFeature`: the centroid when it lies inside the commune, else a point on its
 * surface) falls inside the polygon. A commune half inside is therefore taken or left
 * whole, by where most of its shape lies, and an outline exported by this app selects
 * exactly the communes it was made of.
 *
 * Features are grouped into facilitators by their properties (`identifiant`,
 * `facilitateur`, `structure`, `etp`, `statut`, `extension`, as the table columns), unless
 * the caller names the facilitator; without either, the file name names it.
 */
import { booleanValid, kinks, pointOnFeature } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import type { CommuneShapes } from "../domain/commune-shapes.ts";
import { communesInPolygon } from "../domain/communes-in-polygon.ts";
import { normalizeName } from "../domain/commune-search.ts";
import type { Zone } from "../domain/model.ts";
import { fieldOfHeader } from "./column-mapping.ts";
import { describeValue, isObject, join, type JsonObject } from "./field-reader.ts";
import { buildImportResult, ImportLog, type ImportedFacilitateur, type ImportResult, type ImportTerritory } from "./importer.ts";
import { parseJsonText } from "./json-text.ts";
import { isCellError, readEtp, readStatut, readYesNo } from "./table-cells.ts";
import { formatCount } from "./import-limits.ts";
import { cleanText, describeCleaning, MAX_NAME_CHARS, quotedValue } from "./text-fields.ts";

export interface GeoJsonImportOptions {
  file: string;
  /** The facilitator every polygon of the file is for (e.g. the one being edited); overrides the features' properties. */
  facilitateur?: { id?: string; nom: string };
}

type PolygonFeature = Feature<Polygon | MultiPolygon>;

/** Checks a ring's positions (WGS84 bounds, at least 4, closed); returns an error message or undefined. */
function checkRing(ring: unknown): string | undefined {
  if (!Array.isArray(ring) || ring.length < 4) return "anneau de moins de 4 positions : un polygone fermé en demande au moins 4";
  for (const position of ring) {
    if (!Array.isArray(position) || position.length < 2 || !position.every((n) => typeof n === "number" && Number.isFinite(n))) return `position invalide ${describeValue(position)} : [longitude, latitude] attendu`;
    const [lon, lat] = position as number[];
    if (Math.abs(lon!) > 180 || Math.abs(lat!) > 90) {
      return `coordonnées hors des bornes WGS84 (${lon}, ${lat}) : longitude de -180 à 180 et latitude de -90 à 90 attendues (fichier en Lambert 93 ? reprojetez-le en WGS84, EPSG:4326)`;
    }
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) return "anneau non fermé : la dernière position doit répéter la première";
  return undefined;
}

/** The geometry as a polygon feature, or an error message. */
function readGeometry(geometry: unknown): { feature: PolygonFeature } | { error: string } {
  if (!isObject(geometry)) return { error: "géométrie absente" };
  const type = geometry["type"];
  if (type !== "Polygon" && type !== "MultiPolygon") return { error: `géométrie de type ${describeValue(type)} : un polygone (Polygon ou MultiPolygon) est attendu` };
  const coordinates = geometry["coordinates"];
  const polygons = type === "Polygon" ? [coordinates] : coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) return { error: "coordonnées absentes" };
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return { error: "polygone sans anneau" };
    for (const ring of polygon) {
      const problem = checkRing(ring);
      if (problem) return { error: problem };
    }
  }
  // Positions cut to [longitude, latitude]: Turf compares every coordinate of the first and
  // last positions and throws on a ring closed in 2D whose altitudes differ.
  const flat = (polygon: Position[][]) => polygon.map((ring) => ring.map((position) => [position[0]!, position[1]!]));
  const plane: Polygon | MultiPolygon =
    type === "Polygon" ? { type, coordinates: flat(coordinates as Position[][]) } : { type, coordinates: (coordinates as Position[][][]).map(flat) };
  return { feature: { type: "Feature", properties: null, geometry: plane } };
}

/**
 * Turf's `booleanValid` and `kinks` compare every edge with every other (quadratic): 22 s
 * for one ring of 20,000 positions. They only feed a warning, so larger polygons are not checked.
 */
const MAX_VALIDATED_POSITIONS = 2_000;

/**
 * Why the polygon is invalid, in French, or undefined. `booleanValid` checks rings against
 * each other but not a ring crossing itself (a bow tie passes it): `kinks` finds those.
 */
function invalidPolygon(polygon: PolygonFeature): string | undefined {
  if (positionCount(polygon) > MAX_VALIDATED_POSITIONS) return undefined;
  const crossings = kinks(polygon).features.length;
  if (crossings > 0) return `polygone invalide : ses bords se croisent (${crossings} croisement${crossings > 1 ? "s" : ""}, en « nœud papillon » ?) ; les communes retenues peuvent ne pas être celles voulues, vérifiez le contour`;
  return booleanValid(polygon) ? undefined : "polygone invalide (anneaux qui se croisent ou se chevauchent ?) : vérifiez les communes retenues";
}

/** A polygon that selects more than this share of all communes is most likely a mistake (the whole world, rings reversed). */
const SUSPICIOUS_SHARE = 0.5;

function positionCount(polygon: PolygonFeature): number {
  const polygons = polygon.geometry.type === "Polygon" ? [polygon.geometry.coordinates] : polygon.geometry.coordinates;
  return polygons.reduce((sum, rings) => sum + rings.reduce((count, ring) => count + ring.length, 0), 0);
}

/** Indices of the communes whose representative point lies in the polygon (points cached across polygons). */
function selectCommunes(shapes: CommuneShapes, points: Map<number, Position>, polygon: PolygonFeature): number[] {
  return communesInPolygon(shapes, polygon, (c) => {
    let point = points.get(c);
    if (!point) {
      const commune = shapes.features[c];
      if (!commune) return null;
      point = pointOnFeature(commune).geometry.coordinates;
      points.set(c, point);
    }
    return point;
  });
}

/** The features of a GeoJSON document with their path, or an error message. */
function listFeatures(document: unknown): { features: { value: unknown; path: string }[] } | { error: string } {
  if (!isObject(document)) return { error: `objet GeoJSON attendu, trouvé ${describeValue(document)}` };
  switch (document["type"]) {
    case "FeatureCollection": {
      const features = document["features"];
      if (!Array.isArray(features)) return { error: "FeatureCollection sans liste « features »" };
      return { features: features.map((value, i) => ({ value, path: join("features", i) })) };
    }
    case "Feature":
      return { features: [{ value: document, path: "" }] };
    case "Polygon":
    case "MultiPolygon":
      return { features: [{ value: { type: "Feature", properties: null, geometry: document }, path: "" }] };
    default:
      return { error: `GeoJSON de type ${describeValue(document["type"])} : FeatureCollection, Feature, Polygon ou MultiPolygon attendu` };
  }
}

/** Property values by import field (`identifiant`, `facilitateur`…), as text cleaned as every text field (text-fields.ts, changes warned at `path`). */
function readProperties(properties: unknown, path: string, log: ImportLog): Map<string, string> {
  const fields = new Map<string, string>();
  if (!isObject(properties)) return fields;
  for (const [key, value] of Object.entries(properties as JsonObject)) {
    const field = fieldOfHeader(key);
    if (field === undefined || fields.has(field) || !(typeof value === "string" || typeof value === "number" || typeof value === "boolean")) continue;
    const cleaned = cleanText(String(value), MAX_NAME_CHARS);
    for (const warning of describeCleaning(cleaned, MAX_NAME_CHARS)) log.warn({ path: join(join(path, "properties"), key), value: quotedValue(cleaned.text) }, warning);
    if (cleaned.text.trim() !== "") fields.set(field, cleaned.text.trim());
  }
  return fields;
}

/** Reads a GeoJSON document's polygons as perimeters made of communes; never throws. */
export function importGeoJsonPerimeters(text: string, territory: ImportTerritory, options: GeoJsonImportOptions): ImportResult {
  const log = new ImportLog(options.file);
  const facilitateurs = new Map<string, ImportedFacilitateur & { seen: Set<string> }>();
  const finish = (rowsRead: number) =>
    buildImportResult(territory.index, log, { format: "geojson", facilitateurs: [...facilitateurs.values()].map(({ seen: _seen, ...facilitateur }) => facilitateur), structures: [] }, { rowsRead });
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    log.error({ path: parsed.error.path }, parsed.error.message);
    return finish(0);
  }
  const listed = listFeatures(parsed.value);
  if ("error" in listed) {
    log.error({}, listed.error);
    return finish(0);
  }
  if (listed.features.length === 0) log.error({}, "aucun polygone dans le fichier");
  const { shapes } = territory;
  if (!shapes) {
    log.error({}, "géométrie des communes non chargée : impossible de placer les polygones");
    return finish(listed.features.length);
  }
  const points = new Map<number, Position>();
  const fallbackName = options.file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  for (const { value, path } of listed.features) {
    const at = { path: join(path, "geometry") };
    if (!isObject(value) || value["type"] !== "Feature") {
      log.error({ path }, `Feature attendu, trouvé ${describeValue(isObject(value) ? value["type"] : value)}`);
      continue;
    }
    const geometry = readGeometry(value["geometry"]);
    if ("error" in geometry) {
      log.error(at, geometry.error);
      continue;
    }
    const invalid = invalidPolygon(geometry.feature);
    if (invalid) log.warn(at, invalid);
    const properties = readProperties(value["properties"], path, log);
    const id = options.facilitateur ? options.facilitateur.id : properties.get("identifiant");
    const nom = options.facilitateur?.nom ?? properties.get("facilitateur") ?? id ?? fallbackName;
    const key = id ?? normalizeName(nom);
    let facilitateur = facilitateurs.get(key);
    if (!facilitateur) {
      facilitateur = { key, nom, perimetre: [], seen: new Set(), ...(id !== undefined && { id }) };
      facilitateurs.set(key, facilitateur);
      const etp = properties.get("etp");
      const statut = properties.get("statut");
      const readEtpValue = etp === undefined || options.facilitateur ? undefined : readEtp(etp);
      if (readEtpValue !== undefined && !isCellError(readEtpValue)) facilitateur.etp = readEtpValue;
      const readStatutValue = statut === undefined || options.facilitateur ? undefined : readStatut(statut);
      if (readStatutValue !== undefined && !isCellError(readStatutValue)) facilitateur.statut = readStatutValue;
    }
    const extensionText = properties.get("extension");
    const extension = extensionText !== undefined && readYesNo(extensionText) === true;
    const communes = selectCommunes(shapes, points, geometry.feature);
    if (communes.length === 0) log.warn(at, "ce polygone ne contient le point intérieur d'aucune commune : il ne sélectionne rien");
    const total = territory.index.communeCount;
    if (communes.length > total * SUSPICIOUS_SHARE) {
      log.warn(
        at,
        `ce polygone sélectionne ${formatCount(communes.length)} communes sur ${formatCount(total)}${communes.length === total ? " (toutes)" : ""} : c'est sans doute une erreur (contour du monde entier, anneaux inversés ?) ; vérifiez le fichier avant d'appliquer l'import`,
      );
    }
    for (const c of communes) {
      const code = territory.index.communeCodes[c]!;
      if (facilitateur.seen.has(code)) continue;
      facilitateur.seen.add(code);
      const zone: Zone = { niveau: "commune", code, ...(extension && { extension: true }) };
      facilitateur.perimetre.push(zone);
    }
  }
  for (const facilitateur of facilitateurs.values()) facilitateur.perimetre.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return finish(listed.features.length);
}

/**
 * The structured fields of a grand projet: its GeoJSON geometry (Point, LineString or
 * Polygon, WGS84 degrees) and its period; positions serve acheteurs too.
 */
import type { GrandProjetGeometry } from "../domain/model.ts";
import { describeValue, isIsoDate, join, type FieldReader } from "./field-reader.ts";

type Position = [number, number];

/** [longitude, latitude] in degrees (an altitude is dropped). */
export function readPosition(reader: FieldReader, value: unknown, path: string): Position | undefined {
  const ok = Array.isArray(value) && (value.length === 2 || value.length === 3) && value.every((n) => typeof n === "number" && Number.isFinite(n));
  if (!ok) return reader.error(path, `position [longitude, latitude] attendue, trouvé ${describeValue(value)}`);
  const [lon, lat] = value as number[];
  if (Math.abs(lon!) > 180 || Math.abs(lat!) > 90) return reader.error(path, `longitude entre -180 et 180 et latitude entre -90 et 90 attendues, trouvé [${lon}, ${lat}]`);
  return [lon!, lat!];
}

function readPositions(reader: FieldReader, value: unknown, path: string, min: number): Position[] | undefined {
  if (!Array.isArray(value)) return reader.error(path, `liste de positions attendue, trouvé ${describeValue(value)}`);
  if (value.length < min) return reader.error(path, `au moins ${min} positions attendues, trouvé ${value.length}`);
  const positions = value.map((item, k) => readPosition(reader, item, join(path, k)));
  const valid = positions.filter((p): p is Position => p !== undefined);
  return valid.length === positions.length ? valid : undefined;
}

/** A GeoJSON Point, LineString or Polygon (rings closed, at least 4 positions each). */
export function readGeometrie(reader: FieldReader, value: unknown, path: string): GrandProjetGeometry | undefined {
  const geometry = reader.object(value, path);
  if (!geometry) return undefined;
  reader.ignoreUnknownFields(geometry, path, ["type", "coordinates"]);
  const type = reader.oneOf(geometry, "type", path, ["Point", "LineString", "Polygon"] as const);
  const coordinates = geometry["coordinates"];
  const at = join(path, "coordinates");
  if (coordinates === undefined) return reader.error(at, "champ obligatoire manquant");
  switch (type) {
    case undefined:
      return undefined;
    case "Point": {
      const point = readPosition(reader, coordinates, at);
      return point && { type, coordinates: point };
    }
    case "LineString": {
      const line = readPositions(reader, coordinates, at, 2);
      return line && { type, coordinates: line };
    }
    case "Polygon": {
      if (!Array.isArray(coordinates) || coordinates.length === 0) return reader.error(at, `liste d'anneaux attendue, trouvé ${describeValue(coordinates)}`);
      const rings = coordinates.map((ring, k) => {
        const positions = readPositions(reader, ring, join(at, k), 4);
        const first = positions?.[0];
        const last = positions?.[positions.length - 1];
        if (first && last && (first[0] !== last[0] || first[1] !== last[1])) return reader.error(join(at, k), "anneau non fermé : la dernière position doit répéter la première");
        return positions;
      });
      const valid = rings.filter((ring): ring is Position[] => ring !== undefined);
      return valid.length === rings.length ? { type, coordinates: valid } : undefined;
    }
  }
}

const PERIOD_BOUND = /^\d{4}$/;

/** `{debut, fin}`, each a year (YYYY) or a date (YYYY-MM-DD), debut not after fin. */
export function readPeriode(reader: FieldReader, value: unknown, path: string): { debut: string; fin: string } | undefined {
  if (value === undefined) return reader.error(path, "champ obligatoire manquant ({ \"debut\": …, \"fin\": … })");
  const periode = reader.object(value, path);
  if (!periode) return undefined;
  reader.ignoreUnknownFields(periode, path, ["debut", "fin"]);
  const bound = (key: "debut" | "fin") => {
    const text = reader.string(periode, key, path);
    if (text === undefined || PERIOD_BOUND.test(text) || isIsoDate(text)) return text;
    return reader.error(join(path, key), `année (AAAA) ou date (AAAA-MM-JJ) attendue, trouvé ${describeValue(text)}`);
  };
  const debut = bound("debut");
  const fin = bound("fin");
  if (debut === undefined || fin === undefined) return undefined;
  // A year stands for its first day as a start and its last day as an end.
  const start = debut.length === 4 ? `${debut}-01-01` : debut;
  const end = fin.length === 4 ? `${fin}-12-31` : fin;
  if (start > end) return reader.error(path, `la période finit (${fin}) avant de commencer (${debut})`);
  return { debut, fin };
}

/**
 * The regulatory DECP JSON (`{"marches": {"marche": [...], "contrat-concession": [...]}}`,
 * schema v2 of 2022; also the 2019 shape `{"marches": [...]}` and a bare array), read as a
 * stream: text goes in by chunks, each `marche` comes out as a cleaned record as soon as
 * its closing brace is read, so a national file never sits whole in memory. Concessions
 * are counted and skipped. A contract's modifications are applied in order: the record
 * holds its current state. Never throws: problems are reported, located by line and path.
 */
import type { DecpRecord } from "../domain/needs/decp-record.ts";
import { buildRecord, isConcessionNature, type DecpCounts, type DecpField, type DecpSink, type RawFields, type RawValue } from "./decp-fields.ts";
import { parseJsonText } from "./json-text.ts";
import type { ProblemSeverity } from "./importer.ts";

export interface DecpStreamReader {
  /** Reads the next piece of text. */
  push(text: string): void;
  /** Ends the file; returns what was counted. */
  end(): DecpCounts;
}

/** What the elements of an array are: marchés, concessions, or either (2019 shape, bare array). */
type ElementKind = "marche" | "concession" | "either";

/** Field names of the JSON (schema v2, and the 2019 shape) as the problems name them. */
const JSON_FIELD_PATHS: Record<DecpField, string> = {
  acheteurId: "acheteur.id",
  acheteurNom: "acheteur.nom",
  acheteurCommune: "acheteur.commune",
  id: "id",
  montant: "montant",
  dateNotification: "dateNotification",
  datePublication: "datePublicationDonnees",
  codeCPV: "codeCPV",
  lieuCode: "lieuExecution.code",
  lieuType: "lieuExecution.typeCode",
  considerationsSociales: "considerationsSociales.considerationSociale",
  etat: "modifications",
  actuel: "donneesActuelles",
  nature: "nature",
};

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === "object" && !Array.isArray(value);
const field = (object: unknown, name: string): unknown => (isObject(object) ? object[name] : undefined);

/** A modification as the schema nests it (`{"modification": {...}}`) or flat (2019). */
const modificationOf = (item: unknown): JsonObject | undefined => {
  const inner = field(item, "modification");
  return isObject(inner) ? inner : isObject(item) ? item : undefined;
};

function isConcession(element: JsonObject, kind: ElementKind): boolean {
  if (kind !== "either") return kind === "concession";
  return "autoriteConcedante" in element || /concession/i.test(String(element["_type"] ?? "")) || isConcessionNature(element["nature"] as RawValue);
}

/** The raw fields of a `marche`, its modifications applied (the last amount given wins). */
function rawFieldsOf(element: JsonObject): RawFields {
  const modifications = (Array.isArray(element["modifications"]) ? element["modifications"] : []).map(modificationOf).filter((m): m is JsonObject => m !== undefined);
  modifications.sort((a, b) => Number(a["id"] ?? 0) - Number(b["id"] ?? 0));
  let montant = element["montant"] as RawValue;
  for (const modification of modifications) if (modification["montant"] !== undefined && modification["montant"] !== null) montant = modification["montant"] as RawValue;
  const social = field(element["considerationsSociales"], "considerationSociale") ?? element["considerationsSociales"];
  return {
    acheteurId: field(element["acheteur"], "id") as RawValue,
    acheteurNom: field(element["acheteur"], "nom") as RawValue,
    id: element["id"] as RawValue,
    montant,
    dateNotification: element["dateNotification"] as RawValue,
    datePublication: element["datePublicationDonnees"] as RawValue,
    codeCPV: element["codeCPV"] as RawValue,
    lieuCode: field(element["lieuExecution"], "code") as RawValue,
    lieuType: field(element["lieuExecution"], "typeCode") as RawValue,
    considerationsSociales: (Array.isArray(social) || typeof social === "string" ? social : null) as RawValue,
    etat: modifications.length === 0 ? 0 : Math.max(modifications.length, ...modifications.map((m) => Number(m["id"]) || 0)),
    // Not in the regulatory schema; consolidated JSON files may carry it.
    actuel: element["donneesActuelles"] as RawValue,
  };
}

/** A streaming reader of DECP JSON for `file`; records and problems go to `sink`. */
export function createDecpJsonReader(file: string, sink: DecpSink): DecpStreamReader {
  const counts: DecpCounts = { rows: 0, concessions: 0, errors: 0, warnings: 0 };
  const report = (severity: ProblemSeverity, message: string, at: { line?: number; path?: string; value?: string }) => {
    if (severity === "error") counts.errors++;
    else counts.warnings++;
    sink.problem({ file, ...at, message, severity });
  };

  // Where the scanner stands: one entry per open container, its key (objects) and the kind of its elements (target arrays).
  const containers: number[] = []; // 0x7b « { » or 0x5b « [ »
  const keys: (string | null)[] = [];
  const targets: (ElementKind | null)[] = [];
  const indices: number[] = [];
  let expectKey = false;
  let inString = false;
  let escaped = false;
  let keyText: string | null = null;
  let line = 1;
  let started = false;
  let foundTarget = false;
  // Capture of one element of a target array.
  let capture: string[] | null = null;
  let captureDepth = 0;
  let captureStart = 0;
  let captureLine = 0;
  let captureKind: ElementKind = "marche";
  let captureIndex = 0;
  let captureArray = "";

  let ended = false;
  /** The key path of the array open at `depth` containers, e.g. `marches.marche`. */
  const arrayPath = (depth: number) =>
    keys
      .slice(1, depth)
      .filter((key): key is string => typeof key === "string")
      .join(".");
  const keyOf = (raw: string) => {
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return raw;
    }
  };

  const targetOf = (depth: number): ElementKind | null => {
    // The key path of the array about to open (object keys from the root).
    const path = keys.slice(0, depth + 1).join("/");
    if (depth === 0) return "either";
    if (path === "/marches") return "either";
    if (path === "/marches/marche") return "marche";
    if (path === "/marches/contrat-concession") return "concession";
    return null;
  };

  const finishElement = (text: string) => {
    const path = `${captureArray}[${captureIndex}]`;
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      const where = /^ligne (\d+), colonne (\d+)$/.exec(parsed.error.path);
      report("error", `${parsed.error.message} : élément ignoré`, { line: where ? captureLine + Number(where[1]) - 1 : captureLine, path });
      return;
    }
    if (!isObject(parsed.value)) {
      report("error", "objet attendu pour un marché : élément ignoré", { line: captureLine, path, value: text.slice(0, 40) });
      return;
    }
    if (isConcession(parsed.value, captureKind)) {
      counts.concessions++;
      return;
    }
    counts.rows++;
    const record: DecpRecord = buildRecord(rawFieldsOf(parsed.value), { line: captureLine, path }, (name, value, message, severity = "warning") =>
      report(severity, message, { line: captureLine, path: `${path}.${JSON_FIELD_PATHS[name]}`, value }),
    );
    sink.record(record);
  };

  const push = (chunk: string) => {
    let i = 0;
    const length = chunk.length;
    while (i < length) {
      if (capture !== null) {
        // Inside an element: only strings and nesting matter.
        let depth = captureDepth;
        let j = i;
        for (; j < length; j++) {
          const code = chunk.charCodeAt(j);
          if (code === 10) line++;
          if (inString) {
            if (escaped) escaped = false;
            else if (code === 0x5c) escaped = true;
            else if (code === 0x22) inString = false;
          } else if (code === 0x22) inString = true;
          else if (code === 0x7b || code === 0x5b) depth++;
          else if (code === 0x7d || code === 0x5d) {
            depth--;
            if (depth === 0) break;
          }
        }
        if (j < length) {
          capture.push(chunk.slice(captureStart, j + 1));
          const text = capture.join("");
          capture = null;
          captureDepth = 0;
          finishElement(text);
          i = j + 1;
        } else {
          capture.push(chunk.slice(captureStart));
          captureDepth = depth;
          captureStart = 0;
          return;
        }
        continue;
      }
      const code = chunk.charCodeAt(i);
      if (code === 10) line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (code === 0x5c) escaped = true;
        else if (code === 0x22) {
          inString = false;
          if (keyText !== null) {
            keys[containers.length] = keyOf(keyText);
            keyText = null;
          }
        } else if (keyText !== null) keyText += chunk[i];
        i++;
        continue;
      }
      if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xfeff) {
        i++;
        continue;
      }
      if (!started) {
        started = true;
        if (code !== 0x7b && code !== 0x5b) {
          report("error", "ce fichier n'est pas un document JSON (« { » ou « [ » attendu au début)", { line, value: chunk.slice(i, i + 20) });
          // Nothing more can be read.
          ended = true;
          return;
        }
      }
      const depth = containers.length;
      const inTarget = depth > 0 && containers[depth - 1] === 0x5b ? targets[depth - 1] : null;
      if (inTarget && (code === 0x7b || code === 0x5b || code === 0x22 || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x74 || code === 0x66 || code === 0x6e)) {
        // An element of a target array: capture it whole.
        if (code === 0x7b || code === 0x5b) {
          capture = [];
          captureDepth = 0;
          captureStart = i;
          captureLine = line;
          captureKind = inTarget;
          captureIndex = indices[depth - 1]!;
          captureArray = arrayPath(depth);
          continue;
        }
        report("error", "objet attendu pour un marché : élément ignoré", { line, path: `${arrayPath(depth)}[${indices[depth - 1]}]` });
      }
      if (code === 0x7b || code === 0x5b) {
        containers.push(code);
        targets[depth] = code === 0x5b ? targetOf(depth) : null;
        if (targets[depth]) foundTarget = true;
        indices[depth] = 0;
        keys[depth + 1] = null;
        expectKey = code === 0x7b;
      } else if (code === 0x7d || code === 0x5d) {
        containers.pop();
        expectKey = false;
      } else if (code === 0x22) {
        inString = true;
        keyText = expectKey && containers[depth - 1] === 0x7b ? "" : null;
        expectKey = false;
      } else if (code === 0x3a) {
        expectKey = false;
      } else if (code === 0x2c) {
        if (containers[depth - 1] === 0x7b) expectKey = true;
        else if (depth > 0) indices[depth - 1]!++;
      }
      i++;
    }
  };

  return {
    push(text) {
      if (!ended) push(text);
    },
    end() {
      if (!ended && (capture !== null || containers.length > 0 || inString)) {
        report("error", `fichier JSON incomplet (tronqué ?) : ${counts.rows} marché(s) lu(s) jusque-là`, { line });
      } else if (!ended && !started) {
        report("error", "fichier vide", {});
      } else if (!ended && !foundTarget) {
        report("error", "ni « marches.marche » ni « marches.contrat-concession » : ce fichier JSON n'est pas au format des données essentielles de la commande publique (DECP)", { line: 1 });
      }
      ended = true;
      return counts;
    },
  };
}

// Fuzzing the project-file reader: whatever the text, parseProjectFile answers
// { ok: true } or { ok: false } with located French errors, and never throws.
import fc from "fast-check";
import { describe } from "vitest";
import { PROJECT_SCHEMA } from "../../src/domain/model.ts";
import { parseProjectFile, serializeProject } from "../../src/io/project-file.ts";
import { tinyProject, tinyTerritory } from "../fixtures/tiny-territory.ts";
import { readBuiltFile } from "../helpers/geo.ts";
import { describeWithGeo, loadBuiltTerritory } from "../helpers/territory.ts";
import {
  anyJsonText,
  anyText,
  checkProblem,
  corrupted,
  deepNesting,
  fuzzReader,
  hugeString,
  mutatedDocument,
  truncated,
  wrongValue,
  type LocatedProblem,
} from "./fuzz-harness.ts";

/** The contract of `parseProjectFile` on one result. */
function checkProjectFileResult(result: unknown): string[] {
  if (typeof result !== "object" || result === null) return [`résultat qui n'est pas un objet : ${String(result)}`];
  const { ok, errors, warnings, project } = result as { ok?: unknown; errors?: unknown; warnings?: unknown; project?: unknown };
  const broken: string[] = [];
  if (ok === true && (typeof project !== "object" || project === null)) broken.push("ok: true sans projet");
  if (ok === false && (!Array.isArray(errors) || errors.length === 0)) broken.push("ok: false sans aucune erreur");
  if (ok !== true && ok !== false) broken.push(`ok vaut ${String(ok)}`);
  if (!Array.isArray(warnings)) broken.push("pas de liste d'avertissements");
  // A location is a path in the document or « ligne L, colonne C ». The only problem about the
  // whole file (its root is not an object) has an empty path and says « racine du fichier ».
  const located = (problem: LocatedProblem) => typeof problem.path === "string" && (problem.path !== "" || /racine du fichier/.test(String(problem.message)));
  (Array.isArray(errors) ? errors : []).forEach((error: LocatedProblem, i) => broken.push(...checkProblem(error, `errors[${i}]`, located)));
  (Array.isArray(warnings) ? warnings : []).forEach((warning: LocatedProblem, i) => broken.push(...checkProblem(warning, `warnings[${i}]`, located)));
  return broken;
}

/** What kind of answer a result is: accepted, or refused for its first error's kind. */
function classifyProjectFileResult(result: unknown): string {
  const { ok, errors } = result as { ok: boolean; errors?: { path: string; message: string }[] };
  if (ok) return "accepté";
  const first = errors?.[0];
  if (!first) return "refusé";
  if (first.message.startsWith("JSON invalide")) return "JSON invalide";
  if (first.path === "" || first.path === "schema") return "pas un projet";
  return `refusé (${first.path.split(/[.[]/)[0]})`;
}

/** The tiny project with every optional field filled, so that mutations reach them all. */
function fullDocument(): Record<string, unknown> {
  const project = tinyProject();
  const document = JSON.parse(serializeProject(project)) as Record<string, unknown> & { facilitateurs: Record<string, unknown>[]; grandsProjets: Record<string, unknown>[] };
  Object.assign(document, { demo: true, avertissement: "Données fictives.", miseAJour: "2025-11-01", seuils: { etpPour100000Habitants: 0.5, acheteursParEtp: 10 } });
  document.facilitateurs[0]!["contacts"] = [
    { type: "email", valeur: "a@exemple.fr", public: true },
    { type: "telephone", valeur: "01 23 45 67 89", public: false },
  ];
  document.facilitateurs[2]!["perimetre"] = [{ niveau: "departement", code: "02" }, { niveau: "commune", code: "01999", extension: true }];
  document.grandsProjets.push(
    { id: "G2", nom: "Ligne", type: "ligne-ferroviaire", geometrie: { type: "LineString", coordinates: [[2.05, 46.05], [2.35, 46.25]] }, tamponKm: 5, periode: { debut: "2024-01-01", fin: "2030" } },
    { id: "G3", nom: "Site", type: "jop-2030", geometrie: { type: "Point", coordinates: [2.15, 46.15] }, tamponKm: 2, periode: { debut: "2025", fin: "2030-06-30" } },
    { id: "G4", nom: "Zone", type: "npnru", geometrie: { type: "Polygon", coordinates: [[[2, 46], [2.2, 46], [2.2, 46.2], [2, 46]]] }, tamponKm: 0, periode: { debut: "2020", fin: "2026" } },
  );
  return document;
}

/** Coordinates in and out of range, and positions of every wrong shape. */
const coordinate = fc.oneof(
  fc.double({ min: -180, max: 180, noNaN: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(180.0000001, -90.0000001, 1e308, -1e308, 0, -0),
);
const position = fc.oneof(fc.tuple(coordinate, coordinate), fc.tuple(coordinate, coordinate, coordinate), fc.array(coordinate, { maxLength: 5 }), wrongValue());
/** Rings: closed or not, too short, self-intersecting (a bow tie), with degenerate or far positions. */
const ring = fc.oneof(
  fc.array(position, { maxLength: 8 }),
  fc.array(fc.tuple(coordinate, coordinate), { minLength: 3, maxLength: 8 }).map((points) => [...points, points[0]!]),
  fc.constant([[2, 46], [2.2, 46.2], [2.2, 46], [2, 46.2], [2, 46]]),
  fc.constant([[2, 46], [2, 46], [2, 46], [2, 46]]),
  fc.constant([[-200, 46], [500, 46], [2, 95], [-200, 46]]),
);
/** Any geometry-looking value for `geometrie`. */
const geometry = fc.oneof(
  fc.record(
    {
      type: fc.constantFrom("Point", "LineString", "Polygon", "MultiPolygon", "GeometryCollection", "point", ""),
      coordinates: fc.oneof(position, fc.array(position, { maxLength: 6 }), fc.array(ring, { maxLength: 3 }), wrongValue()),
    },
    { requiredKeys: [] },
  ),
  wrongValue(),
);
/** Codes of every kind: known, former, unknown, of the wrong length, Corsican, overseas, not codes at all. */
const code = fc.oneof(
  fc.constantFrom("01001", "01999", "1001", "02", "2", "91", "200000001", "2A004", "2B033", "97411", "99999", "00000", "", " 01001 ", "0100１"),
  fc.stringMatching(/^[0-9AB]{1,10}$/),
  fc.string({ unit: "binary", maxLength: 12 }),
);

/** Values to throw at any field of the document. */
const anyFieldValue = fc.oneof({ weight: 4, arbitrary: wrongValue() }, { weight: 2, arbitrary: code }, { weight: 2, arbitrary: geometry });

function projectFileInputs(valid: Record<string, unknown>): fc.Arbitrary<string> {
  const text = JSON.stringify(valid, null, 2);
  const inField = (key: string) => (nested: string) => `{"schema":"${PROJECT_SCHEMA}","nom":"n","structures":[],"facilitateurs":[],"${key}":${nested}}`;
  return fc.oneof(
    { weight: 2, arbitrary: anyText() },
    { weight: 1, arbitrary: anyJsonText() },
    { weight: 2, arbitrary: truncated(text) },
    { weight: 2, arbitrary: corrupted(text) },
    { weight: 10, arbitrary: mutatedDocument(valid, anyFieldValue).map((document) => JSON.stringify(document)) },
    // The same mutations indented and with a byte order mark, as editors save them.
    { weight: 1, arbitrary: mutatedDocument(valid, anyFieldValue).map((document) => `\uFEFF${JSON.stringify(document, null, "\t")}`) },
    { weight: 2, arbitrary: fc.array(geometry, { minLength: 1, maxLength: 3 }).map((geometries) => JSON.stringify({ ...valid, grandsProjets: geometries.map((geometrie, k) => ({ id: `G${k}`, nom: "P", type: "autre", geometrie, tamponKm: 1, periode: { debut: "2024", fin: "2030" } })) })) },
    { weight: 1, arbitrary: fc.constantFrom("nom", "structures", "facilitateurs", "avertissement", "seuils", "grandsProjets").chain((key) => deepNesting(inField(key))) },
    { weight: 1, arbitrary: deepNesting() },
    { weight: 1, arbitrary: fc.constantFrom("nom", "avertissement", "miseAJour", "schema", "structures").chain((key) => hugeString(inField(key))) },
  );
}

/** Extremes tried on every run. */
function corpus(valid: Record<string, unknown>): string[] {
  const deep = 100_000;
  return [
    "",
    "\uFEFF",
    "null",
    "[]",
    "{}",
    "[".repeat(deep),
    "[".repeat(deep) + "]".repeat(deep),
    '{"a":'.repeat(deep) + "1" + "}".repeat(deep),
    `{"schema":"${PROJECT_SCHEMA}","nom":${"[".repeat(deep)}${"]".repeat(deep)},"structures":[],"facilitateurs":[]}`,
    `{"schema":${"[".repeat(deep)}${"]".repeat(deep)}}`,
    `{"schema":"${PROJECT_SCHEMA}","nom":"${"x".repeat(5_000_000)}","structures":[],"facilitateurs":[]}`,
    `[1${"0".repeat(1_000)}, ]`,
    `{"__proto__":{"nom":1},${JSON.stringify(valid).slice(1)}`,
    JSON.stringify({ ...valid, structures: Array.from({ length: 20_000 }, () => ({ id: "S1", nom: "Doublon", type: "plie", communeSiege: "01001" })) }),
  ];
}

describe("fuzz du fichier projet (territoire miniature)", () => {
  const { index } = tinyTerritory();
  const valid = fullDocument();
  fuzzReader<string>({
    name: "project-file",
    inputs: projectFileInputs(valid),
    corpus: corpus(valid),
    read: (text) => parseProjectFile(text, index),
    check: checkProjectFileResult,
    classify: classifyProjectFileResult,
  });
});

/** A slice of the demo project: real codes of every level, on the real territory. */
function demoSlice(): Record<string, unknown> {
  const demo = JSON.parse(readBuiltFile("public/demo/projet-demo.json")) as Record<string, unknown> & { structures: { id: string }[]; facilitateurs: { structure: string }[]; acheteurs: unknown[] };
  const facilitateurs = demo.facilitateurs.slice(0, 8);
  const used = new Set(facilitateurs.map((f) => f.structure));
  return { ...demo, structures: demo.structures.filter((s) => used.has(s.id)), facilitateurs, acheteurs: demo.acheteurs.slice(0, 5) };
}

describeWithGeo("fuzz du fichier projet (territoire réel)", () => {
  // public/geo and the demo project: built by the global setup, a French error when missing.
  const { index } = loadBuiltTerritory();
  const valid = demoSlice();
  fuzzReader<string>({
    name: "project-file (territoire réel)",
    inputs: projectFileInputs(valid),
    runs: 2_000,
    read: (text) => parseProjectFile(text, index),
    check: checkProjectFileResult,
    classify: classifyProjectFileResult,
  });
});

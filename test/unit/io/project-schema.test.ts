// docs/projet.schema.json against the app's own reader: every project the app accepts is
// valid, and the files the app rejects for a reason a schema can state are invalid too.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, expect, it } from "vitest";
import type { TerritoryIndex } from "../../../src/domain/territory-index.ts";
import { formatIssue } from "../../../src/io/import-result.ts";
import { parseProjectFile, serializeProject } from "../../../src/io/project-file.ts";
import { projectRoot } from "../../../scripts/lib/geo-inputs.mjs";
import { describeWithGeo, loadBuiltTerritory } from "../../helpers/territory.ts";

type Json = Record<string, unknown>;
type Document = Json & { structures: Json[]; facilitateurs: Json[]; acheteurs: Json[]; grandsProjets: Json[] };

const SCHEMA_FILE = join(projectRoot, "docs/projet.schema.json");
const FIXTURES = join(projectRoot, "test/fixtures/projects");
const COMPLETE = join(FIXTURES, "projet-complet.json");

// Strict, but for two idioms of the schema that Ajv's strict mode flags: `anyOf` of `required`
// (commune or position), and a tuple whose last item is optional (an altitude).
const ajv = new Ajv2020({ strict: true, strictRequired: false, strictTuples: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as object);

/** The schema's verdict: [] when valid, else `instancePath: message` lines. */
function schemaErrors(document: unknown): string[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || "/"}: ${error.message ?? error.keyword}`);
}

const complete = (): Document => JSON.parse(readFileSync(COMPLETE, "utf8")) as Document;

describeWithGeo("schéma JSON du fichier projet (docs/projet.schema.json)", () => {
  let index: TerritoryIndex;
  /** The app's verdict on a document: its errors, [] when it reads it. */
  const appErrors = (document: unknown): string[] => {
    const result = parseProjectFile(JSON.stringify(document), index);
    return result.ok ? [] : result.errors.map(formatIssue);
  };

  beforeAll(() => {
    index = loadBuiltTerritory().index; // builds public/geo and public/demo when missing
  });

  it("valide le jeu de démonstration et son édition publique", () => {
    for (const name of ["projet-demo.json", "projet-public.json"]) {
      const text = readFileSync(join(projectRoot, "public/demo", name), "utf8");
      expect(parseProjectFile(text, index).ok).toBe(true);
      expect({ name, errors: schemaErrors(JSON.parse(text)) }).toEqual({ name, errors: [] });
    }
  });

  it("valide chaque fixture de test/fixtures/projects que l'application accepte, et ce qu'elle en réécrit", () => {
    const accepted: string[] = [];
    for (const name of readdirSync(FIXTURES).filter((file) => file.endsWith(".json"))) {
      const text = readFileSync(join(FIXTURES, name), "utf8");
      const result = parseProjectFile(text, index);
      if (!result.ok) continue;
      accepted.push(name);
      expect({ name, errors: schemaErrors(JSON.parse(text)) }).toEqual({ name, errors: [] });
      expect({ name, errors: schemaErrors(JSON.parse(serializeProject(result.project))) }).toEqual({ name, errors: [] });
    }
    expect(accepted).toContain("projet-complet.json");
  });

  it("refuse le projet cassé que l'application refuse (ETP qui n'est pas un nombre)", () => {
    const document = JSON.parse(readFileSync(join(FIXTURES, "projet-casse.json"), "utf8")) as unknown;
    expect(appErrors(document)).not.toEqual([]);
    expect(schemaErrors(document)).toContain("/facilitateurs/1/etp: must be number");
  });

  // Each case breaks the complete fixture in one way the app rejects; `at` is where the schema must see it.
  const rejected: { what: string; at: string; breakIt: (d: Document) => void }[] = [
    { what: "version inconnue", at: "/schema", breakIt: (d) => (d["schema"] = "carto-clause-sociale/projet@9") },
    { what: "nom manquant", at: "/", breakIt: (d) => delete d["nom"] },
    { what: "nom vide", at: "/nom", breakIt: (d) => (d["nom"] = "   ") },
    { what: "liste des structures manquante", at: "/", breakIt: (d) => delete (d as Partial<Document>).structures },
    { what: "date impossible", at: "/miseAJour", breakIt: (d) => (d["miseAJour"] = "2025-02-30") },
    { what: "seuil négatif", at: "/seuils/acheteursParEtp", breakIt: (d) => (d["seuils"] = { acheteursParEtp: -1 }) },
    { what: "type de structure inconnu", at: "/structures/0/type", breakIt: (d) => (d.structures[0]!["type"] = "entreprise") },
    { what: "SIRET de 9 chiffres", at: "/structures/0/siret", breakIt: (d) => (d.structures[0]!["siret"] = "123456789") },
    { what: "commune de siège mal formée", at: "/structures/0/communeSiege", breakIt: (d) => (d.structures[0]!["communeSiege"] = "Dijon") },
    { what: "ETP négatif", at: "/facilitateurs/0/etp", breakIt: (d) => (d.facilitateurs[0]!["etp"] = -0.5) },
    { what: "rôle inconnu", at: "/facilitateurs/0/role", breakIt: (d) => (d.facilitateurs[0]!["role"] = "directeur") },
    { what: "statut manquant", at: "/facilitateurs/0", breakIt: (d) => delete d.facilitateurs[0]!["statut"] },
    { what: "périmètre qui n'est pas une liste", at: "/facilitateurs/0/perimetre", breakIt: (d) => (d.facilitateurs[0]!["perimetre"] = "21") },
    { what: "niveau de zone inconnu", at: "/facilitateurs/0/perimetre/0/niveau", breakIt: (d) => ((d.facilitateurs[0]!["perimetre"] as Json[])[0]!["niveau"] = "canton") },
    { what: "contact sans « public »", at: "/facilitateurs/0/contacts/0", breakIt: (d) => delete (d.facilitateurs[0]!["contacts"] as Json[])[0]!["public"] },
    { what: "acheteur sans commune ni position", at: "/acheteurs/1", breakIt: (d) => delete d.acheteurs[1]!["position"] },
    { what: "position hors limites", at: "/acheteurs/1/position/0", breakIt: (d) => (d.acheteurs[1]!["position"] = [200, 47]) },
    { what: "grand projet avec géométrie et communes", at: "/grandsProjets/0", breakIt: (d) => (d.grandsProjets[0]!["communes"] = ["21231"]) },
    { what: "grand projet sans période", at: "/grandsProjets/0", breakIt: (d) => delete d.grandsProjets[0]!["periode"] },
    { what: "période en texte libre", at: "/grandsProjets/0/periode/debut", breakIt: (d) => (d.grandsProjets[0]!["periode"] = { debut: "bientôt", fin: "2030" }) },
    { what: "ligne d'une seule position", at: "/grandsProjets/0/geometrie", breakIt: (d) => (d.grandsProjets[0]!["geometrie"] = { type: "LineString", coordinates: [[5, 47]] }) },
    { what: "anneau de trois positions", at: "/grandsProjets/1/geometrie", breakIt: (d) => (d.grandsProjets[1]!["geometrie"] = { type: "Polygon", coordinates: [[[5, 47], [6, 47], [5, 47]]] }) },
    { what: "type de géométrie hors liste", at: "/grandsProjets/2/geometrie", breakIt: (d) => (d.grandsProjets[2]!["geometrie"] = { type: "MultiPoint", coordinates: [[5, 47]] }) },
  ];

  it.each(rejected)("refuse, comme l'application : $what", ({ at, breakIt }) => {
    const document = complete();
    expect(appErrors(document)).toEqual([]);
    breakIt(document);
    expect(appErrors(document)).not.toEqual([]);
    expect(schemaErrors(document).some((line) => line.startsWith(`${at}:`))).toBe(true);
  });

  // The app reads these with a warning at most; the schema must accept them too.
  const warned: { what: string; change: (d: Document) => void }[] = [
    { what: "code de zone inconnu", change: (d) => ((d.facilitateurs[0]!["perimetre"] as Json[])[0]!["code"] = "999999999") },
    { what: "plus de 5 ETP", change: (d) => (d.facilitateurs[0]!["etp"] = 6) },
    { what: "adresse électronique douteuse", change: (d) => ((d.facilitateurs[0]!["contacts"] as Json[])[0]!["valeur"] = "pas une adresse") },
    { what: "zone en double", change: (d) => (d.facilitateurs[0]!["perimetre"] as Json[]).push({ niveau: "epci", code: "242100410" }) },
    { what: "acheteur placé par sa commune et sa position", change: (d) => (d.acheteurs[0]!["position"] = [5.04, 47.32]) },
    { what: "sans acheteurs ni grands projets", change: (d) => (delete (d as Partial<Document>).acheteurs, delete (d as Partial<Document>).grandsProjets) },
  ];

  it.each(warned)("accepte, comme l'application : $what", ({ change }) => {
    const document = complete();
    change(document);
    expect(appErrors(document)).toEqual([]);
    expect(schemaErrors(document)).toEqual([]);
  });

  // Where the schema is stricter on purpose: it describes the file as the app writes it.
  it("décrit le fichier tel que l'application l'écrit : ni espaces autour d'une valeur codée, ni champ inconnu", () => {
    const padded = complete();
    padded.structures[0]!["type"] = " plie ";
    const unknownField = complete();
    unknownField["commentaire"] = "champ inconnu";
    for (const document of [padded, unknownField]) {
      const result = parseProjectFile(JSON.stringify(document), index);
      expect(result.ok).toBe(true);
      expect(schemaErrors(document)).not.toEqual([]);
      if (result.ok) expect(schemaErrors(JSON.parse(serializeProject(result.project)))).toEqual([]);
    }
  });

  it("valide un projet à trois scénarios, et refuse comme l'application un scénario sans nom ou des scénarios dans un fichier @1", () => {
    const text = readFileSync(join(FIXTURES, "projet-scenarios.json"), "utf8");
    const result = parseProjectFile(text, index);
    expect(result.ok && result.scenarios.map((scenario) => scenario.nom)).toEqual(["Situation actuelle", "Sans le second poste", "Données de janvier"]);
    expect(schemaErrors(JSON.parse(text))).toEqual([]);
    const unnamed = JSON.parse(text) as Json & { autresScenarios: Json[] };
    delete unnamed.autresScenarios[0]!["nom"];
    expect(appErrors(unnamed)).toEqual(["autresScenarios[0].nom : champ obligatoire manquant"]);
    expect(schemaErrors(unnamed).some((line) => line.startsWith("/autresScenarios/0:"))).toBe(true);
    // A file marked @1 never held scenarios: the app migrates it and reads them, the schema (which describes what the app writes) refuses.
    expect(schemaErrors({ ...JSON.parse(text), schema: "carto-clause-sociale/projet@1" })).not.toEqual([]);
  });
});

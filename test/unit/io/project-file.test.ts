// Reading and writing the project file: round trips, stable bytes, and every kind of bad file.
import { describe, expect, it } from "vitest";
import { PROJECT_SCHEMA, type Project } from "../../../src/domain/model.ts";
import { formatIssue } from "../../../src/io/import-result.ts";
import { migrateProject, parseProjectFile, serializeProject } from "../../../src/io/project-file.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const { index } = tinyTerritory();
type Document = Record<string, unknown> & { structures: Record<string, unknown>[]; facilitateurs: Record<string, unknown>[]; acheteurs: Record<string, unknown>[]; grandsProjets: Record<string, unknown>[] };

/** The tiny project as a plain document, to break on purpose. */
const document = (): Document => JSON.parse(serializeProject(tinyProject())) as Document;
const parse = (value: unknown) => parseProjectFile(JSON.stringify(value), index);
const lines = (issues: { path: string; message: string }[]) => issues.map(formatIssue);

function errorsOf(value: unknown): string[] {
  const result = parse(value);
  if (result.ok) throw new Error("expected errors");
  return lines(result.errors);
}

describe("lecture et écriture", () => {
  it("relit ce qu'il écrit, à l'identique", () => {
    const result = parseProjectFile(serializeProject(tinyProject()), index);
    if (!result.ok) throw new Error(lines(result.errors).join("\n"));
    expect(result.project).toEqual(tinyProject());
    expect(serializeProject(result.project)).toBe(serializeProject(tinyProject()));
    expect(lines(result.warnings)).toEqual([
      "facilitateurs[1].perimetre[2] : zone en double (déjà en perimetre[0]) : elle ne compte qu'une fois",
      "facilitateurs[5].perimetre : périmètre vide : ce poste ne couvre aucune commune",
    ]);
  });

  it("écrit les champs dans un ordre fixe, quel que soit l'ordre des objets en mémoire", () => {
    const project = tinyProject();
    const shuffled = Object.fromEntries(Object.entries(project).reverse()) as unknown as Project;
    shuffled.facilitateurs = project.facilitateurs.map((f) => Object.fromEntries(Object.entries(f).reverse()) as unknown as Project["facilitateurs"][number]);
    expect(serializeProject(shuffled)).toBe(serializeProject(project));
    const text = serializeProject(project);
    expect(text.startsWith(`{\n  "schema": "${PROJECT_SCHEMA}",\n  "nom": "Projet de test",\n  "structures": [\n    {\n      "id": "S1",\n      "nom": "Structure 1",\n      "type": "plie",\n      "communeSiege": "01001"\n    },`)).toBe(true);
    expect(text).toContain('{\n          "niveau": "commune",\n          "code": "03002",\n          "extension": true\n        }');
    expect(text.endsWith("}\n")).toBe(true);
  });
});

describe("fichiers invalides", () => {
  it("situe une erreur de syntaxe JSON", () => {
    const result = parseProjectFile('{\n  "schema": "carto-clause-sociale/projet@1",\n  "nom": "x",,\n}', index);
    expect(result.ok).toBe(false);
    expect(!result.ok && lines(result.errors)).toEqual(["ligne 3, colonne 14 : JSON invalide : nom de champ entre guillemets attendu, trouvé « , »"]);
  });

  it("refuse ce qui n'est pas un projet, ou une version inconnue", () => {
    expect(errorsOf([1, 2])).toEqual(["objet JSON attendu à la racine du fichier, trouvé [1,2]"]);
    expect(errorsOf({ nom: "x" })).toEqual([`schema : champ obligatoire manquant : ce fichier n'est pas un projet (attendu "${PROJECT_SCHEMA}")`]);
    expect(errorsOf({ ...document(), schema: "carto-clause-sociale/projet@9" })).toEqual([
      `schema : version de fichier inconnue "carto-clause-sociale/projet@9" ; version reconnue : "${PROJECT_SCHEMA}"`,
    ]);
    const warnings: { path: string; message: string }[] = [];
    expect(migrateProject({ schema: PROJECT_SCHEMA }, warnings)).toEqual({ document: { schema: PROJECT_SCHEMA } });
    expect(warnings).toEqual([]);
  });

  it("explique chaque champ faux avec son chemin", () => {
    const broken = document();
    Object.assign(broken.facilitateurs[3]!, { etp: "abc", statut: "actif", miseAJour: "15/01/2025" });
    Object.assign(broken.facilitateurs[0]!, { structure: "S9", etp: -1 });
    delete broken.facilitateurs[1]!["nom"];
    broken.facilitateurs[2]!["contacts"] = [{ type: "email", valeur: "x@y.fr" }, "n'importe quoi"];
    broken.structures[1]!["siret"] = "123";
    broken.structures[2]!["communeSiege"] = "99999";
    broken.structures.push({ id: "S1", nom: "Doublon", type: "autre", communeSiege: "01001" });
    broken.acheteurs[0] = { id: "A1", nom: "Sans lieu", type: "prefecture" };
    broken.acheteurs[2]!["position"] = [200, 46];
    broken["seuils"] = { acheteursParEtp: "dix" };
    expect(errorsOf(broken)).toEqual([
      'seuils.acheteursParEtp : nombre attendu, trouvé "dix"',
      'structures[3].id : identifiant "S1" déjà utilisé par structures[0]',
      'structures[1].siret : SIRET à 14 chiffres attendu, trouvé "123"',
      'structures[2].communeSiege : code INSEE de commune inconnu du référentiel (territoire de test) : "99999"',
      'facilitateurs[0].structure : structure inconnue "S9" : aucune entrée de structures n\'a cet identifiant',
      "facilitateurs[0].etp : nombre supérieur ou égal à 0 attendu, trouvé -1",
      "facilitateurs[1].nom : champ obligatoire manquant",
      "facilitateurs[2].contacts[0].public : champ obligatoire manquant (true ou false)",
      `facilitateurs[2].contacts[1] : objet attendu, trouvé "n'importe quoi"`,
      'facilitateurs[3].etp : nombre attendu, trouvé "abc"',
      'facilitateurs[3].statut : valeur inconnue "actif" ; valeurs possibles : en-poste, poste-vacant',
      'facilitateurs[3].miseAJour : date au format AAAA-MM-JJ attendue, trouvé "15/01/2025"',
      "acheteurs[0] : commune ou position requise pour placer l'acheteur",
      "acheteurs[2].position : longitude entre -180 et 180 et latitude entre -90 et 90 attendues, trouvé [200, 46]",
    ]);
  });

  it("vérifie les grands projets : géométrie ou communes, anneaux fermés, période dans l'ordre", () => {
    const broken = document();
    broken.grandsProjets = [
      { id: "G1", nom: "Les deux", type: "autre", communes: ["01001"], geometrie: { type: "Point", coordinates: [2, 46] }, tamponKm: 0, periode: { debut: "2024", fin: "2030" } },
      { id: "G2", nom: "Anneau", type: "canal", geometrie: { type: "Polygon", coordinates: [[[2, 46], [2.1, 46], [2.1, 46.1], [2, 46.1]]] }, tamponKm: 1, periode: { debut: "2030", fin: "2024-06-01" } },
      { id: "G3", nom: "Ligne", type: "jop-2030", geometrie: { type: "LineString", coordinates: [[2, 46]] }, tamponKm: -2, periode: { debut: "2024-02-30", fin: "2030" } },
      { id: "G4", nom: "Communes", type: "npnru", communes: ["01001", 1001, "12345"], tamponKm: 0, periode: { debut: "2024", fin: "2024" } },
    ];
    expect(errorsOf(broken)).toEqual([
      "grandsProjets[0] : donnez soit « geometrie », soit « communes », et pas les deux",
      "grandsProjets[1].geometrie.coordinates[0] : anneau non fermé : la dernière position doit répéter la première",
      "grandsProjets[1].periode : la période finit (2024-06-01) avant de commencer (2030)",
      "grandsProjets[2].geometrie.coordinates : au moins 2 positions attendues, trouvé 1",
      "grandsProjets[2].tamponKm : nombre supérieur ou égal à 0 attendu, trouvé -2",
      'grandsProjets[2].periode.debut : année (AAAA) ou date (AAAA-MM-JJ) attendue, trouvé "2024-02-30"',
      "grandsProjets[3].communes[1] : code INSEE attendu, trouvé 1001",
      'grandsProjets[3].communes[2] : code INSEE de commune inconnu du référentiel (territoire de test) : "12345"',
    ]);
  });
});

describe("avertissements", () => {
  it("migre les anciens codes, garde les zones inconnues, ignore les champs inconnus", () => {
    const doc = document();
    doc["couleur"] = "bleu";
    doc.structures[0]!["communeSiege"] = "01999";
    doc.facilitateurs[0]!["perimetre"] = [
      { niveau: "commune", code: "1002" },
      { niveau: "epci", code: "CC du Test" },
      { niveau: "commune", code: "01999", extension: true },
    ];
    doc.facilitateurs[0]!["contacts"] = [{ type: "email", valeur: "pas une adresse", public: true }];
    doc.facilitateurs[0]!["etp"] = 12;
    const result = parse(doc);
    if (!result.ok) throw new Error(lines(result.errors).join("\n"));
    expect(result.project.structures[0]!.communeSiege).toBe("01001");
    expect(result.project.facilitateurs[0]!.perimetre).toEqual([
      { niveau: "commune", code: "1002" },
      { niveau: "epci", code: "CC du Test" },
      { niveau: "commune", code: "01001", extension: true },
    ]);
    expect(lines(result.warnings)).toEqual([
      "couleur : champ inconnu, ignoré",
      "structures[0].communeSiege : ancien code 01999 (commune déléguée) remplacé par 01001 (Commune 01001)",
      "facilitateurs[0].etp : 12 ETP pour un seul poste : vérifiez la valeur",
      'facilitateurs[0].contacts[0].valeur : adresse électronique douteuse : "pas une adresse"',
      'facilitateurs[0].perimetre[0].code : code INSEE de commune inconnu du référentiel (territoire de test) : "1002" ; un code INSEE a 5 caractères : « 01002 » ? ; cette zone ne couvre aucune commune',
      `facilitateurs[0].perimetre[1].code : SIREN d'EPCI inconnu du référentiel (territoire de test) : "CC du Test" ; un EPCI se désigne par son SIREN à 9 chiffres ; cette zone ne couvre aucune commune`,
      "facilitateurs[0].perimetre[2].code : ancien code 01999 (commune déléguée) remplacé par 01001 (Commune 01001)",
      "facilitateurs[1].perimetre[2] : zone en double (déjà en perimetre[0]) : elle ne compte qu'une fois",
      "facilitateurs[5].perimetre : périmètre vide : ce poste ne couvre aucune commune",
    ]);
  });
});

describe("fichier minimal", () => {
  it("accepte un projet sans acheteurs ni grands projets, et exige structures et facilitateurs", () => {
    const minimal = { schema: PROJECT_SCHEMA, nom: "Minimal", structures: [], facilitateurs: [] };
    const result = parse(minimal);
    expect(result.ok && result.project).toEqual({ ...minimal, acheteurs: [], grandsProjets: [] });
    expect(errorsOf({ schema: PROJECT_SCHEMA, nom: "Sans listes" })).toEqual([
      "structures : champ obligatoire manquant (liste attendue)",
      "facilitateurs : champ obligatoire manquant (liste attendue)",
    ]);
  });
});

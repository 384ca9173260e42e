// The project file holds the whole workspace (format @2): every scenario with its name and
// settings, the active one; files of format @1 open as a project of one scenario.
import { describe, expect, it } from "vitest";
import { PROJECT_SCHEMA, PROJECT_SCHEMA_V1 } from "../../../src/domain/model.ts";
import { formatIssue } from "../../../src/io/import-result.ts";
import { parseProjectFile, serializeProject, serializeWorkspace } from "../../../src/io/project-file.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";
import { threeScenarios } from "../../fixtures/workspaces.ts";

const { index } = tinyTerritory();

function read(text: string) {
  const result = parseProjectFile(text, index);
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join("\n"));
  return result;
}

describe("le fichier projet est tout le projet", () => {
  it("relit trois scénarios avec leurs noms, leurs réglages et le scénario affiché, et réécrit les mêmes octets", () => {
    const workspace = threeScenarios();
    const text = serializeWorkspace(workspace);
    const result = read(text);
    expect({ nom: result.project.nom, scenarios: result.scenarios, activeScenarioId: result.activeScenarioId }).toEqual(workspace);
    expect(result.project).toEqual(workspace.scenarios[0]!.project);
    expect(serializeWorkspace({ nom: result.project.nom, scenarios: result.scenarios, activeScenarioId: result.activeScenarioId })).toBe(text);
    const document = JSON.parse(text) as Record<string, unknown>;
    expect(document["schema"]).toBe(PROJECT_SCHEMA);
    expect(document["scenario"]).toEqual({ id: "scenario-1", nom: "Situation actuelle" });
    expect(document["scenarioActif"]).toBe("scenario-2");
    expect((document["autresScenarios"] as { id: string; seuils?: unknown }[]).map((s) => [s.id, s.seuils])).toEqual([
      ["scenario-2", { etpPour100000Habitants: 0.8 }],
      ["scenario-4", undefined],
    ]);
  });

  it("écrit un projet d'un seul scénario par défaut comme un projet simple", () => {
    const project = tinyProject();
    expect(serializeWorkspace({ nom: project.nom, scenarios: [{ id: "scenario-1", nom: "Situation actuelle", project }], activeScenarioId: "scenario-1" })).toBe(serializeProject(project));
  });

  it("ouvre un fichier de format @1 comme un projet d'un scénario, et le dit", () => {
    const old = { ...JSON.parse(serializeProject(tinyProject())), schema: PROJECT_SCHEMA_V1 };
    const result = read(JSON.stringify(old));
    expect(result.scenarios.map((s) => [s.id, s.nom])).toEqual([["scenario-1", "Situation actuelle"]]);
    expect(result.activeScenarioId).toBe("scenario-1");
    expect(result.project).toEqual(tinyProject());
    expect(result.warnings.map(formatIssue)).toContain(`schema : fichier au format ${PROJECT_SCHEMA_V1}, converti au format ${PROJECT_SCHEMA}`);
  });

  it("situe les erreurs des scénarios : identifiant en double, scénario affiché inconnu, données fausses", () => {
    const document = JSON.parse(serializeWorkspace(threeScenarios())) as Record<string, unknown> & { autresScenarios: Record<string, unknown>[] };
    document.autresScenarios[1]!["id"] = "scenario-1";
    (document.autresScenarios[0]!["facilitateurs"] as Record<string, unknown>[])[0]!["etp"] = "un";
    document["scenarioActif"] = "scenario-9";
    const result = parseProjectFile(JSON.stringify(document), index);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map(formatIssue)).toEqual([
      'autresScenarios[0].facilitateurs[0].etp : nombre attendu, trouvé "un"',
      'autresScenarios[1].id : identifiant de scénario "scenario-1" déjà utilisé par scenario',
      'scenarioActif : scénario inconnu "scenario-9" ; scénarios du fichier : scenario-1, scenario-2',
    ]);
  });

  it("lit les champs de scénario d'un fichier marqué @1 après sa conversion, comme ceux d'un @2", () => {
    const document = { ...JSON.parse(serializeWorkspace(threeScenarios())), schema: PROJECT_SCHEMA_V1 };
    expect(read(JSON.stringify(document)).scenarios).toHaveLength(3);
  });
});

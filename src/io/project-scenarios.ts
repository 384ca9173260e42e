/**
 * The scenarios a project file carries besides its own data (format @2): the file's top
 * level is the first scenario (« Situation actuelle » as a rule: what readers that know no
 * scenarios — the public page, the reports — take), `scenario` names it, `autresScenarios`
 * holds the others whole, `scenarioActif` says which one was on screen. See docs/formats.md.
 */
import type { Project } from "../domain/model.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { FIRST_SCENARIO_NAME, type Scenario, type Workspace } from "../domain/workspace.ts";
import { describeValue, type FieldReader, join, type JsonObject } from "./field-reader.ts";
import { PROJECT_DATA_FIELDS, readProjectData } from "./project-validation.ts";

/** Top-level fields of the file that are about its scenarios. */
export const SCENARIO_FIELDS = ["scenario", "scenarioActif", "autresScenarios"] as const;

/** The id the file's first scenario takes when the file does not name it (files of format @1). */
export const FIRST_SCENARIO_ID = "scenario-1";

/** The scenarios of a file and the active one. */
export interface FileScenarios {
  scenarios: Scenario[];
  activeScenarioId: string;
}

/** An id or a name: non-empty text, trimmed. */
function readName(reader: FieldReader, object: JsonObject, key: string, path: string): string | undefined {
  return reader.string(object, key, path);
}

/**
 * Reads `scenario`, `autresScenarios` and `scenarioActif` around `first` (the project read
 * from the top level); problems go to `reader`. Undefined when any is wrong.
 */
export function readFileScenarios(reader: FieldReader, index: TerritoryIndex, document: JsonObject, first: Project): FileScenarios | undefined {
  const errorsBefore = reader.errors.length;
  let firstId = FIRST_SCENARIO_ID;
  let firstName = FIRST_SCENARIO_NAME;
  if (document["scenario"] !== undefined) {
    const own = reader.object(document["scenario"], "scenario");
    if (own) {
      reader.ignoreUnknownFields(own, "scenario", ["id", "nom"]);
      firstId = readName(reader, own, "id", "scenario") ?? firstId;
      firstName = readName(reader, own, "nom", "scenario") ?? firstName;
    }
  }
  const scenarios: Scenario[] = [{ id: firstId, nom: firstName, project: first }];
  const seen = new Map<string, string>([[firstId, "scenario"]]);
  (reader.array(document, "autresScenarios", "", true) ?? []).forEach((item, i) => {
    const path = join("autresScenarios", i);
    const object = reader.object(item, path);
    if (!object) return;
    reader.ignoreUnknownFields(object, path, ["id", "nom", ...PROJECT_DATA_FIELDS]);
    const id = readName(reader, object, "id", path);
    const nom = readName(reader, object, "nom", path);
    if (id !== undefined && seen.has(id)) reader.error(join(path, "id"), `identifiant de scénario ${describeValue(id)} déjà utilisé par ${seen.get(id)}`);
    else if (id !== undefined) seen.set(id, path);
    const data = readProjectData(reader, index, object, path);
    if (id !== undefined && nom !== undefined && data) scenarios.push({ id, nom, project: { schema: first.schema, nom: first.nom, ...data } });
  });
  let activeScenarioId = firstId;
  if (document["scenarioActif"] !== undefined) {
    const active = typeof document["scenarioActif"] === "string" ? document["scenarioActif"].trim() : undefined;
    if (active === undefined || !seen.has(active)) {
      reader.error("scenarioActif", `scénario inconnu ${describeValue(document["scenarioActif"])} ; scénarios du fichier : ${[...seen.keys()].join(", ")}`);
    } else activeScenarioId = active;
  }
  return reader.errors.length > errorsBefore ? undefined : { scenarios, activeScenarioId };
}

/** The project data of a scenario as the file writes it inside `autresScenarios` (no schema, no name: the file's). */
function scenarioData(project: Project): JsonObject {
  const { schema: _schema, nom: _nom, ...data } = project;
  return data as unknown as JsonObject;
}

/**
 * The document of a whole workspace: the first scenario's project at the top level under the
 * workspace's name, then the scenarios. A workspace of one scenario named as by default
 * writes no scenario field (the file is then the same as a single project's).
 */
export function workspaceDocument(workspace: Pick<Workspace, "nom" | "scenarios" | "activeScenarioId">): JsonObject {
  const [first, ...others] = workspace.scenarios;
  if (!first) throw new Error("un projet a toujours au moins un scénario");
  const document: JsonObject = { ...first.project, nom: workspace.nom };
  const plain = others.length === 0 && first.id === FIRST_SCENARIO_ID && first.nom === FIRST_SCENARIO_NAME;
  if (plain) return document;
  document["scenario"] = { id: first.id, nom: first.nom };
  document["scenarioActif"] = workspace.activeScenarioId;
  if (others.length > 0) document["autresScenarios"] = others.map((scenario) => ({ id: scenario.id, nom: scenario.nom, ...scenarioData(scenario.project) }));
  return document;
}

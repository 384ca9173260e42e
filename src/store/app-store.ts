// The one store: the document (a workspace of scenarios, each a project) apart from the
// view. Every change to the document goes through `commitProject`, which records the step
// for undo/redo; autosave (`persistence.ts`) follows the workspace. Derived figures are
// recomputed from the document by the coverage engine whenever it changes.
import { createStore } from "zustand/vanilla";
import { createEntity, deleteEntity, findEntity, nextEntityId, setPerimeter, updateEntity, type EntityKind, type EntityOf } from "../domain/entity-edits.ts";
import type { Project, Seuils, Zone, ZoneLevel } from "../domain/model.ts";
import { addCommunes, addZone, removeCommunes, removeZone, resolveCommunes, setZoneExtension, type PerimeterEditResult } from "../domain/perimeter-edits.ts";
import { computeAll, type ComputeResult } from "../domain/recompute.ts";
import { linkProjectByCodes } from "../domain/code-links.ts";
import type { SpatialLinks } from "../domain/spatial-links.ts";
import type { Territory } from "../io/app-data.ts";
import { addedLabel, communesPhrase, entityLabel, extensionLabel, removedLabel, zoneWithArticle } from "./edit-labels.ts";
import { validateEntity, type FieldMessages } from "./entity-validation.ts";
import { EMPTY_HISTORY, recordStep, redoStep, undoStep, type History } from "./history.ts";
import { initialView, type PerimeterEditing, type Colouring, type FitRequest, type Focus, type Overlay, type Selection, type ScreenMode, type ViewState } from "./view.ts";
import { activeScenario, nextScenarioId, withActiveProject, workspaceOf, type Workspace } from "./workspace.ts";

/** What an edit action reports: done (or nothing to do), or refused with French messages for the form. */
export type EditOutcome =
  | { ok: true; changed: boolean; /** Id of the record created. */ id?: string; warnings?: FieldMessages }
  | { ok: false; message: string; /** Field → message, for forms. */ errors?: FieldMessages };

export type SaveStatus = "saved" | "saving" | "error";

/** One project saved in this browser, for the list. */
export interface SavedProjectSummary {
  id: string;
  nom: string;
  /** ISO date-time of the last save. */
  modifieLe: string;
  scenarios: number;
}

/** What the store asks of the saving in this browser (see `connectPersistence`). */
export interface ProjectStorage {
  create(project: Project, nom?: string): Promise<EditOutcome>;
  open(id: string): Promise<EditOutcome>;
  rename(id: string, nom: string): Promise<EditOutcome>;
  remove(id: string): Promise<EditOutcome>;
  refresh(): Promise<void>;
  flush(): Promise<void>;
}

export interface StoreOptions {
  /** Today as YYYY-MM-DD, written in `miseAJour` of the posts edited (tests pin it). */
  today?: () => string;
}

export interface AppState {
  status: "loading" | "ready" | "error";
  /** True once the map has drawn its first coloured view (the rest of the data loads after). */
  mapDrawn: boolean;
  error: string | null;
  territory: Territory | null;
  /** The active scenario's project (what the map and panels show). */
  project: Project | null;
  /** The whole document: named project, its scenarios, which one is active. */
  workspace: Workspace | null;
  /** Undo/redo of each scenario, by scenario id (not saved). */
  histories: Readonly<Record<string, History>>;
  canUndo: boolean;
  canRedo: boolean;
  /** Label of the step « Annuler » would undo / « Rétablir » would redo. */
  undoLabel: string | null;
  redoLabel: string | null;
  /** Derived from `project`: where acheteurs and grands projets fall, then everything else. */
  links: SpatialLinks | null;
  result: ComputeResult | null;
  view: ViewState;
  /** Saving in this browser: "saving" while a change waits to be written, "error" with `saveMessage` when it cannot be. */
  saveStatus: SaveStatus;
  /** French message for the user when saving failed or a saved project could not be read; null otherwise. */
  saveMessage: string | null;
  /** Projects saved in this browser, most recently saved first. */
  savedProjects: SavedProjectSummary[];

  /** Sets (or completes: first view, then full reference and polygons) the territory; recomputes the project on it. */
  setTerritory(territory: Territory): void;
  /** Loads a project as a new document (one scenario, empty history); saved as a new project once saving is connected. */
  setProject(project: Project, options?: { nom?: string }): void;
  /** Opens a whole document (a restored save): empty histories. */
  openWorkspace(workspace: Workspace): void;
  /** The one way the document changes: records the step (« label ») and recomputes. No step when `next` is the current project. */
  commitProject(label: string, next: Project): void;
  undo(): void;
  redo(): void;
  fail(message: string): void;
  markMapDrawn(): void;
  /** Changes the thresholds of the third kind of zone blanche, saved with the project. */
  setSeuils(seuils: Seuils): void;
  /** Renames the project (the document's `nom`), saved with it. */
  renameProject(nom: string): EditOutcome;

  /** Adds communes (INSEE codes or indices) to a post's perimeter, at home or as extension limitrophe. */
  addCommunesToPerimeter(facilitateurId: string, communes: readonly (string | number)[], options?: { extension?: boolean }): EditOutcome;
  removeCommunesFromPerimeter(facilitateurId: string, communes: readonly (string | number)[]): EditOutcome;
  /** Adds a whole EPCI, département or région (or one commune). */
  addZoneToPerimeter(facilitateurId: string, zone: Zone): EditOutcome;
  removeZoneFromPerimeter(facilitateurId: string, niveau: ZoneLevel, code: string): EditOutcome;
  /** Marks a zone or commune of the perimeter as extension limitrophe, or back to home territory. */
  setPerimeterExtension(facilitateurId: string, niveau: ZoneLevel, code: string, extension: boolean): EditOutcome;

  /** Checks a form without changing anything: field → message. */
  validateRecord<K extends EntityKind>(kind: K, draft: Record<string, unknown>, replacing?: string): { errors: FieldMessages; warnings: FieldMessages; value: EntityOf[K] | undefined };
  /** Creates a structure, post, acheteur or grand projet from a form; an id is made when none is given. */
  createRecord(kind: EntityKind, draft: Record<string, unknown>): EditOutcome;
  /** A post with the role coordinateur régional, its perimeter the région. */
  createCoordinateur(regionCode: string, draft: Record<string, unknown>): EditOutcome;
  /** Changes some fields of a record (the others are kept); the id stays. */
  updateRecord(kind: EntityKind, id: string, changes: Record<string, unknown>): EditOutcome;
  /** Deletes a record; a structure still carrying posts is refused with a French message. */
  deleteRecord(kind: EntityKind, id: string): EditOutcome;

  /** Copies the active scenario as a new one (own history) and makes it active. */
  duplicateScenario(nom: string): EditOutcome;
  renameScenario(id: string, nom: string): EditOutcome;
  /** Deletes a scenario (never the last one); deleting the active one activates the first remaining. */
  deleteScenario(id: string): EditOutcome;
  switchScenario(id: string): EditOutcome;
  /** Compares the active scenario with scenario `id` (the reference) on the map and in the figures; null stops. */
  compareWithScenario(id: string | null): void;
  /** Renames the saved project on screen (not an edit of the data: no history step). */
  renameWorkspace(nom: string): EditOutcome;

  /** Called by the saving (`connectPersistence`). */
  attachStorage(storage: ProjectStorage): void;
  /** Disconnects `storage` if it is still the one attached. */
  detachStorage(storage: ProjectStorage): void;
  /** Reported by the saving. */
  setSaveState(status: SaveStatus, message?: string | null): void;
  setSavedProjects(list: SavedProjectSummary[]): void;
  /** Saves `project` as a new project in this browser and opens it. */
  createSavedProject(project: Project, nom?: string): Promise<EditOutcome>;
  openSavedProject(id: string): Promise<EditOutcome>;
  renameSavedProject(id: string, nom: string): Promise<EditOutcome>;
  /** Deletes a saved project other than the open one. */
  deleteSavedProject(id: string): Promise<EditOutcome>;
  /** Writes pending changes now. */
  flushSave(): Promise<void>;

  /** Enters the editing of a post's perimeter on the map (selects and outlines it). */
  startEditing(facilitateurId: string): void;
  setEditOptions(options: Partial<Omit<PerimeterEditing, "facilitateurId">>): void;
  stopEditing(): void;
  /** In editing: a click on a commune removes it (or its EPCI) from the perimeter when there, else adds it. */
  editAtCommune(code: string): EditOutcome;
  setColouring(colouring: Colouring): void;
  setOverlay(overlay: Overlay, visible: boolean): void;
  setBasemap(enabled: boolean): void;
  focus(focus: Focus): void;
  hover(code: string | null): void;
  select(selection: Selection): void;
  /** Selects a commune and shows it on the map. */
  showCommune(code: string): void;
  /** Selects a facilitator, outlines its perimeter and shows it on the map. */
  showPerimeter(facilitateurId: string): void;
  /** Switches between the map and the read-only presentation, print and charts views; leaving the map stops perimeter editing. */
  setMode(mode: ScreenMode): void;
}

export type AppStore = ReturnType<typeof createAppStore>;

const NO_PROJECT: EditOutcome = { ok: false, message: "Aucun projet n'est chargé" };
const NO_STORAGE: EditOutcome = { ok: false, message: "L'enregistrement dans ce navigateur n'est pas disponible" };
const ID_PREFIXES: Record<EntityKind, string> = { structure: "S", facilitateur: "F", acheteur: "A", "grand-projet": "G" };

const todayIso = () => new Date().toISOString().slice(0, 10);

/** The undo/redo fields of the state for a workspace's active scenario. */
function historyFields(workspace: Workspace | null, histories: Readonly<Record<string, History>>) {
  const history = (workspace && histories[workspace.activeScenarioId]) || EMPTY_HISTORY;
  return {
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    undoLabel: history.past.at(-1)?.label ?? null,
    redoLabel: history.future.at(-1)?.label ?? null,
  };
}

/** The selection, unless it names a record the project no longer has. */
function keptSelection(view: ViewState, project: Project): ViewState {
  const exists = (id: string | null, kind: EntityKind) => id === null || findEntity(project, kind, id) !== undefined;
  const selection = view.selection;
  const selectionKind: EntityKind | null =
    selection?.kind === "facilitateur" ? "facilitateur" : selection?.kind === "acheteur" ? "acheteur" : selection?.kind === "grand-projet" ? "grand-projet" : null;
  const dropSelection = selection && selectionKind && "id" in selection && !exists(selection.id, selectionKind);
  const dropHighlight = !exists(view.highlighted, "facilitateur");
  if (!dropSelection && !dropHighlight) return view;
  return { ...view, ...(dropSelection && { selection: null }), ...(dropHighlight && { highlighted: null }) };
}

const trimmedName = (nom: string) => nom.trim().replace(/\s+/g, " ");

/** The bounding box of some communes as a new fit request, or null when none has geometry. */
function fitRequest(territory: Territory | null, communes: ArrayLike<number>, previous: FitRequest | null): FitRequest | null {
  if (!territory?.geometry) return null;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const { bboxes } = territory.geometry.shapes;
  for (let k = 0; k < communes.length; k++) {
    const o = communes[k]! * 4;
    if (!(bboxes[o]! <= bboxes[o + 2]!)) continue;
    box[0] = Math.min(box[0]!, bboxes[o]!);
    box[1] = Math.min(box[1]!, bboxes[o + 1]!);
    box[2] = Math.max(box[2]!, bboxes[o + 2]!);
    box[3] = Math.max(box[3]!, bboxes[o + 3]!);
  }
  if (!(box[0]! <= box[2]!)) return null;
  return { bbox: box as FitRequest["bbox"], seq: (previous?.seq ?? 0) + 1 };
}

export function createAppStore(options: StoreOptions = {}) {
  const today = options.today ?? todayIso;
  let storage: ProjectStorage | null = null;

  return createStore<AppState>()((set, get) => {
    /**
     * Puts a document in the store: the active scenario's project, its derived figures
     * (links reused when acheteurs and grands projets did not change), the undo fields.
     */
    function applyDocument(workspace: Workspace, histories: Readonly<Record<string, History>>): void {
      const { territory, project: previous, links: previousLinks, view } = get();
      if (!territory) throw new Error("Le référentiel des territoires n'est pas chargé");
      const project = activeScenario(workspace).project;
      // Geometry work only when the located objects changed (links are reset with the territory).
      const links =
        previousLinks && previous && previous.acheteurs === project.acheteurs && previous.grandsProjets === project.grandsProjets
          ? previousLinks
          : (territory.geometry?.link(project) ?? linkProjectByCodes(territory.index, project));
      const result = computeAll(territory.index, project, { links });
      set({
        workspace,
        histories,
        ...historyFields(workspace, histories),
        project,
        links,
        result,
        view: keptSelection(view, project),
        status: "ready",
        error: null,
      });
    }

    /** Applies a pure edit of the active project; records it under `label` when it changed something. */
    function edit(label: (project: Project) => string, change: (project: Project) => { ok: true; project: Project } | { ok: false; message: string; errors?: FieldMessages }, extra: Partial<Extract<EditOutcome, { ok: true }>> = {}): EditOutcome {
      const project = get().project;
      if (!project || !get().workspace) return NO_PROJECT;
      const outcome = change(project);
      if (!outcome.ok) return outcome;
      if (outcome.project === project) return { ok: true, changed: false, ...extra };
      get().commitProject(label(outcome.project), outcome.project);
      return { ok: true, changed: true, ...extra };
    }

    /** Applies a perimeter edit to one post, whose `miseAJour` becomes today. */
    function editPerimeter(facilitateurId: string, run: (perimetre: Zone[]) => PerimeterEditResult, label: (communes: number, owner: string) => string): EditOutcome {
      const { territory, project } = get();
      if (!territory || !project) return NO_PROJECT;
      const facilitateur = findEntity(project, "facilitateur", facilitateurId);
      if (!facilitateur) return { ok: false, message: `Aucun poste n'a l'identifiant « ${facilitateurId} »` };
      const result = run(facilitateur.perimetre);
      if (!result.ok) return result;
      if (!result.changed) return { ok: true, changed: false };
      return edit(
        () => label(result.communes, facilitateur.nom),
        (current) => {
          const updated = setPerimeter(current, facilitateurId, result.perimetre);
          return updated.ok ? updateEntity(updated.project, "facilitateur", facilitateurId, { ...findEntity(updated.project, "facilitateur", facilitateurId)!, miseAJour: today() }) : updated;
        },
      );
    }

    function withWorkspace(change: (workspace: Workspace) => Workspace | EditOutcome): EditOutcome {
      const { workspace, histories } = get();
      if (!workspace) return NO_PROJECT;
      const next = change(workspace);
      if ("ok" in next) return next;
      applyDocument(next, histories);
      return { ok: true, changed: true };
    }

    const scenarioExists = (workspace: Workspace, id: string) => workspace.scenarios.some((s) => s.id === id);
    const unknownScenario: EditOutcome = { ok: false, message: "Ce scénario n'existe pas" };
    const emptyName: EditOutcome = { ok: false, message: "Donnez un nom", errors: { nom: "texte vide" } };

    return {
      status: "loading",
      mapDrawn: false,
      error: null,
      territory: null,
      project: null,
      workspace: null,
      histories: {},
      canUndo: false,
      canRedo: false,
      undoLabel: null,
      redoLabel: null,
      links: null,
      result: null,
      view: initialView(),
      saveStatus: "saving",
      saveMessage: null,
      savedProjects: [],

      setTerritory(territory) {
        const { workspace, histories } = get();
        set({ territory, links: null });
        if (workspace) applyDocument(workspace, histories);
      },
      setProject(project, options = {}) {
        if (!get().territory) throw new Error("Le référentiel des territoires n'est pas chargé");
        applyDocument(workspaceOf(project, options.nom ? { nom: options.nom } : {}), {});
      },
      openWorkspace(workspace) {
        applyDocument(workspace, {});
      },
      commitProject(label, next) {
        const { workspace, histories, project } = get();
        if (!workspace || !project || next === project) return;
        const id = workspace.activeScenarioId;
        const history = recordStep(histories[id] ?? EMPTY_HISTORY, { label, before: project, after: next });
        applyDocument(withActiveProject(workspace, next), { ...histories, [id]: history });
      },
      undo() {
        const { workspace, histories } = get();
        if (!workspace) return;
        const undone = undoStep(histories[workspace.activeScenarioId] ?? EMPTY_HISTORY);
        if (!undone) return;
        applyDocument(withActiveProject(workspace, undone.step.before), { ...histories, [workspace.activeScenarioId]: undone.history });
      },
      redo() {
        const { workspace, histories } = get();
        if (!workspace) return;
        const redone = redoStep(histories[workspace.activeScenarioId] ?? EMPTY_HISTORY);
        if (!redone) return;
        applyDocument(withActiveProject(workspace, redone.step.after), { ...histories, [workspace.activeScenarioId]: redone.history });
      },
      setSeuils(seuils) {
        edit(() => "Modification des seuils des zones blanches", (project) => ({ ok: true, project: { ...project, seuils } }));
      },
      renameProject(nom) {
        const clean = trimmedName(nom);
        if (!clean) return emptyName;
        return edit(
          () => `Nouveau nom du projet : « ${clean} »`,
          (project) => ({ ok: true, project: project.nom === clean ? project : { ...project, nom: clean } }),
        );
      },

      addCommunesToPerimeter(facilitateurId, communes, options = {}) {
        const index = get().territory?.index;
        if (!index) return NO_PROJECT;
        const codes = resolveCommunes(index, communes).indices.map((c) => index.communeCodes[c]!);
        return editPerimeter(
          facilitateurId,
          (perimetre) => addCommunes(index, perimetre, communes, options),
          (count, owner) => addedLabel(communesPhrase(index, codes, count), owner, options.extension),
        );
      },
      removeCommunesFromPerimeter(facilitateurId, communes) {
        const index = get().territory?.index;
        if (!index) return NO_PROJECT;
        const codes = resolveCommunes(index, communes).indices.map((c) => index.communeCodes[c]!);
        return editPerimeter(
          facilitateurId,
          (perimetre) => removeCommunes(index, perimetre, communes),
          (count, owner) => removedLabel(communesPhrase(index, codes, count), owner),
        );
      },
      addZoneToPerimeter(facilitateurId, zone) {
        const index = get().territory?.index;
        if (!index) return NO_PROJECT;
        return editPerimeter(
          facilitateurId,
          (perimetre) => addZone(index, perimetre, zone),
          (_count, owner) => addedLabel(zoneWithArticle(index, zone.niveau, zone.code), owner, zone.extension),
        );
      },
      removeZoneFromPerimeter(facilitateurId, niveau, code) {
        const index = get().territory?.index;
        if (!index) return NO_PROJECT;
        return editPerimeter(
          facilitateurId,
          (perimetre) => removeZone(index, perimetre, niveau, code),
          (_count, owner) => removedLabel(zoneWithArticle(index, niveau, code), owner),
        );
      },
      setPerimeterExtension(facilitateurId, niveau, code, extension) {
        const index = get().territory?.index;
        if (!index) return NO_PROJECT;
        return editPerimeter(
          facilitateurId,
          (perimetre) => setZoneExtension(index, perimetre, niveau, code, extension),
          (_count, owner) => extensionLabel(zoneWithArticle(index, niveau, code), owner, extension),
        );
      },

      validateRecord(kind, draft, replacing) {
        const { territory, project } = get();
        if (!territory || !project) return { errors: { "": "Aucun projet n'est chargé" }, warnings: {}, value: undefined };
        return validateEntity(territory.index, project, kind, draft, replacing);
      },
      createRecord(kind, draft) {
        const { project } = get();
        if (!project) return NO_PROJECT;
        const written = typeof draft["id"] === "string" ? draft["id"].trim() : "";
        const id = written || nextEntityId(project, kind, ID_PREFIXES[kind]);
        const defaults = kind === "facilitateur" ? { role: "facilitateur", statut: "en-poste", contacts: [], perimetre: [], miseAJour: today() } : {};
        const checked = get().validateRecord(kind, { ...defaults, ...draft, id });
        if (!checked.value) return { ok: false, message: "Le formulaire contient des erreurs", errors: checked.errors };
        const record = checked.value;
        const coordinateur = kind === "facilitateur" && (record as EntityOf["facilitateur"]).role === "coordinateur-regional";
        return edit(() => entityLabel("create", kind, record.nom, coordinateur), (current) => createEntity(current, kind, record), { id, warnings: checked.warnings });
      },
      createCoordinateur(regionCode, draft) {
        return get().createRecord("facilitateur", { ...draft, role: "coordinateur-regional", perimetre: [{ niveau: "region", code: regionCode }] });
      },
      updateRecord(kind, id, changes) {
        const { project } = get();
        if (!project) return NO_PROJECT;
        const existing = findEntity(project, kind, id);
        if (!existing) return { ok: false, message: `Aucun enregistrement n'a l'identifiant « ${id} »` };
        const stamp = kind === "facilitateur" && changes["miseAJour"] === undefined ? { miseAJour: today() } : {};
        const checked = get().validateRecord(kind, { ...existing, ...changes, ...stamp, id }, id);
        if (!checked.value) return { ok: false, message: "Le formulaire contient des erreurs", errors: checked.errors };
        const record = checked.value;
        const coordinateur = kind === "facilitateur" && (record as EntityOf["facilitateur"]).role === "coordinateur-regional";
        return edit(() => entityLabel("update", kind, record.nom, coordinateur), (current) => updateEntity(current, kind, id, record), { warnings: checked.warnings });
      },
      deleteRecord(kind, id) {
        const { project } = get();
        if (!project) return NO_PROJECT;
        const existing = findEntity(project, kind, id);
        const coordinateur = kind === "facilitateur" && (existing as EntityOf["facilitateur"] | undefined)?.role === "coordinateur-regional";
        return edit(() => entityLabel("delete", kind, existing?.nom ?? id, coordinateur), (current) => deleteEntity(current, kind, id));
      },

      duplicateScenario(nom) {
        const clean = trimmedName(nom);
        if (!clean) return emptyName;
        let id = "";
        const outcome = withWorkspace((workspace) => {
          id = nextScenarioId(workspace);
          const copy = { id, nom: clean, project: activeScenario(workspace).project };
          return { ...workspace, scenarios: [...workspace.scenarios, copy], activeScenarioId: id };
        });
        return outcome.ok ? { ...outcome, id } : outcome;
      },
      renameScenario(id, nom) {
        const clean = trimmedName(nom);
        if (!clean) return emptyName;
        return withWorkspace((workspace) =>
          scenarioExists(workspace, id) ? { ...workspace, scenarios: workspace.scenarios.map((s) => (s.id === id ? { ...s, nom: clean } : s)) } : unknownScenario,
        );
      },
      deleteScenario(id) {
        const outcome = withWorkspace((workspace) => {
          if (!scenarioExists(workspace, id)) return unknownScenario;
          if (workspace.scenarios.length === 1) return { ok: false, message: "Un projet garde toujours au moins un scénario" };
          const scenarios = workspace.scenarios.filter((s) => s.id !== id);
          return { ...workspace, scenarios, activeScenarioId: workspace.activeScenarioId === id ? scenarios[0]!.id : workspace.activeScenarioId };
        });
        if (outcome.ok) {
          const { [id]: _dropped, ...histories } = get().histories;
          set({ histories });
        }
        return outcome;
      },
      switchScenario(id) {
        return withWorkspace((workspace) => (scenarioExists(workspace, id) ? { ...workspace, activeScenarioId: id } : unknownScenario));
      },
      renameWorkspace(nom) {
        const clean = trimmedName(nom);
        if (!clean) return emptyName;
        return withWorkspace((workspace) => ({ ...workspace, nom: clean }));
      },

      attachStorage(next) {
        storage = next;
      },
      detachStorage(which) {
        if (storage === which) storage = null;
      },
      setSaveState(saveStatus, saveMessage = null) {
        set({ saveStatus, saveMessage });
      },
      setSavedProjects(savedProjects) {
        set({ savedProjects });
      },
      createSavedProject(project, nom) {
        return storage ? storage.create(project, nom) : Promise.resolve(NO_STORAGE);
      },
      openSavedProject(id) {
        return storage ? storage.open(id) : Promise.resolve(NO_STORAGE);
      },
      renameSavedProject(id, nom) {
        return storage ? storage.rename(id, nom) : Promise.resolve(NO_STORAGE);
      },
      deleteSavedProject(id) {
        return storage ? storage.remove(id) : Promise.resolve(NO_STORAGE);
      },
      flushSave() {
        return storage ? storage.flush() : Promise.resolve();
      },

      startEditing(facilitateurId) {
        get().showPerimeter(facilitateurId);
        set((state) => ({ view: { ...state.view, editing: { facilitateurId, unit: "commune", extension: false }, editMessage: null } }));
      },
      setEditOptions(options) {
        set((state) => (state.view.editing ? { view: { ...state.view, editing: { ...state.view.editing, ...options } } } : {}));
      },
      stopEditing() {
        set((state) => ({ view: { ...state.view, editing: null, editMessage: null } }));
      },
      editAtCommune(code) {
        const { view, territory, project, result } = get();
        const editing = view.editing;
        if (!editing || !territory || !project || !result) return { ok: false, message: "Aucun périmètre en cours de modification" };
        const { index } = territory;
        const c = index.communeIndex.get(code);
        const f = project.facilitateurs.findIndex((item) => item.id === editing.facilitateurId);
        if (c === undefined || f < 0) return { ok: false, message: "Commune ou poste inconnu" };
        const e = index.epciOf[c]!;
        const inside = result.perimeters.communes.subarray(result.perimeters.offsets[f]!, result.perimeters.offsets[f + 1]!).includes(c);
        const epci = editing.unit === "epci" && e >= 0 ? index.reference.epci[e]!.code : null;
        const outcome = inside
          ? epci
            ? get().removeZoneFromPerimeter(editing.facilitateurId, "epci", epci)
            : get().removeCommunesFromPerimeter(editing.facilitateurId, [code])
          : epci
            ? get().addZoneToPerimeter(editing.facilitateurId, { niveau: "epci", code: epci, ...(editing.extension && { extension: true }) })
            : get().addCommunesToPerimeter(editing.facilitateurId, [code], { extension: editing.extension });
        // Says what the click did (the step's label), for sighted and screen-reader users alike.
        const editMessage = outcome.ok ? (outcome.changed ? get().undoLabel : "Rien à changer : ce territoire est déjà couvert ainsi") : outcome.message;
        set((state) => ({ view: { ...state.view, editMessage } }));
        return outcome;
      },
      markMapDrawn() {
        if (!get().mapDrawn) set({ mapDrawn: true });
      },
      fail(message) {
        set({ status: "error", error: message });
      },
      setMode(mode) {
        set((state) => ({ view: { ...state.view, mode, ...(mode !== "carte" && { editing: null, editMessage: null }) } }));
      },
      setColouring(colouring) {
        set((state) => ({ view: { ...state.view, colouring } }));
      },
      compareWithScenario(id) {
        set((state) => ({
          view: {
            ...state.view,
            compareWith: id,
            colouring: id ? "comparaison" : state.view.colouring === "comparaison" ? "zones-blanches" : state.view.colouring,
          },
        }));
      },
      setOverlay(overlay, visible) {
        set((state) => ({ view: { ...state.view, overlays: { ...state.view.overlays, [overlay]: visible } } }));
      },
      setBasemap(basemap) {
        set((state) => ({ view: { ...state.view, basemap } }));
      },
      focus(focus) {
        const territory = get().territory;
        let communes: ArrayLike<number> = [];
        if (territory && focus) {
          const { index } = territory;
          const at = focus.level === "region" ? index.regionIndex.get(focus.code) : index.departementIndex.get(focus.code);
          if (at !== undefined) communes = focus.level === "region" ? index.communesOfRegion[at]! : index.communesOfDepartement[at]!;
        }
        set((state) => ({ view: { ...state.view, focus, fit: fitRequest(territory, communes, state.view.fit) ?? state.view.fit } }));
      },
      hover(code) {
        if (get().view.hovered !== code) set((state) => ({ view: { ...state.view, hovered: code } }));
      },
      select(selection) {
        set((state) => ({ view: { ...state.view, selection, highlighted: selection?.kind === "facilitateur" ? state.view.highlighted : null } }));
      },
      showCommune(code) {
        const territory = get().territory;
        const c = territory?.index.communeIndex.get(code);
        set((state) => ({
          view: { ...state.view, selection: { kind: "commune", code }, highlighted: null, fit: (c !== undefined && fitRequest(territory, [c], state.view.fit)) || state.view.fit },
        }));
      },
      showPerimeter(facilitateurId) {
        const { territory, project, result } = get();
        const f = project?.facilitateurs.findIndex((item) => item.id === facilitateurId) ?? -1;
        const communes = f >= 0 && result ? result.perimeters.communes.subarray(result.perimeters.offsets[f]!, result.perimeters.offsets[f + 1]!) : [];
        set((state) => ({
          view: { ...state.view, selection: { kind: "facilitateur", id: facilitateurId }, highlighted: facilitateurId, fit: fitRequest(territory, communes, state.view.fit) ?? state.view.fit },
        }));
      },
  };
  });
}

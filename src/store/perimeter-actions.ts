// Edits of a post's perimeter: communes and zones added, removed, marked as extension
// limitrophe, from the forms and from map clicks. Each stamps the post's `miseAJour` and
// goes through the document's `change`.
import type { StateCreator } from "zustand/vanilla";
import { findEntity, setPerimeter, updateEntity } from "../domain/entity-edits.ts";
import type { Zone, ZoneLevel } from "../domain/model.ts";
import { communesOfPerimeter, communesOfZone } from "../domain/perimeter.ts";
import { addCommunes, addZone, removeCommunes, removeZone, resolveCommunes, setZoneExtension, type PerimeterEditResult } from "../domain/perimeter-edits.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { zoneWithArticle } from "../domain/territory-names.ts";
import type { AppState } from "./app-store.ts";
import { NO_PROJECT, type EditOutcome } from "./document-slice.ts";
import { addedLabel, communesPhrase, extensionLabel, removedLabel } from "./edit-labels.ts";

export interface PerimeterActions {
  /** Adds communes (INSEE codes or indices) to a post's perimeter, at home or as extension limitrophe. */
  addCommunesToPerimeter(facilitateurId: string, communes: readonly (string | number)[], options?: { extension?: boolean }): EditOutcome;
  removeCommunesFromPerimeter(facilitateurId: string, communes: readonly (string | number)[]): EditOutcome;
  /** Adds a whole EPCI, département or région (or one commune). */
  addZoneToPerimeter(facilitateurId: string, zone: Zone): EditOutcome;
  removeZoneFromPerimeter(facilitateurId: string, niveau: ZoneLevel, code: string): EditOutcome;
  /** Marks a zone or commune of the perimeter as extension limitrophe, or back to home territory. */
  setPerimeterExtension(facilitateurId: string, niveau: ZoneLevel, code: string, extension: boolean): EditOutcome;
  /** In editing: a click on a commune removes it (or its EPCI) from the perimeter when there, else adds it. */
  editAtCommune(code: string): EditOutcome;
}

export const createPerimeterActions =
  (today: () => string): StateCreator<AppState, [], [], PerimeterActions> =>
  (_set, get) => {
    /** Applies a perimeter edit to one post, whose `miseAJour` becomes today. */
    function editPerimeter(facilitateurId: string, run: (index: TerritoryIndex, perimetre: Zone[]) => PerimeterEditResult, label: (index: TerritoryIndex, communes: number, owner: string) => string): EditOutcome {
      const index = get().territory?.index;
      const project = get().derived.project(get());
      if (!index || !project) return NO_PROJECT;
      const facilitateur = findEntity(project, "facilitateur", facilitateurId);
      if (!facilitateur) return { ok: false, message: `Aucun poste n'a l'identifiant « ${facilitateurId} »` };
      const result = run(index, facilitateur.perimetre);
      if (!result.ok) return result;
      if (!result.changed) return { ok: true, changed: false };
      return get().changeProject(label(index, result.communes, facilitateur.nom), (current) => {
        const updated = setPerimeter(current, facilitateurId, result.perimetre);
        if (!updated.ok) return updated;
        const edited = updateEntity(updated.project, "facilitateur", facilitateurId, { ...findEntity(updated.project, "facilitateur", facilitateurId)!, miseAJour: today() });
        return edited.ok ? edited.project : edited;
      });
    }
    const codesOf = (index: TerritoryIndex, communes: readonly (string | number)[]) => resolveCommunes(index, communes).indices.map((c) => index.communeCodes[c]!);

    /**
     * Adds communes, and says (in `transient.editMessage`, which the perimeter editor shows)
     * which other facilitators already cover some of them: an overlap is created knowingly,
     * never silently.
     */
    function addWithOverlapNote(facilitateurId: string, communes: ArrayLike<number>, add: () => EditOutcome): EditOutcome {
      const state = get();
      const project = state.derived.project(state);
      const result = state.derived.result(state);
      const index = state.territory?.index;
      const others = new Map<number, number>();
      if (project && result && index) {
        const own = project.facilitateurs.findIndex((item) => item.id === facilitateurId);
        const { offsets, facilitateurs } = result.coverage;
        for (let k = 0; k < communes.length; k++) {
          const c = communes[k]!;
          for (let at = offsets[c]!; at < offsets[c + 1]!; at++) if (facilitateurs[at] !== own) others.set(facilitateurs[at]!, (others.get(facilitateurs[at]!) ?? 0) + 1);
        }
      }
      const outcome = add();
      if (!outcome.ok || !outcome.changed || others.size === 0 || !project || !index) {
        if (outcome.ok && outcome.changed) get().setEditMessage(null);
        return outcome;
      }
      const names = [...others.keys()].map((f) => project.facilitateurs[f]!.nom);
      const where = communes.length === 1 ? zoneWithArticle(index, "commune", index.communeCodes[communes[0]!]!).replace(/^la commune /, "") : "une partie de ces communes";
      const after = get();
      get().setEditMessage(`${after.derived.history(after).undoLabel}. Chevauchement : ${where} ${communes.length === 1 ? "est" : "sont"} déjà couverte${communes.length === 1 ? "" : "s"} par ${names.join(", ")}. Annulable (Ctrl+Z).`);
      return outcome;
    }

    return {
      addCommunesToPerimeter(facilitateurId, communes, options = {}) {
        const index = get().territory?.index;
        const indices = index ? resolveCommunes(index, communes).indices : [];
        return addWithOverlapNote(facilitateurId, indices, () =>
          editPerimeter(
            facilitateurId,
            (index, perimetre) => addCommunes(index, perimetre, communes, options),
            (index, count, owner) => addedLabel(communesPhrase(index, codesOf(index, communes), count), owner, options.extension),
          ),
        );
      },
      removeCommunesFromPerimeter(facilitateurId, communes) {
        return editPerimeter(
          facilitateurId,
          (index, perimetre) => removeCommunes(index, perimetre, communes),
          (index, count, owner) => removedLabel(communesPhrase(index, codesOf(index, communes), count), owner),
        );
      },
      addZoneToPerimeter(facilitateurId, zone) {
        const index = get().territory?.index;
        return addWithOverlapNote(facilitateurId, (index && communesOfZone(index, zone.niveau, zone.code)) ?? [], () =>
          editPerimeter(
            facilitateurId,
            (index, perimetre) => addZone(index, perimetre, zone),
            (index, _count, owner) => addedLabel(zoneWithArticle(index, zone.niveau, zone.code), owner, zone.extension),
          ),
        );
      },
      removeZoneFromPerimeter(facilitateurId, niveau, code) {
        return editPerimeter(
          facilitateurId,
          (index, perimetre) => removeZone(index, perimetre, niveau, code),
          (index, _count, owner) => removedLabel(zoneWithArticle(index, niveau, code), owner),
        );
      },
      setPerimeterExtension(facilitateurId, niveau, code, extension) {
        return editPerimeter(
          facilitateurId,
          (index, perimetre) => setZoneExtension(index, perimetre, niveau, code, extension),
          (index, _count, owner) => extensionLabel(zoneWithArticle(index, niveau, code), owner, extension),
        );
      },
      editAtCommune(code) {
        const state = get();
        const editing = state.view.editing;
        const project = state.derived.project(state);
        const result = state.derived.result(state);
        if (!editing || !state.territory || !project || !result) return { ok: false, message: "Aucun périmètre en cours de modification" };
        const { index } = state.territory;
        const c = index.communeIndex.get(code);
        const f = project.facilitateurs.findIndex((item) => item.id === editing.facilitateurId);
        if (c === undefined || f < 0) return { ok: false, message: "Commune ou poste inconnu" };
        const e = index.epciOf[c]!;
        const inside = communesOfPerimeter(result.perimeters, f).includes(c);
        const epci = editing.unit === "epci" && e >= 0 ? index.reference.epci[e]!.code : null;
        const actions = get();
        const outcome = inside
          ? epci
            ? actions.removeZoneFromPerimeter(editing.facilitateurId, "epci", epci)
            : actions.removeCommunesFromPerimeter(editing.facilitateurId, [code])
          : epci
            ? actions.addZoneToPerimeter(editing.facilitateurId, { niveau: "epci", code: epci, ...(editing.extension && { extension: true }) })
            : actions.addCommunesToPerimeter(editing.facilitateurId, [code], { extension: editing.extension });
        // Says what the click did (the step's label), for sighted and screen-reader users alike.
        const after = get();
        // Says what the click did (the step's label, and the overlap it created if any).
        const said = get().transient.editMessage;
        get().setEditMessage(outcome.ok ? (outcome.changed ? (said ?? after.derived.history(after).undoLabel) : "Rien à changer : ce territoire est déjà couvert ainsi") : outcome.message);
        return outcome;
      },
    };
  };

// The dialogs around the record forms: create or edit one record, confirm a deletion. The
// store makes each change one undoable step and refuses, in French, what would break the
// project (a structure still carrying posts).
import { useState } from "react";
import { findEntity, type EntityKind, type EntityOf } from "../../domain/entity-edits.ts";
import { ModalDialog } from "../import/ModalDialog.tsx";
import { useAppState, useAppStore } from "../store-context.tsx";
import { AcheteurForm } from "./AcheteurForm.tsx";
import { CoordinateurForm } from "./CoordinateurForm.tsx";
import { FacilitateurForm } from "./FacilitateurForm.tsx";
import { GrandProjetForm } from "./GrandProjetForm.tsx";
import { StructureForm } from "./StructureForm.tsx";

/** What a form is for: a kind of record, and a coordinateur régional apart from other posts. */
export type RecordFormKind = EntityKind | "coordinateur";

const NEW_TITLES: Record<RecordFormKind, string> = {
  structure: "Nouvelle structure porteuse",
  facilitateur: "Nouveau facilitateur",
  coordinateur: "Nouveau coordinateur régional",
  acheteur: "Nouvel acheteur de l'État",
  "grand-projet": "Nouveau grand projet",
};

const NOUNS: Record<EntityKind, string> = { structure: "la structure", facilitateur: "le poste", acheteur: "l'acheteur", "grand-projet": "le grand projet" };

const entityKind = (kind: RecordFormKind): EntityKind => (kind === "coordinateur" ? "facilitateur" : kind);

function useRecord<K extends EntityKind>(kind: K, id: string | undefined): EntityOf[K] | undefined {
  return useAppState((state) => {
    const project = state.derived.project(state);
    return id && project ? findEntity(project, kind, id) : undefined;
  });
}

/** Shows the record saved: a post's perimeter, an acheteur or grand projet in the details. */
function showSaved(store: ReturnType<typeof useAppStore>, kind: EntityKind, id: string) {
  const state = store.getState();
  if (kind === "facilitateur") state.showPerimeter(id);
  else if (kind === "acheteur" || kind === "grand-projet") state.select({ kind, id });
}

export function RecordFormDialog({ kind, id, onClose }: { kind: RecordFormKind; id?: string; onClose(): void }) {
  const store = useAppStore();
  const record = useRecord(entityKind(kind), id);
  if (id && !record) {
    return (
      <ModalDialog title="Enregistrement introuvable" onClose={onClose} testId="dialogue-formulaire">
        <p>Cet enregistrement n'existe plus (supprimé ou annulé).</p>
      </ModalDialog>
    );
  }
  const title = record ? `Modifier ${NOUNS[entityKind(kind)]} « ${record.nom} »` : NEW_TITLES[kind];
  const onSaved = (savedId: string) => {
    showSaved(store, entityKind(kind), savedId);
    onClose();
  };
  const props = { onSaved, onCancel: onClose };
  return (
    <ModalDialog title={title} onClose={onClose} testId="dialogue-formulaire">
      {kind === "structure" && <StructureForm {...props} record={record as EntityOf["structure"] | undefined} />}
      {kind === "facilitateur" && <FacilitateurForm {...props} record={record as EntityOf["facilitateur"] | undefined} />}
      {kind === "coordinateur" && <CoordinateurForm {...props} record={record as EntityOf["facilitateur"] | undefined} />}
      {kind === "acheteur" && <AcheteurForm {...props} record={record as EntityOf["acheteur"] | undefined} />}
      {kind === "grand-projet" && <GrandProjetForm {...props} record={record as EntityOf["grand-projet"] | undefined} />}
    </ModalDialog>
  );
}

/** « Supprimer … ? » with the consequence; a refusal of the store is shown in place. */
export function DeleteRecordDialog({ kind, id, onClose }: { kind: EntityKind; id: string; onClose(): void }) {
  const store = useAppStore();
  const record = useRecord(kind, id);
  const posts = useAppState((state) => (kind === "structure" ? (state.derived.project(state)?.facilitateurs.filter((f) => f.structure === id).length ?? 0) : 0));
  const [refusal, setRefusal] = useState<string | null>(null);
  const nom = record?.nom ?? id;
  const remove = () => {
    const outcome = store.getState().deleteRecord(kind, id);
    if (outcome.ok) onClose();
    else setRefusal(outcome.message);
  };
  return (
    <ModalDialog
      title={`Supprimer ${NOUNS[kind]} « ${nom} » ?`}
      onClose={onClose}
      testId="dialogue-suppression"
      footer={
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--right">
          <li>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={onClose}>
              {refusal ? "Fermer" : "Annuler"}
            </button>
          </li>
          {!refusal && (
            <li>
              <button type="button" className="fr-btn record-delete" onClick={remove}>
                Supprimer
              </button>
            </li>
          )}
        </ul>
      }
    >
      {refusal ? (
        <div className="fr-alert fr-alert--error fr-alert--sm" role="alert" data-testid="refus-suppression">
          <p>{refusal}</p>
        </div>
      ) : (
        <p>
          {kind === "facilitateur" && "Le poste et son périmètre disparaissent de la carte et des chiffres. "}
          {kind === "structure" && posts > 0 && `Cette structure porte encore ${posts === 1 ? "un poste" : `${posts} postes`} : la suppression sera refusée. `}
          Vous pourrez annuler la suppression avec « Annuler » (Ctrl+Z).
        </p>
      )}
    </ModalDialog>
  );
}

/** « Modifier » and « Supprimer » for one record, each opening its dialog. */
export function RecordActions({ kind, id, noun }: { kind: EntityKind; id: string; /** Appended to the labels: « Modifier la structure ». */ noun?: string }) {
  const [open, setOpen] = useState<"edit" | "delete" | null>(null);
  const coordinateur = useAppState((state) => kind === "facilitateur" && state.derived.project(state)?.facilitateurs.find((f) => f.id === id)?.role === "coordinateur-regional");
  const suffix = noun ? ` ${noun}` : "";
  return (
    <>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm record-actions">
        <li>
          <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => setOpen("edit")}>
            Modifier{suffix}
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => setOpen("delete")}>
            Supprimer{suffix}
          </button>
        </li>
      </ul>
      {open === "edit" && <RecordFormDialog kind={coordinateur ? "coordinateur" : kind} id={id} onClose={() => setOpen(null)} />}
      {open === "delete" && <DeleteRecordDialog kind={kind} id={id} onClose={() => setOpen(null)} />}
    </>
  );
}

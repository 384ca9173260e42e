// Undo / redo buttons, Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y), and the state of the saving in
// this browser. When saving fails (storage full, absent or refused), the alert offers the
// project file at once: editing goes on in memory, and nothing is lost if the user keeps it.
import { useEffect, useState } from "react";
import { serializeWorkspace } from "../../io/project-file.ts";
import { downloadText, exportFileName } from "../export/downloads.ts";
import { localToday } from "../local-today.ts";
import { useAppState, useAppStore } from "../store-context.tsx";
import { SaveConflict } from "./SaveConflict.tsx";

/** True when the key event comes from a text field, where Ctrl+Z belongs to the field. */
function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function HistoryBar() {
  const store = useAppStore();
  const { canUndo, canRedo, undoLabel, redoLabel } = useAppState((state) => state.derived.history(state));
  const { status: saveStatus, message: saveMessage } = useAppState((state) => state.save);
  const workspace = useAppState((state) => state.document.workspace);
  const [exported, setExported] = useState<string | null>(null);

  function exportProject() {
    if (!workspace) return;
    const name = exportFileName(workspace.nom, "projet", localToday(), "json");
    downloadText(name, serializeWorkspace(workspace), "application/json");
    setExported(`Fichier « ${name} » téléchargé : il contient tout le projet (chaque scénario). Réimportez-le (« Importer… ») pour le retrouver.`);
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || inTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) store.getState().undo();
      else if ((key === "z" && event.shiftKey) || key === "y") store.getState().redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);

  return (
    <div className="history-bar" data-testid="historique">
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left">
        <li>
          <button
            type="button"
            className="fr-btn fr-btn--tertiary fr-icon-arrow-go-back-line"
            disabled={!canUndo}
            title={undoLabel ? `Annuler : ${undoLabel} (Ctrl+Z)` : "Rien à annuler"}
            onClick={() => store.getState().undo()}
          >
            Annuler
          </button>
        </li>
        <li>
          <button
            type="button"
            className="fr-btn fr-btn--tertiary fr-icon-arrow-go-forward-line"
            disabled={!canRedo}
            title={redoLabel ? `Rétablir : ${redoLabel} (Ctrl+Maj+Z)` : "Rien à rétablir"}
            onClick={() => store.getState().redo()}
          >
            Rétablir
          </button>
        </li>
      </ul>
      <p className="fr-text--xs fr-mb-0" role="status" data-testid="etat-sauvegarde" title="Les modifications sont enregistrées dans ce navigateur.">
        {saveStatus === "saved" && "Enregistré"}
        {saveStatus === "saving" && "Enregistrement…"}
        {saveStatus === "conflict" && "Non enregistré : projet modifié dans un autre onglet"}
      </p>
      {saveStatus === "saved" && saveMessage && (
        <p className="fr-text--xs fr-mb-0" role="status" data-testid="message-sauvegarde">
          {saveMessage}
        </p>
      )}
      {saveStatus === "conflict" && <SaveConflict message={saveMessage} />}
      {saveStatus === "error" && (
        <div className="fr-alert fr-alert--error fr-alert--sm" role="alert" data-testid="alerte-sauvegarde">
          <p>{saveMessage ?? "Les modifications ne peuvent pas être enregistrées dans ce navigateur : exportez le projet pour ne rien perdre."}</p>
          <p className="fr-text--xs fr-mb-1w">Vous pouvez continuer à modifier le projet : les changements restent dans cette page tant qu'elle est ouverte.</p>
          <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-icon-download-line fr-btn--icon-left" onClick={exportProject} disabled={!workspace} data-testid="exporter-projet-secours">
            Exporter le projet (fichier JSON)
          </button>
          {exported && (
            <p className="fr-text--xs fr-mt-1w fr-mb-0" role="status">
              {exported}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

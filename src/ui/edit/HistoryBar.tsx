// Undo / redo buttons, Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y), and the state of the saving in
// this browser.
import { useEffect } from "react";
import { useAppState, useAppStore } from "../store-context.tsx";

/** True when the key event comes from a text field, where Ctrl+Z belongs to the field. */
function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function HistoryBar() {
  const store = useAppStore();
  const canUndo = useAppState((state) => state.canUndo);
  const canRedo = useAppState((state) => state.canRedo);
  const undoLabel = useAppState((state) => state.undoLabel);
  const redoLabel = useAppState((state) => state.redoLabel);
  const saveStatus = useAppState((state) => state.saveStatus);
  const saveMessage = useAppState((state) => state.saveMessage);

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
      <p className="fr-text--xs fr-mb-0" role="status" data-testid="etat-sauvegarde">
        {saveStatus === "saved" && "Enregistré dans ce navigateur"}
        {saveStatus === "saving" && "Enregistrement…"}
      </p>
      {saveStatus === "error" && (
        <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
          <p>{saveMessage ?? "Les modifications ne peuvent pas être enregistrées dans ce navigateur : exportez le projet pour ne rien perdre."}</p>
        </div>
      )}
    </div>
  );
}

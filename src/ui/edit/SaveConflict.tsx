// When another tab saved the project on screen: this tab has stopped writing (nothing the
// other tab saved is overwritten) and offers the two ways out.
import { useState } from "react";
import { useSavedProjects } from "../projects/saved-projects-context.tsx";

export function SaveConflict({ message }: { message: string | null }) {
  const projects = useSavedProjects();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resolve = async (choice: "reload" | "fork") => {
    if (!projects) return;
    setBusy(true);
    const outcome = await projects.resolveConflict(choice);
    setBusy(false);
    setError(outcome.ok ? null : outcome.message);
  };
  return (
    <div className="fr-alert fr-alert--warning fr-alert--sm" role="alert" data-testid="conflit-onglets">
      <p>{message}</p>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mt-1w">
        <li>
          <button type="button" className="fr-btn" disabled={busy || !projects} onClick={() => void resolve("reload")}>
            Recharger la version enregistrée
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" disabled={busy || !projects} onClick={() => void resolve("fork")}>
            Garder ma version comme nouveau projet
          </button>
        </li>
      </ul>
      {error && <p className="fr-text--xs fr-mb-0">{error}</p>}
    </div>
  );
}

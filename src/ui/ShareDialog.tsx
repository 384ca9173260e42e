// The dialog of « Partager » (ShareButton.tsx): the link, the project file and the embedding
// code together. Loaded at the first « Partager », not with the map.
import { useEffect, useId, useRef, useState } from "react";
import { fingerprintOf } from "../app/url-binding.ts";
import { serializeWorkspace } from "../io/project-file.ts";
import { copyText } from "./clipboard.ts";
import { downloadText, exportFileName } from "./export/downloads.ts";
import { ModalDialog } from "./import/ModalDialog.tsx";
import { formatDate } from "./format.ts";
import { localToday } from "./local-today.ts";
import { useAppState } from "./store-context.tsx";

/** The read-only view of `link` in an <iframe>, as a site editor pastes it. */
export function embedCode(link: string, title: string): string {
  const url = new URL(link);
  url.searchParams.set("integration", "1");
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${escape(url.toString())}" title="${escape(title)}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}

export function ShareDialog({ link, copied, onClose }: { link: string; copied: boolean | null; onClose(): void }) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const workspace = useAppState((state) => state.document.workspace);
  const project = useAppState((state) => state.derived.project(state));
  // What the last action in the dialog said; until then, how the copy at « Partager » went.
  const [action, setMessage] = useState<string | null>(null);
  const copiedMessage =
    copied === true
      ? "Lien copié : il ouvre cette vue (territoire, couches, scénario, sélection)."
      : copied === false
        ? "Le navigateur n'a pas permis la copie : le lien est sélectionné ci-dessous, copiez-le avec Ctrl+C."
        : "";
  const message = action ?? copiedMessage;

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);

  const fingerprint = project ? fingerprintOf(project) : null;
  const code = embedCode(link, `Couverture des facilitateurs de la clause sociale — ${project?.nom ?? "carte"}`);
  const downloadProject = () => {
    if (!workspace) return;
    const name = exportFileName(workspace.nom, "projet", localToday(), "json");
    downloadText(name, serializeWorkspace(workspace), "application/json");
    setMessage(`Fichier « ${name} » téléchargé : envoyez-le avec le lien.`);
  };
  const copy = async (text: string, what: string) => setMessage((await copyText(text)) ? `${what} copié.` : `Copie refusée par le navigateur : sélectionnez le ${what.toLowerCase()} et copiez-le avec Ctrl+C.`);

  return (
    <ModalDialog title="Partager cette vue" onClose={onClose} testId="dialogue-partage">
      <p className="fr-text--xs" role="status" data-testid="annonce-partage">
        {message}
      </p>
      <section aria-labelledby={`${id}-lien-titre`}>
        <h2 className="fr-h6 fr-mb-1v" id={`${id}-lien-titre`}>
          1. Le lien
        </h2>
        <div className="fr-input-group">
          <label className="fr-label" htmlFor={`${id}-lien`}>
            Lien vers cette vue
            <span className="fr-hint-text">
              Il ouvre le même territoire, les mêmes couches, le même scénario et la même sélection, avec les données du navigateur qui l'ouvre. Il porte l'empreinte de vos données :
              ouvert avec d'autres données, l'application le dit.
            </span>
          </label>
          <input ref={field} id={`${id}-lien`} className="fr-input" type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
        </div>
        <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-icon-links-line fr-btn--icon-left" onClick={() => void copy(link, "Lien")}>
          Copier le lien
        </button>
        {fingerprint && (
          <p className="fr-text--xs fr-mt-1w" data-testid="empreinte-partage">
            Données : projet « {fingerprint.nom} »{fingerprint.date ? `, au ${formatDate(fingerprint.date)}` : ""} — empreinte {fingerprint.hash}
          </p>
        )}
      </section>
      <section aria-labelledby={`${id}-fichier-titre`} className="fr-mt-2w">
        <h2 className="fr-h6 fr-mb-1v" id={`${id}-fichier-titre`}>
          2. Le fichier du projet
        </h2>
        <p className="fr-text--sm fr-mb-1w">Pour que le destinataire voie vos données (et pas les siennes), envoyez-lui aussi ce fichier : il l'ouvre avec « Importer… ».</p>
        <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-icon-download-line fr-btn--icon-left" onClick={downloadProject} disabled={!workspace} data-testid="partage-fichier">
          Télécharger le fichier du projet (JSON)
        </button>
      </section>
      <section aria-labelledby={`${id}-code-titre`} className="fr-mt-2w">
        <h2 className="fr-h6 fr-mb-1v" id={`${id}-code-titre`}>
          3. Le code d'intégration
        </h2>
        <div className="fr-input-group">
          <label className="fr-label" htmlFor={`${id}-code`}>
            Code d'intégration (iframe)
            <span className="fr-hint-text">À coller dans une page web : la carte en lecture seule, sans outil d'édition.</span>
          </label>
          <textarea id={`${id}-code`} className="fr-input" readOnly rows={3} value={code} onFocus={(event) => event.target.select()} data-testid="code-integration" />
        </div>
        <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" onClick={() => void copy(code, "Code d'intégration")}>
          Copier le code
        </button>
      </section>
    </ModalDialog>
  );
}

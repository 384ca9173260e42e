// The projects kept in this browser: open one, rename, delete (never the open one), and
// start a new one from the demo dataset or as a copy of the project on screen. The state
// of the saving itself is shown by the history bar.
import { useId, useState } from "react";
import { demoProjectUrl, loadProject } from "../../io/app-data.ts";
import type { SavedProjects, SavedProjectSummary } from "../../app/saved-projects.ts";
import type { EditOutcome } from "../../store/app-store.ts";
import { ModalDialog } from "../import/ModalDialog.tsx";
import { useAppState } from "../store-context.tsx";
import { useSavedProjectList, useSavedProjects } from "./saved-projects-context.tsx";

const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short" });
const formatSaved = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
};

function RenameForm({ project, projects, onDone }: { project: SavedProjectSummary; projects: SavedProjects; onDone(outcome: EditOutcome | null): void }) {
  const id = useId();
  const [nom, setNom] = useState(project.nom);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="project-rename"
      onSubmit={(event) => {
        event.preventDefault();
        if (!nom.trim()) return setError("Donnez un nom au projet.");
        setBusy(true);
        void projects
          .rename(project.id, nom)
          .then((outcome) => {
            setBusy(false);
            if (outcome.ok) onDone(outcome);
            else setError(outcome.message);
          });
      }}
    >
      <div className={`fr-input-group fr-mb-1v${error ? " fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor={id}>
          Nouveau nom de « {project.nom} »
        </label>
        <input
          id={id}
          className="fr-input"
          value={nom}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-erreur` : undefined}
          onChange={(event) => {
            setNom(event.target.value);
            setError(event.target.value.trim() ? null : "Donnez un nom au projet.");
          }}
        />
        {error && (
          <p className="fr-error-text" id={`${id}-erreur`}>
            {error}
          </p>
        )}
      </div>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <button type="submit" className="fr-btn" disabled={busy}>
            Renommer
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => onDone(null)}>
            Annuler
          </button>
        </li>
      </ul>
    </form>
  );
}

export function ProjectsMenu() {
  const projects = useSavedProjects();
  const savedProjects = useSavedProjectList();
  const openId = useAppState((state) => state.document.workspace?.id ?? null);
  const project = useAppState((state) => state.derived.project(state));
  const index = useAppState((state) => state.territory?.index ?? null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<SavedProjectSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [nom, setNom] = useState("");
  const id = useId();

  /** Runs one operation on the saved projects, says how it went. */
  const run = async (task: (service: SavedProjects) => Promise<EditOutcome>, success: string) => {
    if (!projects) return setError("L'enregistrement dans ce navigateur n'est pas encore prêt");
    setBusy(true);
    setError(null);
    setMessage("");
    try {
      const outcome = await task(projects);
      if (outcome.ok) setMessage(success);
      else setError(outcome.message);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  const newName = (fallback: string) => nom.trim() || fallback;
  const createFromDemo = () =>
    run(async (service) => {
      if (!index) return { ok: false, message: "Le référentiel des territoires n'est pas encore chargé" };
      const { project: demo } = await loadProject(demoProjectUrl(), index);
      const outcome = await service.create(demo, newName(demo.nom));
      if (outcome.ok) setNom("");
      return outcome;
    }, "Nouveau projet créé depuis le jeu de démonstration, et ouvert.");
  const createFromCurrent = () =>
    run(async (service) => {
      if (!project) return { ok: false, message: "Aucun projet n'est ouvert" };
      const outcome = await service.create(project, newName(`Copie de ${project.nom}`));
      if (outcome.ok) setNom("");
      return outcome;
    }, "Copie du projet créée, et ouverte.");

  return (
    <section className="panel-section projects-menu" aria-labelledby={`${id}-titre`} data-testid="projets">
      <h2 id={`${id}-titre`} className="fr-h6 fr-mb-1w">
        Projets enregistrés dans ce navigateur
      </h2>
      {savedProjects.length === 0 ? (
        <p className="fr-text--sm">Aucun projet enregistré pour l'instant.</p>
      ) : (
        <ul className="project-list">
          {savedProjects.map((saved) => {
            const open = saved.id === openId;
            return (
              <li key={saved.id} aria-current={open ? "true" : undefined} data-testid="projet-enregistre">
                <div className="project-list__head">
                  <span>
                    <strong>{saved.nom}</strong>
                    {open && <span className="fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon fr-ml-1v">ouvert</span>}
                    <br />
                    <span className="fr-text--xs">
                      {saved.scenarios} scénario{saved.scenarios > 1 ? "s" : ""}, enregistré le {formatSaved(saved.modifieLe)}
                    </span>
                  </span>
                </div>
                {renaming === saved.id ? (
                  <RenameForm
                    project={saved}
                    projects={projects!}
                    onDone={(outcome) => {
                      setRenaming(null);
                      if (outcome) setMessage(`Projet renommé.`);
                    }}
                  />
                ) : (
                  <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                    {!open && (
                      <li>
                        <button type="button" className="fr-btn fr-btn--secondary" disabled={busy} onClick={() => void run((service) => service.open(saved.id), `Projet « ${saved.nom} » ouvert.`)}>
                          Ouvrir<span className="fr-sr-only"> « {saved.nom} »</span>
                        </button>
                      </li>
                    )}
                    <li>
                      <button type="button" className="fr-btn fr-btn--tertiary" disabled={busy || !projects} onClick={() => setRenaming(saved.id)}>
                        Renommer<span className="fr-sr-only"> « {saved.nom} »</span>
                      </button>
                    </li>
                    {!open && (
                      <li>
                        <button type="button" className="fr-btn fr-btn--tertiary" disabled={busy} onClick={() => setDeleting(saved)}>
                          Supprimer<span className="fr-sr-only"> « {saved.nom} »</span>
                        </button>
                      </li>
                    )}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="fr-input-group fr-mt-1w">
        <label className="fr-label" htmlFor={`${id}-nom`}>
          Nom du nouveau projet (facultatif)
        </label>
        <input id={`${id}-nom`} className="fr-input" value={nom} placeholder="Réseau Bourgogne-Franche-Comté 2026" onChange={(event) => setNom(event.target.value)} />
      </div>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" disabled={busy || !index} onClick={() => void createFromDemo()}>
            Nouveau projet depuis la démonstration
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" disabled={busy || !project} onClick={() => void createFromCurrent()}>
            Nouveau projet : copie de l'actuel
          </button>
        </li>
      </ul>
      <p className="fr-text--sm fr-mb-0" role="status" data-testid="annonce-projets">
        {busy ? "Patientez…" : message}
      </p>
      {error && (
        <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
          <p>{error}</p>
        </div>
      )}
      {deleting && (
        <ModalDialog
          title={`Supprimer le projet « ${deleting.nom} » ?`}
          onClose={() => setDeleting(null)}
          testId="dialogue-suppression-projet"
          footer={
            <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--right">
              <li>
                <button type="button" className="fr-btn fr-btn--secondary" onClick={() => setDeleting(null)}>
                  Annuler
                </button>
              </li>
              <li>
                <button
                  type="button"
                  className="fr-btn record-delete"
                  onClick={() => {
                    const target = deleting;
                    setDeleting(null);
                    void run((service) => service.remove(target.id), `Projet « ${target.nom} » supprimé.`);
                  }}
                >
                  Supprimer
                </button>
              </li>
            </ul>
          }
        >
          <p>Le projet, ses scénarios et ses modifications sont effacés de ce navigateur. Cette suppression ne peut pas être annulée : exportez-le d'abord pour en garder une copie.</p>
        </ModalDialog>
      )}
    </section>
  );
}

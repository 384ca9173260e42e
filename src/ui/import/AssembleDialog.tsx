// « Assembler des projets »: one national picture from the regional project files (one per
// région). Every file is read and checked, the conflicts are listed before anything is
// applied, and « Assembler » puts the result in the scenario on screen as one undoable step.
import { useId, useMemo, useState, type ChangeEvent } from "react";
import { assembleProjects, describeConflict, type AssemblySource } from "../../domain/assemble.ts";
import { withActiveProject } from "../../domain/workspace.ts";
import { formatIssue } from "../../io/import-result.ts";
import { parseProjectFile, type ProjectFileResult } from "../../io/project-file.ts";
import { formatDate, formatInteger } from "../format.ts";
import { useAppState, useAppStore } from "../store-context.tsx";
import { FilePicker } from "./FilePicker.tsx";
import { ModalDialog } from "./ModalDialog.tsx";
import { territoryNotReady } from "./read-import-file.ts";

interface ReadFile {
  file: string;
  result: ProjectFileResult;
}

export function AssembleDialog({ onClose, onApplied }: { onClose(): void; onApplied(message: string): void }) {
  const store = useAppStore();
  const territory = useAppState((state) => state.territory);
  const current = useAppState((state) => state.derived.project(state));
  const id = useId();
  const [files, setFiles] = useState<ReadFile[]>([]);
  const [includeCurrent, setIncludeCurrent] = useState(false);
  const [nom, setNom] = useState("Projet national");
  const [readError, setReadError] = useState<string | null>(null);
  const waiting = territoryNotReady(territory, "project");

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.target.files ?? [])];
    setReadError(null);
    if (!territory) return;
    try {
      const read = await Promise.all(chosen.map(async (file) => ({ file: file.name, result: parseProjectFile(await file.text(), territory.index) })));
      setFiles(read);
    } catch (error) {
      setReadError(`Lecture impossible : ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const invalid = files.filter((file) => !file.result.ok);
  const sources = useMemo<AssemblySource[]>(() => {
    const fromFiles = files.flatMap((file) => (file.result.ok ? [{ label: file.file, project: file.result.scenarios[0]!.project }] : []));
    return includeCurrent && current ? [{ label: `projet affiché « ${current.nom} »`, project: current }, ...fromFiles] : fromFiles;
  }, [files, includeCurrent, current]);
  const assembly = useMemo(() => (territory && sources.length >= 2 ? assembleProjects(territory.index, sources, nom.trim() || "Projet national") : null), [territory, sources, nom]);

  let blocked: string | null = null;
  if (waiting) blocked = waiting;
  else if (invalid.length > 0) blocked = `${formatInteger(invalid.length)} fichier(s) invalide(s) : corrigez-les ou retirez-les de la sélection.`;
  else if (sources.length < 2) blocked = "Choisissez au moins deux projets à assembler.";
  else if (!nom.trim()) blocked = "Donnez un nom au projet assemblé.";

  function apply() {
    if (blocked || !assembly) return;
    const project = assembly.project;
    const outcome = store.getState().change(`Assemblage de ${sources.length} projets`, (workspace) => ({ ...withActiveProject(workspace, project), nom: project.nom }));
    if (!outcome.ok) return setReadError(outcome.message);
    onApplied(
      `Projet « ${project.nom} » assemblé depuis ${formatInteger(sources.length)} projets : ${formatInteger(project.facilitateurs.length)} facilitateur(s), ${formatInteger(assembly.conflicts.length)} conflit(s) traité(s) comme listé. Annulable en une étape (Ctrl+Z).`,
    );
  }

  const footer = (
    <>
      {blocked && (
        <p className="fr-text--sm fr-mb-1w" id={`${id}-bloque`} data-testid="assemblage-bloque">
          {blocked}
        </p>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
        <li>
          <button type="button" className="fr-btn" disabled={blocked !== null} aria-describedby={blocked ? `${id}-bloque` : undefined} onClick={apply}>
            Assembler
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={onClose}>
            Annuler
          </button>
        </li>
      </ul>
    </>
  );

  return (
    <ModalDialog title="Assembler des projets" onClose={onClose} footer={footer} testId="dialogue-assemblage">
      <FilePicker
        id={`${id}-fichiers`}
        label="Fichiers de projet à assembler"
        accept=".json"
        multiple
        error={readError}
        onChange={(event) => void choose(event)}
        hint="Un fichier par région, par exemple. Le premier scénario de chaque fichier est assemblé ; en cas de conflit, le premier fichier l'emporte. Rien n'est modifié avant « Assembler »."
      />
      <div className="fr-checkbox-group fr-mt-2w">
        <input type="checkbox" id={`${id}-courant`} checked={includeCurrent} onChange={(event) => setIncludeCurrent(event.target.checked)} />
        <label className="fr-label" htmlFor={`${id}-courant`}>
          Inclure le projet affiché, en premier
        </label>
      </div>
      <div className="fr-input-group fr-mt-2w">
        <label className="fr-label" htmlFor={`${id}-nom`}>
          Nom du projet assemblé
        </label>
        <input id={`${id}-nom`} className="fr-input" value={nom} onChange={(event) => setNom(event.target.value)} />
      </div>
      {files.length > 0 && (
        <div className="fr-table fr-table--sm fr-table--no-caption">
          <table data-testid="fichiers-assemblage">
            <caption>Projets lus</caption>
            <thead>
              <tr>
                <th scope="col">Fichier</th>
                <th scope="col">Projet</th>
                <th scope="col">Facilitateurs</th>
                <th scope="col">Données au</th>
                <th scope="col">État</th>
              </tr>
            </thead>
            <tbody>
              {files.map(({ file, result }) => (
                <tr key={file}>
                  <td>{file}</td>
                  <td>{result.ok ? result.project.nom : "—"}</td>
                  <td>{result.ok ? formatInteger(result.scenarios[0]!.project.facilitateurs.length) : "—"}</td>
                  <td>{result.ok ? (formatDate(result.project.miseAJour) ?? "non indiquée") : "—"}</td>
                  <td>{result.ok ? "lisible" : `invalide : ${result.errors.slice(0, 3).map(formatIssue).join(" ; ")}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {assembly && invalid.length === 0 && (
        <section aria-labelledby={`${id}-conflits`} data-testid="conflits-assemblage">
          <h2 id={`${id}-conflits`} className="fr-h6">
            Conflits ({formatInteger(assembly.conflicts.length)})
          </h2>
          {assembly.conflicts.length === 0 ? (
            <p className="fr-text--sm">Aucun conflit : les projets se complètent.</p>
          ) : (
            <ul className="fr-text--sm">
              {assembly.conflicts.map((conflict, k) => (
                <li key={k}>{describeConflict(conflict)}</li>
              ))}
            </ul>
          )}
          <p className="fr-text--sm">
            Résultat : {formatInteger(assembly.project.facilitateurs.length)} facilitateur(s), {formatInteger(assembly.project.structures.length)} structure(s),{" "}
            {formatInteger(assembly.project.acheteurs.length)} acheteur(s). « Assembler » le met dans le scénario affiché, sous le nom « {assembly.project.nom} ».
          </p>
        </section>
      )}
    </ModalDialog>
  );
}

// The preview of a project file: its name, its scenarios with their figures, the date of its
// data, and what « Remplacer le projet » would do.
import type { Project } from "../../domain/model.ts";
import type { ProjectFileResult } from "../../io/project-file.ts";
import { formatDate, formatInteger } from "../format.ts";

export function ProjectFilePreview({ result, current }: { result: Extract<ProjectFileResult, { ok: true }>; current: Project | null }) {
  const { project, scenarios, activeScenarioId } = result;
  const dated = formatDate(project.miseAJour);
  return (
    <section aria-label="Projet lu">
      <h2 className="fr-h6">Projet « {project.nom} »</h2>
      <p className="fr-text--sm" data-testid="provenance-import">
        {dated ? `Données au ${dated}` : "Date des données non indiquée dans le fichier"}
        {project.demo ? " — jeu de démonstration" : ""}
      </p>
      <div className="fr-table fr-table--sm fr-table--no-caption">
        <table data-testid="scenarios-import">
          <caption>Scénarios du fichier</caption>
          <thead>
            <tr>
              <th scope="col">Scénario</th>
              <th scope="col">Structures</th>
              <th scope="col">Facilitateurs</th>
              <th scope="col">Acheteurs</th>
              <th scope="col">Grands projets</th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((scenario) => (
              <tr key={scenario.id}>
                <th scope="row">
                  {scenario.nom}
                  {scenario.id === activeScenarioId && " (affiché)"}
                </th>
                <td>{formatInteger(scenario.project.structures.length)}</td>
                <td data-testid={scenario.id === activeScenarioId ? "facilitateurs-lus" : undefined}>{formatInteger(scenario.project.facilitateurs.length)}</td>
                <td>{formatInteger(scenario.project.acheteurs.length)}</td>
                <td>{formatInteger(scenario.project.grandsProjets.length)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="fr-text--sm">
        « Remplacer le projet » met ce projet et ses {formatInteger(scenarios.length)} scénario(s) à la place de {current ? `« ${current.nom} »` : "celui affiché"} (
        {formatInteger(current?.facilitateurs.length ?? 0)} facilitateur(s)). Annulable en une étape.
      </p>
    </section>
  );
}

// Exports of the project on screen — the same files as `npm run export` (io/export-registry.ts):
// the project file (every scenario), tables for spreadsheets in CSV or XLSX (perimeters,
// every commune of the territory, indicators), outlines for GIS tools, code lists for
// data·inclusion. Tables and outlines may be cut to the territory shown.
import { useId, useState, type ReactNode } from "react";
import { linkProjectByCodes } from "../../domain/code-links.ts";
import type { Project } from "../../domain/model.ts";
import { makeExport, type ExportFormatId } from "../../io/export-registry.ts";
import { territoryLabel } from "../../io/export-tables.ts";
import { ModalDialog } from "../import/ModalDialog.tsx";
import { localToday } from "../local-today.ts";
import { useAppState } from "../store-context.tsx";
import { downloadBlob, exportFileName, fileSlug } from "./downloads.ts";
import { needsProvenanceLine } from "../needs/needs-text.ts";

interface ExportItemProps {
  title: string;
  description: string;
  /** Why it cannot be downloaded yet; the buttons are disabled and this is said. */
  unavailable?: string | undefined;
  /** One button per file: its label (« CSV », « XLSX »…), format and test id. */
  files: { label: string; format: ExportFormatId; testId: string }[];
  onDownload(format: ExportFormatId): void;
  children?: ReactNode;
}

function ExportItem({ title, description, unavailable, files, onDownload, children }: ExportItemProps) {
  const id = useId();
  return (
    <li className="export-item">
      <h2 className="fr-h6 fr-mb-1v" id={`${id}-titre`}>
        {title}
      </h2>
      <p className="fr-text--sm fr-mb-1w" id={`${id}-description`}>
        {description}
      </p>
      {children}
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        {files.map((file) => (
          <li key={file.format}>
            <button
              type="button"
              className="fr-btn fr-btn--secondary"
              disabled={unavailable !== undefined}
              aria-describedby={`${id}-description${unavailable ? ` ${id}-indisponible` : ""}`}
              onClick={() => onDownload(file.format)}
              data-testid={file.testId}
            >
              Télécharger : {title} ({file.label})
            </button>
          </li>
        ))}
      </ul>
      {unavailable && (
        <p className="fr-text--xs fr-mt-1v export-unavailable" id={`${id}-indisponible`}>
          {unavailable}
        </p>
      )}
    </li>
  );
}

export function ExportDialog({ onClose }: { onClose(): void }) {
  const territory = useAppState((state) => state.territory);
  const project = useAppState((state) => state.derived.project(state));
  const workspace = useAppState((state) => state.document.workspace);
  const result = useAppState((state) => state.derived.result(state));
  const needs = useAppState((state) => state.derived.needs(state));
  const links = useAppState((state) => state.derived.links(state));
  const focus = useAppState((state) => state.view.focus);
  const [onlyFocus, setOnlyFocus] = useState(false);
  const [announce, setAnnounce] = useState("");
  const scopeId = useId();

  if (!project || !territory || !workspace) {
    return (
      <ModalDialog title="Exporter" onClose={onClose} testId="dialogue-export">
        <p>Aucun projet n'est encore chargé : rien à exporter.</p>
      </ModalDialog>
    );
  }
  const { index, geometry, complete } = territory;
  const date = localToday();
  const scope = onlyFocus && focus ? focus : null;
  const download = async (format: ExportFormatId) => {
    if (!result || !links) return;
    try {
      const linksOf = (other: Project) => geometry?.link(other) ?? linkProjectByCodes(index, other);
      const made = await makeExport(format, {
        index,
        topology: geometry?.topology ?? null,
        content: workspace,
        scenarioId: workspace.activeScenarioId,
        project,
        result,
        links,
        linksOf,
        territory: format === "projet" ? null : scope,
        exportedOn: date,
        ...(needs && { besoins: needsProvenanceLine(needs) }),
      });
      const what = scope && format !== "projet" ? `${made.what}-${fileSlug(territoryLabel(index, scope))}` : made.what;
      const name = exportFileName(project.nom, what, date, made.extension);
      downloadBlob(name, new Blob([made.bytes.slice().buffer], { type: made.type }));
      setAnnounce(`Fichier « ${name} » téléchargé${made.rows === undefined ? "" : ` : ${made.rows} ligne(s)`}.`);
    } catch (error) {
      setAnnounce(`L'export a échoué : ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const waitingReference = complete ? undefined : "Disponible dès que le référentiel complet des communes est chargé (quelques secondes après l'ouverture).";
  const waitingGeometry = geometry ? undefined : "Disponible dès que les contours des communes sont chargés (quelques secondes après l'ouverture).";
  const waitingResult = result ? undefined : "Disponible dès que les indicateurs sont calculés.";
  const where = scope ? territoryLabel(index, scope) : "la France entière";
  const onDownload = (format: ExportFormatId) => void download(format);

  return (
    <ModalDialog title="Exporter" onClose={onClose} testId="dialogue-export">
      <p className="fr-text--sm">
        Fichiers du projet « {project.nom} » ({project.facilitateurs.length} facilitateur(s) dans le scénario affiché), datés du {date}. Les mêmes fichiers s'obtiennent en ligne de commande :
        « npm run export ».
      </p>
      {focus && (
        <div className="fr-checkbox-group fr-mb-2w">
          <input type="checkbox" id={scopeId} checked={onlyFocus} onChange={(event) => setOnlyFocus(event.target.checked)} />
          <label className="fr-label" htmlFor={scopeId}>
            Seulement le territoire affiché : {territoryLabel(index, focus)}
            <span className="fr-hint-text">Tableaux, contours et codes réduits aux facilitateurs qui y interviennent et à ses communes ; le fichier de projet reste entier.</span>
          </label>
        </div>
      )}
      <ul className="export-list">
        <ExportItem
          title="Fichier de projet"
          description={`Tout le projet : ses ${workspace.scenarios.length} scénario(s) avec leur nom, celui affiché, et pour chacun structures, facilitateurs, acheteurs, grands projets, seuils et date des données ; à réimporter ici ou à archiver.`}
          files={[{ label: "JSON", format: "projet", testId: "export-projet" }]}
          onDownload={onDownload}
        />
        <ExportItem
          title="Périmètres"
          description={`Une ligne par facilitateur et par zone (${where}), pour Excel ou LibreOffice ; réimportable. CSV : séparateur point-virgule, virgule décimale.`}
          unavailable={waitingReference ?? waitingResult}
          files={[
            { label: "CSV", format: "perimetres-csv", testId: "export-perimetres-csv" },
            { label: "XLSX", format: "perimetres-xlsx", testId: "export-perimetres-xlsx" },
          ]}
          onDownload={onDownload}
        />
        <ExportItem
          title="Communes"
          description={`Chaque commune de ${where} : statut (couverte ou type de zone blanche), facilitateurs qui la couvrent, et si elle a un contour sur la carte.`}
          unavailable={waitingReference ?? waitingResult}
          files={[
            { label: "CSV", format: "communes-csv", testId: "export-communes-csv" },
            { label: "XLSX", format: "communes-xlsx", testId: "export-communes-xlsx" },
          ]}
          onDownload={onDownload}
        />
        <ExportItem
          title="Indicateurs"
          description={`Population, facilitateurs, ETP, capacité et zones blanches : ${scope ? `${where} et ses départements` : "la France, chaque région, chaque département"}.`}
          unavailable={waitingReference ?? waitingResult}
          files={[
            { label: "CSV", format: "indicateurs-csv", testId: "export-indicateurs" },
            { label: "XLSX", format: "indicateurs-xlsx", testId: "export-indicateurs-xlsx" },
          ]}
          onDownload={onDownload}
        />
        <ExportItem
          title="Contours des périmètres"
          description="Un polygone par périmètre (territoire et extension limitrophe séparés), en WGS84, pour QGIS ou un autre SIG."
          unavailable={waitingGeometry ?? waitingResult}
          files={[{ label: "GeoJSON", format: "perimetres-geojson", testId: "export-perimetres-geojson" }]}
          onDownload={onDownload}
        />
        <ExportItem
          title="Zones blanches"
          description="Un polygone par type de zone blanche (sans facilitateur, extension seulement, capacité insuffisante), en WGS84."
          unavailable={waitingGeometry ?? waitingResult}
          files={[{ label: "GeoJSON", format: "zones-blanches-geojson", testId: "export-zones-blanches" }]}
          onDownload={onDownload}
        />
        <ExportItem
          title="Listes de codes data·inclusion"
          description="Chaque périmètre en codes officiels (zone_eligibilite, extensions_limitrophes), comme les services de data·inclusion."
          unavailable={waitingReference ?? waitingResult}
          files={[{ label: "JSON", format: "codes", testId: "export-codes" }]}
          onDownload={onDownload}
        />
      </ul>
      <p role="status" className="fr-text--sm" data-testid="annonce-export">
        {announce}
      </p>
    </ModalDialog>
  );
}

// Exports of the project on screen: the project file, perimeters and indicators for
// spreadsheets, outlines for GIS tools, and code lists for data·inclusion.
import { useId, useState, type ReactNode } from "react";
import type { IndicatorLevel } from "../../domain/indicators.ts";
import { createOutlineSource } from "../../domain/outlines.ts";
import { exportPerimetersGeoJson, exportZonesBlanchesGeoJson } from "../../io/geojson-export.ts";
import { exportIndicatorsCsv } from "../../io/indicators-csv.ts";
import { exportPerimetersCsv } from "../../io/perimeters-csv.ts";
import { serializeWorkspace } from "../../io/project-file.ts";
import { exportZoneCodes } from "../../io/zone-codes.ts";
import { ModalDialog } from "../import/ModalDialog.tsx";
import { localToday } from "../local-today.ts";
import { useAppState } from "../store-context.tsx";
import { downloadText, exportFileName } from "./downloads.ts";

const LEVELS: { level: IndicatorLevel; label: string; file: string }[] = [
  { level: "national", label: "France entière", file: "national" },
  { level: "region", label: "Par région", file: "regions" },
  { level: "departement", label: "Par département", file: "departements" },
];

const CSV = "text/csv;charset=utf-8";
const JSON_TYPE = "application/json";
const GEOJSON = "application/geo+json";

interface ExportItemProps {
  title: string;
  description: string;
  /** Why it cannot be downloaded yet; the button is disabled and this is said. */
  unavailable?: string | undefined;
  onDownload(): void;
  testId: string;
  children?: ReactNode;
}

function ExportItem({ title, description, unavailable, onDownload, testId, children }: ExportItemProps) {
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
      <button
        type="button"
        className="fr-btn fr-btn--secondary fr-btn--sm"
        disabled={unavailable !== undefined}
        aria-describedby={`${id}-description${unavailable ? ` ${id}-indisponible` : ""}`}
        onClick={onDownload}
        data-testid={testId}
      >
        Télécharger : {title}
      </button>
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
  const [level, setLevel] = useState<IndicatorLevel>("region");
  const [announce, setAnnounce] = useState("");
  const levelId = useId();

  if (!project || !territory || !workspace) {
    return (
      <ModalDialog title="Exporter" onClose={onClose} testId="dialogue-export">
        <p>Aucun projet n'est encore chargé : rien à exporter.</p>
      </ModalDialog>
    );
  }
  const { index, geometry, complete } = territory;
  const date = localToday();
  const save = (what: string, extension: string, type: string, make: () => string) => {
    const name = exportFileName(project.nom, what, date, extension);
    downloadText(name, make(), type);
    setAnnounce(`Fichier « ${name} » téléchargé.`);
  };
  const waitingReference = complete ? undefined : "Disponible dès que le référentiel complet des communes est chargé (quelques secondes après l'ouverture).";
  const waitingGeometry = geometry ? undefined : "Disponible dès que les contours des communes sont chargés (quelques secondes après l'ouverture).";
  const waitingResult = result ? undefined : "Disponible dès que les indicateurs sont calculés.";
  const levelFile = LEVELS.find((entry) => entry.level === level)!.file;

  return (
    <ModalDialog title="Exporter" onClose={onClose} testId="dialogue-export">
      <p className="fr-text--sm">
        Fichiers du projet « {project.nom} » ({project.facilitateurs.length} facilitateur(s)), datés du {date}.
      </p>
      <ul className="export-list">
        <ExportItem
          title="Fichier de projet (JSON)"
          description={`Tout le projet : ses ${workspace.scenarios.length} scénario(s) avec leur nom, celui affiché, et pour chacun structures, facilitateurs, acheteurs, grands projets, seuils et date des données ; à réimporter ici ou à archiver.`}
          onDownload={() => save("projet", "json", JSON_TYPE, () => serializeWorkspace(workspace))}
          testId="export-projet"
        />
        <ExportItem
          title="Périmètres (CSV)"
          description="Une ligne par facilitateur et par zone, séparateur point-virgule, pour Excel ou LibreOffice ; réimportable."
          unavailable={waitingReference}
          onDownload={() => save("perimetres", "csv", CSV, () => exportPerimetersCsv(index, project))}
          testId="export-perimetres-csv"
        />
        <ExportItem
          title="Indicateurs (CSV)"
          description="Population, facilitateurs, ETP, capacité et zones blanches, pour la France, chaque région ou chaque département."
          unavailable={waitingReference ?? waitingResult}
          onDownload={() => save(`indicateurs-${levelFile}`, "csv", CSV, () => exportIndicatorsCsv(index, project, result!, level))}
          testId="export-indicateurs"
        >
          <div className="fr-select-group">
            <label className="fr-label" htmlFor={levelId}>
              Échelle des indicateurs
            </label>
            <select className="fr-select" id={levelId} value={level} onChange={(event) => setLevel(event.target.value as IndicatorLevel)}>
              {LEVELS.map((entry) => (
                <option key={entry.level} value={entry.level}>
                  {entry.label}
                </option>
              ))}
            </select>
          </div>
        </ExportItem>
        <ExportItem
          title="Contours des périmètres (GeoJSON)"
          description="Un polygone par périmètre (territoire et extension limitrophe séparés), en WGS84, pour QGIS ou un autre SIG."
          unavailable={waitingGeometry}
          onDownload={() => save("perimetres", "geojson", GEOJSON, () => JSON.stringify(exportPerimetersGeoJson(index, createOutlineSource(index, geometry!.topology), project)))}
          testId="export-perimetres-geojson"
        />
        <ExportItem
          title="Zones blanches (GeoJSON)"
          description="Un polygone par type de zone blanche (sans facilitateur, extension seulement, capacité insuffisante), en WGS84."
          unavailable={waitingGeometry ?? waitingResult}
          onDownload={() => save("zones-blanches", "geojson", GEOJSON, () => JSON.stringify(exportZonesBlanchesGeoJson(index, createOutlineSource(index, geometry!.topology), result!.status)))}
          testId="export-zones-blanches"
        />
        <ExportItem
          title="Listes de codes data·inclusion (JSON)"
          description="Chaque périmètre en codes officiels (zone_eligibilite, extensions_limitrophes), comme les services de data·inclusion."
          unavailable={waitingReference}
          onDownload={() => save("zones-eligibilite", "json", JSON_TYPE, () => exportZoneCodes(index, project))}
          testId="export-codes"
        />
      </ul>
      <p role="status" className="fr-text--sm" data-testid="annonce-export">
        {announce}
      </p>
    </ModalDialog>
  );
}

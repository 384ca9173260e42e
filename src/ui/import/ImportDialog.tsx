// Import of a file: choose it, see what it holds and what it would change (nothing is
// applied before « Appliquer l'import »), then apply it as one undoable step.
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from "react";
import type { Territory } from "../../io/app-data.ts";
import { geoUrl } from "../../io/geo-files.ts";
import { ACCEPTED_EXTENSIONS, canLeaveOutLines, describeOversizedFile, detectImport, formatById, MAX_IMPORT_SIZE_LABEL, NEEDS_ACCEPTED_EXTENSIONS, type FormatId } from "../../io/format-registry.ts";
import { createImportReader, ImportCancelled, type ImportReader } from "../../workers/import-client.ts";
import { mergeImport } from "../../io/import-merge.ts";
import { formatInteger } from "../format.ts";
import { useAppState, useAppStore } from "../store-context.tsx";
import { ChangesTable, ColumnMappingForm, MigrationsTable, ProblemsTable, ProjectIssues, SummaryFigures } from "./ImportPreviewParts.tsx";
import { applyPerimeters, applyProjectFile } from "./apply-import.ts";
import { DataDateField, LeftOutTable, ReadProgress, ValidLinesChoice } from "./ImportChoices.tsx";
import { applyNeeds, needsBlocked, NeedsPreview, useNeedsRead, type NeedsMode } from "./NeedsImport.tsx";
import { ProjectFilePreview } from "./ProjectFilePreview.tsx";
import { FilePicker } from "./FilePicker.tsx";
import { ModalDialog } from "./ModalDialog.tsx";
import { localToday } from "../local-today.ts";
import { runImport, territoryNotReady, type ImportPreview, type ImportSource, type MappingChoice, type NeedsSource } from "./read-import-file.ts";

interface ImportRequest {
  source: ImportSource;
  format: FormatId;
  mapping: MappingChoice | undefined;
  territory: Territory;
  /** The user chose to leave the lines with an error out (tables only). */
  validLinesOnly: boolean;
}

/** « .csv, .txt »: a format's extensions as the hint lists them. */
const extensions = (format: FormatId) => formatById(format).extensions.map((extension) => `.${extension}`).join(", ");

interface ImportDialogProps {
  onClose(): void;
  /** Called once the import is applied, with the French sentence to announce. */
  onApplied(message: string): void;
}

export function ImportDialog({ onClose, onApplied }: ImportDialogProps) {
  const store = useAppStore();
  const territory = useAppState((state) => state.territory);
  const project = useAppState((state) => state.derived.project(state));
  const id = useId();
  const [source, setSource] = useState<ImportSource | null>(null);
  // A DECP file (needs) instead of a file of the project: read and applied apart (NeedsImport.tsx).
  const [needsSource, setNeedsSource] = useState<NeedsSource | null>(null);
  const [needsMode, setNeedsMode] = useState<NeedsMode>("replace");
  const loadedNeeds = useAppState((state) => state.document.workspace?.besoins?.readings.filter((reading) => !reading.fictif).length ?? 0);
  const [format, setFormat] = useState<FormatId | null>(null);
  const [mapping, setMapping] = useState<MappingChoice | undefined>(undefined);
  const [validLinesOnly, setValidLinesOnly] = useState(false);
  const [dataDate, setDataDate] = useState(localToday);
  const [readError, setReadError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [outcome, setOutcome] = useState<{ request: ImportRequest; preview: ImportPreview } | null>(null);
  // Share of the file the worker has read, for the request it belongs to.
  const [progress, setProgress] = useState<{ request: ImportRequest; fraction: number } | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ request: ImportRequest; message: string } | null>(null);
  const pick = useRef(0);
  // One worker per dialog, started at the first read, terminated by « Annuler la lecture » and on close.
  const reader = useRef<ImportReader | null>(null);
  useEffect(
    () => () => {
      reader.current?.dispose();
      reader.current = null;
    },
    [],
  );

  const waiting = source && format ? territoryNotReady(territory, format) : undefined;
  const request = useMemo<ImportRequest | null>(
    () => (source && format && territory && !territoryNotReady(territory, format) ? { source, format, mapping, territory, validLinesOnly: validLinesOnly && canLeaveOutLines(format) } : null),
    [source, format, mapping, territory, validLinesOnly],
  );
  useEffect(() => {
    if (!request) return;
    let live = true;
    reader.current ??= createImportReader(geoUrl("reference.json"));
    const onProgress = (fraction: number) => {
      if (live) setProgress({ request, fraction });
    };
    runImport(request.source, request.format, request.territory, request.mapping, reader.current, onProgress, request.validLinesOnly).then(
      (preview) => {
        if (live) setOutcome({ request, preview });
      },
      (error: unknown) => {
        // A cancelled read was asked for (or replaced by a newer one): nothing to say.
        if (live && !(error instanceof ImportCancelled)) setFailure({ request, message: `La lecture du fichier a échoué : ${error instanceof Error ? error.message : String(error)}` });
      },
    );
    return () => {
      live = false;
    };
  }, [request]);
  const needsRead = useNeedsRead(needsSource, territory?.index, reader);
  const running = request !== null && outcome?.request !== request && failure?.request !== request;
  const percent = Math.floor((progress?.request === request ? progress.fraction : 0) * 100);

  /** Terminates the worker: the file is forgotten, the project was never touched. */
  function cancelReading() {
    reader.current?.cancel();
    const name = source?.file ?? needsSource?.file;
    pick.current++;
    setSource(null);
    setNeedsSource(null);
    setFormat(null);
    setMapping(undefined);
    setValidLinesOnly(false);
    setOutcome(null);
    setCancelled(`Lecture de « ${name ?? "du fichier"} » annulée : rien n'a été importé, le projet n'a pas changé.`);
  }
  // While a new mapping or format is read, the previous preview of the same file stays on
  // screen (the select keeps its focus), but cannot be applied.
  const shown = outcome && request && outcome.request.source === request.source ? outcome : null;
  const preview = shown?.preview ?? null;
  const fresh = shown !== null && shown.request === request;

  const merge = useMemo(
    () => (preview?.kind === "perimeters" && project && territory ? mergeImport(project, preview.result, { index: territory.index, today: localToday() }) : null),
    [preview, project, territory],
  );

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    const turn = ++pick.current;
    setSource(null);
    setNeedsSource(null);
    setFormat(null);
    setMapping(undefined);
    setValidLinesOnly(false);
    setReadError(null);
    setCancelled(null);
    if (!file) return;
    const tooBig = describeOversizedFile(file.name, file.size);
    if (tooBig) {
      setReadError(tooBig);
      return;
    }
    setReading(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (turn !== pick.current) return;
      const detected = detectImport(file.name, bytes);
      if (detected.kind === "needs") {
        setNeedsSource({ file: file.name, bytes, format: detected.format });
        return;
      }
      setSource({ file: file.name, bytes, ...detected.detected });
      setFormat(detected.detected.format);
    } catch (error) {
      if (turn === pick.current) setReadError(`Impossible de lire le fichier « ${file.name} » : ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (turn === pick.current) setReading(false);
    }
  }

  function chooseFormat(next: FormatId) {
    setFormat(next);
    setMapping(undefined);
  }

  // Why the import cannot be applied, or null when it can.
  let blocked: string | null = null;
  let applyLabel = "Appliquer l'import";
  if (needsSource) {
    blocked = needsBlocked(needsRead);
    applyLabel = "Importer les besoins";
  } else if (!source) blocked = "Choisissez d'abord un fichier.";
  else if (failure && failure.request === request) blocked = failure.message;
  else if (!preview || !fresh) blocked = "Lecture du fichier en cours…";
  else if (preview.kind === "project") {
    applyLabel = "Remplacer le projet";
    if (!preview.result.ok) blocked = `Le fichier de projet contient ${formatInteger(preview.result.errors.length)} erreur(s) : il ne peut pas remplacer le projet. Corrigez-les, puis choisissez-le à nouveau.`;
  } else if (preview.result.summary.errors > 0) {
    const choice = format && canLeaveOutLines(format) ? " ou cochez « Appliquer seulement les lignes sans erreur »" : "";
    blocked = `L'import ne peut pas être appliqué : le fichier contient ${formatInteger(preview.result.summary.errors)} erreur(s), listées dans le tableau « Problèmes relevés ». Corrigez-les (ou la correspondance des colonnes), puis choisissez à nouveau le fichier${choice}.`;
  } else if (!/^\d{4}-\d{2}-\d{2}$/.test(dataDate)) {
    blocked = "Indiquez la date des données (AAAA-MM-JJ).";
  } else if (merge && merge.changes.every((change) => change.kind === "unchanged") && merge.structuresAdded.length === 0) {
    blocked = "Ce fichier ne change rien au projet : rien à appliquer.";
  }

  function apply() {
    if (!blocked && needsSource && needsRead.result) onApplied(applyNeeds(store, needsRead.result, loadedNeeds > 0 ? needsMode : "replace"));
    if (blocked || !preview || !source) return;
    const message =
      preview.kind === "project"
        ? preview.result.ok && applyProjectFile(store, source.file, { nom: preview.result.project.nom, scenarios: preview.result.scenarios, activeScenarioId: preview.result.activeScenarioId })
        : merge && applyPerimeters(store, source.file, merge, preview.result, dataDate);
    if (message) onApplied(message);
  }

  const footer = (
    <>
      {blocked && (source || needsSource) && (
        <p className="fr-text--sm fr-mb-1w import-blocked" id={`${id}-bloque`} data-testid="import-bloque">
          {blocked}
        </p>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
        <li>
          <button type="button" className="fr-btn" disabled={blocked !== null} aria-describedby={blocked && (source || needsSource) ? `${id}-bloque` : undefined} onClick={apply}>
            {applyLabel}
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
    <ModalDialog title="Importer un fichier" onClose={onClose} footer={footer} testId="dialogue-import">
      <FilePicker
        id={`${id}-fichier`}
        label="Fichier à importer"
        accept={`${ACCEPTED_EXTENSIONS},${NEEDS_ACCEPTED_EXTENSIONS}`}
        error={readError}
        onChange={(event) => void chooseFile(event)}
        hint={
          <>
            Projet ({extensions("project")}), tableau des périmètres ({extensions("csv")}, {extensions("xlsx")} : une ligne par facilitateur et par zone), contours ({extensions("geojson")}) ou
            listes de codes data·inclusion ({extensions("codes")}), ou marchés publics (DECP : JSON réglementaire, tableau consolidé CSV ou Parquet) pour mesurer les besoins. Taille maximale : {MAX_IMPORT_SIZE_LABEL}. Rien n'est modifié avant « Appliquer ».
          </>
        }
      />
      {reading && <p role="status">Lecture du fichier…</p>}
      {cancelled && (
        <p className="fr-text--sm fr-mt-1w" role="status" data-testid="lecture-annulee">
          {cancelled}
        </p>
      )}
      {((running && !waiting) || needsRead.running) && <ReadProgress percent={needsSource ? needsRead.percent : percent} onCancel={cancelReading} />}
      {needsRead.result && <NeedsPreview result={needsRead.result} mode={needsMode} onMode={setNeedsMode} loaded={loadedNeeds} />}
      {source && format && (
        <div className="fr-select-group fr-mt-2w">
          <label className="fr-label" htmlFor={`${id}-format`}>
            Format reconnu
          </label>
          <select className="fr-select" id={`${id}-format`} value={format} onChange={(event) => chooseFormat(event.target.value as FormatId)} disabled={source.alternatives.length === 0}>
            {[source.format, ...source.alternatives].map((option) => (
              <option key={option} value={option}>
                {formatById(option).label}
              </option>
            ))}
          </select>
        </div>
      )}
      {waiting && (
        <p className="fr-text--sm" role="status">
          {waiting}
        </p>
      )}
      {preview?.kind === "perimeters" && (
        <div className="import-preview" data-testid="apercu-import">
          <SummaryFigures summary={preview.result.summary} encoding={preview.result.encoding} />
          {preview.result.header && <ColumnMappingForm result={preview.result} choice={mapping} onChange={setMapping} />}
          {format && canLeaveOutLines(format) && (preview.result.summary.errors > 0 || validLinesOnly) && (
            <ValidLinesChoice checked={validLinesOnly} errors={preview.result.summary.errors} onChange={setValidLinesOnly} />
          )}
          <LeftOutTable lines={preview.result.leftOut ?? []} total={preview.result.summary.linesLeftOut ?? 0} />
          <ProblemsTable problems={preview.result.problems} omitted={preview.omitted.problems} />
          <MigrationsTable result={preview.result} omitted={preview.omitted.migrations} />
          {merge && preview.result.summary.errors === 0 && (
            <>
              <ChangesTable merge={merge} />
              <DataDateField value={dataDate} onChange={setDataDate} />
            </>
          )}
        </div>
      )}
      {preview?.kind === "project" && (
        <div className="import-preview" data-testid="apercu-import">
          {preview.result.ok && <ProjectFilePreview result={preview.result} current={project} />}
          <ProjectIssues file={preview.file} errors={preview.result.ok ? [] : preview.result.errors} warnings={preview.result.warnings} omitted={preview.omitted.problems} />
        </div>
      )}
    </ModalDialog>
  );
}

// The needs part of the import dialog: a DECP file (public procurement data) read in the
// import worker with its progress, its summary and problems shown, then put in the
// workspace as one undoable step — in place of the needs loaded, or beside them (several
// extracts). Nothing changes before « Importer les besoins ».
import { useEffect, useId, useState, type RefObject } from "react";
import { newReadingId, type NeedsReading } from "../../domain/needs-readings.ts";
import type { TerritoryIndex } from "../../domain/territory-index.ts";
import { geoUrl } from "../../io/geo-files.ts";
import { DECP_FORMAT_LABELS } from "../../io/decp-file.ts";
import type { AppStore } from "../../store/app-store.ts";
import { createImportReader, ImportCancelled, type ImportReader } from "../../workers/import-client.ts";
import type { NeedsJobResult } from "../../workers/needs-job.ts";
import { formatInteger } from "../format.ts";
import { ProblemsTable } from "./ImportPreviewParts.tsx";
import { runNeedsImport, type NeedsSource } from "./read-import-file.ts";

export type NeedsMode = "replace" | "add";

export interface NeedsReadState {
  running: boolean;
  /** Share read, 0 to 100. */
  percent: number;
  result: NeedsJobResult | null;
  failure: string | null;
}

/** Reads `source` (in the dialog's worker, started here when not yet) whenever it changes; a read replaced or cancelled says nothing. */
export function useNeedsRead(source: NeedsSource | null, index: TerritoryIndex | undefined, reader: RefObject<ImportReader | null>): NeedsReadState {
  const [state, setState] = useState<{ source: NeedsSource; percent: number; result: NeedsJobResult | null; failure: string | null } | null>(null);
  useEffect(() => {
    if (!source || !index) return;
    let live = true;
    reader.current ??= createImportReader(geoUrl("reference.json"));
    const onProgress = (fraction: number) => live && setState({ source, percent: Math.floor(fraction * 100), result: null, failure: null });
    runNeedsImport(source, index, reader.current, onProgress).then(
      (result) => live && setState({ source, percent: 100, result, failure: null }),
      (error: unknown) => {
        if (live && !(error instanceof ImportCancelled)) setState({ source, percent: 0, result: null, failure: `La lecture du fichier a échoué : ${error instanceof Error ? error.message : String(error)}` });
      },
    );
    return () => {
      live = false;
    };
  }, [source, index, reader]);
  const mine = state && state.source === source ? state : null;
  return { running: source !== null && !mine?.result && !mine?.failure, percent: mine?.percent ?? 0, result: mine?.result ?? null, failure: mine?.failure ?? null };
}

/** Why the read file cannot be imported, or null when it can. */
export function needsBlocked(read: NeedsReadState): string | null {
  if (read.failure) return read.failure;
  if (!read.result) return "Lecture du fichier en cours…";
  if (read.result.contracts.count === 0) {
    const errors = read.result.counts.errors;
    return errors > 0
      ? `Aucun marché n'a pu être lu : le fichier contient ${formatInteger(errors)} erreur(s), listées dans le tableau « Problèmes relevés ». Les besoins déjà chargés n'ont pas changé.`
      : "Ce fichier ne contient aucun marché : rien à importer.";
  }
  return null;
}

/** The reading as the workspace keeps it. */
export function readingOf(result: NeedsJobResult, now = new Date()): NeedsReading {
  return { id: newReadingId(now.getTime()), fichier: result.file, format: result.format, luLe: now.toISOString(), lignes: result.counts.rows, concessions: result.counts.concessions, contracts: result.contracts };
}

/** Puts the file's contracts in the workspace (one undoable step); returns the French sentence to announce. */
export function applyNeeds(store: AppStore, result: NeedsJobResult, mode: NeedsMode): string {
  const outcome = store.getState().importNeeds(readingOf(result), mode);
  if (!outcome.ok) return outcome.message;
  const { counts } = result;
  const errors = counts.errors > 0 ? ` ${formatInteger(counts.errors)} élément(s) en erreur écarté(s).` : "";
  return `Besoins importés depuis ${result.file} : ${formatInteger(result.contracts.count)} marché(s) lu(s), ${formatInteger(counts.concessions)} concession(s) écartée(s).${errors} Annulable en une étape (Ctrl+Z).`;
}

/** The preview of a DECP file: what it holds, its problems, and (when needs are loaded) whether it replaces them. */
export function NeedsPreview({ result, mode, onMode, loaded }: { result: NeedsJobResult; mode: NeedsMode; onMode(mode: NeedsMode): void; loaded: number }) {
  const id = useId();
  const rows: [string, number, string][] = [
    ["Éléments lus", result.counts.rows, "besoins-lignes-lues"],
    ["Marchés retenus", result.contracts.count, "besoins-marches-lus"],
    ["Concessions écartées (ce ne sont pas des marchés)", result.counts.concessions, "besoins-concessions"],
    ["Erreurs (éléments écartés)", result.counts.errors, "besoins-erreurs"],
    ["Avertissements", result.counts.warnings, "besoins-avertissements"],
  ];
  return (
    <div className="import-preview" data-testid="apercu-besoins">
      <section aria-label="Résumé de la lecture" data-testid="resume-besoins">
        <h2 className="fr-h6 fr-mb-1w">Besoins : {DECP_FORMAT_LABELS[result.format]}</h2>
        <dl className="import-summary">
          {rows.map(([label, value, testId]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd data-testid={testId}>{formatInteger(value)}</dd>
            </div>
          ))}
        </dl>
        <p className="fr-text--sm">
          Encodage lu : {result.encoding}. Les marchés sont situés sur les communes, comptés et comparés aux facilitateurs une fois importés ; les
          doublons (même acheteur, même identifiant) ne comptent qu'une fois, dans leur dernier état.
        </p>
      </section>
      {loaded > 0 && (
        <fieldset className="fr-fieldset fr-mt-1w" aria-labelledby={`${id}-legende`}>
          <legend className="fr-fieldset__legend fr-text--sm" id={`${id}-legende`}>
            {formatInteger(loaded)} fichier(s) de marchés déjà chargé(s)
          </legend>
          {(["replace", "add"] as const).map((value) => (
            <div className="fr-fieldset__element" key={value}>
              <div className="fr-radio-group">
                <input type="radio" id={`${id}-${value}`} name={`${id}-mode`} checked={mode === value} onChange={() => onMode(value)} />
                <label className="fr-label" htmlFor={`${id}-${value}`}>
                  {value === "replace" ? "Remplacer les marchés chargés par ceux de ce fichier" : "Ajouter ce fichier aux marchés chargés (un autre extrait)"}
                </label>
              </div>
            </div>
          ))}
        </fieldset>
      )}
      <ProblemsTable problems={result.problems} omitted={result.omittedProblems} />
    </div>
  );
}

// The parts of the import preview: column mapping, summary, problems, code migrations and
// the changes the merge would make. Read-only views of importer and merge results, apart
// from the mapping selects.
import { useId } from "react";
import { FIELD_LABELS, IMPORT_FIELDS, proposeMapping, type ImportField } from "../../io/column-mapping.ts";
import type { ImportIssue } from "../../io/import-result.ts";
import type { MergeResult } from "../../io/import-merge.ts";
import type { ImportProblem, ImportResult, ImportSummary } from "../../io/importer.ts";
import { formatInteger } from "../format.ts";
import { MAX_LISTED_PROBLEMS } from "../../workers/import-api.ts";
import type { MappingChoice } from "./read-import-file.ts";
import { ChangeRows } from "./ChangeRows.tsx";

/** The mapping in use as a complete choice (fields without a column → null). */
export function mappingChoiceOf(result: ImportResult): MappingChoice {
  return Object.fromEntries(IMPORT_FIELDS.map((field) => [field, result.mapping?.[field] ?? null])) as MappingChoice;
}

function FieldSelect({ id, field, header, value, onChange }: { id: string; field: ImportField; header: readonly string[]; value: number | null | undefined; onChange(field: ImportField, value: string): void }) {
  return (
    <div className="fr-select-group">
      <label className="fr-label" htmlFor={`${id}-${field}`}>
        {FIELD_LABELS[field]}
      </label>
      <select className="fr-select" id={`${id}-${field}`} value={value === null || value === undefined ? "" : String(value)} onChange={(event) => onChange(field, event.target.value)}>
        <option value="">— non utilisé —</option>
        {header.map((name, column) => (
          <option key={column} value={String(column)}>
            {name.trim() || `colonne ${column + 1} (sans titre)`}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * One select per import field. The fields the header names (as first detected, so that a
 * select does not move while it is used) come first; the others are folded below.
 */
export function ColumnMappingForm({ result, choice, onChange }: { result: ImportResult; /** The user's choice, shown while the file is read again with it. */ choice?: MappingChoice | undefined; onChange(choice: MappingChoice): void }) {
  const id = useId();
  const header = result.header ?? [];
  const current = choice ?? mappingChoiceOf(result);
  const detected = proposeMapping(header);
  const change = (field: ImportField, value: string) => onChange({ ...current, [field]: value === "" ? null : Number(value) });
  const main = IMPORT_FIELDS.filter((field) => detected[field] !== undefined);
  const others = IMPORT_FIELDS.filter((field) => detected[field] === undefined);
  const othersUsed = others.filter((field) => current[field] !== null && current[field] !== undefined).length;
  return (
    <section className="import-mapping" aria-labelledby={`${id}-titre`} data-testid="correspondance-colonnes">
      <h2 id={`${id}-titre`} className="fr-h6 fr-mb-1v">
        Correspondance des colonnes
      </h2>
      <p className="fr-text--xs fr-mb-1w">
        Colonnes de l'en-tête du fichier associées aux champs du projet. Changez une correspondance si besoin : l'aperçu est recalculé aussitôt.
      </p>
      <div className="mapping-grid">
        {main.map((field) => (
          <FieldSelect key={field} id={id} field={field} header={header} value={current[field]} onChange={change} />
        ))}
      </div>
      <details className="fr-mt-1w">
        <summary className="fr-text--sm">
          Autres champs ({others.length}, dont {othersUsed} associé{othersUsed > 1 ? "s" : ""})
        </summary>
        <div className="mapping-grid fr-mt-1w">
          {others.map((field) => (
            <FieldSelect key={field} id={id} field={field} header={header} value={current[field]} onChange={change} />
          ))}
        </div>
      </details>
    </section>
  );
}

export function SummaryFigures({ summary, encoding }: { summary: ImportSummary; encoding?: string | undefined }) {
  const rows: [string, string, string?][] = [
    ["Lignes lues", formatInteger(summary.rowsRead), "lignes-lues"],
    ["Lignes vides ignorées", formatInteger(summary.blankLines)],
    ["Lignes en double ignorées", formatInteger(summary.duplicateRows)],
    ["Facilitateurs", formatInteger(summary.facilitateurs), "facilitateurs-lus"],
    ["Zones", formatInteger(summary.zones)],
    ["Communes atteintes", formatInteger(summary.communes), "communes-atteintes"],
    ["Codes migrés", formatInteger(summary.codesMigrated), "codes-migres"],
    ["Erreurs", formatInteger(summary.errors), "nb-erreurs"],
    ["Avertissements", formatInteger(summary.warnings), "nb-avertissements"],
  ];
  return (
    <section aria-label="Résumé de la lecture" data-testid="resume-import">
      <h2 className="fr-h6 fr-mb-1w">Résumé</h2>
      <dl className="import-summary">
        {rows.map(([label, value, testId]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
      </dl>
      {encoding && <p className="fr-text--sm">Encodage lu : {encoding}</p>}
    </section>
  );
}

const SEVERITY_LABELS = { error: "Erreur", warning: "Avertissement" } as const;

/** « Les 1 000 premiers … sont listés ; 12 345 autres ne sont pas affichés. » when a list is cut. */
function OmittedNote({ listed, omitted, what, testId }: { listed: number; omitted: number; what: string; testId?: string }) {
  if (omitted <= 0) return null;
  return (
    <p className="fr-text--sm fr-mb-1w" data-testid={testId}>
      {formatInteger(listed)} {what} listés sur {formatInteger(listed + omitted)} : les {formatInteger(omitted)} autres ne sont pas affichés. Corrigez d'abord ceux-ci (la commande
      « npm run check » les imprime tous).
    </p>
  );
}

/**
 * Every problem of the file, errors first, in a scrollable table; at most
 * MAX_LISTED_PROBLEMS rows (`omitted`: the problems the reading counted but did not list).
 */
export function ProblemsTable({ problems, omitted = 0 }: { problems: readonly ImportProblem[]; omitted?: number }) {
  const id = useId();
  if (problems.length === 0) return <p className="fr-text--sm">Aucun problème relevé dans le fichier.</p>;
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? (a.line ?? 0) - (b.line ?? 0) : a.severity === "error" ? -1 : 1)).slice(0, MAX_LISTED_PROBLEMS);
  const hidden = omitted + problems.length - sorted.length;
  return (
    <section aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`} className="fr-h6">
        Problèmes relevés ({formatInteger(sorted.length + hidden)})
      </h2>
      <OmittedNote listed={sorted.length} omitted={hidden} what="problèmes (erreurs d'abord)" testId="problemes-non-affiches" />
      <div className="fr-table fr-table--sm fr-table--no-caption import-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-titre`}>
        <table data-testid="problemes-import">
          <caption>Problèmes relevés dans le fichier</caption>
          <thead>
            <tr>
              <th scope="col">Gravité</th>
              <th scope="col">Fichier</th>
              <th scope="col">Ligne</th>
              <th scope="col">Colonne</th>
              <th scope="col">Valeur</th>
              <th scope="col">Motif</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((problem, i) => (
              <tr key={i} className={problem.severity === "error" ? "problem-error" : undefined}>
                <td>
                  <span className={`fr-badge fr-badge--sm ${problem.severity === "error" ? "fr-badge--error" : "fr-badge--warning"}`}>{SEVERITY_LABELS[problem.severity]}</span>
                </td>
                <td>{problem.file}</td>
                <td>{problem.line ?? "—"}</td>
                <td>{problem.column ?? problem.path ?? "—"}</td>
                <td>{problem.value !== undefined ? <code>{problem.value}</code> : "—"}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Former commune codes the importer replaced by today's (at most MAX_LISTED_PROBLEMS rows). */
export function MigrationsTable({ result, omitted = 0 }: { result: ImportResult; omitted?: number }) {
  const id = useId();
  if (result.migrations.length === 0) return null;
  const listed = result.migrations.slice(0, MAX_LISTED_PROBLEMS);
  const hidden = omitted + result.migrations.length - listed.length;
  return (
    <section aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`} className="fr-h6">
        Codes de communes migrés ({formatInteger(listed.length + hidden)})
      </h2>
      <OmittedNote listed={listed.length} omitted={hidden} what="codes migrés" />
      <div className="fr-table fr-table--sm fr-table--no-caption import-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-titre`}>
        <table data-testid="codes-migres-import">
          <caption>Anciens codes remplacés par le code d'aujourd'hui</caption>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">Ancien code</th>
              <th scope="col">Nouveau code</th>
              <th scope="col">Commune</th>
              <th scope="col">Motif</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((migration, i) => (
              <tr key={i}>
                <td>{migration.line ?? migration.path ?? "—"}</td>
                <td>
                  <code>{migration.from}</code>
                </td>
                <td>
                  <code>{migration.to}</code>
                </td>
                <td>{migration.nom}</td>
                <td>{migration.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Names of added structures written out in the sentence; the others are counted. */
const MAX_LISTED_NAMES = 50;

/** What applying the import would change, facilitator by facilitator. */
export function ChangesTable({ merge }: { merge: MergeResult }) {
  const id = useId();
  const counts = { added: 0, "perimeter-replaced": 0, updated: 0, unchanged: 0 };
  for (const change of merge.changes) counts[change.kind]++;
  return (
    <section aria-labelledby={`${id}-titre`} data-testid="changements-import">
      <h2 id={`${id}-titre`} className="fr-h6">
        Changements à appliquer
      </h2>
      <p className="fr-text--sm" data-testid="bilan-changements">
        {formatInteger(counts.added)} facilitateur(s) ajouté(s), {formatInteger(counts["perimeter-replaced"])} périmètre(s) remplacé(s), {formatInteger(counts.updated)} mis à jour,{" "}
        {formatInteger(counts.unchanged)} inchangé(s) ; {formatInteger(merge.structuresAdded.length)} structure(s) ajoutée(s).
      </p>
      <OmittedNote listed={Math.min(merge.changes.length, MAX_LISTED_PROBLEMS)} omitted={merge.changes.length - MAX_LISTED_PROBLEMS} what="facilitateurs" />
      {merge.changes.length > 0 && <ChangeRows id={id} changes={merge.changes.slice(0, MAX_LISTED_PROBLEMS)} />}
      {merge.structuresAdded.length > 0 && (
        <p className="fr-text--sm">
          Structures ajoutées : {merge.structuresAdded.slice(0, MAX_LISTED_NAMES).map((structure) => structure.nom).join(", ")}
          {merge.structuresAdded.length > MAX_LISTED_NAMES ? ` et ${formatInteger(merge.structuresAdded.length - MAX_LISTED_NAMES)} autres.` : "."}
        </p>
      )}
      {merge.notes.length > 0 && (
        <div className="import-notes fr-text--sm">
          <p className="fr-mb-1v">À vérifier après l'import :</p>
          <OmittedNote listed={Math.min(merge.notes.length, MAX_LISTED_PROBLEMS)} omitted={merge.notes.length - MAX_LISTED_PROBLEMS} what="points à vérifier" />
          <ul>
            {merge.notes.slice(0, MAX_LISTED_PROBLEMS).map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Errors and warnings of a project file (located by their path in the document). */
export function ProjectIssues({ file, errors, warnings, omitted = 0 }: { file: string; errors: readonly ImportIssue[]; warnings: readonly ImportIssue[]; omitted?: number }) {
  const problems: ImportProblem[] = [
    ...errors.map((issue) => ({ file, ...(issue.path && { path: issue.path }), message: issue.message, severity: "error" as const })),
    ...warnings.map((issue) => ({ file, ...(issue.path && { path: issue.path }), message: issue.message, severity: "warning" as const })),
  ];
  return <ProblemsTable problems={problems} omitted={omitted} />;
}

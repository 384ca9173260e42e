// What the user chooses in the import preview besides the file: the date of the data (theirs,
// today by default), and — when lines have errors — to apply the lines without error and
// leave the others out, knowingly: those are then listed with their reasons.
import { useId } from "react";
import type { LeftOutLine } from "../../io/importer.ts";
import { formatInteger } from "../format.ts";
import { MAX_LISTED_PROBLEMS } from "../../workers/import-api.ts";

/** « Date des données »: what print, presentation and exports will say the data dates from. */
export function DataDateField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const id = useId();
  return (
    <div className="fr-input-group fr-mt-2w">
      <label className="fr-label" htmlFor={id}>
        Date des données
        <span className="fr-hint-text">Date à laquelle ces données sont à jour : l'impression, la présentation et les exports l'afficheront (« Données au … »).</span>
      </label>
      <input id={id} className="fr-input" type="date" required value={value} onChange={(event) => onChange(event.target.value)} data-testid="date-donnees" />
    </div>
  );
}

/** The explicit choice to apply the valid lines alone. */
export function ValidLinesChoice({ checked, errors, onChange }: { checked: boolean; errors: number; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <fieldset className="fr-fieldset fr-mt-2w" aria-labelledby={`${id}-legende`}>
      <legend className="fr-fieldset__legend fr-text--sm" id={`${id}-legende`}>
        Lignes en erreur
      </legend>
      <div className="fr-fieldset__element">
        <div className="fr-checkbox-group">
          <input type="checkbox" id={id} checked={checked} onChange={(event) => onChange(event.target.checked)} data-testid="lignes-valides-seules" />
          <label className="fr-label" htmlFor={id}>
            Appliquer seulement les lignes sans erreur
            <span className="fr-hint-text">
              {checked
                ? "Les lignes en erreur sont écartées : elles sont listées ci-dessous et ne changent rien au projet."
                : `${formatInteger(errors)} erreur(s) : cochez pour écarter les lignes en erreur et appliquer les autres, ou corrigez le fichier.`}
            </span>
          </label>
        </div>
      </div>
    </fieldset>
  );
}

/** The lines left out, each with its reasons. */
export function LeftOutTable({ lines, total }: { lines: readonly LeftOutLine[]; total: number }) {
  const id = useId();
  if (total === 0) return null;
  return (
    <section aria-labelledby={`${id}-titre`} data-testid="lignes-ecartees">
      <h2 id={`${id}-titre`} className="fr-h6">
        Lignes écartées ({formatInteger(total)})
      </h2>
      {total > lines.length && (
        <p className="fr-text--sm fr-mb-1w">
          {formatInteger(lines.length)} lignes listées sur {formatInteger(total)} (la commande « npm run check » les imprime toutes).
        </p>
      )}
      <div className="fr-table fr-table--sm fr-table--no-caption import-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-titre`}>
        <table>
          <caption>Lignes du fichier écartées de l'import</caption>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">Motif</th>
            </tr>
          </thead>
          <tbody>
            {lines.slice(0, MAX_LISTED_PROBLEMS).map((line) => (
              <tr key={line.line}>
                <td>{line.line}</td>
                <td>{line.reasons.join(" ; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The share of the file read, with the button that stops the read (the worker is terminated). */
export function ReadProgress({ percent, onCancel }: { percent: number; onCancel(): void }) {
  const id = useId();
  return (
    <div className="import-progress fr-mt-2w" data-testid="lecture-import">
      <label className="fr-label" htmlFor={`${id}-progression`}>
        Lecture : {percent} %
      </label>
      <progress id={`${id}-progression`} max={100} value={percent}>
        {percent} %
      </progress>
      <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-ml-2w" onClick={onCancel}>
        Annuler la lecture
      </button>
    </div>
  );
}

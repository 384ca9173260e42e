// « Date des données » of the scenario on screen: the date print, presentation and exports
// give (« Données au … »). Asked at every import of perimeters; changed here at any time, as
// one undoable step.
import { useId, useState } from "react";
import { formatDate } from "../format.ts";
import { localToday } from "../local-today.ts";
import { useAppState, useAppStore } from "../store-context.tsx";

export function DataDateForm() {
  const store = useAppStore();
  const id = useId();
  const project = useAppState((state) => state.derived.project(state));
  const [value, setValue] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  if (!project) return null;
  const shown = value ?? project.miseAJour ?? localToday();
  const save = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(shown) || !formatDate(shown)) return setMessage("Date au format AAAA-MM-JJ attendue.");
    const outcome = store.getState().changeProject(`Date des données : ${formatDate(shown)}`, (current) => (current.miseAJour === shown ? current : { ...current, miseAJour: shown }));
    setValue(null);
    setMessage(outcome.ok ? (outcome.changed ? `Données datées du ${formatDate(shown)}.` : "Date inchangée.") : outcome.message);
  };
  return (
    <section className="panel-section" aria-labelledby={`${id}-titre`} data-testid="date-des-donnees">
      <h2 id={`${id}-titre`} className="fr-h6 fr-mb-1w">
        Date des données
      </h2>
      <p className="fr-text--sm fr-mb-1w">
        {project.miseAJour ? `Données au ${formatDate(project.miseAJour)}` : "Date non indiquée : l'impression dira « Situation au » la date du jour."}
        {project.demo ? " — jeu de démonstration." : ""}
      </p>
      <form
        className="fr-input-group fr-mb-0"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label className="fr-label" htmlFor={`${id}-date`}>
          Nouvelle date des données
        </label>
        <input id={`${id}-date`} className="fr-input" type="date" value={shown} onChange={(event) => setValue(event.target.value)} />
        <button type="submit" className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w">
          Dater les données
        </button>
      </form>
      <p className="fr-text--xs fr-mb-0" role="status">
        {message}
      </p>
    </section>
  );
}

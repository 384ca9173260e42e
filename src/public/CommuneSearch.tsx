import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { indexCommuneNames, searchCommunes } from "../domain/commune-search.ts";
import { coverageSentence, CommuneCardView } from "./CommuneCardView.tsx";
import { communeLabel, describeCommune, type PublicData } from "./public-lookup.ts";

const RESULT_LIMIT = 12;

/**
 * Find a commune by name or postal code, then show its card. Keyboard: type, Enter shows the
 * only result or moves to the list; arrow keys move along the list; Escape goes back to
 * the field. A live region announces the number of results and the card shown.
 */
export function CommuneSearch({ data }: { data: PublicData | null }) {
  const inputId = useId();
  const hintId = useId();
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState<string | null>(null);
  const [pendingSubmit, setPendingSubmit] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ready = data?.complete === true;
  const names = useMemo(() => (data?.complete ? indexCommuneNames(data.index) : null), [data]);
  const trimmed = query.trim();
  const results = useMemo(() => (data && names && trimmed.length >= 2 ? searchCommunes(data.index, names, trimmed, RESULT_LIMIT) : null), [data, names, trimmed]);
  // Enter pressed while loading, and a single commune matches once they are loaded: show it.
  const selectedCode = selected ?? (pendingSubmit && results?.length === 1 ? data!.index.reference.communes[results[0]!]!.code : null);
  const selectedIndex = selectedCode !== null && data ? data.index.communeIndex.get(selectedCode) : undefined;
  const card = useMemo(() => (data && ready && selectedIndex !== undefined ? describeCommune(data, selectedIndex) : null), [data, ready, selectedIndex]);

  const focusResult = (k: number) => listRef.current?.querySelectorAll<HTMLButtonElement>("button")[k]?.focus();

  const choose = (c: number) => {
    setSelected(data!.index.reference.communes[c]!.code);
    setPendingSubmit(false);
  };

  const submit = () => {
    if (!results) {
      // Enter before the communes are loaded: acted upon as soon as they are.
      setPendingSubmit(!ready && trimmed.length >= 2);
      return;
    }
    setPendingSubmit(false);
    if (results.length === 1) choose(results[0]!);
    else if (results.length > 1) focusResult(0);
  };

  // The card replaces what the user looked at: move the focus to its heading.
  useEffect(() => {
    if (card) headingRef.current?.focus();
  }, [card]);

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && results && results.length > 0) {
      event.preventDefault();
      focusResult(0);
    }
  };
  const onResultKey = (event: KeyboardEvent<HTMLButtonElement>, k: number) => {
    if (!results) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = k + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) inputRef.current?.focus();
      else focusResult(Math.min(next, results.length - 1));
    } else if (event.key === "Escape") {
      event.preventDefault();
      inputRef.current?.focus();
    }
  };

  let announcement = "";
  if (!ready && trimmed.length >= 2) announcement = "Chargement de la liste des communes et des codes postaux…";
  else if (card) announcement = `${communeLabel(card.commune)} : ${coverageSentence(card)}`;
  else if (results) announcement = results.length === 0 ? `Aucune commune ne correspond à « ${trimmed} ».` : `${results.length === RESULT_LIMIT ? "Au moins " : ""}${results.length} commune${results.length > 1 ? "s" : ""} trouvée${results.length > 1 ? "s" : ""}.`;

  const reference = data?.index.reference;
  return (
    <section className="public-search" aria-labelledby="titre-recherche" id="recherche">
      <h2 id="titre-recherche">Rechercher une commune</h2>
      <form
        role="search"
        aria-label="Rechercher une commune"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="fr-input-group">
          <label className="fr-label" htmlFor={inputId}>
            Nom de la commune ou code postal
            <span className="fr-hint-text" id={hintId}>
              Par exemple : Saint-Denis, saint etienne, 21000. Les accents et les majuscules ne comptent pas.
            </span>
          </label>
          <div className="public-search-row">
            <input
              ref={inputRef}
              className="fr-input"
              id={inputId}
              type="search"
              name="commune"
              autoComplete="off"
              aria-describedby={hintId}
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setSelected(null);
                setPendingSubmit(false);
              }}
              onKeyDown={onInputKey}
            />
            <button type="submit" className="fr-btn">
              Rechercher
            </button>
          </div>
        </div>
      </form>
      <p className="fr-sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="annonce-recherche">
        {announcement}
      </p>
      {!ready && (
        <p className="fr-text--sm public-muted" data-testid="chargement-communes">
          Chargement de la liste des communes et des codes postaux…
        </p>
      )}
      {results && reference && results.length === 0 && <p data-testid="aucun-resultat">Aucune commune ne correspond à « {trimmed} ».</p>}
      {results && reference && results.length > 0 && (
        <>
          <p className="fr-text--sm fr-mb-1w" aria-hidden="true">
            {results.length} commune{results.length > 1 ? "s" : ""} — choisissez la vôtre (flèches haut et bas pour parcourir la liste) :
          </p>
          <ul ref={listRef} className="public-results" aria-label="Communes trouvées" data-testid="communes-trouvees">
            {results.map((c, k) => {
              const commune = reference.communes[c]!;
              const departement = data.index.reference.departements[data.index.departementOf[c]!]!;
              return (
                <li key={commune.code}>
                  <button type="button" className="public-result" aria-current={commune.code === selectedCode ? "true" : undefined} onClick={() => choose(c)} onKeyDown={(event) => onResultKey(event, k)}>
                    <strong>{communeLabel(commune)}</strong> <span className="public-muted">{departement.nom}{commune.codesPostaux.length > 0 && ` · ${commune.codesPostaux.join(", ")}`}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {card && <CommuneCardView card={card} headingRef={headingRef} />}
    </section>
  );
}

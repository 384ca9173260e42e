// « Rechercher… »: one field for every object of the map — communes by name, postal or INSEE
// code; facilitators, coordinators, structures, State buyers (by name or kind: « préfecture »,
// « DREETS », « PFRA »), grands projets. The ARIA combobox pattern: the arrow keys move
// through the options, Enter shows the active one (the first by default), Escape closes.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { indexCommuneNames, searchCommunes } from "../../domain/commune-search.ts";
import { ACHETEUR_TYPE_LABELS, GRAND_PROJET_TYPE_LABELS } from "../../domain/model.ts";
import { searchProject } from "../../domain/project-search.ts";
import { territoryName } from "../../domain/territory-names.ts";
import type { Selection } from "../../view/vocabulary.ts";
import { useAppState, useAppStore } from "../store-context.tsx";

const PENDING = "Chargement des noms des communes et des codes postaux…";

interface Option {
  key: string;
  label: string;
  detail: string;
  selection: NonNullable<Selection>;
}

interface Group {
  label: string;
  options: Option[];
}

export function SearchCombobox() {
  const store = useAppStore();
  const territory = useAppState((state) => state.territory);
  const project = useAppState((state) => state.derived.project(state));
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);

  const groups = useMemo((): Group[] | null => {
    if (!territory || !project || query.trim().length < 2) return null;
    const { index } = territory;
    // Normalized once per territory, at the first search rather than on the first view's path.
    const names = indexCommuneNames(index);
    const communes = searchCommunes(index, names, query, 6).map((c): Option => {
      const commune = index.reference.communes[c]!;
      return {
        key: `commune:${commune.code}`,
        label: commune.nom || commune.code,
        detail: `commune, ${territoryName(index, "departement", commune.departement)} (${commune.codesPostaux.join(", ") || commune.code})`,
        selection: { kind: "commune", code: commune.code },
      };
    });
    const found = searchProject(project, query);
    const structures = new Map(project.structures.map((s) => [s.id, s.nom]));
    const groups: Group[] = [
      { label: "Communes", options: communes },
      { label: "Facilitateurs", options: found.facilitateurs.map((f) => ({ key: `f:${f.id}`, label: f.nom, detail: `facilitateur, ${structures.get(f.structure) ?? ""}`, selection: { kind: "facilitateur" as const, id: f.id } })) },
      { label: "Coordinateurs régionaux", options: found.coordinateurs.map((f) => ({ key: `c:${f.id}`, label: f.nom, detail: "coordinateur régional", selection: { kind: "facilitateur" as const, id: f.id } })) },
      { label: "Structures", options: found.structures.map((s) => ({ key: `s:${s.id}`, label: s.nom, detail: "structure porteuse", selection: { kind: "structure" as const, id: s.id } })) },
      { label: "Acheteurs de l'État", options: found.acheteurs.map((a) => ({ key: `a:${a.id}`, label: a.nom, detail: `acheteur de l'État, ${ACHETEUR_TYPE_LABELS[a.type]}`, selection: { kind: "acheteur" as const, id: a.id } })) },
      { label: "Grands projets", options: found.grandsProjets.map((g) => ({ key: `g:${g.id}`, label: g.nom, detail: `grand projet, ${GRAND_PROJET_TYPE_LABELS[g.type]}`, selection: { kind: "grand-projet" as const, id: g.id } })) },
    ];
    return groups.filter((group) => group.options.length > 0);
  }, [territory, project, query]);

  const options = groups?.flatMap((group) => group.options) ?? [];
  const current = Math.min(active, options.length - 1);
  // The communes' names and postal codes arrive a moment after the first view.
  const namesPending = Boolean(groups && territory && !territory.complete);
  const expanded = open && groups !== null;
  const optionId = (k: number) => `${id}-option-${k}`;

  const choose = (option: Option | undefined) => {
    if (!option) return;
    store.getState().show(option.selection);
    setQuery(option.label);
    setOpen(false);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) return setOpen(true);
      if (options.length > 0) setActive((current + (event.key === "ArrowDown" ? 1 : -1) + options.length) % options.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (expanded) choose(options[Math.max(0, current)]);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  let k = -1;
  return (
    <search className="search-combobox" aria-label="Rechercher sur la carte">
      <label className="fr-sr-only" htmlFor={id}>
        Rechercher une commune, un code postal, un facilitateur, une structure, un acheteur ou un grand projet
      </label>
      <input
        ref={input}
        id={id}
        className="fr-input"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-liste`}
        aria-activedescendant={expanded && current >= 0 ? optionId(current) : undefined}
        placeholder="Rechercher : commune, code postal, facilitateur, acheteur…"
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKey}
      />
      <p className="fr-sr-only" role="status">
        {expanded && (options.length === 0 ? (namesPending ? PENDING : `Aucun résultat pour « ${query} ».`) : `${options.length} résultat${options.length > 1 ? "s" : ""} : Entrée pour le premier, flèches pour les parcourir.`)}
      </p>
      <div id={`${id}-liste`} role="listbox" aria-label="Résultats de la recherche" className="search-combobox__list" hidden={!expanded} data-testid="resultats-recherche">
        {groups?.map((group) => (
          <div role="group" aria-label={group.label} key={group.label}>
            <p className="search-combobox__group" aria-hidden="true">
              {group.label}
            </p>
            {group.options.map((option) => {
              k += 1;
              const at = k;
              return (
                <div
                  key={option.key}
                  id={optionId(at)}
                  role="option"
                  aria-selected={at === current}
                  className="search-combobox__option"
                  // Chosen on mouse down: the field keeps the focus (its blur would close the list first).
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(option);
                  }}
                  onMouseMove={() => setActive(at)}
                >
                  <span className="search-combobox__label">{option.label}</span> <span className="search-combobox__detail">{option.detail}</span>
                </div>
              );
            })}
          </div>
        ))}
        {groups && options.length === 0 && <p className="search-combobox__empty">{namesPending ? PENDING : `Aucun résultat pour « ${query} ».`}</p>}
        {groups && options.length > 0 && namesPending && <p className="search-combobox__empty">{PENDING}</p>}
      </div>
    </search>
  );
}

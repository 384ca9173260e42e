// Tabs in the WAI-ARIA pattern (tablist, tab, tabpanel; arrow keys, Home and End move
// between tabs), drawn like the DSFR's. Only the selected panel is rendered.
import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";

export interface TabDefinition<Id extends string> {
  id: Id;
  label: string;
  /** Shown after the label (a count), read with it. */
  badge?: string;
  panel: () => ReactNode;
}

export function Tabs<Id extends string>({ label, tabs, selected, onSelect }: { label: string; tabs: readonly TabDefinition<Id>[]; selected: Id; onSelect(id: Id): void }) {
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0]!;
  const onKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = tabs.findIndex((tab) => tab.id === current.id);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(target.id);
    list.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(`${base}-${target.id}`)}`)?.focus();
  };
  return (
    <div className="app-tabs">
      <div className="app-tabs__list" role="tablist" aria-label={label} ref={list}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${base}-${tab.id}`}
            className="app-tabs__tab"
            aria-selected={tab.id === current.id}
            aria-controls={`${base}-${tab.id}-panneau`}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={onKey}
          >
            {tab.label}
            {tab.badge && <span className="app-tabs__badge"> {tab.badge}</span>}
          </button>
        ))}
      </div>
      <div className="app-tabs__panel" role="tabpanel" key={current.id} id={`${base}-${current.id}-panneau`} aria-labelledby={`${base}-${current.id}`} tabIndex={0}>
        {current.panel()}
      </div>
    </div>
  );
}

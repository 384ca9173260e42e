// Names in the cards that lead to their object: its card opens and the map shows it.
import type { ReactNode } from "react";
import type { Selection } from "../../view/vocabulary.ts";
import { useAppStore } from "../store-context.tsx";

export function ObjectLink({ selection, children }: { selection: NonNullable<Selection>; children: ReactNode }) {
  const store = useAppStore();
  return (
    <button type="button" className="fr-link object-link" onClick={() => store.getState().show(selection)}>
      {children}
    </button>
  );
}

// @vitest-environment jsdom
// The needs' period and the State buyers' list, edited in the Chiffres tab: each change one
// undoable step; a bad SIREN refused with a French message, nothing changed.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { workspaceFrom } from "../../../src/domain/workspace.ts";
import { createAppStore } from "../../../src/store/app-store.ts";
import { buyerCodesOf, NeedsChoicesForm } from "../../../src/ui/needs/NeedsChoicesForm.tsx";
import { StoreContext } from "../../../src/ui/store-context.tsx";
import { DEFAULT_NEEDS_CHOICES } from "../../../src/domain/needs-readings.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

function setup() {
  const store = createAppStore();
  store.getState().setTerritory({ index: tinyTerritory().index, geometry: null, complete: true });
  store.getState().openDocument(workspaceFrom({ nom: "P", scenarios: [{ id: "scenario-1", nom: "Situation actuelle", project: tinyProject() }], activeScenarioId: "scenario-1" }));
  const choices = () => store.getState().document.workspace!.besoins?.choices ?? DEFAULT_NEEDS_CHOICES;
  const view = () => (
    <StoreContext.Provider value={store}>
      <NeedsChoicesForm choices={choices()} />
    </StoreContext.Provider>
  );
  const { rerender } = render(view());
  return { store, choices, refresh: () => rerender(view()) };
}

describe("période et acheteurs de l'État des besoins", () => {
  afterEach(cleanup);

  it("lit une liste collée : une ligne, des virgules ou des points-virgules, sans en-tête", () => {
    expect(buyerCodesOf("SIREN\n130 005 481\n13000548100010;110044013, 120027016\n\n")).toEqual(["130 005 481", "13000548100010", "110044013", "120027016"]);
  });

  it("change la période en une étape annulable", () => {
    const { store, choices } = setup();
    fireEvent.change(screen.getByLabelText(/Marchés notifiés à partir du/), { target: { value: "2025-01-01" } });
    expect(choices().du).toBe("2025-01-01");
    expect(store.getState().derived.history().undoLabel).toBe("Période des besoins");
    store.getState().undo();
    expect(choices().du).toBeNull();
  });

  it("refuse un code qui n'est ni SIREN ni SIRET, en le nommant, sans rien changer ; applique une liste valide", () => {
    const { choices, refresh } = setup();
    const list = screen.getByLabelText(/Acheteurs de l'État \(SIREN ou SIRET/);
    fireEvent.change(list, { target: { value: "130005481\n12345" } });
    fireEvent.click(screen.getByRole("button", { name: "Appliquer la liste des acheteurs de l'État" }));
    expect(screen.getByText(/« 12345 » n'est ni un SIREN \(9 chiffres\) ni un SIRET \(14 chiffres\)/)).toBeTruthy();
    expect(choices().acheteursEtat).toBeNull();
    fireEvent.change(list, { target: { value: "130 005 481\n13000548100010" } });
    fireEvent.click(screen.getByRole("button", { name: "Appliquer la liste des acheteurs de l'État" }));
    refresh();
    expect(choices().acheteursEtat).toEqual(["130005481", "13000548100010"]);
    expect(screen.queryByText(/n'est ni un SIREN/)).toBeNull();
  });
});

// @vitest-environment jsdom
// The thresholds' number field: a decimal comma or point, each valid value sent at once; a
// draft that is not one kept, with a French error, and nothing sent.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { NumberField, readNumber } from "../../../src/ui/forms/NumberField.tsx";

describe("champ de nombre des seuils", () => {
  afterEach(cleanup);

  it("lit la virgule et le point, et applique la règle", () => {
    expect(readNumber("0,7", "positive")).toBe(0.7);
    expect(readNumber("12.5", "non-negative")).toBe(12.5);
    expect(readNumber("0", "positive")).toBeNull();
    expect(readNumber("0", "non-negative")).toBe(0);
    expect(readNumber(" ", "non-negative")).toBeNull();
    expect(readNumber("abc", "positive")).toBeNull();
  });

  it("envoie chaque valeur valide, garde un brouillon invalide avec son erreur sans rien envoyer", () => {
    const sent: number[] = [];
    render(<NumberField id="s" label="Marchés par ETP" hint="défaut 50" value={50} rule="positive" example="50" onValue={(v) => sent.push(v)} />);
    const field = screen.getByLabelText(/Marchés par ETP/);
    fireEvent.change(field, { target: { value: "60,5" } });
    fireEvent.change(field, { target: { value: "-1" } });
    expect(sent).toEqual([60.5]);
    expect((field as HTMLInputElement).value).toBe("-1");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Nombre positif attendu, par exemple 50.")).toBeTruthy();
  });
});

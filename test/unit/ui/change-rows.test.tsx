// @vitest-environment jsdom
// The preview's changes table renders only the rows in view when there are many, and every
// row when there are few (the row counts other tests read stay exact).
import { cleanup, fireEvent, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { FacilitateurChange } from "../../../src/io/import-merge.ts";
import { ChangeRows } from "../../../src/ui/import/ChangeRows.tsx";
import { WINDOW_MIN_ROWS } from "../../../src/ui/import/row-window.ts";

const changes = (count: number): FacilitateurChange[] =>
  Array.from({ length: count }, (_, i) => ({ kind: "added", id: `f${i}`, nom: `Poste ${i}`, after: [{ niveau: "commune", code: "01001" }], updatedFields: [] }));
const dataRows = (container: HTMLElement) => [...container.querySelectorAll("tbody tr")].filter((row) => row.getAttribute("aria-hidden") !== "true");

afterEach(cleanup);

describe("tableau des changements de l'aperçu", () => {
  it("rend toutes les lignes d'une petite liste", () => {
    const { container } = render(<ChangeRows id="t" changes={changes(WINDOW_MIN_ROWS)} />);
    expect(dataRows(container)).toHaveLength(WINDOW_MIN_ROWS);
  });

  it("ne rend que les lignes en vue d'une longue liste, et suit le défilement", () => {
    const { container } = render(<ChangeRows id="t" changes={changes(1_000)} />);
    const rows = dataRows(container);
    expect(rows.length).toBeLessThan(50);
    expect(rows[0]!.textContent).toContain("Poste 0");
    expect(container.querySelector("table")!.getAttribute("aria-rowcount")).toBe("1001");
    const box = container.querySelector(".import-scroll")!;
    box.scrollTop = 999 * 28;
    fireEvent.scroll(box);
    const after = dataRows(container);
    expect(after.length).toBeLessThan(50);
    expect(after.at(-1)!.textContent).toContain("Poste 999");
    expect(after.at(-1)!.getAttribute("aria-rowindex")).toBe("1001");
  });
});

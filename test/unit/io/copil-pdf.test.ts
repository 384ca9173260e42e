// The COPIL PDF holds real text (title, territory, date, sources, figures, legend), the map
// as one image filling its frame, a document title and its language; read back with
// Poppler's tools as a reader or a search engine would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCopilPdf, MAP_FRAME, type CopilDocument } from "../../../src/io/copil-pdf.ts";
import { projectRoot } from "../../../scripts/lib/geo-inputs.mjs";
import { makePng } from "../../helpers/png.ts";

const font = (name: string) => new Uint8Array(readFileSync(join(projectRoot, "node_modules/@codegouvfr/react-dsfr/dsfr/fonts", name)));
const FONTS = { regular: font("Marianne-Regular.woff"), bold: font("Marianne-Bold.woff"), italic: font("Marianne-Regular_Italic.woff") };
const dir = mkdtempSync(join(tmpdir(), "copil-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const poppler = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: "utf8" });

const DOCUMENT: CopilDocument = {
  documentTitle: "Bourgogne-Franche-Comté — couverture des facilitateurs",
  title: "Bourgogne-Franche-Comté",
  subtitle: "Couverture des facilitateurs de la clause sociale d'insertion — Données au 15 janvier 2026",
  legendTitle: "Légende : Zones blanches",
  legend: [
    { colours: ["#e6e6e6"], label: "Couverte" },
    { colours: ["#b34000"], label: "Zone blanche 1 : aucun facilitateur" },
  ],
  overlays: [
    { colour: "#161616", label: "Limites des régions", shape: "line" },
    { colour: "#161616", label: "Acheteur de l'État : Préfecture", shape: "point" },
  ],
  figures: [
    { label: "Communes couvertes", value: "3\u202f512", detail: "sur 3\u202f685 (95,3 %)" },
    { label: "ETP pour 100 000 habitants", value: "0,84" },
  ],
  footer: ["Données : Réseau BFC ; contours IGN Admin Express ; COG INSEE. Contours : IGN Admin Express (Licence Ouverte). Carto Clause Sociale."],
  map: { bytes: makePng(250, 210, (x) => (x < 125 ? [0, 0, 145] : [225, 0, 15])), format: "png" },
  created: new Date(Date.UTC(2026, 0, 15, 10)),
};

describe("PDF du COPIL", () => {
  it("porte un vrai texte, la carte en image, un titre et une langue", async () => {
    const file = join(dir, "copil.pdf");
    writeFileSync(file, await buildCopilPdf(DOCUMENT, FONTS));
    const text = poppler("pdftotext", ["-layout", file, "-"]).replace(/\u00a0|\u202f/g, " ");
    for (const expected of [
      "RÉPUBLIQUE",
      "FRANÇAISE",
      "Liberté",
      "Bourgogne-Franche-Comté",
      "Données au 15 janvier 2026",
      "Légende : Zones blanches",
      "Zone blanche 1 : aucun facilitateur",
      "Limites des régions",
      "Acheteur de l'État : Préfecture",
      "Chiffres clés",
      "Communes couvertes",
      "3 512 — sur 3 685 (95,3 %)",
      "Données : Réseau BFC ; contours IGN Admin Express ; COG INSEE",
    ]) {
      expect(text, expected).toContain(expected);
    }
    const info = poppler("pdfinfo", [file]);
    expect(info).toMatch(/^Title:\s+Bourgogne-Franche-Comté — couverture des facilitateurs$/m);
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Page size:\s+842 x 595 pts \(A4\)$/m);
    expect(readFileSync(file, "latin1")).toMatch(/\/Lang \(fr-FR\)/);
    expect(poppler("pdffonts", [file])).toContain("Marianne");
    // One image, the map, at its own pixels, drawn over the whole frame (250 × 210 px for 500 × 420 pt).
    const images = poppler("pdfimages", ["-list", file]).trim().split("\n").slice(2);
    expect(images).toHaveLength(1);
    const [, , , width, height] = images[0]!.trim().split(/\s+/);
    expect([Number(width), Number(height)]).toEqual([250, 210]);
    expect(MAP_FRAME.width / MAP_FRAME.height).toBeCloseTo(250 / 210, 2);
  });

  it("dit « Carte indisponible » sans carte", async () => {
    const file = join(dir, "sans-carte.pdf");
    writeFileSync(file, await buildCopilPdf({ ...DOCUMENT, map: null }, FONTS));
    expect(poppler("pdftotext", [file, "-"])).toContain("Carte indisponible");
  });
});

// The DSFR's fonts after the first view: the build strips them from the DSFR core sheet, and
// src/ui/fonts.css declares exactly the same fonts, pointing at the same files.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DSFR_CORE_CSS, fontFaces, withoutFontFaces } from "../../../scripts/defer-fonts.mjs";
import { projectRoot } from "../../../scripts/lib/geo-inputs.mjs";

const corePath = join(projectRoot, "node_modules/@codegouvfr/react-dsfr/dsfr/core/core.main.min.css");
const core = readFileSync(corePath, "utf8");
const fontsPath = join(projectRoot, "src/ui/fonts.css");
const fonts = readFileSync(fontsPath, "utf8");

/** A declaration's properties, whitespace aside, with its url()s made absolute from `base`. */
function declarations(css: string, base: string): string[] {
  return (css.replace(/\/\*[\s\S]*?\*\//g, "").match(/@font-face\s*\{[^}]*\}/g) ?? []).map((rule) =>
    rule
      .replace(/\s+/g, "")
      .replace(/;\}/, "}")
      .replace(/url\(([^)]+)\)/g, (_, url: string) => `url(${resolve(base, url)})`),
  );
}

describe("polices du DSFR après la première vue", () => {
  it("retire les @font-face de la feuille du cœur du DSFR, et rien d'autre", () => {
    expect(DSFR_CORE_CSS.test(corePath)).toBe(true);
    expect(fontFaces(core).length).toBeGreaterThan(0);
    const stripped = withoutFontFaces(core);
    expect(fontFaces(stripped)).toEqual([]);
    expect(stripped.length).toBe(core.length - fontFaces(core).join("").length);
  });

  it("déclare dans src/ui/fonts.css les mêmes polices que le DSFR, vers des fichiers présents", () => {
    const ours = declarations(fonts, dirname(fontsPath));
    expect(ours).toEqual(declarations(core, dirname(corePath)));
    for (const url of ours.flatMap((rule) => [...rule.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!))) expect(existsSync(url), url).toBe(true);
  });
});

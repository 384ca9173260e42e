// The app imports the DSFR's core and only the components it draws (src/ui/dsfr-styles.ts).
// This fails when a source uses an `fr-` class that the whole DSFR styles but the imported
// sheets do not: a component drawn without its sheet.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../scripts/lib/geo-inputs.mjs";

const require = createRequire(import.meta.url);
const dsfr = (path: string) => readFileSync(require.resolve(`@codegouvfr/react-dsfr/${path}`), "utf8");
const classesOf = (css: string) => new Set([...css.matchAll(/\.(fr-[a-zA-Z0-9_-]+)/g)].map((match) => match[1]!));

/** Every `fr-…` token in the app's sources (TypeScript, CSS) and in the react-dsfr components they import. */
function usedClasses(): Set<string> {
  const used = new Set<string>();
  const add = (text: string) => {
    for (const match of text.matchAll(/fr-[a-zA-Z0-9_-]+/g)) used.add(match[0]);
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(tsx?|css)$/.test(entry.name)) {
        const text = readFileSync(path, "utf8");
        add(text);
        for (const [, component] of text.matchAll(/from "@codegouvfr\/react-dsfr\/([A-Z][A-Za-z]+)"/g)) add(dsfr(`${component}.js`));
      }
    }
  };
  walk(join(projectRoot, "src"));
  return used;
}

/** The classes the DSFR sheets imported anywhere in the sources style (dsfr-styles.ts, icon families). */
function importedClasses(): Set<string> {
  const styled = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const [, sheet] of readFileSync(path, "utf8").matchAll(/import "@codegouvfr\/react-dsfr\/(dsfr\/[^"]+\.css)"/g)) for (const name of classesOf(dsfr(sheet!))) styled.add(name);
      }
    }
  };
  walk(join(projectRoot, "src"));
  return styled;
}

describe("feuilles du DSFR importées", () => {
  it("stylent chaque classe fr- des sources que le DSFR complet style", () => {
    const all = classesOf(dsfr("dsfr/dsfr.main.min.css"));
    for (const family of ["system", "arrows", "business"]) for (const name of classesOf(dsfr(`dsfr/utility/icons/icons-${family}/icons-${family}.main.min.css`))) all.add(name);
    const imported = importedClasses();
    const missing = [...usedClasses()].filter((name) => all.has(name) && !imported.has(name)).sort();
    expect(missing).toEqual([]);
  });

  it("ne sont qu'une partie du DSFR (le test ci-dessus compare bien deux ensembles différents)", () => {
    const imported = importedClasses();
    expect(imported.has("fr-btn")).toBe(true);
    expect(imported.has("fr-accordion")).toBe(false);
  });
});

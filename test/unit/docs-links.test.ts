// The documentation holds together: every relative link of README.md and docs/*.md leads to
// a file that exists (and an anchor to a heading of that file), every document of docs/ is
// linked from the README, and the README stays short enough to be read first.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";

const README = join(projectRoot, "README.md");
const DOCS = join(projectRoot, "docs");
const MAX_README_LINES = 200;

const markdownFiles = [README, ...readdirSync(DOCS).filter((name) => name.endsWith(".md")).map((name) => join(DOCS, name))];

/** The text outside fenced code blocks and inline code, where links and headings live. */
function prose(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, (code) => " ".repeat(code.length));
}

/** Link targets written `[text](target)` or `![alt](target)`. */
function linkTargets(text: string): string[] {
  return [...prose(text).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, each space a hyphen; repeats get -1, -2… */
function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const withoutFences = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
  for (const [, heading] of withoutFences.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const words = heading!.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    const base = words.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "").replace(/ /g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");
const shortName = (file: string) => relative(projectRoot, file);

describe("documentation", () => {
  it(`garde le README en ${MAX_README_LINES} lignes au plus`, () => {
    const lines = readFileSync(README, "utf8").replace(/\n$/, "").split("\n").length;
    expect(lines).toBeLessThanOrEqual(MAX_README_LINES);
  });

  it("n'a que des liens relatifs qui mènent à un fichier, et à un titre quand ils ont une ancre", () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of markdownFiles) {
      for (const target of linkTargets(readFileSync(file, "utf8"))) {
        if (isExternal(target)) continue;
        checked++;
        const [path = "", anchor] = target.split("#", 2);
        const linked = path === "" ? file : resolve(dirname(file), decodeURIComponent(path));
        if (path.startsWith("/") || !existsSync(linked)) {
          broken.push(`${shortName(file)} : ${target} (fichier introuvable)`);
          continue;
        }
        if (anchor && linked.endsWith(".md") && !headingAnchors(readFileSync(linked, "utf8")).has(decodeURIComponent(anchor))) {
          broken.push(`${shortName(file)} : ${target} (aucun titre de ${shortName(linked)} n'a cette ancre)`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(markdownFiles.length);
  });

  it("relie chaque document de docs/ depuis le README", () => {
    const linked = new Set(linkTargets(readFileSync(README, "utf8")).map((target) => resolve(projectRoot, decodeURIComponent(target.split("#")[0]!))));
    const unlinked = readdirSync(DOCS).map((name) => join(DOCS, name)).filter((file) => !linked.has(file));
    expect(unlinked.map(shortName)).toEqual([]);
  });

  it("calcule les ancres comme GitHub", () => {
    const anchors = headingAnchors("# Vérifier un fichier (`npm run check`)\n## Enregistrement : ce qui est garanti\n```\n# pas un titre\n```\n## Données\n## Données\n");
    expect([...anchors]).toEqual(["vérifier-un-fichier-npm-run-check", "enregistrement--ce-qui-est-garanti", "données", "données-1"]);
  });
});

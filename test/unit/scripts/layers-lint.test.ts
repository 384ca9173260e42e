// The layers of src/ are enforced by the lint: an import against the dependency direction fails.
import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: "scripts/lint/eslint.config.js" });

/** The rule ids the lint reports for `code` as if it were the file at `path`. */
async function reported(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe("couches de src/ vérifiées par le lint", () => {
  it.each([
    ["src/map/x.ts", 'import type { AppStore } from "../store/app-store.ts";\nexport type X = AppStore;\n'],
    ["src/map/deep/x.ts", 'import type { AppStore } from "../../store/app-store.ts";\nexport type X = AppStore;\n'],
    ["src/map/x.ts", 'import { App } from "../ui/App.tsx";\nexport const x = App;\n'],
    ["src/store/x.ts", 'import { MapController } from "../map/map-controller.ts";\nexport const x = MapController;\n'],
    ["src/store/x.ts", 'import { App } from "../ui/App.tsx";\nexport const x = App;\n'],
    ["src/domain/x.ts", 'import { parseProjectFile } from "../io/project-file.ts";\nexport const x = parseProjectFile;\n'],
    ["src/io/x.ts", 'import { createAppStore } from "../store/app-store.ts";\nexport const x = createAppStore;\n'],
    ["src/persistence/x.ts", 'import { createAppStore } from "../store/app-store.ts";\nexport const x = createAppStore;\n'],
    ["src/map/x.ts", 'import { createStore } from "zustand/vanilla";\nexport const x = createStore;\n'],
    ["src/store/x.ts", 'import * as maplibregl from "maplibre-gl";\nexport const x = maplibregl;\n'],
  ])("%s : refuse %s", async (path, code) => {
    expect(await reported(path, code)).toContain("no-restricted-imports");
  });

  it.each([
    ["src/map/x.ts", 'import type { Colouring } from "../view/vocabulary.ts";\nimport type { Project } from "../domain/model.ts";\nexport type X = [Colouring, Project];\n'],
    ["src/store/x.ts", 'import type { Colouring } from "../view/vocabulary.ts";\nexport type X = Colouring;\n'],
    ["src/app/x.ts", 'import type { MapController } from "../map/map-controller.ts";\nimport type { AppStore } from "../store/app-store.ts";\nexport type X = [MapController, AppStore];\n'],
  ])("%s : accepte les imports permis", async (path, code) => {
    expect(await reported(path, code)).toEqual([]);
  });

  it("l'application n'atteint pas la carte par window", async () => {
    expect(await reported("src/ui/x.ts", "export const map = window.cartoMap;\n")).toContain("no-restricted-properties");
  });
});

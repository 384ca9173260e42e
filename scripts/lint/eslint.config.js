import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The layers of src/ (docs/architecture.md): which folders each one may import. Everything
// else is refused by ESLint, so that CI fails on an import against the dependency direction.
const SRC_FOLDERS = ["domain", "view", "io", "persistence", "workers", "map", "store", "app", "ui", "public"];
const LAYERS = {
  domain: { may: [], libraries: [] },
  view: { may: [], libraries: [] },
  io: { may: ["domain"], libraries: [] },
  persistence: { may: ["io", "domain"], libraries: [] },
  workers: { may: ["io", "domain"], libraries: [] },
  map: { may: ["domain", "view"], libraries: ["maplibre-gl"] },
  store: { may: ["domain", "io", "view"], libraries: ["zustand"] },
  app: { may: ["domain", "io", "view", "persistence", "workers", "map", "store"], libraries: ["zustand", "maplibre-gl"] },
};
const LIBRARIES = {
  react: ["react", "react-dom", "react-dom/*", "react/*", "@codegouvfr/*"],
  zustand: ["zustand", "zustand/*"],
  "maplibre-gl": ["maplibre-gl", "maplibre-gl/*", "@maplibre/*"],
};

/** `no-restricted-imports` for src/<folder>: the other src/ folders and the libraries it may not use. */
function layerRestrictions(folder) {
  const { may, libraries } = LAYERS[folder];
  const forbidden = SRC_FOLDERS.filter((other) => other !== folder && !may.includes(other));
  return {
    patterns: [
      { group: forbidden.flatMap((other) => [`../${other}/*`, `**/../${other}/*`]), message: `src/${folder} may import only ${may.length ? may.map((f) => `src/${f}`).join(", ") : "nothing of src/"} (docs/architecture.md).` },
      ...Object.entries(LIBRARIES)
        .filter(([library]) => !libraries.includes(library))
        .map(([library, group]) => ({ group, message: `src/${folder} must not import ${library}.` })),
    ],
  };
}
const domGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.es2021) && !(name in globals.node) && name !== "console");

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "public/**", "test/output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.tsx", "src/ui/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...Object.keys(LAYERS).map((folder) => ({
    files: [`src/${folder}/**/*.ts`, `src/${folder}/**/*.tsx`],
    ignores: [`src/${folder}/**/*.test.ts`],
    rules: { "no-restricted-imports": ["error", layerRestrictions(folder)] },
  })),
  {
    files: ["src/domain/**/*.ts", "src/view/**/*.ts"],
    ignores: ["src/domain/**/*.test.ts"],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      "no-restricted-globals": ["error", ...domGlobals.map((name) => ({ name, message: "src/domain must not use the DOM or browser APIs." })), { name: "fetch", message: "src/domain must not fetch." }],
    },
  },
  {
    // The map is reached through its controller, handed down by the page: never through `window`.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/app/automation.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "window", property: "cartoMap", message: "Use the map controller (MapContext), not window.cartoMap (kept for tests)." }, { object: "window", property: "cartoStore", message: "Use the store from StoreContext, not window.cartoStore (kept for tests)." }],
    },
  },
);

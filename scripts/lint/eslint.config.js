import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// src/domain/ is the pure core: no framework, no map library, no DOM, no other src/ folder.
const domainRestrictions = {
  patterns: [
    { group: ["react", "react-dom", "react-dom/*", "react/*"], message: "src/domain must not import React." },
    { group: ["zustand", "zustand/*"], message: "src/domain must not import zustand." },
    { group: ["maplibre-gl", "maplibre-gl/*", "@maplibre/*"], message: "src/domain must not import maplibre-gl." },
    { group: ["@codegouvfr/*"], message: "src/domain must not import UI libraries." },
    { group: ["../*", "!../domain/*"], message: "src/domain must not import another src/ folder." },
    { group: ["**/io/*", "**/store/*", "**/map/*", "**/ui/*", "**/workers/*"], message: "src/domain must not import another src/ folder." },
  ],
};
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
  {
    files: ["src/domain/**/*.ts"],
    ignores: ["src/domain/**/*.test.ts"],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      "no-restricted-imports": ["error", domainRestrictions],
      "no-restricted-globals": ["error", ...domGlobals.map((name) => ({ name, message: "src/domain must not use the DOM or browser APIs." })), { name: "fetch", message: "src/domain must not fetch." }],
    },
  },
);

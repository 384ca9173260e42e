import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { deferDsfrFontsPlugin } from "./scripts/defer-fonts.mjs";

// Vitest keeps one core for itself by default (one worker on a 2-core CI machine). While
// the command-line tools and the fuzzers run, its own process is idle: every core runs a
// test file.
const allCores = availableParallelism();

export default defineConfig({
  // The DSFR's fonts after the first view (src/ui/fonts.css).
  plugins: [react(), deferDsfrFontsPlugin()],
  // Relative base so the built app can be served from any sub-path of a static host.
  base: "./",
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1500,
    // DSFR icons stay separate files, fetched only when a page shows them.
    assetsInlineLimit: (file: string) => (file.endsWith(".svg") ? false : undefined),
    // Two pages: the map for the network, and the read-only public page (public contacts only).
    rollupOptions: { input: { main: fileURLToPath(new URL("index.html", import.meta.url)), public: fileURLToPath(new URL("public.html", import.meta.url)) } },
  },
  test: {
    // By cost: `unit` is fast (pure code, the tiny and the real territory in memory);
    // `integration` runs the command-line tools and the geometry build; `fuzz` throws
    // generated inputs at every file reader; `e2e` drives the built app in Chromium.
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.{ts,tsx}", "src/**/*.test.{ts,tsx}"],
          globalSetup: ["test/helpers/ensure-data.ts"],
          // Loading the modules again for each file took most of this project's time. These
          // tests build their own stores, databases and territories, and share only modules
          // they read (the real territory is then loaded once per worker).
          isolate: false,
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/helpers/ensure-data.ts"],
          environment: "node",
          maxWorkers: allCores,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: "fuzz",
          include: ["test/fuzz/**/*.test.ts"],
          globalSetup: ["test/helpers/ensure-data.ts"],
          environment: "node",
          maxWorkers: allCores,
          testTimeout: 300_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          environment: "node",
          // Two files at a time: opening the app keeps about one core busy (the page's
          // script, then SwiftShader drawing the map), with waits between; two Chromiums
          // share the CI machine's two cores. Each file has its own profiles and outputs.
          maxWorkers: 2,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

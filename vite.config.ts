import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  // Relative base so the built app can be served from any sub-path of a static host.
  base: "./",
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1500,
    // DSFR icons stay separate files, fetched only when a page shows them.
    assetsInlineLimit: (file: string) => (file.endsWith(".svg") ? false : undefined),
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.{ts,tsx}", "src/**/*.test.{ts,tsx}"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

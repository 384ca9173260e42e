import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

export default defineConfig({
  plugins: [react()],
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

// Builds the app as `npm start` does and serves it for the browser tests.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { build, preview, type PreviewServer } from "vite";
import { securityHeadersPlugin } from "../../scripts/csp.mjs";
import { projectRoot } from "../../scripts/lib/geo-inputs.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/**
 * The page and this server share the machine: Vite's preview gzips every JSON response as
 * it sends it, some 20 Mo at each opening of the app (seconds of CPU taken from the
 * browser). Over the loopback, the files go as they are.
 */
const uncompressed = {
  name: "carto-e2e-uncompressed",
  configurePreviewServer(preview: PreviewServer) {
    preview.middlewares.use((request, _response, next) => {
      delete request.headers["accept-encoding"];
      next();
    });
  },
};

export default async function setup(project: TestProject) {
  const ensure = spawnSync(process.execPath, [join(projectRoot, "scripts/ensure-built.mjs")], { cwd: projectRoot, stdio: "inherit" });
  if (ensure.status !== 0) throw new Error("La préparation des données a échoué (scripts/ensure-built.mjs)");
  // A build of its own, so that several test runs (or a run and `npm start`) never share dist/.
  const outDir = mkdtempSync(join(tmpdir(), "carto-e2e-dist-"));
  await build({ root: projectRoot, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  server = await preview({ root: projectRoot, logLevel: "warn", plugins: [securityHeadersPlugin(), uncompressed], build: { outDir }, preview: { port: 4310, strictPort: false, host: "127.0.0.1" } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("Le serveur de prévisualisation n'a pas d'adresse locale");
  project.provide("baseUrl", url);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

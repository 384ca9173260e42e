// npm start: builds the app and serves it (vite preview) at a printed local URL.
import { build, preview } from "vite";
import { securityHeadersPlugin } from "./csp.mjs";
import { projectRoot } from "./lib/geo-inputs.mjs";

const port = Number(process.env.PORT ?? 4173);
await build({ root: projectRoot, logLevel: "warn" });
const server = await preview({ root: projectRoot, plugins: [securityHeadersPlugin()], preview: { port, strictPort: false, host: "127.0.0.1", open: false } });
console.log("\nCarto Clause Sociale est servie ici :");
server.printUrls();
console.log("Ctrl+C pour arrêter.");
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

// The shape every command-line tool takes: `main(argv)` does the work and resolves to the
// exit code, so that tests call it in-process; `runWhenStarted` runs it when the file is
// the one node (tsx) was started with. `--help` prints the usage and exits 0; a wrong call
// prints the French message and the usage and exits 2.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "./cli-args.ts";

export type CliMain = (argv: readonly string[]) => Promise<number>;

/** A tool's `main`: `run` gets the arguments (without node and the script) and returns the exit code. */
export function defineCli(usage: string, run: (argv: readonly string[]) => Promise<number> | number): CliMain {
  return async (argv) => {
    if (argv.includes("--help") || argv.includes("-h")) {
      console.log(usage);
      return 0;
    }
    try {
      return await run(argv);
    } catch (error) {
      console.error(error instanceof UsageError ? `Erreur : ${error.message}\n${usage}` : `Erreur : ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
  };
}

/** Runs `main` with the process's arguments when `meta` is the module node was started with. */
export function runWhenStarted(meta: ImportMeta, main: CliMain): void {
  const started = process.argv[1];
  if (!started || resolve(started) !== fileURLToPath(meta.url)) return;
  // A reader that stops early (`npm run besoins -- … | head`): stop quietly, as Unix tools do.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`Erreur : ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}

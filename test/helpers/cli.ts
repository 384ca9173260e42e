// Runs a command-line tool's `main(argv)` in the test's own process and gives back what a
// spawned process would: its exit code and what it printed on each stream.
import { format } from "node:util";
import { vi } from "vitest";
import type { CliMain } from "../../scripts/lib/cli.ts";

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** `main(argv)` with console and process.stdout/stderr captured (not shown) for the time of the call. */
export async function runCli(main: CliMain, argv: readonly string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const toStdout = (...args: unknown[]) => void (stdout += `${format(...args)}\n`);
  const toStderr = (...args: unknown[]) => void (stderr += `${format(...args)}\n`);
  const write = (append: (text: string) => void) =>
    ((chunk: string | Uint8Array) => {
      append(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return true;
    }) as typeof process.stdout.write;
  const spies = [
    vi.spyOn(console, "log").mockImplementation(toStdout),
    vi.spyOn(console, "info").mockImplementation(toStdout),
    vi.spyOn(console, "error").mockImplementation(toStderr),
    vi.spyOn(console, "warn").mockImplementation(toStderr),
    vi.spyOn(process.stdout, "write").mockImplementation(write((text) => (stdout += text))),
    vi.spyOn(process.stderr, "write").mockImplementation(write((text) => (stderr += text))),
  ];
  try {
    const status = await main(argv);
    return { status, stdout, stderr };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

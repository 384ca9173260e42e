// Writes a generated fictional DECP table (scripts/demo/decp-demo.ts) to a file, by pieces
// of about a megabyte: a million rows never sit whole in memory.
import { closeSync, openSync, writeSync } from "node:fs";
import type { ReferenceData } from "../../src/domain/territory-reference.ts";
import { generateDecpDemo, type DecpDemoOptions, type DecpDemoTally } from "../demo/decp-demo.ts";

export function writeDecpDemo(path: string, reference: ReferenceData, options: DecpDemoOptions): DecpDemoTally {
  const descriptor = openSync(path, "w");
  try {
    const rows = generateDecpDemo(reference, options);
    let pending = "";
    for (let step = rows.next(); ; step = rows.next()) {
      if (step.done) {
        writeSync(descriptor, pending);
        return step.value;
      }
      pending += step.value;
      if (pending.length >= 1 << 20) {
        writeSync(descriptor, pending);
        pending = "";
      }
    }
  } finally {
    closeSync(descriptor);
  }
}

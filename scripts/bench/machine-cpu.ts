// The machine's CPU time spent during a page's load, by role: read from /proc (Linux), for
// every thread of every Chromium process, and for this bench's own process (its file server,
// which compresses each response as it sends it, and the Playwright client). On a machine of
// two cores drawing WebGL in software, a page's first view is bound by CPU: these figures say
// where it goes. Elsewhere than Linux, nothing is measured.
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** The roles the figures are given for, in the order they are printed. */
export const CPU_ROLES = {
  main: "fil principal de la page",
  mapWorker: "worker de la carte (MapLibre)",
  pagePool: "compilation et ramasse-miettes de la page (V8, fils auxiliaires)",
  pageOther: "autres fils de la page",
  gpu: "processus GPU (WebGL logiciel, composition)",
  browser: "navigateur et réseau",
  bench: "serveur de fichiers et pilote du banc",
} as const;
export type CpuRole = keyof typeof CPU_ROLES;
export type CpuByRole = Record<CpuRole, number>;

/** Clock ticks per second of /proc's times (USER_HZ): 100 on Linux. */
const TICK_MS = 10;

function roleOf(type: string, pid: string, tid: string, name: string): CpuRole {
  if (type === "renderer") {
    if (pid === tid) return "main";
    if (name.startsWith("DedicatedWorker")) return "mapWorker";
    if (name.startsWith("ThreadPool")) return "pagePool";
    return "pageOther";
  }
  return type === "gpu-process" ? "gpu" : "browser";
}

/** CPU milliseconds of each Chromium thread (key `pid:tid`), with its role. */
function chromiumThreads(): Map<string, { role: CpuRole; ms: number }> {
  const threads = new Map<string, { role: CpuRole; ms: number }>();
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!/chrom/i.test(command.split("\0")[0] ?? "")) continue;
      const type = /--type=([\w-]+)/.exec(command)?.[1] ?? "browser";
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, "utf8").trim();
        threads.set(`${pid}:${tid}`, { role: roleOf(type, pid, tid, name), ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS });
      }
    } catch {
      // A process or thread that ended between two reads: its time is lost, a few ticks at most.
    }
  }
  return threads;
}

/** Starts counting; the returned function gives the CPU time spent since, by role (null where /proc is absent). */
export function startCpuCount(): () => CpuByRole | null {
  if (!existsSync("/proc/self/stat")) return () => null;
  const before = chromiumThreads();
  const bench = process.cpuUsage();
  return () => {
    const spent = Object.fromEntries(Object.keys(CPU_ROLES).map((role) => [role, 0])) as CpuByRole;
    for (const [key, { role, ms }] of chromiumThreads()) spent[role] += ms - (before.get(key)?.ms ?? 0);
    const own = process.cpuUsage(bench);
    spent.bench = Math.round((own.user + own.system) / 1000);
    return spent;
  };
}

/** Total of a count. */
export const cpuTotal = (spent: CpuByRole) => Object.values(spent).reduce((sum, ms) => sum + ms, 0);

/** Medians by role of several counts (null when none was measured). */
export function medianCpu(counts: (CpuByRole | null)[]): CpuByRole | null {
  const measured = counts.filter((count): count is CpuByRole => count !== null);
  if (measured.length === 0) return null;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return Object.fromEntries(Object.keys(CPU_ROLES).map((role) => [role, median(measured.map((count) => count[role as CpuRole]))])) as CpuByRole;
}

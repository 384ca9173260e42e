// Contiguous groups of units of similar population, grown from seeds spread apart: the
// home territories of the demo facilitators.
import type { Random } from "./prng.ts";
import type { DemoUnit } from "./territory-units.ts";

/** Hops from the nearest seed through `members`, Infinity where no seed is reachable. */
function hopsFrom(units: readonly DemoUnit[], members: ReadonlySet<number>, seeds: readonly number[]): Map<number, number> {
  const hops = new Map<number, number>(seeds.map((s) => [s, 0]));
  let frontier = [...seeds];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const u of frontier) {
      for (const n of units[u]!.neighbours) {
        if (!members.has(n) || hops.has(n)) continue;
        hops.set(n, hops.get(u)! + 1);
        next.push(n);
      }
    }
    frontier = next;
  }
  return hops;
}

/**
 * Seeds spread over `members`: the most populous unit first, then each time the unit that
 * is far (in hops) from the seeds so far and populous, with some jitter.
 */
function chooseSeeds(units: readonly DemoUnit[], members: readonly number[], count: number, random: Random): number[] {
  const memberSet = new Set(members);
  const seeds = [members.reduce((best, u) => (units[u]!.population > units[best]!.population ? u : best), members[0]!)];
  while (seeds.length < Math.min(count, members.length)) {
    const hops = hopsFrom(units, memberSet, seeds);
    const reachable = [...hops.values()].reduce((max, h) => Math.max(max, h), 0);
    let best = -1;
    let bestScore = -1;
    for (const u of members) {
      if (seeds.includes(u)) continue;
      const distance = hops.get(u) ?? reachable + 1;
      const score = distance * Math.sqrt(units[u]!.population + 1) * random.between(0.7, 1.3);
      if (score > bestScore) {
        best = u;
        bestScore = score;
      }
    }
    seeds.push(best);
  }
  return seeds;
}

/**
 * Splits `members` (unit indices) into `count` groups: each group grows from its seed by
 * taking a neighbouring unit, the least populous group first. Units no seed reaches join
 * the least populous group of their département.
 */
export function growClusters(units: readonly DemoUnit[], members: readonly number[], count: number, random: Random): number[][] {
  if (members.length === 0 || count <= 0) return [];
  const seeds = chooseSeeds(units, members, count, random);
  const memberSet = new Set(members);
  const owner = new Map<number, number>(seeds.map((s, i) => [s, i]));
  const groups = seeds.map((s) => [s]);
  const population = seeds.map((s) => units[s]!.population);
  const blocked = new Set<number>();
  while (blocked.size < groups.length) {
    let g = -1;
    for (let i = 0; i < groups.length; i++) if (!blocked.has(i) && (g < 0 || population[i]! < population[g]!)) g = i;
    const candidates = groups[g]!.flatMap((u) => units[u]!.neighbours).filter((n) => memberSet.has(n) && !owner.has(n));
    if (candidates.length === 0) {
      blocked.add(g);
      continue;
    }
    const chosen = random.pick([...new Set(candidates)].sort((a, b) => a - b));
    owner.set(chosen, g);
    groups[g]!.push(chosen);
    population[g]! += units[chosen]!.population;
  }
  for (const u of members) {
    if (owner.has(u)) continue;
    const sameDepartement = groups.map((_, i) => i).filter((i) => groups[i]!.some((v) => units[v]!.departement === units[u]!.departement));
    const pool = sameDepartement.length > 0 ? sameDepartement : groups.map((_, i) => i);
    const g = pool.reduce((best, i) => (population[i]! < population[best]! ? i : best), pool[0]!);
    owner.set(u, g);
    groups[g]!.push(u);
    population[g]! += units[u]!.population;
  }
  return groups;
}

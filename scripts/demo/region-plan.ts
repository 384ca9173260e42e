// The demo's map of one région: which rural units stay without facilitator, and the home
// territory of each post (a contiguous group of units, or a share of a large city), plus a
// few overlaps and extensions limitrophes.
import { growClusters } from "./clusters.ts";
import type { Random } from "./prng.ts";
import type { DemoUnit } from "./territory-units.ts";

/** Share of a région's communes left without facilitator: drawn in this range per région. */
const UNCOVERED_SHARE: [number, number] = [0.08, 0.2];
/** Chance that a post's perimeter also takes a neighbouring unit of another post (an overlap). */
const OVERLAP_CHANCE = 0.07;
/** Chance that a post next to uncovered units stretches over one (extension limitrophe). */
const EXTENSION_CHANCE = 0.15;
/** A commune holding more than this many posts' worth of population is shared by several posts (at most 6). */
const SHARED_CITY_FACTOR = 1.5;

export interface PostPlan {
  /** Units of the home territory. */
  home: number[];
  extension: number[];
  /** Posts sharing one home territory are numbered 0…k-1, next to each other; otherwise 0. */
  shareRank: number;
  /** Habitants this post serves (a shared city's population divided among its posts). */
  population: number;
}

interface RegionPlan {
  posts: PostPlan[];
  uncovered: Set<number>;
}

/** Rural blobs of units left uncovered: low-density EPCI and their low-density neighbours. */
function chooseUncovered(units: readonly DemoUnit[], members: readonly number[], random: Random): Set<number> {
  const communeCount = members.reduce((sum, u) => sum + units[u]!.communes.length, 0);
  const target = communeCount * random.between(...UNCOVERED_SHARE);
  const density = (u: number) => units[u]!.population / Math.max(units[u]!.areaKm2, 0.01);
  const epci = members.filter((u) => units[u]!.zone.niveau === "epci").sort((a, b) => density(a) - density(b) || a - b);
  const rural = new Set(epci.slice(0, Math.ceil(epci.length / 2)));
  const uncovered = new Set<number>();
  let count = 0;
  const take = (u: number) => {
    if (uncovered.has(u) || count + units[u]!.communes.length > target * 1.3) return false;
    uncovered.add(u);
    count += units[u]!.communes.length;
    return true;
  };
  const pool = [...rural];
  while (count < target && pool.length > 0) {
    const seed = pool.splice(random.integer(pool.length), 1)[0]!;
    if (!take(seed)) continue;
    for (const n of units[seed]!.neighbours) if (rural.has(n) && random.chance(0.5)) take(n);
  }
  return uncovered;
}

/** Plans `postCount` posts over the région's units (`members`). */
export function planRegion(units: readonly DemoUnit[], members: readonly number[], postCount: number, random: Random): RegionPlan {
  const uncovered = chooseUncovered(units, members, random);
  const covered = members.filter((u) => !uncovered.has(u));
  const perPost = covered.reduce((sum, u) => sum + units[u]!.population, 0) / postCount;
  const posts: PostPlan[] = [];
  const cities = covered.filter((u) => units[u]!.zone.niveau === "commune" && units[u]!.population > SHARED_CITY_FACTOR * perPost);
  let left = postCount;
  for (const city of cities) {
    const share = Math.min(6, Math.max(2, Math.round(units[city]!.population / perPost)), left - 1);
    for (let rank = 0; rank < share; rank++) posts.push({ home: [city], extension: [], shareRank: rank, population: units[city]!.population / share });
    left -= share;
  }
  const rest = covered.filter((u) => !posts.some((post) => post.home[0] === u));
  for (const group of growClusters(units, rest, left, random)) {
    posts.push({ home: group, extension: [], shareRank: 0, population: group.reduce((sum, u) => sum + units[u]!.population, 0) });
  }
  // Fewer units than posts (a few large EPCI): the most populous territories get a second post, right after the first.
  while (posts.length < postCount) {
    const p = posts.reduce((best, post, i) => (post.shareRank === 0 && post.population > posts[best]!.population ? i : best), 0);
    const first = posts[p]!;
    first.population /= 2;
    posts.splice(p + 1, 0, { home: [...first.home], extension: [], shareRank: 1, population: first.population });
  }
  const homeOf = new Map<number, number>();
  posts.forEach((post, p) => post.home.forEach((u) => homeOf.set(u, p)));
  const stretched = new Set<number>();
  posts.forEach((post, p) => {
    if (post.shareRank > 0) return;
    const around = [...new Set(post.home.flatMap((u) => units[u]!.neighbours))].sort((a, b) => a - b);
    const others = around.filter((n) => homeOf.has(n) && homeOf.get(n) !== p);
    if (others.length > 0 && random.chance(OVERLAP_CHANCE)) post.home.push(random.pick(others));
    const empty = around.filter((n) => uncovered.has(n) && !stretched.has(n));
    if (empty.length > 0 && random.chance(EXTENSION_CHANCE)) {
      const chosen = random.pick(empty);
      stretched.add(chosen);
      post.extension.push(chosen);
    }
  });
  return { posts, uncovered };
}

// The two scales of the bar charts: the values along a « nice » axis starting at 0, and one
// band per row. The same numbers as d3-scale's scaleLinear().nice() and scaleBand()
// (test/unit/ui/bar-scales.test.ts checks it), without its colour interpolation and number
// formats: the map's code shares d3-scale with the first view, and a chart module that
// imported it would bring those into the first view too.

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** The step between ticks of [start, stop] for about `count` ticks: a power of ten times 1, 2 or 5; negative for 1 / step (d3-array's tickIncrement). */
function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log(step) / Math.LN10);
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  return power >= 0 ? factor * Math.pow(10, power) : -Math.pow(10, -power) / factor;
}

/** Round values from 0 to `stop` (> 0), about `count` of them (d3-array's ticks). */
function ticksUpTo(stop: number, count: number): number[] {
  const step = tickIncrement(0, stop, count);
  if (step === 0 || !Number.isFinite(step)) return [];
  const ticks: number[] = [];
  if (step > 0) {
    let last = Math.round(stop / step);
    if (last * step > stop) last -= 1;
    for (let i = 0; i <= last; i += 1) ticks.push(i * step);
  } else {
    let last = Math.round(stop * -step);
    if (last / -step > stop) last -= 1;
    for (let i = 0; i <= last; i += 1) ticks.push(i / -step);
  }
  return ticks;
}

/** `maximum` (> 0) rounded up to the next round value of an axis from 0 (d3-scale's nice(), 10 ticks). */
function niceMaximum(maximum: number): number {
  let stop = maximum;
  let previous: number | undefined;
  for (let tries = 0; tries < 10; tries += 1) {
    const step = tickIncrement(0, stop, 10);
    if (step === previous) return stop;
    if (step > 0) stop = Math.ceil(stop / step) * step;
    else if (step < 0) stop = Math.floor(stop * step) / step;
    else return stop;
    previous = step;
  }
  return stop;
}

export interface ValueScale {
  /** The position of `value`, in drawing units. */
  (value: number): number;
  /** About `count` round values of the axis, from 0. */
  ticks(count: number): number[];
}

/** Values from 0 to `maximum` (> 0, made round) drawn from `from` to `to`. */
export function valueScale(maximum: number, [from, to]: readonly [number, number]): ValueScale {
  const stop = niceMaximum(maximum);
  const scale = (value: number) => {
    const t = value / stop;
    return from * (1 - t) + to * t;
  };
  return Object.assign(scale, { ticks: (count: number) => ticksUpTo(stop, count) });
}

export interface RowScale {
  /** The top of the row of `key`; undefined for a key not in the rows. */
  (key: string): number | undefined;
  /** The height of a row's bar. */
  bandwidth(): number;
}

/** One band per distinct key from `from` to `to`, `paddingInner` (share of a step) between them. */
export function rowScale(keys: readonly string[], [from, to]: readonly [number, number], paddingInner: number): RowScale {
  const rows = new Map<string, number>();
  for (const key of keys) if (!rows.has(key)) rows.set(key, rows.size);
  const count = rows.size;
  const step = (to - from) / Math.max(1, count - paddingInner);
  const start = from + (to - from - step * (count - paddingInner)) * 0.5;
  const scale = (key: string) => {
    const row = rows.get(key);
    return row === undefined ? undefined : start + step * row;
  };
  return Object.assign(scale, { bandwidth: () => step * (1 - paddingInner) });
}

import { scaleBand, scaleLinear } from "d3-scale";
import { useId } from "react";
import type { BarDatum } from "./chart-data.ts";

export interface BarChartProps {
  title: string;
  /** Said after the title to screen readers: what is measured, in what unit. */
  description: string;
  data: readonly BarDatum[];
  /** A vertical reference line, e.g. the threshold of the zone blanche 3. */
  threshold?: { value: number; label: string } | undefined;
  /** The same numbers as a table: in a disclosure (« details »), for screen readers only, or none. */
  table?: "details" | "sr-only" | "none";
  testId?: string;
  /** Width of the drawing, SVG units; it is scaled to its box. */
  width?: number;
  /** Header of the table's first column. */
  rowHeader?: string;
}

const ROW = 24;
const TOP = 8;
const BOTTOM = 22;
const VALUE_ROOM = 96;
const FONT_SIZE = 13;

/**
 * Horizontal bars with the label before and the value written after each bar (the numbers
 * are read as text, never from colour or length alone); an SVG image with a title and a
 * description, and the same figures in a table.
 */
export function BarChart({ title, description, data, threshold, table = "details", testId, width = 640, rowHeader = "Territoire" }: BarChartProps) {
  const id = useId();
  const longest = Math.max(0, ...data.map((d) => d.label.length));
  // Room for the labels: about 0.55 em per character, within 45 % of the width.
  const labelRoom = Math.min(width * 0.45, Math.max(80, longest * FONT_SIZE * 0.55 + 8));
  // Room above the bars for the threshold's label.
  const top = threshold ? TOP + 16 : TOP;
  const height = top + data.length * ROW + BOTTOM;
  const maximum = Math.max(threshold?.value ?? 0, ...data.map((d) => d.value ?? 0));
  const x = scaleLinear()
    .domain([0, maximum > 0 ? maximum : 1])
    .nice()
    .range([labelRoom, width - VALUE_ROOM]);
  const y = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([top, top + data.length * ROW])
    .paddingInner(0.25);
  const ticks = x.ticks(3);
  // « 200 k » rather than « 200 000 »: axis labels must not run into each other.
  const format = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2, notation: maximum >= 10_000 ? "compact" : "standard" });
  return (
    <figure className="bar-chart" data-testid={testId}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-titre ${id}-description`} fontSize={FONT_SIZE}>
        <title id={`${id}-titre`}>{title}</title>
        <desc id={`${id}-description`}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick} className="bar-chart__tick">
            <line x1={x(tick)} x2={x(tick)} y1={top} y2={height - BOTTOM + 4} />
            <text x={x(tick)} y={height - 6} textAnchor="middle">
              {format.format(tick)}
            </text>
          </g>
        ))}
        {data.map((d) => {
          const rowTop = y(d.key) ?? 0;
          const end = d.value === null ? x(0) : x(d.value);
          return (
            <g key={d.key} className={d.emphasis ? "bar-chart__row bar-chart__row--emphasis" : "bar-chart__row"} data-testid="barre" data-code={d.key} data-value={d.value ?? ""}>
              <text x={labelRoom - 6} y={rowTop + y.bandwidth() / 2} dominantBaseline="central" textAnchor="end" className="bar-chart__label">
                {d.label}
              </text>
              <rect x={x(0)} y={rowTop} width={Math.max(0, end - x(0))} height={y.bandwidth()} fill={d.colour ?? "#000091"} className="bar-chart__bar" />
              <text x={end + 6} y={rowTop + y.bandwidth() / 2} dominantBaseline="central" className="bar-chart__value">
                {d.valueText}
              </text>
            </g>
          );
        })}
        {threshold && (
          <g className="bar-chart__threshold">
            <line x1={x(threshold.value)} x2={x(threshold.value)} y1={top - 6} y2={height - BOTTOM + 4} />
            <text x={x(threshold.value)} y={top - 9} textAnchor="middle">
              {threshold.label}
            </text>
          </g>
        )}
      </svg>
      <figcaption className="fr-text--sm bar-chart__caption">{title}</figcaption>
      {table !== "none" && <ChartTable title={title} data={data} hidden={table === "sr-only"} rowHeader={rowHeader} />}
    </figure>
  );
}

function ChartTable({ title, data, hidden, rowHeader }: { title: string; data: readonly BarDatum[]; hidden: boolean; rowHeader: string }) {
  const body = (
    // Not a DSFR table when read by screen readers only: DSFR would make it a scrolling box, unreachable by keyboard (axe scrollable-region-focusable).
    <div className={hidden ? undefined : "fr-table fr-table--sm fr-table--no-caption"}>
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col">Valeur</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              <td>{d.valueText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (hidden) return <div className="fr-sr-only">{body}</div>;
  return (
    <details className="bar-chart__table">
      <summary>Voir les valeurs en tableau</summary>
      {body}
    </details>
  );
}

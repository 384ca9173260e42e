// A list beside the map: sortable columns, a filter, pages of rows, the count, and the
// same rows (filtered and sorted as shown) exported as CSV or XLSX.
import { useId, useMemo, useState, type ReactNode } from "react";
import type { TableData, TableValue } from "../../io/table-file.ts";
import { formatInteger } from "../format.ts";
import { downloadTable } from "./table-download.ts";

export interface Column<Row> {
  id: string;
  label: string;
  /** The value exported, sorted on and searched by the filter. */
  value(row: Row): TableValue;
  /** What the cell shows, when not the value as text. */
  render?(row: Row): ReactNode;
  numeric?: boolean;
}

export interface DataTableProps<Row> {
  /** Caption and file title (« Communes en zone blanche — Bourgogne-Franche-Comté »). */
  title: string;
  /** Base of the exported file's name. */
  fileName: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** Rows per page. */
  pageSize?: number;
  /** What an empty table says. */
  empty?: string;
  testId?: string;
}

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
const normalized = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

function compare(a: TableValue, b: TableValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

export function DataTable<Row>({ title, fileName, columns, rows, rowKey, pageSize = 50, empty = "Aucune ligne.", testId }: DataTableProps<Row>) {
  const id = useId();
  const [filter, setFilter] = useState("");
  const [sort, setSort] = useState<{ column: string; descending: boolean } | null>(null);
  const [page, setPage] = useState(0);
  const [message, setMessage] = useState("");

  const shown = useMemo(() => {
    const words = normalized(filter.trim()).split(/\s+/).filter(Boolean);
    const kept = words.length === 0 ? [...rows] : rows.filter((row) => {
      const text = normalized(columns.map((column) => String(column.value(row) ?? "")).join(" "));
      return words.every((word) => text.includes(word));
    });
    const column = sort && columns.find((item) => item.id === sort.column);
    if (column) kept.sort((a, b) => (sort.descending ? -1 : 1) * compare(column.value(a), column.value(b)));
    return kept;
  }, [rows, columns, filter, sort]);
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pages - 1);
  const visible = shown.slice(current * pageSize, (current + 1) * pageSize);

  const exportAs = async (format: "csv" | "xlsx") => {
    const table: TableData = { title, headers: columns.map((column) => column.label), rows: shown.map((row) => columns.map((column) => column.value(row))) };
    try {
      const name = await downloadTable(table, fileName, format);
      setMessage(`Fichier « ${name} » téléchargé : ${formatInteger(shown.length)} ligne(s).`);
    } catch (error) {
      setMessage(`L'export a échoué : ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="data-table" data-testid={testId}>
      <div className="data-table__tools">
        <div className="fr-input-group fr-mb-0">
          <label className="fr-label fr-text--sm" htmlFor={`${id}-filtre`}>
            Filtrer
          </label>
          <input
            id={`${id}-filtre`}
            className="fr-input"
            type="search"
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value);
              setPage(0);
            }}
          />
        </div>
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mb-0">
          <li>
            <button type="button" className="fr-btn fr-btn--tertiary" disabled={shown.length === 0} onClick={() => void exportAs("csv")}>
              Exporter en CSV<span className="fr-sr-only"> : {title}</span>
            </button>
          </li>
          <li>
            <button type="button" className="fr-btn fr-btn--tertiary" disabled={shown.length === 0} onClick={() => void exportAs("xlsx")}>
              Exporter en XLSX<span className="fr-sr-only"> : {title}</span>
            </button>
          </li>
        </ul>
      </div>
      <p className="fr-text--xs fr-mb-1v" role="status">
        {message || `${formatInteger(shown.length)} ligne${shown.length > 1 ? "s" : ""}${shown.length !== rows.length ? ` sur ${formatInteger(rows.length)}` : ""}`}
      </p>
      <div className="fr-table fr-table--sm fr-table--no-caption data-table__scroll">
        {/* Focusable: the table scrolls inside the panel (keyboard access). */}
        <table tabIndex={0}>
          <caption>{title}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const sorted = sort?.column === column.id;
                return (
                  <th key={column.id} scope="col" aria-sort={sorted ? (sort.descending ? "descending" : "ascending") : undefined} className={column.numeric ? "data-table__numeric" : undefined}>
                    <button type="button" className="data-table__sort" onClick={() => setSort({ column: column.id, descending: sorted ? !sort.descending : Boolean(column.numeric) })}>
                      {column.label}
                      <span aria-hidden="true">{sorted ? (sort.descending ? " ▼" : " ▲") : ""}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.length === 0 && (
              <tr>
                <td colSpan={columns.length}>{rows.length === 0 ? empty : "Aucune ligne ne correspond au filtre."}</td>
              </tr>
            )}
            {visible.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => {
                  const value = column.value(row);
                  return (
                    <td key={column.id} className={column.numeric ? "data-table__numeric" : undefined}>
                      {column.render ? column.render(row) : typeof value === "number" ? formatInteger(value) : value}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="data-table__pages" aria-label={`Pages : ${title}`}>
          <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Précédente
          </button>
          <span className="fr-text--sm">
            Page {current + 1} sur {pages}
          </span>
          <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Suivante
          </button>
        </nav>
      )}
    </div>
  );
}

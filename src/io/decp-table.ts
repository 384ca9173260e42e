/**
 * The consolidated DECP tables (CSV, `;`, `,` or tab), one row per contract, holder and
 * state (decp.info, data.economie.gouv.fr): columns found by name (`acheteur_id`,
 * `acheteur.id` or « Acheteur ID » alike), read as a stream: text goes in by chunks, each
 * row comes out as a cleaned record. Rows of concessions are counted and skipped. Never
 * throws: problems are reported, located by line, column and value.
 */
import { withoutFormulaGuard } from "./csv-writer.ts";
import { buildRecord, isConcessionNature, type DecpCounts, type DecpField, type DecpSink, type RawFields } from "./decp-fields.ts";
import type { DecpStreamReader } from "./decp-json.ts";
import type { ProblemSeverity } from "./importer.ts";

/** Header names each field is found by, normalized (lower case, no accents, no `_`, `.`, spaces). */
const ALIASES: Record<DecpField, readonly string[]> = {
  acheteurId: ["acheteurid", "acheteursiret", "siretacheteur", "idacheteur"],
  acheteurNom: ["acheteurnom", "nomacheteur", "acheteurraisonsociale"],
  acheteurCommune: ["acheteurcommunecode", "acheteurcodecommune", "codecommuneacheteur"],
  id: ["id", "idmarche", "identifiantmarche", "identifiant"],
  montant: ["montant", "montantht"],
  dateNotification: ["datenotification"],
  datePublication: ["datepublicationdonnees", "datepublication"],
  codeCPV: ["codecpv", "cpv"],
  lieuCode: ["lieuexecutioncode", "codelieuexecution"],
  lieuType: ["lieuexecutiontypecode", "lieuexecutiontype", "typecodelieuexecution"],
  considerationsSociales: ["considerationssociales", "considerationsociale"],
  etat: ["modificationid", "idmodification"],
  actuel: ["donneesactuelles", "donneesactuelle"],
  nature: ["nature"],
};

/** Columns without which no contract can be told apart or counted. */
const REQUIRED: readonly [DecpField, string][] = [
  ["acheteurId", "acheteur_id"],
  ["id", "id"],
  ["montant", "montant"],
  ["dateNotification", "dateNotification"],
];

export const normalizeHeader = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/** The separator of a header line: the most frequent of `;`, `,` and tab outside quotes (`;` on a tie). */
function separatorOf(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, "");
  let best = ";";
  let bestCount = 0;
  for (const separator of [";", ",", "\t"]) {
    const count = unquoted.split(separator).length - 1;
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}

/** Field → column, from the header; `uid` stands in for a missing `id`. */
export function mapDecpColumns(header: readonly string[]): Partial<Record<DecpField, number>> {
  const normalized = header.map(normalizeHeader);
  const columns: Partial<Record<DecpField, number>> = {};
  for (const [name, aliases] of Object.entries(ALIASES) as [DecpField, readonly string[]][]) {
    const k = normalized.findIndex((column) => aliases.includes(column));
    if (k >= 0) columns[name] = k;
  }
  if (columns.id === undefined) {
    const uid = normalized.indexOf("uid");
    if (uid >= 0) columns.id = uid;
  }
  return columns;
}

/** True when a header names the columns of a DECP table (buyer, id and amount at least). */
export function looksLikeDecpHeader(header: readonly string[]): boolean {
  const columns = mapDecpColumns(header);
  return columns.acheteurId !== undefined && columns.id !== undefined && columns.montant !== undefined && (columns.dateNotification !== undefined || columns.lieuCode !== undefined);
}

/** Splits one line holding no quote. */
const splitPlain = (line: string, separator: string) => line.split(separator);

/**
 * Reads one record from `text` at `start`, quotes honoured (separators and line ends
 * inside quotes, doubled quotes); `undefined` when the text ends inside quotes (more is
 * needed). Returns the cells, where the record ends (after its line end) and the line
 * ends it spans.
 */
function readQuoted(text: string, start: number, separator: string, final: boolean): { cells: string[]; next: number; lines: number } | undefined {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  let lines = 0;
  let i = start;
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n") lines++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (char === separator) {
      cells.push(cell);
      cell = "";
    } else if (char === "\n") {
      cells.push(cell.endsWith("\r") ? cell.slice(0, -1) : cell);
      return { cells, next: i + 1, lines: lines + 1 };
    } else cell += char;
  }
  if (quoted || !final) return undefined;
  cells.push(cell.endsWith("\r") ? cell.slice(0, -1) : cell);
  return { cells, next: i, lines };
}

/** A streaming reader of a consolidated DECP table for `file`; records and problems go to `sink`. */
export function createDecpTableReader(file: string, sink: DecpSink): DecpStreamReader {
  const counts: DecpCounts = { rows: 0, concessions: 0, errors: 0, warnings: 0 };
  const report = (severity: ProblemSeverity, message: string, at: { line?: number; column?: string; value?: string }) => {
    if (severity === "error") counts.errors++;
    else counts.warnings++;
    sink.problem({ file, ...at, message, severity });
  };
  let buffer = "";
  let line = 1;
  let header: string[] | null = null;
  let columns: Partial<Record<DecpField, number>> = {};
  let separator = ";";
  let refused = false;

  const readHeader = (cells: string[], at: number) => {
    header = cells.map((cell) => cell.replace(/^\uFEFF/, "").trim());
    columns = mapDecpColumns(header);
    const missing = REQUIRED.filter(([name]) => columns[name] === undefined).map(([, label]) => `« ${label} »`);
    if (missing.length > 0) {
      refused = true;
      report("error", `colonne(s) ${missing.join(", ")} absente(s) : ce tableau n'est pas un fichier consolidé des données essentielles de la commande publique (DECP)`, { line: at, value: header.join(separator).slice(0, 200) });
    } else if (columns.lieuCode === undefined) {
      report("warning", "colonne « lieuExecution_code » absente : aucun marché ne pourra être localisé", { line: at });
    }
  };

  const readRow = (cells: string[], at: number) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    if (header === null) {
      readHeader(cells, at);
      return;
    }
    if (refused) return;
    const raw: RawFields = {};
    for (const name in columns) {
      const k = columns[name as DecpField]!;
      const cell = cells[k];
      if (cell !== undefined) raw[name as DecpField] = withoutFormulaGuard(cell);
    }
    if (isConcessionNature(raw.nature)) {
      counts.concessions++;
      return;
    }
    counts.rows++;
    sink.record(
      buildRecord(raw, { line: at }, (name, value, message, severity = "warning") => report(severity, message, { line: at, column: header![columns[name] ?? -1] ?? name, value })),
    );
  };

  /** Reads every complete record of the buffer; keeps the rest. */
  const drain = (final: boolean) => {
    let start = 0;
    // The next quote of the buffer (-1: none left), found once per drain rather than once per row.
    let quote = buffer.indexOf('"');
    while (start < buffer.length) {
      const end = buffer.indexOf("\n", start);
      if (end < 0 && !final) break;
      const stop = end < 0 ? buffer.length : end;
      if (quote !== -1 && quote < start) quote = buffer.indexOf('"', start);
      if (header !== null && (quote === -1 || quote > stop)) {
        const text = buffer.charCodeAt(stop - 1) === 13 ? buffer.slice(start, stop - 1) : buffer.slice(start, stop);
        readRow(splitPlain(text, separator), line);
        line++;
        start = stop + 1;
        continue;
      }
      if (header === null) separator = separatorOf(buffer.slice(start, stop));
      const record = readQuoted(buffer, start, separator, final);
      if (!record) {
        if (final) {
          report("error", "guillemet ouvert jamais refermé : le champ court jusqu'à la fin du fichier", { line });
          start = buffer.length;
        }
        break;
      }
      readRow(record.cells, line);
      line += record.lines;
      start = record.next;
    }
    buffer = buffer.slice(start);
  };

  return {
    push(text) {
      buffer += text;
      drain(false);
    },
    end() {
      drain(true);
      if (header === null) report("error", "fichier vide : aucune ligne d'en-tête", {});
      return counts;
    },
  };
}

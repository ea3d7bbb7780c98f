/**
 * A program director's roster, read from certificate PDFs: one row per file with what the certificate certifies,
 * whether it is intact, and whether it meets an assignment. Rows go out as CSV that spreadsheets open safely.
 * Reading PDFs is in read.ts (it brings pdf-lib, so it loads only when files are chosen).
 */
import Papa from 'papaparse';

export type RosterStatus = 'intact' | 'altered' | 'unreadable';

export interface RosterRow {
  file: string;
  status: RosterStatus;
  /** Why the row is altered or unreadable ('' when intact). */
  reason: string;
  name: string;
  credentials: string;
  completedOn: string;
  scorePercent: number | null;
  /** Per-theme points of the certified attempt, when the certificate carries them. */
  byTheme: { title: string; earned: number; possible: number }[];
  activeMinutes: number | null;
  activityTitle: string;
  certificateId: string;
  /** Against the chosen assignment: met, or the missing items; null without one (or for an unreadable file). */
  assignment: { met: boolean; missing: string[]; late: boolean } | null;
}

/** The roster's columns, in order, as the CSV heads them. */
export const ROSTER_COLUMNS = [
  'File',
  'Name',
  'Credentials',
  'Completed on',
  'Score (%)',
  'Scores by theme',
  'Active time (minutes)',
  'Verification',
  'Reason',
  'Certificate ID',
  'Meets the assignment',
] as const;

const points = (value: number) => Math.round(value * 100) / 100;

/** A row as the table and the CSV show it, column by column. */
export function rosterCells(row: RosterRow, labels: { yes: string; no: string; late: string }): string[] {
  return [
    row.file,
    row.name,
    row.credentials,
    row.completedOn,
    row.scorePercent === null ? '' : String(row.scorePercent),
    row.byTheme.map((theme) => `${theme.title} ${points(theme.earned)}/${theme.possible}`).join('; '),
    row.activeMinutes === null ? '' : String(row.activeMinutes),
    row.status,
    row.reason,
    row.certificateId,
    row.assignment === null
      ? ''
      : row.assignment.met
        ? row.assignment.late
          ? labels.late
          : labels.yes
        : `${labels.no}: ${row.assignment.missing.join(', ')}`,
  ];
}

/**
 * The roster as CSV: RFC 4180 (CRLF line ends, fields with commas, quotes or line breaks quoted), UTF-8 with a
 * byte-order mark so spreadsheets read accented names correctly, and any cell starting with `=`, `+`, `-`, `@`, tab
 * or carriage return prefixed with `'` so a spreadsheet shows it instead of running it as a formula.
 */
export function rosterCsv(rows: readonly RosterRow[], labels: { yes: string; no: string; late: string }): string {
  // Neutralised here rather than with papaparse's `escapeFormulae`, whose test misses a cell with a line break.
  const safe = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
  const csv = Papa.unparse(
    { fields: [...ROSTER_COLUMNS], data: rows.map((row) => rosterCells(row, labels).map(safe)) },
    { newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
}

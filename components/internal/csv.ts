/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark so Excel reads it as
 * UTF-8, CRLF line ends, and every cell that a spreadsheet would run as a
 * formula (starting with =, +, -, @, a tab or a carriage return) neutralised
 * with a leading apostrophe, as OWASP advises against CSV injection. A
 * number stays as it is: -5 is minus five to a spreadsheet, never a formula,
 * and an apostrophe would make it text.
 */
import { offerDownload } from './download.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted when it must be and neutralised when it could be a formula. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  const readAsNumber = typeof value === 'number' && Number.isFinite(value);
  if (!readAsNumber && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file, byte-order mark first. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Offers `csv` as a download named `filename`. */
export function downloadCsv(filename: string, csv: string): void {
  offerDownload(filename, csv, 'text/csv;charset=utf-8');
}

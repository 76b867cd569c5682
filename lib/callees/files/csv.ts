/** CSV/TSV text → rows, with papaparse: quoted fields, embedded newlines, "," ";" tab or "|" delimiters. */
import Papa from "papaparse";
import { decodeText } from "./sniff";
import { type FileLimits, type FileResult, fail, type LoadedTable } from "./types";

export function parseCsv(bytes: Uint8Array, limits: FileLimits): FileResult<LoadedTable> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded.value;
  if (text.trim() === "") return fail("empty_file");
  // Guess the delimiter on the first non-blank rows: papaparse's guess counts blank lines (a trailing newline in a
  // two-row file is enough to miss a tab), but the real parse must keep them for the row numbers.
  const guess = Papa.parse<string[]>(text, {
    delimitersToGuess: [",", ";", "\t", "|"],
    skipEmptyLines: "greedy",
    preview: 50,
  });
  const parsed = Papa.parse<string[]>(text, {
    // A one-column file (no delimiter at all) is fine and reported as ",".
    delimiter: guess.meta.delimiter || ",",
    // Keep blank lines, so record i stays row i + 1 as a spreadsheet app numbers it.
    skipEmptyLines: false,
    // One row past the cap tells "too many" without parsing the rest.
    preview: limits.maxRows + 1,
  });
  const rows = parsed.data;
  // A trailing newline yields one last empty record; it is not a row.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === "") rows.pop();
  if (rows.length > limits.maxRows) return fail("too_many_rows", `more than ${limits.maxRows}`);
  return {
    ok: true,
    value: { format: "csv", sheets: [{ name: "CSV", rows }], encoding, delimiter: parsed.meta.delimiter },
  };
}

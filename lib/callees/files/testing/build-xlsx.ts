/**
 * Builds small .xlsx files in tests (a zip of SpreadsheetML parts, via fflate), so the tests need no binary
 * fixtures and can also build broken and hostile variants.
 */
import { type Zippable, zipSync } from "fflate";

export type FixtureCell = string | number | null;
export interface FixtureSheet {
  name: string;
  /** Rows in order; `{ row, cells }` places a row at an explicit 1-based row number (leaving gaps). */
  rows: Array<FixtureCell[] | { row: number; cells: FixtureCell[] }>;
}

const enc = new TextEncoder();
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const column = (i: number) => String.fromCharCode(65 + i);

function sheetXml(sheet: FixtureSheet, strings: string[]): string {
  let next = 1;
  const rows = sheet.rows.map((spec) => {
    const { row, cells } = Array.isArray(spec) ? { row: next, cells: spec } : spec;
    next = row + 1;
    const cellXml = cells
      .map((value, i) => {
        const ref = `${column(i)}${row}`;
        if (value === null) return "";
        if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
        strings.push(value);
        return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
      })
      .join("");
    return `<row r="${row}">${cellXml}</row>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

/** The parts of a workbook, before zipping (tests tamper with them). */
export function xlsxParts(sheets: FixtureSheet[]): Record<string, string> {
  const strings: string[] = [];
  const parts: Record<string, string> = {};
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet, strings);
  });
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  parts["[Content_Types].xml"] =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join("") +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>';
  parts["_rels/.rels"] =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} xmlns:r="${rel}"><sheets>` +
    sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    "</sheets></workbook>";
  parts["xl/_rels/workbook.xml.rels"] =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("") +
    `<Relationship Id="rId${sheets.length + 1}" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  parts["xl/sharedStrings.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("") +
    "</sst>";
  return parts;
}

/** Zips parts into an .xlsx ArrayBuffer. */
export function zipParts(parts: Record<string, string | Uint8Array>): ArrayBuffer {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(parts))
    files[name] = typeof content === "string" ? enc.encode(content) : content;
  const bytes = zipSync(files, { level: 6 });
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function buildXlsx(sheets: FixtureSheet[]): ArrayBuffer {
  return zipParts(xlsxParts(sheets));
}

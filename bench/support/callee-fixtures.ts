/**
 * Generated callee lists for the benchmark: a realistic mix of how supervisors' lists look (E.164, national
 * mobiles, landlines with area codes, dashes, spaces, brackets, dots, "00" prefixes, full-width digits, quotes,
 * a BOM), ~5% invalid entries and ~10% duplicates written in another format. Seeded, so every run is identical.
 */
import { digits, pick, type Random, seededRandom } from "./seeded-random";

const MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "147", "150", "151"]
  .concat(["152", "153", "155", "156", "157", "158", "159", "166", "175", "176", "177", "178", "180", "181", "182"])
  .concat(["183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]);
/** Area codes with their subscriber-number lengths (Beijing/Shanghai 8 digits, Shenzhen 8, smaller cities 7–8). */
const AREAS: ReadonlyArray<readonly [string, number]> = [
  ["10", 8],
  ["20", 8],
  ["21", 8],
  ["22", 8],
  ["23", 8],
  ["24", 8],
  ["25", 8],
  ["27", 8],
  ["28", 8],
  ["29", 8],
  ["755", 8],
  ["571", 8],
  ["512", 8],
  ["591", 8],
  ["731", 8],
  ["851", 8],
];
const INVALID = ["12345", "N/A", "unknown", "1234567890123456789", "—", "+999 1234 5678", "1301234abcd", "0"];

const toFullWidth = (s: string) => s.replace(/[0-9+]/g, (d) => (d === "+" ? "＋" : String.fromCharCode(0xff10 + +d)));

function formatMobile(random: Random, m: string): string {
  const r = random();
  if (r < 0.3) return `+86${m}`;
  if (r < 0.6) return m;
  if (r < 0.68) return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
  if (r < 0.76) return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
  if (r < 0.82) return `0086 ${m}`;
  if (r < 0.86) return toFullWidth(m);
  if (r < 0.9) return `"${m}"`;
  if (r < 0.95) return `(+86) ${m}`;
  return `${m.slice(0, 3)}.${m.slice(3, 7)}.${m.slice(7)}`;
}

function formatLandline(random: Random, area: string, local: string): string {
  const r = random();
  if (r < 0.3) return `0${area}-${local}`;
  if (r < 0.5) return `0${area} ${local.slice(0, 4)} ${local.slice(4)}`;
  if (r < 0.65) return `(0${area}) ${local}`;
  if (r < 0.8) return `+86 ${area} ${local}`;
  if (r < 0.9) return `0${area}${local}`;
  return `00 86 ${area} ${local}`;
}

function freshEntry(random: Random): { text: string; key: string } {
  const r = random();
  if (r < 0.75) {
    const m = pick(random, MOBILE_PREFIXES) + digits(random, 8);
    return { text: formatMobile(random, m), key: `m${m}` };
  }
  const [area, length] = pick(random, AREAS);
  // Subscriber numbers do not start with 0 or 1.
  const local = String(2 + Math.floor(random() * 8)) + digits(random, length - 1);
  return { text: formatLandline(random, area, local), key: `l${area}/${local}` };
}

/** `count` lines joined with "\n", starting with a BOM like a file saved by Excel. */
export function generateCalleeText(count: number, seed = 20_260_101): string {
  const random = seededRandom(seed);
  const lines: string[] = new Array(count);
  const previous: Array<{ text: string; key: string }> = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.05) {
      lines[i] = pick(random, INVALID);
    } else if (r < 0.15 && previous.length > 0) {
      // A duplicate, usually written in another format than its first occurrence.
      const earlier = pick(random, previous);
      lines[i] = earlier.key.startsWith("m") ? formatMobile(random, earlier.key.slice(1)) : earlier.text;
    } else {
      const entry = freshEntry(random);
      lines[i] = entry.text;
      if (previous.length < 50_000) previous.push(entry);
      else previous[Math.floor(random() * previous.length)] = entry;
    }
  }
  return `\uFEFF${lines.join("\n")}`;
}

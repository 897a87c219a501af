import * as chrono from "chrono-node";

/** Dates as the documents write them: "3 July 2025", "4 to 6 July 2023", "12–21 May 2026", "June 2024". */
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const DASH = "\\s*(?:-|–|—|to|until|through|and)\\s*";

export interface DateRange {
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the text is that precise. */
  start: string;
  end?: string;
  /** Index in the text and the exact words. */
  index: number;
  text: string;
}

export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");
export const isoDate = (y: number, m: number, d?: number) => (d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`);

function valid(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const PATTERNS: Array<{ re: RegExp; build: (m: RegExpExecArray) => { start: string; end?: string } | undefined }> = [
  // 28 June to 2 July 2023 / 28 June - 2 July 2023
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}${DASH}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "gi"),
    build: (m) => range(+m[5]!, monthNumber(m[2]!), +m[1]!, monthNumber(m[4]!), +m[3]!),
  },
  // 4 to 6 July 2023 / 12–21 May 2026 / 12-16 December 2022
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?${DASH}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "gi"),
    build: (m) => range(+m[4]!, monthNumber(m[3]!), +m[1]!, monthNumber(m[3]!), +m[2]!),
  },
  // 3 July 2025
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, "gi"),
    build: (m) => single(+m[3]!, monthNumber(m[2]!), +m[1]!),
  },
  // July 4-6, 2023
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?${DASH}(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi"),
    build: (m) => range(+m[4]!, monthNumber(m[1]!), +m[2]!, monthNumber(m[1]!), +m[3]!),
  },
  // July 4, 2023
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi"),
    build: (m) => single(+m[3]!, monthNumber(m[1]!), +m[2]!),
  },
  // 2023-07-04 (to 2023-07-06)
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})(?:\s*(?:–|—|to|\/|-)\s*(\d{4})-(\d{2})-(\d{2}))?\b/g,
    build: (m) => (m[4] ? range(+m[1]!, +m[2]!, +m[3]!, +m[5]!, +m[6]!, +m[4]!) : single(+m[1]!, +m[2]!, +m[3]!)),
  },
  // the first quarter (of) 2023, Q1 2023: the quarter's last month (the seed's convention for quarters)
  {
    re: /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?|Q([1-4]))\s+(\d{4})\b/gi,
    build: (m) => {
      const q = m[2] ? Number(m[2]) : ["first", "second", "third", "fourth"].indexOf(m[1]!.toLowerCase().replace(/^1st$/, "first").replace(/^2nd$/, "second").replace(/^3rd$/, "third").replace(/^4th$/, "fourth")) + 1;
      return { start: isoDate(+m[3]!, q * 3) };
    },
  },
  // December 2022 to June 2024 (a period of months)
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{4})${DASH}${MONTH}\\s+(\\d{4})\\b`, "gi"),
    build: (m) => ({ start: isoDate(+m[2]!, monthNumber(m[1]!)), end: isoDate(+m[4]!, monthNumber(m[3]!)) }),
  },
  // June 2024 (a month)
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, "gi"),
    build: (m) => ({ start: isoDate(+m[2]!, monthNumber(m[1]!)) }),
  },
];

function single(y: number, m: number, d: number) {
  return m > 0 && valid(y, m, d) ? { start: isoDate(y, m, d) } : undefined;
}

function range(y: number, m1: number, d1: number, m2: number, d2: number, y2 = y) {
  if (m1 <= 0 || m2 <= 0 || !valid(y, m1, d1) || !valid(y2, m2, d2)) return undefined;
  // "28 December to 3 January 2024": the start is in the year before.
  const startYear = m1 > m2 && y2 === y ? y - 1 : y;
  const start = isoDate(startYear, m1, d1);
  const end = isoDate(y2, m2, d2);
  return start <= end ? { start, end } : undefined;
}

/** Every date or date range in the text, longest forms first, non-overlapping, in text order. */
export function findDates(text: string): DateRange[] {
  const found: DateRange[] = [];
  const taken: Array<[number, number]> = [];
  for (const { re, build } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const from = m.index;
      const to = from + m[0].length;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      const value = build(m);
      if (!value) continue;
      taken.push([from, to]);
      found.push({ ...value, index: from, text: m[0] });
    }
  }
  if (found.length === 0) {
    // Other wordings ("the 4th of July, 2023", "Thursday 9/10/2025"): chrono, with a full date only.
    for (const r of chrono.en.GB.parse(text)) {
      // "last week", "tomorrow", "the day after": chrono reads them against today's clock, not the
      // document; a date the text gives holds a number.
      if (!/\d/.test(r.text)) continue;
      const s = r.start;
      if (!s.isCertain("year") || !s.isCertain("month") || !s.isCertain("day")) continue;
      const start = isoDate(s.get("year")!, s.get("month")!, s.get("day")!);
      const e = r.end;
      const end = e && e.isCertain("day") ? isoDate(e.get("year")!, e.get("month")!, e.get("day")!) : undefined;
      found.push({ start, ...(end && end >= start ? { end } : {}), index: r.index, text: r.text });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export interface TimeRange {
  start: string;
  end?: string;
  timezone?: string;
  index: number;
  text: string;
}

const ZONE_WORDS: Record<string, string> = {
  geneva: "Europe/Zurich", zurich: "Europe/Zurich", cet: "Europe/Zurich", cest: "Europe/Zurich", utc: "Etc/UTC", gmt: "Etc/UTC",
  "new york": "America/New_York", edt: "America/New_York", est: "America/New_York", pdt: "America/Los_Angeles",
  pst: "America/Los_Angeles", london: "Europe/London", bst: "Europe/London", paris: "Europe/Paris", beijing: "Asia/Shanghai",
  shanghai: "Asia/Shanghai", kst: "Asia/Seoul", seoul: "Asia/Seoul", jst: "Asia/Tokyo", tokyo: "Asia/Tokyo", riyadh: "Asia/Riyadh",
  ist: "Asia/Kolkata", delhi: "Asia/Kolkata", "new delhi": "Asia/Kolkata",
};

/**
 * Local times: "from 1115 to 1315 Geneva time", "11:15-13:15 CEST", "0830 to 1030 hours",
 * "2 p.m. to 4 p.m. UTC". The zone comes from the words after the times, when there are any.
 */
export function findTimes(text: string): TimeRange[] {
  const T = "(\\d{1,2})[:.h]?(\\d{2})?\\s*(a\\.?m\\.?|p\\.?m\\.?)?";
  const re = new RegExp(`\\b${T}\\s*(?:-|–|—|to|until)\\s*${T}(?:\\s*hours?)?(?:\\s*\\(?\\s*(Geneva|Zurich|CET|CEST|UTC|GMT|New York|EDT|EST|PDT|PST|London|BST|Paris|Beijing|Shanghai|KST|Seoul|JST|Tokyo|Riyadh|IST|New Delhi|Delhi)(?:\\s+(?:local\\s+)?time)?)?`, "gi");
  const out: TimeRange[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = clock(m[1]!, m[2], m[3]);
    const end = clock(m[4]!, m[5], m[6]);
    if (!start || !end) continue;
    // Bare numbers ("12-16 December") are days, not times: a time needs minutes, am/pm or a zone.
    const timeLike = (m[2] !== undefined || m[3] !== undefined) && (m[5] !== undefined || m[6] !== undefined);
    if (!timeLike) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\s*(January|February|March|April|May|June|July|August|September|October|November|December)/i.test(after)) continue;
    const zone = m[7] ? ZONE_WORDS[m[7].toLowerCase()] : undefined;
    out.push({ start, end, ...(zone ? { timezone: zone } : {}), index: m.index, text: m[0] });
  }
  return out;
}

function clock(h: string, min: string | undefined, ampm: string | undefined): string | undefined {
  let hour = Number(h);
  let minute = min ? Number(min) : 0;
  // "1115" is read as 11:15.
  if (!min && h.length >= 3) {
    hour = Number(h.slice(0, -2));
    minute = Number(h.slice(-2));
  }
  if (ampm) {
    const pm = /^p/i.test(ampm);
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${pad(hour)}:${pad(minute)}`;
}

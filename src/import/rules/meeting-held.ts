import { findDates } from "../recognize/dates.js";
import type { OrgMention } from "../recognize/organizations.js";
import { whereOf } from "./evidence.js";
import { placeOf } from "./places.js";
import type { Where } from "../recognize/facts.js";
import type { Rule, RuleContext } from "./rule.js";

const HELD = /\b(?:meetings?|sessions?|plenary)\s+of\s+(?:the\s+)?((?:(?!\bmeetings?\s+of\b)[^.;])*?)(?:\s+|,\s+which\s+)(?:was held|took place|met|will be held|will take place)\b([^.;]*)/gi;

/**
 * "The plenary meeting of the Board (XB) was held in Porto on 7 May 2027": a meeting of the body
 * named right before the verb (its name, or its acronym in parentheses after it; a longer name
 * the body is only part of gives no meeting), on the first date after the verb, in the city named
 * there. A news post's account of a meeting (failure class 6). A circular's invitation too: "the
 * meetings of WP 1/3 (Buoys), WP 2/3 (Tides) and WP 3/3 (Gauges), which will be held at the
 * headquarters, Geneva on 4 June 2031": a meeting of each body of the list.
 */
export const meetingHeld: Rule = {
  name: "meeting-held",
  genres: "any",
  scope: "block",
  trigger: /\b(?:was held|took place|met|will be held|will take place)\b/,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    for (const m of text.matchAll(HELD)) {
      const subjectStart = m.index + m[0].indexOf(m[1]!);
      const subjectEnd = subjectStart + m[1]!.length;
      const one = bodyEndingAt(b.orgs, text, subjectStart, subjectEnd)?.key ?? namedWithAcronym(ctx, m[1]!, whereOf(b));
      const bodies = one ? [one] : listedBodies(b.orgs, text, subjectStart, subjectEnd);
      if (bodies.length === 0) continue;
      const after = m[2]!;
      const date = findDates(after)[0];
      if (!date || date.start.length < 7) continue;
      const place = placeOf(after.slice(0, date.index) || after.slice(date.index + date.text.length));
      for (const body of bodies) {
        ctx.upsertEvent({
          name: `${ctx.orgs.label(body)} meeting`, kind: "MEETING", meetingOf: body,
          startDate: date.start, ...(date.end ? { endDate: date.end } : date.start.length === 10 ? { endDate: date.start } : {}),
          ...place, where: whereOf(b),
        });
      }
    }
  },
};

/** The body whose mention ends the subject: its name, or its acronym in parentheses after its name. */
function bodyEndingAt(orgs: OrgMention[], text: string, start: number, end: number): OrgMention | undefined {
  const last = orgs.filter((o) => o.start >= start && o.end <= end).pop();
  if (!last) return undefined;
  const rest = text.slice(last.end, end).trim();
  if (rest === "") return last;
  return rest === ")" && text[last.start - 1] === "(" ? last : undefined;
}

/**
 * "WP 1/3 (Buoys), WP 2/3 (Tides) and WP 3/3 (Gauges)": a list of bodies, each with its
 * parenthesized description, and nothing else; any other word makes it no list.
 */
function listedBodies(orgs: OrgMention[], text: string, start: number, end: number): string[] {
  const inside = orgs.filter((o) => o.start >= start && o.end <= end && !/\([^)]*$/.test(text.slice(start, o.start)));
  if (inside.length < 2) return [];
  let rest = text.slice(start, end);
  for (const o of [...inside].reverse()) rest = rest.slice(0, o.start - start) + rest.slice(o.end - start);
  return /^(?:\s*\([^()]*\)|\s*,|\s+and\b|\s)*$/.test(rest) ? [...new Set(inside.map((o) => o.key))] : [];
}

const HEAD = /\b(?:Committee|Group|Team|Board|Council|Commission|Forum|Task Force|Panel)\b/gu;

/**
 * "… Committee on Relations with the Example Union (CREU)": a body no mention covers, named by
 * the capitalized phrase before its acronym, from its last head noun (a committee, group, board…).
 */
function namedWithAcronym(ctx: RuleContext, subject: string, where: Where): string | undefined {
  const m = /([\p{Lu}][\p{L}'’-]*(?:\s+(?:of|on|for|the|and|with|in|[\p{Lu}][\p{L}'’-]*))*)\s*\(([^()]{2,15})\)$/u.exec(subject.trim());
  if (!m) return undefined;
  const heads = [...m[1]!.matchAll(HEAD)];
  const head = heads[heads.length - 1];
  if (!head) return undefined;
  const name = m[1]!.slice(head.index).trim();
  if (name.split(/\s+/).length < 2) return undefined;
  return ctx.orgs.propose({ name, acronym: m[2]!.trim(), kind: "OTHER", locator: where.locator, quote: where.quote });
}

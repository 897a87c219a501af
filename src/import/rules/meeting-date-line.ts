import { findDates } from "../recognize/dates.js";
import { whereOf } from "./evidence.js";
import type { Rule } from "./rule.js";

const BULLET = /^[·•\-–—*▪◦○●]\s*/;

/**
 * A circular's list of meetings, each a line naming the meeting and a "Date:" line under it
 * (failure class 6): "• Working Party 2 meetings of Study Group 9" / "Date: 3–7 May 2027". The
 * meeting is the named group's (the first body its line names), on those dates; a range stays
 * a range.
 */
export const meetingDateLine: Rule = {
  name: "meeting-date-line",
  genres: "any",
  scope: "block",
  trigger: /^(?:Dates?|When)\s*:/i,
  apply(ctx, b) {
    if (!b || b.index === 0) return;
    const date = findDates(b.block.text)[0];
    const above = ctx.blocks[b.index - 1]!;
    const name = above.block.text.replace(BULLET, "").trim();
    if (!date || !/\b(meetings?|session|workshop|forum)\b/i.test(name) || findDates(name).length > 0) return;
    const body = above.orgs[0];
    if (!body) return;
    const ordinary = name.replace(/\s+for\s+.*$/i, "").replace(/[.:;]$/, "");
    ctx.upsertEvent({
      name: ordinary, kind: /workshop/i.test(name) ? "WORKSHOP" : /forum/i.test(name) ? "FORUM" : "MEETING",
      startDate: date.start, ...(date.end ? { endDate: date.end } : date.start.length === 10 ? { endDate: date.start } : {}),
      meetingOf: body.key, where: { locator: above.block.locator, quote: `${above.block.text}\n${whereOf(b).quote}` },
    });
  },
};

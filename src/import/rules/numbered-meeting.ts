import { findDates } from "../recognize/dates.js";
import { designationBody } from "./designation-body.js";
import { whereOf } from "./evidence.js";
import { placeOf } from "./places.js";
import type { Rule } from "./rule.js";

/** "XY4#137e", "3GPP XY3 QZ#29": a group's designation, "#", the meeting's number. */
const NUMBERED = /((?:[\p{Lu}\d][\p{L}\d-]*\s+){0,3}[\p{Lu}][\p{L}-]*\d*[\p{L}]*)#(\d{1,3}[a-z-]{0,6})(?![\w#])/gu;

/**
 * A numbered meeting of a group with its dates: "the XY4#137e meeting (August 24-28, 2031)", or a
 * report's heading "Meeting Report of 3GPP XY3 QZ#29" over a line that gives the dates. The
 * meeting is the group's (the body its designation names; see designation-body.ts), dated as
 * printed (a range stays a range), in the city named right after the date when there is one.
 */
export const numberedMeeting: Rule = {
  name: "numbered-meeting",
  genres: "any",
  scope: "block",
  trigger: /\S#\d/,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    for (const m of text.matchAll(NUMBERED)) {
      const after = text.slice(m.index + m[0].length);
      // The date right after the number ("meeting (August 24-28, 2031)"), else, for a heading, the next line's.
      let source = /^\s*(?:meeting\s*)?\(?\s*[^()]{0,40}/i.exec(after)?.[0] ?? "";
      let date = findDates(source)[0];
      let where = whereOf(b);
      if (!date && text.length < 80 && after.trim() === "") {
        const next = ctx.blocks[b.index + 1];
        const d = next && next.block.text.length < 60 ? findDates(next.block.text)[0] : undefined;
        if (d && d.index === 0) {
          date = d;
          source = next!.block.text;
          where = { locator: b.block.locator, quote: `${text}\n${next!.block.text}` };
        }
      }
      if (!date || date.start.length < 7) continue;
      const designation = m[1]!.replace(/^(?:the|a|an|at|of|Meeting Report of|Report of)\s+/i, "").trim();
      const body = designationBody(ctx, designation, where);
      if (!body) continue;
      ctx.upsertEvent({
        name: `${designation}#${m[2]}`, kind: "MEETING", meetingOf: body, startDate: date.start, ...(date.end ? { endDate: date.end } : {}),
        ...placeOf(source.slice(date.index + date.text.length)), where,
      });
    }
  },
};

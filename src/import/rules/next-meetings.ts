import { findDates } from "../recognize/dates.js";
import { compactForm } from "../text-utils.js";
import { whereOf } from "./evidence.js";
import { placeOf } from "./places.js";
import type { Rule } from "./rule.js";
import { statementSender } from "./statement-sender.js";

const HEADING = /^(?:\d+\.\s*)?Dates? of (?:the )?next\b.*\bmeetings?\b:?$/i;
const ROW = /^([\p{Lu}][\p{L}\d-]*)#(\d+[\p{L}-]*)\s+(.+)$/u;

/**
 * A statement's "Date of next meetings" rows ("XY2#41  3rd – 7th May 2027  Porto, Portugal"): a
 * meeting of the group the row's designation names (the sending group, when its name or acronym
 * ends with that designation), with its dates and place. A designation that names no known group
 * gives no meeting.
 */
export const nextMeetings: Rule = {
  name: "next-meetings",
  genres: ["liaison", "datatracker"],
  scope: "document",
  trigger: /\bDates? of (?:the )?next\b/i,
  apply(ctx) {
    const at = ctx.blocks.findIndex((b) => HEADING.test(b.block.text));
    if (at < 0) return;
    const sender = statementSender(ctx);
    for (const b of ctx.blocks.slice(at + 1, at + 10)) {
      const row = ROW.exec(b.block.text);
      if (!row) break;
      const date = findDates(row[3]!)[0];
      if (!date) continue;
      const designation = row[1]!;
      const body = groupNamed(designation, sender, (key) => [ctx.orgs.label(key), ctx.orgs.row(key)?.acronym ?? ctx.orgs.created.get(key)?.acronym ?? ""])
        ?? ctx.orgs.scan(designation, whereOf(b)).find((o) => o.start === 0 && o.end === designation.length)?.key;
      if (!body) continue;
      const place = placeOf(row[3]!.slice(date.index + date.text.length));
      ctx.upsertEvent({
        name: `${designation}#${row[2]}`, kind: "MEETING", meetingOf: body,
        startDate: date.start, ...(date.end ? { endDate: date.end } : {}), ...place, where: whereOf(b),
      });
    }
  },
};

/** The sending group, when one of its names ends with the designation ("… CT4" for "CT4"). */
function groupNamed(designation: string, sender: string | undefined, namesOf: (key: string) => string[]): string | undefined {
  if (!sender) return undefined;
  const d = compactForm(designation);
  return namesOf(sender).some((n) => n && compactForm(n).endsWith(d) && new RegExp(`(?:^|[^\\p{L}\\d])${designation}$`, "iu").test(n.trim())) ? sender : undefined;
}

import { findDates } from "../recognize/dates.js";
import type { Rule } from "./rule.js";
import { unglueCells } from "./unglue.js";

/** The header of a circular's meeting table: the groups, their meeting dates, and (often) a contribution deadline. */
const HEADER = /Meeting dates?/i;
const CONTRIBUTIONS = /Deadline for contributions/i;
/** How far after the header the table's rows may run (blocks). */
const ROWS = 16;

/**
 * A circular's table of meetings (failure class 6): "Groups | Meeting dates | Deadline for
 * contributions" and one row per group, "Task Team 9B | 14 - 18 October 2030 | Friday, 4 October
 * 2030", in pipe rows, one cell a line, or run together as a copy flattened it. Each row whose
 * group cell names a body and whose next cell is a date is a meeting of that body on those dates (a
 * range stays a range); under a "Deadline for contributions" column, the row's next date is the
 * deadline for contributions to that meeting.
 */
export const meetingTableRows: Rule = {
  name: "meeting-table-rows",
  genres: ["circular", "report", "other"],
  scope: "document",
  trigger: HEADER,
  apply(ctx) {
    const at = ctx.blocks.findIndex((b) => HEADER.test(b.block.text));
    if (at < 0) return;
    const first = ctx.blocks[at]!;
    const tableBlocks = ctx.blocks.slice(at, at + ROWS);
    const withDeadline = tableBlocks.some((b) => CONTRIBUTIONS.test(b.block.text));
    // The table from its header on, one text; rows and cells are found by their bodies and dates.
    const raw = tableBlocks.map((b, i) => (i === 0 ? b.block.text.slice(b.block.text.search(HEADER)) : b.block.text)).join("\n");
    const text = unglueCells(raw.replace(/\s*\|\s*/g, " | "));
    const where = { locator: first.block.locator, quote: raw.slice(0, 600) };
    const mentions = ctx.orgs.scan(text, where).sort((a, b) => a.start - b.start);
    mentions.forEach((m, i) => {
      const row = text.slice(m.end, mentions[i + 1]?.start ?? text.length);
      const dates = findDates(row);
      const meeting = dates[0];
      // The group's cell is followed by its dates (a separator, a colon or nothing between).
      if (!meeting || meeting.start.length !== 10 || !/^[\s|:–-]*$/.test(row.slice(0, meeting.index))) return;
      if (meeting.end && Date.parse(meeting.end) - Date.parse(meeting.start) > 31 * 86_400_000) return;
      const event = ctx.upsertEvent({
        name: `Meeting of ${m.printed}`, kind: "MEETING", meetingOf: m.key, startDate: meeting.start, endDate: meeting.end ?? meeting.start, where,
      });
      const due = withDeadline ? dates[1] : undefined;
      if (due && due.start.length === 10 && !due.end && due.start <= meeting.start) {
        ctx.addDeadline({ kind: "CONTRIBUTION", due: due.start, description: `Contributions to the meeting of ${m.printed}`, event: event.localId, where });
      }
    });
  },
};

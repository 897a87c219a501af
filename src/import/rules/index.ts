import { bodyMeets } from "./body-meets.js";
import { datedDeadlineRows } from "./dated-deadline-rows.js";
import { elected } from "./elected.js";
import { establishedUnder } from "./established-under.js";
import { eventOfThePage } from "./event-of-the-page.js";
import { jointInitiative } from "./joint-initiative.js";
import { meetingDateLine } from "./meeting-date-line.js";
import { officerList } from "./officer-list.js";
import type { Rule } from "./rule.js";
import { speakerLine } from "./speaker-line.js";
import { surnameMention } from "./surname-mention.js";
import { workItems } from "./work-items.js";

/**
 * The rules, in the order they run (after the recognizers that are not rules yet, in
 * recognize/extractor.ts). One rule per file; adding one: write it, list it here, test it on
 * text of your own (rules/<rule>.test.ts). Rules that merge or correct facts run last.
 */
export const rules: readonly Rule[] = [
  establishedUnder,
  jointInitiative,
  officerList,
  speakerLine,
  elected,
  eventOfThePage,
  workItems,
  datedDeadlineRows,
  meetingDateLine,
  bodyMeets,
  surnameMention,
];

import { findDates } from "../recognize/dates.js";
import { deadlineKind } from "../recognize/deadline-kind.js";
import type { Rule } from "./rule.js";
import { unglueCells } from "./unglue.js";

const BULLET = /^[·•\-–—*▪◦○●]\s*/;
/** Where a second row starts inside a block: a day, month and year followed by the row's separator. */
const GLUED_ROW = /\s(?=\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}\s*(?:[/|\t]|\s-\s))/u;
const DUE = /\b(submi|regist|contribution|input|visa|request|send|deadline|apply|application|fellowship|nominat)/i;

/**
 * A deadline table printed one row per line, the date first and what is due after a separator
 * (failure class 2): "6 March 2027 / - Submit contributions", "6 March 2027 | Registration
 * closes", "6 March 2027<TAB>Requests for visa letters". Lines right after a row that start with
 * a dash and carry no date of their own are more items due that day ("- Submit requests for visa
 * support letters"). Each item is a deadline of its kind (contribution, registration, visa, other).
 */
export const datedDeadlineRows: Rule = {
  name: "dated-deadline-rows",
  genres: "any",
  scope: "document",
  trigger: /(?:^|\n)\s*\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}\s*(?:[/|\t–—]|\s-\s)/u,
  apply(ctx) {
    const blocks = ctx.blocks;
    for (let i = 0; i < blocks.length; i++) {
      // Two rows a copy ran together ("…translation is requested9 April 2028 / -Apply for…") are two rows.
      const pieces = unglueCells(blocks[i]!.block.text).split(GLUED_ROW);
      pieces.forEach((piece, p) => {
        const row = /^\s*(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4})\s*(?:[/|\t–—]+|\s-\s)\s*(?:[-–—]\s*)?(.{3,200})$/u.exec(piece);
        if (!row) return;
        const date = findDates(row[1]!)[0];
        if (!date || date.start.length !== 10 || date.end) return;
        const items = [{ text: row[2]!.trim(), at: i }];
        // Dash lines under a row are more items due that day (under the block's last row only).
        for (let j = i + 1; p === pieces.length - 1 && j < blocks.length && BULLET.test(blocks[j]!.block.text) && findDates(blocks[j]!.block.text).length === 0; j++) {
          items.push({ text: blocks[j]!.block.text.replace(BULLET, "").trim(), at: j });
        }
        for (const item of items) {
          if (!DUE.test(item.text)) continue;
          const quote = [blocks[i]!.block.text, ...(item.at !== i ? [blocks[item.at]!.block.text] : [])].join("\n");
          ctx.addDeadline({ kind: deadlineKind(item.text), due: date.start, description: item.text, where: { locator: blocks[i]!.block.locator, quote } });
        }
      });
    }
  },
};

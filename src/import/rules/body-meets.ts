import { findDates } from "../recognize/dates.js";
import { findCities } from "../recognize/places.js";
import { dayWithoutYear } from "./day-without-year.js";
import { whereOf } from "./evidence.js";
import type { Rule } from "./rule.js";

const MEETS = /\b(?:will|is to|are to|shall)\s+(?:meet|convene)\b/i;

/**
 * "Study Group 9 … is to meet at headquarters, Lisbon from 6 to 17 May 2027", "JCA-XR will meet
 * during the afternoon of 9 November" (failure class 6): a meeting of the body that is the subject
 * of "will meet", on the first date after it (a day without its year takes the document's year,
 * or the next one when that day would come before the document). A range stays a range; a city
 * named between the verb and the date is the meeting's.
 */
export const bodyMeets: Rule = {
  name: "body-meets",
  genres: "any",
  scope: "block",
  trigger: MEETS,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    const verbs = [...text.matchAll(new RegExp(MEETS.source, "gi"))];
    verbs.forEach((verb, i) => {
      const at = verb.index;
      const until = Math.min(verbs[i + 1]?.index ?? text.length, nextSentence(text, at));
      const from = Math.max(0, text.lastIndexOf(". ", at) + 1);
      // The subject: the last body named before the verb in the same sentence, outside parentheses.
      const body = b.orgs.filter((o) => o.end <= at && o.start >= from && !insideParens(text, o.start, at)).pop();
      if (!body) return;
      const after = text.slice(at, until);
      const date = findDates(after)[0] ?? dayWithoutYear(after, ctx.documentDate);
      if (!date) return;
      const city = findCities(after.slice(0, date.index))[0];
      ctx.upsertEvent({
        name: `${ctx.orgs.label(body.key)} meeting`, kind: "MEETING", meetingOf: body.key,
        startDate: date.start, ...(date.end ? { endDate: date.end } : date.start.length === 10 ? { endDate: date.start } : {}),
        ...(city ? { city: city.name, country: city.country } : {}), where: whereOf(b),
      });
    });
  },
};

function nextSentence(text: string, at: number): number {
  const m = /[.;](?:\s|$)/.exec(text.slice(at));
  return m ? at + m.index : text.length;
}

/** Between `start` and `end` an opening parenthesis is left open: the mention is inside it. */
function insideParens(text: string, start: number, end: number): boolean {
  const between = text.slice(start, end);
  return (between.match(/\)/g)?.length ?? 0) > 0 && text.slice(0, start).lastIndexOf("(") > text.slice(0, start).lastIndexOf(")");
}

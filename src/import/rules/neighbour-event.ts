import { findDates } from "../recognize/dates.js";
import type { OrgMention } from "../recognize/organizations.js";
import { sentences } from "../text-utils.js";
import { EVENT_WORD, KIND, dateOf, placeIn } from "./clause-event.js";
import { whereOf } from "./evidence.js";
import type { Rule } from "./rule.js";

/** Any gathering's word (EVENT_WORD is global: its state is not shared here). */
const ANY_GATHERING = new RegExp(EVENT_WORD.source, "i");
/** Words that make a gathering's sentence about another one's dates: a deadline, a limit, a period. */
const NOT_A_GATHERING_DATE = /\b(?:deadline|due|later\s+than|registration|submi|contributions?)\b/i;

/**
 * An event whose date and place are in the sentence next to the gathering's word (ninth round):
 * "The XY Plenary is the committee's yearly meeting. It will be held in Porto on 3–7 May 2031."
 * The gathering's sentence names exactly one gathering, with its body beside the word ("the XY
 * Plenary", "the plenary of XY"), and no date; the next sentence of the same paragraph (else the
 * one before) names no gathering of its own, gives exactly one date or range (a day without its
 * year takes the document's) and nothing due ("deadline", "due", "registration"; a date after "by" or "until" is none), and the
 * place is the one city of the two sentences. Two candidate sentences, two cities, or none:
 * nothing. A meeting of that body, with its range kept.
 */
export const neighbourEvent: Rule = {
  name: "neighbour-event",
  genres: "any",
  scope: "block",
  trigger: /\b(?:meeting|plenary|assembly)\b/i,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    const list = sentences(text);
    list.forEach((s, i) => {
      const words = [...s.text.matchAll(EVENT_WORD)];
      if (words.length !== 1 || findDates(s.text).length > 0 || /\b(?:19|20)\d{2}\b/.test(s.text)) return;
      const word = words[0]!;
      if (!/^(?:meeting|plenary|general\s+assembly|assembly)$/i.test(word[1]!)) return;
      if (/s\b/i.test(text.slice(s.start + word.index! + word[0].length, s.start + word.index! + word[0].length + 2))) return;
      const wordStart = s.start + word.index!;
      const wordEnd = wordStart + word[0].length;
      const body = bodyBeside(text, b.orgs.filter((o) => o.start >= s.start && o.end <= s.start + s.text.length), wordStart, wordEnd);
      if (!body) return;
      const candidates = [list[i + 1], list[i - 1]].filter((n): n is { text: string; start: number } => !!n)
        .filter((n) => !ANY_GATHERING.test(n.text) && !NOT_A_GATHERING_DATE.test(n.text));
      const dated = candidates.map((n) => ({ n, date: dateOf(n.text, ctx.documentDate) })).filter((x) => x.date);
      if (dated.length === 0) return;
      const { n, date } = dated[0]!;
      const places = [placeIn(s.text), placeIn(n.text)].filter((p) => !!p);
      if (places.length === 0 || new Set(places.map((p) => p!.city)).size !== 1) return;
      const place = places[0]!;
      const named = body.before ? text.slice(body.org.start, wordEnd) : text.slice(wordStart, body.org.end);
      ctx.upsertEvent({
        name: named.replace(/^the\s+/i, ""), kind: KIND[word[1]!.toLowerCase().replace(/\s+/g, " ")] ?? "MEETING",
        startDate: date!.start, ...(date!.end ? { endDate: date!.end } : {}),
        city: place.city, country: place.country, meetingOf: body.org.key, where: { ...whereOf(b), quote: `${s.text} ${n.text}` },
      });
    });
  },
};

/** The body right before the gathering's word ("the XY Plenary", at most two words between) or right after "of" ("the plenary of XY"). */
function bodyBeside(text: string, orgs: OrgMention[], wordStart: number, wordEnd: number): { org: OrgMention; before: boolean } | undefined {
  const before = [...orgs].reverse().find((o) => o.end <= wordStart && /^\s*(?:['’]s\s+)?(?:[\p{L}\d-]+\s+){0,2}$/u.test(text.slice(o.end, wordStart)) && !/[,;:()]/.test(text.slice(o.end, wordStart)));
  if (before) return { org: before, before: true };
  const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(wordEnd));
  const after = of ? orgs.find((o) => o.start === wordEnd + of[0].length) : undefined;
  return after ? { org: after, before: false } : undefined;
}

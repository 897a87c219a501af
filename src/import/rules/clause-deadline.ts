import { findDates } from "../recognize/dates.js";
import { deadlineKind } from "../recognize/deadline-kind.js";
import type { DeadlineFact, EventFact } from "../recognize/facts.js";
import { clauses } from "./clause-mentions.js";
import { whereOf } from "./evidence.js";
import type { Rule, RuleContext } from "./rule.js";

/** The words that make the date right after them a limit: "deadline … is", "due", "by", "not later than", "closes on". */
const LEAD = /(?:\bdeadline\b[^.;]{0,60}?\b(?:is|:|on)|\bdue(?:\s+(?:on|by))?|\bby|\b(?:not|no)\s+later\s+than|\bbefore|\bclos(?:es|ing)(?:\s+on)?|\buntil)\s*(?:the\s+)?$/i;
/** What is due: something to submit or a registration (`deadlineKind` OTHER alone is too weak without the word "deadline"). */
const DUE_THING = /\b(?:submi|regist|contribution|input|paper|abstract|proposal|document|visa|nominat|application|comments?)/i;

/**
 * Deadlines by clause-level pairing (ninth round): one deadline lead ("deadline … is", "due",
 * "not later than", "by", "closes") right before the clause's one full date, and a thing that is
 * due (a contribution, a registration, a paper, a visa letter) or the word "deadline": a deadline
 * of the gathering the clause names (the one event of the document whose name or body the clause
 * prints), else of the document's one gathering; never of a gathering that starts before it is due.
 * A deadline the generic reading found without its gathering (that gathering found later, by a
 * rule) is given it the same way. Two dates, two gatherings named, or none to attach: nothing.
 */
export const clauseDeadline: Rule = {
  name: "clause-deadline",
  genres: "any",
  scope: "document",
  trigger: /\b(?:deadline|due|later\s+than|by|before|clos)/i,
  apply(ctx) {
    // One gathering read twice (the generic reading's event and a rule's meeting of a body, same name and dates) is one: the body's.
    const dated: EventFact[] = [];
    for (const e of ctx.facts.events.filter((x) => x.startDate && x.startDate.length === 10).sort((x, y) => Number(!!y.meetingOf) - Number(!!x.meetingOf))) {
      if (!dated.some((x) => x.startDate === e.startDate && x.name === e.name)) dated.push(e);
    }
    if (dated.length === 0) return;
    // Deadlines read before their gathering was.
    for (const d of ctx.facts.deadlines) {
      if (d.event) continue;
      const b = ctx.blocks.find((x) => x.block.locator === d.where.locator);
      const e = gatheringOf(ctx, dated, d.where.quote, b ? b.orgs.map((o) => o.key) : [], d.due);
      if (e) d.event = e.localId;
    }
    for (const b of ctx.blocks) {
      for (const c of clauses(b.block.text)) {
        if (!DUE_THING.test(c.text) && !/\bdeadline\b/i.test(c.text)) continue;
        const dates = findDates(c.text);
        if (dates.length !== 1) continue;
        const d = dates[0]!;
        if (d.start.length !== 10 || d.end || !LEAD.test(c.text.slice(Math.max(0, d.index - 80), d.index))) continue;
        const kind: DeadlineFact["kind"] = deadlineKind(c.text);
        if (ctx.facts.deadlines.some((x) => x.due === d.start)) continue;
        const e = gatheringOf(ctx, dated, c.text, b.orgs.filter((o) => o.start >= c.start && o.end <= c.end).map((o) => o.key), d.start);
        if (!e) continue;
        ctx.addDeadline({ kind, due: d.start, description: c.text.trim(), event: e.localId, where: whereOf(b) });
      }
    }
  },
};

/** The gathering a clause's deadline is for: the one event it names, else the document's one event; it starts after the due date. */
function gatheringOf(ctx: RuleContext, events: EventFact[], text: string, bodies: string[], due: string): EventFact | undefined {
  const after = events.filter((e) => e.startDate! >= due);
  const named = after.filter((e) => text.includes(e.name) || (!!e.meetingOf && bodies.includes(e.meetingOf)));
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  const main = ctx.facts.mainEvent ? after.find((e) => e.localId === ctx.facts.mainEvent) : undefined;
  if (main) return main;
  return after.length === 1 && events.length === 1 ? after[0] : undefined;
}

import { findDates } from "../recognize/dates.js";
import { labelOf } from "../recognize/fields.js";
import type { Where } from "../recognize/facts.js";
import { abbreviates } from "../recognize/abbreviation.js";
import { compactForm, escapeRegExp } from "../text-utils.js";
import type { Rule, RuleContext } from "./rule.js";
import { statementSender } from "./statement-sender.js";

/**
 * A Datatracker liaison page's group rows (failure classes 2 and 4): "From Group IEEE-802-1",
 * "To Groups ops, wgname, IETF". Each item is a group of the tracker's list: one the graph knows is
 * that body; another is proposed, named as the page spells it out ("Deterministic Networking
 * (DetNet)", "Deterministic Networking Discussion List") when it does, else as the tracker prints
 * it ("BROADBAND-FORUM" read "BROADBAND FORUM"); a lower-case or all-letter name with no digit nor
 * hyphen is one of the IETF's own groups (part of the IETF). The statement goes from the From
 * group to each To group, with the page's title, purpose and deadline.
 */
export const datatrackerGroups: Rule = {
  name: "datatracker-groups",
  genres: ["datatracker"],
  scope: "document",
  trigger: /^(?:From|To) Groups?\b/im,
  apply(ctx) {
    const rows = ctx.blocks.map((b) => ({ b, label: labelOf(b.block.text) })).filter((r) => r.label && /^(?:from|to) groups?$/.test(r.label.label) && r.label.rest);
    const text = ctx.blocks.map((b) => b.block.text).join("\n");
    const groupsOf = (direction: "from" | "to") => rows.filter((r) => r.label!.label.startsWith(direction)).flatMap((r) => {
      const where: Where = { locator: r.b.block.locator, quote: r.b.block.text };
      return r.label!.rest.split(/\s*,\s*/).filter(Boolean).map((item) => groupKey(ctx, item, text, where)).filter((k): k is string => !!k);
    });
    const to = groupsOf("to");
    // The sender the form's statement already has (the most specific body its From row names),
    // else the From group read here (the tracker's "IEEE-802-1"), else the document's issuer, else
    // (a page without a From Group row) the body its text speaks as.
    const from = ctx.facts.liaisons.find((l) => l.kind === "LIAISON_STATEMENT")?.from ?? groupsOf("from")[0] ?? statementSender(ctx, { prose: true, addressees: to });
    if (!from) return;
    const heading = ctx.blocks.findIndex((b) => /^Liaison statement$/i.test(b.block.text));
    const subject = heading >= 0 ? ctx.blocks[heading + 1]?.block.text : undefined;
    const purpose = valueOf(ctx, /^purpose$/);
    const deadline = findDates(valueOf(ctx, /^deadline$/) ?? "").find((d) => d.start.length === 10)?.start;
    const row = rows.find((r) => r.label!.label.startsWith("to"));
    for (const key of to) {
      if (key === from) continue;
      ctx.addLiaison({
        kind: "LIAISON_STATEMENT", from, to: key, ...(subject ? { subject } : {}), addressed: "to", topics: [],
        ...(purpose ? { purpose } : {}), ...(deadline ? { deadline } : {}),
        where: { locator: row!.b.block.locator, quote: row!.b.block.text },
      });
    }
  },
};

/** The body a group item is: a mention the resolver finds, else a group proposed from the page's words. */
function groupKey(ctx: RuleContext, item: string, text: string, where: Where): string | undefined {
  const name = item.trim();
  if (!/^[\p{L}\d][\p{L}\d.-]{1,40}$/u.test(name)) return undefined;
  const mention = ctx.orgs.scan(name, where).find((m) => m.end - m.start >= name.length - 1);
  if (mention) return mention.key;
  const ietfOwn = /^\p{L}+$/u.test(name);
  const spelled = expansion(name, text);
  const printed = printedForm(name, text);
  // "IEEE 802.1 Working Group" the page already named: the tracker's "IEEE-802-1" is that body.
  const named = namedWithKindWord(ctx, printed ?? name);
  if (named) return named;
  const ietf = ietfOwn ? ctx.orgs.find(["IETF"])?.key : undefined;
  return ctx.orgs.propose({
    name: spelled ?? printed ?? name.replace(/-/g, " "), acronym: spelled ? name : printed ? undefined : name,
    kind: ietfOwn ? "WORKING_GROUP" : "OTHER", aliases: [name], ...(ietf ? { partOf: ietf } : {}), locator: where.locator, quote: where.quote,
  });
}

/** "Deterministic Networking (DetNet)" or "Deterministic Networking Discussion List" for "detnet": the name the acronym stands for. */
function expansion(acronym: string, text: string): string | undefined {
  const phrase = String.raw`((?:[\p{Lu}][\p{L}-]*\s+)(?:(?:of|and|for|the|on|in|[\p{Lu}][\p{L}-]*)\s+){0,8})`;
  const escaped = escapeRegExp(acronym);
  const candidates = [
    ...[...text.matchAll(new RegExp(`${phrase}\\(\\s*${escaped}\\s*\\)`, "giu"))].map((m) => m[1]!),
    ...[...text.matchAll(new RegExp(`${phrase}Discussion List\\b`, "gu"))].map((m) => m[1]!),
  ];
  for (const c of candidates) {
    const words = c.trim().split(/\s+/);
    // The shortest tail of the phrase that abbreviates to the acronym ("… Networking (DetNet)").
    for (let i = words.length - 2; i >= 0; i--) {
      if (abbreviates(words.slice(i), acronym)) return words.slice(i).join(" ");
    }
  }
  return undefined;
}

/** "IEEE 802.1" or "Broadband Forum" in the text for the tracker's "IEEE-802-1", "BROADBAND-FORUM": the same letters and digits as printed. */
function printedForm(item: string, text: string): string | undefined {
  const target = compactForm(item);
  if (target.length < 4) return undefined;
  const words = [...text.matchAll(/[\p{L}\d]+(?:\.[\p{L}\d]+)*/gu)];
  for (let i = 0; i < words.length; i++) {
    if (!/^[\p{Lu}\d]/u.test(words[i]![0])) continue;
    let compact = "";
    for (let j = i; j < Math.min(words.length, i + 6) && compact.length < target.length; j++) {
      compact += compactForm(words[j]![0]);
      const printed = text.slice(words[i]!.index, words[j]!.index + words[j]![0].length);
      if (compact === target && printed !== item && !/\n/.test(printed)) return printed;
    }
  }
  return undefined;
}

/** The one body known or proposed whose name is `printed` followed only by a kind word ("… Working Group", "… Forum"). */
function namedWithKindWord(ctx: RuleContext, printed: string): string | undefined {
  const target = compactForm(printed);
  if (target.length < 4) return undefined;
  const hits = ctx.orgs.keys().filter((key) => {
    const label = compactForm(ctx.orgs.label(key));
    return label.startsWith(target) && /^(?:workinggroup|wg|group|taskgroup|committee|subcommittee|forum)$/.test(label.slice(target.length));
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/** A form row's value, the label printed with or without a colon ("Deadline 2027-05-30 Action Needed"). */
function valueOf(ctx: RuleContext, label: RegExp): string | undefined {
  for (const b of ctx.blocks) {
    const m = /^(\p{L}+)\s*:?\s+(\S.*)$/u.exec(b.block.text);
    if (m && label.test(m[1]!.toLowerCase())) return m[2]!.trim();
  }
  return undefined;
}

import { labelOf } from "../recognize/fields.js";
import type { Where } from "../recognize/facts.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";
import { letterSender } from "./statement-sender.js";

/** A greeting to one person: "Dear Mrs. Quill,", "Dear Dr Bo Lind,", "Dear Ada Quill," (not "Dear colleagues", "Dear Sir/Madam"). */
const GREETING = /\bDear\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s*[,:]/u;
const NOT_A_NAME = /^(?:Sir|Madam|Colleagues?|Members?|All|Friends|Chairs?|Readers)$/i;
/** What may stand between a greeted person's name and their body: a title and a comma, or "of (the)". */
const TO_BODY = /^\s*(?:,\s*(?:[\p{L}-]+\s+){0,3}?(?:[\p{L}-]+)\s*,\s*|,\s*|,?\s+(?:(?:\p{Lu}[\p{L}-]*\s+){0,3})?of\s+(?:the\s+)?)$/u;

/**
 * The addressees of a letter between bodies that has no form: the bodies of its "To:" rows ("To:
 * Ada Quill, QTF"), else the body of the person it greets ("Dear Mrs. Quill,"), found where the
 * letter names that person in full: the address block under the name ("Ms. Ada Quill" /
 * "Secretariat, QTF"), or the name with a title and its body ("Dr. Ada Quill, President of QTF").
 * The statement comes from the letter's sender (`letterSender`: its signer's body, its Source row,
 * its letterhead, or the body its prose speaks as). Only when no form or earlier rule gave the
 * document's statement; a greeting to "colleagues" or "Sir/Madam" names no one.
 */
export const letterAddressee: Rule = {
  name: "letter-addressee",
  genres: ["liaison"],
  scope: "document",
  trigger: /^To\s*:|\bDear\s+\p{Lu}/mu,
  apply(ctx) {
    if (ctx.facts.liaisons.some((l) => l.kind === "LIAISON_STATEMENT")) return;
    const found = toRows(ctx) ?? greeted(ctx);
    if (!found || found.to.length === 0) return;
    const from = letterSender(ctx, found.near, found.to);
    if (!from) return;
    for (const to of found.to) ctx.addLiaison({ kind: "LIAISON_STATEMENT", from, to, addressed: "to", topics: [], where: found.where });
  },
};

/** The bodies the "To:" rows name, each row's last body ("Ada Quill, QTF"; "Tide Board"). */
function toRows(ctx: RuleContext): { to: string[]; near: number; where: Where } | undefined {
  const first = ctx.blocks.findIndex((b) => labelOf(b.block.text)?.label === "to");
  if (first < 0) return undefined;
  const to: string[] = [];
  for (let i = first; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i]!;
    const labelled = labelOf(b.block.text);
    if (i > first && labelled) break;
    // The row's last body, also one an earlier rule proposed from it ("Ada Quill, XY": addressee-rows).
    const body = ctx.orgs.scan(labelled?.rest ?? b.block.text, { locator: b.block.locator, quote: b.block.text }).at(-1);
    if (!body) break;
    to.push(body.key);
  }
  return to.length > 0 ? { to: [...new Set(to)], near: first, where: { locator: ctx.blocks[first]!.block.locator, quote: ctx.blocks[first]!.block.text } } : undefined;
}

/** The body of the person a letter greets, where the letter names that person in full. */
function greeted(ctx: RuleContext): { to: string[]; near: number; where: Where } | undefined {
  // The first greeting to a person ("Dear Readers," above a quoted "Dear Dr. Lind," is none).
  const at = ctx.blocks.findIndex((b) => { const g = GREETING.exec(b.block.text); return !!g && !NOT_A_NAME.test(g[1]!); });
  if (at < 0) return undefined;
  const name = GREETING.exec(ctx.blocks[at]!.block.text)![1]!;
  const surname = name.split(/\s+/).at(-1)!;
  const full = new RegExp(`\\b(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}${surname}\\b`, "u");
  // The address block nearest above the greeting first, then the other places that name the person.
  const order = [...ctx.blocks.slice(0, at + 1).reverse(), ...ctx.blocks.slice(at + 1)];
  for (const b of order) {
    const m = full.exec(b.block.text);
    if (!m) continue;
    const body = bodyAfter(ctx, b, m.index + m[0].length);
    // No letterhead here: the lines above a greeting are the addressee's address block.
    if (body) return { to: [body], near: -1, where: { locator: b.block.locator, quote: b.block.text } };
  }
  return undefined;
}

/** The body named right after a person's name: on the same line after a title, or on the address lines under it. */
function bodyAfter(ctx: RuleContext, b: RuleBlock, end: number): string | undefined {
  const inline = b.orgs.find((o) => o.start >= end && TO_BODY.test(b.block.text.slice(end, o.start)));
  if (inline) return inline.key;
  // A name alone on its line: the address block's next two lines ("Secretariat, QTF", "Harbour Institute").
  if (b.block.text.slice(end).trim() !== "") return undefined;
  for (const next of ctx.blocks.slice(b.index + 1, b.index + 3)) {
    if (/^(?:Dear|Subject|SUBJECT)\b/.test(next.block.text)) break;
    const o = next.orgs[0];
    if (o) return o.key;
  }
  return undefined;
}

import type { Where } from "../recognize/facts.js";
import type { RuleContext } from "./rule.js";

/** A committee's designation printed without its family: "TC 86", "SC 29", "WG 3", "SyC 2". */
const BARE = /^(TC|SC|SEG|SyC|WG)\s?(\d{1,3}[A-Z]?)\b/;
/** A group's short designation, letters and a number: "SA2", "CT4", "WG SA2", "RAN 1". */
const SHORT = /^(?:WG\s?)?([A-Z]{2,4}\s?\d{1,2})\b/;

/**
 * "Chair of TC 86: Fibre Optics", "Convenor of WG 3", "the SA2 Chair": a designation printed
 * without its family is one of the family the document names it with. A committee's designation
 * takes the family the document prints the same kind of designation with ("IEC TC 73" → IEC TC
 * 86; "JTC 1/SC 24" → JTC 1/SC 29), the nearest such mention up to block `upTo` first, then the
 * first after it; a short one ("SA2") the family of a body the document names (its root:
 * "3GPP TSG SA" → 3GPP SA2). The designation table (recognize/organizations.ts) resolves or
 * proposes it, so it is the graph's body when the graph has it and a part of the family's body
 * when not. A family the table does not know, or a document that prints no sibling, gives
 * nothing: never a new top-level body, never a guess from the nearest body.
 */
export function bareDesignation(ctx: RuleContext, phrase: string, where: Where, upTo: number): string | undefined {
  const printed = phrase.trim();
  const m = BARE.exec(printed);
  if (m) return committee(ctx, m[1]!, m[2]!, where, upTo);
  const s = SHORT.exec(printed);
  return s ? short(ctx, s[1]!.replace(/\s+/, ""), where) : undefined;
}

function blockOrder(ctx: RuleContext, upTo: number): number[] {
  const last = Math.min(upTo, ctx.blocks.length - 1);
  const out: number[] = [];
  for (let i = last; i >= 0; i--) out.push(i);
  for (let i = last + 1; i < ctx.blocks.length; i++) out.push(i);
  return out;
}

function committee(ctx: RuleContext, word: string, number: string, where: Where, upTo: number): string | undefined {
  const sibling = new RegExp(`^(.*?)\\b${word}\\s?\\d{1,3}[A-Z]?\\b`);
  for (const i of blockOrder(ctx, upTo)) {
    const b = ctx.blocks[i]!;
    for (const o of [...b.orgs].reverse()) {
      const prefix = sibling.exec(b.block.text.slice(o.start, o.end))?.[1];
      if (prefix && /\S/.test(prefix)) return ctx.orgs.resolveDesignation(`${prefix}${word} ${number}`, where);
    }
  }
  return undefined;
}

/** The roots (top bodies) of the bodies the document names, most named first; each tried as the family. */
function short(ctx: RuleContext, designation: string, where: Where): string | undefined {
  const count = new Map<string, number>();
  for (const b of ctx.blocks) {
    for (const o of b.orgs) {
      let root = o.key;
      for (let up = ctx.orgs.parentOf(root), n = 0; up && n < 8; up = ctx.orgs.parentOf(up), n++) root = up;
      count.set(root, (count.get(root) ?? 0) + 1);
    }
  }
  const roots = [...count.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  for (const root of roots) {
    const acronym = ctx.orgs.row(root)?.acronym ?? ctx.orgs.created.get(root)?.acronym;
    if (!acronym) continue;
    const key = ctx.orgs.resolveDesignation(`${acronym} ${designation}`, where);
    if (key) return key;
  }
  return undefined;
}

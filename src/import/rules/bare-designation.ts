import type { Where } from "../recognize/facts.js";
import type { RuleContext } from "./rule.js";

/** A committee's designation printed without its family: "TC 86", "SC 29", "WG 3", "SyC 2". */
const BARE = /^(TC|SC|SEG|SyC|WG)\s?(\d{1,3}[A-Z]?)\b/;

/**
 * "Chair of TC 86: Fibre Optics", "Convenor of WG 3": a designation printed without its family is
 * one of the family the document prints the same kind of designation with ("IEC TC 73" → IEC TC
 * 86; "JTC 1/SC 24" → JTC 1/SC 29), the nearest such mention up to block `upTo` first, then the
 * first after it. The designation table (recognize/organizations.ts) resolves or proposes it, so
 * it is the graph's body when the graph has it and a part of the family's body when not. A
 * family the table does not know, or a document that prints no sibling, gives nothing: never a new
 * top-level body, never a guess from the nearest body.
 */
export function bareDesignation(ctx: RuleContext, phrase: string, where: Where, upTo: number): string | undefined {
  const m = BARE.exec(phrase.trim());
  if (!m) return undefined;
  const word = m[1]!;
  const sibling = new RegExp(`^(.*?)\\b${word}\\s?\\d{1,3}[A-Z]?\\b`);
  const familyAt = (i: number): string | undefined => {
    const b = ctx.blocks[i]!;
    for (const o of [...b.orgs].reverse()) {
      const prefix = sibling.exec(b.block.text.slice(o.start, o.end))?.[1];
      if (prefix && /\S/.test(prefix)) return prefix;
    }
    return undefined;
  };
  const order = [...Array(Math.min(upTo, ctx.blocks.length - 1) + 1).keys()].reverse().concat([...Array(Math.max(0, ctx.blocks.length - upTo - 1)).keys()].map((k) => upTo + 1 + k));
  for (const i of order) {
    const prefix = familyAt(i);
    if (prefix) return ctx.orgs.resolveDesignation(`${prefix}${word} ${m[2]}`, where);
  }
  return undefined;
}

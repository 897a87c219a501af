import { designationBody } from "./designation-body.js";
import { whereOf } from "./evidence.js";
import type { RuleContext } from "./rule.js";

/**
 * The body the page is about: the body a heading just above the officer line begins with ("XY7:
 * Graphics and Imaging", within `window` lines above: twelve for an officer line), else the first named in its first three
 * lines (a meeting number's group, "… XY3 QZ#29", being that group's sub-group;
 * designation-body.ts), else its subject.
 */
export function pageBody(ctx: RuleContext, at: number, window = 12): string | undefined {
  for (const b of ctx.blocks.slice(Math.max(0, at - window), at).reverse()) {
    const first = b.orgs[0];
    if (first && first.start === 0 && b.block.text.length <= 80 && /^\s*(?::|[–—-]\s|$)/.test(b.block.text.slice(first.end))) return first.key;
  }
  for (const b of ctx.blocks.slice(0, 3)) {
    if (!b.orgs[0]) continue;
    const numbered = /^(.*?)#\d/.exec(b.block.text);
    return (numbered ? designationBody(ctx, numbered[1]!, whereOf(b)) : undefined) ?? b.orgs[0].key;
  }
  return ctx.facts.subjectOrganization;
}

/** A body's head word, as a page's title names its own body ("Harbour Buoys Working Group Charter"). */
const BODY_HEAD = /\b(?:Working\s+Group|Community\s+Group|Interest\s+Group|Business\s+Group|Task\s+Force|(?:Sub)?[Cc]ommittee|Council|Board|Consortium|Alliance|Forum)\b/u;
/**
 * The page's title names a body the mentions stage did not read (no mention covers its head word):
 * the page's own body is then unknown, and a body its later lines name is not it.
 */
export function titleUnread(ctx: RuleContext): boolean {
  const title = ctx.blocks[0];
  const head = title ? BODY_HEAD.exec(title.block.text) : null;
  return !!head && !title!.orgs.some((o) => o.start <= head.index && o.end >= head.index + head[0].length);
}

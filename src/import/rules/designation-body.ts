import type { RuleContext } from "./rule.js";

/**
 * The body a designation names, as a meeting number or a heading prints it: the last body the
 * text names, or, when the text goes on with a short capitalized suffix right after it ("3GPP
 * XY3 QZ" of "3GPP XY3 QZ#29"), that body's sub-group of that name (proposed under it when the
 * graph does not hold it). Undefined when the text names no body, or ends in something else.
 */
export function designationBody(ctx: RuleContext, text: string, where: { locator: string; quote: string }): string | undefined {
  const printed = text.trim();
  const last = ctx.orgs.scan(printed, where).at(-1);
  if (!last) return undefined;
  const rest = printed.slice(last.end);
  if (!rest.trim()) return last.key;
  const suffix = /^[\s-]([\p{Lu}]{2,5})$/u.exec(rest);
  if (!suffix) return undefined;
  const parentAcronym = ctx.orgs.row(last.key)?.acronym ?? ctx.orgs.created.get(last.key)?.acronym;
  const name = `${last.printed} ${suffix[1]}`.replace(/\s+/g, " ");
  return ctx.orgs.propose({
    name, ...(parentAcronym ? { acronym: `${parentAcronym} ${suffix[1]}` } : {}), kind: "WORKING_GROUP", partOf: last.key,
    aliases: [`${last.printed}-${suffix[1]}`], locator: where.locator, quote: where.quote,
  });
}

import type { Where } from "../recognize/facts.js";
import { guessKind } from "../recognize/organizations.js";
import type { RuleContext } from "./rule.js";

/** The word a body's name ends with, naming what kind of body it is. */
const KIND_WORD = String.raw`(?:Committee|Group|Board|Council|Forum|Commission|Assembly|Task Force|Alliance|Consortium|Bureau|Secretariat)`;
/** A body named by its kind, with at most three capitalized words before: "Board", "General Assembly", "Business Advisory Committee". */
const KIND_PHRASE = new RegExp(`^((?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}${KIND_WORD})$`, "u");

/** The capitalized head of a phrase after "of": "the new XY Board, elected at…" → "XY Board"; "General Assembly representing users" → "General Assembly". */
export function bodyPhrase(text: string): string {
  const words = text.trim().replace(/^(?:the\s+)?(?:new\s+)?/i, "").split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    if (/^[\p{Lu}\p{N}]/u.test(w) || (kept.length > 0 && /^(?:of|for|and|on|&)$/.test(w))) kept.push(w);
    else break;
  }
  while (kept.length > 0 && /^(?:of|for|and|on|&)$/.test(kept.at(-1)!)) kept.pop();
  return kept.join(" ").replace(/[,.;:]+$/, "");
}

/**
 * The body a role's phrase names: the graph's or the document's body the phrase is; a body named
 * with its kind after a known one ("XY Board": the Board of XY, proposed as part of it); a
 * body named by its kind alone ("the General Assembly", "the board"): the last body named up to
 * `upTo` whose name holds that phrase, else the first after it, else "<a body> <phrase>" where the
 * document prints it so ("… the XY General Assembly …"), proposed as part of that body.
 * Undefined when the phrase names no body: never a guess at the nearest one.
 */
export function bodyOfPhrase(ctx: RuleContext, printed: string, where: Where, upTo: number): string | undefined {
  const phrase = bodyPhrase(printed.replace(/^(?:the\s+)?(?:new\s+)?\p{Ll}/u, (c) => c.toUpperCase()));
  if (!phrase) return undefined;
  // A body named by its kind ("General Assembly", "Board") is the document's, before any other reading.
  const kind = KIND_PHRASE.exec(phrase)?.[1];
  const inDocument = kind ? namedInDocument(ctx, kind, upTo) : undefined;
  if (inDocument) return inDocument;
  const covers = (text: string) => ctx.orgs.scan(text, where).find((o) => o.start === 0 && o.end >= text.length);
  const whole = covers(phrase);
  if (whole) return whole.key;
  const short = shortForm(ctx, phrase, upTo);
  if (short) return short;
  const first = ctx.orgs.scan(phrase, where)[0];
  if (!first || first.start !== 0) return undefined;
  // "XY Harbour Standards Bureau": the rest may be a body of its own, the graph's.
  const rest = phrase.slice(first.end).trim();
  const restBody = covers(rest);
  if (restBody) return restBody.key;
  if (!KIND_PHRASE.test(rest)) return undefined;
  return ctx.orgs.propose({ name: phrase, kind: guessKind(phrase), partOf: first.key, locator: where.locator, quote: where.quote });
}

/**
 * "of SA", "as CT Chair": a bare short acronym the graph does not hold is the body the document
 * named with it as the last word of a longer form ("… Aspects (TSG SA)", "TSG-SA"): the nearest
 * such mention up to `upTo`, else the first after. Never a body named otherwise.
 */
function shortForm(ctx: RuleContext, phrase: string, upTo: number): string | undefined {
  if (!/^[A-Z][A-Z0-9]{1,4}$/.test(phrase)) return undefined;
  const ends = new RegExp(`[\\s(/-]${phrase}\\)?$`);
  const at = (i: number) => {
    const b = ctx.blocks[i]!;
    return [...b.orgs].reverse().find((o) => ends.test(b.block.text.slice(o.start, o.end)) || ends.test(ctx.orgs.label(o.key)))?.key;
  };
  for (let i = Math.min(upTo, ctx.blocks.length - 1); i >= 0; i--) {
    const hit = at(i);
    if (hit) return hit;
  }
  for (let i = upTo + 1; i < ctx.blocks.length; i++) {
    const hit = at(i);
    if (hit) return hit;
  }
  return undefined;
}

function namedInDocument(ctx: RuleContext, kind: string, upTo: number): string | undefined {
  const holds = (key: string) => new RegExp(`\\b${kind.replace(/\s+/g, "\\s+")}\\b`, "i").test(ctx.orgs.label(key));
  for (let i = Math.min(upTo, ctx.blocks.length - 1); i >= 0; i--) {
    const hit = [...ctx.blocks[i]!.orgs].reverse().find((o) => holds(o.key));
    if (hit) return hit.key;
  }
  for (let i = upTo + 1; i < ctx.blocks.length; i++) {
    const hit = ctx.blocks[i]!.orgs.find((o) => holds(o.key));
    if (hit) return hit.key;
  }
  // "the XY General Assembly" printed somewhere: that body's assembly.
  const flat = kind.replace(/\s+/g, "\\s+");
  for (const b of ctx.blocks) {
    for (const o of b.orgs) {
      if (!new RegExp(`^\\s+${flat}\\b`, "i").test(b.block.text.slice(o.end))) continue;
      const name = `${b.block.text.slice(o.start, o.end)} ${kind}`;
      return ctx.orgs.propose({ name, kind: guessKind(name), partOf: o.key, locator: b.block.locator, quote: b.block.text });
    }
  }
  return undefined;
}

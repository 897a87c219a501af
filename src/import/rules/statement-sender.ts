import type { Where } from "../recognize/facts.js";
import { guessKind } from "../recognize/organizations.js";
import type { RoleKind } from "../recognize/people.js";
import { nameLine, roleOf } from "./names.js";
import type { RuleContext } from "./rule.js";

/**
 * The body a liaison statement comes from: the sender of the first statement the form gave (the
 * most specific body its From row names), else the document's issuer (its From / Source row, read
 * once by recognize/document.ts and passed in the rule context). With `prose`, a statement whose
 * form names no sender (a Datatracker page without a From Group row, a letter with no header) is
 * the body its own text speaks as (`speakingBody`).
 */
export function statementSender(ctx: RuleContext, options: { prose?: boolean; addressees?: readonly string[] } = {}): string | undefined {
  const known = ctx.facts.liaisons.find((l) => l.kind === "LIAISON_STATEMENT")?.from ?? ctx.issuer;
  return known ?? (options.prose ? speakingBody(ctx, options.addressees ?? []) : undefined);
}

/** The verb right after a sentence's subject when a body speaks of itself: "X is interested in", "X thanks Y for", "X would like to". */
const SPEAKS = /^\s+(?:is|has|had|was|would|wishes|intends|thanks|kindly|appreciates|informs|requests|invites|plans|notes|believes|previously|also|herewith)\b/;
/** A body spoken to, not speaking: "X is invited to", "X is kindly requested to", "X is asked". */
const SPOKEN_TO = /^\s+(?:is|are)\s+(?:kindly\s+)?(?:invited|requested|asked|encouraged|urged)\b/;
/** Where a subject starts: a sentence's start, or a clause after "inform(s) … that". */
const SUBJECT_START = /(?:^|[.!?;:]\s+|\bthat\s+)(?:the\s+)?$/i;
/** A body no mention covers, named by capitalized words and a body's kind word ("the Harbour Sensors Forum"). */
const NAMED_BODY = /(?<=(?:^|[.!?;:]\s+|\bthat\s+)(?:[Tt]he\s+)?)((?!The\s)(?:\p{Lu}[\p{L}-]+\s+){1,4}(?:Forum|Alliance|Consortium|Association|Council|Institute|Organization|Organisation|Society|Partnership|Foundation))\b/gu;

/**
 * The body a statement's running text speaks as ("The Harbour Forum is interested in …", "We would
 * like to inform the QTF that the Harbour Forum intends …", "HSA thanks QTF for its liaison"): the
 * body most often the subject of such a sentence in the prose blocks, never one of the addressees
 * nor one the text invites or asks. Undefined when no body speaks so, or two speak equally often.
 */
export function speakingBody(ctx: RuleContext, addressees: readonly string[]): string | undefined {
  // Counted by key (a mention) or by name (a body no mention covers, proposed if it wins).
  const counts = new Map<string, { n: number; name?: string; where: { locator: string; quote: string } }>();
  const count = (id: string, where: { locator: string; quote: string }, name?: string) => {
    const c = counts.get(id) ?? { n: 0, ...(name ? { name } : {}), where };
    c.n++;
    counts.set(id, c);
  };
  for (const b of ctx.blocks) {
    const text = b.block.text;
    // Prose, not a form's row ("From Contact …", "Purpose For information").
    if (text.length < 60 || !/\s\p{Ll}+\s\p{Ll}+\s/u.test(text)) continue;
    const where = { locator: b.block.locator, quote: text };
    for (const o of b.orgs) {
      if (addressees.includes(o.key)) continue;
      const before = text.slice(Math.max(0, o.start - 40), o.start);
      // "The Harbour Forum (HF) wishes …": the acronym after the name is no verb.
      const after = text.slice(o.end, o.end + 60).replace(/^\s*\([^()]{1,20}\)/, "");
      if (!SUBJECT_START.test(before) || !SPEAKS.test(after) || SPOKEN_TO.test(after)) continue;
      count(o.key, where);
    }
    for (const m of text.matchAll(NAMED_BODY)) {
      const end = m.index + m[0].length;
      if (b.orgs.some((o) => o.start < end && o.end > m.index)) continue;
      const after = text.slice(end, end + 40);
      if (SPEAKS.test(after) && !SPOKEN_TO.test(after)) count(`name:${m[1]!.toLowerCase()}`, where, m[1]!);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1].n - a[1].n);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1].n === ranked[1]![1].n)) return undefined;
  const [id, won] = ranked[0]!;
  if (!won.name) return id;
  // "The Harbour Sensors Forum is interested …": a body by its name and kind word, the graph's if it knows it.
  return ctx.orgs.find([won.name])?.key ?? ctx.orgs.propose({ name: won.name, kind: guessKind(won.name), locator: won.where.locator, quote: won.where.quote });
}

/** A letter's closing ("Sincerely,", "Yours faithfully,", "Best regards,", "Kind regards"). */
const CLOSING = /^(?:(?:Yours\s+)?(?:sincerely|faithfully|truly)|(?:With\s+)?(?:best|kind|warm)\s+regards|Regards|Respectfully(?:\s+yours)?|Best\s+wishes)\s*,?$/i;

/** Who signs a letter: the name line under its closing, and the office and body the lines under the name state. */
export interface Signer {
  name: string;
  /** The title lines under the name, as printed ("Secretariat, ISO/IEC JTC 1/SC 2"). */
  title: string;
  /** The body the title names (the first it names), and the office the title states there. */
  body?: string;
  role?: RoleKind;
  where: Where;
}

/**
 * The signer of a letter: the first line that is a person's name alone within two lines under a
 * closing, and the title on the (at most two) short lines under it ("Secretariat, XY/SC 9", "Chair
 * of the Tide Board", "Tide Board"): the first body it names and the first office it states.
 */
export function signerOf(ctx: RuleContext): Signer | undefined {
  const close = ctx.blocks.findIndex((b) => CLOSING.test(b.block.text.trim()));
  if (close < 0) return undefined;
  const at = ctx.blocks.slice(close + 1, close + 3).findIndex((b) => nameLine(b.block.text) !== undefined);
  if (at < 0) return undefined;
  const nameBlock = ctx.blocks[close + 1 + at]!;
  const titleBlocks = ctx.blocks.slice(close + 2 + at, close + 4 + at).filter((b) => b.block.text.length <= 100 && nameLine(b.block.text) === undefined);
  const title = titleBlocks.map((b) => b.block.text).join(", ").trim();
  const where: Where = { locator: nameBlock.block.locator, quote: [nameBlock.block.text, ...titleBlocks.map((b) => b.block.text)].join("\n") };
  const body = titleBlocks.flatMap((b) => b.orgs)[0]?.key;
  const role = title ? roleOf(title) : undefined;
  return { name: nameLine(nameBlock.block.text)!, title, ...(body ? { body } : {}), ...(role ? { role } : {}), where };
}

/** What may follow a body's name on a letterhead line: its name's capitalized tail ("… LAN/MAN Standards Committee"). */
const LETTERHEAD_TAIL = /^(?:\s+[\p{Lu}\d][\p{L}\d/&.-]*){0,12}[\s,.:]*$/u;

/**
 * The body a letter comes from, when no form says: the body its signer's title names, else its
 * letterhead (a line that starts with a body's name and goes on in capitalized words only, a name and a title joined to it included, within the four lines above `near`, the
 * letter's first addressee row; -1 for none), else the document's issuer (its Source or From row:
 * a mail archive's list is a worse sender than the letterhead over the letter it carries), else
 * the body its prose speaks as. Never one of `addressees`.
 */
export function letterSender(ctx: RuleContext, near: number, addressees: readonly string[]): string | undefined {
  const fit = (key: string | undefined) => (key && !addressees.includes(key) ? key : undefined);
  const letterhead = near < 0 ? undefined : ctx.blocks.slice(Math.max(0, near - 4), near).reverse()
    .map((b) => ctx.orgs.scan(b.block.text, { locator: b.block.locator, quote: b.block.text }).find((o) => o.start === 0 && LETTERHEAD_TAIL.test(b.block.text.slice(o.end)))?.key)
    .find((k) => fit(k));
  return fit(signerOf(ctx)?.body) ?? letterhead ?? fit(ctx.issuer) ?? fit(speakingBody(ctx, addressees));
}

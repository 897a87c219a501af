import { sameDeliverable } from "../deliverable-code.js";
import { sentences } from "../text-utils.js";
import { whereOf } from "./evidence.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";

/**
 * A coined name, the shape standards are named by: a digit or a capital inside the word ("QX3",
 * "TideML", "HTanim", "qnTF"), or four capitals or more ("QVML"), with a hyphened part ("QPEG-7").
 */
const NAME = String.raw`(?:\p{Lu}(?:[\p{L}\d]*(?:\d|\p{Ll}\p{Lu})|\p{Lu}+\p{Ll})[\p{L}\d]*|\p{Lu}{4,}\d*|\p{Ll}{1,4}\p{Lu}[\p{L}\d]*)(?:-[\p{Lu}\d][\p{L}\d]*)?`;
/** Several names: "QX3 and HTanim", "QVML, QX3 or QPEG-7". */
const NAMES = String.raw`${NAME}(?:\s*,\s*${NAME})*(?:\s*,?\s+(?:and|or)\s+${NAME})?`;
/** Words that say the name before them is a deliverable's (as data). */
const WORDS = ["standards?", "specifications?", "International\\s+Standards?", "file\\s+formats?", "formats?"];
/** "the QX3 standard", "the QVML and QX3 International Standards", "the QX3 suite of standards". */
const NAMED = new RegExp(
  String.raw`(?<![\p{L}\d/.-])(${NAMES})(?:\s+\d+(?:\.\d+)*)?\s+(?:(?:suite|family|series)\s+of\s+)?(?:${WORDS.join("|")})\b`,
  "gu",
);
/** Acronyms of technologies, not of any one standard (as data): "the IoT standards" names none. */
const GENERIC = new Set(["IoT", "IIoT", "ICT", "ICTs", "AI", "VR", "AR", "XR", "MR", "5G", "6G", "4G", "3D", "2D", "NGN", "IMT", "HTTP", "URL", "USB", "OTT", "SDOs", "SDO"]);
/** Words that say the deliverable is still being made. */
const MAKING = /\b(?:draft(?:ing)?|under\s+development|(?:is|are)\s+(?:currently\s+)?developing|will\s+(?:develop|specify|define))\b/i;

/**
 * A deliverable named by a bare coined name with a standard's word next to it (twelfth round):
 * "extending the QX3 and HTanim standards", "the qnTF 2.0 specification", "the QX3 suite of
 * standards": each name a standard (a specification when the word says so), published unless the
 * sentence says it is being made. A name the mentions stage read as a body, or that the graph or
 * the document holds as one ("the QSA standards"), a technology's acronym ("IoT"), and a code
 * another reading already proposed are none. Its developer is the body named nearest before it in
 * the sentence, else the body the document is about, else its issuer; with none, nothing.
 */
export const standardWordName: Rule = {
  name: "standard-word-name",
  genres: "any",
  scope: "block",
  trigger: /\b(?:standards?|specifications?|formats?)\b/i,
  apply(ctx, b) {
    if (!b) return;
    for (const s of sentences(b.block.text)) {
      for (const m of s.text.matchAll(NAMED)) {
        const listAt = s.start + m.index;
        const word = m[0].slice(m[1]!.length);
        for (const item of m[1]!.matchAll(new RegExp(NAME, "gu"))) {
          const at = listAt + item.index;
          const name = item[0];
          if (GENERIC.has(name) || isBody(ctx, b, at, name)) continue;
          if (ctx.facts.deliverables.some((d) => sameDeliverable(name, d) || d.code.includes(name))) continue;
          const developedBy = developer(ctx, b, s, at);
          if (!developedBy) continue;
          const making = MAKING.test(s.text);
          ctx.addDeliverable({
            code: name, kind: /specification/i.test(word) ? "SPECIFICATION" : "STANDARD", status: making ? "IN_PROGRESS" : "PUBLISHED",
            statusWord: word.trim(), developedBy, topics: [], confidence: "unconfirmed", where: whereOf(b),
          });
        }
      }
    }
  },
};

/** A name a mention covers, or that names a body the graph or the document knows. */
function isBody(ctx: RuleContext, b: RuleBlock, at: number, name: string): boolean {
  return b.orgs.some((o) => o.start <= at + name.length && o.end >= at) || !!ctx.orgs.find([name]);
}

function developer(ctx: RuleContext, b: RuleBlock, s: { text: string; start: number }, at: number): string | undefined {
  const before = b.orgs.filter((o) => o.start >= s.start && o.end <= at).at(-1)?.key;
  return before ?? ctx.facts.subjectOrganization ?? ctx.issuer;
}

import { guessKind } from "../recognize/organizations.js";
import { countryCode } from "../recognize/places.js";
import { whereOf } from "./evidence.js";
import { pageBody } from "./page-body.js";
import { HONORIFIC, NAME, nameLine, roleOf } from "./names.js";
import type { Rule, RuleContext } from "./rule.js";

const OFFICE = String.raw`(?:Vice[\s-]?Chair(?:man|woman|person)?|Co[\s-]?Chair(?:man|woman|person)?|Chair(?:man|woman|person)?|Convenor|Convener|(?:Meeting\s+)?Secretary|Secretariat|Rapporteur)`;
const LINE = new RegExp(`^(?:[·•▪◦○●*–-]\\s*)?(${OFFICE})s?\\s*:\\s*${HONORIFIC}?(.+)$`, "iu");
const NAME_THEN_REST = new RegExp(`^(${NAME})(?:\\s*,\\s*|\\s+)(.*)$`, "u");
/** A name without a comma before its body: its first word (and initials or particles), then its last. */
const SHORT_NAME = /^((?:[\p{Lu}]\.\s*)*[\p{Lu}][\p{L}'’-]+(?:\s+(?:van|von|de|da|del|der|di|le|la|bin|al))*\s+[\p{Lu}][\p{L}'’-]+)\s+(.+)$/u;

/**
 * A page's or report's officer lines: "Chair: Name, Affiliation", "Vice Chairman: Name
 * Affiliation", "Meeting Secretary: Name Affiliation", one a line under the page's heading. The
 * person holds the office in the body the page is about (the body its first lines name, else its
 * subject), and is affiliated with the body after the name (proposed when the graph does not know
 * it). A line whose office is of another body ("Chair of …") is the officer-list rule's.
 */
export const officerLine: Rule = {
  name: "officer-line",
  genres: "any",
  scope: "block",
  trigger: new RegExp(`^(?:[·•▪◦○●*–-]\\s*)?${OFFICE}s?\\s*:`, "iu"),
  apply(ctx, b) {
    if (!b || b.block.text.length > 120) return;
    const m = LINE.exec(b.block.text);
    if (!m) return;
    const role = roleOf(m[1]!) ?? (/secretar/i.test(m[1]!) ? "SECRETARIAT" : undefined);
    const body = pageBody(ctx, b.index);
    if (!role || !body) return;
    // "Secretariat: Fr A Quill, DIN": a person's courtesy title in another language is no name word.
    const split = splitName(m[2]!.trim().replace(/^(?:Fr|Frau|Herr|Mme)\.?\s+(?=\p{Lu})/u, ""));
    if (!split) return;
    // "Secretariat: Harbour Standards Institution": a secretariat is often a body, never read as a person.
    if (/secretariat/i.test(m[1]!) && !nameLine(split.name)) return;
    const where = whereOf(b);
    // "Chairman: Dr A Quill (USA)": a country after the name is the person's, not an affiliation.
    // "DIN (resigning)": a remark in lower case after the affiliation is none of its name.
    const rest = split.rest.replace(/\s*\(\p{Ll}[^()]*\)\s*$/u, "");
    const country = countryCode(rest.replace(/^\(|\)$/g, ""));
    const affiliation = rest && !country ? affiliationOf(ctx, rest, where) : undefined;
    if (affiliation === body) return;
    const person = ctx.addPerson(split.name, where, { affiliations: affiliation ? [affiliation] : [], ...(country ? { country } : {}) });
    ctx.addRole(person, body, role, m[1]!, where, 0.8);
  },
};

function splitName(value: string): { name: string; rest: string } | undefined {
  const comma = /^([^,]+),\s*(.*)$/.exec(value);
  if (comma && new RegExp(`^${NAME}$`, "u").test(comma[1]!.trim())) return { name: comma[1]!.trim(), rest: comma[2]!.trim() };
  // "Ada Quill XYZ": an acronym after the name is the body, not a third name.
  const acronym = /^(.+?)\s+([\p{Lu}][\p{Lu}\p{N}&-]+)$/u.exec(value);
  if (acronym && new RegExp(`^${NAME}$`, "u").test(acronym[1]!)) return { name: acronym[1]!, rest: acronym[2]! };
  if (new RegExp(`^${NAME}$`, "u").test(value) && value.split(/\s+/).length <= 3) return { name: value, rest: "" };
  const short = SHORT_NAME.exec(value) ?? NAME_THEN_REST.exec(value);
  return short ? { name: short[1]!.trim(), rest: short[2]!.trim() } : undefined;
}

/** The body an affiliation names: the graph's, else a new one when it reads as a name (a few words, no sentence). */
function affiliationOf(ctx: RuleContext, text: string, where: { locator: string; quote: string }): string | undefined {
  const known = ctx.orgs.scan(text, where)[0];
  if (known && known.start === 0 && known.end >= text.replace(/[\s.,]+$/, "").length) return known.key;
  const words = text.split(/\s+/);
  if (words.length > 6 || /[.;:]\s|\b(?:is|was|are|will|has)\b/.test(text)) return undefined;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /[^\p{L}]/u.test(w) || /^(?:of|and|for|de|the|&)$/.test(w))) return undefined;
  return ctx.orgs.propose({ name: text, kind: guessKind(text), locator: where.locator, quote: where.quote });
}

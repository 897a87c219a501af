import type { Where } from "../recognize/facts.js";
import { nameCandidates, taggedAsPerson, taggedPeople, type NameCandidate } from "./person-names.js";
import { countryCode } from "../recognize/places.js";
import { whereOf } from "./evidence.js";
import { bodyOfPhrase } from "./kind-body.js";
import { roleOf } from "./names.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";

const ROLE = String.raw`(?:[Vv]ice[\s-]?[Cc]hair(?:man|woman|person)?|[Cc]o[\s-]?[Cc]hair(?:man|woman|person)?|[Cc]hair(?:man|woman|person)?|[Dd]irector|[Cc]onvenor|[Cc]onvener|[Rr]apporteur|[Ee]ditor)`;
/** ", Director of the X Bureau," right after the name. */
const APPOSITION = new RegExp(`^\\s*,\\s+(?:the\\s+)?(${ROLE})\\s+(?:of|for)\\s+(?:the\\s+)?([^,.;()]+)`, "u");
/** ", serving as JTC 1's chair" after an apposition. */
const SERVING = new RegExp(`^\\s*,\\s+(?:and\\s+)?(?:serving|who\\s+serves)\\s+as\\s+(?:the\\s+)?([\\p{Lu}][^,.;]*?)['’]s\\s+(${ROLE})\\b`, "u");
/** " has been Director of X since …", " is the Chair of X". */
const HOLDS = new RegExp(`^\\s+(?:is|has\\s+been|was|remains)\\s+(?:the\\s+|a\\s+)?(?:new\\s+)?(${ROLE})\\s+(?:of|for)\\s+(?:the\\s+)?([^,.;]+)`, "u");
/** "the group's Chairman X", "CEO X": an office's title right before the name. */
const TITLE_BEFORE = /\b(?:Chair(?:man|woman|person)?|Co-?Chair|Vice[\s-]?Chair(?:man|woman)?|Director(?:-General)?|Rapporteur|Convenor|Secretary-General|President|CEO)\s+$/;
/** "Opening remarks by X", "Keynote by X", "moderated by X". */
const BY = /\b(?:remarks|keynote|address|talk|presentation|welcome|opened|presented|moderated|facilitated|delivered|given|hosted)\s+by\s+$/i;
/** " of France and …", " of Burkina Faso were …": a person's country after the name. */
const OF_COUNTRY = /^\s+of\s+((?:the\s+)?(?:Republic\s+of\s+)?[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,2})/u;

/**
 * People in running prose and programmes, named without an honorific or parentheses (failure
 * class 6): each candidate name (recognize/person-names.ts) is kept only where its context says it
 * is a person (the weak ones only when the `compromise` tagger also reads a person there):
 * - in apposition to an office of a body: "X, Director of the Example Bureau, opened …" (the role; "Director
 *   of standards at Quarry Ltd": Quarry Ltd's; ", serving as the Committee's chair" after it: a second office);
 * - after a body's office: "the Example Bureau Director X" (the role; "Chairman X" alone: the person);
 * - holding one: "X has been Director of the Example Bureau since January 2031" (the role);
 * - (weak) with a country: "X of Ruritania and Y of Freedonia were re-elected …";
 * - (weak) after "remarks by", "keynote by", "moderated by" …;
 * - (weak) a programme's "(X, Y, Body)" and "X, Body" lines of an event page (affiliations).
 * Nowhere else: a capitalized phrase alone is not a person.
 */
export const prosePeople: Rule = {
  name: "prose-people",
  genres: ["news", "event", "group", "report", "other"],
  scope: "block",
  trigger: /\p{Lu}\p{Ll}+\s+\p{Lu}/u,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    const where = whereOf(b);
    let tagged: Set<string> | undefined;
    // A weak context (a country, "keynote by", a programme's parentheses) needs the tagger's word too.
    const person = (c: NameCandidate) => taggedAsPerson((tagged ??= taggedPeople(text)), c);
    const taken = (c: NameCandidate) => b.orgs.some((o) => o.start < c.end && o.end > c.start) || b.people.some((p) => p.start < c.end && p.end > c.start);
    // A person the mentions stage found ("Mr …", or a name the graph knows) may stand in apposition
    // to an office too: that sentence says which body, over the generic reading's nearest one.
    for (const p of b.people) {
      if (office(ctx, b, { start: p.start, end: p.end, name: p.name }, true)) continue;
      const title = TITLE_BEFORE.exec(text.slice(Math.max(0, p.start - 40), p.start));
      if (title) titledByBody(ctx, b, p.start - (Math.min(40, p.start) - title.index), title[0].trim(), ctx.addPerson(p.name, where));
    }
    for (const found of nameCandidates(text)) {
      const c = afterTitle(found) ?? found;
      if (taken(c)) continue;
      const before = text.slice(Math.max(0, c.start - 40), c.start);
      const after = text.slice(c.end);
      if (/\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s*$/.test(before)) continue; // the mentions stage's
      if (office(ctx, b, c, false)) continue;
      // "the group's Chairman Ada Quill", "… Ada Quill wrote:" (a mail's quoted reply).
      const title = TITLE_BEFORE.exec(before);
      if (title || /^\s+wrote:/.test(after)) {
        const key = ctx.addPerson(c.name, where);
        if (title) titledByBody(ctx, b, c.start - (before.length - title.index), title[0].trim(), key);
        continue;
      }
      const country = OF_COUNTRY.exec(after);
      if (country && countryCode(country[1]!) && person(c)) {
        ctx.addPerson(c.name, where, { country: countryCode(country[1]!)! });
        continue;
      }
      if (BY.test(before) && person(c)) {
        ctx.addPerson(c.name, where);
        continue;
      }
      if (ctx.genre === "event" && person(c)) {
        // A session's name line beside its speakers' lines (its chair or host, untitled).
        if (c.start === 0 && c.end === text.trim().length && neighbourHasSpeaker(ctx, b)) ctx.addPerson(c.name, where);
        else programme(ctx, b, c, where);
      }
    }
  },
};

/** "Name, Director of the X Bureau," or "Name has been Chair of X since …": the person and the office. */
function office(ctx: RuleContext, b: RuleBlock, c: NameCandidate, known: boolean): boolean {
  const after = b.block.text.slice(c.end).replace(/^\s*\([^)]*\)/, "");
  const m = APPOSITION.exec(after) ?? HOLDS.exec(after);
  if (!m) return false;
  const role = roleOf(m[1]!);
  const where = whereOf(b);
  // "Director of standards initiatives at Quarry Ltd": the office's body is the one after "at".
  const at = /^(?:\p{Ll}[\p{L}-]*\s+){1,4}at\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(m[2]!.trim());
  const employer = (name: string) => ctx.orgs.scan(name, where).find((o) => o.start === 0)?.key
    ?? (/^\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}$/u.test(name.trim()) ? ctx.orgs.propose({ name: name.trim(), kind: "COMPANY", locator: where.locator, quote: where.quote }) : undefined);
  const organization = role ? bodyOfPhrase(ctx, m[2]!, where, b.index) ?? (at ? employer(at[1]!) : undefined) : undefined;
  if (!role || !organization) return false;
  if (known) ctx.facts.roles = ctx.facts.roles.filter((r) => r.person !== c.name || r.role !== role || r.where.locator !== b.block.locator);
  const key = ctx.addPerson(c.name, where);
  const since = /\bsince\s+((?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)?\s*\d{4})/.exec(after.slice(0, 200));
  ctx.addRole(key, organization, role, `${m[1]} of ${m[2]!.trim()}`, where, 0.75, since ? sinceOf(since[1]!) : undefined);
  // "…, serving as the Committee's chair": a second office, in the body before it.
  const serving = SERVING.exec(after.slice(m[0].length));
  const second = serving ? roleOf(serving[2]!) : undefined;
  const secondBody = serving && second ? bodyOfPhrase(ctx, serving[1]!, where, b.index) : undefined;
  if (second && secondBody) ctx.addRole(key, secondBody, second, `${serving![1]}'s ${serving![2]}`, where, 0.75);
  return true;
}

/** "HSA Director-General Ada Quill" read as one run of capitalized words: the name after the office's title. */
function afterTitle(c: NameCandidate): NameCandidate | undefined {
  const m = /^(.*\s)?(?:Chair(?:man|woman|person)?|Co-?Chair|Vice[\s-]?Chair(?:man|woman)?|Director(?:-General)?|Rapporteur|Convenor)\s+(\S+(?:\s+\S+){1,3})$/.exec(c.name);
  return m ? { start: c.end - m[2]!.length, end: c.end, name: m[2]! } : undefined;
}

/** "the ETSI Director-General Ada Quill": an office's title right after a body the mentions stage found is that body's office. */
function titledByBody(ctx: RuleContext, b: RuleBlock, titleAt: number, title: string, person: string) {
  const role = roleOf(title);
  const body = b.orgs.find((o) => o.end <= titleAt && /^\s*$/.test(b.block.text.slice(o.end, titleAt)));
  if (role && body) ctx.addRole(person, body.key, role, `${b.block.text.slice(body.start, body.end)} ${title}`, whereOf(b), 0.7);
}

function neighbourHasSpeaker(ctx: RuleContext, b: RuleBlock): boolean {
  const near = [ctx.blocks[b.index - 1]?.block.text, ctx.blocks[b.index + 1]?.block.text].filter((t): t is string => !!t);
  return ctx.facts.people.some((p) => near.some((t) => t.includes(p.name)));
}

/** "(X, Y, Body)" after a talk's title, or a line "X, Body" of a programme. */
function programme(ctx: RuleContext, b: RuleBlock, c: NameCandidate, where: Where) {
  const text = b.block.text;
  const open = text.lastIndexOf("(", c.start);
  const close = text.indexOf(")", c.end);
  const inParens = open >= 0 && close > 0 && !text.slice(open, c.start).includes(")") && /^[\s\p{L}\p{N},.'’&-]*$/u.test(text.slice(open + 1, close));
  const line = text.trim().startsWith(text.slice(c.start, c.end)) && /^\s*,\s*[^,]{2,40}$/.test(text.slice(c.end).replace(/\s*\([^)]*\)\s*$|\s*:.*$/, ""));
  if (!inParens && !line) return;
  const group = inParens ? text.slice(open + 1, close) : text.slice(c.start).replace(/\s*\([^)]*\)\s*$|\s*:.*$/, "");
  const lastPart = group.split(",").at(-1)!.trim();
  // A year or a number ("(Rev. Lisbon, 2031)") is no body.
  if (!lastPart || lastPart === text.slice(c.start, c.end) || !/\p{L}{2}/u.test(lastPart)) return;
  // A body's name, or its web name ("awe.media").
  const named = /^[\p{Lu}\p{N}][\p{L}\p{N}.&-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&-]*){0,3}$/u.test(lastPart) || /^[\p{L}\p{N}-]+\.[a-z]{2,6}$/u.test(lastPart);
  const affiliation = ctx.orgs.scan(lastPart, where).find((o) => o.start === 0)?.key
    ?? (named && !countryCode(lastPart)
      ? ctx.orgs.propose({ name: lastPart, kind: "COMPANY", locator: where.locator, quote: where.quote }) : undefined);
  if (!affiliation) return;
  ctx.addPerson(c.name, where, { affiliations: [affiliation] });
}

function sinceOf(printed: string): string | undefined {
  const m = /^(?:(\d{1,2})\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)?\s*(\d{4})$/.exec(printed.trim());
  if (!m) return undefined;
  const month = m[2] ? ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].indexOf(m[2]) + 1 : 0;
  const pad = (n: number) => String(n).padStart(2, "0");
  return month ? (m[1] ? `${m[3]}-${pad(month)}-${pad(Number(m[1]))}` : `${m[3]}-${pad(month)}`) : m[3];
}

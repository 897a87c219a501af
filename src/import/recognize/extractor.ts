import { slug } from "../../editing/specs.js";
import type { TopicRow } from "../graph-index.repository.js";
import type { TextBlock } from "../proposal.js";
import { compactForm, numberValue, ORDINAL, ordinalValue, sentences, splitTopLevel, type Span } from "../text-utils.js";
import { findDates, findTimes, type DateRange } from "./dates.js";
import { deadlineKind } from "./deadline-kind.js";
import { deliverableKey } from "../deliverable-code.js";
import { deliverableCodes, ITU_T_PAGE } from "./deliverable-codes.js";
import { field, type Field } from "./fields.js";
import type { DeadlineFact, EventFact, Facts, LiaisonFact, PersonFact, Where } from "./facts.js";
import { guessKind, OrganizationResolver, type OrgMention } from "./organizations.js";
import { EMAIL_RE, findPeople, findRoleWords, normalizePhone, PHONE_RE, type PersonMention } from "./people.js";
import { cityTimezone, countryCode, findCities, findCountries } from "./places.js";
import type { GenreName } from "../genres/genre.js";
import type { RuleContext } from "../rules/rule.js";

const EVENT_WORDS = "Day|Assembly|Forum|Workshop|Summit|Conference|Symposium|Hackathon|Think-a-thon|Week|Congress|Expo|Festival|Webinar|Seminar|Roundtable|Dialogue|Plenary|Meeting";
const BULLET = /^[·•\-–—*▪◦○●]\s*/;

interface BlockContext {
  block: TextBlock;
  index: number;
  orgs: OrgMention[];
  people: PersonMention[];
}

/**
 * Walks the document's blocks and collects facts: people and their roles, meetings and events,
 * deadlines, liaisons (statements, collaboration lists, reporting lines), deliverables, cited
 * documents, statistics and topics. Organizations are found and resolved by the resolver as the
 * walk goes (new bodies are proposed once per document).
 */
export class Extractor {
  readonly facts: Facts = {
    people: [], roles: [], events: [], deadlines: [], liaisons: [], deliverables: [], cited: [], statistics: [],
    mentionedOrganizations: new Map(), topics: new Map(), reportsTo: new Map(),
  };
  private readonly contexts: BlockContext[] = [];
  /** The subject body comes from a terms of reference, whose clauses ("will collaborate with…") are about it. */
  private subjectFromTerms = false;
  private readonly topicIndex: Array<{ key: string; re: RegExp }>;

  constructor(
    private readonly blocks: TextBlock[],
    private readonly fields: Field[],
    readonly orgs: OrganizationResolver,
    topics: TopicRow[],
    private readonly documentDate: string | undefined,
    private readonly issuer: string | undefined,
  ) {
    this.topicIndex = topics.flatMap((t) =>
      [t.name, ...t.aliases]
        .filter((n) => n.length >= 4)
        .map((n) => ({ key: t.id, re: new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}(?![\\p{L}\\p{N}])`, "iu") })),
    );
  }

  run(): Facts {
    // Organizations and people of every block first: later steps look at neighbours.
    for (let i = 0; i < this.blocks.length; i++) {
      const block = this.blocks[i]!;
      let text = block.text;
      // A heading broken over two lines ("Terms of Reference for the" / "Joint Coordination…").
      if (/\b(for|of|on)( the)?$/i.test(text) && this.blocks[i + 1]) text = `${text} ${this.blocks[i + 1]!.text}`;
      const orgs = this.orgs.scan(text.slice(0, block.text.length), { locator: block.locator, quote: block.text });
      this.listedBodies(block, orgs);
      orgs.sort((a, b) => a.start - b.start);
      const people = findPeople(block.text, orgs);
      this.contexts.push({ block, index: i, orgs, people });
      for (const o of orgs) {
        if (o.existing && !this.facts.mentionedOrganizations.has(o.key)) {
          this.facts.mentionedOrganizations.set(o.key, {
            printed: o.printed, where: { locator: block.locator, quote: block.text }, ...(o.reason ? { reason: o.reason } : {}),
            ...(o.candidates ? { candidates: o.candidates } : {}),
          });
        }
      }
      for (const t of this.topicIndex) {
        if (!this.facts.topics.has(t.key) && t.re.test(block.text)) this.facts.topics.set(t.key, { locator: block.locator, quote: block.text });
      }
    }
    this.findSubject();
    this.contactBlocks();
    for (const ctx of this.contexts) this.people(ctx);
    for (const ctx of this.contexts) this.events(ctx);
    this.conferences();
    this.signature();
    for (const ctx of this.contexts) this.deadlines(ctx);
    this.keyDeadlines();
    this.liaisonStatement();
    for (const ctx of this.contexts) this.lists(ctx);
    for (const ctx of this.contexts) this.deliverables(ctx);
    for (const ctx of this.contexts) this.statistics(ctx);
    return this.facts;
  }

  /**
   * "… with 17 UN entities, including World Bank, United Nations Economic Commission for Europe
   * (UNECE), …": in a list where other items are bodies, the capitalized items without an
   * acronym are bodies too.
   */
  private listedBodies(block: TextBlock, orgs: OrgMention[]) {
    const text = block.text;
    const intro = /\b(?:including|such as|namely|inter alia|among them)\b:?\s*/i.exec(text);
    if (!intro) return;
    const from = intro.index + intro[0].length;
    const stops = [text.indexOf(";", from), text.slice(from).search(/\.\s|[-–—]\s*will\b/) >= 0 ? from + text.slice(from).search(/\.\s|[-–—]\s*will\b/) : -1].filter((i) => i > 0);
    const to = stops.length ? Math.min(...stops) : text.length;
    const items: Array<{ text: string; start: number }> = [];
    let depth = 0;
    let start = from;
    for (let i = from; i <= to; i++) {
      const ch = text[i];
      if (ch === "(") depth++;
      if (ch === ")") depth--;
      if (i === to || (depth === 0 && ch === ",")) {
        const raw = text.slice(start, i);
        // "X and its interagency initiative Y": two items.
        const parts = raw.split(/\s+and\s+(?=its\b|the\b|[\p{Lu}])/u);
        let at = start;
        for (const part of parts) {
          const lead = raw.indexOf(part, at - start);
          items.push({ text: part, start: start + Math.max(0, lead) });
          at = start + Math.max(0, lead) + part.length;
        }
        start = i + 1;
      }
    }
    const inItem = (item: { text: string; start: number }) => orgs.some((o) => o.start < item.start + item.text.length && o.end > item.start);
    if (items.filter(inItem).length < 2) return;
    for (const item of items) {
      if (inItem(item)) continue;
      const lead = /^\s*(?:(?:and|the|its|an?|[\p{Ll}][\p{L}-]*)\s+)*/u.exec(item.text)![0];
      const name = item.text.slice(lead.length).replace(/[\s.]+$/, "");
      const words = name.split(/\s+/);
      if (words.length < 2 || words.length > 9 || !/^\p{Lu}/u.test(name) || /^(Mr|Ms|Mrs|Dr|Prof)\b/.test(name)) continue;
      if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|for|the|and|on|in|de|des|du)$/.test(w))) continue;
      const key = this.orgs.propose({
        name, kind: /^(United Nations|UN)\b/.test(name) ? "UN_ENTITY" : guessKind(name), locator: block.locator, quote: block.text,
      });
      const s = item.start + lead.length;
      orgs.push({ start: s, end: s + name.length, key, printed: name, existing: false });
    }
  }

  private where(ctx: BlockContext): Where {
    return { locator: ctx.block.locator, quote: ctx.block.text };
  }

  private topicsIn(text: string): string[] {
    return [...new Set(this.topicIndex.filter((t) => t.re.test(text)).map((t) => t.key))];
  }

  /** The body a terms of reference or the document is about. */
  private findSubject() {
    for (const ctx of this.contexts) {
      const text = ctx.block.text + (this.blocks[ctx.index + 1] ? ` ${this.blocks[ctx.index + 1]!.text}` : "");
      if (/^Terms of Reference\b/i.test(ctx.block.text)) {
        const next = this.contexts[ctx.index + 1];
        const orgs = [...ctx.orgs, ...(/(for|of)( the)?$/i.test(ctx.block.text) && next ? next.orgs : [])];
        if (orgs[0]) {
          this.facts.subjectOrganization = orgs[0].key;
          this.subjectFromTerms = true;
          return;
        }
        void text;
      }
    }
    // Else: the group whose meeting the title announces, or the most named group.
    const counts = new Map<string, number>();
    for (const ctx of this.contexts) for (const o of ctx.orgs) counts.set(o.key, (counts.get(o.key) ?? 0) + 1);
    const top = [...counts.entries()].filter(([k]) => k !== this.issuer).sort((a, b) => b[1] - a[1])[0];
    if (top) this.facts.subjectOrganization = top[0];
  }

  // ---------------------------------------------------------------- people and roles

  private personFact(p: PersonMention, ctx: BlockContext, affiliationOrgs: OrgMention[]): PersonFact {
    const existing = this.facts.people.find((f) => compactForm(f.name) === compactForm(p.name));
    const affiliations = affiliationOrgs.map((o) => o.key);
    if (existing) {
      for (const printed of [p.printedFull, p.printed]) if (!existing.printed.includes(printed)) existing.printed.push(printed);
      for (const a of affiliations) if (!existing.affiliations.includes(a)) existing.affiliations.push(a);
      if (!existing.country && p.country) existing.country = p.country;
      if (!existing.honorific && p.honorific) existing.honorific = p.honorific;
      return existing;
    }
    const fact: PersonFact = {
      name: p.name, printed: [...new Set([p.printedFull, p.printed])], ...(p.honorific ? { honorific: p.honorific } : {}),
      ...(p.country ? { country: p.country } : {}), affiliations, where: this.where(ctx),
    };
    this.facts.people.push(fact);
    return fact;
  }

  private people(ctx: BlockContext) {
    if (ctx.people.length === 0) return;
    const text = ctx.block.text;
    const affiliationOf = (p: PersonMention) => {
      if (!p.affiliationSpan) return [];
      const inside = ctx.orgs.filter((o) => o.start >= p.affiliationSpan!.start && o.end <= p.affiliationSpan!.end);
      if (inside.length > 0 || !p.affiliationText) return inside;
      const proposed = this.affiliationBody(p.affiliationText, ctx);
      return proposed ? [{ start: p.affiliationSpan.start, end: p.affiliationSpan.end, key: proposed, printed: p.affiliationText, existing: false }] : [];
    };
    const inAffiliation = (o: OrgMention) => ctx.people.some((p) => p.affiliationSpan && o.start >= p.affiliationSpan.start && o.end <= p.affiliationSpan.end);
    const facts = ctx.people.map((p) => this.personFact(p, ctx, affiliationOf(p)));
    for (const s of sentences(text)) {
      const end = s.start + s.text.length;
      const inside = <T extends Span>(x: T) => x.start >= s.start && x.end <= end;
      const people = ctx.people.map((p, i) => ({ p, fact: facts[i]! })).filter(({ p }) => inside(p));
      if (people.length === 0) continue;
      const roles = findRoleWords(s.text).map((r) => ({ ...r, start: r.start + s.start, end: r.end + s.start }))
        .filter((r) => !ctx.people.some((p) => p.affiliationSpan && r.start >= p.affiliationSpan.start && r.end <= p.affiliationSpan.end));
      if (roles.length === 0) continue;
      const bodies = ctx.orgs.filter((o) => inside(o) && !inAffiliation(o));
      for (const { p, fact } of people) {
        const before = roles.filter((r) => r.end <= p.start).pop();
        const after = roles.find((r) => r.start >= p.end);
        // "…, Chairman of ITU-D Study Group 1 and Dr X (Iran), Chairman of Study Group 2": a role in
        // apposition right after the person (and its affiliation) is theirs, not the one before.
        const appositive = after && /^\s*,?\s*(?:the\s+)?$/.test(text.slice(p.affiliationSpan && p.affiliationSpan.end > p.end ? p.affiliationSpan.end : p.end, after.start));
        const role = appositive ? after : before ?? after;
        if (!role) continue;
        // The body: right before the role word ("JCA-MV Co-Chairs"), after it ("Chairman of SG17"), else the nearest before.
        // A table's cell border ("Acme Ltd | Convenor") is no adjacency.
        const adjacentBefore = bodies.filter((o) => o.end <= role.start && role.start - o.end <= 3 && !/[|\t]/.test(text.slice(o.end, role.start))).pop();
        const afterOf = /^\s*(?:of|for)\s+(?:the\s+)?/.exec(text.slice(role.end));
        const adjacentAfter = afterOf ? bodies.find((o) => o.start === role.end + afterOf[0].length) : undefined;
        const nearestBefore = bodies.filter((o) => o.end <= role.start).pop();
        const body = adjacentBefore ?? adjacentAfter ?? (role.passive ? nearestBefore : nearestBefore ?? bodies.find((o) => o.start >= role.end));
        if (!body) continue;
        const title = adjacentBefore ? `${adjacentBefore.printed} ${role.printed}` : adjacentAfter ? text.slice(role.start, adjacentAfter.end) : role.printed;
        this.addRole(fact.name, body.key, role.role, cleanTitle(title), this.where(ctx), adjacentBefore || adjacentAfter ? 0.85 : 0.7, appointedOn(s.text));
      }
    }
  }

  /** "Nokia Corporation, Finland", "National Institute … – NICT, Japan": the body a person is with, proposed when new. */
  private affiliationBody(affiliation: string, ctx: BlockContext): string | undefined {
    const parts = splitTopLevel(affiliation);
    while (parts.length > 0 && countryCode(parts[parts.length - 1]!)) parts.pop();
    let name = parts.join(", ").trim();
    if (!name || name.length > 120 || countryCode(name)) return undefined;
    let acronym: string | undefined;
    const dash = /^(.*?)\s+[–—-]\s+([A-Z][A-Za-z0-9&.\- ]{1,15})$/.exec(name);
    const paren = /^(.*?)\s*\(([A-Z][A-Za-z0-9&.-]{1,15})\)$/.exec(name);
    // "QMH (Quarry Ministry of Harbours)": the acronym first, the name in parentheses.
    const acronymFirst = /^([A-Z][A-Za-z0-9&.-]{1,15})\s*\(([^()]{8,})\)$/.exec(name);
    if (dash && /[A-Z]{2}/.test(dash[2]!)) [name, acronym] = [dash[1]!.trim(), dash[2]!.trim()];
    else if (paren) [name, acronym] = [paren[1]!.trim(), paren[2]!.trim()];
    else if (acronymFirst && /[A-Z]{2}/.test(acronymFirst[1]!)) [name, acronym] = [acronymFirst[2]!.trim(), acronymFirst[1]!.trim()];
    else if (/^[A-Z][A-Z0-9&-]{1,10}$/.test(name)) acronym = name;
    if (!/^[\p{Lu}\d]/u.test(name)) return undefined;
    // "…, International Organization for" (a line cut short): a name never ends with a function word.
    if (/\s(?:of|for|and|the|on|in|to|at|de|du|des)$/i.test(name)) return undefined;
    const countryMention = findCountries(affiliation).pop();
    const country = countryMention?.text;
    const national = !!country && !acronym && isGenericName(name);
    const known = this.orgs.find([
      ...(national ? [`${name} of ${country}`, `${name}, ${country}`, `${name} (${country})`] : []),
      affiliation, ...(national ? [] : [name]), ...(acronym ? [acronym, `${name} (${acronym})`] : []), ...(country ? [`${name}, ${country}`, `${name} of ${country}`, `${name} (${country})`] : []),
    ]);
    if (known && !known.candidates) return known.key;
    if (known) return undefined;
    // "Communications Authority, Kenya": a name any country's body could have is that country's.
    if (national) {
      return this.orgs.propose({
        name: `${name} of ${country}`, kind: guessKind(name), aliases: [`${name}, ${country}`], country: countryMention!.code, locator: ctx.block.locator, quote: ctx.block.text,
      });
    }
    return this.orgs.propose({
      name, ...(acronym && acronym !== name ? { acronym } : {}), kind: guessKind(name), aliases: acronym && acronym !== name ? [`${name} – ${acronym}`] : [],
      locator: ctx.block.locator, quote: ctx.block.text,
    });
  }

  private addRole(person: string, organization: string, role: string, title: string | undefined, where: Where, confidence: number, since?: string) {
    if (this.facts.roles.some((r) => r.person === person && r.organization === organization && r.role === role)) return;
    this.facts.roles.push({ person, organization, role, ...(title ? { title } : {}), ...(since ? { since } : {}), where, confidence });
  }

  /** "Contact:" blocks of a liaison statement: name, affiliation/country, title, Tel, E-mail. */
  private contactBlocks() {
    for (const f of this.fields.filter((x) => x.label.startsWith("contact") || x.label === "response contacts" || x.label === "technical contacts")) {
      const lines = f.lines;
      const ctxs = lines.map((l) => this.contexts.find((c) => c.block.locator === l.locator)).filter((c): c is BlockContext => !!c);
      const personCtx = ctxs.find((c) => c.people.length > 0) ?? ctxs[0];
      if (!personCtx) continue;
      let mention = personCtx.people[0];
      if (!mention) {
        const m = /^((?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3})/u.exec(personCtx.block.text);
        if (!m) continue;
        // "J. A. Polizotto IMTC Secretariat": the name stops where a body's name begins.
        const bodyAt = personCtx.orgs.map((o) => o.start).filter((at) => at > (m[1]?.length ?? 0)).sort((a, b) => a - b)[0];
        const whole = bodyAt !== undefined && bodyAt < m[0].length ? m[0].slice(0, bodyAt).trimEnd() : m[0];
        const printedName = whole.slice(m[1]?.length ?? 0);
        const found = findPeople(`Mr ${printedName}`, []);
        if (!found[0]) continue;
        mention = { ...found[0], start: 0, end: whole.length, printedFull: whole, printed: printedName };
        if (!m[1]) delete mention.honorific;
      }
      const quote = lines.map((l) => l.text).join("\n");
      const where = { locator: lines[0]!.locator, quote };
      // The block ends with its e-mail line (the text after it is the statement's body).
      const after = lines.slice(lines.findIndex((l) => l.locator === personCtx.block.locator) + 1);
      const mailAt = after.findIndex((l) => EMAIL_RE.test(l.text) || l.text.length > 100);
      EMAIL_RE.lastIndex = 0;
      const rest = mailAt >= 0 ? after.slice(0, after[mailAt]!.text.length > 100 ? mailAt : mailAt + 1) : after;
      const affiliation: OrgMention[] = [...personCtx.orgs.filter((o) => o.start >= mention.end)];
      let country = mention.country;
      let title: { text: string; orgs: OrgMention[] } | undefined;
      let email: string | undefined;
      let phone: string | undefined;
      for (const line of [{ text: personCtx.block.text.slice(mention.end), locator: personCtx.block.locator }, ...rest]) {
        const ctx = this.contexts.find((c) => c.block.locator === line.locator);
        const mail = line.text.match(EMAIL_RE)?.[0];
        if (mail) { email ??= mail; continue; }
        if (/^(Tel|Telephone|Phone)\b/i.test(line.text) || (PHONE_RE.test(line.text) && line.text.replace(PHONE_RE, "").trim().length < 8)) {
          PHONE_RE.lastIndex = 0;
          const ph = line.text.match(PHONE_RE)?.[0];
          if (ph && /^(Tel|Telephone|Phone)\b|^\+/.test(line.text.trim())) phone ??= normalizePhone(ph);
          PHONE_RE.lastIndex = 0;
          continue;
        }
        if (/^(Fax)\b/i.test(line.text)) continue;
        const countries = findCountries(line.text);
        if (countries.length > 0 && !country) country = countries[countries.length - 1]!.code;
        const lineOrgs = line.locator === personCtx.block.locator ? affiliation : ctx?.orgs ?? [];
        const roleWords = findRoleWords(line.text);
        if (roleWords.length > 0 && !title) title = { text: line.text.replace(/^[,\s]+|[,\s]+$/g, ""), orgs: lineOrgs };
        else if (line.locator !== personCtx.block.locator) affiliation.push(...lineOrgs);
      }
      const fact = this.personFact({ ...mention, ...(country ? { country } : {}) }, personCtx, affiliation.filter((o) => !title?.orgs.includes(o)));
      fact.where = where;
      if (email) fact.email ??= email;
      if (phone) fact.phone ??= phone;
      if (title) {
        const role = findRoleWords(title.text)[0]!;
        // "ITU-T FG-MV Chairman": the body right before the role word, else the first named.
        const offset = personCtx.block.text === title.text ? 0 : 0;
        void offset;
        const body = (title.orgs.length > 1 ? title.orgs[title.orgs.length - 1] : title.orgs[0])?.key;
        if (body) {
          this.addRole(fact.name, body, role.role, title.text, where, 0.85);
          // The contact of a liaison statement is its body's contact person for it.
          this.addRole(fact.name, body, "CONTACT_PERSON", title.text, where, 0.8);
        }
      }
    }
  }

  /** "Yours faithfully, Seizo Onoe, Director of the Telecommunication Standardization Bureau". */
  private signature() {
    const close = this.contexts.findIndex((c) => /^Yours (faithfully|sincerely)/i.test(c.block.text));
    if (close < 0) return;
    const nameCtx = this.contexts.slice(close + 1, close + 5).find((c) => !/^(ANNEX|Annex|APPENDIX|Appendix)\b/.test(c.block.text) && /^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3}$/u.test(c.block.text));
    if (!nameCtx) return;
    const titleCtxs = this.contexts.slice(nameCtx.index + 1, nameCtx.index + 4).filter((c) => c.block.text.length < 80 && !/^(ANNEX|Annex|_{3})/.test(c.block.text));
    const titleText = titleCtxs.map((c) => c.block.text).join(" ");
    const role = findRoleWords(titleText)[0];
    const orgsInTitle = this.orgs.scan(titleText, { locator: nameCtx.block.locator, quote: titleText });
    const found = findPeople(`Mr ${nameCtx.block.text.replace(/^(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+/, "")}`, []);
    if (!found[0]) return;
    const mention = { ...found[0], printedFull: nameCtx.block.text, printed: nameCtx.block.text.replace(/^(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+/, "") };
    if (!/^(Mr|Ms|Mrs|Dr|Prof)\b/.test(nameCtx.block.text)) delete mention.honorific;
    const fact = this.personFact(mention, nameCtx, []);
    const where = { locator: nameCtx.block.locator, quote: [nameCtx.block.text, ...titleCtxs.map((c) => c.block.text)].join("\n") };
    if (fact.where.locator === nameCtx.block.locator) fact.where = where;
    if (role && orgsInTitle[0]) this.addRole(fact.name, orgsInTitle[0].key, role.role, titleText, where, 0.85);
  }

  // ---------------------------------------------------------------- events

  private eventByLocal(id: string): EventFact | undefined {
    return this.facts.events.find((e) => e.localId === id);
  }

  private upsertEvent(draft: Omit<EventFact, "localId" | "also" | "hosts" | "organizers" | "collocatedWith" | "topics"> & { hosts?: string[]; topics?: string[] }): EventFact {
    const same = this.facts.events.find((e) => {
      if (draft.meetingOf && e.meetingOf === draft.meetingOf) {
        if (draft.ordinal && e.ordinal) return draft.ordinal === e.ordinal;
        if (draft.startDate && e.startDate) return overlapsDates(draft.startDate, draft.endDate, e.startDate, e.endDate);
        return !!draft.ordinal === !!e.ordinal && !draft.startDate;
      }
      if (!draft.meetingOf && !e.meetingOf) {
        const a = baseName(draft.name);
        const b = baseName(e.name);
        if (a !== b && !a.startsWith(b) && !b.startsWith(a)) return false;
        if (draft.ordinal || e.ordinal) return draft.ordinal === e.ordinal;
        return !draft.startDate || !e.startDate || overlapsDates(draft.startDate, draft.endDate, e.startDate, e.endDate);
      }
      return false;
    });
    if (same) {
      // A narrower range inside the known one is the more precise ("4-7 July" for two events, then "4 to 6 July").
      if (draft.startDate && same.startDate && draft.startDate.length === 10 && (same.startDate.length < 10 || (draft.startDate >= same.startDate && (draft.endDate ?? draft.startDate) <= (same.endDate ?? same.startDate) && (draft.startDate !== same.startDate || draft.endDate !== same.endDate)))) {
        same.startDate = draft.startDate;
        if (draft.endDate) same.endDate = draft.endDate;
      }
      for (const k of ["startDate", "endDate", "startTime", "endTime", "timezone", "venue", "city", "country", "ordinal"] as const) {
        if (draft[k] !== undefined && same[k] === undefined) (same as unknown as Record<string, unknown>)[k] = draft[k];
      }
      if (draft.name.length > same.name.length && !same.meetingOf) same.name = draft.name;
      for (const h of draft.hosts ?? []) if (!same.hosts.includes(h)) same.hosts.push(h);
      for (const t of draft.topics ?? []) if (!same.topics.includes(t)) same.topics.push(t);
      if (same.where.locator !== draft.where.locator && !same.also.some((w) => w.locator === draft.where.locator)) same.also.push(draft.where);
      return same;
    }
    const fact: EventFact = { ...draft, localId: `e${this.facts.events.length + 1}`, hosts: draft.hosts ?? [], organizers: [], collocatedWith: [], topics: draft.topics ?? [], also: [] };
    this.facts.events.push(fact);
    return fact;
  }

  private events(ctx: BlockContext) {
    const text = ctx.block.text;
    for (const s of sentences(text)) {
      const sEnd = s.start + s.text.length;
      const orgsHere = ctx.orgs.filter((o) => o.start >= s.start && o.end <= sEnd);
      const triggers: Array<{ start: number; end: number; build: () => Omit<EventFact, "localId" | "also" | "hosts" | "organizers" | "collocatedWith" | "topics"> | undefined }> = [];
      const where = this.where(ctx);

      // "(the) first meeting of (the) JCA-MV", "the meeting of ITU-T Study Group 21", "its first meeting", "JCA-MV meeting", "at its 12-16 December 2022 meeting".
      const meetingRe = new RegExp(`\\b(?:(${ORDINAL})\\s+)?meeting\\s+of\\s+(?:the\\s+)?|\\bits\\s+(?:(${ORDINAL})\\s+)?(?:(?:[\\d–-]+\\s+)?\\p{L}+\\s+\\d{4}\\s+)?meeting\\b|\\bmeeting\\b`, "giu");
      let m: RegExpExecArray | null;
      while ((m = meetingRe.exec(s.text))) {
        const at = s.start + m.index;
        const endAt = at + m[0].length;
        const ordinalWord = m[1] ?? m[2] ?? (/(\b\S+)\s+$/.exec(text.slice(Math.max(0, at - 15), at))?.[1] ?? "");
        const ordinal = ordinalValue(ordinalWord.replace(/^the$/i, ""));
        let body: OrgMention | undefined;
        if (/meeting\s+of/i.test(m[0])) body = orgsHere.find((o) => o.start >= endAt && o.start - endAt <= 2);
        else if (/^its/i.test(m[0])) {
          // The sentence's subject; "ITU-T Telecommunication Standardization Advisory Group (TSAG)" is one body, not two.
          const before = orgsHere.filter((o) => o.end <= at);
          body = before[0] && before[1] && before[1].start - before[0].end <= 1 ? before[1] : before[0];
        }
        else body = orgsHere.filter((o) => o.end <= at && at - o.end <= 2).pop();
        if (!body) continue;
        const meetingOf = body.key;
        triggers.push({
          start: at, end: Math.max(endAt, body.end),
          build: () => ({
            name: ordinal ? `${ordinalName(ordinal)} meeting of the ${this.short(meetingOf)}` : `${this.short(meetingOf)} meeting`,
            kind: "MEETING", meetingOf, ...(ordinal ? { ordinal } : {}), where,
          }),
        });
      }

      // Named events: "the 3rd UN Virtual Worlds Day", "Second ITU Forum on “Creating …”", "the 2nd Citiverse Assembly".
      const named = new RegExp(
        `(?:\\b(${ORDINAL})\\s+)?[‘“"']?((?:[\\p{Lu}][\\p{L}\\-]*\\s+){0,5}?(?:${EVENT_WORDS.replace("|Meeting", "")}))\\b[’”"']?(?:\\s+on\\s+(“[^”]{3,120}”|"[^"]{3,120}"|(?:[\\p{Lu}][\\p{L}\\-]*)(?:\\s+[\\p{Lu}][\\p{L}\\-]*){0,3}|[\\p{Ll}][\\p{L}\\-]*))?`,
        "gu",
      );
      while ((m = named.exec(s.text))) {
        const at = s.start + m.index;
        const name0 = m[2]!.trim();
        if (/^(The|This|A|An)$/i.test(name0.split(/\s+/)[0]!) && name0.split(/\s+/).length === 1) continue;
        if (/^(Focus|Study|Standards)\b/.test(name0) || ctx.orgs.some((o) => o.start <= at && o.end >= at + m![0].length)) continue;
        const ordinal = m[1] ? ordinalValue(m[1]) : undefined;
        let topic = m[3]?.trim();
        if (topic && /^(the|a|an)$/i.test(topic.split(/\s+/).pop()!)) topic = topic.replace(/\s+\S+$/, "");
        const name = `${name0}${topic ? ` on ${topic}` : ""}`.replace(/^(the|The)\s+/, "");
        if (name.split(/\s+/).length < 2) continue;
        const word = /(Day|Assembly|Forum|Workshop|Summit|Conference|Symposium|Hackathon|Think-a-thon|Week|Congress|Expo|Festival|Webinar|Seminar|Roundtable|Dialogue|Plenary)/.exec(name0)![1]!;
        const kind = word === "Forum" ? "FORUM" : word === "Workshop" ? "WORKSHOP" : word === "Assembly" ? "ASSEMBLY" : /Conference|Summit|Congress|Symposium/.test(word) ? "CONFERENCE" : "EVENT";
        triggers.push({
          start: at, end: at + m[0].length,
          build: () => ({ name: ordinal ? `${ordinalName(ordinal)} ${name}`.replace(/^(\S+) (\d)/, "$1 $2") : name, kind, ...(ordinal ? { ordinal } : {}), where }),
        });
      }
      if (triggers.length === 0) {
        // "The meeting will be held from 4 to 6 July 2023, at the … Hall, in Shanghai, China": the main event.
        if (/^\s*(?:\d+\s+)?(The|This)\s+meeting\b/.test(s.text) && this.facts.mainEvent) this.describe(this.eventByLocal(this.facts.mainEvent)!, s.text, where, true);
        continue;
      }
      triggers.sort((a, b) => a.start - b.start);
      const made: EventFact[] = [];
      triggers.forEach((t, i) => {
        if (i > 0 && t.start < triggers[i - 1]!.end) return;
        const segEnd = triggers[i + 1]?.start ?? sEnd;
        const segment = text.slice(t.end, segEnd);
        const draft = t.build();
        if (!draft) return;
        const own = findDates(text.slice(t.start, t.end))[0];
        const dates = findDates(segment);
        // "launched at the opening plenary of the fourth ITU Forum … held in March 2024": the date of the event it happened at.
        const at = /\b(?:launched|opened|announced|held|presented|organi[sz]ed)\s+(?:at|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:of\s+the\s+)?$/i.test(segment) && triggers[i + 1]
          ? findDates(text.slice(triggers[i + 1]!.end, triggers[i + 2]?.start ?? sEnd)).find((d) => d.index < 60)
          : undefined;
        const date = own ?? dates.find((d) => d.index < 90 || /^[^.]*\b(on|from|held|in|scheduled|taking place|take place)\s*$/i.test(segment.slice(0, d.index))) ?? at;
        const known = this.facts.events.find((e) =>
          draft.meetingOf ? e.meetingOf === draft.meetingOf && (draft.ordinal ? e.ordinal === draft.ordinal : !!date && !!e.startDate && overlapsDates(date.start, date.end, e.startDate, e.endDate))
            : (baseName(e.name).startsWith(baseName(draft.name)) || baseName(draft.name).startsWith(baseName(e.name))) && e.ordinal === draft.ordinal);
        if (!date && !known) return;
        // A span of months is a period, not the dates of one event.
        if (date?.end && date.start.length === 10 && Date.parse(date.end) - Date.parse(date.start) > 31 * 86_400_000) return;
        if (date && date.start.length < 10 && date.end) return;
        const event = this.upsertEvent({ ...draft, ...(date ? dateFields(date) : {}), topics: this.topicsIn(segment) });
        // "…, and it involves … coordinated by X": what follows "and it" is about the sentence's first event.
        const back = i > 0 && made[0] ? /,\s+and\s+it\s/.exec(segment) : null;
        this.describe(event, back ? segment.slice(0, back.index) : segment, where, i === 0);
        if (back) this.describe(made[0]!, segment.slice(back.index), where, false);
        made.push(event);
        if (!this.facts.mainEvent && event.kind === "MEETING" && event.meetingOf !== this.issuer) this.facts.mainEvent = event.localId;
      });
      // "collocated with", "in conjunction with": the first event of the sentence with the others.
      // "The meeting will be held in conjunction with the 1st Citiverse Assembly": the main event's.
      if (made.length >= 1 && /^\s*(?:\d+\s+)?(The|This)\s+meeting\b/.test(s.text) && this.facts.mainEvent && !made.some((e) => e.localId === this.facts.mainEvent)) {
        made.unshift(this.eventByLocal(this.facts.mainEvent)!);
      }
      if (made.length > 1 && /\b(co-?located|collocated|in conjunction with|back-to-back)\b/i.test(s.text)) {
        const [first, ...rest] = made;
        for (const other of rest) if (other !== first && !first!.collocatedWith.includes(other.localId)) first!.collocatedWith.push(other.localId);
      }
      // "… will be held in conjunction with:" and a list of events in the next blocks.
      if (/\b(in conjunction with|co-?located with|collocated with)\s*:\s*$/i.test(s.text)) {
        const host = made[0] ?? (this.facts.mainEvent ? this.eventByLocal(this.facts.mainEvent) : undefined);
        if (host) this.pendingCollocation = { host: host.localId, after: ctx.index };
      }
    }
    if (this.pendingCollocation && ctx.index > this.pendingCollocation.after) {
      const host = this.eventByLocal(this.pendingCollocation.host)!;
      const latest = this.facts.events[this.facts.events.length - 1];
      if (BULLET.test(text) || /^[a-z]/.test(text) || /^the\b/i.test(text)) {
        if (latest && latest !== host && latest.where.locator === ctx.block.locator && !host.collocatedWith.includes(latest.localId)) host.collocatedWith.push(latest.localId);
      } else this.pendingCollocation = undefined;
    }
  }

  private pendingCollocation: { host: string; after: number } | undefined;

  /**
   * Sessions of ITU's conferences named by their short form ("WTSA-24", "PP-22": the 2024
   * assembly, the 2022 conference), and "The World Telecommunication Standardization Assembly
   * (New Delhi, 2024)": its city and year.
   */
  private conferences() {
    const names: Record<string, string> = {
      WTSA: "World Telecommunication Standardization Assembly", PP: "Plenipotentiary Conference", WTDC: "World Telecommunication Development Conference",
      WRC: "World Radiocommunication Conference", RA: "Radiocommunication Assembly",
    };
    const byName = Object.entries(names).map(([acr, name]) => [acr, new RegExp(`\\b(?:ITU\\s+)?${name}\\s*\\(([^()]{2,40}),\\s*((?:19|20)\\d\\d)\\)`, "g")] as const);
    for (const ctx of this.contexts) {
      const text = ctx.block.text;
      const found: Array<{ acr: string; year: string; city?: { name: string; country: string } }> = [];
      for (const m of text.matchAll(/\b(WTSA|PP|WTDC|WRC|RA)-(\d{2})\b/g)) found.push({ acr: m[1]!, year: `20${m[2]}` });
      for (const [acr, re] of byName) {
        for (const m of text.matchAll(re)) {
          const city = findCities(m[1]!)[0];
          found.push({ acr, year: m[2]!, ...(city ? { city: { name: city.name, country: city.country } } : {}) });
        }
      }
      for (const f of found) {
        const body = this.orgs.resolveDesignation(f.acr, this.where(ctx));
        if (!body) continue;
        const event = this.upsertEvent({
          name: `${names[f.acr]} (${f.acr}-${f.year.slice(2)})`, kind: f.acr === "WTSA" || f.acr === "RA" ? "ASSEMBLY" : "CONFERENCE", meetingOf: body,
          startDate: f.year, where: this.where(ctx),
        });
        if (f.city && !event.city) {
          event.city = f.city.name;
          if (f.city.country) event.country = f.city.country;
        }
      }
    }
  }

  /** Times, place, venue and host of an event from the words after it. */
  private describe(event: EventFact, segment: string, where: Where, first: boolean) {
    if (first) {
      const time = findTimes(segment)[0];
      if (time && !event.startTime) {
        event.startTime = time.start;
        if (time.end) event.endTime = time.end;
        if (time.timezone) event.timezone = time.timezone;
      }
    }
    const city = findCities(segment)[0];
    if (city && !event.city && !/\bvisa\b/i.test(segment)) {
      event.city = city.name;
      event.country ??= city.country;
    }
    if (event.city && !event.country) event.country = findCountries(segment)[0]?.code;
    if (event.startTime && !event.timezone) {
      const zone = cityTimezone(event.city);
      if (zone) event.timezone = zone;
    }
    if (!event.country) delete event.country;
    const venue = /\bat the ((?:[\p{Lu}][\p{L}-]*\s?){1,6}(?:Hall|Cent(?:re|er)|Hotel|Building|Palais|Campus|Headquarters|Auditorium|Convention Center|Tower|House))\b/u.exec(segment)
      ?? /\bat the (headquarters of the [^,.]*?)(?:\s+in\s|[,.])/i.exec(segment);
    if (venue && !event.venue) event.venue = venue[1]!.replace(/\s+\([^)]*\)$/, "").trim();
    // "organized by the ITU", "coordinated by the International Telecommunication Union (ITU), UNICC, FAO and …": every body of the list.
    const organized = /\b(?:organi[sz]ed|co-?organi[sz]ed|coordinated|convened)\s+(?:jointly\s+)?by\s+(?:the\s+)?/i.exec(segment);
    if (organized) {
      const rest = segment.slice(organized.index + organized[0].length);
      const list = rest.slice(0, rest.search(/[;.]\s|[;.]?$|\s(?:based|on|with|in|to|at|for)\s/) + 1 || rest.length);
      for (const mention of this.orgs.scan(list, where)) if (!event.organizers.includes(mention.key)) event.organizers.push(mention.key);
    }
    const host = /\bhosted by\s+(?:the\s+)?/i.exec(segment);
    if (host) {
      const mention = this.orgs.scan(segment.slice(host.index + host[0].length), where)[0];
      if (mention && !event.hosts.includes(mention.key)) event.hosts.push(mention.key);
    }
    if (where.locator !== event.where.locator && !event.also.some((w) => w.locator === where.locator)) event.also.push(where);
  }

  private short(key: string): string {
    const row = this.orgs.row(key);
    const created = this.orgs.created.get(key);
    return row?.acronym ?? created?.acronym ?? row?.name ?? created?.name ?? key;
  }

  // ---------------------------------------------------------------- deadlines

  private addDeadline(d: Omit<DeadlineFact, "event"> & { event?: string }) {
    const event = d.event ?? this.facts.mainEvent;
    const same = this.facts.deadlines.find((x) => x.due === d.due && x.kind === d.kind);
    if (same) return;
    this.facts.deadlines.push({ ...d, ...(event ? { event } : {}) });
  }

  private deadlines(ctx: BlockContext) {
    const text = ctx.block.text;
    for (const s of sentences(text)) {
      if (!/\b(deadline|by|not? later than|before|at the latest|due)\b/i.test(s.text)) continue;
      if (!/\b(submi|regist|contribution|input|visa|deadline|send)/i.test(s.text)) continue;
      for (const d of findDates(s.text)) {
        if (d.start.length !== 10 || d.end) continue;
        const lead = s.text.slice(Math.max(0, d.index - 40), d.index);
        if (!/(deadline[^.]*\b(is|:)|\bby|not? later than|before|due)\s*(the\s+)?$/i.test(lead) && !/^\s*at the latest/i.test(s.text.slice(d.index + d.text.length))) continue;
        const kind = deadlineKind(s.text);
        const mail = s.text.match(EMAIL_RE)?.[0];
        this.addDeadline({ kind, due: d.start, description: s.text.trim(), ...(mail ? { submitTo: mail } : {}), where: this.where(ctx) });
      }
    }
  }

  /** A date alone on its line followed by what is due: the "Key deadlines" table. */
  private keyDeadlines() {
    for (let i = 0; i < this.contexts.length; i++) {
      const ctx = this.contexts[i]!;
      const text = ctx.block.text;
      const dates = findDates(text);
      if (dates.length !== 1 || dates[0]!.start.length !== 10 || dates[0]!.end) continue;
      const rest = text.replace(dates[0]!.text, "").replace(/[\s,.:;-]/g, "");
      if (rest.length > 3) continue;
      const descriptions: string[] = [];
      const locators: string[] = [ctx.block.locator];
      for (let j = i + 1; j < Math.min(this.contexts.length, i + 4); j++) {
        const next = this.contexts[j]!.block;
        const nd = findDates(next.text);
        if (nd.length === 1 && next.text.replace(nd[0]!.text, "").replace(/[\s,.:;-]/g, "").length <= 3) break;
        if (!BULLET.test(next.text) && descriptions.length > 0) break;
        descriptions.push(next.text.replace(BULLET, "").trim());
        locators.push(next.locator);
        if (!BULLET.test(next.text)) break;
      }
      if (descriptions.length === 0) continue;
      const description = descriptions.join(" ");
      if (!/\b(submi|regist|contribution|input|visa|request|send|deadline|apply)/i.test(description)) continue;
      const kind = deadlineKind(description);
      const mail = description.match(EMAIL_RE)?.[0];
      const via = /\b(?:via|through|on)\s+(the\s+online\s+registration\s+form[^)]*|the\s+[\w-]+\s+homepage)/i.exec(description)?.[1];
      const quote = [text, ...descriptions].join("\n");
      // Key deadlines are the authoritative wording: they replace a deadline found in the prose.
      const same = this.facts.deadlines.findIndex((x) => x.due === dates[0]!.start && x.kind === kind);
      if (same >= 0) this.facts.deadlines.splice(same, 1);
      this.addDeadline({
        kind, due: dates[0]!.start, description, ...(mail ? { submitTo: mail } : via ? { submitTo: via.trim() } : {}),
        where: { locator: ctx.block.locator, quote },
      });
    }
  }

  // ---------------------------------------------------------------- liaisons

  private liaisonStatement() {
    const ls = this.fields;
    const title = field(ls, "title", "subject", "abstract")?.lines[0]?.text;
    let from = this.issuer;
    const fromField = field(ls, "from", "from group", "from groups", "source");
    if (fromField) {
      const ctx = this.contexts.find((c) => c.block.locator === fromField.lines[0]!.locator);
      // "ITU-D, Rapporteur's group for Question 11/2": the most specific body the line names sends it.
      const named = ctx ? this.orgs.scan(fromField.lines[0]!.text, { locator: fromField.lines[0]!.locator, quote: ctx.block.text }) : [];
      const mention = named.find((m) => named.some((o) => o !== m && this.isAncestor(o.key, m.key))) ?? named[0];
      if (mention) from = mention.key;
    }
    if (!fromField) {
      const approval = field(ls, "approval");
      if (approval) {
        const mention = this.orgs.scan(approval.lines[0]!.text, { locator: approval.lines[0]!.locator })[0];
        if (mention) from = mention.key;
      }
    }
    if (!from) return;
    const groups: Array<{ label: string; lines: Array<{ text: string; locator: string }> }> = ls
      .filter((f) => /^(to|for action to|for action|for information to|for information|for comment to|for comment|cc|to groups?|to group|sent to)$/.test(f.label))
      .map((f) => ({ label: f.label, lines: f.lines }));
    const isLs = /LIAISON|DATATRACKER/.test(this.kind ?? "");
    if (isLs && groups.length === 0) {
      // A header whose labels were lost in conversion: an early line listing several bodies.
      const early = this.contexts.slice(0, 6).find((c) => c.orgs.length >= 3 && c.block.text.split(",").length >= 3);
      if (early) groups.push({ label: "to", lines: [{ text: early.block.text, locator: early.block.locator }] });
    }
    if (!isLs) return;
    // The statement's own purpose and reply deadline ("Deadline: -" or "N/A" is none).
    const purpose = field(ls, "abstract")?.lines.map((l) => l.text).join(" ").trim() || field(ls, "purpose")?.lines[0]?.text.trim() || undefined;
    const deadline = field(ls, "deadline")?.lines.map((l) => findDates(l.text)[0]?.start).find((d) => d !== undefined);
    for (const g of groups) {
      for (const line of g.lines) {
        const ctx = this.contexts.find((c) => c.block.locator === line.locator);
        const scanned = ctx && ctx.block.text === line.text ? ctx.orgs : this.orgs.scan(line.text, { locator: line.locator });
        const orgs: Array<{ key: string }> = [...addressees(line.text, scanned)];
        // "All ITU-T SGs": each study group of the sector; those the document lists when it lists
        // several (an older document's SGs, not today's), else every one the graph holds.
        for (const all of line.text.matchAll(/\ball\s+(ITU-[TRD])\s+(?:SGs|study groups)\b/gi)) {
          const sector = this.orgs.resolveDesignation(all[1]!.toUpperCase(), { locator: line.locator, quote: line.text });
          if (!sector) continue;
          const isSg = (key: string) => key !== from && this.kindOf(key) === "STUDY_GROUP" && this.orgs.parentOf(key) === sector;
          const named = [...new Set([...this.contexts.flatMap((c) => c.orgs.map((o) => o.key)), ...this.orgs.created.keys()])].filter(isSg);
          for (const key of named.length >= 2 ? named : this.orgs.keys().filter(isSg)) orgs.push({ key });
        }
        for (const o of orgs) {
          if (o.key === from) continue;
          const addressed = g.label.startsWith("for ") ? g.label.replace(/ to$/, "") : g.label.startsWith("cc") ? "cc" : "to";
          this.addLiaison({
            kind: "LIAISON_STATEMENT", from, to: o.key, ...(title ? { subject: title } : {}), addressed, topics: [],
            ...(purpose ? { purpose } : {}), ...(deadline ? { deadline } : {}),
            where: { locator: line.locator, quote: ctx?.block.text ?? line.text },
          });
        }
      }
    }
  }

  kind: string | undefined;

  /** What the rules stage (src/import/rules/) reads and writes: the blocks' mentions and the facts. */
  ruleContext(genre: GenreName): RuleContext {
    return {
      genre, blocks: this.contexts, facts: this.facts, orgs: this.orgs, documentDate: this.documentDate, issuer: this.issuer,
      addPerson: (name, where, extra = {}) => {
        const existing = this.facts.people.find((f) => compactForm(f.name) === compactForm(name));
        if (existing) {
          for (const a of extra.affiliations ?? []) if (!existing.affiliations.includes(a)) existing.affiliations.push(a);
          if (extra.printed && !existing.printed.includes(extra.printed)) existing.printed.push(extra.printed);
          if (extra.country && !existing.country) existing.country = extra.country;
          return existing.name;
        }
        this.facts.people.push({
          name, printed: [...new Set([name, ...(extra.printed ? [extra.printed] : [])])], ...(extra.honorific ? { honorific: extra.honorific } : {}),
          ...(extra.country ? { country: extra.country } : {}), affiliations: extra.affiliations ?? [], where,
        });
        return name;
      },
      addRole: (person, organization, role, title, where, confidence, since) => this.addRole(person, organization, role, title, where, confidence, since),
      upsertEvent: (draft) => this.upsertEvent(draft),
      addLiaison: (l) => this.addLiaison(l),
      addDeliverable: (d) => {
        if (!this.facts.deliverables.some((x) => deliverableKey(x.code) === deliverableKey(d.code))) this.facts.deliverables.push(d);
      },
      addDeadline: (d) => this.addDeadline(d),
      kindOf: (key) => this.kindOf(key),
    };
  }

  private addLiaison(l: LiaisonFact) {
    if (this.facts.liaisons.some((x) => x.kind === l.kind && x.from === l.from && x.to === l.to)) return;
    this.facts.liaisons.push(l);
  }

  /** Collaboration and cooperation lists, reporting lines, sub-group structures. */
  private lists(ctx: BlockContext) {
    const text = ctx.block.text;
    const subject = this.facts.subjectOrganization;
    const where = this.where(ctx);
    if (subject && this.subjectFromTerms) {
      // "The parent group of the Focus Group is TSAG", "reports its activities to TSAG", "will report to TSAG".
      const rep = /\b(?:parent group\b[^.]*?\bis|reports?\s+(?:its\s+\w+\s+)?to|report(?:ing)? to)\s+(?:the\s+)?/i.exec(text);
      if (rep) {
        const target = ctx.orgs.find((o) => o.start === rep.index + rep[0].length) ?? ctx.orgs.find((o) => o.start >= rep.index + rep[0].length && o.start - (rep.index + rep[0].length) < 40);
        if (target && target.key !== subject) {
          this.addLiaison({ kind: "REPORTING", from: subject, to: target.key, subject: cleanQuote(text), topics: [], where });
          if (!this.facts.reportsTo.has(subject)) this.facts.reportsTo.set(subject, { to: target.key, where });
        }
      }
      // Inline: "… cooperation … with relevant organizations, including ISO, IEC, …".
      const coop = /\b(cooperation|collaboration|complementarity)\b[^.]*?\b(?:including|with|such as|inter alia)\b/i.exec(text);
      if (coop && !/:\s*$/.test(text)) {
        const kind = /cooperat/i.test(coop[1]!) ? "COOPERATION" : "COLLABORATION";
        for (const o of ctx.orgs.filter((x) => x.start >= coop.index + coop[0].length)) {
          if (o.key === subject || this.isAncestor(o.key, subject)) continue;
          this.addLiaison({ kind, from: subject, to: o.key, subject: cleanQuote(text), topics: this.topicsIn(text), where });
        }
      }
      // A list introduced by "… will collaborate with:" (one body per item).
      if (/\b(collaborat\w*|cooperat\w*|liaise|work (?:closely )?with|coordinate with)\b[^:]*(?:with|alia)?[^:]*:\s*$/i.test(text)) {
        const kind = /cooperat/i.test(text) ? "COOPERATION" : "COLLABORATION";
        for (let j = ctx.index + 1; j < this.contexts.length; j++) {
          const item = this.contexts[j]!;
          if (!BULLET.test(item.block.text) && !/^[a-z]\)/.test(item.block.text)) break;
          // The item's first body, or the most specific one it names at its start ("IEEE Computer Society SAB SC Metaverse SG (MSG) – …").
          const head = item.block.text.split(/\s[–—-]\s/)[0]!;
          const lead = item.orgs.find((o) => o.start <= 3) ?? item.orgs[0];
          const body = lead ? addressees(head, item.orgs.filter((o) => o.end <= head.length)).find((o) => o.start >= lead.start) ?? lead : undefined;
          if (!body || body.key === subject) continue;
          this.addLiaison({ kind, from: subject, to: body.key, subject: item.block.text.replace(BULLET, ""), topics: this.topicsIn(item.block.text), where: this.where(item) });
        }
      }
    }
    // "The FG-MV structure is as follows:" and "· Working Group 1 - General".
    if (/\bstructure\b[^:]*:\s*$/i.test(text)) {
      const parent = ctx.orgs.find((o) => !o.candidates)?.key ?? subject;
      if (!parent) return;
      for (let j = ctx.index + 1; j < this.contexts.length; j++) {
        const item = this.contexts[j]!;
        const m = /^[·•\-–—*]?\s*(Working Group|Task Group|Sub-?group|Study Group|Ad hoc Group|WG|TG)\s*(\d+)?\s*[-–—:]?\s*(.*)$/i.exec(item.block.text);
        if (!m) break;
        const parentShort = this.short(parent);
        const abbrev = /^W/i.test(m[1]!) ? "WG" : /^T/i.test(m[1]!) ? "TG" : /^S/i.test(m[1]!) ? "SG" : "AHG";
        const label = m[2] ? `${m[1]} ${m[2]}` : m[1]!;
        const title = m[3]!.trim();
        const id = `${parent}-${abbrev.toLowerCase()}${m[2] ?? `-${slug(title).split("-").slice(0, 3).join("-")}`}`;
        const printed = item.block.text.replace(BULLET, "").trim();
        const known = this.orgs.find([`${parentShort} ${abbrev}${m[2] ?? ""}`, `${parentShort} ${label}`, `${parentShort} ${label} – ${title}`, printed]);
        if (known) continue;
        this.orgs.propose({
          id, name: `${parentShort} ${label}${title ? ` – ${title}` : ""}`, kind: abbrev === "TG" ? "TASK_GROUP" : "WORKING_GROUP",
          aliases: [printed, `${parentShort} ${label}`, ...(m[2] ? [`${parentShort} ${abbrev}${m[2]}`] : [])], partOf: parent,
          locator: item.block.locator, quote: item.block.text,
        });
      }
    }
  }

  /**
   * A code's developer: the group named nearest to it, else the page's subject or issuer; but for
   * a code of an owner's family ("ISO 12345", "Y.1234"), the first of those in that family, else
   * the owner itself (a standard another body's page cites is still its publisher's).
   */
  private developerOf(owner: string | undefined, nearest: string | undefined, where: Where): string | undefined {
    const candidates = [nearest, this.facts.subjectOrganization, this.issuer].filter((k): k is string => !!k);
    if (!owner) return candidates[0];
    const family = this.orgs.find([owner])?.key;
    if (!family) return candidates[0] ?? this.orgs.resolveDesignation(owner, where);
    return candidates.find((k) => k === family || this.isAncestor(family, k)) ?? family;
  }

  private isAncestor(candidate: string, of: string): boolean {
    let current: string | undefined = this.orgs.parentOf(of);
    for (let i = 0; current && i < 10; i++) {
      if (current === candidate) return true;
      current = this.orgs.parentOf(current);
    }
    return false;
  }

  // ---------------------------------------------------------------- deliverables and cited documents

  private deliverables(ctx: BlockContext) {
    const text = ctx.block.text;
    const where = this.where(ctx);
    // Cited procedural texts: "Recommendation ITU-T A.7", "WTSA-24 Resolution 105", "Resolution 209 (Rev. Bucharest, 2022)".
    for (const m of text.matchAll(/\b(?:Recommendation\s+)?ITU-T\s+(?:Rec\.\s*)?(A\.\d+(?:\.\d+)?)\b/g)) {
      this.cite({ reference: `Recommendation ITU-T ${m[1]}`, title: `Recommendation ITU-T ${m[1]}`, kind: "RECOMMENDATION", issuerText: "ITU-T", where });
      // A working-methods Recommendation a group works under is in force: ITU-T's deliverable,
      // approved (unconfirmed: a citation gives no title, date or status).
      const sector = this.orgs.resolveDesignation("ITU-T", where);
      if (sector && !this.facts.deliverables.some((d) => deliverableKey(d.code) === deliverableKey(`ITU-T ${m[1]}`))) {
        this.facts.deliverables.push({
          code: `ITU-T ${m[1]}`, title: `Recommendation ITU-T ${m[1]}`, kind: "RECOMMENDATION", status: "APPROVED", developedBy: sector, topics: [], confidence: "unconfirmed", where,
        });
      }
    }
    for (const m of text.matchAll(/\b((?:WTSA|PP|WTDC|RA)-?\d{2}\s+)?Resolution\s+(\d{1,3})(\s*\((?:Rev\.\s*)?[\p{L} ]+,\s*\d{4}\))?(?:\s+(?:of the\s+)?(Plenipotentiary Conference|World Telecommunication Standardization Assembly))?(?:\s+[“"]([^”"]{3,120})[”"])?/gu)) {
      const body = m[1]?.trim();
      if (!body && !m[4]) continue;
      const reference = `${body ? `${body} ` : ""}Resolution ${m[2]}${m[3] ? m[3].trimEnd() : ""}`.replace(/\s+/g, " ");
      const title = `${reference}${m[4] ? ` of the ${m[4]}` : ""}${m[5] ? ` “${m[5]}”` : ""}`;
      this.cite({ reference, title, kind: "RESOLUTION", where });
      // A resolution of a dated session ("WTSA-24 Resolution 105") is also that assembly's deliverable, approved that year.
      const session = body ? /^(WTSA|PP|WTDC|WRC|RA)-(\d{2})$/.exec(body) : null;
      const by = session ? this.orgs.resolveDesignation(session[1]!, where) : undefined;
      if (session && by && !this.facts.deliverables.some((d) => compactForm(d.code) === compactForm(`${body} Resolution ${m[2]}`))) {
        this.facts.deliverables.push({
          code: `${body} Resolution ${m[2]}`, ...(m[5] ? { title: m[5] } : {}), kind: "RESOLUTION", status: "APPROVED", statusWord: "approved", developedBy: by,
          approved: `20${session[2]}`, topics: this.topicsIn(text), confidence: "confirmed", where,
        });
      }
    }
    // "DRAFT NEW RESOLUTION [APT-MV]" of a proposal to an assembly or conference: a draft of the body it is proposed to.
    for (const m of text.matchAll(/\bDRAFT NEW (RESOLUTION|RECOMMENDATION|QUESTION)\s+\[([A-Z0-9][\w.-]*)\]/gi)) {
      const code = `Draft new ${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).toLowerCase()} [${m[2]}]`;
      const assembly = /\b(WTSA|World Telecommunication Standardization Assembly|Plenipotentiary Conference|PP-\d{2}|WTDC|WRC)\b/.exec(this.blocks.map((b) => b.text).join("\n"))?.[1];
      const by = assembly ? this.orgs.resolveDesignation(/Standardization Assembly|WTSA/.test(assembly) ? "WTSA" : /Plenipotentiary|PP/.test(assembly) ? "PP" : assembly, where) : undefined;
      const next = this.blocks[ctx.index + 1]?.text;
      const title = next && next.length < 200 && !/^\(/.test(next) ? next.trim() : undefined;
      if (!by || this.facts.deliverables.some((d) => d.code === code)) continue;
      this.facts.deliverables.push({
        code, ...(title ? { title } : {}), kind: m[1]!.toUpperCase() === "QUESTION" ? "OTHER" : m[1]!.toUpperCase(), status: "IN_PROGRESS", statusWord: "draft", developedBy: by,
        topics: this.topicsIn(`${text} ${title ?? ""}`), confidence: "confirmed", where,
      });
    }
    const taken: Span[] = [];
    for (const p of deliverableCodes) {
      if (p.onPage && !p.onPage.test(this.pageText())) continue;
      for (const m of text.matchAll(p.re)) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (taken.some((t) => span.start < t.end && span.end > t.start)) continue;
        if (ctx.orgs.some((o) => span.start >= o.start && span.end <= o.end)) continue;
        const code = p.code(m as RegExpExecArray);
        // "clause 2.3", "Res. 99", document numbers: not deliverables.
        if (/^A\./.test(code)) continue;
        // "E.g.", "I.e.": an abbreviation, not a designation (a lettered one has a word after the dot: "Y.smartcity").
        if (/^[A-Z]\.[a-z]{1,2}$/.test(code)) continue;
        if (/\b(clause|section|annex|figure|table|paragraph|res|rev)\.?\s*$/i.test(text.slice(Math.max(0, span.start - 12), span.start))) continue;
        // A bare "P.1234" is ITU-T's with a word of ITU-T's beside it, or on an ITU-T page (a list of its Recommendations).
        if (/^[A-Z]\.\d/.test(code) && !/ITU-T|Recommendation|Rec\.|draft|new|revised|\bY\.|\bX\.|\bH\.|\bF\.|\bQ\.|\bG\./.test(text.slice(Math.max(0, span.start - 30), span.end))
          && !ITU_T_PAGE.test(this.pageText())) continue;
        taken.push(span);
        const after = text.slice(span.end);
        const title = /^\s*(?:[-–—:]\s+|,\s*)?[“"]([^”"]{3,200})[”"]/.exec(after)?.[1] ?? /^\s*[-–—:]\s+([^;.\n]{3,200})/.exec(after)?.[1] ?? /^\s*\(([^)]{5,200})\)/.exec(after)?.[1];
        const sentence = sentences(text).find((s) => s.start <= span.start && s.start + s.text.length >= span.end)?.text ?? text;
        // The most advanced status the sentence gives ("draft … was agreed" is agreed), unless it is only expected.
        // A word inside a name ("draft-ietf-…", an Internet-Draft's) is no status word.
        const words = [...sentence.matchAll(/\b(published|approved|consented|agreed|determined|draft|under development|in progress|planned|new work item|withdrawn)\b(?!-)/gi)]
          .filter((w) => !/\b(expected to be|to be|will be|may be|could be)\s*$/i.test(sentence.slice(0, w.index)))
          .map((w) => w[1]!.toLowerCase());
        const rank = ["withdrawn", "planned", "new work item", "draft", "under development", "in progress", "agreed", "determined", "consented", "approved", "published"];
        const statusWord = words.sort((a, b) => rank.indexOf(b) - rank.indexOf(a))[0] ?? (/\bdraft\b(?!-)/i.test(sentence) ? "draft" : undefined);
        const status = statusWord === "published" ? "PUBLISHED" : statusWord === "approved" ? "APPROVED" : statusWord === "consented" || statusWord === "determined" ? "CONSENTED"
          : statusWord === "agreed" ? "AGREED" : statusWord === "planned" || statusWord === "new work item" ? "PLANNED" : statusWord === "withdrawn" ? "WITHDRAWN" : "IN_PROGRESS";
        const groups = ctx.orgs.filter((o) => o.start >= 0 && /STUDY_GROUP|QUESTION|WORKING_GROUP|FOCUS_GROUP|TASK_GROUP|SUBCOMMITTEE|TECHNICAL_COMMITTEE|STANDARDS_COMMITTEE/.test(this.kindOf(o.key)));
        const publisher = p.publisher ? this.orgs.resolveDesignation(p.publisher, where) : undefined;
        const developedBy = publisher ?? this.developerOf(p.owner, groups.sort((a, b) => Math.abs(a.start - span.start) - Math.abs(b.start - span.start))[0]?.key, where);
        const kind = /Report|^ETSI GR/.test(code) ? "TECHNICAL_REPORT" : /Specification|^3GPP TS/.test(code) ? "TECHNICAL_SPECIFICATION" : /STR\.|STP\.|Paper/.test(code) ? "TECHNICAL_PAPER" : p.kind;
        if (this.facts.deliverables.some((d) => deliverableKey(d.code) === deliverableKey(code))) {
          const d = this.facts.deliverables.find((x) => deliverableKey(x.code) === deliverableKey(code))!;
          if (!d.title && title) d.title = title.trim();
          if (statusWord && !d.statusWord) { d.status = status; d.statusWord = statusWord; d.confidence = "confirmed"; }
          continue;
        }
        this.facts.deliverables.push({
          code, ...(title ? { title: title.trim() } : {}), kind, status, ...(statusWord ? { statusWord } : {}), ...(developedBy ? { developedBy } : {}),
          topics: this.topicsIn(sentence), confidence: statusWord ? "confirmed" : "unconfirmed", where,
        });
      }
    }
  }

  private page: string | undefined;
  /** The whole document's text (for shapes that are codes only on a page of their family). */
  private pageText(): string {
    return (this.page ??= this.blocks.map((b) => b.text).join("\n"));
  }

  private kindOf(key: string): string {
    return this.orgs.row(key)?.kind ?? this.orgs.created.get(key)?.kind ?? "";
  }

  private cite(c: Facts["cited"][number]) {
    if (this.facts.cited.some((x) => compactForm(x.reference) === compactForm(c.reference))) return;
    // "WTSA-24 Resolution 105" and "Resolution 105" are one document.
    const number = /Resolution (\d+)/.exec(c.reference)?.[1];
    const same = number ? this.facts.cited.find((x) => x.kind === "RESOLUTION" && new RegExp(`Resolution ${number}\\b`).test(x.reference)) : undefined;
    if (same) return;
    this.facts.cited.push(c);
  }

  // ---------------------------------------------------------------- statistics

  private statistics(ctx: BlockContext) {
    const text = ctx.block.text;
    const re = /\b(?:total(?:\s+of)?\s+)?(\d{1,5}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (deliverables|UN entities|entities|member states|members|participants|study groups|Recommendations|contributions|technical reports|specifications|standards|working groups|task groups|countries)\b/gi;
    for (const m of text.matchAll(re)) {
      const value = numberValue(m[1]!);
      if (value === undefined || value < 2 || m.index === 0 || /^(19|20)\d\d$/.test(m[1]!)) continue;
      const before = ctx.orgs.filter((o) => o.end <= m.index! && !ctx.people.some((p) => p.affiliationSpan && o.start >= p.affiliationSpan.start));
      const subject = before.pop()?.key ?? this.facts.subjectOrganization;
      if (!subject) continue;
      const measure = m[2]!.toLowerCase();
      const until = findDates(text.slice(m.index!)).find((d) => d.start.length >= 7);
      const asOf = until ? until.start.slice(0, 7) : this.documentDate;
      if (this.facts.statistics.some((s) => s.subject === subject && s.measure === measure && s.value === value)) continue;
      this.facts.statistics.push({ subject, measure, value, ...(asOf ? { asOf } : {}), where: this.where(ctx) });
    }
  }
}

function dateFields(d: DateRange): { startDate: string; endDate?: string } {
  return { startDate: d.start, ...(d.end ? { endDate: d.end } : d.start.length === 10 ? { endDate: d.start } : {}) };
}

function overlapsDates(a1: string, a2: string | undefined, b1: string, b2: string | undefined): boolean {
  const aEnd = a2 ?? a1;
  const bEnd = b2 ?? b1;
  return a1.slice(0, Math.min(a1.length, bEnd.length)) <= bEnd.slice(0, Math.min(a1.length, bEnd.length)) && b1.slice(0, Math.min(b1.length, aEnd.length)) <= aEnd.slice(0, Math.min(b1.length, aEnd.length));
}

/** An event's name without its ordinal and articles, compact: "the 2nd Citiverse Assembly" → "citiverseassembly". */
export function baseName(name: string): string {
  return compactForm(name.replace(new RegExp(`^(the\\s+)?${ORDINAL}\\s+`, "i"), "").replace(/^the\s+/i, ""));
}

function ordinalName(n: number): string {
  return ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"][n - 1] ?? `${n}th`;
}


/**
 * The bodies of an addressee line, one per comma-separated item: "IEEE Computer Society SAB SC
 * Metaverse SG (MSG)" is the group, not the society it is in (the most specific mention of an
 * item, unless the item joins bodies with "and" or "/").
 */
function addressees(line: string, mentions: OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  let start = 0;
  for (const item of splitTopLevel(line)) {
    const at = line.indexOf(item, start);
    const end = at + item.length;
    start = end;
    const inside = mentions.filter((o) => o.start >= at && o.end <= end);
    const joined = inside.some((o, i) => i > 0 && /\band\b|&|\//.test(line.slice(inside[i - 1]!.end, o.start)));
    out.push(...(inside.length > 1 && !joined ? [inside[inside.length - 1]!] : inside));
  }
  return out;
}

/** "was appointed Chair … in October 2026", "elected on 3 March 2027": the date a role starts, when the sentence gives one. */
function appointedOn(sentence: string): string | undefined {
  const verb = /\b(appointed|elected|designated|nominated|took office|assumed|since|as of|with effect from|effective)\b/i.exec(sentence);
  if (!verb) return undefined;
  const date = findDates(sentence.slice(verb.index)).find((d) => !d.end);
  return date?.start;
}

/** Words of institutional names that say what a body is, not whose it is. */
const GENERIC_NAME_WORDS = new Set([
  "national", "communications", "communication", "telecommunications", "telecommunication", "telecom", "information", "technology", "technologies",
  "digital", "economy", "regulatory", "regulation", "authority", "commission", "ministry", "department", "agency", "office", "bureau", "administration",
  "of", "for", "and", "the", "&", "ict", "icts", "posts", "post", "postal", "broadcasting", "media", "spectrum", "standards", "standardization",
  "standardisation", "institute", "council", "board", "directorate", "general", "federal", "state", "public", "services", "infrastructure", "innovation",
]);

/** "Communications Authority", "Ministry of ICT": a name made only of generic words. */
function isGenericName(name: string): boolean {
  const words = name.toLowerCase().split(/[\s,/-]+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => GENERIC_NAME_WORDS.has(w));
}

function cleanTitle(title: string): string {
  return title.replace(/^the\s+/i, "").replace(/\s+/g, " ").trim();
}

function cleanQuote(text: string): string {
  return text.replace(BULLET, "").trim().slice(0, 300);
}

export { countryCode };

import type { GraphSnapshot, OrganizationRow } from "./graph-index.repository.js";
import type { TextBlock } from "./proposal.js";
import type { Where } from "./recognize/facts.js";
import { sentences } from "./text-utils.js";
import { FUNCTIONAL_LOCAL } from "./safety/personal-text.js";
import { nameWords, sameNameOrInitials } from "./safety/same-name.js";

/**
 * Contacts given only by their e-mail address (issue 25, failure class 3: "From Contact:
 * jane.doe@example.org" on a Datatracker page). Each address the recognizers did not attach to a
 * person is, in this order:
 * - a PERSON of the graph holding it (matched, reason EMAIL);
 * - a body's MAILBOX the graph holds;
 * - a FUNCTIONAL mailbox (a secretariat's, a group's: "tsbsg17@…", "secretariat@…") of the body
 *   the same sentence names: tied to that body;
 * - otherwise UNKNOWN: a question for the reviewer, whose candidates are the people the address
 *   could be (its local part read as a name, or the people of the body the sentence names).
 */
export type EmailContact =
  | { kind: "PERSON"; email: string; person: string; where: Where }
  | { kind: "MAILBOX"; email: string; organization: string; where: Where }
  | { kind: "FUNCTIONAL"; email: string; organization: string; where: Where }
  | { kind: "NAMED_HERE"; email: string; name: string; where: Where }
  | { kind: "UNKNOWN"; email: string; candidates: string[]; where: Where };

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** At most this many addresses are read per document: a mailing list pasted whole is not a set of contacts. */
const MAX_ADDRESSES = 100;

/**
 * `named`: the people this document names (their printed names): an address that reads as one of
 * them ("lena.okafor@…" beside "Ms Lena Okafor") is theirs (NAMED_HERE), whether or not the graph
 * knows them yet.
 */
export function findEmailContacts(blocks: TextBlock[], known: Set<string>, graph: GraphSnapshot, named: string[] = []): EmailContact[] {
  const out: EmailContact[] = [];
  const seen = new Set<string>(known);
  for (const block of blocks) {
    for (const line of block.text.split("\n")) {
      for (const sentence of sentences(line)) {
        for (const m of sentence.text.matchAll(EMAIL)) {
          const email = m[0].replace(/\.$/, "");
          const lower = email.toLowerCase();
          if (seen.has(lower)) continue;
          seen.add(lower);
          if (seen.size - known.size > MAX_ADDRESSES) return out;
          out.push(classify(email, { locator: block.locator, quote: sentence.text.trim() }, graph, named));
        }
      }
    }
  }
  return out;
}

function classify(email: string, where: Where, graph: GraphSnapshot, namedHere: string[]): EmailContact {
  const lower = email.toLowerCase();
  const person = graph.people.find((p) => p.email?.toLowerCase() === lower);
  if (person) return { kind: "PERSON", email, person: person.id, where };
  const body = graph.organizations.find((o) => o.mailbox?.toLowerCase() === lower);
  if (body) return { kind: "MAILBOX", email, organization: body.id, where };
  const local = lower.split("@")[0]!;
  const named = bodiesNamedIn(where.quote, graph.organizations);
  const byLocal = named.find((o) => acronymTail(o).some((t) => local.includes(t)));
  if (byLocal) return { kind: "FUNCTIONAL", email, organization: byLocal.id, where };
  if (FUNCTIONAL_LOCAL.test(local) && named.length === 1) return { kind: "FUNCTIONAL", email, organization: named[0]!.id, where };
  const here = namedHere.find((name) => addressFitsName(local, name));
  if (here) return { kind: "NAMED_HERE", email, name: here, where };
  return { kind: "UNKNOWN", email, candidates: candidatesFor(local, email, named, graph), where };
}

/** True when an address's local part reads as the name: "jane.doe", "doe.jane", "jdoe", "janed". */
export function addressFitsName(local: string, name: string): boolean {
  const parts = local.split(/[._-]+/).filter((w) => /^\p{L}+$/u.test(w));
  if (parts.length >= 2 && sameNameOrInitials(name, parts.join(" "))) return true;
  const words = nameWords(name).filter((w) => w.length > 1);
  const family = words.at(-1);
  const given = words[0];
  if (!family || !given || family.length <= 2 || given === family) return false;
  const flat = local.replace(/[._-]+/g, "");
  return flat === `${given[0]}${family}` || flat === `${given}${family[0]}` || flat === `${given}${family}` || flat === `${family}${given[0]}`;
}

/** People the address could be: its local part read as a name ("jane.doe", "jdoe"), else the people of the body named beside it. */
function candidatesFor(local: string, email: string, named: OrganizationRow[], graph: GraphSnapshot): string[] {
  const byName = graph.people.filter((p) => [p.name, ...p.aliases].some((n) => addressFitsName(local, n)));
  if (byName.length > 0) return byName.slice(0, 8).map((p) => p.id);
  const domain = email.toLowerCase().split("@")[1]!;
  const ofBodies = new Set([...named.map((o) => o.id), ...graph.organizations.filter((o) => o.website && hostOf(o.website)?.endsWith(domain)).map((o) => o.id)]);
  return graph.people.filter((p) => !p.email && p.affiliations.some((a) => ofBodies.has(a))).slice(0, 8).map((p) => p.id);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

const words = (text: string) => ` ${text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()} `;

/** The bodies of the graph a sentence names by name, acronym or alias (whole words), longest first. */
export function bodiesNamedIn(text: string, organizations: OrganizationRow[]): OrganizationRow[] {
  const hay = words(text);
  const hits: Array<{ o: OrganizationRow; length: number }> = [];
  for (const o of organizations) {
    const forms = [o.name, o.acronym, ...o.aliases].filter((f): f is string => !!f).map((f) => words(f).trim()).filter((f) => f.length >= 3);
    const hit = forms.filter((f) => hay.includes(` ${f} `)).sort((a, b) => b.length - a.length)[0];
    if (hit) hits.push({ o, length: hit.length });
  }
  // A body named inside a longer one's name ("ITU-T" in "ITU-T SG17") is not named on its own.
  return hits.sort((a, b) => b.length - a.length).map((h) => h.o);
}

/** The distinctive ends of a body's acronym ("ITU-T SG17" → "sg17", "itutsg17"), as a functional address may hold them. */
function acronymTail(o: OrganizationRow): string[] {
  const acronym = o.acronym ?? "";
  const tokens = acronym.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const tails = [tokens.join(""), tokens.at(-1) ?? ""].filter((t) => t.length >= 3 && (/\d/.test(t) || t.length >= 4));
  return [...new Set(tails)];
}

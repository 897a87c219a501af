import type { TextBlock } from "../proposal.js";
import type { DeadlineFact, DeliverableFact, EventFact, Facts, LiaisonFact, Where } from "../recognize/facts.js";
import type { OrganizationResolver, OrgMention } from "../recognize/organizations.js";
import type { PersonMention } from "../recognize/people.js";
import type { GenreName } from "../genres/genre.js";

/**
 * The rules stage of the fact pipeline (read → layout → classify → mentions → rules → resolve →
 * propose). A rule is data plus one function, one rule per file (as chrono's parsers and spaCy's
 * EntityRuler patterns): it declares the genres it applies to, its scope (each block, or the
 * whole document) and its trigger (a cheap pattern: the rule runs only where it matches), and
 * adds facts through the context. Rules never read the graph: resolution comes after.
 */
export interface Rule {
  name: string;
  /** The genres (src/import/genres/) the rule applies to, or every genre. */
  genres: readonly GenreName[] | "any";
  scope: "block" | "document";
  /** Tested on the block's text (scope "block") or on the document's text ("document"). */
  trigger: RegExp;
  apply(ctx: RuleContext, block: RuleBlock | undefined): void;
}

/** A block with the mentions the mentions stage found in it. */
export interface RuleBlock {
  block: TextBlock;
  index: number;
  orgs: OrgMention[];
  people: PersonMention[];
}

export type EventDraft = Omit<EventFact, "localId" | "also" | "hosts" | "organizers" | "collocatedWith" | "topics"> & { hosts?: string[]; topics?: string[] };

/** What a rule may read and write. */
export interface RuleContext {
  genre: GenreName;
  blocks: readonly RuleBlock[];
  facts: Facts;
  orgs: OrganizationResolver;
  documentDate: string | undefined;
  /**
   * The body the document comes from, as the document stage read it (its From, From Group, Source
   * or Sender row; a circular's bureau) and the mentions stage resolved it. Rules take it from
   * here rather than reading those rows again.
   */
  issuer: string | undefined;
  /** A person named by the document (merged with one of the same name); returns the name facts use. */
  addPerson(name: string, where: Where, extra?: { honorific?: string; country?: string; affiliations?: string[]; printed?: string }): string;
  addRole(person: string, organization: string, role: string, title: string | undefined, where: Where, confidence: number, since?: string): void;
  upsertEvent(draft: EventDraft): EventFact;
  addLiaison(liaison: LiaisonFact): void;
  addDeliverable(deliverable: DeliverableFact): void;
  /** A deadline (of the document's main event unless it names another); one per date and kind. */
  addDeadline(deadline: Omit<DeadlineFact, "event"> & { event?: string }): void;
  /** The kind of a body (an existing one's, or the one proposed for a new one). */
  kindOf(key: string): string;
}

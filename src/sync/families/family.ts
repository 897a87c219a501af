import type { deliverableKinds, deliverableStatuses } from "../../seed/seed.schema.js";

export type DeliverableKind = (typeof deliverableKinds)[number];
export type DeliverableStatus = (typeof deliverableStatuses)[number];

/** What one catalogue item is in the life of its standard. */
export type ItemPart = "edition" | "draft" | "amendment" | "corrigendum" | "variant";

/** A reference read by a family's rule: the standard it belongs to and what the item is. */
export interface StandardOf {
  /** The standard's reference without edition, date, version, draft or amendment ("ISO/IEC 23090-2", "IEEE 2874"). */
  code: string;
  part: ItemPart;
  /** Edition or version the reference carries ("2023", "2.1.1", "D-3.1"). */
  edition?: string;
}

/** A rule of a family's reference grammar: one pattern, then what it means. */
export interface ReferenceRule {
  name: string;
  pattern: RegExp;
  read(match: RegExpExecArray): StandardOf;
}

/** A lifecycle the body publishes, read into the graph's status. An unknown stage is `undefined` (the record is refused where the family says so). */
export interface StageReading {
  status: DeliverableStatus;
  /** The body's own words for it, kept as the record's stage ("60.60 published", "In force"). */
  label: string;
}

/** Everything that differs between catalogue families, as data: the rest of the sync is shared. */
export interface CatalogueFamily {
  id: string;
  /** The catalogue a record of this family comes from: its Document in the graph. */
  catalogue: { key: string; title: string; url: string };
  /** References of this family (tested on the primary reference). */
  recognizes: RegExp;
  /** The family's publisher root body (a designation the organization resolver knows). */
  root: string;
  /** How the standard's identity is read from an item's reference (first rule that matches). */
  references: ReferenceRule[];
  /** The lifecycle: stage and substage as the record gives them, and whether a published date exists. */
  stage(stage: string | undefined, substage: string | undefined, published: boolean): StageReading | undefined;
  /** Refuse a record whose stage this family does not know (true for coded lifecycles such as ISO's). */
  strictStages: boolean;
  /** The record's document type (Relaton doctype) → kind. */
  kinds: Readonly<Record<string, DeliverableKind>>;
  defaultKind: DeliverableKind;
  /** The owning committee as a designation the organization resolver reads, from the editorial group's parts. */
  committee(group: { identifier?: string; name?: string; number?: string; type?: string }, reference: string): string | undefined;
}

/** Words of published lifecycles shared by the families that write them as words. */
export function byWords(table: ReadonlyArray<readonly [RegExp, DeliverableStatus]>) {
  return (stage: string | undefined, published: boolean): StageReading | undefined => {
    if (!stage) return published ? { status: "PUBLISHED", label: "published" } : undefined;
    for (const [re, status] of table) if (re.test(stage)) return { status: status === "PUBLISHED" && !published && /approved/i.test(stage) ? "APPROVED" : status, label: stage };
    return undefined;
  };
}

/**
 * A family whose catalogue is a relaton-data repository and whose lifecycle is written as words
 * (ETSI, W3C): the catalogue, the recognition of its references by the root, the stage read by
 * `words`, and its committees named under the root ("W3C Immersive Web Working Group";
 * `under(name, reference)` says what comes between the root and a bare name, e.g. ETSI's "ISG").
 */
export function wordsFamily(spec: {
  id: string;
  root: string;
  title: string;
  references: ReferenceRule[];
  words: ReturnType<typeof byWords>;
  kinds: Readonly<Record<string, DeliverableKind>>;
  defaultKind: DeliverableKind;
  under?: (name: string, reference: string) => string;
}): CatalogueFamily {
  const root = new RegExp(`^${spec.root}\\b`);
  return {
    id: spec.id,
    catalogue: { key: `relaton-data-${spec.id}`, title: `${spec.title} (relaton-data-${spec.id})`, url: `https://github.com/relaton/relaton-data-${spec.id}` },
    recognizes: root,
    root: spec.root,
    references: spec.references,
    stage: (stage, _substage, published) => spec.words(stage, published),
    strictStages: false,
    kinds: spec.kinds,
    defaultKind: spec.defaultKind,
    committee(group, reference) {
      const name = group.identifier ?? group.name;
      if (!name) return undefined;
      return root.test(name) ? name : `${spec.root} ${spec.under ? `${spec.under(name, reference)} ` : ""}${name}`;
    },
  };
}

import type { DeliverableKind, DeliverableStatus, ItemPart } from "./families/family.js";

/**
 * What the connectors produce: one typed record per catalogue item, with where it was read
 * (`origin`: the file or URL, `recordId`: the catalogue's own id). The planner works on these
 * only, never on the formats.
 */
export interface CatalogueRef {
  /** Readable id of the catalogue's Document ("relaton-data-iso"). */
  key: string;
  title: string;
  url: string;
}

export interface DeliverableRecord {
  catalogue: CatalogueRef;
  origin: string;
  recordId: string;
  /** The primary reference as the catalogue writes it ("ISO/IEC 23090-2:2023"). */
  reference: string;
  /** Other primary references of the same item (a joint text: "ITU-T H.266" and "ISO/IEC 23090-3"). */
  alsoKnownAs: string[];
  familyId: string;
  /** The standard's reference, without edition, draft or amendment ("ISO/IEC 23090-2"). */
  standardCode: string;
  part: ItemPart;
  edition?: string;
  title?: string;
  kind: DeliverableKind;
  /** Absent for an item that stands for the latest version only (W3C's undated item): its dated items say. */
  status?: DeliverableStatus;
  /** The body's own lifecycle words ("60.60 publication: published", "In force", "Working Draft"). */
  stage: string;
  published?: string;
  /** The latest date the record gives (published, circulated, updated, ...), for ordering items. */
  date?: string;
  relations: Array<{ type: string; reference: string }>;
  /** The owning committee as a designation ("ISO/IEC JTC 1/SC 29", "ITU-T Study Group 21"). */
  committee?: string;
  /** The family's publisher root ("ISO", "ITU-T"), owner when no committee is given. */
  root: string;
  link?: string;
  abstract?: string;
  ics: string[];
}

export interface CommitteeRecord {
  catalogue: CatalogueRef;
  origin: string;
  recordId: string;
  reference: string;
  title: string;
  status?: string;
  secretariat?: string;
  created?: string;
  scope?: string;
  parentId?: string;
  /** `reference` is empty when the dataset names the partner committee by its id only. */
  committeeLiaisons: Array<{ id: string; reference: string; title?: string }>;
  /** `acronym` is empty when the dataset names the partner by its name only. */
  organizationLiaisons: Array<{ id: string; acronym: string; name?: string }>;
}

/**
 * A record the connectors or the planner would not take: one line naming it and why. Also the
 * shape of a note: part of a good record left out because the catalogue does not say enough to
 * place it (a liaison partner named by an id the dataset does not list).
 */
export interface Refusal {
  origin: string;
  record?: string;
  reason: string;
}

export const formatRefusal = (r: Refusal) => `${r.origin}${r.record ? ` › ${r.record}` : ""}: ${r.reason}`;

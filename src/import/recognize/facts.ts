/** What the recognizers found in a document, before resolution against the graph. */
export interface Where {
  locator: string;
  quote: string;
}

export interface PersonFact {
  name: string;
  printed: string[];
  honorific?: string;
  country?: string;
  email?: string;
  phone?: string;
  affiliations: string[];
  where: Where;
}

export interface RoleFact {
  person: string;
  organization: string;
  role: string;
  title?: string;
  /** The date the text gives for it ("appointed … in October 2026"); else the document's. */
  since?: string;
  where: Where;
  confidence: number;
}

export interface EventFact {
  localId: string;
  name: string;
  kind: "MEETING" | "FORUM" | "WORKSHOP" | "ASSEMBLY" | "CONFERENCE" | "EVENT";
  ordinal?: number;
  startDate?: string;
  endDate?: string;
  startTime?: string;
  endTime?: string;
  timezone?: string;
  venue?: string;
  city?: string;
  country?: string;
  meetingOf?: string;
  hosts: string[];
  /** "organized by", "coordinated by": the bodies behind it. */
  organizers: string[];
  collocatedWith: string[];
  topics: string[];
  where: Where;
  /** More places the event is described. */
  also: Where[];
}

export interface DeadlineFact {
  event?: string;
  kind: "CONTRIBUTION" | "REGISTRATION" | "VISA_LETTER" | "OTHER";
  due: string;
  description: string;
  submitTo?: string;
  where: Where;
}

export interface LiaisonFact {
  kind: "COLLABORATION" | "COOPERATION" | "LIAISON_RELATIONSHIP" | "LIAISON_STATEMENT" | "REPORTING";
  from: string;
  to: string;
  subject?: string;
  /** To / for action / for information / for comment / cc. */
  addressed?: string;
  /** A statement's purpose as it gives it (its abstract, else its "Purpose" field). */
  purpose?: string;
  /** A statement's own reply deadline ("Deadline: 1 November 2027"). */
  deadline?: string;
  topics: string[];
  where: Where;
}

export interface DeliverableFact {
  code: string;
  title?: string;
  kind: string;
  status: string;
  statusWord?: string;
  developedBy?: string;
  /** Year or date of approval, when the designation gives it ("WTSA-24 Resolution 105": 2024). */
  approved?: string;
  topics: string[];
  confidence: "confirmed" | "unconfirmed";
  where: Where;
}

export interface CitedDocumentFact {
  reference: string;
  title: string;
  kind: "RECOMMENDATION" | "RESOLUTION" | "OTHER";
  issuerText?: string;
  where: Where;
}

export interface StatisticFact {
  subject: string;
  measure: string;
  value: number;
  asOf?: string;
  where: Where;
}

export interface ContactFact {
  person: string;
  email?: string;
  phone?: string;
  where: Where;
}

export interface Facts {
  people: PersonFact[];
  roles: RoleFact[];
  events: EventFact[];
  deadlines: DeadlineFact[];
  liaisons: LiaisonFact[];
  deliverables: DeliverableFact[];
  cited: CitedDocumentFact[];
  statistics: StatisticFact[];
  /** Organizations the document mentions that the graph has (key → first mention). */
  mentionedOrganizations: Map<string, { printed: string; where: Where; reason?: string; candidates?: Array<{ key: string; label: string }> }>;
  /** Topics named (key → first mention). */
  topics: Map<string, Where>;
  /** The body the document is about (a ToR's group, a circular's meeting's group). */
  subjectOrganization?: string;
  /** The main event (the meeting a circular announces). */
  mainEvent?: string;
  reportsTo: Map<string, { to: string; where: Where }>;
}

import type { TextBlock } from "../proposal.js";

/** A labelled field of a document's header ("Ref:", "Subject:", "For action to:", "Contact:"). */
export interface Field {
  label: string;
  /** The value's blocks (the label's own line when the value follows it on the same line). */
  lines: Array<{ text: string; locator: string }>;
  /** Index of the label's block. */
  index: number;
}

const LABELS = [
  "Ref", "Reference", "Our ref", "Date", "From", "To", "For action to", "For action", "For information to", "For information", "For comment to",
  "For comment", "Cc", "Copy to", "Copy", "Subject", "Title", "Approval", "Deadline", "Contact", "Contacts", "Abstract", "Purpose", "Source",
  "Question(s)", "Questions", "Question", "Study Group", "Submission date", "Submitted", "From Group", "From Groups", "To Group", "To Groups",
  "To Contacts", "Cc Contacts", "Response contacts", "Technical contacts", "Action", "Action requested", "Attachments", "Status",
  "Sender", "Organization", "Work item", "Editor", "Editors", "Editor(s)", "Approval process", "Timing", "Target date", "Maintenance",
  "Venue", "Dates", "Location", "Host", "Tel", "Telephone", "Fax", "E-mail", "Email", "Registration", "Meeting", "Liaison", "Period",
  "Base text", "Summary", "Scope", "Type", "Group", "Stage", "Priority", "Comment", "Submitter", "Sent to", "Keywords",
  "Submitted Date", "From Contact", "From Contacts", "Response Contact", "Response Contact(s)", "Technical Contact", "Technical Contact(s)",
  "Action Holder Contacts", "Cc Contact", "For", "Posted Date",
  // A 3GPP liaison statement's header ("Response to:", "Release:", "Contact Person:", "Send any reply LS to:").
  "Response to", "Release", "Contact Person", "Send any reply LS to",
] as const;

/**
 * Labels distinctive enough to count without a colon when their value follows on the same line,
 * as a form copied as text prints them ("Submitted Date 2026-03-02", "From Group SG9").
 */
const FORM_LABELS = new Set([
  "submitted date", "posted date", "from group", "from groups", "to group", "to groups", "from contact", "from contacts", "to contacts",
  "response contact", "response contacts", "technical contact", "technical contacts", "action holder contacts", "cc contact",
]);

const SUB_LABELS = new Set(["tel", "telephone", "fax", "e-mail", "email"]);
const labelAlternation = [...LABELS].sort((a, b) => b.length - a.length).map((l) => l.replace(/[()]/g, "\\$&")).join("|");
// A label ends with a colon, or a cell border ("Purpose | For action |", "Source: |").
const LABEL_START_RE = new RegExp(`^(?:${labelAlternation})(?![\\p{L}])`, "u");
const LABEL_RE = new RegExp(`^(${labelAlternation})\\s*(:\\s*\\|?|\\|)?\\s*(.*)$`, "i");

export function labelOf(text: string): { label: string; rest: string; colon: boolean } | undefined {
  const m = LABEL_RE.exec(text.replace(/\s*\|+\s*$/, ""));
  if (!m) return undefined;
  const rest = m[3]!.trim();
  const label = canonical(m[1]!);
  // Without a colon or a border, only a label alone on its line (a table header cell) or a form's own label counts.
  if (!m[2] && rest && !FORM_LABELS.has(label)) return undefined;
  return { label, rest, colon: !!m[2] };
}

/** The line starts with a capitalized label, with or without a colon ("Purpose For information"): a form's row. */
export function startsWithLabel(text: string): boolean {
  return LABEL_START_RE.test(text);
}

function canonical(label: string): string {
  return label.toLowerCase().replace(/\(s\)$/, "s");
}

/**
 * The labelled fields of the document's first part (before the letter or body starts) and every
 * "Contact:" block. A value runs until the next label, a salutation, or a few lines.
 */
export function findFields(blocks: TextBlock[]): Field[] {
  const fields: Field[] = [];
  let current: Field | undefined;
  let inContact = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = block.text;
    if (/^(Dear\b|Yours\b|ANNEX\b|Annex\b)/.test(text) || /^_{3,}/.test(text)) {
      current = undefined;
      inContact = false;
      if (/^Dear\b/.test(text)) continue;
      continue;
    }
    // A table's borders and separator rows ("||", "---|---|") are no value.
    if (/^[|\-\s:]*$/.test(text)) continue;
    const label = labelOf(text);
    if (label && !(inContact && SUB_LABELS.has(label.label))) {
      current = { label: label.label, lines: label.rest ? [{ text: label.rest, locator: block.locator }] : [], index: i };
      fields.push(current);
      inContact = label.label.startsWith("contact");
      continue;
    }
    if (current) {
      if (current.lines.length >= (/(^to$|^cc$|copy|for |groups|contacts)/.test(current.label) ? 60 : 12)) {
        current = undefined;
        continue;
      }
      current.lines.push({ text: text.replace(/\s*\|+\s*$/, ""), locator: block.locator });
    }
  }
  return fields;
}

export function fieldText(field: Field | undefined): string {
  return field ? field.lines.map((l) => l.text).join("\n") : "";
}

export function field(fields: Field[], ...labels: string[]): Field | undefined {
  return fields.find((f) => labels.includes(f.label) && f.lines.length > 0);
}

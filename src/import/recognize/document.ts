import type { ImportedDocumentKind, TextBlock } from "../proposal.js";
import { findDates } from "./dates.js";
import { field, fieldText, type Field } from "./fields.js";

export interface DocumentFacts {
  kind: ImportedDocumentKind;
  reference?: string;
  referenceLocator?: string;
  title?: string;
  titleLocator?: string;
  date?: string;
  dateLocator?: string;
  /** The issuer as printed (resolved later). */
  issuerText?: string;
  signatory?: { name: string; title: string; locator: string; quote: string };
}

const REFERENCE_PATTERNS: RegExp[] = [
  /\bTSB Circular\s+\d+\b/i,
  /\bTSB Collective letter\s+\d+(?:\/\d+)?\b/i,
  /\b(?:SG\d{1,2}|TSAG|FG-[A-Z0-9]+|JCA-[A-Z0-9]+)[-\s]?LS\s?\d+(?:\s?R\d+)?\b/,
  /\bCOM\s?\d{1,2}\s?[-–]\s?LS\s?\d+\b/,
  /\bLS\/[io]\/\d+\b/i,
  /\bTD\s?\d+(?:\/[A-Z0-9]+)?(?:\s?\((?:PLEN|GEN|WP\d)\/\d+\))?/,
  /\bADD\s+([A-Z]{2,6}\/[A-Z0-9/]+)\b/,
];

/** Document kind, reference, date, title, issuer and signatory from the header and the letter's end. */
export function recognizeDocument(blocks: TextBlock[], fields: Field[], htmlTitle: string | undefined, format: string): DocumentFacts {
  const text = blocks.map((b) => b.text).join("\n");
  const head = blocks.slice(0, 40);
  const headText = head.map((b) => b.text).join("\n");
  const facts: DocumentFacts = { kind: "OTHER" };

  const datatrackerForm = fields.some((f) => /^(from groups?|to groups?|submitted|submitted date|posted date|submission date|response contacts|technical contacts)$/.test(f.label));
  // Saved as HTML, or copied as text: the page's "Liaison statement" heading over the form's rows.
  const datatracker = (format === "HTML" && (/datatracker/i.test(text) || (/\bLiaison statement\b/i.test(text) && datatrackerForm)))
    || (/^Liaison statement$/im.test(headText) && datatrackerForm);
  // A 3GPP-style header: Source and To rows under a title "LS on …" / "Reply LS to …", or a "Send any reply LS to" row.
  const lsHeader = !!field(fields, "source") && !!field(fields, "to")
    && (/^(?:Reply\s+)?LS\b/i.test(field(fields, "title")?.lines[0]?.text ?? "") || fields.some((f) => f.label === "send any reply ls to"));
  const isLs = lsHeader || /\bLIAISON STATEMENT\b/.test(text) || /\bthis liaison statement\b/i.test(text) || fields.some((f) => /^for (action|information|comment)/.test(f.label)) || (!!field(fields, "approval") && !!field(fields, "deadline"));
  const isCircular = /\bTSB Circular\b|\bCircular\s+\d+\b/i.test(headText) || (/TELECOMMUNICATION STANDARDIZATION BUREAU|Telecommunication Standardization Bureau/.test(text) && /Dear Sir\/Madam/i.test(text));
  const isWorkItem = fields.some((f) => /^(work item|approval process|editors?|base text|timing|maintenance)$/.test(f.label)) || /\bWork item\b|\bwork programme\b/i.test(headText);
  const isEvent = /\b(programme|agenda|register|registration|speakers?)\b/i.test(headText) && findDates(headText).length > 0;
  facts.kind = datatracker ? "DATATRACKER_LS" : isLs ? "LIAISON_STATEMENT" : isCircular ? "TSB_CIRCULAR" : isWorkItem ? "WORK_PROGRAMME_ITEM" : isEvent ? "EVENT_PAGE" : "OTHER";

  // Reference: "Ref:" field, else a known reference pattern in the header.
  const ref = field(fields, "ref", "reference", "our ref");
  if (ref) {
    const line = ref.lines[0]!;
    facts.reference = line.text.replace(/^Ref\.?:?\s*/i, "").split(/\s{2,}|\t/)[0]!.trim();
    facts.referenceLocator = line.locator;
  }
  if (!facts.reference || !REFERENCE_PATTERNS.some((re) => re.test(facts.reference!))) {
    for (const block of head) {
      const hit = REFERENCE_PATTERNS.map((re) => re.exec(block.text)).find((m) => m);
      if (hit) {
        facts.reference = (hit[1] ?? hit[0]).trim();
        facts.referenceLocator = block.locator;
        break;
      }
    }
  }

  // Title: Subject / Title field, else the HTML title or first heading-like line.
  const subject = field(fields, "subject", "title");
  if (subject) {
    facts.title = subject.lines[0]!.text;
    facts.titleLocator = subject.lines[0]!.locator;
  } else if (htmlTitle) {
    facts.title = htmlTitle;
  } else if (blocks[0] && /^#{1,3}\s+\S/.test(blocks[0].text) && blocks[0].text.length < 200) {
    facts.title = blocks[0].text.replace(/^#+\s+/, "");
    facts.titleLocator = blocks[0].locator;
  } else {
    const abstract = field(fields, "abstract");
    if (abstract) {
      facts.title = abstract.lines[0]!.text;
      facts.titleLocator = abstract.lines[0]!.locator;
    }
  }

  // Date: "Geneva, 3 July 2025", a Date field, an approval, else "(New Delhi, 2024)".
  const dated = field(fields, "date", "submission date", "submitted", "submitted date", "posted date");
  const dateLine = head.find((b) => /^[A-Z][\p{L} ]+,\s+\d{1,2}\s+\p{L}+\s+\d{4}$/u.test(b.text));
  const candidates = [
    dateLine ? { text: dateLine.text, locator: dateLine.locator } : undefined,
    dated?.lines[0],
    field(fields, "approval")?.lines[0],
  ].filter((c): c is { text: string; locator: string } => !!c);
  for (const c of candidates) {
    const d = findDates(c.text).find((x) => x.start.length === 10);
    if (d) {
      facts.date = d.end ?? d.start;
      facts.dateLocator = c.locator;
      break;
    }
  }
  if (!facts.date) {
    const year = head.map((b) => ({ b, m: /\((?:[A-Z][\p{L} ]+,\s*)?((?:19|20)\d{2})\)/u.exec(b.text) })).find((x) => x.m);
    if (year) {
      facts.date = year.m![1]!;
      facts.dateLocator = year.b.locator;
    }
  }

  // Issuer: the From field, else the bureau named at the top of a circular, else an approval body.
  const from = field(fields, "from", "from group", "from groups", "source", "sender");
  if (from) facts.issuerText = fieldText(from).split("\n")[0]!;
  else if (facts.kind === "TSB_CIRCULAR") facts.issuerText = "Telecommunication Standardization Bureau";
  else {
    const approval = field(fields, "approval");
    if (approval) facts.issuerText = approval.lines[0]!.text.replace(/\bmeeting\b.*$/i, "").trim();
  }

  // Signatory: the name after "Yours faithfully," with its title lines.
  const close = blocks.findIndex((b) => /^Yours (faithfully|sincerely)/i.test(b.text));
  if (close >= 0) {
    const after = blocks.slice(close + 1, close + 6);
    const nameIdx = after.findIndex((b) => /^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3}$/u.test(b.text) && !/^(ANNEX|Annex)/.test(b.text));
    if (nameIdx >= 0) {
      const nameBlock = after[nameIdx]!;
      const titleLines: string[] = [];
      for (const b of after.slice(nameIdx + 1)) {
        if (/^(ANNEX|Annex|_{3,})/.test(b.text) || b.text.length > 80) break;
        titleLines.push(b.text);
      }
      facts.signatory = {
        name: nameBlock.text,
        title: titleLines.join(" ").trim(),
        locator: nameBlock.locator,
        quote: [nameBlock.text, ...titleLines].join("\n"),
      };
    }
  }
  return facts;
}

/** The seed's document kind for an imported document kind. */
export function seedDocumentKind(kind: ImportedDocumentKind, text: string): string {
  switch (kind) {
    case "TSB_CIRCULAR":
      return "CIRCULAR";
    case "LIAISON_STATEMENT":
    case "DATATRACKER_LS":
      return "LIAISON_STATEMENT";
    case "WORK_PROGRAMME_ITEM":
    case "EVENT_PAGE":
      return "WEB_PAGE";
    default:
      if (/\bpropose|\bDRAFT NEW RESOLUTION\b|\bProposal\b/.test(text)) return "PROPOSAL";
      if (/\bTerms of Reference\b/i.test(text.slice(0, 400))) return "TERMS_OF_REFERENCE";
      if (/\breport\b/i.test(text.slice(0, 300))) return "REPORT";
      return "OTHER";
  }
}

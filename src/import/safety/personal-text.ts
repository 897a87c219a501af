import type { Proposal } from "../proposal.js";

/**
 * People's e-mail addresses are personal data (analysts only), but an import's free text goes into
 * public facts: a deadline's description, a liaison's subject and purpose, the evidence of a
 * WORKS_ON link. There, every address that is not a functional mailbox (a secretariat's, a
 * group's: "tsbsg17@…", "secretariat@…") is withheld. A person's address travels only in the
 * person's `email` (and the proposal's diff and evidence, which only analysts see).
 */
export const FUNCTIONAL_LOCAL = /^(?:tsb|tsag|bdt|br|secretar|sec[-._]|info|contact|office|admin|support|liaisons?|chairs?|mailbox|team|helpdesk|registration|events?|noreply|no-reply|webmaster|general|enquir|inquir)/i;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
export const WITHHELD = "(e-mail address withheld)";

/** The text with every personal-looking address replaced; `mailboxes` (the graph's bodies' own) are kept too. */
export function withholdPersonalAddresses(text: string, mailboxes: ReadonlySet<string> = new Set()): string {
  return text.replace(EMAIL, (address) => {
    const lower = address.toLowerCase();
    return mailboxes.has(lower) || FUNCTIONAL_LOCAL.test(lower.split("@")[0]!) ? address : WITHHELD;
  });
}

/** The public free-text fields of a proposal's values. */
const PUBLIC_TEXT = ["description", "subject", "purpose", "evidence", "mandate", "submitTo"] as const;

/**
 * Proposals with personal addresses withheld from the free text of everything but a person, and
 * from every summary (a summary is a line in logs and lists).
 */
export function withholdInPublicText(proposals: Proposal[], mailboxes: ReadonlySet<string>): Proposal[] {
  return proposals.map((proposal) => {
    const summary = withholdPersonalAddresses(proposal.summary, mailboxes);
    const p = summary === proposal.summary ? proposal : { ...proposal, summary };
    if (p.entityType === "Person") return p;
    let values = p.values;
    for (const field of PUBLIC_TEXT) {
      const v = values[field];
      if (typeof v !== "string") continue;
      const safe = withholdPersonalAddresses(v, mailboxes);
      if (safe !== v) values = { ...values, [field]: safe };
    }
    return values === p.values ? p : { ...p, values };
  });
}

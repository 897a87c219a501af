import { escapeRegExp } from "../text-utils.js";
import type { Rule } from "./rule.js";

/**
 * A standard cited with no status word is not in progress when its code says it was published
 * (issue 25, class 8: "a cited, published standard is proposed as in progress"): an edition's year
 * ("ISO 12345:2019", "IEEE 1234-2020"), or an IEEE standard's number without the "P" that marks an
 * IEEE project ("IEEE 1234.5" is published, "IEEE P1234.5" is a draft). A status the document
 * states is never changed (but an RFC's "in progress": an RFC is published by definition); nor is
 * anything but a deliverable's status.
 */
export const citedStandardStatus: Rule = {
  name: "cited-standard-status",
  genres: "any",
  scope: "document",
  trigger: /\d/,
  apply(ctx) {
    for (const d of ctx.facts.deliverables) {
      // An RFC is published by definition: a "draft" in its sentence is another document's (the
      // draft that updates it), so only a withdrawal or a later stage the document states stands.
      if (/^RFC \d/.test(d.code) && d.status === "IN_PROGRESS") {
        d.status = "PUBLISHED";
        continue;
      }
      if (d.statusWord || d.status !== "IN_PROGRESS") continue;
      const edition = new RegExp(`${escapeRegExp(d.code)}(?:[:-](?:19|20)\\d{2})`).test(d.where.quote) || /[:-](?:19|20)\d{2}$/.test(d.code);
      const ieeeStandard = /^IEEE\s+\d/.test(d.code);
      if (edition || ieeeStandard) d.status = "PUBLISHED";
    }
  },
};

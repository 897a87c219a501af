import { escapeRegExp } from "../text-utils.js";
import type { Rule } from "./rule.js";

/** Words after a designation that make it a body's name: "IEEE 1234 Working Group", "XY 55 Harbour Task Group", "… Executive Committee". */
const BODY_AFTER = /^\s+(?:[\p{Lu}][\p{L}\d/&-]*\s+){0,3}?(?:Working\s+Group|Task\s+(?:Group|Force)|Study\s+Group|Interest\s+Group|Advisory\s+Group|Standards?\s+Committee|Executive\s+Committee|Committee|Subcommittee|WG|TG|SG|Chair(?:man)?|Liaison\s+Official|Plenary|members)\b/u;
/** Words before it that only a body takes: "as part of X", "member of X", "liaison manager to X", "Chair, X", "on behalf of X". */
const BODY_BEFORE = /\b(?:part\s+of|members?\s+of|liaison\s+(?:manager|officer|representative|rapporteur)s?\s+(?:to|for|with)|chair(?:man|woman|person)?\s*(?:of|,)|on\s+behalf\s+of)\s+(?:the\s+)?$/i;
/** A standard's own words beside the code: then it is the text, not the group. */
const STANDARD_NEAR = /^[\s,]*(?:[\p{L}/-]+\s+){0,3}?(?:standards?|amendments?|specifications?|recommendations?|drafts?|revisions?|editions?|Std)\b/iu;

/**
 * A designation the deliverables stage read as a standard's code although the document only ever
 * uses it as a body's name (issue 25, class 7: a cited code is no deliverable in progress): "the
 * IEEE 1234 Working Group would like to thank …", "as part of IEEE 1234, …", "liaison manager to
 * IEEE 1234.5". A deliverable the document gives no status word for (weak evidence), every one of
 * whose printings is followed by a body's head word or preceded by a phrase only a body takes, and
 * none beside a standard's word ("the IEEE 1234 standard"), is dropped. Nothing else changes.
 */
export const codeNamesBody: Rule = {
  name: "code-names-body",
  genres: "any",
  scope: "document",
  trigger: /\d/,
  apply(ctx) {
    const text = ctx.blocks.map((b) => b.block.text).join("\n");
    ctx.facts.deliverables = ctx.facts.deliverables.filter((d) => {
      if (d.statusWord) return true;
      const printings = [...text.matchAll(new RegExp(`(?<![\\p{L}\\d.])${escapeRegExp(d.code).replace(/\s+/g, "\\s+")}(?![\\p{L}\\d]|\\.\\d)`, "gu"))];
      if (printings.length === 0) return true;
      const asBody = printings.every((m) => {
        const before = text.slice(Math.max(0, m.index! - 60), m.index!);
        const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 80);
        if (STANDARD_NEAR.test(after)) return false;
        return BODY_AFTER.test(after) || BODY_BEFORE.test(before);
      });
      return !asBody;
    });
  },
};

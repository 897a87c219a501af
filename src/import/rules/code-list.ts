import { deliverableCodes } from "../recognize/deliverable-codes.js";
import { deliverableKey } from "../deliverable-code.js";
import type { Rule } from "./rule.js";

/** A family's code with its prefix, then more numbers of its shape without it: "IEEE 1234.5a, 1234.5b, and 1234.5c". */
const LIST = /\b(IEEE|ISO\/IEC|ISO)\s+(?:Std\s+)?(P?\d{3,5}(?:[.-]\d+[A-Za-z]{0,3})*)((?:\s*,\s*(?:and\s+|or\s+)?P?\d{3,5}(?:[.-]\d+[A-Za-z]{0,3})*)+|\s+(?:and|or)\s+P?\d{3,5}(?:[.-]\d+[A-Za-z]{0,3})*)\b/g;

/**
 * A list of codes that prints its family's prefix only once ("IEEE 1234.5a, 1234.5b, and
 * 1234.5c are examples", "ISO 65432 and 65433"): each number after the first is a code of the
 * same family, read as the first one was (its kind, status, developer), a deliverable of its own.
 * Only when the first code was read; a number of another shape (a year, a page) is none.
 */
export const codeList: Rule = {
  name: "code-list",
  genres: "any",
  scope: "block",
  trigger: /\b(?:IEEE|ISO)\b/,
  apply(ctx, b) {
    if (!b) return;
    for (const m of b.block.text.matchAll(LIST)) {
      const first = ctx.facts.deliverables.find((d) => deliverableKey(d.code) === deliverableKey(`${m[1]} ${m[2]}`));
      if (!first) continue;
      const shape = (n: string) => n.replace(/\d/g, "9").replace(/[A-Za-z]+$/, "").replace(/^P/, "");
      for (const n of m[3]!.split(/\s*,\s*|\s+(?:and|or)\s+/).map((x) => x.replace(/^(?:and|or)\s+/, "").trim()).filter(Boolean)) {
        if (shape(n) !== shape(m[2]!)) continue;
        const code = `${m[1]} ${n}`;
        if (!deliverableCodes.some((p) => new RegExp(p.re.source).test(code))) continue;
        const copy = { ...first, code, topics: [...first.topics] };
        delete copy.title;
        ctx.addDeliverable(copy);
      }
    }
  },
};

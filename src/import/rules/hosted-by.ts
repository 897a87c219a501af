import { guessKind } from "../recognize/organizations.js";
import { countryCode, findCities } from "../recognize/places.js";
import { sentences } from "../text-utils.js";
import { whereOf } from "./evidence.js";
import { nameLine } from "./names.js";
import type { Rule } from "./rule.js";

/** One body's name in a list: capitalized words, "of"/"for"/"de"/"&" between. */
const ITEM = String.raw`[\p{Lu}][\p{L}\p{N}.&'’-]*(?:\s+(?:(?:of|for|de|&)\s+)?[\p{Lu}][\p{L}\p{N}.&'’-]*){0,4}`;
const HOSTED = new RegExp(String.raw`\b(?:hosted|sponsored|co-sponsored|organi[sz]ed|supported)\s+by\s+(?:the\s+)?(${ITEM}(?:\s*,\s*(?:and\s+)?${ITEM}|\s+and\s+${ITEM})*)(?=\s*(?:[.;,]|$|\s+and\s+(?:is\s+|was\s+)?(?:hosted|sponsored|co-sponsored|organi[sz]ed|supported)\b))`, "gu");

/** A word that ends a company's or a body's name, never a person's. */
const COMPANY = /\b(?:Software|Systems|Labs?|Laborator(?:y|ies)|Technolog(?:y|ies)|Networks|Solutions|Telecom|Communications|Electronics|Instruments|Inc|Ltd|Corp(?:oration)?|Company|GmbH|AG|SA|plc|LLC|Foundation|Agency|Authority|Ministry|Association|Alliance|Consortium)\.?$/;

/**
 * The bodies a meeting's news names as its hosts and sponsors (failure class 6): "The meeting is
 * being hosted by Port Authority and sponsored by Quayside Systems, Tide Labs, and Saltmarsh
 * Instruments": each the graph's body, else proposed. An item that is a person's name (two or
 * three name words without a company's last word), a city or a country is none.
 */
export const hostedBy: Rule = {
  name: "hosted-by",
  genres: ["news", "event", "report", "other"],
  scope: "block",
  trigger: /\b(?:hosted|sponsored|organi[sz]ed|supported)\s+by\s/,
  apply(ctx, b) {
    if (!b) return;
    const where = whereOf(b);
    for (const s of sentences(b.block.text)) {
      for (const m of s.text.matchAll(HOSTED)) {
        for (const item of m[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
          const name = item.trim().replace(/\.$/, "");
          // "Ada Quill" is a person; "Quayside Software" a company, by its last word.
          if (!name || (nameLine(name) && !COMPANY.test(name)) || countryCode(name) || findCities(name).some((c) => c.name === name)) continue;
          const known = ctx.orgs.scan(name, where)[0];
          if (known && known.start === 0 && known.end === name.length) continue;
          ctx.orgs.propose({ name, kind: guessKind(name), locator: where.locator, quote: where.quote });
        }
      }
    }
  },
};

import { byWords, type CatalogueFamily } from "./family.js";

/**
 * IEEE standards and their drafts: "IEEE P2874/D-3.1-2024-06" (a draft of project P2874),
 * "IEEE Std 2874-2025", "IEEE Std 3333.1.1-2024 Redline", "IEEE 2888.1-2023": one standard, 2874.
 */
const words = byWords([
  [/^(approved|active|published)$/i, "PUBLISHED"],
  [/^(draft|unapproved|in progress|par)$/i, "IN_PROGRESS"],
  [/^(superseded|withdrawn|inactive|obsolete)/i, "WITHDRAWN"],
]);

export const ieee: CatalogueFamily = {
  id: "ieee",
  catalogue: { key: "relaton-data-ieee", title: "IEEE catalogue (relaton-data-ieee)", url: "https://github.com/relaton/relaton-data-ieee" },
  recognizes: /^(IEEE|ANSI\/IEEE)\b/,
  root: "IEEE SA",
  references: [
    {
      name: "IEEE draft of a project",
      pattern: /^(?:ANSI\/)?IEEE\s+(?:Std\s+)?P(\d+(?:\.\d+)*[a-z]?)(?:\/D[-\s]?([\w.]+?))?(?:-(\d{4})(?:-\d{2})?)?$/,
      read: (m) => ({ code: `IEEE ${m[1]}`, part: "draft", ...(m[2] ? { edition: `D${m[2]}` } : {}) }),
    },
    {
      name: "IEEE standard",
      pattern: /^(?:ANSI\/)?IEEE\s+(?:Std\s+)?(\d+(?:\.\d+)*)([a-z])?(?:-(\d{4}))?(\s+Redline)?(?:\s*\(.*\))?$/,
      read: (m) => ({ code: `IEEE ${m[1]}`, part: m[4] ? "variant" : m[2] ? "amendment" : "edition", ...(m[3] ? { edition: m[3] } : {}) }),
    },
  ],
  stage: (stage, _substage, published) => words(stage, published),
  strictStages: false,
  kinds: { standard: "STANDARD", redline: "STANDARD", guide: "GUIDELINE", "recommended-practice": "GUIDELINE" },
  defaultKind: "STANDARD",
  committee: (group) => group.identifier ?? group.name,
};

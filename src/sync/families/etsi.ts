import { byWords, wordsFamily } from "./family.js";

/** ETSI deliverables: "ETSI GS ARF 003 V2.1.1 (2024-10)", "ETSI GR ARF 004-1 V1.2.1 (2023-02)", "ETSI EN 303 645 V2.1.1 (2020-06)". */
const words = byWords([
  [/^(published|publication)$/i, "PUBLISHED"],
  [/^(approved|adopted)$/i, "APPROVED"],
  [/^(draft|work item|in progress|stable draft)$/i, "IN_PROGRESS"],
  [/^(withdrawn|historical|superseded)$/i, "WITHDRAWN"],
]);

/** ETSI's deliverable types: the group that publishes each (GS and GR come from industry specification groups). */
const GROUP_OF_TYPE: Readonly<Record<string, string>> = { GS: "ISG", GR: "ISG", GTS: "ISG" };

export const etsi = wordsFamily({
  id: "etsi",
  root: "ETSI",
  title: "ETSI catalogue",
  references: [
    {
      name: "ETSI deliverable",
      pattern: /^ETSI\s+([A-Z]{2,4})\s+(.+?)\s+V(\d+\.\d+\.\d+)(?:\s*\((\d{4}-\d{2})\))?$/,
      read: (m) => ({ code: `ETSI ${m[1]} ${m[2]}`, part: "edition", edition: m[3]! }),
    },
    { name: "ETSI deliverable without version", pattern: /^ETSI\s+([A-Z]{2,4})\s+(.+?)$/, read: (m) => ({ code: `ETSI ${m[1]} ${m[2]}`, part: "edition" }) },
  ],
  words,
  kinds: { "Group Report": "REPORT", "Group Specification": "SPECIFICATION", "Technical Specification": "TECHNICAL_SPECIFICATION", "Technical Report": "TECHNICAL_REPORT", "European Standard": "STANDARD", "ETSI Standard": "STANDARD", "Special Report": "REPORT", "Guide": "GUIDELINE" },
  defaultKind: "SPECIFICATION",
  under: (_name, reference) => GROUP_OF_TYPE[/^ETSI\s+([A-Z]+)/.exec(reference)?.[1] ?? ""] ?? "TC",
});

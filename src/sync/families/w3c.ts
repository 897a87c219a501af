import { byWords, wordsFamily } from "./family.js";

/** W3C technical reports, every dated version: "W3C WD-webxr-20240210", "W3C CRD-webxr-ar-module-1-20250425", "W3C webxr" (the latest). */
const words = byWords([
  [/^(Recommendation|REC|W3C Recommendation)$/i, "PUBLISHED"],
  [/^(Group Note|Note|Working Group Note|Statement|NOTE|STMT)$/i, "PUBLISHED"],
  [/^(Proposed Recommendation|PR)$/i, "AGREED"],
  [/^(Candidate Recommendation( Snapshot| Draft)?|CR|CRD|Working Draft|First Public Working Draft|WD|FPWD|Draft Note|Editor's Draft|ED)$/i, "IN_PROGRESS"],
  [/^(Retired|Discontinued|Superseded|Rescinded|Obsolete|Obsoleted|Withdrawn)/i, "WITHDRAWN"],
]);

export const w3c = wordsFamily({
  id: "w3c",
  root: "W3C",
  title: "W3C catalogue",
  references: [
    {
      name: "W3C dated version",
      pattern: /^W3C\s+([A-Z]+)-([a-z0-9][\w.-]*?)-(\d{8})$/,
      read: (m) => ({ code: `W3C ${m[2]}`, part: "edition", edition: `${m[3]!.slice(0, 4)}-${m[3]!.slice(4, 6)}-${m[3]!.slice(6)}` }),
    },
    { name: "W3C latest version", pattern: /^W3C\s+([a-z0-9][\w.-]*)$/, read: (m) => ({ code: `W3C ${m[1]}`, part: "variant" }) },
  ],
  words,
  kinds: { technicalReport: "SPECIFICATION", recommendation: "SPECIFICATION", groupNote: "REPORT", note: "REPORT" },
  defaultKind: "SPECIFICATION",
});

import { byWords, type CatalogueFamily } from "./family.js";

/**
 * Any other catalogue in the Relaton format (3GPP, IETF, CEN/CENELEC, OGC, ...): the standard is
 * the reference without its edition markers (":2021", "-2021", "(06/2021)", "V19.0.0", "/D-3"),
 * the status from common lifecycle words, else published when the record has a published date.
 */
const words = byWords([
  [/^(published|in force|active|approved|valid|current|final|recommendation|internet standard|proposed standard|best current practice|informational|experimental)$/i, "PUBLISHED"],
  [/^(draft|under development|in progress|preliminary|enquiry|working draft|under approval|frozen)$/i, "IN_PROGRESS"],
  [/^(withdrawn|superseded|obsolete|historic|cancelled|replaced|retired|withdrawal)$/i, "WITHDRAWN"],
]);

export const generic: CatalogueFamily = {
  id: "generic",
  catalogue: { key: "relaton-catalogue", title: "Relaton catalogue", url: "https://github.com/relaton" },
  recognizes: /./,
  root: "",
  references: [
    {
      name: "reference with an edition marker",
      pattern: /^(.+?)(?:\s*[:-](\d{4})(?:-\d{2})?|\s+\((?:\d{2}\/)?\d{4}\)|\s+V\d+(?:\.\d+)*(?:\s*\(\d{4}-\d{2}\))?|\/D[-\w.]+)$/,
      read: (m) => ({ code: m[1]!.trim(), part: "edition", ...(m[2] ? { edition: m[2] } : {}) }),
    },
    { name: "reference", pattern: /^(.+)$/, read: (m) => ({ code: m[1]!.trim(), part: "edition" }) },
  ],
  stage: (stage, _substage, published) => words(stage, published) ?? (published ? { status: "PUBLISHED", label: stage ?? "published" } : undefined),
  strictStages: false,
  kinds: { standard: "STANDARD", "technical-report": "TECHNICAL_REPORT", "technical-specification": "TECHNICAL_SPECIFICATION", specification: "SPECIFICATION", report: "REPORT", guide: "GUIDELINE", rfc: "SPECIFICATION" },
  defaultKind: "STANDARD",
  committee: (group) => group.identifier ?? (group.name && group.number ? `${group.name} ${group.number}` : group.name),
};

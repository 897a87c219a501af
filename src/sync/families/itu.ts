import { byWords, type CatalogueFamily } from "./family.js";

/**
 * ITU Recommendations and supplements: "ITU-T F.740.2 (06/2021)", "ITU-T H.266 (V2) (04/2022)",
 * "ITU-T J.302 (2016) Amd. 1 (01/2019)", "ITU-T L Suppl. 48 (07/2022)", "ITU-T Y.4234/F.742.3 (01/2025)".
 */
const words = byWords([
  [/^(in force|published)$/i, "PUBLISHED"],
  [/^pre-?published$/i, "APPROVED"],
  [/^(approved)$/i, "APPROVED"],
  [/^(consented|determined)$/i, "CONSENTED"],
  [/^(agreed)$/i, "AGREED"],
  [/^(under study|draft|in progress)$/i, "IN_PROGRESS"],
  [/^(superseded|withdrawal|withdrawn|deleted)$/i, "WITHDRAWN"],
]);

export const itu: CatalogueFamily = {
  id: "itu",
  catalogue: { key: "relaton-data-itu", title: "ITU catalogue (relaton-data-itu)", url: "https://github.com/relaton/relaton-data-itu" },
  recognizes: /^ITU-[TRD]\b/,
  root: "ITU-T",
  references: [
    {
      name: "ITU Recommendation or supplement",
      pattern: /^(ITU-[TRD])\s+([A-Z](?:\.\d+(?:\.\d+)*|\s+Suppl\.\s*\d+))(?:\/[A-Z]\.\d+(?:\.\d+)*)?(?:\s+\(V(\d+)\))?(?:\s+\(\d{4}\))?(?:\s+(Amd|Cor|Corr|Erratum)\.?\s*(\d+))?(?:\s+\((\d{2})\/(\d{4})\))?$/,
      read: (m) => ({
        code: `${m[1]} ${m[2]!.replace(/\s+/g, " ")}`,
        part: m[4] ? (/^Cor/i.test(m[4]) ? "corrigendum" : "amendment") : "edition",
        ...(m[7] ? { edition: `${m[7]}-${m[6]}` } : m[3] ? { edition: `V${m[3]}` } : {}),
      }),
    },
  ],
  stage: (stage, _substage, published) => words(stage, published),
  strictStages: false,
  kinds: { recommendation: "RECOMMENDATION", "recommendation-supplement": "REPORT", "recommendation-amendment": "RECOMMENDATION", "technical-paper": "TECHNICAL_PAPER", "technical-report": "TECHNICAL_REPORT" },
  defaultKind: "RECOMMENDATION",
  committee: (group) => group.identifier ?? group.name,
};

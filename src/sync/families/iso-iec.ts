import type { CatalogueFamily, DeliverableStatus, StandardOf } from "./family.js";

/**
 * ISO and IEC (and their joint JTC 1) deliverables: harmonized stage codes, references such as
 * "ISO/IEC 23090-2:2023", "ISO/IEC DIS 23090-12", "ISO/IEC 23090-2:2023/DAM 1",
 * "ISO/IEC 14496-27:2009/Amd 2:2011/Cor 1:2015", "ISO/IEC CD TR 23090-1".
 */

/** The harmonized stage codes (ISO/IEC Directives, Annex SD), each with its meaning and the graph's status. */
export const harmonizedStages: Readonly<Record<string, readonly [string, DeliverableStatus]>> = {
  "00.00": ["preliminary: proposal for new project received", "PLANNED"],
  "00.20": ["preliminary: proposal under review", "PLANNED"],
  "00.60": ["preliminary: close of review", "PLANNED"],
  "00.98": ["preliminary: proposal abandoned", "WITHDRAWN"],
  "00.99": ["preliminary: approval to ballot proposal", "PLANNED"],
  "10.00": ["proposal: registered", "PLANNED"],
  "10.20": ["proposal: ballot initiated", "PLANNED"],
  "10.60": ["proposal: close of voting", "PLANNED"],
  "10.92": ["proposal: returned to submitter", "PLANNED"],
  "10.98": ["proposal: rejected", "WITHDRAWN"],
  "10.99": ["proposal: approved", "PLANNED"],
  "20.00": ["preparatory: registered in work programme", "IN_PROGRESS"],
  "20.20": ["preparatory: working draft study initiated", "IN_PROGRESS"],
  "20.60": ["preparatory: close of comment period", "IN_PROGRESS"],
  "20.98": ["preparatory: project deleted", "WITHDRAWN"],
  "20.99": ["preparatory: WD approved for registration as CD", "IN_PROGRESS"],
  "30.00": ["committee: CD registered", "IN_PROGRESS"],
  "30.20": ["committee: CD study/ballot initiated", "IN_PROGRESS"],
  "30.60": ["committee: close of voting", "IN_PROGRESS"],
  "30.92": ["committee: CD referred back", "IN_PROGRESS"],
  "30.98": ["committee: project deleted", "WITHDRAWN"],
  "30.99": ["committee: CD approved for registration as DIS", "IN_PROGRESS"],
  "40.00": ["enquiry: DIS registered", "IN_PROGRESS"],
  "40.20": ["enquiry: DIS ballot initiated", "IN_PROGRESS"],
  "40.60": ["enquiry: close of voting", "IN_PROGRESS"],
  "40.92": ["enquiry: full report circulated, DIS referred back", "IN_PROGRESS"],
  "40.93": ["enquiry: decision for new DIS ballot", "IN_PROGRESS"],
  "40.98": ["enquiry: project deleted", "WITHDRAWN"],
  "40.99": ["enquiry: DIS approved for registration as FDIS", "IN_PROGRESS"],
  "50.00": ["approval: FDIS registered", "IN_PROGRESS"],
  "50.20": ["approval: FDIS ballot initiated", "IN_PROGRESS"],
  "50.60": ["approval: close of voting", "IN_PROGRESS"],
  "50.92": ["approval: FDIS referred back", "IN_PROGRESS"],
  "50.98": ["approval: project deleted", "WITHDRAWN"],
  "50.99": ["approval: FDIS approved for publication", "APPROVED"],
  "60.00": ["publication: under publication", "APPROVED"],
  "60.60": ["publication: published", "PUBLISHED"],
  "90.00": ["review: under review", "PUBLISHED"],
  "90.20": ["review: under systematic review", "PUBLISHED"],
  "90.60": ["review: close of review", "PUBLISHED"],
  "90.92": ["review: to be revised", "PUBLISHED"],
  "90.93": ["review: confirmed", "PUBLISHED"],
  "90.99": ["review: withdrawal proposed", "PUBLISHED"],
  "95.20": ["withdrawal: ballot initiated", "PUBLISHED"],
  "95.60": ["withdrawal: close of voting", "PUBLISHED"],
  "95.92": ["withdrawal: not withdrawn", "PUBLISHED"],
  "95.99": ["withdrawal: withdrawn", "WITHDRAWN"],
};

const PUBLISHER = String.raw`(ISO(?:\/IEC)?(?:\/IEEE)?|IEC(?:\/ISO)?(?:\/IEEE)?)`;
const DRAFT = String.raw`(?:(AWI|NWIP|PWI|NP|WD|CD|PDTR|PDTS|DTR|DTS|DIS|FDIS|PRF|DPAS)\s+)?`;
const TYPE = String.raw`(?:(TR|TS|PAS|ISP|Guide|IS)\s+)?`;
const NUMBER = String.raw`(\d+(?:-\d+)*)(?:\.(\d+))?`;
const YEAR = String.raw`(?::(\d{4}))?`;
const SUPPLEMENT = String.raw`((?:\/\S.*)?)`;

const standardType = (draft: string | undefined, type: string | undefined) => type ?? (draft === "DTR" || draft === "PDTR" ? "TR" : draft === "DTS" || draft === "PDTS" ? "TS" : undefined);

export const isoIec: CatalogueFamily = {
  id: "iso-iec",
  catalogue: { key: "relaton-data-iso", title: "ISO catalogue (relaton-data-iso)", url: "https://github.com/relaton/relaton-data-iso" },
  recognizes: /^(ISO|IEC)\b/,
  root: "ISO",
  references: [
    {
      name: "ISO/IEC item",
      pattern: new RegExp(`^${PUBLISHER}\\s+${DRAFT}${TYPE}${NUMBER}${YEAR}${SUPPLEMENT}$`),
      read(m): StandardOf {
        const [, publisher, draft, type, number, , year, supplement] = m;
        const kind = standardType(draft, type);
        const code = `${publisher} ${kind ? `${kind} ` : ""}${number}`;
        const last = (supplement ?? "").split("/").filter(Boolean).pop() ?? "";
        const part = !supplement ? (draft ? "draft" : "edition") : /\bD?COR\b|\bCor\b/i.test(last) ? "corrigendum" : "amendment";
        return { code, part, ...(year ? { edition: year } : {}) };
      },
    },
  ],
  stage(stage, substage) {
    if (!stage || !/^\d{2}$/.test(stage)) return undefined;
    const code = `${stage}.${substage && /^\d{2}$/.test(substage) ? substage : "00"}`;
    const known = harmonizedStages[code];
    return known ? { status: known[1], label: `${code} ${known[0]}` } : undefined;
  },
  strictStages: true,
  kinds: { "international-standard": "STANDARD", "technical-report": "TECHNICAL_REPORT", "technical-specification": "TECHNICAL_SPECIFICATION", "publicly-available-specification": "SPECIFICATION", guide: "GUIDELINE" },
  defaultKind: "STANDARD",
  committee(group, reference) {
    if (group.identifier) return group.identifier;
    if (group.number) return `${/^IEC/.test(reference) ? "IEC" : "ISO"} TC ${group.number}`;
    return undefined;
  },
};

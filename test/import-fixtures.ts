import { createHash } from "node:crypto";
import type { ImportPlan, Proposal } from "../src/import/proposal.js";

/**
 * A meeting circular written for these tests (not one of the shared sources): ITU-T Study Group
 * 13 meets in Geneva in March 2027; a new chair, two deadlines, and facts the graph already has.
 * `plan` is what the extraction half proposes for it, built by hand in the contract's shape.
 */
export const SG13_CIRCULAR_LINES = [
  "International Telecommunication Union",
  "Telecommunication Standardization Bureau",
  "Geneva, 20 November 2026",
  "TSB Circular 231",
  "To: Administrations of Member States of the Union; ITU-T Sector Members; ITU-T Associates of Study Group 13",
  "Subject: Meeting of ITU-T Study Group 13 (Future networks), Geneva, 8–17 March 2027",
  "1 I wish to inform you that ITU-T Study Group 13 will meet at ITU headquarters, Geneva, from 8 to 17 March 2027. The opening session starts at 0930 hours on the first day.",
  "2 Ms Lena Okafor (Nigerian Communications Commission, Nigeria), lena.okafor@ncc.example.ng, +234 9 462 0000, was appointed Chair of Study Group 13 in October 2026.",
  "3 Key deadlines: registration by 15 February 2027; contributions by 22 February 2027.",
  "4 Study Group 13 continues its work on future networks, including networking for the metaverse.",
  "Seizo Onoe, Director of the Telecommunication Standardization Bureau",
];

export interface Fixture {
  text: string;
  plan: ImportPlan;
}

/** The circular's text and plan; `suffix` makes the keys (and the text, so its hash) unique per test. */
export function sg13Circular(suffix: string): Fixture {
  const lines = SG13_CIRCULAR_LINES.map((line, i) => (i === 3 ? `${line} (${suffix})` : line));
  const text = lines.join("\n");
  const blocks = lines.map((line, i) => ({ locator: `p${i + 1}`, text: line }));
  const evidence = (i: number, quote: string) => {
    if (!lines[i - 1]!.includes(quote)) throw new Error(`fixture: "${quote}" is not in line ${i}`);
    return { quote, locator: `p${i}` };
  };
  const eventKey = `itu-t-sg13-meeting-2027-03-${suffix}`;
  const personKey = `lena-okafor-${suffix}`;
  const proposals: Proposal[] = [
    {
      id: "p1", entityType: "Event", action: "CREATE", resolution: { status: "NEW", key: eventKey },
      values: {
        name: `ITU-T SG13 meeting March 2027 ${suffix}`, kind: "MEETING", startDate: "2027-03-08", endDate: "2027-03-17", startTime: "09:30", timezone: "Europe/Zurich",
        venue: "ITU headquarters", city: "Geneva", country: "CH", meetingOf: "itu-t-sg13",
      },
      evidence: evidence(7, "ITU-T Study Group 13 will meet at ITU headquarters, Geneva, from 8 to 17 March 2027"),
      confidence: 0.95, summary: "New meeting: ITU-T SG13, Geneva, 8–17 March 2027",
    },
    {
      id: "p2", entityType: "Deadline", action: "CREATE", resolution: { status: "NEW", key: `${eventKey}-registration` },
      values: { event: eventKey, kind: "REGISTRATION", due: "2027-02-15", description: "Registration for the SG13 meeting" },
      evidence: evidence(9, "registration by 15 February 2027"), confidence: 0.9, dependsOn: ["p1"], summary: "Deadline: registration by 2027-02-15",
    },
    {
      id: "p3", entityType: "Deadline", action: "CREATE", resolution: { status: "NEW", key: `${eventKey}-contributions` },
      values: { event: eventKey, kind: "CONTRIBUTION", due: "2027-02-22", description: "Contributions for the SG13 meeting" },
      evidence: evidence(9, "contributions by 22 February 2027"), confidence: 0.9, dependsOn: ["p1"], summary: "Deadline: contributions by 2027-02-22",
    },
    {
      id: "p4", entityType: "Person", action: "CREATE", resolution: { status: "NEW", key: personKey },
      values: { name: `Lena Okafor ${suffix}`, honorific: "Ms", country: "NG", email: `lena.okafor.${suffix}@ncc.example.ng`, phone: "+234 9 462 0000" },
      evidence: evidence(8, "Ms Lena Okafor (Nigerian Communications Commission, Nigeria)"), confidence: 0.9, summary: "New person: Ms Lena Okafor (Nigeria)",
    },
    {
      id: "p5", entityType: "Role", action: "CREATE", resolution: { status: "NEW", key: `itu-t-sg13-chair-${personKey}` },
      values: { person: personKey, organization: "itu-t-sg13", role: "CHAIR", title: "Chair of Study Group 13", since: "2026-10" },
      evidence: evidence(8, "was appointed Chair of Study Group 13 in October 2026"), confidence: 0.85, dependsOn: ["p4"], summary: "Role: Lena Okafor, Chair of ITU-T SG13 since 2026-10",
    },
    {
      id: "p6", entityType: "Organization", action: "CONFIRM", resolution: { status: "EXISTING", key: "itu-t-sg13", reason: "ALIAS" },
      values: { id: "itu-t-sg13", name: "ITU-T Study Group 13" },
      evidence: evidence(6, "ITU-T Study Group 13 (Future networks)"), confidence: 0.99, summary: "Confirms ITU-T Study Group 13",
    },
    {
      id: "p7", entityType: "Organization", action: "LINK", resolution: { status: "EXISTING", key: "itu-t-sg13", reason: "ALIAS" },
      values: { type: "WORKS_ON", from: "itu-t-sg13", to: "networking", evidence: "work on future networks, including networking for the metaverse" },
      evidence: evidence(10, "continues its work on future networks, including networking for the metaverse"), confidence: 0.8, summary: "ITU-T SG13 works on networking",
    },
  ];
  const plan: ImportPlan = {
    document: {
      format: "TEXT", kind: "TSB_CIRCULAR", contentHash: createHash("sha256").update(text).digest("hex"), text, blocks,
      reference: `TSB Circular 231 ${suffix}`, title: "Meeting of ITU-T Study Group 13 (Future networks), Geneva, 8–17 March 2027",
      date: "2026-11-20", issuer: "itu-tsb", signatory: "Seizo Onoe", fileName: `tsb-circular-231-${suffix}.txt`,
    },
    proposals,
  };
  return { text, plan };
}

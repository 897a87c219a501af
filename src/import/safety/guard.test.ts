import { describe, expect, it } from "vitest";
import { defaultImportLimits } from "../../config.js";
import type { GraphSnapshot } from "../graph-index.repository.js";
import { planDocument } from "../plan-document.js";
import type { Proposal } from "../proposal.js";
import { statedChange } from "./change-statements.js";
import { conflictKind } from "./guard.js";
import { withholdPersonalAddresses } from "./personal-text.js";
import { sameNameOrInitials } from "./same-name.js";

/**
 * A small graph of our own (no body, person or event of the seed): a working party, its chair, its
 * next meeting and a report of it, and a deliverable in progress. Documents below are notes of the
 * kind a secretariat sends; each test asks one question a reviewer would ask of an import.
 */
const graph: GraphSnapshot = {
  organizations: [
    { id: "wp-ocean", name: "Working Party on Ocean Data", acronym: "WP-OD", kind: "OTHER", aliases: [], partOf: undefined, mandate: undefined, sources: ["wp-od-tor#p1"] },
    { id: "nordic-sea-institute", name: "Nordic Sea Institute", acronym: "NSI", kind: "OTHER", aliases: [], partOf: undefined, mandate: undefined, website: "https://nsi.example.org" },
  ],
  people: [
    {
      id: "maria-ostergaard", name: "Maria Østergaard", honorific: "Dr", aliases: [], email: "m.ostergaard@nsi.example.org", phone: undefined, country: "DK",
      affiliations: ["nordic-sea-institute"], sources: ["wp-od-tor#p4"],
    },
    { id: "pavel-novak", name: "Pavel Novák", honorific: "Mr", aliases: [], email: undefined, phone: undefined, country: "CZ", affiliations: ["nordic-sea-institute"] },
  ],
  roles: [{ id: "wp-ocean-chair-maria-ostergaard", person: "maria-ostergaard", organization: "wp-ocean", role: "CHAIR", title: undefined, since: "2024-01-10", until: undefined, sources: ["wp-od-tor#p4"] }],
  topics: [],
  deliverables: [],
  events: [{
    id: "wp-ocean-meeting-7", name: "7th meeting of the Working Party on Ocean Data", kind: "MEETING", start: "2027-04-12", end: "2027-04-14", startsAt: undefined, endsAt: undefined,
    timezone: undefined, city: "Bergen", country: "NO", venue: undefined, meetingOf: "wp-ocean", sources: ["wp-od-invitation#p2"],
  }],
  deadlines: [],
  liaisons: [],
  documents: [],
  statistics: [],
};

const plan = (text: string, fileName = "note.txt") =>
  planDocument({ file: { bytes: new TextEncoder().encode(text), fileName }, contentHash: "1".repeat(64), graph, limits: defaultImportLimits });
const of = (proposals: Proposal[], type: string, pred: (p: Proposal) => boolean = () => true) => proposals.filter((p) => p.entityType === type && pred(p));

describe("safety: nothing the graph holds changes unless a sentence says it changed", () => {
  it("an older note giving the meeting other dates asks the reviewer, with the meeting as candidate, and updates nothing", async () => {
    const { proposals } = await plan("Oslo, 2 February 2027\n\nThe 7th meeting of the Working Party on Ocean Data will be held in Bergen from 5 to 7 April 2027.\n");
    const [meeting] = of(proposals, "Event");
    expect(meeting).toMatchObject({
      action: "UPDATE",
      resolution: { status: "AMBIGUOUS", key: "wp-ocean-meeting-7", candidates: [{ key: "wp-ocean-meeting-7", sources: ["wp-od-invitation#p2"] }] },
      diff: expect.arrayContaining([{ field: "startDate", current: "2027-04-12", proposed: "2027-04-05" }]),
    });
    expect(proposals.filter((p) => p.action === "UPDATE" && p.resolution.status === "EXISTING")).toEqual([]);
  });

  it("a note saying the meeting was postponed updates it, citing the sentence that says so", async () => {
    const { proposals } = await plan(
      "Oslo, 2 March 2027\n\nDelegates are welcome. The 7th meeting of the Working Party on Ocean Data has been postponed and will be held in Bergen from 20 to 22 April 2027. Registration remains open.\n",
    );
    const [meeting] = of(proposals, "Event");
    expect(meeting).toMatchObject({ action: "UPDATE", resolution: { status: "EXISTING", key: "wp-ocean-meeting-7" }, values: { startDate: "2027-04-20" } });
    expect(meeting!.evidence.quote).toBe("The 7th meeting of the Working Party on Ocean Data has been postponed and will be held in Bergen from 20 to 22 April 2027.");
  });

  it("another chair named without a word of succession ends no role; one said to succeed does, with that sentence", async () => {
    const named = await plan("Oslo, 2 March 2027\n\nThe Working Party on Ocean Data (WP-OD) is chaired by Mr Pavel NOVÁK (Nordic Sea Institute, Czechia).\n");
    expect(of(named.proposals, "Role", (p) => p.action === "UPDATE")).toEqual([]);
    const question = of(named.proposals, "Role", (p) => p.resolution.status === "AMBIGUOUS")[0];
    expect(question!.resolution.candidates![0]).toMatchObject({ key: "wp-ocean-chair-maria-ostergaard", organizations: ["Working Party on Ocean Data (WP-OD)"], sources: ["wp-od-tor#p4"] });

    const succeeded = await plan(
      "Oslo, 2 March 2027\n\nThe meeting opened at ten. Mr Pavel NOVÁK (Nordic Sea Institute, Czechia) was elected Chairman of the Working Party on Ocean Data (WP-OD), succeeding Dr Maria ØSTERGAARD.\n",
    );
    const ending = of(succeeded.proposals, "Role", (p) => p.action === "UPDATE")[0];
    expect(ending).toMatchObject({ resolution: { status: "EXISTING", key: "wp-ocean-chair-maria-ostergaard" }, values: { until: "2027-03-02" } });
    expect(ending!.evidence.quote).toMatch(/^Mr Pavel NOVÁK .* succeeding Dr Maria ØSTERGAARD\.$/);
  });

  it("an address that differs from the graph's is a question, and its summary prints neither address", async () => {
    const { proposals } = await plan("Contact:\nDr Maria ØSTERGAARD\nNordic Sea Institute\nDenmark\nE-mail: maria.o@other.example.org\n\nThe Working Party on Ocean Data meets in spring.\n");
    const update = of(proposals, "Person", (p) => p.action === "UPDATE" && p.diff?.some((d) => d.field === "email") === true)[0];
    expect(update).toMatchObject({ resolution: { status: "AMBIGUOUS", key: "maria-ostergaard" } });
    expect(update!.summary).not.toMatch(/@/);
    expect(JSON.stringify(update!.resolution.candidates)).not.toMatch(/@/);
  });

  it("classifies what a field's change is: adding is no conflict, a later or earlier date is one, a new holder always is", () => {
    expect(conflictKind("Person", { field: "email", current: null, proposed: "a@b.org" })).toBeUndefined();
    expect(conflictKind("Person", { field: "aliases", current: ["A"], proposed: ["A", "B"] })).toBeUndefined();
    expect(conflictKind("Event", { field: "startDate", current: "2027-04", proposed: "2027-04-12" })).toBeUndefined();
    expect(conflictKind("Event", { field: "startDate", current: "2027-04-12", proposed: "2027-04-05" })).toBe("date");
    expect(conflictKind("Role", { field: "until", current: null, proposed: "2027-01-01" })).toBe("holder");
    expect(conflictKind("Deliverable", { field: "status", current: "IN_PROGRESS", proposed: "APPROVED" })).toBe("status");
    expect(conflictKind("Organization", { field: "mailbox", current: "a@b.org", proposed: "c@b.org" })).toBe("value");
  });

  it("knows the sentences that state a change, and those that only give a value", () => {
    expect(statedChange("date", "The workshop was rescheduled to 4 May.")?.rule).toBe("rescheduled");
    expect(statedChange("date", "The deadline has been extended to 1 June.")?.sentence).toBe("The deadline has been extended to 1 June.");
    expect(statedChange("date", "The workshop takes place on 4 May.")).toBeUndefined();
    expect(statedChange("status", "Recommendation Z.999 was approved on 3 May.")?.rule).toBe("status-verb");
    expect(statedChange("status", "Z.999 (approved) is cited in the annex.")).toBeUndefined();
    expect(statedChange("value", "Its new e-mail address is below.")?.rule).toBe("new-value");
    expect(statedChange("value", "E-mail: someone@example.org")).toBeUndefined();
  });
});

describe("safety: the entities one import creates are checked against each other", () => {
  it("one person written four ways (capitals, initials, honorific, no accents, broken over two lines) is one new person", async () => {
    const { proposals } = await plan([
      "Helsinki, 9 May 2027",
      "",
      "Prof. Joakim Lähteenmäki (Baltic Data Forum, Finland) was appointed rapporteur of the Working Party on Ocean Data.",
      "",
      "Questions may be sent to Prof. J. LÄHTEENMÄKI or to Joakim Lahteenmaki directly; Prof. Joakim",
      "Lähteenmäki will report in June.",
    ].join("\n"));
    const created = of(proposals, "Person", (p) => p.action === "CREATE");
    expect(created.map((p) => p.values.name)).toEqual(["Joakim Lähteenmäki"]);
    const key = created[0]!.resolution.key;
    expect(new Set(of(proposals, "Role").map((p) => p.values.person))).toEqual(new Set([key]));
  });

  it("tells names that may be one person from names that are not", () => {
    expect(sameNameOrInitials("J. Doe", "Jane Doe")).toBe(true);
    expect(sameNameOrInitials("Jane Q. Doe", "Jane Doe")).toBe(true);
    expect(sameNameOrInitials("DOE Jane", "Jane Doe")).toBe(true);
    expect(sameNameOrInitials("Ms  Jane\nDoe", "jane doe")).toBe(true);
    expect(sameNameOrInitials("Zoë Ndiaye", "Zoe NDIAYE")).toBe(true);
    expect(sameNameOrInitials("John Doe", "Jane Doe")).toBe(false);
    expect(sameNameOrInitials("J. Doe", "K. Doe")).toBe(false);
    expect(sameNameOrInitials("Jane Doe", "Jane Dole")).toBe(false);
  });

  it("a name written with initials that fits a person of the graph asks the reviewer rather than making a second person", async () => {
    const { proposals } = await plan("Oslo, 2 March 2027\n\nDr M. Østergaard (Nordic Sea Institute, Denmark) presented the ocean data roadmap.\n");
    expect(of(proposals, "Person", (p) => p.action === "CREATE")).toEqual([]);
    const question = of(proposals, "Person", (p) => p.resolution.status === "AMBIGUOUS")[0];
    expect(question?.resolution.candidates?.map((c) => c.key)).toEqual(["maria-ostergaard"]);
    expect(question?.resolution.candidates?.[0]).toMatchObject({ organizations: ["Nordic Sea Institute (NSI)"], roles: ["chair of Working Party on Ocean Data (WP-OD) since 2024-01-10"] });
  });
});

describe("contacts given only by e-mail", () => {
  it("an address the graph holds is its person; an unknown one is a question whose candidates fit the address; a secretariat's is its body's mailbox", async () => {
    const { proposals } = await plan([
      "From: Working Party on Ocean Data",
      "Date: 2 March 2027",
      "From Contact: m.ostergaard@nsi.example.org",
      "Technical Contact: pavel.novak@nsi.example.org",
      "Please send comments to the Working Party on Ocean Data secretariat at wpod-secretariat@ocean.example.int.",
    ].join("\n"));
    expect(of(proposals, "Person", (p) => p.resolution.key === "maria-ostergaard")[0]).toMatchObject({ action: "CONFIRM", resolution: { status: "EXISTING", reason: "EMAIL" } });
    const unknown = of(proposals, "Person", (p) => p.values.email === "pavel.novak@nsi.example.org")[0];
    expect(unknown).toMatchObject({ action: "UPDATE", resolution: { status: "AMBIGUOUS", candidates: [{ key: "pavel-novak", label: "Mr Pavel Novák" }] } });
    expect(unknown!.summary).not.toMatch(/@/);
    expect(of(proposals, "Organization", (p) => p.values.mailbox === "wpod-secretariat@ocean.example.int")[0]).toMatchObject({
      action: "UPDATE", resolution: { status: "EXISTING", key: "wp-ocean" }, diff: [{ field: "mailbox", current: null, proposed: "wpod-secretariat@ocean.example.int" }],
    });
    expect(of(proposals, "Person", (p) => p.action === "CREATE")).toEqual([]);
  });
});

describe("an address beside a name of the document", () => {
  it("goes with the new person it reads as, not to the reviewer as an unknown address", async () => {
    const { proposals } = await plan("Oslo, 2 March 2027\n\nMs Lena Okafor (Arctic Buoy Consortium, Norway), lena.okafor@abc.example.no, was appointed rapporteur of the Working Party on Ocean Data.\n");
    const created = of(proposals, "Person", (p) => p.action === "CREATE");
    expect(created.map((p) => [p.values.name, p.values.email])).toEqual([["Lena Okafor", "lena.okafor@abc.example.no"]]);
    expect(of(proposals, "Person", (p) => p.resolution.status === "AMBIGUOUS")).toEqual([]);
  });
});

describe("personal addresses stay out of public text", () => {
  it("a person's address is withheld from a public description; a secretariat's or a body's mailbox is kept", () => {
    expect(withholdPersonalAddresses("Send comments to jane.doe@example.org or to tsbsg99@itu.example.", new Set())).toBe(
      "Send comments to (e-mail address withheld) or to tsbsg99@itu.example.",
    );
    expect(withholdPersonalAddresses("Inputs to wp-od@ocean.example.int.", new Set(["wp-od@ocean.example.int"]))).toBe("Inputs to wp-od@ocean.example.int.");
  });

  it("no proposal but a person's carries a personal address in its free text", async () => {
    const { proposals } = await plan(
      "Oslo, 2 March 2027\n\nThe 7th meeting of the Working Party on Ocean Data will be held in Bergen from 12 to 14 April 2027. Contributions are due by 1 April 2027 to m.ostergaard@nsi.example.org.\n",
    );
    expect(of(proposals, "Deadline")[0]!.values).toMatchObject({ due: "2027-04-01", description: "Contributions are due by 1 April 2027 to (e-mail address withheld)." });
    const publicText = proposals.filter((p) => p.entityType !== "Person").map((p) => JSON.stringify([p.values.description, p.values.subject, p.values.purpose, p.values.evidence, p.values.submitTo]));
    expect(publicText.join(" ")).not.toContain("m.ostergaard@");
    expect(proposals.map((p) => p.summary).join(" ")).not.toContain("@");
    // The letter's place and date line is no title: the document is named by its first sentence.
    expect(of(proposals, "Document")[0]!.values.title).toBe("The 7th meeting of the Working Party on Ocean Data will be…");
  });
});

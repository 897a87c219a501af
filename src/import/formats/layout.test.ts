import { describe, expect, it } from "vitest";
import { textBlocks } from "./text.js";

/** An e-mail hard-wrapped at 72 columns, as mail clients and Datatracker's text pages send them. */
const wrappedMail = [
  "Subject: Outcome of the immersive media meeting",
  "",
  "Dear colleagues, the Working Party on immersive media met in Lisbon on 3",
  "March 2027 and agreed to appoint as Rapporteur for the item Ms Ingrid",
  "HOLMGREN (Nordic Media Lab, Sweden), who will lead the new work item on",
  "audio descriptions for shared virtual venues until the end of the study",
  "period.",
  "",
  "The next meeting will take place from 9 to 11 June 2027; contributions",
  "are due by 12 May 2027 and should be sent to the secretariat at the",
  "usual address.",
  "",
  "Action items:",
  "- Circulate the draft terms of reference to all members of the group",
  "- Nominate editors for the spatial audio item before the next meeting",
  "",
  "Regards,",
  "Tomas Berg",
].join("\n");

describe("layout: hard-wrapped plain text is read by paragraph, not by line", () => {
  it("re-joins a paragraph whose lines were broken by the wrap, so a name and a date broken over two lines are whole", () => {
    const blocks = textBlocks(wrappedMail);
    const paragraph = blocks.find((b) => b.text.startsWith("Dear colleagues"))!;
    expect(paragraph.locator).toBe("l3-7");
    expect(paragraph.text).toContain("Ms Ingrid HOLMGREN (Nordic Media Lab, Sweden)");
    expect(paragraph.text).toContain("in Lisbon on 3 March 2027");
    expect(blocks.find((b) => b.text.startsWith("The next meeting"))).toMatchObject({ locator: "l9-11", text: expect.stringContaining("contributions are due by 12 May 2027") });
  });

  it("keeps labels, list items, greetings and signatures as lines of their own", () => {
    const blocks = textBlocks(wrappedMail);
    expect(blocks.filter((b) => !b.locator.includes("-"))).toEqual([
      { locator: "l1", text: "Subject: Outcome of the immersive media meeting" },
      { locator: "l13", text: "Action items:" },
      { locator: "l14", text: "- Circulate the draft terms of reference to all members of the group" },
      { locator: "l15", text: "- Nominate editors for the spatial audio item before the next meeting" },
      { locator: "l17", text: "Regards," },
      { locator: "l18", text: "Tomas Berg" },
    ]);
  });

  it("leaves a file written one paragraph a line (not hard-wrapped) line by line", () => {
    const text = [
      "Ref: TSB Circular 88",
      "Subject: Second meeting of the Focus Group on digital twins of cities (Seoul, 4-6 May 2027)",
      "1 I am pleased to invite you to the second meeting of the Focus Group, which will be held at the invitation of the host city in Seoul.",
      "2 The meeting will open at 0930 hours on the first day; registration will start at 0830 hours at the entrance of the venue.",
      "Yours faithfully,",
    ].join("\n");
    expect(textBlocks(text).map((b) => b.locator)).toEqual(["l1", "l2", "l3", "l4", "l5"]);
  });

  it("does not join short label and value lines, however many there are", () => {
    const text = ["From:", "Working Party 3", "To:", "Study Group 9", "Date:", "3 May 2027", "Purpose:", "For information"].join("\n");
    expect(textBlocks(text)).toHaveLength(8);
  });
});

describe("layout: a page copied as text with ragged line breaks (failure class 1)", () => {
  const ragged = [
    "Coastal body names a new chair",
    "",
    "The Northern",
    "Standards Forum has named a new chair for its working group on",
    "spatial audio.",
    "Chosen by",
    "the members at their spring meeting, Dr Amara",
    "Osei will lead the group",
    "until the end of",
    "the next study period.",
  ].join("\n");

  it("joins lines broken mid-sentence, and keeps a sentence's end as a break", () => {
    const blocks = textBlocks(ragged);
    expect(blocks.map((b) => b.text)).toEqual([
      "Coastal body names a new chair",
      "The Northern Standards Forum has named a new chair for its working group on spatial audio.",
      "Chosen by the members at their spring meeting, Dr Amara Osei will lead the group until the end of the next study period.",
    ]);
  });

  it("keeps a form's recipients one a line, with or without their addresses", () => {
    const form = [
      ...ragged.split("\n"),
      "",
      "To Contacts Ada Quill",
      "Bo Lind",
      "Mei-Ling van Dam <>",
      "Harbour Buoys and Beacons Working Group Discussion List <>",
      "Cleo Marsh<>",
      "Purpose For information",
    ].join("\n");
    const blocks = textBlocks(form);
    expect(blocks.slice(3).map((b) => b.text)).toEqual([
      "To Contacts Ada Quill", "Bo Lind", "Mei-Ling van Dam <>", "Harbour Buoys and Beacons Working Group Discussion List <>", "Cleo Marsh<>", "Purpose For information",
    ]);
  });

  it("leaves a list of short lines alone", () => {
    const list = ["Programme", "", "Opening remarks", "Keynote: the shared venue", "Panel on interoperability", "Closing"].join("\n");
    expect(textBlocks(list).map((b) => b.locator)).toEqual(["l1", "l3", "l4", "l5", "l6"]);
  });
});

describe("layout: a line cut after a word no sentence ends with", () => {
  const page = [
    "Harbour officers for 2031-2034:",
    "Ada Quill (Ruritania) was re-elected for a second term as",
    "Chair of the Quay Standards Board, which sets the harbour's rules.",
    "Bo Lind (Freedonia) was elected",
    "Vice-Chair of the Quay Standards Board.",
    "Members will vote on the 9 seats of the",
    "Lock Council on Monday.",
    "Quay Standards Board",
    "Lock Council",
  ].join("\n");

  it("goes on with the next line, even in a file that is neither hard-wrapped nor ragged", () => {
    expect(textBlocks(page).map((b) => b.text)).toEqual([
      "Harbour officers for 2031-2034:",
      "Ada Quill (Ruritania) was re-elected for a second term as Chair of the Quay Standards Board, which sets the harbour's rules.",
      "Bo Lind (Freedonia) was elected Vice-Chair of the Quay Standards Board.",
      "Members will vote on the 9 seats of the Lock Council on Monday.",
      "Quay Standards Board",
      "Lock Council",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { classifyGenre } from "./classify.js";

const genreOf = (text: string, kind = "OTHER") => classifyGenre({ text, head: text.split("\n").slice(0, 12).join("\n"), kind });

describe("liaison genre: statements and letters between bodies about their liaison", () => {
  it("takes a 3GPP-style 'LS on …' heading, and a letter about a liaison with a greeting or header rows", () => {
    expect(genreOf("Title: Reply LS on buoy telemetry\nSource: XY2\nTo: QTF")).toBe("liaison");
    expect(genreOf("This is a Liaison Statement (LS) from the Tide Board to QTF regarding gauges.")).toBe("liaison");
    expect(genreOf("Draft reply on the liason request\nDear Ms Quill,\nThank you for your letter.")).toBe("liaison");
    expect(genreOf("TITLE: Request for a Category B liaison between SC 99 and the Tide Board\nSOURCE: SC 99 Secretariat\nDATE: 2031-02-03")).toBe("liaison");
    expect(genreOf("Note on our letter to QTF on tariffs\n\nDear Dr. Lind,\nThe Tide Board wishes to comment.")).toBe("liaison");
  });

  it("leaves a page that lists liaisons, and a letter about something else, to their own genres", () => {
    expect(genreOf("Liaisons\nBodies with which the Tide Board has exchanged liaisons\nQTF: gauges")).toBe("group");
    expect(genreOf("Meeting agenda\nDear colleagues,\nThe meeting will review the budget.")).not.toBe("liaison");
  });
});

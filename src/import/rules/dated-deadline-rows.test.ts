import { describe, expect, it } from "vitest";
import { datedDeadlineRows } from "./dated-deadline-rows.js";
import { factsOf } from "./testing.js";

describe("dated-deadline-rows: a deadline table printed one row per line", () => {
  it("reads the date first, then what is due, with a slash, a pipe or a tab, and dash lines under a row", () => {
    const text = [
      "Important dates",
      "2 February 2028 / - Send written inputs that need translation",
      "19 February 2028 | Apply for a travel fellowship",
      "- Ask for interpretation into Arabic",
      "1 March 2028\tOnline registration closes",
      "- Requests for visa support letters",
      "9 March 2028 / - Send all other written inputs",
    ].join("\n");
    const facts = factsOf(text, [], [datedDeadlineRows], "circular");
    expect(facts.deadlines.map((d) => [d.due, d.kind])).toEqual([
      ["2028-02-02", "CONTRIBUTION"], ["2028-02-19", "OTHER"], ["2028-03-01", "REGISTRATION"], ["2028-03-01", "VISA_LETTER"], ["2028-03-09", "CONTRIBUTION"],
    ]);
  });

  it("takes no row that states nothing due", () => {
    const facts = factsOf(["3 April 2028 / Opening of the plenary", "4 April 2028 | Visit of the laboratory"].join("\n"), [], [datedDeadlineRows], "circular");
    expect(facts.deadlines).toEqual([]);
  });

  it("reads two rows a copy ran together as two rows", () => {
    const text = ["Important dates", "2 February 2028 / -Send written inputs that need translation19 February 2028 / -Apply for a travel fellowship", "- Ask for interpretation into Arabic"].join("\n");
    const facts = factsOf(text, [], [datedDeadlineRows], "circular");
    expect(facts.deadlines.map((d) => [d.due, d.kind])).toEqual([["2028-02-02", "CONTRIBUTION"], ["2028-02-19", "OTHER"]]);
  });
});

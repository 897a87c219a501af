import { describe, expect, it } from "vitest";
import { examplesToTabs } from "./examples.js";

describe("examplesToTabs", () => {
  it("makes one tab per operation, in file order, with the comment right above it", () => {
    const source = [
      "# File header: not part of any tab.",
      "",
      "# What this service is.",
      "query About {",
      "  about { name }",
      "}",
      "",
      "query Ping { __typename }",
      "",
    ].join("\n");
    expect(examplesToTabs(source)).toEqual([
      { query: "# What this service is.\nquery About {\n  about { name }\n}\n" },
      { query: "query Ping { __typename }\n" },
    ]);
  });

  it("adds the fragments an operation uses, also through other fragments", () => {
    const source = [
      "query A { about { ...Name } }",
      "query B { __typename }",
      "fragment Name on About { name ...Version }",
      "# the version",
      "fragment Version on About { version }",
    ].join("\n");
    expect(examplesToTabs(source)).toEqual([
      { query: "query A { about { ...Name } }\n\nfragment Name on About { name ...Version }\n\n# the version\nfragment Version on About { version }\n" },
      { query: "query B { __typename }\n" },
    ]);
  });

  it("shows a syntax error in a tab instead of failing the page", () => {
    const [tab, ...rest] = examplesToTabs("query Broken {");
    expect(rest).toEqual([]);
    expect(tab!.query).toMatch(/^# examples\.graphql could not be parsed:\n# Syntax Error/);
  });

  it("gives no tabs for an empty file", () => {
    expect(examplesToTabs("")).toEqual([]);
  });
});

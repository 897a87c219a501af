import { describe, expect, it } from "vitest";
import type { DeliverablePageArgs } from "./organization.repository.js";
import { deliverablePageKey, samePageArgs } from "./organization.service.js";

const page: DeliverablePageArgs = { includeSubGroups: false, statuses: ["PUBLISHED", "DRAFT"], window: { after: -1, before: null, first: 10, last: null } };

/** One variant of `page` per argument (and per field of its window), each differing in that field alone. */
const variants: Array<[string, DeliverablePageArgs]> = [
  ["includeSubGroups", { ...page, includeSubGroups: true }],
  ["statuses (none)", { ...page, statuses: null }],
  ["statuses (order)", { ...page, statuses: ["DRAFT", "PUBLISHED"] }],
  ["statuses (fewer)", { ...page, statuses: ["PUBLISHED"] }],
  ["window.after", { ...page, window: { ...page.window, after: 9 } }],
  ["window.before", { ...page, window: { ...page.window, before: 20 } }],
  ["window.first", { ...page, window: { ...page.window, first: 5 } }],
  ["window.last", { ...page, window: { ...page.window, last: 5 } }],
];

describe("samePageArgs", () => {
  it("says the same page for equal arguments in other objects", () => {
    expect(samePageArgs(page, structuredClone(page))).toBe(true);
  });

  it("compares every field the loader's key carries", () => {
    // Every field of the key (and of its window) has a variant below: a field added to the
    // arguments and not compared fails here as well as in the types.
    const key = deliverablePageKey("x", page);
    const covered = new Set(variants.map(([name]) => name.split(" ")[0]!));
    for (const field of Object.keys(key).filter((field) => field !== "id" && field !== "window")) expect(covered).toContain(field);
    for (const field of Object.keys(key.window)) expect(covered).toContain(`window.${field}`);
    for (const [name, variant] of variants) expect(samePageArgs(page, variant), name).toBe(false);
  });

  it("agrees with the loader's key", () => {
    for (const [, variant] of variants) {
      expect(samePageArgs(page, variant)).toBe(JSON.stringify(deliverablePageKey("x", page)) === JSON.stringify(deliverablePageKey("x", variant)));
    }
  });
});

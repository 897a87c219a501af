import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "../src/auth/viewer.js";
import { createContext } from "../src/context.js";
import { acceptAndApply } from "../src/import/eval/accept-all.js";
import { planImport } from "../src/import/plan.js";
import type { ImportPlan, Proposal } from "../src/import/proposal.js";
import { storeImport } from "../src/import/review.service.js";
import { graphChecksum } from "./helpers.js";
import { startWritableApp, type WritableApp } from "./writable-app.js";

/**
 * Document identity and re-import (issue 25, failure classes 4 and 5), against the real, seeded
 * graph, on documents written for these tests: a statement is its document, not its pair of
 * bodies; a page the seed cites is that Document; a document imported, applied and imported
 * again proposes nothing new; an untitled note gets a title from its heading.
 */
vi.setConfig({ testTimeout: 300_000 });

let w: WritableApp;
beforeAll(async () => {
  process.env.NEO4J_TX_TIMEOUT_MS ??= "240000";
  w = await startWritableApp();
}, 600_000);
afterAll(async () => {
  await w?.stop();
});

const EDITOR: Viewer = { role: "EDITOR", name: "editor", via: "api-key" };
const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, "fixtures/import", name)));
const find = (plan: ImportPlan, type: string, pred: (p: Proposal) => boolean = () => true) => plan.proposals.filter((p) => p.entityType === type && pred(p));

async function store(plan: ImportPlan) {
  const ctx = createContext(w.app.db, { viewer: EDITOR });
  try {
    return await storeImport(ctx, plan);
  } finally {
    await ctx.db.end();
  }
}

describe("a liaison statement is its reference, date and title", () => {
  it("a new statement from TSAG to ITU-R SG5 is a new liaison, never a confirmation of the seed's 2022 statement between the same bodies", async () => {
    const plan = await planImport(w.app.db, { bytes: fixture("ls-tsag-followup.txt"), fileName: "ls-tsag-followup.txt" });
    expect(plan.document).toMatchObject({ reference: "TSAG-LS77", kind: "LIAISON_STATEMENT" });
    const toSg5 = find(plan, "Liaison", (p) => p.values.to === "itu-r-sg5" || p.resolution.key === "tsag-ls-fg-mv-to-itu-r-sg5");
    expect(toSg5.map((p) => p.action)).toEqual(["CREATE"]);
    expect(toSg5[0]!.values).toMatchObject({ kind: "LIAISON_STATEMENT", from: "tsag", to: "itu-r-sg5" });
    expect(find(plan, "Liaison", (p) => p.action === "CONFIRM")).toEqual([]);
  });
});

describe("a page the seed already cites", () => {
  it("is recognized by its canonical address: the seed's Document is confirmed and no Document is made", async () => {
    const before = await graphChecksum(w.app.db);
    const plan = await planImport(w.app.db, { bytes: fixture("fg-outcomes-mirror.html"), fileName: "fg-outcomes-mirror.html" });
    expect(plan.document.key).toBe("web-fg-mv-outcomes");
    expect(find(plan, "Document", (p) => p.action === "CREATE")).toEqual([]);
    const stored = await store(plan);
    expect(stored.import.documentKey).toBe("web-fg-mv-outcomes");
    const [row] = await w.app.db.read("MATCH (d:Document) WHERE d.url STARTS WITH $url RETURN count(d) AS n", { url: "https://www.itu.int/metaverse/fg-mv-outcomes" });
    expect(row).toEqual({ n: 1 });
    expect(await graphChecksum(w.app.db)).not.toBe(before); // the import itself is stored
  });
});

describe("an untitled note", () => {
  it("gets its title and key from its first line, not from the file's name nor a number", async () => {
    const plan = await planImport(w.app.db, { bytes: fixture("scan_0042.txt"), fileName: "scan_0042.txt" });
    expect(plan.document.title).toBe("Notes from the coastal sensing breakout");
    expect(plan.document.key).toBe("notes-from-the-coastal-sensing-breakout");
  });
});

describe("importing the same document again", () => {
  it("after it is applied: the same file and a copy with other line ends return the first import; a revised copy proposes nothing new", async () => {
    const bytes = fixture("coastal-circular.txt");
    const first = await planImport(w.app.db, { bytes, fileName: "coastal-circular.txt" });
    expect(find(first, "Organization", (p) => p.action === "CREATE").map((p) => p.values.name)).toContain("Coastal Sensing Alliance");
    const applied = await acceptAndApply(w.app.db, first);
    expect(applied.documentKey).toBeTruthy();

    const again = await store(await planImport(w.app.db, { bytes, fileName: "coastal-circular.txt" }));
    expect(again.alreadyImported).toBe(true);
    const crlf = new TextEncoder().encode(new TextDecoder().decode(bytes).replace(/\n/g, "\r\n"));
    const copyPlan = await planImport(w.app.db, { bytes: crlf, fileName: "coastal-circular (1).txt" });
    expect(copyPlan.alreadyImported).toEqual({ documentKey: applied.documentKey });
    const copy = await store(copyPlan);
    expect(copy).toMatchObject({ alreadyImported: true, import: { documentKey: applied.documentKey } });

    // The same circular with a line added at its end (a revised copy): its facts are all in the graph now.
    const revised = new TextEncoder().encode(`${new TextDecoder().decode(bytes)}\nAnnex: practical information will follow.\n`);
    const plan = await planImport(w.app.db, { bytes: revised, fileName: "coastal-circular-rev1.txt" });
    expect(plan.document.key).toBe(applied.documentKey);
    expect(plan.proposals.filter((p) => p.action === "CREATE").map((p) => p.summary)).toEqual([]);
    expect(plan.proposals.filter((p) => p.action === "UPDATE" && p.resolution.status === "EXISTING").map((p) => p.summary)).toEqual([]);
  });
});

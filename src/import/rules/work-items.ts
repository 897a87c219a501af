import type { DeliverableFact } from "../recognize/facts.js";
import { whereOf } from "./evidence.js";
import type { Rule } from "./rule.js";

const CODE = /^(?:[A-Z]{1,3}\.[A-Za-z0-9][\w.\-/]*|[A-Z]{1,3}\.[A-Za-z]+-[\w.\-/]+)$/;
const PHRASES: Array<{ re: RegExp; status: DeliverableFact["status"] }> = [
  // "agreed to start 3 new work items (X.a, X.b and X.c)": work begins, nothing is approved.
  { re: /\bagreed to (?:start|begin|launch|open)(?: work on)?\s+(?:\d+\s+|[a-z]+\s+)?new work items?\s*[(:]\s*([^)]+?)\s*(?:\)|\.(?:\s|$))/gi, status: "PLANNED" },
  // "progressed on work items including X.a, X.b": under way.
  { re: /\bprogressed (?:on )?(?:the )?work items?\s+(?:including|such as|:)\s*(.+?)\.(?:\s|$)/gi, status: "IN_PROGRESS" },
];

/**
 * Work items a report lists with what happened to them (failure class 8): "agreed to start" new
 * work items are PLANNED (never approved), work items "progressed" are IN_PROGRESS. Each code
 * becomes a deliverable of the Question or group the block names; a status the generic reading
 * gave the same code from the same block is corrected.
 */
export const workItems: Rule = {
  name: "work-items",
  genres: "any",
  scope: "block",
  trigger: /\b(?:agreed to (?:start|begin|launch|open)|progressed (?:on )?(?:the )?work items?)\b/i,
  apply(ctx, b) {
    if (!b) return;
    const owner = b.orgs.find((o) => /^(QUESTION|WORKING_GROUP|STUDY_GROUP|FOCUS_GROUP)$/.test(ctx.kindOf(o.key)))?.key;
    for (const { re, status } of PHRASES) {
      re.lastIndex = 0;
      for (const m of b.block.text.matchAll(re)) {
        for (const code of m[1]!.split(/,\s*|\s+and\s+/).map((c) => c.trim().replace(/\.$/, ""))) {
          if (!CODE.test(code)) continue;
          const known = ctx.facts.deliverables.find((d) => d.code === code);
          if (known) {
            if (known.where.locator === b.block.locator) known.status = status;
            continue;
          }
          ctx.addDeliverable({
            code, kind: "RECOMMENDATION", status, statusWord: status === "PLANNED" ? "agreed to start" : "progressed",
            ...(owner ? { developedBy: owner } : {}), topics: [], confidence: "unconfirmed", where: whereOf(b),
          });
        }
      }
    }
  },
};

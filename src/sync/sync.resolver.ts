import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { syncThroughApi } from "./sync-api.service.js";
import type { SyncOutcome } from "./sync.service.js";
import { SyncApplied, SyncCatalogueCounts, SyncChange, SyncConnector, SyncKept, SyncRefusal, SyncResult, SyncRunMode } from "./sync.type.js";

const connectorOf = { RELATON: "relaton", ISO_COMMITTEES: "iso-committees" } as const;
const modeOf = { DRY_RUN: "dry-run", REVIEW: "review", APPLY: "apply" } as const;

function toSyncResult(mode: keyof typeof SyncRunMode, outcome: SyncOutcome): SyncResult {
  const { plan } = outcome;
  return Object.assign(new SyncResult(), {
    mode,
    counts: plan.counts.map((c) => Object.assign(new SyncCatalogueCounts(), c)),
    changes: plan.proposals.map((p) => Object.assign(new SyncChange(), {
      action: p.action, entityType: p.entityType, key: p.resolution.key, catalogue: p.catalogue, record: p.evidence.locator, summary: p.summary,
      diff: (p.diff ?? []).map((d) => ({ field: d.field, before: d.current, after: d.proposed })),
    })),
    refusals: plan.refusals.map((r) => Object.assign(new SyncRefusal(), r)),
    leftOut: plan.leftOut.map((r) => Object.assign(new SyncRefusal(), r)),
    kept: plan.kept.map((k) => Object.assign(new SyncKept(), k)),
    importId: outcome.stored?.import.id,
    applied: outcome.applied && Object.assign(new SyncApplied(), { proposals: outcome.applied.applied, changes: outcome.applied.changes, failures: outcome.applied.failures }),
    seconds: outcome.seconds,
  });
}

/** Catalogue syncs through the API (docs/landscape-sync.md): the admin's `npm run sync`. */
@Resolver()
export class SyncResolver {
  @Authorized("ADMIN")
  @Mutation(() => SyncResult, {
    description:
      "Syncs a catalogue (RELATON records or ISO_COMMITTEES of ISO Open Data) from http(s) URLs and/or a catalogue file's text, as `npm run sync` does: DRY_RUN shows the plan " +
      "(creates, updates with before and after, confirmations, refusals with reasons); REVIEW stores it as a pending import for /review (importId); APPLY applies it, audited as " +
      "`sync:<connector> by <you>`, never overwriting API edits. Planned off the request thread under the importer's limits. Admin.",
  })
  async syncCatalogue(
    @Arg("connector", () => SyncConnector) connector: keyof typeof SyncConnector,
    @Arg("sources", () => [String], { defaultValue: [], description: "http(s) URLs of records, folders' index files (a relaton-data index-v1.yaml) or JSON Lines files." }) sources: string[],
    @Arg("text", () => String, { nullable: true, description: "A catalogue file's content (a Relaton YAML file, or ISO Open Data JSON Lines), instead of or beside URLs." }) text: string | undefined,
    @Arg("fileName", () => String, { nullable: true, description: "The name the text's refusals are reported under." }) fileName: string | undefined,
    @Arg("scope", () => String, { nullable: true, description: "A scope in YAML (the fields of src/sync/scope/metaverse.yaml, the default)." }) scope: string | undefined,
    @Arg("mode", () => SyncRunMode, { defaultValue: "DRY_RUN" }) mode: keyof typeof SyncRunMode,
    @Ctx() ctx: Context,
  ): Promise<SyncResult> {
    const outcome = await syncThroughApi(ctx, { connector: connectorOf[connector], sources, text, fileName, scope, mode: modeOf[mode] });
    return toSyncResult(mode, outcome);
  }
}

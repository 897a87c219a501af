// The page's only data sources: mvgraph's GraphQL API and POST /import, on the same origin,
// with the credential the reviewer gives (kept for this browser tab only).

// One sign-in for every page of the tab: the same credential as the roadmap's (../shared/session.ts).
import { gql, type ResultOf, type VariablesOf } from "../shared/graphql.js";
import { ApiError, authorization, credential, graphql, setCredential } from "../shared/session.js";

export { ApiError, credential, graphql, setCredential };

export interface UploadAnswer {
  import: { id: string; alreadyImported: boolean; proposals: { total: number } };
}

export async function upload(file: File): Promise<UploadAnswer> {
  const form = new FormData();
  form.append("file", file, file.name);
  const response = await fetch("/import", { method: "POST", headers: authorization(), body: form });
  const body = (await response.json().catch(() => ({}))) as UploadAnswer & { error?: { message: string } };
  if (!response.ok) throw new ApiError(body.error?.message ?? `The upload was refused (${response.status})`);
  return body;
}

const PROPOSAL_FIELDS = gql(`
  fragment ProposalFields on Proposal {
    id localId entityType action
    resolution { status key reason candidates { key label reason organizations roles sources } }
    values diff { field current proposed }
    evidence { quote locator } confidence dependsOn summary decision
  }`);

const REVIEW_IMPORT = gql(`
  query ReviewImport($id: ID!) {
    import(id: $id) {
      id status createdAt createdBy counts { total pending accepted edited rejected }
      document { key title reference date importKind fileName blocks { locator text } }
      proposals { ...ProposalFields }
    }
  }`, [PROPOSAL_FIELDS]);

/** An import as the review page shows it: its document, counts and proposals. */
export type ImportView = NonNullable<ResultOf<typeof REVIEW_IMPORT>["import"]>;
export type ProposalView = ResultOf<typeof PROPOSAL_FIELDS>;
/** An entity a proposal may be about, with enough to choose (its bodies, roles and sources). */
export type Candidate = ProposalView["resolution"]["candidates"][number];

export async function loadImport(id: string): Promise<ImportView | null> {
  return (await graphql(REVIEW_IMPORT, { id })).import;
}

const PENDING_IMPORTS = gql(`query PendingImports { imports(status: PENDING, first: 50) { nodes { id createdAt document { title reference } } } }`);

export async function pendingImports(): Promise<ResultOf<typeof PENDING_IMPORTS>["imports"]["nodes"]> {
  return (await graphql(PENDING_IMPORTS)).imports.nodes;
}

const REVIEW = gql(`
  mutation Review($id: ID!, $decision: ReviewDecision!, $patch: JSON, $choose: String) {
    reviewProposal(id: $id, decision: $decision, patch: $patch, choose: $choose) { ...ProposalFields }
  }`, [PROPOSAL_FIELDS]);

export async function review(id: string, decision: VariablesOf<typeof REVIEW>["decision"], patch?: Record<string, unknown>, choose?: string): Promise<ProposalView> {
  return (await graphql(REVIEW, { id, decision, patch: patch ?? null, choose: choose ?? null })).reviewProposal;
}

const APPLY = gql(`mutation Apply($id: ID!) { applyImport(id: $id) { status appliedChanges } }`);

export async function applyImport(id: string): Promise<ResultOf<typeof APPLY>["applyImport"]> {
  return (await graphql(APPLY, { id })).applyImport;
}

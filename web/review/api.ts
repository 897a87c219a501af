// The page's only data sources: mvgraph's GraphQL API and POST /import, on the same origin,
// with the credential the reviewer gives (kept for this browser tab only).

// One sign-in for every page of the tab: the same credential as the roadmap's (../shared/session.ts).
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

export interface Candidate {
  key: string;
  label: string;
  reason: string;
  /** What it belongs to, its roles and where the graph has it from: enough to choose. */
  organizations: string[];
  roles: string[];
  sources: string[];
}

export interface ProposalView {
  id: string;
  localId: string;
  entityType: string;
  action: string;
  resolution: { status: string; key: string | null; reason: string | null; candidates: Candidate[] };
  values: Record<string, unknown>;
  diff: Array<{ field: string; current: unknown; proposed: unknown }>;
  evidence: { quote: string; locator: string };
  confidence: number;
  dependsOn: string[];
  summary: string;
  decision: string;
}

export interface ImportView {
  id: string;
  status: string;
  createdAt: string;
  createdBy: string;
  counts: { total: number; pending: number; accepted: number; edited: number; rejected: number };
  document: { key: string; title: string; reference: string | null; date: string | null; importKind: string; fileName: string | null; blocks: Array<{ locator: string; text: string }> };
  proposals: ProposalView[];
}

const PROPOSAL_FIELDS = `id localId entityType action resolution { status key reason candidates { key label reason organizations roles sources } } values diff { field current proposed }
  evidence { quote locator } confidence dependsOn summary decision`;

export async function loadImport(id: string): Promise<ImportView | null> {
  const data = await graphql<{ import: ImportView | null }>(
    `query ReviewImport($id: ID!) { import(id: $id) { id status createdAt createdBy counts { total pending accepted edited rejected }
      document { key title reference date importKind fileName blocks { locator text } } proposals { ${PROPOSAL_FIELDS} } } }`,
    { id },
  );
  return data.import;
}

export async function pendingImports(): Promise<Array<{ id: string; createdAt: string; document: { title: string; reference: string | null } }>> {
  const data = await graphql<{ imports: { nodes: Array<{ id: string; createdAt: string; document: { title: string; reference: string | null } }> } }>(
    "query PendingImports { imports(status: PENDING, first: 50) { nodes { id createdAt document { title reference } } } }",
  );
  return data.imports.nodes;
}

export async function review(id: string, decision: "ACCEPT" | "REJECT" | "EDIT", patch?: Record<string, unknown>, choose?: string): Promise<ProposalView> {
  const data = await graphql<{ reviewProposal: ProposalView }>(
    `mutation Review($id: ID!, $decision: ReviewDecision!, $patch: JSON, $choose: String) {
      reviewProposal(id: $id, decision: $decision, patch: $patch, choose: $choose) { ${PROPOSAL_FIELDS} } }`,
    { id, decision, patch: patch ?? null, choose: choose ?? null },
  );
  return data.reviewProposal;
}

export async function applyImport(id: string): Promise<{ status: string; appliedChanges: number }> {
  const data = await graphql<{ applyImport: { status: string; appliedChanges: number } }>(
    "mutation Apply($id: ID!) { applyImport(id: $id) { status appliedChanges } }",
    { id },
  );
  return data.applyImport;
}

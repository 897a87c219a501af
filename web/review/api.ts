// The page's only data sources: mvgraph's GraphQL API and POST /import, on the same origin,
// with the credential the reviewer gives (kept for this browser tab only).

export class ApiError extends Error {}

const CREDENTIAL_KEY = "mvgraph.credential";

export function credential(): string {
  return sessionStorage.getItem(CREDENTIAL_KEY) ?? "";
}

export function setCredential(value: string): void {
  if (value) sessionStorage.setItem(CREDENTIAL_KEY, value);
  else sessionStorage.removeItem(CREDENTIAL_KEY);
}

function authorization(): Record<string, string> {
  const value = credential();
  return value ? { authorization: `Bearer ${value}` } : {};
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...authorization() },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "));
  if (!response.ok || !body.data) throw new ApiError(`The API answered ${response.status}`);
  return body.data;
}

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

const PROPOSAL_FIELDS = `id localId entityType action resolution { status key reason candidates { key label reason } } values diff { field current proposed }
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

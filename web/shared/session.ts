// The pages' sign-in: an mvgraph API key or a token from the configured identity provider, kept
// for this browser tab only (sessionStorage: gone when the tab closes, never in localStorage),
// and sent as `Authorization: Bearer …` on the page's API requests and downloads.

import { print } from "@0no-co/graphql.web";
import type { TadaDocumentNode } from "gql.tada";
import { gql, type ResultOf } from "./graphql.js";

const CREDENTIAL_KEY = "mvgraph.credential";

export class ApiError extends Error {}

export function credential(): string {
  try {
    return sessionStorage.getItem(CREDENTIAL_KEY) ?? "";
  } catch {
    return ""; // storage blocked: signed out
  }
}

export function setCredential(value: string): void {
  if (value) sessionStorage.setItem(CREDENTIAL_KEY, value);
  else sessionStorage.removeItem(CREDENTIAL_KEY);
}

export function authorization(): Record<string, string> {
  const value = credential();
  return value ? { authorization: `Bearer ${value}` } : {};
}

/** POST with a JSON body (passes Apollo's CSRF prevention), with the credential; GraphQL errors become one ApiError. */
export async function graphql<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>, variables?: Variables, credentialOverride?: string,
): Promise<Result> {
  const headers = credentialOverride === undefined ? authorization() : { authorization: `Bearer ${credentialOverride}` };
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...headers },
    body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: Result; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "));
  if (!response.ok || !body.data) throw new ApiError(`The API answered ${response.status}`);
  return body.data;
}

const VIEWER = gql(`query Viewer { viewer { name role } }`);

/** Who a credential stands for, as the API says. */
export type Viewer = ResultOf<typeof VIEWER>["viewer"];
export type Role = Viewer["role"];

const RANK: Record<string, number> = { ANALYST: 1, EDITOR: 2, ADMIN: 3 };

/** True when the viewer holds `role` or a higher one. */
export const holds = (viewer: Viewer | null, role: "ANALYST" | "EDITOR" | "ADMIN") => (RANK[viewer?.role ?? ""] ?? 0) >= RANK[role]!;

/** Who the server takes a credential (default: the stored one) to be; an ApiError when it refuses it. */
export async function whoIs(value = credential()): Promise<Viewer> {
  return (await graphql(VIEWER, {}, value || undefined)).viewer;
}

/**
 * Downloads `href` with the credential and saves it under the server's file name: a plain link
 * cannot send an Authorization header. Refusals (401, 403, 400) become an ApiError with the
 * server's message.
 */
export async function download(href: string): Promise<string> {
  const response = await fetch(href, { headers: authorization() });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
    throw new ApiError(body.error?.message ?? `The download was refused (${response.status})`);
  }
  const filename = /filename="?([^";]+)"?/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? href.split("/").pop()!.split("?")[0]!;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement("a"), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; free the bytes soon after.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return filename;
}

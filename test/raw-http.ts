/** HTTP requests as a hostile or careless client sends them: any method, headers and body. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined;
}

export async function rawRequest(
  baseUrl: string,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Uint8Array } = {},
): Promise<RawResponse> {
  const response = await fetch(`${baseUrl}${options.path ?? "/graphql"}`, {
    method: options.method ?? "POST",
    headers: options.headers ?? { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    ...(options.body === undefined ? {} : { body: options.body }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let json: RawResponse["json"];
  try {
    json = JSON.parse(text) as RawResponse["json"];
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export function postJson(baseUrl: string, payload: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(baseUrl, {
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...headers },
    body: JSON.stringify(payload),
  });
}

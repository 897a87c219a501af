import { isUtf8 } from "node:buffer";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Request bodies must be UTF-8. A lenient decoder would turn bytes that are not into U+FFFD and
 * store that in the graph, silently; instead the body is refused (400) naming the field that
 * holds them. Used as the JSON parser's `verify` hook, which sees the raw bytes before decoding.
 */
export class InvalidUtf8Error extends Error {
  readonly type = "encoding.invalid";
  readonly status = 400;
  constructor(readonly field: string | undefined) {
    super(field ? `${field}: the text is not valid UTF-8` : "The request body is not valid UTF-8.");
  }
}

export function refuseInvalidUtf8(_req: IncomingMessage, _res: ServerResponse, body: Buffer): void {
  if (!isUtf8(body)) throw new InvalidUtf8Error(fieldWithInvalidText(body));
}

/**
 * Where the bad bytes are: the body decoded leniently (each bad sequence becomes U+FFFD) and
 * parsed, the path of the first key or string holding U+FFFD, e.g. `variables.patch.name`.
 * Undefined when the body is not JSON even so.
 */
export function fieldWithInvalidText(body: Buffer): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8").decode(body));
  } catch {
    return undefined;
  }
  return pathOfReplacement(parsed, []);
}

function pathOfReplacement(value: unknown, at: string[]): string | undefined {
  if (typeof value === "string") return value.includes("\uFFFD") ? at.join(".") || "body" : undefined;
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes("\uFFFD")) return [...at, key].join(".");
    const found = pathOfReplacement(item, [...at, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The same for the query string of every request (GET /graphql's `query` and `variables`, the
 * exports' filters): Express decodes a percent-escape that is not UTF-8 into U+FFFD, so the
 * parameters are checked on the raw address, and the first one that is not UTF-8 is named.
 */
export function invalidUtf8QueryParameter(url: string): string | undefined {
  const query = url.indexOf("?") >= 0 ? url.slice(url.indexOf("?") + 1) : "";
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const [name = "", value = ""] = splitOnce(pair, "=");
    if (!isUtf8(percentDecoded(name))) return "query string";
    if (!isUtf8(percentDecoded(value))) return new TextDecoder().decode(percentDecoded(name));
  }
  return undefined;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + 1)];
}

/** The bytes a percent-encoded text stands for ('+' is a space, as in forms). */
function percentDecoded(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === "%" && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (text[i] === "+") bytes.push(0x20);
    else bytes.push(...Buffer.from(text[i]!, text.charCodeAt(i) <= 0xff ? "latin1" : "utf8"));
  }
  return Buffer.from(bytes);
}

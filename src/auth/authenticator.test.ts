import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from "jose";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, type AuthConfig } from "../config.js";
import { generateApiKey, hashApiKey, parseApiKeyList, saveApiKey } from "./api-keys.js";
import { Authenticator } from "./authenticator.js";
import { accessRoles, ANONYMOUS, hasRole, requireRole, type AccessRole, type Viewer } from "./viewer.js";

const SECRET = "0123456789abcdef0123456789abcdef-test";
const editorKey = generateApiKey();
const analystKey = generateApiKey();

function authConfig(overrides: Partial<AuthConfig["jwt"]> = {}): AuthConfig {
  return {
    apiKeys: [
      { name: "erin", role: "EDITOR", sha256: hashApiKey(editorKey) },
      { name: "ann", role: "ANALYST", sha256: hashApiKey(analystKey) },
    ],
    jwt: { secret: SECRET, jwksUrl: undefined, issuer: undefined, audience: undefined, roleClaim: "mvgraph_role", ...overrides },
  };
}

function hsToken(claims: JWTPayload, options: { secret?: string; expires?: string | number; subject?: string; alg?: string } = {}) {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: options.alg ?? "HS256" }).setExpirationTime(options.expires ?? "10m");
  if (options.subject !== "") jwt = jwt.setSubject(options.subject ?? "sam");
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
}

/** Resolves to the error's code and message, or fails the test if there is none. */
async function refusal(attempt: Promise<unknown>): Promise<{ code: unknown; status: unknown; message: string }> {
  try {
    await attempt;
  } catch (error) {
    const extensions = (error as { extensions?: { code?: unknown; http?: { status?: unknown } } }).extensions;
    return { code: extensions?.code, status: extensions?.http?.status, message: (error as Error).message };
  }
  throw new Error("expected a refusal");
}

describe("roles", () => {
  it("are ordered: each role may do what the ones below it may", () => {
    const matrix = accessRoles.map((viewerRole) => accessRoles.map((needed) => hasRole({ role: viewerRole, name: "x", via: "api-key" }, needed)));
    expect(matrix).toEqual([
      [true, false, false, false],
      [true, true, false, false],
      [true, true, true, false],
      [true, true, true, true],
    ]);
  });

  it.each([
    ["ANONYMOUS", "ANALYST", "UNAUTHENTICATED", /Person\.email needs the analyst role or above: send an API key or token/],
    ["ANALYST", "EDITOR", "FORBIDDEN", /Person\.email needs the editor role or above; v has the analyst role/],
    ["EDITOR", "ADMIN", "FORBIDDEN", /needs the admin role or above; v has the editor role/],
  ] as Array<[AccessRole, AccessRole, string, RegExp]>)("a %s viewer asking for %s gets %s, naming what and why", (role, needed, code, message) => {
    const viewer: Viewer = role === "ANONYMOUS" ? ANONYMOUS : { role, name: "v", via: "api-key" };
    let thrown: { extensions?: { code?: string }; message?: string } = {};
    try {
      requireRole(viewer, needed, "Person.email");
    } catch (error) {
      thrown = error as typeof thrown;
    }
    expect(thrown.extensions?.code).toBe(code);
    expect(thrown.message).toMatch(message);
  });
});

describe("API keys", () => {
  const auth = new Authenticator(authConfig());

  it("no header is the anonymous viewer", async () => {
    expect(await auth.viewerForHeader(undefined)).toEqual(ANONYMOUS);
    expect(await auth.viewerForHeader("  ")).toEqual(ANONYMOUS);
  });

  it("a configured key is its holder with its role", async () => {
    expect(await auth.viewerForHeader(`Bearer ${editorKey}`)).toEqual({ role: "EDITOR", name: "erin", via: "api-key" });
    expect(await auth.viewerForHeader(`bearer ${analystKey}`)).toEqual({ role: "ANALYST", name: "ann", via: "api-key" });
  });

  it("an unknown key, a malformed header or a stranger credential is refused with 401, never taken as anonymous", async () => {
    expect(await refusal(auth.viewerForHeader(`Bearer ${generateApiKey()}`))).toEqual({ code: "UNAUTHENTICATED", status: 401, message: "unknown or revoked API key" });
    expect(await refusal(auth.viewerForHeader(`Basic ${Buffer.from("a:b").toString("base64")}`))).toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
    expect(await refusal(auth.viewerForHeader("Bearer not-a-credential"))).toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(/neither an mvgraph API key nor a JWT/) });
  });

  it("only hashes are configured: the list format is checked entry by entry", () => {
    const hash = hashApiKey(editorKey);
    expect(parseApiKeyList(`a:editor:${hash}, b:ADMIN:${hashApiKey(analystKey)}`)).toEqual([
      { name: "a", role: "EDITOR", sha256: hash },
      { name: "b", role: "ADMIN", sha256: hashApiKey(analystKey) },
    ]);
    expect(() => parseApiKeyList(`a:owner:${hash}`)).toThrow(/entry #1: role must be analyst, editor or admin/);
    expect(() => parseApiKeyList(`a:editor:${editorKey}`)).toThrow(/sha256 must be 64 lowercase hex digits/);
    expect(() => parseApiKeyList("a:editor")).toThrow(/entry #1 must be name:role:sha256/);
  });
});

describe("configuration", () => {
  const hash = hashApiKey(editorKey);
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "mvgraph-keys-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads keys from the variable and from a JSON file", () => {
    const file = path.join(dir, "keys.json");
    writeFileSync(file, JSON.stringify([{ name: "ann", role: "analyst", sha256: hashApiKey(analystKey) }]));
    const config = loadConfig({ MVGRAPH_API_KEYS: `erin:editor:${hash}`, MVGRAPH_API_KEYS_FILE: file });
    expect(config.auth.apiKeys.map((k) => [k.name, k.role])).toEqual([["erin", "EDITOR"], ["ann", "ANALYST"]]);
  });

  it.each([
    ["a bad inline entry", { MVGRAPH_API_KEYS: "erin:editor:nothex" }, /MVGRAPH_API_KEYS entry #1: sha256 must be/],
    ["an unreadable file", { MVGRAPH_API_KEYS_FILE: "/no/such/file.json" }, /MVGRAPH_API_KEYS_FILE cannot be read as JSON/],
    ["two keys with one name", { MVGRAPH_API_KEYS: `erin:editor:${hash},erin:admin:${hashApiKey(analystKey)}` }, /two API keys are named "erin"/],
    ["a short JWT secret", { MVGRAPH_JWT_SECRET: "short-secret" }, /MVGRAPH_JWT_SECRET must be at least 32 characters\./],
    ["both a secret and a JWKS", { MVGRAPH_JWT_SECRET: SECRET, MVGRAPH_JWT_JWKS_URL: "https://example.org/jwks.json" }, /not both/],
  ])("refuses %s with one message naming the variable", (_case, env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("never echoes the JWT secret in an error", () => {
    expect(() => loadConfig({ MVGRAPH_JWT_SECRET: "short-secret" })).not.toThrow(/short-secret/);
  });
});

describe("JWTs with a shared secret", () => {
  const auth = new Authenticator(authConfig({ issuer: "https://id.example.org", audience: "mvgraph" }));
  const good = { mvgraph_role: "admin", iss: "https://id.example.org", aud: "mvgraph" };

  it("a valid token is its subject with the role of its claim", async () => {
    expect(await auth.viewerForHeader(`Bearer ${await hsToken(good)}`)).toEqual({ role: "ADMIN", name: "sam", via: "jwt" });
  });

  it.each([
    ["expired", () => hsToken(good, { expires: Math.floor(Date.now() / 1000) - 60 }), /the token has expired/],
    ["signed with another secret", () => hsToken(good, { secret: "another-secret-that-is-also-32-chars-long" }), /signature does not verify/],
    ["from another issuer", () => hsToken({ ...good, iss: "https://evil.example.org" }), /"iss" claim/],
    ["for another audience", () => hsToken({ ...good, aud: "other" }), /"aud" claim/],
    ["without a role", () => hsToken({ iss: good.iss, aud: good.aud }), /no valid "mvgraph_role" claim/],
    ["with an unknown role", () => hsToken({ ...good, mvgraph_role: "superuser" }), /no valid "mvgraph_role" claim/],
    ["without a subject", () => hsToken(good, { subject: "" }), /"sub" claim/],
  ])("a token %s is refused with 401 and the reason", async (_case, token, message) => {
    const result = await refusal(auth.viewerForHeader(`Bearer ${await token()}`));
    expect(result).toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
    expect(result.message).toMatch(message);
  });

  it("an unsigned token (alg none) is refused", async () => {
    const body = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${body({ alg: "none" })}.${body({ ...good, sub: "x", exp: Math.floor(Date.now() / 1000) + 600 })}.`;
    expect(await refusal(auth.viewerForHeader(`Bearer ${unsigned}`))).toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
  });

  it("a server without JWT configuration says so", async () => {
    const keysOnly = new Authenticator({ ...authConfig(), jwt: { ...authConfig().jwt, secret: undefined } });
    expect((await refusal(keysOnly.viewerForHeader(`Bearer ${await hsToken(good)}`))).message).toMatch(/accepts no JWTs/);
  });
});

describe("JWTs verified with a JSON Web Key Set", () => {
  let server: Server;
  let jwksUrl: string;
  let sign: (claims: JWTPayload, kid?: string) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    sign = (claims, kid = "k1") =>
      new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid }).setSubject("ivy").setExpirationTime("5m").sign(privateKey);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("verifies a token against the published keys", async () => {
    const auth = new Authenticator(authConfig({ secret: undefined, jwksUrl }));
    expect(await auth.viewerForHeader(`Bearer ${await sign({ mvgraph_role: "analyst" })}`)).toEqual({ role: "ANALYST", name: "ivy", via: "jwt" });
  });

  it("refuses a token whose key is not published, and an HMAC token", async () => {
    const auth = new Authenticator(authConfig({ secret: undefined, jwksUrl }));
    expect((await refusal(auth.viewerForHeader(`Bearer ${await sign({ mvgraph_role: "analyst" }, "other-key")}`))).message).toMatch(/no key of the configured key set/);
    expect((await refusal(auth.viewerForHeader(`Bearer ${await hsToken({ mvgraph_role: "admin" })}`))).message).toMatch(/algorithm is not accepted/);
  });
});

describe("the keys file that auth:key --save writes", () => {
  it("is written owner-only, and a running server takes a key added or removed there at once", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mvgraph-keys-"));
    try {
      const file = path.join(dir, "keys", "api-keys.json");
      // No file yet (a new user's server): only the inline keys.
      const config = loadConfig({ MVGRAPH_API_KEYS: `erin:editor:${hashApiKey(editorKey)}`, MVGRAPH_API_KEYS_FILE: "" });
      const auth = new Authenticator({ ...config.auth, apiKeysFile: { path: file, inline: config.auth.apiKeys } });
      const key = generateApiKey();
      expect((await refusal(auth.viewerForHeader(`Bearer ${key}`))).code).toBe("UNAUTHENTICATED");

      saveApiKey(file, { name: "me", role: "ANALYST", sha256: hashApiKey(key) });
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(await auth.viewerForHeader(`Bearer ${key}`)).toEqual({ role: "ANALYST", name: "me", via: "api-key" });
      expect((await auth.viewerForHeader(`Bearer ${editorKey}`)).name).toBe("erin");

      // A new key of the same name replaces the old one, which stops working.
      const next = generateApiKey();
      saveApiKey(file, { name: "me", role: "EDITOR", sha256: hashApiKey(next) });
      expect(await auth.viewerForHeader(`Bearer ${next}`)).toEqual({ role: "EDITOR", name: "me", via: "api-key" });
      expect((await refusal(auth.viewerForHeader(`Bearer ${key}`))).code).toBe("UNAUTHENTICATED");

      // A broken file changes nothing: the keys read last stay in force.
      writeFileSync(file, "{ not json");
      expect((await auth.viewerForHeader(`Bearer ${next}`)).role).toBe("EDITOR");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

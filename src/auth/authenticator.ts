import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from "jose";
import type { AuthConfig } from "../config.js";
import { UnauthenticatedError } from "../errors.js";
import { statSync } from "node:fs";
import { API_KEY_PREFIX, checkUnique, hashApiKey, readApiKeysFile, type ApiKeyEntry } from "./api-keys.js";
import { ANONYMOUS, parseGrantableRole, type Viewer } from "./viewer.js";

/** Algorithms accepted for a shared secret; asymmetric ones come with the JWKS keys. */
const HMAC_ALGORITHMS = ["HS256", "HS384", "HS512"];
const ASYMMETRIC_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

/**
 * Turns a credential into a Viewer. One credential form for every door (GraphQL, HTTP exports,
 * CLI): `Authorization: Bearer <API key or JWT>`, or the same string from a CLI flag.
 *
 * No credential means anonymous. A credential that is present but wrong is an UNAUTHENTICATED
 * error (HTTP 401), never a quiet downgrade to anonymous: the caller would otherwise read the
 * missing fields as missing data.
 */
export class Authenticator {
  private keysByHash: Map<string, ApiKeyEntry>;
  /** What the keys file was (modified time, size, inode) when its keys were last read. */
  private keysFileStamp: string | undefined;
  private readonly jwtKey: Uint8Array | JWTVerifyGetKey | undefined;

  constructor(private readonly config: AuthConfig) {
    this.keysByHash = new Map(config.apiKeys.map((entry) => [entry.sha256, entry]));
    if (config.apiKeysFile) this.keysFileStamp = fileStamp(config.apiKeysFile.path);
    this.jwtKey = config.jwt.secret
      ? new TextEncoder().encode(config.jwt.secret)
      : config.jwt.jwksUrl
        ? createRemoteJWKSet(new URL(config.jwt.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 })
        : undefined;
  }

  /** Anonymous only: no keys and no JWT configured. */
  static anonymousOnly(): Authenticator {
    return new Authenticator({ apiKeys: [], jwt: { secret: undefined, jwksUrl: undefined, issuer: undefined, audience: undefined, roleClaim: "mvgraph_role" } });
  }

  /** The viewer for an HTTP Authorization header value (undefined or empty: anonymous). */
  async viewerForHeader(header: string | undefined): Promise<Viewer> {
    if (header === undefined || header.trim() === "") return ANONYMOUS;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new UnauthenticatedError('the Authorization header must be "Bearer <API key or token>"', { http: true });
    return this.viewerForCredential(match[1]!);
  }

  /** The viewer for a bare credential: an API key (mvg_…) or a JWT. */
  async viewerForCredential(credential: string): Promise<Viewer> {
    if (credential.startsWith(API_KEY_PREFIX)) return this.viewerForApiKey(credential);
    if (credential.split(".").length === 3) return this.viewerForJwt(credential);
    throw new UnauthenticatedError("the credential is neither an mvgraph API key nor a JWT", { http: true });
  }

  private viewerForApiKey(key: string): Viewer {
    const entry = this.currentKeys().get(hashApiKey(key));
    if (!entry) throw new UnauthenticatedError("unknown or revoked API key", { http: true });
    return { role: entry.role, name: entry.name, via: "api-key" };
  }

  /**
   * The keys in force: the keys file is read again when it has changed since (a key added by
   * `npm run auth:key -- … --save` works at once, a removed one stops working). A file that
   * cannot be read or holds a bad entry changes nothing: the keys read last stay in force.
   */
  private currentKeys(): Map<string, ApiKeyEntry> {
    const file = this.config.apiKeysFile;
    if (!file) return this.keysByHash;
    const stamp = fileStamp(file.path);
    if (stamp === this.keysFileStamp) return this.keysByHash;
    try {
      const entries = [...file.inline, ...(stamp === undefined ? [] : readApiKeysFile(file.path))];
      checkUnique(entries);
      this.keysByHash = new Map(entries.map((entry) => [entry.sha256, entry]));
      this.keysFileStamp = stamp;
    } catch {
      // Keep the keys in force; the file is tried again on the next request.
    }
    return this.keysByHash;
  }

  private async viewerForJwt(token: string): Promise<Viewer> {
    if (!this.jwtKey) throw new UnauthenticatedError("this server accepts no JWTs (none configured); use an API key", { http: true });
    const { jwt } = this.config;
    let payload: Record<string, unknown>;
    try {
      const options = {
        algorithms: jwt.secret ? HMAC_ALGORITHMS : ASYMMETRIC_ALGORITHMS,
        requiredClaims: ["exp", "sub"],
        ...(jwt.issuer ? { issuer: jwt.issuer } : {}),
        ...(jwt.audience ? { audience: jwt.audience } : {}),
      };
      ({ payload } =
        this.jwtKey instanceof Uint8Array ? await jwtVerify(token, this.jwtKey, options) : await jwtVerify(token, this.jwtKey, options));
    } catch (error) {
      throw new UnauthenticatedError(describeJwtFailure(error), { http: true });
    }
    const role = parseGrantableRole(payload[jwt.roleClaim]);
    if (!role) throw new UnauthenticatedError(`the token has no valid "${jwt.roleClaim}" claim (analyst, editor or admin)`, { http: true });
    return { role, name: String(payload.sub), via: "jwt" };
  }
}

function fileStamp(file: string): string | undefined {
  try {
    const stat = statSync(file);
    return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/** Says why a token was refused without echoing it. */
function describeJwtFailure(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "the token has expired";
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted (${error.reason})`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return "the token's signature does not verify";
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return "the token's signing algorithm is not accepted";
  if (error instanceof joseErrors.JWKSNoMatchingKey) return "no key of the configured key set matches the token";
  if (error instanceof joseErrors.JWKSTimeout || (error as { code?: string })?.code === "ERR_JOSE_GENERIC") {
    return "the token could not be verified (key set unavailable)";
  }
  return "the token is not a valid JWT";
}

import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * Standard security headers on every response (helmet): X-Content-Type-Options, Referrer-Policy,
 * Cross-Origin-Opener-Policy and -Resource-Policy, X-Frame-Options and the rest of helmet's
 * defaults.
 *
 * Content-Security-Policy: API answers (JSON, exports, metrics) get one that allows nothing; the
 * pages (GraphiQL, roadmap) set their own, which replaces it. Their built assets get none, since
 * a script's CSP would also bind the web workers GraphiQL's editor starts from them.
 *
 * Strict-Transport-Security only on requests that came over TLS: `req.secure`, which behind a
 * reverse proxy is true only when TRUST_PROXY trusts it and it says `X-Forwarded-Proto: https`.
 */
export function securityHeaders(): RequestHandler[] {
  const nothingAllowed = helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
  });
  const hsts = helmet.strictTransportSecurity({ maxAge: 365 * 24 * 3600, includeSubDomains: true });
  return [
    helmet({ contentSecurityPolicy: false, strictTransportSecurity: false }),
    (req, res, next) => (/^\/[^/]+\/assets\//.test(req.path) ? next() : nothingAllowed(req, res, next)),
    (req, res, next) => (req.secure ? hsts(req, res, next) : next()),
  ];
}

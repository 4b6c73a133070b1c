import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CorsOrigins } from '../config';

/**
 * Everything a page of ours loads comes from this server: the dashboard and the explorer are bundled, with no
 * CDN and no external fonts, so the policy names no other source. Styles may be inline because GraphiQL and
 * cytoscape set style attributes from script; scripts may not.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers every response carries, pages and API answers alike. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/**
 * Answers CORS for a request from a page of another origin: allowed origins get the CORS headers, others get
 * none, so their browser keeps the answer from them. Returns true when the request was a preflight and has been
 * answered. A same-origin request needs nothing, which is the default (no CORS_ORIGINS).
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: CorsOrigins): boolean {
  const origin = req.headers.origin;
  const allows = origin !== undefined && (allowed === '*' || allowed.includes(origin.toLowerCase()));
  if (allows) {
    res.setHeader('Access-Control-Allow-Origin', allowed === '*' ? '*' : origin);
    // A listed origin gets its own name back, so caches must keep one answer per origin.
    if (allowed !== '*') res.setHeader('Vary', 'Origin');
    // A cross-origin page may load the API, not the dashboard's files.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  }
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (!preflight) return false;
  if (allows) {
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'content-type, apollo-require-preflight, x-apollo-operation-name');
    res.setHeader('Access-Control-Max-Age', '600');
  }
  res.statusCode = 204;
  res.end();
  return true;
}

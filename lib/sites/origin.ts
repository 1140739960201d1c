// Which origins a per-site rule may name, and the match pattern / script id derived from one. Pure.

/** The http(s) origin of `url` (`https://news.example:8443`), or null for anything a rule may not
 *  cover: browser pages, files, data:, extension pages, unparsable text. */
export function siteOrigin(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // The URL parser lets `*` and a few other characters through in a host; in a match pattern `*` is a
  // wildcard, so only plain (punycoded) host names and IP literals pass.
  if (!/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(parsed.hostname)) return null;
  return parsed.origin;
}

/** True when `value` is exactly an http(s) origin as `URL.origin` writes it (no path, no credentials,
 *  lower-case host, default port omitted). Messages carry origins; this is their validator. */
export function isSiteOrigin(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 300 && siteOrigin(value) === value;
}

/** The host permission / content-script match pattern for one origin: every path on it. Without the
 *  port: Firefox accepts a pattern with a port but never matches a page with it (a rule for
 *  `http://127.0.0.1:8787` would not run there), and a pattern without one matches every port in both
 *  browsers. The content script still follows only the rule for its page's own origin. */
export function originPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

const SCRIPT_ID_PREFIX = 'wenzhai-site:';

/** Registered content script id for a rule's origin (ids must not start with `_`). */
export function scriptIdFor(origin: string): string {
  return `${SCRIPT_ID_PREFIX}${origin}`;
}

/** The origin a registered script id belongs to, or null for scripts that are not ours. */
export function originOfScriptId(id: string): string | null {
  if (!id.startsWith(SCRIPT_ID_PREFIX)) return null;
  const origin = id.slice(SCRIPT_ID_PREFIX.length);
  return isSiteOrigin(origin) ? origin : null;
}

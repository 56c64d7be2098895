/**
 * Link targets a reader may follow: absolute http(s) and mailto URLs only. The value arrives
 * entity-decoded from the HTML parser; browsers also ignore controls and whitespace inside a
 * scheme (`jav&#x09;ascript:`, ` javascript:`), so those are removed before the scheme is read.
 * Relative and protocol-relative links point nowhere in the archive and are dropped too.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** The normalised URL when `raw` is a safe absolute link, else undefined. */
export function safeHref(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  // As browsers do: controls and spaces around the URL go, tabs and newlines inside it go,
  // invisible format characters go; other inner spaces are kept and percent-encoded.
  const compact = raw
    // eslint-disable-next-line no-control-regex
    .replace(/^[\u0000-\u0020\u00a0\u3000]+|[\u0000-\u0020\u00a0\u3000]+$/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, '');
  if (compact.length > 2048 || !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(compact)) return undefined;
  let url: URL;
  try {
    url = new URL(compact);
  } catch {
    return undefined;
  }
  if (!ALLOWED.has(url.protocol)) return undefined;
  if (url.protocol !== 'mailto:' && !url.hostname) return undefined;
  return url.href;
}

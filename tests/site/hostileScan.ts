import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// Attributes a browser follows or loads as a URL.
const URL_ATTRS = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'srcset',
  'data',
  'codebase',
  'cite',
  'background',
  'ping',
  'manifest',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'usemap',
  'icon',
]);
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|livescript|data|file|blob|filesystem):/i;
// Elements that embed, frame, submit or re-point the page: never in an archive page.
const FORBIDDEN = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
/** Scripts the site itself ships: bundled modules and Pagefind, same origin. */
const OWN_SCRIPT = /^\/(?:_astro|pagefind)\/[\w.-]+\.m?js$/;
/** Web fonts the site itself ships, emitted with a content hash. */
const OWN_FONT = /^\/_astro\/[\w.-]+\.woff2$/;

const attrName = (a: { name: string; prefix?: string }) => (a.prefix ? `${a.prefix}:${a.name}` : a.name);
// Browsers ignore controls and whitespace inside a URL's scheme: so does this check.
// eslint-disable-next-line no-control-regex
const compact = (url: string) => url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');

/** What is wrong with one element, as short strings. */
function inspect(el: Element): string[] {
  const found: string[] = [];
  const tag = el.tagName;
  const attrs = new Map(el.attrs.map((a) => [attrName(a).toLowerCase(), a.value]));
  if (tag === 'script') {
    const src = attrs.get('src') ?? '';
    const inline = el.childNodes.length > 0;
    if (!OWN_SCRIPT.test(src) || inline)
      found.push(`<script src="${src}">${inline ? ' with inline code' : ''}`);
  }
  if (FORBIDDEN.has(tag)) found.push(`<${tag}>`);
  // The site's search form is a same-origin GET; anything else that submits came from content.
  const action = attrs.get('action') ?? '';
  if (
    tag === 'form' &&
    !(/^\/[\w/-]*$/.test(action) && (attrs.get('method') ?? 'get').toLowerCase() === 'get')
  )
    found.push(`<form action="${action}">`);
  // A stylesheet the site inlines sits in <head>; one anywhere else came from content.
  if (tag === 'style' && el.parentNode?.nodeName !== 'head') found.push('<style> outside <head>');
  if (tag === 'meta' && /refresh|set-cookie/i.test(attrs.get('http-equiv') ?? ''))
    found.push('<meta http-equiv refresh>');
  // The layout preloads its own web fonts in <head>; any other preload or import came from content.
  const ownFont =
    el.parentNode?.nodeName === 'head' &&
    attrs.get('rel') === 'preload' &&
    attrs.get('as') === 'font' &&
    OWN_FONT.test(attrs.get('href') ?? '');
  if (tag === 'link' && /import|preload|modulepreload|prefetch/i.test(attrs.get('rel') ?? '') && !ownFont)
    found.push(`<link rel="${attrs.get('rel')}">`);
  for (const [name, value] of attrs) {
    if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
    if (name === 'srcdoc') found.push(`<${tag} srcdoc>`);
    if (name === 'style' && /url\(|expression\(|javascript:/i.test(value))
      found.push(`<${tag} style="${value}">`);
    const urls = name === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
    if (URL_ATTRS.has(name) && urls.some((u) => DANGEROUS_SCHEME.test(compact(u))))
      found.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
  }
  return found;
}

/** Walk a parsed tree, including <template> contents, collecting findings. */
function walk(node: Node, found: string[]): void {
  if ('tagName' in node) found.push(...inspect(node));
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) walk(child, found);
  if ('content' in node && node.content) walk(node.content as Node, found);
}

/**
 * Everything in an HTML document (or fragment) that could run code, frame or embed content,
 * submit a form or send the reader to a dangerous URL, parsed as a browser parses it (parse5).
 * The site's own same-origin module scripts are allowed; an empty list means clean.
 */
export function findExecutable(html: string, fragment = false): string[] {
  const found: string[] = [];
  walk((fragment ? parseFragment(html) : parse(html)) as Node, found);
  return found;
}

/** The text a reader sees in an HTML fragment (parsed, tags dropped, entities decoded). */
export function visibleText(html: string): string {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeName === '#text' && 'value' in node) out.push(node.value);
    if ('childNodes' in node) for (const c of node.childNodes) visit(c);
  };
  visit(parseFragment(html) as Node);
  return out.join('');
}

import type { IOptions } from 'sanitize-html';
import { safeHref } from './clean/safeHref.ts';

const HIDDEN = 'data-archive-hidden';
const isHidden = (attribs: Record<string, string>) =>
  'hidden' in attribs ||
  attribs['aria-hidden'] === 'true' ||
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attribs.style ?? '');

/**
 * The one allow-list for article HTML: structure, emphasis, links and tables; nothing that can
 * run, load or style.
 *
 * Links: only absolute http(s) and mailto targets survive (see `safeHref`); every other link keeps
 * its text and loses its target. Surviving links get `rel="nofollow noopener noreferrer"`.
 *
 * Images (policy for readers): images are never shown. Remote images would be hot-linked (the
 * reader's visit is reported to the image's host, and most old links are dead) and relative
 * ones point nowhere in the archive. An image keeps only its `alt` text here; the Markdown
 * stage turns a non-trivial alt or caption into an italic line `*Image: …*` and drops the rest,
 * so no Markdown image syntax ever reaches the site.
 */
export const allowList: IOptions = {
  allowedTags: [
    'p',
    'br',
    'div',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'strong',
    'em',
    'del',
    'sub',
    'sup',
    'code',
    'pre',
    'a',
    'img',
    'figcaption',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    '*': [HIDDEN],
    a: ['href', 'rel'],
    img: ['alt'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'action', 'formaction', 'xlink:href'],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  // Tags nested deeper than any real article are dropped (text kept): 5,000 nested tags would overflow the stack of the Markdown converter.
  nestingLimit: 64,
  // Removed with everything inside them: code, styling, embedded objects, form controls, metadata.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'select',
    'button',
    'noscript',
    'template',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'title',
    'head',
    'svg',
    'math',
    'canvas',
    'video',
    'audio',
    'map',
    'xmp',
    'noembed',
    'noframes',
    'plaintext',
  ],
  // Layout containers become plain blocks so their text does not run together.
  transformTags: {
    b: 'strong',
    i: 'em',
    s: 'del',
    strike: 'del',
    tt: 'code',
    kbd: 'code',
    ...Object.fromEntries(
      [
        'section',
        'article',
        'main',
        'header',
        'footer',
        'aside',
        'nav',
        'center',
        'figure',
        'address',
        'dl',
        'dt',
        'dd',
        'hgroup',
        'details',
        'summary',
        'fieldset',
        'legend',
        'form',
      ].map((t) => [t, 'div']),
    ),
    a: (tagName, attribs) => {
      const href = safeHref(attribs.href);
      const kept: Record<string, string> = href ? { href, rel: 'nofollow noopener noreferrer' } : {};
      return { tagName, attribs: kept };
    },
    // Hidden elements are page machinery (tracking text, collapsed widgets), not article text:
    // marked here, removed with their content by `exclusiveFilter` (which no longer sees `style`).
    '*': (tagName, attribs) => ({
      tagName,
      attribs: isHidden(attribs) ? { ...attribs, [HIDDEN]: '1' } : attribs,
    }),
  },
  exclusiveFilter: (frame) => HIDDEN in frame.attribs,
  parser: { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
};

/**
 * A small HTML parser and normaliser for comparing our components' markup with govuk-frontend's
 * `fixtures.json` (the official HTML of each component variant). Exact string equality is not
 * expected (whitespace, attribute order, React's attribute spelling), so both sides are parsed
 * and reduced to a canonical form: tag, sorted class list, the attributes that matter, text.
 */

export type HtmlElement = {
  type: 'element';
  tag: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
};
export type HtmlText = { type: 'text'; text: string };
export type HtmlNode = HtmlElement | HtmlText;

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ctdot: '\u22ef',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return namedEntities[entity.toLowerCase()] ?? match;
  });
}

const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(attributePattern)) {
    const name = match[1];
    if (name === undefined) continue;
    attributes[name.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Parses an HTML fragment (well-formed, as fixtures and React output are) into nodes. */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { type: 'element', tag: '#root', attributes: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const tokenPattern =
    /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/gi;
  for (const match of html.matchAll(tokenPattern)) {
    const parent = stack[stack.length - 1] ?? root;
    const [whole, closeTag, openTag, attributeSource, selfClosing, text] = match;
    if (text !== undefined) {
      parent.children.push({ type: 'text', text: decodeEntities(text) });
    } else if (closeTag !== undefined) {
      const tag = closeTag.toLowerCase();
      const index = stack.map((element) => element.tag).lastIndexOf(tag);
      if (index > 0) stack.length = index;
    } else if (openTag !== undefined) {
      const element: HtmlElement = {
        type: 'element',
        tag: openTag.toLowerCase(),
        attributes: parseAttributes(attributeSource ?? ''),
        children: [],
      };
      parent.children.push(element);
      if (!selfClosing && !voidElements.has(element.tag)) stack.push(element);
    } else if (whole.startsWith('<!--') || whole.toLowerCase().startsWith('<!doctype')) {
      // comments and doctypes carry no markup to compare
    }
  }
  return root.children;
}

export type NormaliseOptions = {
  /** Attributes left out of the comparison (behaviour hooks, not markup). */
  ignoreAttributes?: readonly string[];
};

/**
 * Attributes that differ for a known reason and are not compared by default:
 * - `data-module`, `data-disable-auto-focus`, `data-prevent-double-click`: hooks for
 *   govuk-frontend's JS, which eCAF does not load (React does the behaviour);
 * - `aria-expanded`, `tabindex`: what that JS adds at runtime (eCAF renders `tabindex` itself
 *   where needed, and leaves `aria-expanded` off radios, where ARIA does not allow it);
 * - `data-aria-controls` is compared as `aria-controls`, the name the JS promotes it to.
 */
export const defaultIgnoredAttributes = [
  'data-module',
  'data-disable-auto-focus',
  'data-prevent-double-click',
  'aria-expanded',
  'tabindex',
];

type CanonicalElement = { tag: string; attributes: Array<[string, string]>; children: CanonicalNode[] };
type CanonicalNode = CanonicalElement | string;

function canonicalise(nodes: HtmlNode[], ignored: ReadonlySet<string>): CanonicalNode[] {
  const out: CanonicalNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = node.text.replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      const previous = out[out.length - 1];
      if (typeof previous === 'string') out[out.length - 1] = `${previous} ${text}`;
      else out.push(text);
      continue;
    }
    const attributes: Array<[string, string]> = [];
    for (const [rawName, rawValue] of Object.entries(node.attributes)) {
      const name = rawName === 'data-aria-controls' ? 'aria-controls' : rawName;
      if (ignored.has(name)) continue;
      const value =
        name === 'class' || name === 'aria-describedby'
          ? rawValue.split(/\s+/).filter(Boolean).sort().join(' ')
          : rawValue.replace(/\s+/g, ' ').trim();
      if (name === 'class' && value === '') continue;
      attributes.push([name, value]);
    }
    attributes.sort(([a], [b]) => a.localeCompare(b));
    out.push({ tag: node.tag, attributes, children: canonicalise(node.children, ignored) });
  }
  return out;
}

function print(nodes: CanonicalNode[], depth: number): string {
  const pad = '  '.repeat(depth);
  return nodes
    .map((node) => {
      if (typeof node === 'string') return `${pad}${JSON.stringify(node)}`;
      const attributes = node.attributes.map(([name, value]) => ` ${name}="${value}"`).join('');
      if (node.children.length === 0) return `${pad}<${node.tag}${attributes}>`;
      return `${pad}<${node.tag}${attributes}>\n${print(node.children, depth + 1)}\n${pad}</${node.tag}>`;
    })
    .join('\n');
}

/** A canonical, indented rendering of an HTML fragment, for readable test diffs. */
export function normaliseHtml(html: string, options: NormaliseOptions = {}): string {
  const ignored = new Set(options.ignoreAttributes ?? defaultIgnoredAttributes);
  return print(canonicalise(parseHtml(html), ignored), 0);
}

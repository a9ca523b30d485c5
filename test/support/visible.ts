/**
 * What a visitor without JavaScript sees of a built page: its text and links outside `hidden` elements,
 * scripts, styles and declarative shadow roots, read with a real HTML parser.
 */
import { parse } from 'parse5';

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };

function walk(node: Node, visit: (node: Node) => void): void {
  if (node.attrs?.some((a) => a.name === 'hidden')) return;
  if (['script', 'style', 'template', 'head'].includes(node.nodeName)) return;
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
}

/** The page's visible text, whitespace collapsed. */
export function visibleText(html: string): string {
  const parts: string[] = [];
  walk(parse(html) as Node, (node) => {
    if (node.nodeName === '#text') parts.push(node.value ?? '');
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The page's visible links, as `text → href`. */
export function visibleLinks(html: string): string[] {
  const links: string[] = [];
  walk(parse(html) as Node, (node) => {
    if (node.nodeName !== 'a') return;
    const href = node.attrs?.find((a) => a.name === 'href')?.value ?? '';
    links.push(`${visibleText(serialiseText(node))} → ${href}`);
  });
  return links;
}

function serialiseText(node: Node): string {
  const parts: string[] = [];
  walk(node, (n) => {
    if (n.nodeName === '#text') parts.push(n.value ?? '');
  });
  return parts.join(' ');
}

/**
 * Feeds read back as their formats define them: Atom by a strict XML parser, JSON Feed by JSON.parse, each
 * checked for the elements its format requires.
 */
import assert from 'node:assert/strict';
import sax from 'sax';

export interface AtomEntry {
  id: string;
  title: string;
  titleType: string | undefined;
  updated: string;
  links: { rel?: string; href: string }[];
  content: string;
}

export interface AtomFeed {
  lang: string | undefined;
  id: string;
  title: string;
  updated: string;
  authors: string[];
  links: { rel?: string; href: string }[];
  entries: AtomEntry[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an Atom feed strictly (any XML error throws) and checks what RFC 4287 requires of it. */
export function readAtom(xml: string, where: string): AtomFeed {
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    throw new Error(`${where}: not well-formed XML: ${error.message}`);
  };
  const feed: AtomFeed = { lang: undefined, id: '', title: '', updated: '', authors: [], links: [], entries: [] };
  const stack: string[] = [];
  let text = '';
  let entry: AtomEntry | undefined;
  parser.onopentag = (node) => {
    const attrs = node.attributes as Record<string, string>;
    stack.push(node.name);
    text = '';
    if (node.name === 'feed') feed.lang = attrs['xml:lang'];
    if (node.name === 'entry') entry = { id: '', title: '', titleType: undefined, updated: '', links: [], content: '' };
    if (node.name === 'title' && entry) entry.titleType = attrs.type;
    if (node.name === 'link') (entry ?? feed).links.push({ rel: attrs.rel, href: attrs.href });
  };
  const collect = (chunk: string) => (text += chunk);
  parser.ontext = collect;
  parser.oncdata = collect;
  parser.onclosetag = (name) => {
    stack.pop();
    const parent = stack[stack.length - 1];
    if (name === 'entry' && entry) {
      feed.entries.push(entry);
      entry = undefined;
    } else if (entry && parent === 'entry' && (name === 'id' || name === 'title' || name === 'updated' || name === 'content')) {
      entry[name] = text;
    } else if (!entry && parent === 'feed' && (name === 'id' || name === 'title' || name === 'updated')) {
      feed[name] = text;
    } else if (!entry && parent === 'author' && name === 'name') {
      feed.authors.push(text);
    }
  };
  parser.write(xml).close();
  assert.ok(feed.id && feed.title, `${where}: the feed has an id and a title`);
  assert.match(feed.updated, RFC3339, `${where}: the feed's updated is an RFC 3339 date`);
  assert.ok(feed.authors.length > 0, `${where}: the feed has an author (its entries have none)`);
  for (const e of feed.entries) {
    assert.ok(e.id && e.title, `${where}: every entry has an id and a title`);
    assert.match(e.updated, RFC3339, `${where}: ${e.id} has an RFC 3339 updated`);
    assert.ok(e.links.some((l) => !l.rel || l.rel === 'alternate'), `${where}: ${e.id} links to its article`);
    assert.ok(e.content, `${where}: ${e.id} has content`);
  }
  assert.equal(new Set(feed.entries.map((e) => e.id)).size, feed.entries.length, `${where}: entry ids are unique`);
  return feed;
}

export interface JsonFeed {
  version: string;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  items: { id: string; url?: string; title?: string; content_html?: string; content_text?: string; date_published?: string }[];
}

/** Parses a JSON Feed and checks what its version 1 requires. */
export function readJsonFeed(json: string, where: string): JsonFeed {
  const feed = JSON.parse(json) as JsonFeed;
  assert.equal(feed.version, 'https://jsonfeed.org/version/1', `${where}: version`);
  assert.ok(typeof feed.title === 'string' && feed.title, `${where}: title`);
  assert.ok(Array.isArray(feed.items), `${where}: items`);
  for (const item of feed.items) {
    assert.ok(typeof item.id === 'string' && item.id, `${where}: every item has an id`);
    assert.ok(item.content_html ?? item.content_text, `${where}: ${item.id} has content`);
  }
  assert.equal(new Set(feed.items.map((i) => i.id)).size, feed.items.length, `${where}: item ids are unique`);
  return feed;
}

/** HTML text back to the text it shows (what a feed reader displays for `type="html"`). */
export function htmlText(html: string): string {
  return html.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

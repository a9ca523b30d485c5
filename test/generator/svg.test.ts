/**
 * The SVG check on its own, table-driven: what a drawing may hold, what it may not, and the line it names.
 * The hostile file corpus shows the same errors end to end through a real build.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkSvg } from '../../src/generator/svg.js';

const open = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">';
const drawing = (body: string) => `${open}\n${body}\n</svg>`;

const ACCEPTED: [string, string, { width: number; height: number }][] = [
  ['fragment references in attributes and styles', drawing('<rect fill="url(#a)" style="fill: url( \'#b\' )"/><use href="#c"/>'), { width: 120, height: 40 }],
  ['an XML declaration and comments', `<?xml version="1.0" encoding="UTF-8"?>\n<!-- drawn by hand -->\n${drawing('')}`, { width: 120, height: 40 }],
  ['a size in centimetres', '<svg xmlns="http://www.w3.org/2000/svg" width="2.54cm" height="1in"/>', { width: 96, height: 96 }],
  ['a relative width, sized by its viewBox', '<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 300 150"/>', { width: 300, height: 150 }],
  ['an animation of a colour', drawing('<rect><animate attributeName="fill" to="#fff" dur="1s"/></rect>'), { width: 120, height: 40 }],
];

for (const [name, svg, size] of ACCEPTED) {
  test(`an SVG with ${name} is accepted at its size`, () => assert.deepEqual(checkSvg(svg), { ok: true, ...size }));
}

const REFUSED: [string, string, string][] = [
  ['a script in another namespace', drawing('<g>\n<h:script xmlns:h="http://www.w3.org/1999/xhtml">x()</h:script></g>'), 'an SVG without scripts, got <h:script> at line 3'],
  ['an XHTML namespace', drawing('<g xmlns:h="http://www.w3.org/1999/xhtml"/>'), 'an SVG without embedded HTML, got xmlns:h="http://www.w3.org/1999/xhtml" at line 2'],
  ['an onclick in capitals', drawing('<rect ONCLICK="x()"/>'), 'an SVG without event handlers, got ONCLICK="x()" at line 2'],
  ['a link to a page', drawing('<a href="https://example.org/"><rect/></a>'), 'an SVG without external references, got href="https://example.org/" at line 2'],
  ['an animated href', drawing('<a href="#x"><set attributeName="href" to="javascript:x()"/></a>'), 'an SVG without external references, got <set attributeName="href"> at line 2'],
  ['an external url() in an attribute', drawing('<rect\n  filter="url(https://example.org/f.svg#f)"/>'), 'an SVG without external references, got filter="url(https://example.org/f.svg#f)" at line 3'],
  ['an @import in CDATA', drawing('<style><![CDATA[\n  @import "https://example.org/x.css";\n]]></style>'), 'an SVG without external references, got @import "https://example.org/x.css" in a <style> at line 3'],
  ['a CSS escape', drawing('<style>\n  rect { fill: u\\72l(https://example.org/) }\n</style>'), 'an SVG without CSS escapes, got a backslash in a <style> at line 3'],
  ['a stylesheet instruction', `<?xml-stylesheet href="https://example.org/x.css"?>\n${drawing('')}`, 'an SVG without processing instructions, got <?xml-stylesheet?> at line 1'],
  ['an undeclared entity', drawing('<text>&xxe;</text>'), 'a well-formed SVG, got an XML error (Invalid character entity) at line 2'],
  ['an HTML root', '<html><body/></html>', 'an SVG drawing, got an XML file whose root is <html> at line 1'],
  ['no SVG namespace', '<svg viewBox="0 0 1 1"/>', 'an SVG drawing, got <svg> without xmlns="http://www.w3.org/2000/svg" at line 1'],
  ['no size', '<svg xmlns="http://www.w3.org/2000/svg"/>', 'an SVG with a size, got no viewBox and no width and height in pixels at line 1'],
];

for (const [name, svg, expected] of REFUSED) {
  test(`an SVG with ${name} is refused, naming what and where`, () => {
    const result = checkSvg(svg);
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(`${result.expected}, got ${result.found} at line ${result.line}`, expected);
  });
}

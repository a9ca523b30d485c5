import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colorSchemes, contrastRatio, TEXT_CONTRAST } from '../../src/campaign/contrast.js';

/** Every pair a page paints text or digits with, in one scheme. */
const PAIRS = [
  ['text', 'background'],
  ['muted', 'background'],
  ['accent', 'background'],
  ['onAccent', 'accent'],
  ['text', 'surface'],
  ['muted', 'surface'],
  ['accent', 'surface'],
] as const;

const SHIPPED = [
  { accent: '#2b6a3b', text: '#1b2a1f', background: '#ffffff' },
  { accent: '#5b2a86', text: '#221a2b', background: '#ffffff' },
  { accent: '#00639a', text: '#10212e', background: '#ffffff' },
  { accent: '#0b5d8c', text: '#1b1f24', background: '#ffffff' },
];

/** Campaign colours that pass the build's own light check, across hues and lightness. */
function passingColours(): { accent: string; text: string; background: string }[] {
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  const found = [];
  for (let r = 0; r < 256; r += 51) {
    for (let g = 0; g < 256; g += 51) {
      for (let b = 0; b < 256; b += 51) {
        const accent = `#${hex(r)}${hex(g)}${hex(b)}`;
        for (const [text, background] of [['#1b1f24', '#ffffff'], ['#000000', '#fffbe6'], ['#f4f4f4', '#101010']]) {
          if (contrastRatio(text, background) >= TEXT_CONTRAST && contrastRatio(background, accent) >= TEXT_CONTRAST) found.push({ accent, text, background });
        }
      }
    }
  }
  return found;
}

test('both colour schemes keep every text pair at 4.5:1 or better, on the background and on the surface, for shipped and any passing campaign colours', () => {
  const colours = [...SHIPPED, ...passingColours()];
  assert.ok(colours.length > 50, 'the sample covers many campaigns');
  for (const given of colours) {
    const schemes = colorSchemes(given);
    for (const [name, scheme] of Object.entries(schemes)) {
      for (const [fg, bg] of PAIRS) {
        const ratio = contrastRatio(scheme[fg], scheme[bg]);
        assert.ok(ratio >= TEXT_CONTRAST, `${JSON.stringify(given)} ${name}: ${fg} ${scheme[fg]} on ${bg} ${scheme[bg]} is ${ratio.toFixed(2)}:1`);
      }
    }
  }
});

test('the light scheme is the campaign\'s own colours; the dark one is dark and keeps the accent\'s hue family', () => {
  const { light, dark } = colorSchemes(SHIPPED[0]);
  assert.equal(light.accent, '#2b6a3b');
  assert.equal(light.text, '#1b2a1f');
  assert.ok(contrastRatio(dark.background, '#000000') < 2, `dark background ${dark.background}`);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(dark.accent.slice(i, i + 2), 16));
  assert.ok(g > r && g > b, `a green campaign stays green in the dark: ${dark.accent}`);
});

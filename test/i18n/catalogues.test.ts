import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const TARGETS = ['fr', 'es', 'ar', 'zh', 'ru', 'it'];

test('every interface string is translated in every locale, with its placeholders', async () => {
  for (const locale of TARGETS) {
    const xliff = await readFile(`src/i18n/xliff/${locale}.xlf`, 'utf8');
    const units = [...xliff.matchAll(/<trans-unit id="(\w+)">([\s\S]*?)<\/trans-unit>/g)];
    assert.ok(units.length > 30, locale);
    for (const [, id, body] of units) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)![1];
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
      assert.ok(target, `${locale} ${id} "${source}" has no translation`);
      const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();
      assert.deepEqual(placeholders(target), placeholders(source), `${locale} ${id} keeps its placeholders`);
    }
  }
});

test('the generated locale modules are built from the current translations (npx lit-localize build)', async () => {
  for (const locale of TARGETS) {
    const xliff = await readFile(`src/i18n/xliff/${locale}.xlf`, 'utf8');
    const module = await readFile(`src/i18n/generated/${locale}.ts`, 'utf8');
    for (const [, id] of xliff.matchAll(/<trans-unit id="(\w+)">/g)) assert.ok(module.includes(`'${id}'`), `${locale} ${id} is in the generated module`);
  }
});

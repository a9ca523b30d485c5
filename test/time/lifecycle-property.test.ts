import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failureReport, properties } from './property-cases.js';

// Seeded random cases checked against the Temporal polyfill; the same cases run in Chromium (test/components/lifecycle-property.test.ts).
for (const property of properties) {
  test(property.name, () => {
    const result = property.run();
    assert.equal(result.failures.length, 0, failureReport(result));
  });
}

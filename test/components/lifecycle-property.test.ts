import { expect } from '@open-wc/testing';
import { failureReport, properties } from '../time/property-cases.js';

// The Node property cases (test/time/lifecycle-property.test.ts) again, on this browser's own Intl time-zone data.
describe('time model against Temporal, in the browser', () => {
  for (const property of properties) {
    it(property.name, () => {
      const result = property.run();
      expect(result.failures.length, failureReport(result)).to.equal(0);
    });
  }
});

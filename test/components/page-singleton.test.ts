import { expect } from '@open-wc/testing';
import { pageSingleton } from '../../src/components/shared/page-singleton.js';
import { clock } from '../../src/components/shared/clock.js';

describe('pageSingleton', () => {
  it('gives every later copy the object the first one created, and creates nothing more', () => {
    const first = pageSingleton('test-first.v1', () => ({ copy: 1 }));
    let created = false;
    const later = pageSingleton('test-first.v1', () => {
      created = true;
      return { copy: 2 };
    });
    expect(later).to.equal(first);
    expect(created).to.equal(false);
  });

  it('keeps a newer version apart, so an older copy never reads what it does not know', () => {
    const older = pageSingleton('test-versions.v1', () => ({ version: 1 }));
    const newer = pageSingleton('test-versions.v2', () => ({ version: 2 }));
    expect(older.version).to.equal(1);
    expect(newer.version).to.equal(2);
  });

  it('publishes the page clock under a key that nothing enumerates and nothing replaces', () => {
    const key = Symbol.for('summit.clock.v1');
    const property = Object.getOwnPropertyDescriptor(globalThis, key);
    expect(property?.value).to.equal(clock);
    expect(property?.enumerable).to.equal(false);
    expect(property?.writable).to.equal(false);
    expect(Object.keys(globalThis).some((name) => name.includes('summit'))).to.equal(false);
  });
});

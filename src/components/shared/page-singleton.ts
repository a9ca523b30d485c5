/**
 * One object per page for every copy of Summit's scripts on it. A partner page may include several bundles
 * (`countdown.js` beside `summit.js`, a copy from another folder, the npm package inside an app), each
 * with its own copy of this code: the first to run publishes its object on `globalThis` under
 * `Symbol.for('summit.<name>')`, where nothing enumerates it and nothing can replace it, and the others
 * use that one.
 *
 * Copies of different releases meet there, so what a name holds is a frozen contract and the name carries
 * its version (`clock.v1`): a change an older copy would misread takes a new name, and a copy that knows
 * only the new name uses its own object beside the older copies' one.
 */
export function pageSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`summit.${name}`);
  const page = globalThis as Record<symbol, T>;
  if (!(key in page)) Object.defineProperty(page, key, { value: create() });
  return page[key];
}

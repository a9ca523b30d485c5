/**
 * A node:test reporter that writes the plain pass and fail counts to the destination, for `npm test`'s
 * closing line. Suites are not counted, only the tests in them.
 */
interface TestEvent {
  type: string;
  data: { details?: { type?: string }; skip?: unknown; todo?: unknown };
}

export default async function* countReporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    if (event.data.details?.type === 'suite') continue;
    if (event.type === 'test:pass' && !event.data.skip && !event.data.todo) passed++;
    if (event.type === 'test:fail') failed++;
  }
  yield JSON.stringify({ passed, failed });
}

/**
 * Hostile corpus: configuration files. Broken, hostile or careless YAML and JSON get one positioned
 * error each, every file's errors at once, and never a stack trace.
 */
import { test } from 'node:test';
import { runHostile, VALID_CAMPAIGN, type HostileCase } from '../support/hostile.js';

const CASES: HostileCase[] = [
  {
    name: 'a YAML syntax error',
    files: { 'water/campaign.yaml': VALID_CAMPAIGN.replace('organiser:\n  name: UN-Water', 'organiser: [UN-Water') },
    errors: ['<root>/water/campaign.yaml:7:1 expected valid YAML, got a syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  },
];

for (const hostile of CASES) test(`hostile config: ${hostile.name}`, () => runHostile(hostile));

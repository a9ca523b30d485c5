/**
 * JSON Schemas of the config files, generated from the zod schemas, so editors complete and check
 * `campaign.yaml` and `site.yaml` as they are typed. `npm run schema` writes them; a test keeps the
 * committed copies equal to what the zod schemas say.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { campaignSchema, siteSchema } from '../campaign/schema.js';

export const SCHEMA_FILES = {
  'campaign.schema.json': campaignSchema,
  'site.schema.json': siteSchema,
} as const;

/** The JSON Schema text of a config schema, as committed under `campaigns/`. */
export function jsonSchemaText(schema: z.ZodType): string {
  return `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}

export async function writeSchemas(dir: string): Promise<void> {
  for (const [name, schema] of Object.entries(SCHEMA_FILES)) {
    await writeFile(path.join(dir, name), jsonSchemaText(schema));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeSchemas('campaigns');
  console.log(`wrote ${Object.keys(SCHEMA_FILES).map((f) => `campaigns/${f}`).join(' and ')}`);
}

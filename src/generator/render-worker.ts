/**
 * A worker thread of the build's render pool (`render-pool.ts`): renders the campaigns it is sent, one at a
 * time, and answers each with its files or its error.
 */
import { parentPort } from 'node:worker_threads';
import type { Campaign } from '../campaign/model.js';
import { campaignFiles, type RenderContext } from './campaign-files.js';

export type RenderRequest = { campaign: Campaign; context: RenderContext };
export type RenderAnswer = { files: Awaited<ReturnType<typeof campaignFiles>> } | { error: string };

parentPort?.on('message', ({ campaign, context }: RenderRequest) => {
  campaignFiles(campaign, context).then(
    (files) => parentPort!.postMessage({ files } satisfies RenderAnswer),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderAnswer),
  );
});

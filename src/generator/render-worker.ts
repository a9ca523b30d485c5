/**
 * A worker thread of the build's render pool (`render-pool.ts`): renders the campaigns it is sent, one at a
 * time, and answers each with its files or its error.
 */
import { parentPort } from 'node:worker_threads';
import type { Campaign } from '../campaign/model.js';
import { campaignFiles, type RenderContext } from './campaign-files.js';

export type RenderRequest = { id: number; campaign: Campaign; context: RenderContext };
export type RenderAnswer = { id: number; files: Awaited<ReturnType<typeof campaignFiles>> } | { id: number; error: string };

parentPort?.on('message', ({ id, campaign, context }: RenderRequest) => {
  campaignFiles(campaign, context).then(
    (files) => parentPort!.postMessage({ id, files } satisfies RenderAnswer),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderAnswer),
  );
});

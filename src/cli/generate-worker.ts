// A worker thread of `seedhub generate`: it rebuilds the run's model and dataset from what the
// main thread sent (options, format, and the OpenAPI document when there is one), then answers
// each chunk with its text as bytes, transferred rather than copied. An error thrown while
// making a chunk is answered too, by name and message, so the main thread can raise it as its own.
import { parentPort, workerData } from 'node:worker_threads';
import { modelFromOpenAPI } from '../openapi/model.ts';
import { chunkMaker, type Chunk } from './generate-chunks.ts';
import type { WorkerInit, WorkerReply } from './generate-pool.ts';

const port = parentPort!;
const { options, document, format } = workerData as WorkerInit;
const make = chunkMaker(options, document ? modelFromOpenAPI(document) : undefined, format);
const encoder = new TextEncoder();

port.on('message', (chunk: Chunk) => {
  let reply: WorkerReply;
  try {
    const { texts, counts } = make(chunk);
    // TextEncoder gives each text a buffer of its own, safe to transfer (Buffer.from may share a pool).
    reply = { texts: texts.map((text) => (typeof text === 'string' ? encoder.encode(text) : text)), counts };
  } catch (error) {
    reply = { error: error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) } };
  }
  port.postMessage(reply, 'texts' in reply ? reply.texts.map((bytes) => bytes.buffer as ArrayBuffer) : []);
});

/**
 * The dataset read off the page's main thread: the page posts the two files' bytes as they arrived (transferred, not
 * copied) and gets back the dataset or the problem, so JSON parsing and zod validation never block it (50 ms on this
 * machine for today's 0.7 MB, about 1.5 s for 100× the minerals).
 */
import { readDataset } from './parse-dataset';

self.onmessage = (event: MessageEvent<{ minerals: ArrayBuffer; claims: ArrayBuffer }>) => {
  self.postMessage(readDataset(event.data.minerals, event.data.claims));
};

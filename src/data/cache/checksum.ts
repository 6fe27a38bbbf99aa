// Checksums for the cache: `checksum` proves a cache file is what this tool
// wrote for this directory: a SHA-256 of the content salted with the tool's
// build stamp and the data directory, so an edited, truncated or foreign file
// never matches. Only a run with a --data directory loads node:crypto (and
// the streams it needs): about 8 ms of every start otherwise.
import { createHash } from 'node:crypto';

export const checksum = (salt: string, content: string | Uint8Array): string =>
  createHash('sha256').update(salt).update('\0').update(content).digest('base64url').slice(0, 32);

// Checksums for the cache. `hash32` (FNV-1a) only spreads cache folders apart;
// `checksum` proves a cache file is what this tool wrote for this directory:
// a SHA-256 of the content salted with the tool's build stamp and the data
// directory, so an edited, truncated or foreign file never matches.
import { createHash } from 'node:crypto';

export function hash32(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export const checksum = (salt: string, content: string | Uint8Array): string =>
  createHash('sha256').update(salt).update('\0').update(content).digest('base64url').slice(0, 32);

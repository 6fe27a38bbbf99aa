// FNV-1a over UTF-16 code units: a fast 32-bit hash that spreads names apart
// (cache folders, the cache's name buckets). Not a checksum: see
// data/cache/checksum.ts for that.
export function hash32(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

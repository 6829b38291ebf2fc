/**
 * The shard (0 .. shards - 1) that owns `symbol`: FNV-1a of its UTF-16 code units, so the same
 * symbol always lands on the same shard, in every process, whatever order symbols first appear in.
 */
export function shardOf(symbol: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < symbol.length; i++) {
    hash ^= symbol.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

import { LRUCache } from 'lru-cache';

/**
 * Short-lived in-process caches for hot reads (sessions, reference lists). Each is owned by an object
 * (the app's config), so two apps in one process (tests) never share entries. A TTL of 0 disables it.
 * Writes in this process invalidate at once; other app servers see a change within the TTL.
 */
const registry = new WeakMap<object, Map<string, LRUCache<string, object>>>();

export interface ReadCache<V extends object> {
  get(key: string, load: () => Promise<V>): Promise<V>;
  delete(key: string): void;
  deleteWhere(predicate: (value: V) => boolean): void;
  clear(): void;
}

export function readCache<V extends object>(
  owner: object,
  name: string,
  ttlSeconds: number,
  max = 10_000,
): ReadCache<V> {
  if (ttlSeconds <= 0) return passThrough<V>();
  let caches = registry.get(owner);
  if (!caches) registry.set(owner, (caches = new Map()));
  let cache = caches.get(name) as LRUCache<string, V> | undefined;
  if (!cache)
    caches.set(
      name,
      (cache = new LRUCache<string, V>({ max, ttl: ttlSeconds * 1000 })) as unknown as LRUCache<string, object>,
    );
  const c = cache;
  return {
    async get(key, load) {
      const hit = c.get(key);
      if (hit !== undefined) return hit;
      const value = await load();
      c.set(key, value);
      return value;
    },
    delete: (key) => void c.delete(key),
    deleteWhere(predicate) {
      for (const [key, value] of c.entries()) if (predicate(value)) c.delete(key);
    },
    clear: () => c.clear(),
  };
}

function passThrough<V extends object>(): ReadCache<V> {
  return { get: (_key, load) => load(), delete: () => {}, deleteWhere: () => {}, clear: () => {} };
}

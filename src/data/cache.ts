/**
 * A map that holds at most `capacity` entries and forgets the least recently used one first.
 * A Map iterates in insertion order, so re-inserting on every read keeps the oldest entry first.
 */
export class LruCache<K, V> {
  #entries = new Map<K, V>();
  #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Changes the most entries kept; lowering it forgets the oldest at once. 0 keeps nothing. */
  resize(capacity: number): void {
    this.#capacity = capacity;
    this.#trim();
  }

  /** The value for `key`, which becomes the most recently used. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    this.#trim();
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  #trim(): void {
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= this.#capacity) break;
      this.#entries.delete(key);
    }
  }
}

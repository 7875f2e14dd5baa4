import { describe, expect, it } from 'vitest';
import type { ResponseRecord } from '../../src/data/entry.js';
import { PersistentStore, STORE_PREFIX } from '../../src/data/store.js';
import { MemoryStorage } from './support.js';

const A = 'https://news.example/a.json';
const B = 'https://news.example/b.json';
const C = 'https://news.example/c.json';

function record(body: Uint8Array | string, changes: Partial<ResponseRecord> = {}): ResponseRecord {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return {
    body: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    meta: { url: A, contentType: 'application/feed+json' },
    etag: '"v1"',
    lastModified: 'Fri, 27 Nov 2026 10:00:00 GMT',
    checkedAt: 1_000,
    maxAge: 60_000,
    ...changes,
  };
}

function bytesOf(buffer: ArrayBuffer | undefined): number[] {
  return buffer ? [...new Uint8Array(buffer)] : [];
}

describe('PersistentStore', () => {
  it('gives back what it kept: bytes, metadata, validators and times', () => {
    const storage = new MemoryStorage();
    const kept = record('{"items": ["Привет"]}');
    new PersistentStore(() => storage).write(A, kept);
    const read = new PersistentStore(() => storage).read(A);
    expect(read).toEqual({ ...kept, body: expect.any(ArrayBuffer) });
    expect(bytesOf(read?.body)).toEqual(bytesOf(kept.body));
  });

  it('keeps a UTF-8 body as text, byte order mark included', () => {
    const storage = new MemoryStorage();
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":"ü"}')]);
    new PersistentStore(() => storage).write(A, record(withBom));
    expect(storage.getItem(STORE_PREFIX + A)).toMatch(/\n\ufeff\{"a":"ü"\}$/);
    expect(bytesOf(new PersistentStore(() => storage).read(A)?.body)).toEqual([...withBom]);
  });

  it('keeps a body that is not UTF-8 (windows-1251) byte for byte', () => {
    const storage = new MemoryStorage();
    // "Новости" in windows-1251, which is not valid UTF-8.
    const cp1251 = new Uint8Array([0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8, 0x00, 0xff]);
    new PersistentStore(() => storage).write(A, record(cp1251, { meta: { url: A, contentType: 'text/xml; charset=windows-1251' } }));
    const read = new PersistentStore(() => storage).read(A);
    expect(bytesOf(read?.body)).toEqual([...cp1251]);
    expect(read?.meta.contentType).toBe('text/xml; charset=windows-1251');
  });

  it('reads nothing for an address it never kept', () => {
    expect(new PersistentStore(() => new MemoryStorage()).read(A)).toBeNull();
  });

  it.each([
    ['not JSON', '{"url": \n{}'],
    ['no header line', 'just text'],
    ['a header of another shape', `${JSON.stringify({ hello: 'world' })}\n{}`],
    ['a header for another address', `${JSON.stringify({ url: B, latin1: false, record: { meta: { url: B, contentType: '' }, checkedAt: 1 } })}\n{}`],
    ['a header without a time', `${JSON.stringify({ url: A, latin1: false, record: { meta: { url: A, contentType: '' }, checkedAt: 'yesterday' } })}\n{}`],
    ['a header that is not an object', `null\n{}`],
    ['a latin1 body with wide characters', `${JSON.stringify({ url: A, latin1: true, record: { meta: { url: A, contentType: '' }, checkedAt: 1 } })}\nПривет`],
  ])('ignores a corrupt entry (%s) without throwing', (_, value) => {
    const storage = new MemoryStorage();
    storage.setItem(STORE_PREFIX + A, value);
    expect(new PersistentStore(() => storage).read(A)).toBeNull();
  });

  it('ignores entries of another version', () => {
    const storage = new MemoryStorage();
    new PersistentStore(() => storage).write(A, record('{}'));
    const value = storage.getItem(STORE_PREFIX + A)!;
    storage.clear();
    storage.setItem(`news-widgets:v0:${A}`, value);
    expect(new PersistentStore(() => storage).read(A)).toBeNull();
  });

  it('keeps at most its entry limit, dropping the least recently checked first', () => {
    const storage = new MemoryStorage();
    const store = new PersistentStore(() => storage, { entries: 2, bytes: 1e9 });
    store.write(B, record('b', { checkedAt: 2 }));
    store.write(A, record('a', { checkedAt: 1 }));
    store.write(C, record('c', { checkedAt: 3 }));
    expect([store.read(A), store.read(B) !== null, store.read(C) !== null]).toEqual([null, true, true]);
  });

  it('keeps within its byte limit, counting two bytes a character', () => {
    const storage = new MemoryStorage();
    const store = new PersistentStore(() => storage, { entries: 10, bytes: 2000 });
    store.write(A, record('a'.repeat(300), { checkedAt: 1 }));
    store.write(B, record('b'.repeat(300), { checkedAt: 2 }));
    expect(store.read(A)).toBeNull();
    expect(store.read(B)).not.toBeNull();
    const used = [...storage.items].reduce((sum, [key, value]) => sum + (key.length + value.length) * 2, 0);
    expect(used).toBeLessThanOrEqual(2000);
  });

  it('does not keep a body larger than its whole byte limit, and drops the older copy of it', () => {
    const storage = new MemoryStorage();
    const store = new PersistentStore(() => storage, { entries: 10, bytes: 2000 });
    store.write(A, record('small'));
    store.write(A, record('x'.repeat(5000)));
    expect(store.read(A)).toBeNull();
  });

  it('makes room when the browser quota is full, and gives up quietly when it cannot', () => {
    const storage = new MemoryStorage();
    const store = new PersistentStore(() => storage, { entries: 10, bytes: 1e9 });
    store.write(A, record('a'.repeat(400), { checkedAt: 1 }));
    storage.quota = 900;
    expect(() => store.write(B, record('b'.repeat(400), { checkedAt: 2 }))).not.toThrow();
    expect(store.read(A)).toBeNull();
    expect(store.read(B)).not.toBeNull();
    storage.quota = 10;
    expect(() => store.write(C, record('c'))).not.toThrow();
    expect(store.read(C)).toBeNull();
  });

  it('removes its own unreadable entries when it makes room, and never touches the host page’s keys', () => {
    const storage = new MemoryStorage();
    storage.setItem('host-page-setting', 'dark');
    storage.setItem(`${STORE_PREFIX}https://news.example/broken`, 'garbage');
    const store = new PersistentStore(() => storage);
    store.write(A, record('{}'));
    expect(storage.getItem('host-page-setting')).toBe('dark');
    expect(storage.getItem(`${STORE_PREFIX}https://news.example/broken`)).toBeNull();
    store.clear();
    expect([...storage.items.keys()]).toEqual(['host-page-setting']);
  });

  it('does nothing, and throws nothing, without a storage', () => {
    const store = new PersistentStore(() => null);
    expect(() => store.write(A, record('{}'))).not.toThrow();
    expect(store.read(A)).toBeNull();
    expect(() => store.clear()).not.toThrow();
  });

  it('throws nothing where merely reaching the storage throws (blocked cookies, sandboxed frames)', () => {
    const store = new PersistentStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(() => store.write(A, record('{}'))).not.toThrow();
    expect(store.read(A)).toBeNull();
    expect(() => store.delete(A)).not.toThrow();
    expect(() => store.clear()).not.toThrow();
  });

  it('throws nothing where every storage call throws', () => {
    const storage = new MemoryStorage();
    const broken = () => {
      throw new Error('broken');
    };
    Object.assign(storage, { getItem: broken, setItem: broken, removeItem: broken, key: broken });
    const store = new PersistentStore(() => storage);
    expect(() => store.write(A, record('{}'))).not.toThrow();
    expect(store.read(A)).toBeNull();
  });
});

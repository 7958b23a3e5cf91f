import { describe, expect, it } from 'vitest';
import { freeBytes } from '../../src/backup/free-bytes';

describe('freeBytes', () => {
  it('lets go of the buffer at once: it is detached, its bytes gone', () => {
    const bytes = new Uint8Array(64 * 1024).fill(7).buffer;
    freeBytes(bytes);
    expect(bytes.byteLength).toBe(0);
    expect(() => new Uint8Array(bytes)).toThrow();
  });

  it('takes a buffer already detached without complaint', () => {
    const bytes = new ArrayBuffer(16);
    freeBytes(bytes);
    expect(() => freeBytes(bytes)).not.toThrow();
    expect(bytes.byteLength).toBe(0);
  });
});

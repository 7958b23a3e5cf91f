// @vitest-environment node
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SealBrokenError, openRecord, sealRecord } from '../../src/lock/fields';
import { certificate, reflection, training } from '../backup/fixtures';

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

describe('sealing a record', () => {
  test('a training: notes and the impact note text are sealed; dates, hours, title and ids stay clear; it opens as it was', async () => {
    const key = await newKey();
    const t = { ...training('t-1'), notes: 'Spoke to the DSL about a family', impact: { text: 'I now ask earlier', date: '2026-04-01' } };
    const sealed = await sealRecord('trainings', t, key);
    expect(sealed).toMatchObject({
      id: 't-1',
      title: t.title,
      startDate: t.startDate,
      hours: t.hours,
      notes: '',
      impact: { text: '', date: '2026-04-01' },
    });
    expect(JSON.stringify(sealed, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v))).not.toMatch(/DSL|earlier/);
    expect(await openRecord('trainings', sealed, key)).toEqual(t);
    // Sealing twice changes nothing; an unsealed record opens as itself.
    expect(await sealRecord('trainings', sealed, key)).toBe(sealed);
    expect(await openRecord('trainings', t, key)).toBe(t);
  });

  test('a reflection: its sections, text and peer name are sealed', async () => {
    const key = await newKey();
    const r = { ...reflection('r-1'), text: 'Free text', peerName: 'A. Colleague' };
    const sealed = await sealRecord('reflections', r, key);
    expect(sealed).toMatchObject({ sections: {}, text: '', peerName: '', date: r.date, title: r.title });
    expect(await openRecord('reflections', sealed, key)).toEqual(r);
  });

  test("a certificate's bytes and file name are sealed; its size and checksum stay for the lists", async () => {
    const key = await newKey();
    const c = await certificate('c-1', 't-1', 4096);
    const sealed = await sealRecord('certificates', c, key);
    expect(sealed.fileName).toBe('');
    expect(new Uint8Array(sealed.bytes).subarray(0, 5)).not.toEqual(new Uint8Array(c.bytes).subarray(0, 5));
    expect(sealed.bytes.byteLength).toBe(4096 + 16);
    const opened = await openRecord('certificates', sealed, key);
    expect(Buffer.from(opened.bytes).equals(Buffer.from(c.bytes))).toBe(true);
    expect(opened.fileName).toBe(c.fileName);
  });
});

describe('a record that fails its check names itself, and only itself', () => {
  test('a flipped bit, a seal moved to another record, or another key: a clear message naming the record', async () => {
    const key = await newKey();
    const a = await sealRecord('trainings', { ...training('t-a', undefined, 'Level 3 child protection'), startDate: '2026-01-15' }, key);
    const b = await sealRecord('trainings', training('t-b'), key);

    const flipped = { ...a, sealed: { ...a.sealed, fields: a.sealed.fields.slice() } };
    flipped.sealed.fields[3] ^= 1;
    const err = await openRecord('trainings', flipped, key).catch((e) => e);
    expect(err).toBeInstanceOf(SealBrokenError);
    expect(err).toMatchObject({ table: 'trainings', id: 't-a' });
    expect(err.message).toBe(
      'The training entry "Level 3 child protection" from 15 Jan 2026 cannot be read: its protected part has been changed or damaged. The rest of your record is still readable.',
    );

    await expect(openRecord('trainings', { ...b, sealed: a.sealed }, key)).rejects.toBeInstanceOf(SealBrokenError);
    await expect(openRecord('trainings', a, await newKey())).rejects.toBeInstanceOf(SealBrokenError);
    // The other record is untouched by the first one's damage.
    expect((await openRecord('trainings', b, key)).notes).toBe(training('t-b').notes);
  });

  test("a certificate whose file bytes were changed is refused, naming it by its training's date", async () => {
    const key = await newKey();
    const sealed = await sealRecord('certificates', await certificate('c-1', 't-1'), key);
    const bytes = new Uint8Array(sealed.bytes.slice(0));
    bytes[100] ^= 1;
    const err = await openRecord('certificates', { ...sealed, bytes: bytes.buffer }, key).catch((e) => e);
    expect(err).toBeInstanceOf(SealBrokenError);
    expect(err.message).toMatch(/^The certificate from \d{1,2} [A-Z][a-z]{2} \d{4} cannot be read/);
  });
});

describe('opening a certificate (its view waits for it)', () => {
  afterEach(() => void vi.restoreAllMocks());

  test('its file and its fields are decrypted at once, not one after the other', async () => {
    const key = await newKey();
    const original = await certificate('c-1', 't-1');
    const sealed = await sealRecord('certificates', original, key);
    const decrypt = crypto.subtle.decrypt.bind(crypto.subtle);
    let inFlight = 0;
    let most = 0;
    vi.spyOn(crypto.subtle, 'decrypt').mockImplementation(async (...args: Parameters<SubtleCrypto['decrypt']>) => {
      most = Math.max(most, ++inFlight);
      try {
        return await decrypt(...args);
      } finally {
        inFlight--;
      }
    });
    const opened = await openRecord('certificates', sealed, key);
    expect(crypto.subtle.decrypt).toHaveBeenCalledTimes(2);
    expect(most).toBe(2);
    expect(opened.fileName).toBe(original.fileName);
    expect(new Uint8Array(opened.bytes)).toEqual(new Uint8Array(original.bytes));
  });

  test('file and fields both damaged: one clear message naming it, nothing left unhandled', async () => {
    const key = await newKey();
    const sealed = await sealRecord('certificates', await certificate('c-1', 't-1'), key);
    const bytes = new Uint8Array(sealed.bytes.slice(0));
    bytes[100] ^= 1;
    const fields = new Uint8Array(sealed.sealed.fields);
    fields[0] ^= 1;
    const err = await openRecord('certificates', { ...sealed, bytes: bytes.buffer, sealed: { ...sealed.sealed, fields } }, key).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(SealBrokenError);
    expect(err.message).toMatch(/^The certificate from .* cannot be read: its protected part has been changed or damaged/);
  });
});

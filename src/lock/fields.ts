/**
 * What the app lock encrypts in a record, and how (AES-GCM under the data key of ./keys.ts).
 *
 * Private words and files are sealed: training notes and the impact note's text, reflections'
 * sections, free text and peer's name, plans' notes, supervision sign-offs' notes, agreed actions
 * and signature, certificate files (and their file names).
 * Dates, hours, levels, titles, ids and links stay clear, so lists, hours and suggestions work
 * without the key and stay fast (docs/security.md says why titles stay clear).
 *
 * A sealed record carries `sealed` (the marker): the private fields' values, as JSON, encrypted
 * with the record's table and id as additional data, so a ciphertext moved onto another record
 * fails its tag. A certificate's bytes are encrypted as themselves (no JSON) with their own nonce.
 * The record is written whole, in one put: there is never a half-sealed record without its marker.
 */
import { formatDate } from '../domain/dates';

export type SealableTable = 'trainings' | 'reflections' | 'plans' | 'signoffs' | 'certificates';
/** What can be sealed: the record tables, and the drafts of open forms (what the user is typing;
 * sealed where they are saved, src/db/draft-seal.ts, not by the record conversion). */
export type SealedTable = SealableTable | 'drafts';

/** The private fields of each table; each is set to an empty value of its kind when sealed. */
export const SEALED_FIELDS: Record<SealedTable, string[]> = {
  trainings: ['notes', 'impactText'],
  reflections: ['sections', 'text', 'peerName'],
  plans: ['notes'],
  signoffs: ['notes', 'agreedActions', 'signature'],
  certificates: ['fileName'],
  drafts: ['data'],
};

export interface Seal {
  version: 1;
  iv: Uint8Array;
  /** The private fields, JSON, encrypted (tag included). */
  fields: Uint8Array;
  /** Certificates: the nonce of the encrypted bytes (the record's `bytes` hold the ciphertext). */
  bytesIv?: Uint8Array;
}

type AnyRecord = { id: string; sealed?: Seal } & Record<string, unknown>;

const LABELS: Record<SealedTable, string> = {
  trainings: 'training entry',
  reflections: 'reflection',
  plans: 'plan',
  signoffs: 'supervision sign-off',
  certificates: 'certificate',
  drafts: 'unsaved form',
};

/** A record whose sealed fields fail their check (changed, damaged, or another key). */
export class SealBrokenError extends Error {
  constructor(
    readonly table: SealedTable,
    readonly id: string,
    message: string,
  ) {
    super(message);
    this.name = 'SealBrokenError';
  }
}

/** Names the record in words the user knows: its kind, title and date (never its id). */
export function describeRecord(table: SealedTable, record: Record<string, unknown>): string {
  const title = typeof record.title === 'string' && record.title ? `"${record.title}"` : '';
  const rawDate = [record.startDate, record.date, record.plannedDate, record.createdAt].find((d) => typeof d === 'string' && d) as
    string | undefined;
  const date = rawDate ? `from ${formatDate(rawDate.slice(0, 10))}` : '';
  return ['The', LABELS[table], title, date].filter(Boolean).join(' ');
}

const subtle = () => globalThis.crypto.subtle;
const buf = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;
const aad = (table: SealedTable, id: string, part: 'fields' | 'bytes') =>
  buf(new TextEncoder().encode(`safeguarding-passport/v1/${table}/${id}/${part}`));

/** The private values of a record, by SEALED_FIELDS (a training's impact note: its text only). */
function privateValues(table: SealedTable, r: AnyRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of SEALED_FIELDS[table]) {
    if (f === 'impactText') out.impactText = (r.impact as { text?: string } | null)?.text ?? null;
    else if (f in r) out[f] = r[f];
  }
  return out;
}

function withoutPrivate(table: SealedTable, r: AnyRecord): AnyRecord {
  const out: AnyRecord = { ...r };
  for (const f of SEALED_FIELDS[table]) {
    if (f === 'impactText') {
      if (r.impact) out.impact = { ...(r.impact as object), text: '' };
    } else if (typeof r[f] === 'string') out[f] = '';
    else if (Array.isArray(r[f])) out[f] = [];
    else if (r[f] && typeof r[f] === 'object') out[f] = {};
  }
  return out;
}

/** ArrayBuffer from any realm (IndexedDB's structured clone, a test DOM). */
const isArrayBuffer = (v: unknown): v is ArrayBuffer => Object.prototype.toString.call(v) === '[object ArrayBuffer]';

/** Encrypts a record's private fields (and a certificate's bytes). A sealed record is returned as it is. */
export async function sealRecord<T extends { id: string }>(table: SealedTable, record: T, key: CryptoKey): Promise<T & { sealed: Seal }> {
  const r = record as unknown as AnyRecord;
  if (r.sealed) return record as T & { sealed: Seal };
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(privateValues(table, r)));
  const fields = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: aad(table, r.id, 'fields') }, key, plain));
  const out = withoutPrivate(table, r);
  const seal: Seal = { version: 1, iv, fields };
  if (table === 'certificates' && isArrayBuffer(r.bytes)) {
    seal.bytesIv = globalThis.crypto.getRandomValues(new Uint8Array(12));
    out.bytes = await subtle().encrypt(
      { name: 'AES-GCM', iv: buf(seal.bytesIv), additionalData: aad(table, r.id, 'bytes') },
      key,
      new Uint8Array(r.bytes), // a view: WebCrypto accepts it from any realm
    );
  }
  out.sealed = seal;
  return out as unknown as T & { sealed: Seal };
}

/** The record as it was before sealing. Throws SealBrokenError naming the record if any part fails its tag. */
export async function openRecord<T extends { id: string }>(table: SealedTable, record: T, key: CryptoKey): Promise<T> {
  const r = record as unknown as AnyRecord;
  const seal = r.sealed;
  if (!seal) return record;
  const broken = () =>
    new SealBrokenError(
      table,
      r.id,
      `${describeRecord(table, r)} cannot be read: its protected part has been changed or damaged. The rest of your record is still readable.`,
    );
  // A certificate's file and its fields are decrypted at once (WebCrypto runs each call off the
  // main thread, so two calls one after the other cost two round trips before the view can show).
  const bytes =
    table === 'certificates' && seal.bytesIv && isArrayBuffer(r.bytes)
      ? subtle().decrypt(
          { name: 'AES-GCM', iv: buf(seal.bytesIv), additionalData: aad(table, r.id, 'bytes') },
          key,
          new Uint8Array(r.bytes),
        )
      : null;
  bytes?.catch(() => undefined); // awaited below; a failure there is reported once, as broken
  let values: Record<string, unknown>;
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: buf(seal.iv), additionalData: aad(table, r.id, 'fields') },
      key,
      buf(seal.fields),
    );
    values = JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw broken();
  }
  const { sealed: _sealed, ...out } = r;
  for (const [f, v] of Object.entries(values)) {
    if (f === 'impactText') {
      if (out.impact) out.impact = { ...(out.impact as object), text: v };
    } else out[f] = v;
  }
  if (bytes) {
    try {
      out.bytes = await bytes;
    } catch {
      throw broken();
    }
  }
  return out as unknown as T;
}

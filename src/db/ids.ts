/** Random UUIDs, so that records made on a phone and a laptop can be merged by id. */
export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

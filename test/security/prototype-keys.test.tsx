/**
 * Ids and keys read from stored data or a backup never index a plain object: "__proto__",
 * "constructor", "toString" or "hasOwnProperty" as a framework id must not find
 * Object.prototype's members (issue 13: such a profile locked every screen, Settings included).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { loadFramework } from '../../src/frameworks/registry';
import { reflectionParts } from '../../src/pdf/entries';
import { App } from '../../src/ui/App';
import { useProfileStore } from '../../src/state/profile';
import { db } from '../../src/db/db';
import { importBackup } from '../../src/backup/import';
import { backupBytes } from '../../src/backup/export';
import { buildBackup, storedSource } from '../../src/backup/export-build';
import { clearAll, profile, reflection, T2 } from '../backup/fixtures';

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  useProfileStore.setState({ status: 'loading', profile: null, error: null });
  location.hash = '';
  await clearAll(db);
});

describe.each(PROTOTYPE_KEYS)('the key "%s"', (key) => {
  test('is an unknown framework: loadFramework rejects (never throws, never resolves)', async () => {
    let result: Promise<unknown> | undefined;
    expect(() => (result = loadFramework(key))).not.toThrow();
    await expect(result).rejects.toThrow(/Unknown framework/);
  });

  test('as a reflection section id, reads as plain text in the portfolio', () => {
    const r = { ...reflection('r1'), sections: { [key]: 'Some text' } };
    const parts = reflectionParts(r);
    expect(parts).toEqual([{ heading: key, text: 'Some text' }]);
  });

  test('merged in as the profile framework id, every screen (Settings included) still opens', async () => {
    await db.table('profile').put(profile());
    const tables = {
      profile: [{ ...profile(T2), frameworkId: key }],
      trainings: [],
      certificates: [],
      reflections: [],
      enrolments: [],
      plans: [],
      settings: [],
      frameworks: [],
      signoffs: [],
    };
    const file = await buildBackup(storedSource({ tables, deletions: [] }), { now: new Date(T2) });
    await importBackup(await backupBytes(file), 'merge');
    expect((await db.table('profile').get('profile')).frameworkId).toBe(key);

    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const route of ['#/', '#/settings', '#/record']) {
      location.hash = route;
      render(<App />);
      // Lazy screens load on first visit: wait for the screen's own heading.
      await waitFor(() => expect(document.getElementById('screen-title')).toBeTruthy(), { timeout: 15000 });
      expect(screen.queryByText('Something went wrong on this screen')).toBeNull();
      cleanup();
    }
    quiet.mockRestore();
  });
});

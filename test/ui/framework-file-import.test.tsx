/** Settings > Frameworks > Add a framework file: the file is checked and previewed as the user
 * will see it, nothing is stored before "Add this framework"; once added it is listed with its
 * label, loads through the registry like a bundled framework, and travels in a backup. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import '../../src/state/user-frameworks-source';
import { FrameworksScreen, USER_FRAMEWORK_LABEL } from '../../src/ui/screens/Frameworks';
import { useProfileStore } from '../../src/state/profile';
import { previewFrameworkFile, useUserFrameworksStore } from '../../src/state/frameworks';
import { loadFramework } from '../../src/frameworks/registry';
import { db } from '../../src/db/db';
import { backupBytes, exportBackup } from '../../src/backup/export';
import { importBackup } from '../../src/backup/import';
import { clearAll } from '../backup/fixtures';
import type { Profile } from '../../src/domain/types';
import { suggest } from '../../src/domain/progress';
import { profile as profileOf, training } from '../domain/fixtures';

const exampleText = readFileSync(resolve(__dirname, '../../docs/example-framework.json'), 'utf8');
const edition2Text = readFileSync(resolve(__dirname, '../../docs/example-framework-edition-2.json'), 'utf8');

async function choose(text: string, name = 'framework.json') {
  const input = screen.getByLabelText('Framework file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  // A native change event (testing-library's fireEvent.change sends "input" for Preact).
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

beforeEach(async () => {
  await clearAll(db);
  useProfileStore.setState({ status: 'ready', profile: { frameworkId: 'coventry' } as Profile });
  useUserFrameworksStore.setState({ list: null, error: null });
});
afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('adding a framework file', () => {
  test('the preview shows levels, courses and rules with their force, labelled; nothing is stored until the user adds it', async () => {
    location.hash = '#/frameworks/add';
    render(<FrameworksScreen />);
    await choose(exampleText);
    expect(await screen.findByRole('heading', { name: 'Preview: Example' })).toBeTruthy();
    expect(screen.getAllByText(new RegExp(USER_FRAMEWORK_LABEL)).length).toBeGreaterThan(0);
    expect(screen.getByText('Level 2 Working Together', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText(/Recognising Neglect/, { selector: 'summary' })).toBeTruthy();
    const rule = screen.getByText(/Do Level 1 Awareness \(or your own agency's safeguarding training\)/);
    expect(rule.closest('li')?.querySelector('.fw-force')?.textContent).toBe('Requirement');
    expect(screen.getAllByText(/page 14/).length).toBeGreaterThan(0);
    expect(await db.frameworks.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Add this framework' }));
    expect(await screen.findByText(/Example was added/)).toBeTruthy();
    const stored = await db.frameworks.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ frameworkId: 'example-partnership', edition: 'Example edition 1', published: '2026-09' });

    // Followable like a bundled framework: the registry loads it and the engine reads it.
    const f = await loadFramework('example-partnership');
    expect(f.courses.map((c) => c.id)).toEqual(['awareness', 'working-together', 'neglect', 'leading-safeguarding']);
    const next = suggest(
      f,
      profileOf({ frameworkId: f.id, groupId: 'group-b' }),
      { trainings: [], plans: [], reflections: [], certificates: [], enrolments: [] },
      '2026-11-30',
    );
    expect(next.length).toBeGreaterThan(0);
  });

  test('a bad file: a clear message, nothing stored', async () => {
    location.hash = '#/frameworks/add';
    render(<FrameworksScreen />);
    const j = JSON.parse(exampleText);
    j.framework.courses[1].levelId = 'l4';
    await choose(JSON.stringify(j));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("course 'Working Together in Practice': level 'l4' is not one of the framework's levels.");
    expect(alert.textContent).toContain('Nothing was added');
    expect(screen.queryByRole('button', { name: 'Add this framework' })).toBeNull();

    await choose('not json at all');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/it is not JSON text/));
    expect(await db.frameworks.count()).toBe(0);
  });

  test('HTML in the file is shown as text, never as elements', async () => {
    location.hash = '#/frameworks/add';
    const { container } = render(<FrameworksScreen />);
    const j = JSON.parse(exampleText);
    j.framework.courses[0].title = '<img src=x onerror="alert(1)">Awareness';
    j.framework.rules[0].text = '<script>alert(2)</script>Level 1 first';
    await choose(JSON.stringify(j));
    await screen.findByRole('heading', { name: 'Preview: Example' });
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByText(/<img src=x onerror="alert\(1\)">Awareness/, { selector: 'summary' })).toBeTruthy();
    expect(screen.getByText(/looks like web page code/)).toBeTruthy();
  });

  test('listed under Frameworks you added, with its label', async () => {
    const r = previewFrameworkFile(exampleText);
    if (!r.ok) throw new Error(r.errors.join());
    await useUserFrameworksStore.getState().add(r.file);
    location.hash = '#/frameworks';
    render(<FrameworksScreen />);
    const link = await screen.findByRole('link', { name: 'Example' });
    expect(link.parentElement?.textContent).toContain(USER_FRAMEWORK_LABEL);
    fireEvent.click(link);
    location.hash = '#/frameworks/example-partnership';
    cleanup();
    render(<FrameworksScreen />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Example: Example Safeguarding Children Training Framework' }),
    ).toBeTruthy();
  });
});

describe('editions', () => {
  async function addText(text: string) {
    const r = previewFrameworkFile(text);
    if (!r.ok) throw new Error(r.errors.join());
    await useUserFrameworksStore.getState().add(r.file);
  }

  test('a newer edition: the preview says what changed; once added it replaces the old for suggestions, old entries keep counting', async () => {
    await addText(exampleText);
    location.hash = '#/frameworks/add';
    render(<FrameworksScreen />);
    await choose(edition2Text);
    expect(await screen.findByText(/This is a newer edition of Example: Example edition 2, replacing Example edition 1/)).toBeTruthy();
    expect(screen.getByText('3 courses: 1 added, 1 removed, 1 renamed; 3 rules: 3 changed.')).toBeTruthy();
    expect(screen.getByText('Recognising Neglect, now called Recognising and Responding to Neglect')).toBeTruthy();
    expect(await db.frameworks.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Add this framework' }));
    expect(await screen.findByText(/Example was added/)).toBeTruthy();
    // Both editions are kept; the app follows the newer, with the earlier one beside it.
    expect((await db.frameworks.toArray()).map((r) => r.edition).sort()).toEqual(['Example edition 1', 'Example edition 2']);
    const f = await loadFramework('example-partnership');
    expect(f.edition).toBe('Example edition 2');
    expect(f.earlierEditions?.map((e) => e.edition)).toEqual(['Example edition 1']);

    // The framework's page: what changed, and the training recorded under the earlier edition.
    await db.trainings.add(
      training('2027-01-11', {
        id: 'old',
        title: 'Leading Safeguarding',
        link: { frameworkId: 'example-partnership', courseId: 'leading-safeguarding' },
      }),
    );
    cleanup();
    location.hash = '#/frameworks/example-partnership';
    render(<FrameworksScreen />);
    expect(await screen.findByRole('heading', { name: 'New edition' })).toBeTruthy();
    expect(screen.getByText(/Your suggestions follow Example edition 2 \(Mar 2027\), which replaced Example edition 1/)).toBeTruthy();
    expect(await screen.findByText(/Leading Safeguarding is not in the new edition; it still counts at Level 3/)).toBeTruthy();
    // The entry itself is unchanged.
    expect((await db.trainings.get('old'))?.link).toEqual({ frameworkId: 'example-partnership', courseId: 'leading-safeguarding' });
  });

  test('an older edition than the one stored is refused with a clear message, nothing stored', async () => {
    await addText(edition2Text);
    location.hash = '#/frameworks/add';
    render(<FrameworksScreen />);
    await choose(exampleText);
    expect(await screen.findByRole('heading', { name: 'This is an older edition' })).toBeTruthy();
    expect(
      screen.getByText(
        'This file is an older edition of Example (Example edition 1, Sep 2026) than the one you have (Example edition 2, Mar 2027). The app keeps following the newer edition. Nothing was added.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add this framework' })).toBeNull();
    // The state refuses it too, whatever the screen does.
    const r = previewFrameworkFile(exampleText);
    if (!r.ok) throw new Error(r.errors.join());
    await expect(useUserFrameworksStore.getState().add(r.file)).rejects.toThrow(/older edition/);
    expect((await db.frameworks.toArray()).map((x) => x.edition)).toEqual(['Example edition 2']);
  });
});

test('backed up and restored with the record', async () => {
  const r = previewFrameworkFile(exampleText);
  if (!r.ok) throw new Error(r.errors.join());
  await useUserFrameworksStore.getState().add(r.file);
  const before = await db.frameworks.toArray();
  const backup = await exportBackup();
  expect(backup.counts.frameworks).toBe(1);
  await clearAll(db);
  await expect(loadFramework('example-partnership')).rejects.toThrow();
  await importBackup(await backupBytes(backup), 'merge');
  expect(await db.frameworks.toArray()).toEqual(before);
  expect((await loadFramework('example-partnership')).shortName).toBe('Example');
});

test('fuzz: 1,000 mutated files either store one whole framework or nothing', async () => {
  const base = JSON.parse(exampleText);
  const keys = ['levels', 'courses', 'rules', 'groups', 'pathways'] as const;
  const runs: Array<[number, number, unknown]> = fc.sample(fc.tuple(fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 1 })), {
    numRuns: 1000,
    seed: 19,
  });
  for (const [which, index, value] of runs) {
    const j = structuredClone(base);
    const list = j.framework[keys[which % keys.length]!] as Array<Record<string, unknown>>;
    const item = list[index % list.length]!;
    const field = Object.keys(item)[index % Object.keys(item).length]!;
    item[field] = value;
    const before = await db.frameworks.count();
    const result = previewFrameworkFile(JSON.stringify(j));
    if (result.ok) {
      await useUserFrameworksStore.getState().add(result.file);
      const stored = await db.frameworks.where('frameworkId').equals(result.file.framework.id).toArray();
      expect(stored).toHaveLength(1);
      expect(stored[0]!.file).toEqual(result.file);
      await db.frameworks.clear();
    } else {
      expect(await db.frameworks.count()).toBe(before);
    }
  }
  expect(await db.frameworks.count()).toBe(0);
}, 60_000);

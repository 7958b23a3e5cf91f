import { describe, expect, test } from 'vitest';
import {
  COURSE_TITLE_NOTES,
  INTERCOLLEGIATE_CAVEAT,
  REFERENCE_STEPS,
  STEP_PLACEMENTS,
  type PlacedItem,
} from '../../src/frameworks/crosswalk';
import { FRAMEWORKS, loadAllFrameworks } from '../../src/frameworks/registry';
import { sourceContains } from '../../src/frameworks/source-text';
import type { Framework } from '../../src/frameworks/types';
import { readSeed } from './seed-text';

const frameworks = await loadAllFrameworks();
const byId = new Map(frameworks.map((f) => [f.id, f]));

function resolves(framework: Framework, item: PlacedItem): boolean {
  switch (item.kind) {
    case 'level':
      return framework.levels.some((l) => l.id === item.id);
    case 'course':
      return framework.courses.some((c) => c.id === item.id);
    case 'all-courses':
      return framework.courses.length > 0;
    case 'topic':
      return framework.rules.some((r) => r.kind === 'minimum-content' && r.topics.some((t) => t.id === item.id));
    case 'prior-step':
      return framework.rules.some((r) => r.kind === 'prerequisite' && r.anyOf.some((s) => s.id === item.id));
  }
}

describe('crosswalk data', () => {
  test('every placement names a bundled framework and an item that exists in it', () => {
    for (const p of STEP_PLACEMENTS) {
      const framework = byId.get(p.frameworkId);
      expect(framework, p.frameworkId).toBeDefined();
      expect(resolves(framework!, p.item), `${p.frameworkId} ${JSON.stringify(p.item)}`).toBe(true);
      expect(REFERENCE_STEPS.map((s) => s.id)).toContain(p.step);
      expect(p.rationale.trim().length).toBeGreaterThan(20);
    }
  });

  test('every level of every framework is placed exactly once', () => {
    for (const framework of frameworks) {
      for (const level of framework.levels) {
        const placed = STEP_PLACEMENTS.filter((p) => p.frameworkId === framework.id && p.item.kind === 'level' && p.item.id === level.id);
        expect(placed, `${framework.id} ${level.id}`).toHaveLength(1);
      }
    }
  });

  test('every framework without levels still has something training can count for, or places its courses', () => {
    for (const framework of frameworks.filter((f) => f.levels.length === 0)) {
      const own = STEP_PLACEMENTS.filter((p) => p.frameworkId === framework.id);
      expect(own.length, framework.id).toBeGreaterThan(0);
    }
  });

  test('no item is placed twice', () => {
    const keys = STEP_PLACEMENTS.map((p) => `${p.frameworkId}:${JSON.stringify(p.item)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('every citation is the framework’s own source file, and every quote appears in it', () => {
    const cites = [
      ...STEP_PLACEMENTS.map((p) => ({ frameworkId: p.frameworkId, cite: p.cite })),
      ...COURSE_TITLE_NOTES.map((n) => ({ frameworkId: n.frameworkId, cite: n.cite })),
      { frameworkId: 'worcestershire', cite: INTERCOLLEGIATE_CAVEAT.cite },
    ];
    for (const { frameworkId, cite } of cites) {
      const info = FRAMEWORKS.find((f) => f.id === frameworkId)!;
      expect(cite.file).toBe(info.sourceFile);
      expect(cite.quote, `${frameworkId} ${cite.section}`).toBeTruthy();
      const seed = readSeed(cite.file);
      expect(sourceContains(seed, cite.quote!), `${frameworkId}: "${cite.quote}"`).toBe(true);
    }
  });

  test('"stated" is kept for what the sources say, and the Intercollegiate levels match the framework data', () => {
    const stated = STEP_PLACEMENTS.filter((p) => p.confidence === 'stated').map(
      (p) => `${p.frameworkId}:${'id' in p.item ? p.item.id : ''}`,
    );
    expect(stated).toEqual(
      expect.arrayContaining(['worcestershire:worcestershire-universal', 'coventry:single-agency', 'coventry:level-2', 'coventry:level-3']),
    );
    // Worcestershire's Intercollegiate Level 4/5 is "for health professionals" (004 l.240): its
    // Specialist training sits at the specialist step, likely, not stated.
    expect(STEP_PLACEMENTS.find((p) => 'id' in p.item && p.item.id === 'worcestershire-specialist')).toMatchObject({
      step: 'specialist',
      confidence: 'likely',
    });
    // No framework without levels has a stated placement: any such step is the app's estimate.
    for (const p of STEP_PLACEMENTS.filter((x) => x.frameworkId === 'solihull' || x.frameworkId === 'sandwell'))
      expect(p.confidence).toBe('uncertain');
    // A placement's Intercollegiate level is the one the framework itself records.
    for (const p of STEP_PLACEMENTS.filter((x) => x.intercollegiate)) {
      const level = byId.get(p.frameworkId)!.levels.find((l) => p.item.kind === 'level' && l.id === p.item.id)!;
      expect(level.equivalence, p.frameworkId).toBeTruthy();
      for (const n of p.intercollegiate!.levels) expect(level.equivalence!).toContain(String(n));
    }
  });

  test('London’s Level 1 / Level 2 notes match real course variants', () => {
    const london = byId.get('london')!;
    for (const note of COURSE_TITLE_NOTES) {
      const matching = london.courses.filter((c) => c.title.endsWith(note.titleEndsWith));
      expect(matching.length, note.titleEndsWith).toBeGreaterThan(0);
    }
  });
});

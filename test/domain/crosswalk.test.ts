import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { crosswalk, followAlso, stopFollowing, switchFramework, weakerConfidence } from '../../src/domain/crosswalk';
import { STEP_PLACEMENTS, referenceStep } from '../../src/frameworks/crosswalk';
import { loadAllFrameworks, loadFramework } from '../../src/frameworks/registry';
import type { Training } from '../../src/domain/types';
import { profile, training } from './fixtures';

const all = await loadAllFrameworks();
const [worcestershire, coventry, london, solihull, sandwell] = await Promise.all(
  ['worcestershire', 'coventry', 'london', 'solihull', 'sandwell'].map((id) => loadFramework(id)),
);

const D = '2026-03-02';
function atLevel(frameworkId: string, levelId: string, title = `${frameworkId} ${levelId}`): Training {
  return training(D, { title, link: { frameworkId, levelId } });
}
function onCourse(frameworkId: string, courseId: string): Training {
  return training(D, { title: courseId, link: { frameworkId, courseId } });
}

describe('crosswalk', () => {
  test('Worcestershire Universal training: stated in its own framework as Intercollegiate Level 1, and a stated match back in Worcestershire', () => {
    const universal = atLevel('worcestershire', 'worcestershire-universal', 'Universal safeguarding');
    const [row] = crosswalk([worcestershire], worcestershire, [universal]);
    expect(row.source).toMatchObject({ frameworkId: 'worcestershire', confidence: 'stated', intercollegiate: 'Level 1' });
    expect(row.source!.step.id).toBe('universal');
    expect(row.status).toBe('matched');
    expect(row.confidence).toBe('stated');
    expect(row.targets.map((t) => t.id)).toEqual(['worcestershire-universal']);
    expect(row.source!.cite.quote).toBe('Universal training Intercollegiate Level 1');
  });

  test('Worcestershire Induction to Coventry: both sources name an induction level; the match is the app’s, and the user is asked to confirm it', () => {
    const [row] = crosswalk([worcestershire], coventry, [atLevel('worcestershire', 'worcestershire-induction')]);
    expect(row).toMatchObject({ status: 'matched', confidence: 'stated' });
    expect(row.targets.map((t) => t.id)).toEqual(['single-agency']);
    expect(row.explanation).not.toMatch(/Both sources/);
    expect(row.explanation).toBe(
      'Matched by the app, not by the sources: no partnership compares its training with another’s. ' +
        'Worcestershire’s Induction and Coventry’s Single Agency Basic / Induction Awareness: each source’s own description puts them at ' +
        'the same step of the app’s common scale (Induction / basic awareness). Confirm with your new partnership.',
    );
  });

  test('Worcestershire Specialist training sits at the specialist step, likely (its Intercollegiate Level 4/5 is for health professionals)', () => {
    const [row] = crosswalk([worcestershire], coventry, [atLevel('worcestershire', 'worcestershire-specialist')]);
    expect(row.source).toMatchObject({ confidence: 'likely', intercollegiate: 'Level 4/5' });
    expect(row.source!.step.id).toBe('specialist');
    expect(row.source!.rationale).toMatch(/for health professionals/);
    expect(row).toMatchObject({ status: 'matched', confidence: 'likely' });
    expect(row.targets.map((t) => t.id)).toEqual(['level-3']);
    expect(row.explanation).toMatch(/^Matched by the app, not by the sources: .*the app places them.*Confirm with your new partnership\.$/);
  });

  test('Worcestershire Universal to Coventry is likely, not stated, and health staff are told the Intercollegiate levels differ', () => {
    const [row] = crosswalk([worcestershire], coventry, [atLevel('worcestershire', 'worcestershire-universal')]);
    expect(row).toMatchObject({ status: 'matched', confidence: 'likely' });
    expect(row.targets.map((t) => t.id)).toEqual(['level-1']);
    expect(row.explanation).toMatch(/Confirm with your new partnership/);
    expect(row.notes.map((n) => n.text).join(' ')).toMatch(
      /Intercollegiate Level 1;.*Intercollegiate Level 2 \(health staff\), a higher level/,
    );
  });

  test('a course linked without a level uses its course’s level; London’s introductory courses are placed one by one', () => {
    const groupBCourse = london.courses.find((c) => c.levelId === 'london-group-b' && !c.title.match(/Level [12]$/))!;
    const rows = crosswalk([london], coventry, [onCourse('london', groupBCourse.id), onCourse('london', 'london-intro-basic-awareness')]);
    expect(rows[0].source!.itemTitle).toBe('Group B');
    expect(rows[0].targets.map((t) => t.id)).toEqual(['level-2']);
    expect(rows[0].confidence).toBe('likely');
    expect(rows[1].source!.step.id).toBe('induction');
    expect(rows[1]).toMatchObject({ status: 'matched', confidence: 'stated' });
    expect(rows[1].targets.map((t) => t.id)).toEqual(['single-agency']);
  });

  test('a training logged against a pathway item is placed by the course the item resolves to', () => {
    const pathway = london.pathways.find((p) => p.items.some((i) => i.courseId && !i.introductory))!;
    const item = pathway.items.find((i) => i.courseId && !i.introductory)!;
    const course = london.courses.find((c) => c.id === item.courseId)!;
    const [row] = crosswalk([london], worcestershire, [
      training(D, { link: { frameworkId: 'london', pathwayId: pathway.id, pathwayItemId: item.id } }),
    ]);
    expect(row.status).not.toBe('not-mapped');
    expect(row.source!.itemTitle).toBe(london.levels.find((l) => l.id === course.levelId)?.title ?? course.title);
  });

  test('London Level 1 / Level 2 course variants carry London’s own meaning of the words', () => {
    const level1 = london.courses.find((c) => c.title.endsWith('Level 1'))!;
    const [row] = crosswalk([london], worcestershire, [onCourse('london', level1.id)]);
    expect(row.notes[0].text).toMatch(/foundation level.*not Coventry’s Level 1 or Intercollegiate Level 1/);
    expect(row.notes[0].cite?.quote).toBe('Level 1 indicates the course is delivered at foundation level');
  });

  test('nothing at the same step: the nearest step below is offered as uncertain; nothing below: no match', () => {
    const [advanced] = crosswalk([london], coventry, [atLevel('london', 'london-advanced')]);
    expect(advanced).toMatchObject({ status: 'lower', confidence: 'uncertain' });
    expect(advanced.targets.map((t) => t.id)).toEqual(['level-3']);

    const [induction] = crosswalk([coventry], solihull, [atLevel('coventry', 'single-agency')]);
    expect(induction).toMatchObject({ status: 'no-match', confidence: null, targets: [] });
    expect(induction.explanation).toMatch(/Confirm with your new partnership/);
  });

  test('frameworks without levels: Solihull modules place uncertainly, and Sandwell offers its minimum content topics', () => {
    const [row] = crosswalk([solihull], sandwell, [onCourse('solihull', 'solihull-module-2')]);
    expect(row.source).toMatchObject({
      itemTitle: 'Module 2 Child Protection: An introduction to multi-agency working',
      confidence: 'uncertain',
    });
    expect(row.targets.map((t) => t.id)).toEqual(['sandwell-topic-core-working-together']);
    expect(row.confidence).toBe('uncertain');

    // Solihull's own modules are not replaced by another partnership's level, but back in
    // Solihull the module counts as itself.
    const [toSolihull] = crosswalk([coventry], solihull, [atLevel('coventry', 'level-2')]);
    expect(toSolihull.targets.map((t) => t.id)).toEqual(['solihull-own-agency-foundation']);
    expect(toSolihull.status).toBe('lower');
    const [self] = crosswalk([solihull], solihull, [onCourse('solihull', 'solihull-module-2')]);
    expect(self).toMatchObject({ status: 'matched', confidence: 'stated' });
    expect(self.targets[0]).toMatchObject({ kind: 'course', id: 'solihull-module-2' });
  });

  test('training with no framework link, or a link that cannot be placed, is listed as not mapped', () => {
    const rows = crosswalk(all, london, [
      training(D, { title: 'Safeguarding refresher (employer)' }),
      training(D, { title: 'Unknown', link: { frameworkId: 'elsewhere', levelId: 'x' } }),
      training(D, { title: 'Sandwell, no level', link: { frameworkId: 'sandwell' } }),
    ]);
    expect(rows.map((r) => r.status)).toEqual(['not-mapped', 'not-mapped', 'not-mapped']);
    expect(rows[0].explanation).toBe('Not mapped: not linked to a framework level or course. Confirm with your new partnership.');
    expect(rows.every((r) => r.targets.length === 0 && r.confidence === null)).toBe(true);
  });

  test('every level of every framework gets a row against every other framework, and nothing passed in is changed', () => {
    const trainings = all.flatMap((f) => f.levels.map((l) => atLevel(f.id, l.id)));
    const before = JSON.stringify({ trainings, all, STEP_PLACEMENTS });
    for (const target of all) {
      const rows = crosswalk(Object.freeze([...all]), target, Object.freeze([...trainings]));
      expect(rows).toHaveLength(trainings.length);
      expect(rows.every((r) => r.status !== 'not-mapped')).toBe(true);
      for (const r of rows) if (r.status === 'matched' || r.status === 'lower') expect(r.targets.length).toBeGreaterThan(0);
    }
    expect(JSON.stringify({ trainings, all, STEP_PLACEMENTS })).toBe(before);
  });

  test('for any training in any framework: targets belong to the target framework, never sit a step higher, and "stated" needs both halves stated', () => {
    // Every level and course of every framework, plus a few links that cannot be placed.
    const links = [
      ...all.flatMap((f) => [
        ...f.levels.map((l) => ({ frameworkId: f.id, levelId: l.id })),
        ...f.courses.map((c) => ({ frameworkId: f.id, courseId: c.id })),
      ]),
      { frameworkId: 'sandwell' },
      { frameworkId: 'nowhere', levelId: 'x' },
    ];
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...links), { nil: null }), { maxLength: 12 }),
        fc.constantFrom(...all),
        (picked, target) => {
          const trainings = picked.map((link) => training(D, { link }));
          const rows = crosswalk(all, target, trainings);
          expect(rows.map((r) => r.trainingId)).toEqual(trainings.map((t) => t.id));
          for (const row of rows) {
            if (row.status === 'not-mapped' || row.status === 'no-match') {
              expect(row.targets).toEqual([]);
              expect(row.explanation).toMatch(/Confirm with your new partnership\.$/);
              continue;
            }
            const own = STEP_PLACEMENTS.filter((p) => p.frameworkId === target.id);
            for (const t of row.targets) {
              const placement = own.find((p) => p.item.kind === t.kind && ('id' in p.item ? p.item.id : '') === t.id);
              if (row.source!.frameworkId === target.id) continue; // its own item, as recorded
              expect(placement, `${target.id} ${t.id}`).toBeDefined();
              expect(referenceStep(placement!.step).order).toBeLessThanOrEqual(row.source!.step.order);
            }
            if (row.confidence === 'stated' && row.source!.frameworkId !== target.id)
              expect([row.source!.confidence, ...row.targets.map((t) => t.confidence)].every((c) => c === 'stated')).toBe(true);
            // Between two partnerships no match reads as the sources' own, and each asks to confirm.
            if (row.source!.frameworkId !== target.id) {
              expect(row.explanation).toMatch(/Confirm with your new partnership/);
              expect(row.explanation).not.toMatch(/Both sources/);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('confidence is the weaker of the two halves', () => {
    expect(weakerConfidence('stated', 'likely')).toBe('likely');
    expect(weakerConfidence('uncertain', 'stated')).toBe('uncertain');
    expect(weakerConfidence('stated', 'stated')).toBe('stated');
  });
});

describe('switching and following frameworks', () => {
  test('switching moves the current framework to the previous ones and asks for group and role again', () => {
    const before = profile({
      frameworkId: 'worcestershire',
      groupId: 'worcestershire-all-staff',
      roleId: 'r',
      extraFrameworkIds: ['london'],
      previousFrameworkIds: ['sandwell'],
    });
    const frozen = JSON.stringify(before);
    const after = switchFramework(before, 'london');
    expect(after).toMatchObject({
      frameworkId: 'london',
      groupId: null,
      roleId: null,
      extraFrameworkIds: [],
      previousFrameworkIds: ['sandwell', 'worcestershire'],
    });
    expect(after.name).toBe(before.name);
    expect(JSON.stringify(before)).toBe(frozen);
    // Moving back takes the framework out of the previous ones, never listing it twice.
    expect(switchFramework(after, 'worcestershire').previousFrameworkIds).toEqual(['sandwell', 'london']);
    expect(switchFramework(before, 'worcestershire')).toBe(before);
  });

  test('following another framework adds it once; stopping removes it', () => {
    const p = profile({ frameworkId: 'coventry' });
    const following = followAlso(p, 'london');
    expect(following.extraFrameworkIds).toEqual(['london']);
    expect(followAlso(following, 'london').extraFrameworkIds).toEqual(['london']);
    expect(followAlso(p, 'coventry')).toBe(p);
    expect(stopFollowing(following, 'london').extraFrameworkIds).toEqual([]);
    expect(p.extraFrameworkIds).toEqual([]);
  });
});

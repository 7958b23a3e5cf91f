import { expect, test } from 'vitest';
import { actionHref } from '../../src/ui/home/actions';

test('each suggestion action leads to the record route that does it', () => {
  expect(actionHref({ type: 'plan-course', courseId: 'solihull-module-1' })).toBe('#/record/plan/new?course=solihull-module-1');
  expect(actionHref({ type: 'plan-course', courseId: 'c', pathwayId: 'pw', pathwayItemId: 'i 1' })).toBe(
    '#/record/plan/new?course=c&pathway=pw&pathwayItem=i+1',
  );
  expect(actionHref({ type: 'plan-course', levelId: 'worcestershire-lead' })).toBe('#/record/plan/new?level=worcestershire-lead');
  expect(actionHref({ type: 'log-training' })).toBe('#/record/training/new');
  expect(actionHref({ type: 'log-training', pathwayId: 'pw', pathwayItemId: 'dv2' })).toBe(
    '#/record/training/new?pathway=pw&pathwayItem=dv2',
  );
  expect(actionHref({ type: 'log-training', planId: 'p1' })).toBe('#/record/plan/p1');
  expect(actionHref({ type: 'write-impact-note', trainingId: 't1' })).toBe('#/record/training/t1?focus=impact');
  expect(actionHref({ type: 'write-impact-note' })).toBe('#/record?filter=impact-due');
  expect(actionHref({ type: 'attach-certificate', trainingId: 't1' })).toBe('#/record/training/t1?focus=certificate');
  expect(actionHref({ type: 'attach-certificate' })).toBe('#/record?filter=no-certificate');
  expect(actionHref({ type: 'record-approval', planId: 'p1' })).toBe('#/record/plan/p1');
  expect(actionHref({ type: 'choose-pathway' })).toBe('#/pathway');
  expect(actionHref({ type: 'confirm-step', stepKey: 'r/s' })).toBeNull();
});

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { TrainingDetail } from '../../src/ui/record/TrainingDetail';
import { ToastBar } from '../../src/ui/record/Toast';
import { CertificateAttach } from '../../src/ui/record/Certificates';
import { PlanForm } from '../../src/ui/record/PlanForm';
import { PlanList } from '../../src/ui/record/PlanList';
import { ReflectionForm } from '../../src/ui/record/ReflectionForm';
import { TrainingList } from '../../src/ui/record/TrainingList';
import { db } from '../../src/db/db';
import { saveProfile } from '../../src/db/profile';
import { saveTraining, type TrainingInput } from '../../src/db/trainings';
import { addCertificates } from '../../src/db/certificates';
import { saveReflection } from '../../src/db/reflections';
import { savePlan } from '../../src/db/plans';
import { sha256Hex } from '../../src/ui/record/certificate-files';
import { useProfileStore } from '../../src/state/profile';
import { useRecordUi } from '../../src/state/record';
import { rulesForPlan } from '../../src/domain/plan-rules';
import { addDaysIso, formatDate, localToday } from '../../src/domain/dates';
import { doneDateError } from '../../src/ui/record/plan-values';
import { fixtureFramework, fixtureProfile } from './fixture';
import { draftWritesSettled } from './draft-writes';
import { minimalPdf } from '../fixtures/pdf';

vi.mock('../../src/db/drafts', async () => (await import('./draft-writes')).trackedDrafts());

beforeEach(async () => {
  await db.open();
  useProfileStore.setState({ status: 'ready', profile: await saveProfile(fixtureProfile), error: null });
  useRecordUi.setState({ toast: null });
  useRecordUi.getState().resetFilter();
});
afterEach(async () => {
  cleanup(); // unmounting flushes any pending draft: let that write land before clearing
  await draftWritesSettled();
  await Promise.all(db.tables.map((t) => t.clear()));
});

const today = localToday();
/** A native change event (testing-library's fireEvent.change sends "input", as for preact/compat). */
const change = (el: HTMLElement, value?: string) =>
  act(() => {
    if (value !== undefined) (el as HTMLSelectElement).value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
const entry = (p: Partial<TrainingInput> = {}): TrainingInput => ({
  title: 'Working Together',
  providerKind: 'partnership',
  providerName: 'FSCP',
  startDate: today,
  endDate: today,
  hours: 3,
  mode: 'virtual',
  level: 'Level 2',
  link: null,
  agency: 'multi',
  participatory: true,
  notes: '',
  impact: null,
  ...p,
});
const pdf = async () => {
  const bytes = (await minimalPdf()).buffer as ArrayBuffer;
  return {
    fileName: 'certificate.pdf',
    mimeType: 'application/pdf' as const,
    size: bytes.byteLength,
    originalSize: bytes.byteLength,
    sha256: await sha256Hex(bytes),
    bytes,
  };
};

describe('deleting an entry', () => {
  test('with certificates and a reflection: a confirmation first, then Undo in the toast brings everything back', async () => {
    const t = await saveTraining(entry());
    await addCertificates(t.id, [await pdf()]);
    await saveReflection({
      trainingId: t.id,
      kind: 'reflection',
      date: today,
      title: 'Learnt',
      template: 'free',
      sections: {},
      text: 'x',
      peerReflection: false,
    });
    render(
      <>
        <TrainingDetail id={t.id} framework={fixtureFramework} />
        <ToastBar />
      </>,
    );
    await screen.findByText('certificate.pdf', { selector: '.rec-cert-name' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this entry?' });
    expect(dialog.textContent).toContain('It has 1 certificate and 1 reflection');
    await waitFor(() => expect(document.activeElement).toBe(dialog));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete the entry and its certificates and reflections' }));
    const toast = await screen.findByText('Entry deleted, with 2 linked items.');
    expect(await db.trainings.count()).toBe(0);
    expect(await db.certificates.count()).toBe(0);
    expect(location.hash).toBe('#/record');
    fireEvent.click(within(toast.closest('.rec-toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(useRecordUi.getState().toast).toBeNull());
    expect(await db.trainings.get(t.id)).toEqual(t);
    expect(await db.certificates.where('trainingId').equals(t.id).count()).toBe(1);
    expect(await db.reflections.where('trainingId').equals(t.id).count()).toBe(1);
  });

  test('without linked items: deleted at once, with Undo', async () => {
    const t = await saveTraining(entry({ title: 'Solo' }));
    render(
      <>
        <TrainingDetail id={t.id} framework={null} />
        <ToastBar />
      </>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await screen.findByText('“Solo” deleted.');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await db.trainings.count()).toBe(0);
  });
});

test('attaching certificates: a wrong file is refused by name, the other file is kept', async () => {
  const t = await saveTraining(entry());
  render(<CertificateAttach trainingId={t.id} />);
  const input = screen.getByLabelText('Add certificate files') as HTMLInputElement;
  const good = new File([await minimalPdf()], 'good.pdf', { type: 'application/pdf' });
  const bad = new File(['PK\u0003\u0004 a word file'], 'certificate.pdf', { type: 'application/pdf' });
  Object.defineProperty(input, 'files', { value: [good, bad], configurable: true });
  await change(input);
  const problem = await screen.findByText(/"certificate.pdf" was not added: it is not a PDF, JPEG, PNG or WebP file/);
  expect(problem.closest('[role=alert]')).toBeTruthy();
  expect(await screen.findByText('Added “good.pdf”.')).toBeTruthy();
  const stored = await db.certificates.toArray();
  expect(stored.map((c) => [c.fileName, c.trainingId])).toEqual([['good.pdf', t.id]]);
  // The camera input asks for the rear camera.
  expect(screen.getByLabelText('Take a photo').getAttribute('capture')).toBe('environment');
});

describe('plans', () => {
  test('approval and charging rules of the framework show for a Level 2 course, with the approved-by fields', async () => {
    location.hash = '#/record/plan/new';
    render(<PlanForm framework={fixtureFramework} frameworkId="fixture" />);
    fireEvent.click(await screen.findByRole('radio', { name: /Introduction to safeguarding/ }));
    expect(screen.queryByText(/Manager approval required/)).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /Neglect: recognising/ }));
    expect(screen.getByText(/Manager approval required/)).toBeTruthy();
    expect(screen.getByText(/£125: a non-contributing agency attends a Level 2 course/)).toBeTruthy();
    expect((screen.getByLabelText('Hours') as HTMLInputElement).value).toBe('6');
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2027-01-15' } });
    fireEvent.click(screen.getByLabelText('My manager has approved this'));
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Enter the name of the manager who approved it.');
    fireEvent.input(screen.getByLabelText('Approved by'), { target: { value: 'Jo Manager' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(async () => expect(await db.plans.count()).toBe(1));
    const [plan] = await db.plans.toArray();
    expect(plan).toMatchObject({
      title: 'Neglect: recognising and responding',
      plannedDate: '2027-01-15',
      hours: 6,
      approval: { approved: true, byName: 'Jo Manager', date: null },
    });
  });

  test('"Mark as done" asks the date it was done (the planned date once passed), logs the entry, and Undo reopens it', async () => {
    const plan = await savePlan({
      title: 'Child exploitation',
      plannedDate: '2026-01-10',
      link: { frameworkId: 'fixture', courseId: 'exploitation', levelId: 'l2' },
      hours: 2.5,
      approval: { approved: false, byName: '', date: null },
      notes: '',
      doneTrainingId: null,
    });
    render(
      <>
        <PlanList framework={fixtureFramework} />
        <ToastBar />
      </>,
    );
    expect(await screen.findByText('Not yet approved by your manager.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as done: Child exploitation' }));
    const date = screen.getByLabelText('When did you do it? Child exploitation') as HTMLInputElement;
    expect(date.value).toBe('2026-01-10');
    expect(document.activeElement).toBe(date);
    fireEvent.click(screen.getByRole('button', { name: 'Log as done: Child exploitation' }));
    await screen.findByText(/logged as done on 10 Jan 2026/);
    const [t] = await db.trainings.toArray();
    expect(t).toMatchObject({
      title: 'Child exploitation',
      startDate: '2026-01-10',
      hours: 2.5,
      mode: 'virtual',
      level: 'Level 2',
      agency: 'multi',
      providerKind: 'partnership',
    });
    expect((await db.plans.get(plan.id))?.doneTrainingId).toBe(t.id);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.trainings.count()).toBe(0));
    expect((await db.plans.get(plan.id))?.doneTrainingId).toBeNull();
  });

  test('"Mark as done" on a plan still to come offers today, and refuses a future or impossible date, writing nothing', async () => {
    const today = localToday();
    const later = addDaysIso(today, 14);
    const plan = await savePlan({
      title: 'Neglect',
      plannedDate: later,
      link: null,
      hours: 3,
      approval: null,
      notes: '',
      doneTrainingId: null,
    });
    render(
      <>
        <PlanList framework={fixtureFramework} />
        <ToastBar />
      </>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as done: Neglect' }));
    const date = screen.getByLabelText('When did you do it? Neglect') as HTMLInputElement;
    expect(date.value).toBe(today);
    fireEvent.input(date, { target: { value: later } });
    fireEvent.click(screen.getByRole('button', { name: 'Log as done: Neglect' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `The date you did it is in the future (after ${formatDate(today)}). Leave the plan open until you have done it.`,
    );
    expect(date.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(date, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log as done: Neglect' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter the date you did it, for example 27/11/2026.');
    expect(await db.trainings.count()).toBe(0);
    expect((await db.plans.get(plan.id))?.doneTrainingId).toBeNull();
    // A past date is taken.
    const past = addDaysIso(today, -3);
    fireEvent.input(date, { target: { value: past } });
    fireEvent.click(screen.getByRole('button', { name: 'Log as done: Neglect' }));
    await screen.findByText(new RegExp(`logged as done on ${formatDate(past)}`));
    expect((await db.trainings.toArray())[0]).toMatchObject({ startDate: past, endDate: past });
  });

  test('a volunteer is told who "your manager" is: the person who coordinates their volunteering', async () => {
    useProfileStore.setState({ status: 'ready', profile: await saveProfile({ ...fixtureProfile, volunteer: true }), error: null });
    await savePlan({
      title: 'Child exploitation',
      plannedDate: '2027-01-10',
      link: { frameworkId: 'fixture', courseId: 'exploitation', levelId: 'l2' },
      hours: 2.5,
      approval: { approved: false, byName: '', date: null },
      notes: '',
      doneTrainingId: null,
    });
    render(<PlanList framework={fixtureFramework} />);
    expect(await screen.findByText('Not yet approved by your manager or the person who coordinates your volunteering.')).toBeTruthy();
  });

  test('doneDateError: impossible, future and ancient dates refused; today and past taken', () => {
    expect(doneDateError('2026-02-30', '2026-11-30')).toMatch(/^Enter the date/);
    expect(doneDateError('27/11/2026', '2026-11-30')).toMatch(/^Enter the date/);
    expect(doneDateError('1066-10-14', '2026-11-30')).toMatch(/^Enter the date/);
    expect(doneDateError('2026-12-01', '2026-11-30')).toMatch(/in the future \(after 30 Nov 2026\)/);
    expect(doneDateError('2026-11-30', '2026-11-30')).toBeNull();
    expect(doneDateError('2025-01-01', '2026-11-30')).toBeNull();
  });

  test('rules select courses by id, level or all courses, and respect the profile group', () => {
    const fw = { ...fixtureFramework, rules: [{ ...fixtureFramework.rules[0], appliesTo: { allCourses: true, groupIds: ['g1'] } }] };
    const link = { frameworkId: 'fixture', courseId: 'intro' };
    expect(rulesForPlan(fw, link, { groupId: 'g1', flags: {} }).approval).toHaveLength(1);
    expect(rulesForPlan(fw, link, { groupId: 'g2', flags: {} }).approval).toHaveLength(0);
    expect(rulesForPlan(fw, null).approval).toHaveLength(0);
    expect(rulesForPlan(fixtureFramework, { frameworkId: 'other', courseId: 'neglect' }).approval).toHaveLength(0);
  });
});

describe('reflections', () => {
  test('template choice shows its sections, each with the privacy reminder; empty reflections are refused', async () => {
    const t = await saveTraining(entry());
    location.hash = '#/record/reflection/new';
    render(<ReflectionForm trainingId={t.id} />);
    await screen.findByLabelText('What?');
    expect(screen.getByLabelText('So what?')).toBeTruthy();
    expect(screen.getAllByText(/Do not write a child’s or family’s name/).length).toBe(4);
    fireEvent.click(screen.getByRole('radio', { name: 'Gibbs’ reflective cycle' }));
    for (const l of ['Description', 'Feelings', 'Evaluation', 'Analysis', 'Conclusion', 'Action plan'])
      expect(screen.getByLabelText(l)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Write something in at least one part');
    fireEvent.input(screen.getByLabelText('Feelings'), { target: { value: 'Unsure at first' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    await waitFor(async () => expect(await db.reflections.count()).toBe(1));
    const [r] = await db.reflections.toArray();
    expect(r).toMatchObject({ trainingId: t.id, template: 'gibbs', sections: { feelings: 'Unsure at first' }, kind: 'reflection' });
  });
});

describe('the training list', () => {
  test('totals, "no certificate" marker, impact due marker, search and paging', async () => {
    const many: TrainingInput[] = Array.from({ length: 120 }, (_, i) =>
      entry({ title: `Course ${i}`, startDate: '2020-01-01', endDate: '2020-01-01', hours: 1 }),
    );
    await db.trainings.bulkPut(many.map((m, i) => ({ ...m, id: `id${i}`, createdAt: '', updatedAt: '' })));
    const withCert = await saveTraining(entry({ title: 'Certified course', hours: 2 }));
    await addCertificates(withCert.id, [await pdf()]);
    const fourMonthsAgo = new Date();
    fourMonthsAgo.setMonth(fourMonthsAgo.getMonth() - 4);
    const d = fourMonthsAgo.toISOString().slice(0, 10);
    await saveTraining(entry({ title: 'Needs impact', startDate: d, endDate: d }));
    render(<TrainingList />);
    expect(await screen.findByText('122 entries.')).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBe(50);
    const certified = screen.getByText('Certified course').closest('a')!;
    expect(within(certified).getByText('Certificate')).toBeTruthy();
    const impact = screen.getByText('Needs impact').closest('a')!;
    expect(within(impact).getByText('No certificate')).toBeTruthy();
    expect(within(impact).getByText(/Impact note due by/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Show more/ }));
    expect(screen.getAllByRole('listitem').length).toBe(100);
    fireEvent.input(screen.getByLabelText('Search your training'), { target: { value: 'course 11' } });
    expect(await screen.findByText('11 of 122 entries match.')).toBeTruthy();
    await change(screen.getByLabelText('Certificate'), 'with');
    fireEvent.input(screen.getByLabelText('Search your training'), { target: { value: '' } });
    expect(await screen.findByText('1 of 122 entries match.')).toBeTruthy();
  });
});

test('the certificates tab: a certificate added on its own is linked to an entry; linked files are not loaded', async () => {
  const { CertificateList } = await import('../../src/ui/record/CertificateList');
  const t = await saveTraining(entry({ title: 'Neglect' }));
  const other = await saveTraining(entry({ title: 'Exploitation' }));
  await addCertificates(other.id, [await pdf(), await pdf()]);
  const [loose] = await addCertificates(null, [{ ...(await pdf()), fileName: 'loose.pdf' }]);
  render(<CertificateList />);
  await screen.findByText('Not linked to an entry (1)');
  expect(screen.getByText('Linked to entries (2 certificates)')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Exploitation' })).toBeTruthy();
  await change(screen.getByLabelText('Linked to'), t.id);
  await screen.findByText('Not linked to an entry (0)');
  expect((await db.certificates.get(loose.id))?.trainingId).toBe(t.id);
  expect(screen.getByText('Linked to entries (3 certificates)')).toBeTruthy();
});

test('the impact note is kept as a draft, saved with its date, and the window is explained', async () => {
  const t = await saveTraining(entry({ title: 'Impact' }));
  const first = render(<TrainingDetail id={t.id} framework={null} />);
  const box = await screen.findByLabelText('How has this training changed what you do?');
  expect(screen.getByText(/Best written between/)).toBeTruthy();
  fireEvent.input(box, { target: { value: 'I now check for neglect signs at every visit' } });
  await waitFor(async () =>
    expect((await db.drafts.get(`impact:${t.id}`))?.data.text).toBe('I now check for neglect signs at every visit'),
  );
  first.unmount();
  render(<TrainingDetail id={t.id} framework={null} />);
  await waitFor(() =>
    expect((screen.getByLabelText('How has this training changed what you do?') as HTMLTextAreaElement).value).toBe(
      'I now check for neglect signs at every visit',
    ),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Save impact note' }));
  await screen.findByText('Impact note saved.');
  expect((await db.trainings.get(t.id))?.impact).toEqual({ text: 'I now check for neglect signs at every visit', date: today });
  expect(await db.drafts.get(`impact:${t.id}`)).toBeUndefined();
});

test('the list follows writes: a new entry and a new certificate show without reloading', async () => {
  render(<TrainingList />);
  await screen.findByText('Nothing logged yet.');
  const t = await saveTraining(entry({ title: 'Written elsewhere' }));
  const row = (await screen.findByText('Written elsewhere')).closest('a')!;
  expect(within(row).getByText('No certificate')).toBeTruthy();
  await addCertificates(t.id, [await pdf()]);
  await waitFor(() => expect(within(screen.getByText('Written elsewhere').closest('a')!).getByText('Certificate')).toBeTruthy());
});

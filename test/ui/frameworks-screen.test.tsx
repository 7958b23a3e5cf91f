import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { FrameworksScreen } from '../../src/ui/screens/Frameworks';
import { useProfileStore } from '../../src/state/profile';
import { loadFramework } from '../../src/frameworks/registry';
import type { Profile } from '../../src/domain/types';
import { SEED_FILES } from '../../src/frameworks/seed-files';

function at(hash: string) {
  location.hash = hash;
  return render(<FrameworksScreen />);
}

beforeEach(() => {
  useProfileStore.setState({ status: 'ready', profile: { frameworkId: 'coventry' } as Profile });
});
afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('Frameworks screen', () => {
  it('lists the five frameworks, marks the user’s own, and opens one from its link', async () => {
    at('#/frameworks');
    const links = within(screen.getByRole('list')).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Solihull', 'Sandwell', 'Coventry', 'London', 'Worcestershire']);
    expect(links[2].parentElement?.textContent).toContain('(your framework)');

    fireEvent.click(links[2]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Coventry: Inter-agency Training Strategy' })).toBeTruthy();
  });

  it('shows Coventry’s levels, groups, rules with their force, charges and citations', async () => {
    at('#/frameworks/coventry');
    expect(await screen.findByText('Level 2 Working Together to Safeguard Children', { selector: 'strong' })).toBeTruthy();
    expect(
      screen.getByText(/Group 4: those who have particular specialist child protection responsibilities/, { selector: 'summary' }),
    ).toBeTruthy();
    // Courses are grouped under their level.
    const course = screen.getByText('Working Together to Safeguard Children', { selector: 'summary' });
    expect(course.closest('.fw-course-group')?.querySelector('h3')?.textContent).toMatch(/^Level 2 Working Together/);

    const rule = screen
      .getByText(/Level 2 \(Working Together to Safeguard Children\) is for practitioners who have completed/)
      .closest('li')!;
    expect(within(rule).getByText('Recommendation', { selector: '.fw-force' })).toBeTruthy();
    expect(
      within(rule).getByText(/Met by any one of: Single agency or voluntary sector foundation training; Level 1 inter-agency training/),
    ).toBeTruthy();
    expect(within(rule).getByText('Source: Table 1 Training levels within Inter-Agency Framework: Level 2, target audience')).toBeTruthy();

    const charging = screen.getByText(/Every agency, contributing or not, is charged/).closest('li')!;
    expect(within(charging).getByText('Requirement', { selector: '.fw-force' })).toBeTruthy();
    expect(within(charging).getByText('Cancelled with between 2 and 4 weeks’ notice: £75.')).toBeTruthy();
    expect(within(charging).getByText('An appropriate substitute attends instead: no charge.')).toBeTruthy();

    // Sections are collapsible; the overview starts open with the partnership and document.
    const sections = document.querySelectorAll('details.fw-section');
    expect(sections.length).toBe(7);
    expect((sections[0] as HTMLDetailsElement).open).toBe(true);
    expect(
      within(sections[0] as HTMLElement).getByText('Coventry Safeguarding Children Partnership (CSCP)', { selector: 'dd' }),
    ).toBeTruthy();
    // No file names and no notes written for developers anywhere on the page.
    const coventry = await loadFramework('coventry');
    const page = document.body.textContent ?? '';
    expect(page).not.toContain(SEED_FILES.coventry);
    expect(page).not.toMatch(/\.txt\b|\d{3}_[0-9a-f]{16}/);
    for (const note of coventry.notes) expect(page).not.toContain(note.slice(0, 60));
    expect(screen.queryByRole('heading', { name: 'About this source' })).toBeNull();
  });

  it('shows a course with its outcomes, assumed hours in the source’s words, and its citation', async () => {
    const solihull = await loadFramework('solihull');
    const course = solihull.courses.find((c) => c.length && !c.length.stated && c.outcomes.length > 0);
    expect(course, 'Solihull has a course with assumed hours').toBeTruthy();
    at('#/frameworks/solihull');
    const summary = await screen.findByText(course!.title, { selector: 'summary' });
    const item = summary.closest('details')!;
    expect(
      within(item).getByText(`${course!.length!.hours} hours (assumed from ${course!.length!.sourceText})`, { selector: 'dd' }),
    ).toBeTruthy();
    expect(within(item).getByText(course!.outcomes[0])).toBeTruthy();
    expect(within(item).getByText(`Source: ${course!.cite.section}${course!.cite.page ? `, page ${course!.cite.page}` : ''}`)).toBeTruthy();
  });

  it('shows pathway items resolved to a course, and those without a catalogue course', async () => {
    const london = await loadFramework('london');
    const pathway = london.pathways.find((p) => p.items.some((i) => i.courseId === null));
    expect(pathway, 'London has a pathway item without a catalogue course').toBeTruthy();
    at('#/frameworks/london');
    const item = (await screen.findByText(pathway!.roleTitle, { selector: 'summary' })).closest('details')!;
    const rows = within(item).getAllByRole('listitem');
    expect(rows).toHaveLength(pathway!.items.length);
    pathway!.items.forEach((pi, i) => {
      const course = london.courses.find((c) => c.id === pi.courseId);
      if (course) expect(rows[i].textContent).toContain(`Course: ${course.title}`);
      else expect(rows[i].textContent).toContain('No catalogue course');
    });
  });

  it('says so when the framework does not exist', async () => {
    at('#/frameworks/atlantis');
    // Not bundled: the frameworks the user added are looked at first.
    expect(await screen.findByRole('heading', { level: 1, name: 'Framework not found' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('There is no framework called “atlantis”');
  });
});

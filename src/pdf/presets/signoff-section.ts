/**
 * The supervision PDF's record of the last sign-off made on the device (src/ui/screens/SignOff):
 * its signature, name, role, date and agreed actions, the actions agreed at earlier
 * supervisions with where they stand now, and the entries changed since a sign-off covered them
 * ("Changed since signed"). The notes and actions go to the privacy check.
 */
import { formatDate } from '../../domain/dates';
import { limitText, TEXT_LIMITS } from '../../domain/limits';
import { ACTION_STATUS_LABELS, entriesCountText, newestFirst } from '../../domain/signoff';
import type { Block, PresetContext, Section } from '../types';

export function lastSignOffSection(ctx: PresetContext): Section | null {
  const { record, today } = ctx.input;
  const [last, ...earlier] = newestFirst((record.signoffs ?? []).filter((s) => s.date <= today));
  if (!last) return null;
  const count = last.covered.length;
  const source = { kind: 'signoff' as const, id: last.id, label: `Sign-off of ${formatDate(last.date)}` };
  if (last.notes) ctx.texts.push({ text: last.notes, source, field: 'notes' });
  for (const a of last.agreedActions) ctx.texts.push({ text: a.text, source, field: 'agreed action' });
  for (const s of earlier)
    for (const a of s.agreedActions)
      ctx.texts.push({
        text: a.text,
        source: { kind: 'signoff', id: s.id, label: `Sign-off of ${formatDate(s.date)}` },
        field: 'agreed action',
      });
  const blocks: Block[] = [
    {
      kind: 'keyValues',
      rows: [
        ['Signed on', formatDate(last.date)],
        ['Supervisor', last.supervisorName],
        ['Role', last.supervisorRole],
        ['Covering', `${formatDate(last.periodStart)} to ${formatDate(last.periodEnd)}: ${entriesCountText(count)}`],
      ],
    },
  ];
  if (last.notes) blocks.push({ kind: 'paragraph', text: limitText(last.notes, TEXT_LIMITS.long) });
  blocks.push(
    last.signature.kind === 'drawn'
      ? { kind: 'signatureImage', png: last.signature.png, caption: `Signature of ${last.supervisorName}` }
      : { kind: 'paragraph', text: `Signed by typing their name: ${last.signature.text}`, style: 'bold' },
  );
  blocks.push({
    kind: 'table',
    caption: 'Actions agreed',
    columns: [{ header: 'Action' }, { header: 'Status', width: 35 }],
    rows: last.agreedActions.map((a) => [a.text, ACTION_STATUS_LABELS[a.status]]),
    emptyText: 'No actions were agreed.',
  });
  const previous = earlier.flatMap((s) => s.agreedActions.map((a) => [formatDate(s.date), a.text, ACTION_STATUS_LABELS[a.status]]));
  if (previous.length)
    blocks.push({
      kind: 'table',
      caption: 'Actions agreed at earlier supervisions',
      columns: [{ header: 'Agreed on', width: 28 }, { header: 'Action' }, { header: 'Status', width: 35 }],
      rows: previous,
      emptyText: '',
    });
  const changed = [...(record.signedChanges ?? [])].sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.title.localeCompare(b.title));
  if (changed.length)
    blocks.push({
      kind: 'table',
      caption: 'Changed since signed',
      columns: [{ header: 'Entry' }, { header: 'Kind', width: 28 }, { header: 'Signed on', width: 30 }],
      rows: changed.map((c) => [c.title, c.table === 'trainings' ? 'Training' : 'Reflection', formatDate(c.signedOn)]),
      emptyText: '',
    });
  return { id: 'last-signoff', title: 'Last supervision sign-off', blocks };
}

import { useState } from 'preact/hooks';
import type { Progress } from '../../domain/progress';
import { alarmDays } from '../../state/calendar';

/** Downloads the reminders as an .ics file (the iCalendar code loads on first use). */
export function RemindersButton(props: { progress: Progress }) {
  const [status, setStatus] = useState<string>('');
  const download = async () => {
    const [{ buildIcs, reminderEvents }, days] = await Promise.all([import('../../domain/ics'), alarmDays()]);
    const events = reminderEvents(props.progress);
    if (!events.length) {
      setStatus('There are no due dates or plans to add yet.');
      return;
    }
    const ics = buildIcs(events, new Date().toISOString(), { alarmDays: days });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'safeguarding-reminders.ics';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(`Downloaded ${events.length} ${events.length === 1 ? 'event' : 'events'}.`);
  };
  return (
    <>
      <button type="button" class="secondary" onClick={() => void download()}>
        Download reminders (.ics)
      </button>
      <p role="status" class="hint">
        {status}
      </p>
    </>
  );
}

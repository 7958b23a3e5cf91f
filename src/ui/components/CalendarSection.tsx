import { useEffect, useState } from 'preact/hooks';
import { describeAlarmDays, parseAlarmDays } from '../../domain/calendar-settings';
import { alarmDays, saveAlarmDays } from '../../state/calendar';

/** Settings > Calendar reminders: how many days before each date the calendar file reminds. */
export function CalendarSection() {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => void alarmDays().then((d) => setText(d.join(', '))), []);
  if (text === null) return null;
  const save = async (e: Event) => {
    e.preventDefault();
    const parsed = parseAlarmDays(text);
    if ('error' in parsed) {
      setError(parsed.error);
      setStatus('');
      return;
    }
    setError('');
    try {
      await saveAlarmDays(parsed.days);
      setText(parsed.days.join(', '));
      setStatus(`Saved: each event in the calendar file reminds you ${describeAlarmDays(parsed.days)} (at 9 am).`);
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section aria-labelledby="calendar-title" class="settings-section">
      <h2 id="calendar-title">Calendar reminders</h2>
      <form onSubmit={(e) => void save(e)} noValidate>
        <p class="hint">
          Home's "Download reminders" puts your due dates, plans and scheme deadlines in your calendar. Download it again after a change: it
          updates the same events.
        </p>
        <label for="alarm-days">Remind me this many days before (separate with commas; leave empty for no reminders)</label>
        <input
          id="alarm-days"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'alarm-days-error' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        {error && (
          <p id="alarm-days-error" class="field-error" role="alert">
            {error}
          </p>
        )}
        <div class="form-actions">
          <button type="submit" class="secondary">
            Save calendar reminders
          </button>
        </div>
        <p role="status" class="hint">
          {status}
        </p>
      </form>
    </section>
  );
}

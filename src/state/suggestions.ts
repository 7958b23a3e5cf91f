/**
 * The live "what next" state for the screens: the user's framework (loaded on demand), the lean
 * record (re-read when any of its tables change), and the suggestions computed from them.
 */
import { useMemo } from 'preact/hooks';
import { localToday } from '../domain/dates';
import { progressFor, type Progress } from '../domain/progress';
import type { Suggestion } from '../domain/suggestions';
import type { Profile } from '../domain/types';
import { readEngineInput, setStepConfirmed, type EngineInput } from '../db/enrolments';
import type { Framework } from '../frameworks/types';
import { useFramework } from './framework';
import { useLiveQuery } from './live';
import { useProfileStore } from './profile';

export type EngineState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      framework: Framework;
      profile: Profile;
      input: EngineInput;
      /** The one progress model every screen reads (src/domain/progress.ts). */
      progress: Progress;
      suggestions: Suggestion[];
      today: string;
    };

export function useEngine(): EngineState {
  const profile = useProfileStore((s) => s.profile);
  const loaded = useFramework(profile?.frameworkId);
  const framework = loaded.status === 'ready' ? loaded.framework : undefined;
  const error = loaded.status === 'error' ? loaded.message : undefined;
  const input = useLiveQuery(readEngineInput, []);
  const today = localToday();
  const progress = useMemo(
    () => (framework && profile && input ? progressFor(framework, profile, input, today) : null),
    [framework, profile, input, today],
  );
  if (error) return { status: 'error', message: `Your framework could not be loaded: ${error}` };
  if (!framework || !profile || !input || !progress) return { status: 'loading' };
  return { status: 'ready', framework, profile, input, progress, suggestions: progress.suggestions, today };
}

/** The user says they have done a step that only they can confirm (a suggestion's action); the
 * live engine input is read again and the suggestion goes. */
export function confirmStep(stepKey: string): Promise<void> {
  return setStepConfirmed(stepKey, true);
}

/** Undoes confirmStep (the Undo in the message that follows a confirmation). */
export function unconfirmStep(stepKey: string): Promise<void> {
  return setStepConfirmed(stepKey, false);
}

/**
 * The live "what next" state for the screens: the user's framework (loaded on demand), the lean
 * record (re-read when any of its tables change), and the suggestions computed from them.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { localToday } from '../domain/dates';
import { computeProgress, type Progress } from '../domain/progress';
import type { Suggestion } from '../domain/suggestions';
import type { Profile } from '../domain/types';
import { readEngineInput, type EngineInput } from '../db/enrolments';
import { loadFramework } from '../frameworks/registry';
import type { Framework } from '../frameworks/types';
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

export function useFramework(id: string | undefined): { framework?: Framework; error?: string } {
  const [state, setState] = useState<{ id?: string; framework?: Framework; error?: string }>({});
  useEffect(() => {
    if (!id) return;
    let live = true;
    loadFramework(id).then(
      (framework) => live && setState({ id, framework }),
      (e: unknown) => live && setState({ id, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state.id === id ? state : {};
}

export function useEngine(): EngineState {
  const profile = useProfileStore((s) => s.profile);
  const { framework, error } = useFramework(profile?.frameworkId);
  const input = useLiveQuery(readEngineInput, []);
  const today = localToday();
  const progress = useMemo(
    () =>
      framework && profile && input
        ? computeProgress({ framework, profile, record: input.record, confirmedSteps: input.confirmedSteps }, today)
        : null,
    [framework, profile, input, today],
  );
  if (error) return { status: 'error', message: `Your framework could not be loaded: ${error}` };
  if (!framework || !profile || !input || !progress) return { status: 'loading' };
  return { status: 'ready', framework, profile, input, progress, suggestions: progress.suggestions, today };
}

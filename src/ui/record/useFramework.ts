import { useEffect, useState } from 'preact/hooks';
import { loadFramework } from '../../frameworks/registry';
import type { Framework } from '../../frameworks/types';
import { useProfileStore } from '../../state/profile';

/** The user's framework, loaded on demand. `framework` is null when there is none or it cannot be
 * loaded: the record screens then work without a course list. */
export function useFramework(): { framework: Framework | null; loading: boolean } {
  const frameworkId = useProfileStore((s) => s.profile?.frameworkId ?? null);
  const [state, setState] = useState<{ id: string | null; framework: Framework | null }>({ id: null, framework: null });
  useEffect(() => {
    let live = true;
    if (!frameworkId) return;
    loadFramework(frameworkId)
      .then((f) => live && setState({ id: frameworkId, framework: f }))
      .catch(() => live && setState({ id: frameworkId, framework: null }));
    return () => {
      live = false;
    };
  }, [frameworkId]);
  const loading = !!frameworkId && state.id !== frameworkId;
  return { framework: loading ? null : state.framework, loading };
}

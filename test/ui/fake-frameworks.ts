/** A stand-in framework registry for component tests: one framework with groups and roles, one
 * without (as placeholders are), so the forms are tested against both shapes. */
import type { Framework, FrameworkInfo } from '../../src/frameworks/types';

const cite = { file: 'test', section: 'test' };

function framework(id: string, groups: Framework['groups'], roles: Framework['roles']): Framework {
  return {
    id,
    partnership: `${id} partnership`,
    shortName: id,
    title: `${id} framework`,
    edition: '1',
    sourceFile: 'test',
    area: id,
    levels: [],
    groups,
    roles,
    courses: [],
    rules: [],
    pathways: [],
    approaches: [],
    notes: [],
    cite,
  };
}

export const FAKE_FRAMEWORKS: Record<string, Framework> = {
  alpha: framework(
    'alpha',
    [
      { id: 'g1', title: 'Group 1', description: 'Occasional contact with children.', cite },
      { id: 'g2', title: 'Group 2', description: 'Regular contact with children and families.', cite },
    ],
    [
      { id: 'r-receptionist', title: 'Receptionist', groupId: 'g1', cite },
      { id: 'r-teacher', title: 'Teacher', groupId: 'g2', cite },
      { id: 'r-nurse', title: 'School nurse', groupId: 'g2', cite },
    ],
  ),
  empty: framework('empty', [], []),
};

export const FAKE_INFOS: FrameworkInfo[] = Object.values(FAKE_FRAMEWORKS).map((f) => ({
  id: f.id,
  partnership: f.partnership,
  shortName: f.shortName,
  title: f.title,
  area: f.area,
  sourceFile: f.sourceFile,
}));

export const fakeRegistry = {
  FRAMEWORKS: FAKE_INFOS,
  frameworkInfo: (id: string) => FAKE_INFOS.find((f) => f.id === id),
  loadFramework: (id: string) =>
    FAKE_FRAMEWORKS[id] ? Promise.resolve(FAKE_FRAMEWORKS[id]) : Promise.reject(new Error(`Unknown framework "${id}".`)),
  loadAllFrameworks: () => Promise.resolve(Object.values(FAKE_FRAMEWORKS)),
};

/** A fake navigator.storage (jsdom has none). */
export function fakeStorageManager(state: { persisted: boolean; usage: number; quota: number; grant: boolean }) {
  const calls = { persist: 0 };
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      persisted: async () => state.persisted,
      persist: async () => {
        calls.persist++;
        state.persisted = state.grant;
        return state.grant;
      },
      estimate: async () => ({ usage: state.usage, quota: state.quota }),
    },
  });
  return calls;
}

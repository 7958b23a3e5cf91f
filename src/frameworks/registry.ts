import { SEED_FILES } from './seed-files';
import type { Framework, FrameworkInfo } from './types';

/**
 * The framework registry: the list (small, in the first load) and a lazy loader per framework,
 * so that only the chosen framework's data is fetched.
 */
export const FRAMEWORKS: readonly FrameworkInfo[] = [
  {
    id: 'solihull',
    partnership: 'Solihull Safeguarding Children Partnership (SSCP)',
    shortName: 'Solihull',
    title: 'Multi-Agency Safeguarding Workforce Training Strategy 2024-25',
    area: 'Solihull',
    sourceFile: SEED_FILES.solihull,
  },
  {
    id: 'sandwell',
    partnership: "Sandwell Children's Safeguarding Partnership (SCSP)",
    shortName: 'Sandwell',
    title: 'Learning & Development Strategy',
    area: 'Sandwell',
    sourceFile: SEED_FILES.sandwell,
  },
  {
    id: 'coventry',
    partnership: 'Coventry Safeguarding Children Partnership (CSCP)',
    shortName: 'Coventry',
    title: 'Inter-agency Training Strategy',
    area: 'Coventry',
    sourceFile: SEED_FILES.coventry,
  },
  {
    id: 'london',
    partnership: 'London Safeguarding Children Board',
    shortName: 'London',
    title: 'Competence Matters',
    area: 'London',
    sourceFile: SEED_FILES.london,
  },
  {
    id: 'worcestershire',
    partnership: 'Worcestershire Safeguarding Children Partnership (WSCP)',
    shortName: 'Worcestershire',
    title: 'Training guidance',
    area: 'Worcestershire',
    sourceFile: SEED_FILES.worcestershire,
  },
];

/** Keyed by framework id. A Map, not a plain object: the id comes from stored data (a profile, a
 * backup), and "__proto__" or "constructor" must not find Object.prototype's members. */
const loaders = new Map<string, () => Promise<Framework>>(
  Object.entries({
    solihull: () => import('./solihull').then((m) => m.solihull),
    sandwell: () => import('./sandwell').then((m) => m.sandwell),
    coventry: () => import('./coventry').then((m) => m.coventry),
    london: () => import('./london').then((m) => m.london),
    worcestershire: () => import('./worcestershire').then((m) => m.worcestershire),
  } satisfies Record<string, () => Promise<Framework>>),
);

export function frameworkInfo(id: string): FrameworkInfo | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}

/** The ids a framework file may not take. */
export const BUNDLED_IDS: ReadonlySet<string> = new Set(FRAMEWORKS.map((f) => f.id));

// Frameworks the user added from files. The registry never reads the database (src/frameworks
// imports nothing of the app): src/state hands it a source, asked whenever a framework that is
// not bundled is loaded (the source keeps its own cache, so a restored backup is seen at once).
type UserSource = () => Promise<readonly Framework[]>;
let userSource: UserSource | null = null;

/** Called by src/state with a function that gives the user's checked frameworks. */
export function setUserFrameworkSource(source: UserSource | null): void {
  userSource = source;
}

async function findUserFramework(id: string): Promise<Framework | undefined> {
  if (!userSource || typeof id !== 'string') return undefined;
  return (await userSource()).find((f) => f.id === id);
}

const cache = new Map<string, Promise<Framework>>();

/** Loads one framework's data on demand (a separate chunk per bundled framework; a framework the
 * user added comes from the source src/state gave). */
export function loadFramework(id: string): Promise<Framework> {
  const load = typeof id === 'string' ? loaders.get(id) : undefined;
  if (!load) {
    return findUserFramework(id).then((f) => {
      if (!f) throw new Error(`Unknown framework "${id}".`);
      return f;
    });
  }
  let p = cache.get(id);
  if (!p) {
    p = load();
    cache.set(id, p);
  }
  return p;
}

export async function loadAllFrameworks(): Promise<Framework[]> {
  return Promise.all(FRAMEWORKS.map((f) => loadFramework(f.id)));
}

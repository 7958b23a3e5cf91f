/**
 * The app's screens as the browser tests know them: where each one lives and how to tell that it
 * is the one on screen (its own heading, and for the record's tabs the tab marked current). No
 * browser code here: the Chromium page objects (harness.ts) and the cross-engine suite use these.
 * A test waits for the screen it needs, never for "any heading": a hash change that the app missed
 * would leave the previous screen's heading on screen.
 */
export type NavItem = 'Home' | 'Record' | 'Pathway' | 'Portfolio' | 'Settings';

export interface Screen {
  /** Where it lives, after the app's URL. */
  route: string;
  /** Its level-one heading, exactly (a RegExp where the heading names the data). */
  heading: string | RegExp;
  /** The main navigation item marked current on it, if any. */
  nav?: NavItem;
  /** The record tab marked current on it, if any. */
  tab?: 'Training' | 'Plans' | 'Reflections' | 'Certificates';
}

export const SCREENS = {
  setup: { route: '#/', heading: 'Welcome to Safeguarding Passport' },
  home: { route: '#/', heading: 'What should I do next?', nav: 'Home' },
  record: { route: '#/record', heading: 'Your record', nav: 'Record', tab: 'Training' },
  plans: { route: '#/record/plans', heading: 'Your record', nav: 'Record', tab: 'Plans' },
  reflections: { route: '#/record/reflections', heading: 'Your record', nav: 'Record', tab: 'Reflections' },
  certificates: { route: '#/record/certificates', heading: 'Your record', nav: 'Record', tab: 'Certificates' },
  logTraining: { route: '#/record/training/new', heading: 'Log training', nav: 'Record' },
  planCourse: { route: '#/record/plan/new', heading: 'Plan a course', nav: 'Record' },
  writeReflection: { route: '#/record/reflection/new', heading: 'Write a reflection', nav: 'Record' },
  pathway: { route: '#/pathway', heading: /^Your (levels|pathway)$/, nav: 'Pathway' },
  hours: { route: '#/hours', heading: 'Hours' },
  portfolio: { route: '#/portfolio', heading: 'Portfolio', nav: 'Portfolio' },
  settings: { route: '#/settings', heading: 'Settings', nav: 'Settings' },
  appLock: { route: '#/settings/lock', heading: 'App lock', nav: 'Settings' },
  /** The lock screen: the only thing in the page while the app is locked (whatever the address). */
  locked: { route: '#/', heading: 'Safeguarding Passport is locked' },
  frameworks: { route: '#/frameworks', heading: 'Frameworks' },
  courses: { route: '#/courses', heading: 'Courses for you' },
  schemes: { route: '#/schemes', heading: 'Professional schemes' },
  crosswalk: { route: '#/crosswalk', heading: 'Moving to another partnership' },
  crosswalkCoventry: { route: '#/crosswalk/coventry', heading: 'Moving to another partnership' },
  frameworkLondon: { route: '#/frameworks/london', heading: /^London: / },
  frameworkCoventry: { route: '#/frameworks/coventry', heading: /^Coventry: / },
  addFramework: { route: '#/frameworks/add', heading: 'Add a framework file' },
  frameworkExample: { route: '#/frameworks/example-partnership', heading: 'Example: Example Safeguarding Children Training Framework' },
} satisfies Record<string, Screen>;

/** A training entry's own screen: its heading is the entry's title. */
export const trainingScreen = (title: string): Screen => ({ route: '', heading: title, nav: 'Record' });

export interface ScreenQuery {
  heading: string;
  headingIsPattern: boolean;
  nav: string;
  tab: string;
  /** Return false until the screen is shown and settled (or failed), as a wait predicate. */
  waiting: boolean;
  /** The id of a same-origin iframe to look in, instead of the page itself. */
  frame?: string;
}

export interface ScreenState {
  shown: boolean;
  settled: boolean;
  failed: boolean;
  heading: string;
}

export function screenQuery(screen: Screen, waiting: boolean): ScreenQuery {
  const pattern = screen.heading instanceof RegExp;
  return {
    heading: pattern ? (screen.heading as RegExp).source : (screen.heading as string),
    headingIsPattern: pattern,
    nav: screen.nav ?? '',
    tab: screen.tab ?? '',
    waiting,
  };
}

/**
 * Runs in the page: the state of the screen, for a test waiting until it is `shown` (heading and
 * current items match) and `settled` (nothing still loading: live queries, lazy parts, the
 * suggestion engine). Self-contained (no closures, no imports) so that every driver can send it as
 * a function; never as a string, which the app's Content-Security-Policy forbids evaluating.
 */
export function screenStateInPage(q: ScreenQuery): ScreenState | false {
  const document = q.frame ? (window.document.getElementById(q.frame) as HTMLIFrameElement | null)?.contentDocument : window.document;
  if (!document) return false;
  const h1 = document.querySelector('h1#screen-title');
  const text = (h1?.textContent ?? '').trim();
  const headingOk = h1 !== null && (q.headingIsPattern ? new RegExp(q.heading).test(text) : text === q.heading);
  const current = (selector: string) => (document.querySelector(`${selector} a[aria-current="page"]`)?.textContent ?? '').trim();
  const navOk = !q.nav || current('nav[aria-label="Main"]') === q.nav;
  const tabOk = !q.tab || current('nav[aria-label="Record sections"]') === q.tab;
  const loading = [...document.querySelectorAll('[role="status"], .loading')].some((e) =>
    /^\s*(Loading|Working out)/.test(e.textContent ?? ''),
  );
  const failed = /could not be loaded|Something went wrong/.test(document.body?.innerText ?? '');
  const state = { shown: headingOk && navOk && tabOk, settled: !loading, failed, heading: text };
  if (q.waiting && !((state.shown && state.settled) || state.failed)) return false;
  return state;
}

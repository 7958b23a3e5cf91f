import { lazyScreen } from '../lazyScreen';

/** The suggestions, hours and pathway load as their own chunk, so the first load stays small. */
const HomeBody = lazyScreen(() => import('../home/HomeBody').then((m) => m.HomeBody));

export function HomeScreen() {
  return (
    <section aria-labelledby="screen-title" class="home">
      <h1 id="screen-title" tabIndex={-1}>
        What should I do next?
      </h1>
      <HomeBody />
    </section>
  );
}

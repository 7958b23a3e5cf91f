import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';

// findBy*/waitFor wait for a state, not a time: on a busy shared machine (load 16 on 2 cores
// measured) the first render can take longer than the library's 1 s default. A passing wait
// returns as soon as the state appears, so a longer limit costs nothing.
configure({ asyncUtilTimeout: 10_000 });

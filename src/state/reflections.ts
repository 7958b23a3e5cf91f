/** Reflections for the screens: reads and writes (src/db/reflections.ts). The UI imports these
 * from here, never from src/db. */
export {
  allReflections,
  deleteReflection,
  getReflection,
  reflectionsOf,
  restoreReflections,
  saveReflection,
  type ReflectionInput,
} from '../db/reflections';

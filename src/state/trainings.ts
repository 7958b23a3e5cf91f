/**
 * Training entries for the screens: reads and writes (each write one transaction in
 * src/db/trainings.ts). The UI imports these from here, never from src/db.
 */
export {
  deleteTraining,
  getTraining,
  linkedCounts,
  loadTrainingList,
  loadTrainingTitles,
  recentTrainings,
  saveTraining,
  setImpactNote,
  undoDeleteTraining,
  type TrainingDeletion,
  type TrainingInput,
} from '../db/trainings';

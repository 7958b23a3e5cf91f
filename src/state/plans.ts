/** Plans for the screens: reads and writes, including marking a plan done, which logs its entry
 * in the same transaction (src/db/plans.ts). The UI imports these from here, never from src/db. */
export { allPlans, deletePlan, getPlan, markPlanDone, restorePlans, savePlan, undoPlanDone, type PlanInput } from '../db/plans';

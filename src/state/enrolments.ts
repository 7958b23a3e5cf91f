/** Starting and ending a pathway (src/db/enrolments.ts). The engine's live input is read in
 * ./suggestions.ts. */
export { endEnrolment, enrolInPathway } from '../db/enrolments';

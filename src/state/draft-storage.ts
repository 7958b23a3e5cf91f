/**
 * Stored drafts of open forms (src/db/drafts.ts), for the draft hook. Kept apart from ./drafts.ts
 * (the flush registry, which is in the first load) so that loading the registry never loads these.
 */
export { clearDraft, loadDraft, saveDraft } from '../db/drafts';

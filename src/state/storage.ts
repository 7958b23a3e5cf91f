/** The browser's storage for the screens: how much is used, and asking for persistent storage
 * (src/db/storage.ts). The UI imports these from here, never from src/db. */
export { formatMegabytes, requestPersistentStorage, storageStatus, type StorageStatus } from '../db/storage';

/**
 * The seed file each built-in framework is encoded from (in `../shared/seeds/` beside the
 * repository), named once: the frameworks' citations, the registry, the crosswalk, the source
 * check and the tests all read these.
 */
export const SEED_FILES = {
  solihull: '000_eee293a4731eeb46.txt',
  sandwell: '001_6c01093cb756330f.txt',
  coventry: '002_a75d285a6badc3b2.txt',
  london: '003_e5fc25b61485eef5.txt',
  worcestershire: '004_e96677bbec97bd35.txt',
} as const;

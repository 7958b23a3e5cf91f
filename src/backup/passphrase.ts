/**
 * How hard a new backup passphrase is to guess, with zxcvbn-ts (dictionaries of common
 * passwords, names and English words, keyboard patterns). The library and its dictionaries
 * (several hundred KB) load on first use only, when the user chooses to protect a backup.
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export interface PassphraseStrength {
  /** zxcvbn's score, 0 (guessed at once) to 4 (very hard to guess). */
  score: 0 | 1 | 2 | 3 | 4;
  /** In words: 'Too easy to guess' … 'Very strong'. */
  label: string;
  /** What would make it stronger (zxcvbn's own feedback), or ''. */
  advice: string;
  /** Strong enough to protect a backup that may sit in an email account for years. */
  acceptable: boolean;
}

/** Score 3: zxcvbn's estimate of at least 10^10 guesses. Each guess of an age passphrase also
 * costs an attacker scrypt's 128 MiB (./age.ts), so this is well out of reach of guessing. */
export const MIN_SCORE = 3;

const LABELS = ['Too easy to guess', 'Too easy to guess', 'Could be guessed', 'Strong', 'Very strong'];

let checker: Promise<ZxcvbnFactory> | null = null;

function loadChecker(): Promise<ZxcvbnFactory> {
  checker ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        // UK English on screen: the two suggestions the English pack spells the American way.
        translations: {
          ...en.translations,
          suggestions: {
            ...en.translations.suggestions,
            allUppercase: 'Capitalise some, but not all letters.',
            capitalization: 'Capitalise more than the first letter.',
          },
        },
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...en.dictionary },
      }),
  );
  checker.catch(() => (checker = null));
  return checker;
}

/** Starts loading the checker (when the passphrase fields appear), so that the first key is quick. */
export function preloadStrengthChecker(): void {
  void loadChecker().catch(() => {});
}

/** The strength of a passphrase; userInputs are words an attacker would try first (the user's name). */
export async function passphraseStrength(passphrase: string, userInputs: string[] = []): Promise<PassphraseStrength> {
  const zxcvbn = await loadChecker();
  const result = zxcvbn.check(passphrase, [...userInputs, 'safeguarding', 'passport', 'backup']);
  const score = result.score as PassphraseStrength['score'];
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return { score, label: LABELS[score], advice, acceptable: score >= MIN_SCORE };
}

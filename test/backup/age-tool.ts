/** Debian's `age` with its passphrase prompts answered: age reads a passphrase only from a
 * terminal, so it runs under util-linux `script`, which gives it a pseudo-terminal fed from our
 * stdin (one line per prompt: `age -p` asks twice, `age -d` once). */
import { execFileSync } from 'node:child_process';

export function ageWithPassphrase(args: string[], passphrase: string, prompts: number): void {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  execFileSync('script', ['-qec', ['age', ...args].map(quote).join(' '), '/dev/null'], {
    input: `${passphrase}\n`.repeat(prompts),
    stdio: ['pipe', 'ignore', 'pipe'],
    timeout: 60_000,
  });
}

/**
 * Wording that fits the user, without changing any rule: where a source says "your manager", a
 * volunteer is told who that is for them. Pure.
 */

/** Who "your manager" is for someone who volunteers. */
export const VOLUNTEER_MANAGER = 'your manager or the person who coordinates your volunteering';

/** "your manager" -> "your manager or the person who coordinates your volunteering";
 * "your (line) manager's approval" -> "the approval of your (line) manager or the person who
 * coordinates your volunteering" (the rule, and who it names, stay as the source says). */
export function forVolunteer(text: string): string {
  return text
    .replace(/\b([Yy])our (line )?manager['’]s (\w+)/g, (_m, y: string, line: string | undefined, noun: string) => {
      const the = y === 'Y' ? 'The' : 'the';
      return `${the} ${noun} of ${y}our ${line ?? ''}manager or the person who coordinates your volunteering`;
    })
    .replace(/\b([Yy])our (line )?manager\b(?!['’]s| or the person who coordinates)/g, (_m, y: string, line: string | undefined) => {
      return `${y}our ${line ?? ''}manager or the person who coordinates your volunteering`;
    });
}

/** The first word repeated straight after itself ("training training"), or null. */
export function doubledWord(text: string): string | null {
  const m = /\b(\p{L}+)\s+\1\b/iu.exec(text);
  return m ? m[1]! : null;
}

// Errors a person can fix, carried up to the entry point that shows them once.
import type { Problem } from '../domain/types';

/** A problem the secretary (or a member) can fix: shown as an alert from a menu, logged from a trigger. */
export class UserError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.uk).join('\n'));
    this.name = 'UserError';
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof Error && e.name === 'UserError';

/** Text for a person: the Ukrainian message of a UserError, or a short line for anything else. */
export function describeError(e: unknown): string {
  if (isUserError(e)) return e.message;
  const text = e instanceof Error ? e.message : String(e);
  return text.length > 500 ? text.slice(0, 500) + '…' : text;
}

/** Apps Script's end of an execution at its time limit: nothing after it can be recorded, so nobody catches it. */
export const isTimeLimit = (e: unknown): boolean =>
  /Exceeded maximum execution time/i.test(e instanceof Error ? e.message : String(e));

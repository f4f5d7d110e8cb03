// One owner: the pipeline (dispatcher, Drive folder, members' files, the close) belongs to the account that set it
// up, because triggers and drive.file access are per person in Apps Script. Other editors read and rate; they do
// not start what would run or create files as themselves.
import { type Ctx, openLedger } from './context';
import { UserError } from '../gas/errors';
import { LEDGER_STATE } from '../domain/sheets';
import { problem, ui } from '../domain/messages';

const MASTER_KEY = 'master:';

/** Who is running this execution (the clicking editor for a menu, the trigger's creator for a trigger). */
export function runningAs(ctx: Ctx): string {
  try {
    return (ctx.g.Session.getEffectiveUser().getEmail() || '').toLowerCase();
  } catch {
    return '';
  }
}

/** Whether this execution runs as the pipeline's owner (or nobody owns it yet). */
export function runsAsOwner(ctx: Ctx): boolean {
  const owner = ctx.state.get().owner;
  return !owner || owner === runningAs(ctx);
}

/**
 * Before an action that creates triggers or files or reads the members' files: the pipeline's owner may go on
 * (the first such action makes its runner the owner); anyone else is told who the owner is, and nothing is done.
 * A copy of the master is refused too: its members' files, folder and triggers belong to the original.
 */
export function requireOwner(ctx: Ctx): void {
  const me = runningAs(ctx);
  const owner = ctx.state.get().owner;
  if (owner && owner !== me)
    throw new UserError([problem('notOwner', { owner, me: me || ui('someoneElse') })]);
  requireOriginal(ctx);
  if (!owner && me) {
    ctx.state.update((s) => (s.owner = me));
    ctx.journal.add(ui('actOwner'), ui('ownerDetails', { owner: me }));
  }
}

/**
 * The master records its own id in «Службове» the first time; a spreadsheet whose record names another id is a
 * copy of a master (next year's start, a backup, the script moved): its members' files and folder are the
 * original's, so nothing here may create them again.
 */
export function requireOriginal(ctx: Ctx): void {
  const id = ctx.book.ss.getId();
  const ledger = openLedger(ctx);
  const records = ledger.keys().filter((k) => k.startsWith(MASTER_KEY));
  if (records.includes(MASTER_KEY + id)) return;
  const original = records[0]?.slice(MASTER_KEY.length);
  if (original)
    throw new UserError([
      problem('masterCopy', { original: `https://docs.google.com/spreadsheets/d/${original}/edit` }),
    ]);
  ledger.mark(MASTER_KEY + id, LEDGER_STATE.sent, new Date(ctx.now()), ctx.book.ss.getUrl());
}

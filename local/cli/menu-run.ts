// Clicking a menu item as the secretary: answering its dialogs as told, and telling success from failure.
import type { LocalRuntime } from '../runtime';
import type { MenuEntry, RecordedHtml } from '../spreadsheet';
import type { ExecutionRecord } from '../world';
import { TAB } from '../../src/domain/sheets';
import { ui } from '../../src/domain/messages';
import { secretary } from './workspace';

export interface MenuAnswers {
  /** Answer «Так» to a confirmation; without it the answer is «Ні». */
  yes?: boolean;
  /**
   * The texts typed into the prompts, one per prompt in the order they are asked (OK); a prompt with no text
   * left is cancelled. A text is never reused: an irreversible action must get every answer explicitly.
   */
  texts?: readonly string[];
}

export interface MenuOutcome {
  record: ExecutionRecord;
  /** The texts of the alerts that reported (not the confirmations). */
  alerts: string[];
  /** The confirmations asked, with the answer given. */
  questions: { text: string; yes: boolean }[];
  /** The prompts answered, with the text typed. */
  answered: { question: string; answer: string }[];
  /** The prompts that asked for text none was given for (cancelled). */
  unanswered: string[];
  /** Texts given that no prompt asked for. */
  unusedTexts: number;
  dialogs: RecordedHtml[];
  sidebars: RecordedHtml[];
  emails: number;
  /** The action ended in an error: the execution failed, or it logged an error in «Журнал». */
  failed: boolean;
  /** The execution's own error, when it crashed. */
  error?: string;
}

export interface MenuItem {
  caption: string;
  functionName: string;
  /** «Імпортувати кейси › З файлу CSV…» for an item of a submenu. */
  path: string;
}

/** Every item of the menus onOpen built (kept in the workspace), submenus flattened. */
export function menuItems(rt: LocalRuntime): MenuItem[] {
  const out: MenuItem[] = [];
  const walk = (items: MenuEntry[], prefix: string): void => {
    for (const e of items) {
      if (e.kind === 'item')
        out.push({ caption: e.caption, functionName: e.functionName, path: prefix + e.caption });
      else if (e.kind === 'submenu') walk(e.items, `${prefix}${e.caption} › `);
    }
  };
  for (const m of rt.ui.menus) walk(m.items, '');
  return out;
}

const loose = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/(…|\.\.\.)\s*$/, '')
    .replace(/[«»"'’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The item a person meant: the exact caption, the caption without quotes, case or a trailing «…», or its path. */
export function findMenuItem(rt: LocalRuntime, wanted: string): MenuItem | undefined {
  const items = menuItems(rt);
  return (
    items.find((i) => i.caption === wanted) ??
    items.find(
      (i) => loose(i.caption) === loose(wanted) || loose(i.path) === loose(wanted.replace(/>/g, '›')),
    )
  );
}

function journalLength(rt: LocalRuntime): number {
  return rt.store.get(rt.masterId)?.sheetByName(TAB.journal)?.lastRow() ?? 0;
}

/** Whether the rows the journal gained since `from` record an error (the menu reports errors there and in an alert). */
function journalErrorSince(rt: LocalRuntime, from: number): boolean {
  const to = journalLength(rt);
  if (to <= from) return false;
  const rows = secretary(rt).read(TAB.journal, `B${from + 1}:B${to}`);
  return rows.some((r) => String(r[0]) === ui('actError'));
}

/** Runs the item's function as the owner with kind 'menu', its dialogs answered by `answers`. */
export function runMenu(rt: LocalRuntime, item: MenuItem | string, answers: MenuAnswers): MenuOutcome {
  const caption = typeof item === 'string' ? item : item.caption;
  const u = rt.ui;
  const start = {
    alerts: u.alerts.length,
    dialogs: u.dialogs.length,
    sidebars: u.sidebars.length,
    mail: rt.mail.messages.length,
  };
  const journalFrom = journalLength(rt);
  const questions: MenuOutcome['questions'] = [];
  const answered: MenuOutcome['answered'] = [];
  const unanswered: string[] = [];
  const texts = [...(answers.texts ?? [])];
  const alert = u.alert;
  const prompt = u.prompt;
  // Answers are decided when a dialog opens: a queue filled in advance would answer the wrong one
  u.alert = ((a: string, b?: unknown, c?: unknown) => {
    const buttons = String((c !== undefined ? c : b) ?? 'OK');
    if (u.pendingAnswers() === 0 && buttons.startsWith('YES_NO')) {
      u.answerNext(answers.yes ? 'YES' : 'NO');
      questions.push({ text: c !== undefined ? String(b) : a, yes: Boolean(answers.yes) });
    }
    return (alert as (...x: unknown[]) => unknown)(a, b, c);
  }) as unknown as typeof u.alert;
  u.prompt = ((a: string, b?: unknown, c?: unknown) => {
    if (u.pendingAnswers() === 0) {
      const question = c !== undefined ? String(b) : a;
      const text = texts.shift();
      if (text !== undefined) {
        u.answerNext('OK', text);
        answered.push({ question, answer: text });
      } else {
        u.answerNext('CANCEL');
        unanswered.push(question);
      }
    }
    return (prompt as (...x: unknown[]) => unknown)(a, b, c);
  }) as unknown as typeof u.prompt;
  let r;
  try {
    r = rt.menu(caption);
  } finally {
    u.alert = alert;
    u.prompt = prompt;
  }
  const alerts = u.alerts
    .slice(start.alerts)
    .filter((a) => !a.buttons.startsWith('YES_NO'))
    .map((a) => a.prompt);
  const error =
    r.error !== undefined ? (r.record.error ?? String((r.error as Error)?.message ?? r.error)) : undefined;
  return {
    record: r.record,
    alerts,
    questions,
    answered,
    unanswered,
    unusedTexts: texts.length,
    dialogs: u.dialogs.slice(start.dialogs),
    sidebars: u.sidebars.slice(start.sidebars),
    emails: rt.mail.messages.length - start.mail,
    failed: r.record.outcome !== 'ok' || journalErrorSince(rt, journalFrom),
    ...(error !== undefined ? { error } : {}),
  };
}

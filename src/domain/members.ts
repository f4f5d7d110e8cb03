// The «Члени комісії» tab: the secretary's columns (who, email, affiliation, status) and the script's progress columns.
import { type MessageKey, problem } from './messages';
import { cellText, isBlankRow, mapColumns, quoteValue, type ColumnSpec } from './table';
import { isValidEmail, normalizeName } from './text';
import type { MemberRecord, MemberStatus, Place, Problem, Result } from './types';
import { asMemberEmail } from './types';

export const MEMBERS_SHEET = 'Члени комісії';

export type MemberColumnKey =
  | 'name'
  | 'email'
  | 'affiliation'
  | 'status'
  | 'sheetLink'
  | 'invitedAt'
  | 'scored'
  | 'invalid'
  | 'lastActivity'
  | 'done';

export interface MemberColumn extends ColumnSpec<MemberColumnKey> {
  /** The secretary fills their columns; the script overwrites its own on every sweep. */
  writtenBy: 'secretary' | 'script';
}

/** The «Члени комісії» columns in order: the secretary's four, then the script's six. */
export const MEMBER_COLUMNS: MemberColumn[] = [
  {
    key: 'name',
    header: 'ПІБ',
    synonyms: ['Прізвище, ім’я, по батькові', 'Ім’я', 'Член комісії', 'Name'],
    required: true,
    writtenBy: 'secretary',
  },
  {
    key: 'email',
    header: 'Email',
    synonyms: ['E-mail', 'Ел. пошта', 'Електронна пошта', 'Пошта'],
    required: true,
    writtenBy: 'secretary',
  },
  {
    key: 'affiliation',
    header: 'Організація',
    synonyms: ['Місце роботи', 'Установа', 'Affiliation', 'Organisation'],
    required: false,
    writtenBy: 'secretary',
  },
  { key: 'status', header: 'Статус', synonyms: ['Status'], required: false, writtenBy: 'secretary' },
  { key: 'sheetLink', header: 'Таблиця', synonyms: ['Аркуш', 'Sheet'], required: false, writtenBy: 'script' },
  { key: 'invitedAt', header: 'Запрошено', synonyms: ['Invited'], required: false, writtenBy: 'script' },
  { key: 'scored', header: 'Оцінено', synonyms: ['Scored'], required: false, writtenBy: 'script' },
  { key: 'invalid', header: 'Помилки', synonyms: ['Errors'], required: false, writtenBy: 'script' },
  {
    key: 'lastActivity',
    header: 'Остання активність',
    synonyms: ['Last activity'],
    required: false,
    writtenBy: 'script',
  },
  { key: 'done', header: 'Завершено', synonyms: ['Done'], required: false, writtenBy: 'script' },
];

/** Status words; the first is what the script writes. An empty status means active. */
export const MEMBER_STATUS_WORDS: Record<MemberStatus, string[]> = {
  active: ['активний', 'активна', 'активні', 'так', 'active'],
  withdrawn: ['вибув', 'вибула', 'вибули', 'неактивний', 'неактивна', 'ні', 'withdrawn', 'inactive'],
};

export function parseMemberStatus(text: string): MemberStatus | null {
  const word = normalizeName(text);
  if (word === '') return 'active';
  for (const status of ['active', 'withdrawn'] as MemberStatus[]) {
    if (MEMBER_STATUS_WORDS[status].some((w) => normalizeName(w) === word)) return status;
  }
  return null;
}

/**
 * Reads the members (getValues of the whole tab). The header is the first non-empty row, columns are found
 * by name. Emails are lower-cased and must be valid and unique (case-insensitively); the status must be a
 * known word. Any error means no members.
 */
export function parseMemberTable(rows: unknown[][]): Result<MemberRecord[]> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const map = mapColumns(rows, MEMBER_COLUMNS);
  if (!map) return { ok: false, problems: [problem('membersNoHeader', {}, { sheet: MEMBERS_SHEET })] };
  for (const spec of MEMBER_COLUMNS) {
    if (spec.required && map.index[spec.key] === undefined) {
      problems.push(
        problem(
          'membersMissingColumn',
          { column: spec.header },
          { sheet: MEMBERS_SHEET, row: map.headerRow + 1 },
        ),
      );
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const placeOf = (row: number, key: MemberColumnKey): Place => ({
    sheet: MEMBERS_SHEET,
    row,
    column: map.headerText[key] ?? (MEMBER_COLUMNS.find((c) => c.key === key) as MemberColumn).header,
  });
  const report = (
    list: Problem[],
    code: MessageKey,
    row: number,
    key: MemberColumnKey,
    params: Record<string, string | number> = {},
  ): void => {
    list.push(problem(code, params, placeOf(row, key)));
  };

  const members: MemberRecord[] = [];
  const emailRows = new Map<string, number>();
  for (let i = map.headerRow + 1; i < rows.length; i++) {
    const cells = rows[i];
    const row = i + 1;
    const value = (key: MemberColumnKey): string => {
      const col = map.index[key];
      return col === undefined ? '' : cellText(cells[col]);
    };
    // Only the secretary's columns decide whether a row is a member; the script's may hold stale marks.
    const own = MEMBER_COLUMNS.filter((c) => c.writtenBy === 'secretary').map((c) =>
      map.index[c.key] === undefined ? '' : cells[map.index[c.key] as number],
    );
    if (isBlankRow(own)) continue;
    const name = value('name');
    const emailText = value('email');
    if (name === '') report(warnings, 'membersNameEmpty', row, 'name');
    let emailOk = true;
    if (emailText === '') {
      report(problems, 'membersEmailEmpty', row, 'email');
      emailOk = false;
    } else if (!isValidEmail(emailText)) {
      report(problems, 'membersBadEmail', row, 'email', { value: quoteValue(emailText) });
      emailOk = false;
    }
    const email = asMemberEmail(emailText);
    if (emailOk) {
      const earlier = emailRows.get(email);
      if (earlier !== undefined)
        report(problems, 'membersDuplicateEmail', row, 'email', { value: email, other: earlier });
      else emailRows.set(email, row);
    }
    const statusText = value('status');
    const status = parseMemberStatus(statusText);
    if (status === null) {
      report(problems, 'membersUnknownStatus', row, 'status', {
        value: quoteValue(statusText),
        choices: `«${MEMBER_STATUS_WORDS.active[0]}», «${MEMBER_STATUS_WORDS.withdrawn[0]}»`,
      });
    }
    members.push({ name, email, affiliation: value('affiliation'), status: status ?? 'active' });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (members.length === 0) warnings.push(problem('membersNone', {}, { sheet: MEMBERS_SHEET }));
  return { ok: true, value: members, warnings };
}

// The secretary's answers at approval, the approved list's order and the text its SHA-256 is taken of.
import { createHash } from 'node:crypto';
import {
  approvalRows,
  approvedCases,
  canonicalText,
  checkMeetingDate,
  checkProtocolNumber,
  checkTieChoice,
  hex,
  readApprovalRows,
  type Approval,
} from '../../src/domain/approval';
import { asCaseId, type CaseRecord } from '../../src/domain/types';

const ids = ['2024-007', '2024-101', '2024-230'].map(asCaseId);

const record = (
  id: string,
  title: string,
  organisation = 'ГО «Разом»',
  district = 'Печерський',
): CaseRecord => ({
  id: asCaseId(id),
  title,
  organisation,
  applicantType: 'civil',
  district,
  category: 'Освіта',
  description: '',
  materialsLink: '',
  contactPerson: '',
  contactEmail: '',
  phone: '',
});

describe('the commission’s choice at a tie on the cut-off', () => {
  test('is taken by the numbers shown in the dialog or by case IDs, in any mix, with commas or spaces', () => {
    expect(checkTieChoice('1, 3', ids, 2)).toEqual({ ok: true, value: [ids[0], ids[2]] });
    expect(checkTieChoice('2024-230 2', ids, 2)).toEqual({ ok: true, value: [ids[2], ids[1]] });
  });

  test('must name exactly the free seats: the message says how many were chosen and how many seats there are', () => {
    const r = checkTieChoice('1', ids, 2);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem.uk).toBe(
      'Рішення щодо нічиї: обрано 1, а місць 2. Назвіть рівно 2. Нічого не змінено.',
    );
    expect(checkTieChoice('', ids, 1).ok).toBe(false);
  });

  test('refuses a case that is not in the tie and a case named twice, quoting what was typed', () => {
    const outside = checkTieChoice('1, 4', ids, 2);
    expect(!outside.ok && outside.problem.uk).toBe(
      'Рішення щодо нічиї: «4» — немає серед кейсів на межі (номери від 1 до 3 або їхні ID). Нічого не змінено.',
    );
    const twice = checkTieChoice('1, 2024-007', ids, 2);
    expect(!twice.ok && twice.problem.uk).toContain('«2024-007» названо двічі');
  });
});

describe('the meeting date and the protocol number', () => {
  test('a date is a real day written ДД.ММ.РРРР, returned as the protocol writes it', () => {
    expect(checkMeetingDate(' 1.10.2024 ')).toEqual({ ok: true, value: '01.10.2024' });
    for (const bad of ['31.02.2024', '2024-10-11', '11/10/2024', 'завтра']) {
      const r = checkMeetingDate(bad);
      expect(!r.ok && r.problem.uk).toContain(`«${bad}» — не дата`);
    }
  });

  test('a protocol number has a digit and no spaces or formula signs', () => {
    expect(checkProtocolNumber('2')).toEqual({ ok: true, value: '2' });
    expect(checkProtocolNumber('2/24-к')).toEqual({ ok: true, value: '2/24-к' });
    for (const bad of ['', 'два', '2 від', '=2', '1'.repeat(21)])
      expect(checkProtocolNumber(bad).ok).toBe(false);
  });
});

describe('the approved list', () => {
  const cases = [
    record('2024-003', 'Ярмарок ремесел'),
    record('2024-001', 'Ґанок для всіх'),
    record('2024-002', 'Єдність громади'),
    record('2024-004', 'Аптечка'),
  ];
  const approval = (): Approval => ({
    year: 2024,
    meeting: '11.10.2024',
    protocol: '2',
    approvedAt: new Date(Date.UTC(2024, 9, 15, 9)),
    tie: {
      candidates: [asCaseId('2024-003'), asCaseId('2024-004')],
      seats: 1,
      chosen: [asCaseId('2024-003')],
    },
    cases: approvedCases([asCaseId('2024-001'), asCaseId('2024-002'), asCaseId('2024-003')], cases, [
      asCaseId('2024-003'),
    ]),
  });

  test('is in Ukrainian alphabetical order (a general list without places), each case with the ground it is on', () => {
    expect(approval().cases.map((c) => [c.title, c.basis])).toEqual([
      ['Ґанок для всіх', 'rating'],
      ['Єдність громади', 'rating'],
      ['Ярмарок ремесел', 'commission'],
    ]);
  });

  test('reads back from the tab’s rows to the same content, so the recorded hash can be checked', () => {
    const a = approval();
    const hash = hex(
      [...createHash('sha256').update(canonicalText(a)).digest()].map((b) => (b > 127 ? b - 256 : b)),
    );
    expect(hash).toBe(createHash('sha256').update(canonicalText(a)).digest('hex'));
    const back = readApprovalRows(approvalRows(a, 'ТОП-100', hash), 2024)!;
    expect(back.hash).toBe(hash);
    expect(canonicalText(back.approval)).toBe(canonicalText(a));
    expect(back.rows.get('2024-003')).toBe(11);
  });

  test('any change of what was approved changes the hashed text: a title, the tie decision, the protocol', () => {
    const base = canonicalText(approval());
    const title = approval();
    title.cases[0].title += ' ';
    const tie = approval();
    tie.tie!.chosen = [asCaseId('2024-004')];
    const protocol = { ...approval(), protocol: '3' };
    for (const changed of [title, tie, protocol]) expect(canonicalText(changed)).not.toBe(base);
  });

  test('an empty or foreign tab is no approval', () => {
    expect(readApprovalRows([], 2024)).toBeNull();
    expect(readApprovalRows([['Назва'], ['щось'], [], [], [], [], [], [], []], 2024)).toBeNull();
  });
});

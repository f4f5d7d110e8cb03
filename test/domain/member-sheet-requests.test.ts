// A member's file as one Sheets API batch (src/gas/memberSheet/build.ts memberSheetRequests): a pure function of the
// spec, read here like the file a member opens — their cases as text, each editable cell naming its case, only those
// open.
import { memberSheetRequests, type MemberSheetSpec } from '../../src/gas/memberSheet';
import { MEMBER_SHEET } from '../../src/domain/sheets';
import { defaultSettings } from '../../src/domain/settings';
import { witnessOf } from '../../src/domain/witness';
import type { CaseId, CaseRecord } from '../../src/domain/types';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;

const OWNER = 'secretary@example.org';

function caseOf(id: string, title: string): CaseRecord {
  return {
    id: id as CaseId,
    title,
    organisation: 'ГО «Квартал»',
    applicantType: '',
    district: 'Поділ',
    category: 'Екологія',
    description: '+380 44 123 45 67',
    materialsLink: 'https://example.org/a',
    contactPerson: '',
    contactEmail: '',
    phone: '',
  };
}

const spec = (cases: CaseRecord[], scale = { min: 0, max: 10, step: 1 }): MemberSheetSpec => ({
  memberName: 'Олена Петренко',
  cases,
  settings: { ...defaultSettings(), scale },
  owner: OWNER,
});

const kinds = (requests: Request[]) => requests.map((r) => Object.keys(r)[0]);
const cellsOf = (requests: Request[], sheetId: number): CellData[][] =>
  requests
    .filter((r) => r.updateCells?.range?.sheetId === sheetId)
    .flatMap((r) => r.updateCells!.rows!.map((row) => row.values ?? []));

describe('a new member file in one batch', () => {
  const cases = [caseOf('2024-001', '=IMPORTXML("http://x","//a")'), caseOf('2024-002', '007')];
  const { requests, sheetId } = memberSheetRequests(spec(cases));

  test('the locale first, the two tabs added in place of the blank file’s gid 0, then content, rules and protection', () => {
    expect(sheetId).toBe(1);
    expect(kinds(requests).slice(0, 4)).toEqual([
      'updateSpreadsheetProperties',
      'addSheet',
      'addSheet',
      'deleteSheet',
    ]);
    expect(requests[0].updateSpreadsheetProperties).toEqual({
      properties: { locale: 'uk_UA', timeZone: 'Europe/Kyiv' },
      fields: 'locale,timeZone',
    });
    expect(requests.slice(1, 4)).toMatchObject([
      {
        addSheet: {
          properties: {
            sheetId: 1,
            title: MEMBER_SHEET.scoring,
            index: 0,
            gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 2, frozenColumnCount: 2 },
          },
        },
      },
      { addSheet: { properties: { sheetId: 2, title: MEMBER_SHEET.instructions, index: 1 } } },
      { deleteSheet: { sheetId: 0 } },
    ]);
    expect(kinds(requests).filter((k) => k === 'addProtectedRange')).toHaveLength(2);
  });

  test("every case's text is a stringValue as it is; the progress line is the only formula", () => {
    const cells = cellsOf(requests, 1);
    const strings = cells
      .flat()
      .flatMap((c) =>
        c.userEnteredValue?.stringValue !== undefined ? [c.userEnteredValue.stringValue] : [],
      );
    expect(strings).toEqual(
      expect.arrayContaining(['=IMPORTXML("http://x","//a")', '007', '+380 44 123 45 67', '2024-001']),
    );
    const formulas = cells
      .flat()
      .flatMap((c) => (c.userEnteredValue?.formulaValue ? [c.userEnteredValue.formulaValue] : []));
    expect(formulas).toEqual(['="Заповнено балів: "&COUNT(I3:L4)&" з 8"']);
    expect(cells[2][12]).toMatchObject({ userEnteredValue: { boolValue: false } });
  });

  test('each editable cell of a row names that row’s case; К1–К4 refuse what is off the scale', () => {
    const cells = cellsOf(requests, 1).slice(2);
    cells.forEach((row, i) => {
      const rules = row.slice(8, 13).map((c) => c.dataValidation!);
      expect(rules.map((r) => witnessOf(r.inputMessage))).toEqual(Array(5).fill(cases[i].id));
      expect(rules.slice(0, 4).every((r) => r.strict && r.condition!.type === 'NUMBER_BETWEEN')).toBe(true);
      expect(rules[4].condition).toEqual({ type: 'BOOLEAN' });
      expect(
        row
          .slice(0, 8)
          .concat(row.slice(13))
          .every((c) => c.dataValidation === undefined),
      ).toBe(true);
    });
  });

  test('scale bounds are written as typed in the Ukrainian locale the same batch sets', () => {
    const { requests: halves } = memberSheetRequests(spec(cases, { min: 0.5, max: 10, step: 0.5 }));
    const rule = cellsOf(halves, 1)[2][8].dataValidation!;
    expect(rule.condition!.values).toEqual([{ userEnteredValue: '0,5' }, { userEnteredValue: '10' }]);
  });

  test('the scoring tab is protected but for К1–К4, conflict and comment; the owner its only editor', () => {
    const [scoring, instructions] = requests
      .filter((r) => r.addProtectedRange)
      .map((r) => r.addProtectedRange!.protectedRange!);
    expect(scoring).toMatchObject({
      range: { sheetId: 1 },
      unprotectedRanges: [
        { sheetId: 1, startRowIndex: 2, endRowIndex: 4, startColumnIndex: 8, endColumnIndex: 14 },
      ],
      editors: { users: [OWNER], domainUsersCanEdit: false },
    });
    expect(instructions).toMatchObject({ range: { sheetId: 2 }, editors: { users: [OWNER] } });
    expect(instructions.unprotectedRanges).toBeUndefined();
  });
});

describe('a file an earlier run left unfinished', () => {
  test('its tabs are renamed out of the way, the new ones take free ids, and the old ones go', () => {
    const previous = [
      { sheetId: 1, title: MEMBER_SHEET.instructions },
      { sheetId: 5, title: MEMBER_SHEET.scoring },
      { sheetId: 9, title: 'Аркуш2' },
    ];
    const { requests, sheetId } = memberSheetRequests(spec([caseOf('2024-001', 'Парк')]), previous);
    expect(sheetId).toBe(2);
    const renames = requests
      .filter((r) => r.updateSheetProperties)
      .map((r) => r.updateSheetProperties!.properties);
    expect(renames).toEqual([
      { sheetId: 1, title: `${MEMBER_SHEET.instructions} (1)` },
      { sheetId: 5, title: `${MEMBER_SHEET.scoring} (5)` },
    ]);
    const added = requests.filter((r) => r.addSheet).map((r) => r.addSheet!.properties!.sheetId);
    expect(added).toEqual([2, 3]);
    expect(requests.filter((r) => r.deleteSheet).map((r) => r.deleteSheet!.sheetId)).toEqual([1, 5, 9]);
    // Renames come before the new tabs take the names, deletions after
    const order = kinds(requests);
    expect(order.lastIndexOf('updateSheetProperties')).toBeLessThan(order.indexOf('addSheet'));
    expect(order.indexOf('deleteSheet')).toBeGreaterThan(order.lastIndexOf('addSheet'));
  });
});

describe('a member without cases', () => {
  test('gets the headers, the progress line and one open row, and no rules', () => {
    const { requests } = memberSheetRequests(spec([]));
    const cells = cellsOf(requests, 1);
    expect(cells).toHaveLength(2);
    expect(cells.flat().some((c) => c.dataValidation)).toBe(false);
    const scoring = requests.find((r) => r.addProtectedRange)!.addProtectedRange!.protectedRange!;
    expect(scoring.unprotectedRanges).toEqual([
      { sheetId: 1, startRowIndex: 2, endRowIndex: 3, startColumnIndex: 8, endColumnIndex: 14 },
    ]);
  });
});

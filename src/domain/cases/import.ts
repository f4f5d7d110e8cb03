// Importing a table of cases into «Кейси»: the header found by name, every row checked, IDs given, all or nothing.
import { type MessageKey, problem } from '../messages';
import { cellText, isBlankRow, mapColumns, quoteValue, type ColumnSpec } from '../table';
import { isValidEmail, normalizeName } from '../text';
import type { CaseRecord, Place, Problem, Result } from '../types';
import { asCaseId } from '../types';
import { looksLikePhone, KYIV_DISTRICTS, normalizeDistrict, parseApplicantType } from './applicant';
import { CASE_COLUMNS, CELL_TEXT_LIMIT, type CaseField } from './columns';
import { similarKeys, titleKey, type TitleKey } from './duplicates';
import { newCaseIds } from './ids';

export interface CaseImportOptions {
  year: number;
  /** The tab or file name, for messages. */
  sheet: string;
  /** `sheet` names an uploaded file, not a tab (messages say «Файл»). */
  file?: boolean;
}

/**
 * Imports a table of cases (getValues of a tab, or parseCsv of a file). The header is the first non-empty
 * row and its columns are found by name in any order. All or nothing: any error means no cases, every
 * problem names the sheet, row, column and value. Cases without an ID get `${year}-NNN`, numbered after
 * the highest existing one in file order, so a re-import of the same file gives the same IDs.
 */
export function parseCaseTable(rows: unknown[][], opts: CaseImportOptions): Result<CaseRecord[]> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const map = mapColumns(rows, CASE_COLUMNS);
  if (!map)
    return {
      ok: false,
      problems: [problem('casesNoHeader', {}, { sheet: opts.sheet, ...(opts.file ? { file: true } : {}) })],
    };
  const headerPlace: Place = {
    sheet: opts.sheet,
    ...(opts.file ? { file: true } : {}),
    row: map.headerRow + 1,
  };
  for (const spec of CASE_COLUMNS) {
    if (spec.required && map.index[spec.key] === undefined) {
      problems.push(
        problem(
          'casesMissingColumn',
          { column: spec.header, synonyms: [spec.header, ...spec.synonyms].map((s) => `«${s}»`).join(', ') },
          headerPlace,
        ),
      );
    }
  }
  for (const d of map.duplicates) {
    warnings.push(
      problem(
        'casesDuplicateColumn',
        { column: d.text, first: d.first + 1, second: d.second + 1 },
        headerPlace,
      ),
    );
  }
  if (problems.length > 0) return { ok: false, problems };

  const columnName = (key: CaseField): string =>
    map.headerText[key] ?? (CASE_COLUMNS.find((c) => c.key === key) as ColumnSpec<CaseField>).header;
  const placeOf = (row: number, key: CaseField): Place => ({
    sheet: opts.sheet,
    ...(opts.file ? { file: true } : {}),
    row,
    column: columnName(key),
  });
  const report = (
    list: Problem[],
    code: MessageKey,
    row: number,
    key: CaseField,
    params: Record<string, string | number>,
  ): void => {
    list.push(problem(code, params, placeOf(row, key)));
  };

  const records: { row: number; record: CaseRecord }[] = [];
  const idRows = new Map<string, number>();
  /** Earlier cases by normalised organisation, for likely duplicates. */
  const byOrganisation = new Map<string, { row: number; key: TitleKey }[]>();
  for (let i = map.headerRow + 1; i < rows.length; i++) {
    const cells = rows[i];
    if (isBlankRow(cells)) continue;
    const row = i + 1;
    const value = (key: CaseField): string => {
      const col = map.index[key];
      return col === undefined ? '' : cellText(cells[col]);
    };
    const record: CaseRecord = {
      id: asCaseId(value('id')),
      title: value('title'),
      organisation: value('organisation'),
      applicantType: '',
      district: value('district'),
      category: value('category'),
      description: value('description'),
      materialsLink: value('materialsLink'),
      contactPerson: value('contactPerson'),
      contactEmail: value('contactEmail'),
      phone: value('phone'),
    };
    for (const spec of CASE_COLUMNS) {
      const text = value(spec.key);
      if (text.length > CELL_TEXT_LIMIT) {
        report(problems, 'casesTextTooLong', row, spec.key, {
          value: quoteValue(text, 40),
          length: text.length,
          limit: CELL_TEXT_LIMIT,
        });
      }
    }
    if (record.title === '') report(problems, 'casesRequiredEmpty', row, 'title', {});
    if (record.organisation === '') report(problems, 'casesRequiredEmpty', row, 'organisation', {});

    if (record.id !== '') {
      const earlier = idRows.get(record.id);
      if (earlier !== undefined)
        report(problems, 'casesDuplicateId', row, 'id', { value: record.id, other: earlier });
      else idRows.set(record.id, row);
    }
    if (record.contactEmail !== '' && !isValidEmail(record.contactEmail)) {
      report(warnings, 'casesBadContactEmail', row, 'contactEmail', {
        value: quoteValue(record.contactEmail),
      });
    }
    if (record.phone !== '' && !looksLikePhone(record.phone))
      report(warnings, 'casesBadPhone', row, 'phone', { value: quoteValue(record.phone) });
    const typeText = value('applicantType');
    const type = parseApplicantType(typeText);
    if (type === null)
      report(warnings, 'casesUnknownApplicantType', row, 'applicantType', { value: quoteValue(typeText) });
    else record.applicantType = type;
    const district = normalizeDistrict(record.district);
    if (district === null) {
      report(warnings, 'casesUnknownDistrict', row, 'district', {
        value: quoteValue(record.district),
        districts: KYIV_DISTRICTS.map((d) => d.name).join(', '),
      });
    } else {
      record.district = district;
    }
    const titleK = titleKey(record.title);
    if (titleK !== null && record.organisation !== '') {
      const key = normalizeName(record.organisation);
      const group = byOrganisation.get(key) ?? [];
      // One organisation's earlier rows, each title's key worked out once (tens of thousands of rows stay fast)
      const earlier = key === '' ? undefined : group.find((g) => similarKeys(titleK, g.key));
      if (earlier) {
        report(warnings, 'casesLikelyDuplicate', row, 'title', {
          value: quoteValue(record.title),
          organisation: quoteValue(record.organisation),
          other: earlier.row,
        });
      }
      group.push({ row, key: titleK });
      byOrganisation.set(key, group);
    }
    records.push({ row, record });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (records.length === 0)
    warnings.push(problem('casesNone', {}, { sheet: opts.sheet, ...(opts.file ? { file: true } : {}) }));

  const without = records.filter((r) => r.record.id === '');
  const ids = newCaseIds(new Set(idRows.keys()), opts.year, without.length);
  without.forEach((r, i) => (r.record.id = ids[i]));
  return { ok: true, value: records.map((r) => r.record), warnings };
}

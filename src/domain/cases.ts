// The «Кейси» tab: its columns, importing a table or CSV of cases, Kyiv's districts and applicant types.
import { type MessageKey, problem } from './messages';
import { cellText, isBlankRow, mapColumns, quoteValue, type ColumnSpec } from './table';
import { isValidEmail, normalizeName } from './text';
import type { ApplicantType, CaseId, CaseRecord, Place, Problem, Result } from './types';
import { asCaseId } from './types';

export const CASES_SHEET = 'Кейси';

export type CaseField = keyof CaseRecord;

/** The «Кейси» columns in the order the script writes them, with the headers recognised on import. */
export const CASE_COLUMNS: ColumnSpec<CaseField>[] = [
  {
    key: 'id',
    header: 'ID',
    synonyms: ['Ідентифікатор', 'Код', 'Код кейсу', 'Номер кейсу', 'ID кейсу', 'Case ID'],
    required: false,
  },
  {
    key: 'title',
    header: 'Назва кейсу',
    synonyms: [
      'Назва',
      'Назва проєкту',
      'Назва проекту',
      'Назва практики',
      'Кейс',
      'Title',
      'Case title',
      'Case',
    ],
    required: true,
  },
  {
    key: 'organisation',
    header: 'Організація-заявник',
    synonyms: [
      'Заявник',
      'Організація',
      'Назва організації',
      'Організація заявника',
      'Applicant',
      'Organisation',
      'Organization',
    ],
    required: true,
  },
  {
    key: 'applicantType',
    header: 'Тип заявника',
    synonyms: ['Тип', 'Тип організації', 'Applicant type', 'Type'],
    required: false,
  },
  { key: 'district', header: 'Район', synonyms: ['Район міста', 'District'], required: false },
  {
    key: 'category',
    header: 'Категорія',
    synonyms: ['Напрям', 'Номінація', 'Сфера', 'Category'],
    required: false,
  },
  {
    key: 'description',
    header: 'Опис',
    synonyms: ['Опис кейсу', 'Короткий опис', 'Description'],
    required: false,
  },
  {
    key: 'materialsLink',
    header: 'Посилання на матеріали',
    synonyms: ['Посилання', 'Матеріали', 'Link', 'Materials', 'URL'],
    required: false,
  },
  {
    key: 'contactPerson',
    header: 'Контактна особа',
    synonyms: ['Контакт', 'Contact person', 'Contact'],
    required: false,
  },
  {
    key: 'contactEmail',
    header: 'Email контакту',
    synonyms: ['Email', 'E-mail', 'Ел. пошта', 'Електронна пошта', 'Пошта', 'Contact email'],
    required: false,
  },
  { key: 'phone', header: 'Телефон', synonyms: ['Тел.', 'Номер телефону', 'Phone'], required: false },
];

/** Kyiv's ten districts as written in the «Кейси» tab, each with the other spellings recognised. */
export const KYIV_DISTRICTS: { name: string; aliases: string[] }[] = [
  { name: 'Голосіївський', aliases: ['Holosiivskyi'] },
  { name: 'Дарницький', aliases: ['Darnytskyi'] },
  { name: 'Деснянський', aliases: ['Desnianskyi'] },
  { name: 'Дніпровський', aliases: ['Dniprovskyi'] },
  { name: 'Оболонський', aliases: ['Obolonskyi'] },
  { name: 'Печерський', aliases: ['Pecherskyi'] },
  { name: 'Подільський', aliases: ['Podilskyi'] },
  { name: 'Святошинський', aliases: ['Sviatoshynskyi'] },
  { name: 'Солом’янський', aliases: ['Соломянський', 'Solomianskyi'] },
  { name: 'Шевченківський', aliases: ['Shevchenkivskyi'] },
];

/** Words for the applicant's type; the first is what the script writes. `*` ends a word stem. */
export const APPLICANT_TYPE_WORDS: Record<ApplicantType, string[]> = {
  district: [
    'районна державна адміністрація',
    'райдержадміністрац*',
    'рда',
    'районн* в місті києві державн* адміністрац*',
    'районн* державн* адміністрац*',
    'district',
  ],
  department: ['департамент*', 'управлінн*', 'кмда', 'виконавч* орган*', 'department'],
  civil: [
    'інститут громадянського суспільства',
    'громадськ* організац*',
    'го',
    'осбб',
    'обєднанн* співвласник*',
    'благодійн* фонд*',
    'благодійн* організац*',
    'бф',
    'бо',
    'громадськ* обєднанн*',
    'громадськ* спілк*',
    'гс',
    'ініціативн* груп*',
    'орган* самоорганізац*',
    'осн',
    'інститут* громадянськ*',
    'civil',
    'ngo',
  ],
};

/** Sheets' limit on the characters in one cell. */
export const CELL_TEXT_LIMIT = 50000;

function tokensMatch(tokens: string[], phrase: string[]): boolean {
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    const hit = phrase.every((p, i) =>
      p.endsWith('*') ? tokens[start + i].startsWith(p.slice(0, -1)) : tokens[start + i] === p,
    );
    if (hit) return true;
  }
  return false;
}

/** A phrase of APPLICANT_TYPE_WORDS as normalised word patterns, keeping the `*` of stems. */
function phrasePattern(phrase: string): string[] {
  return phrase
    .split(' ')
    .map((word) => normalizeName(word.replace(/\*$/, '')) + (word.endsWith('*') ? '*' : ''));
}

/** The applicant type named by a word or phrase; '' for an empty cell, null when not recognised. */
export function parseApplicantType(text: string): ApplicantType | '' | null {
  const tokens = normalizeName(text)
    .split(' ')
    .filter((t) => t !== '');
  if (tokens.length === 0) return '';
  // District administrations first: their names also contain «управління» and «департамент».
  for (const type of ['district', 'department', 'civil'] as ApplicantType[]) {
    if (APPLICANT_TYPE_WORDS[type].some((phrase) => tokensMatch(tokens, phrasePattern(phrase)))) return type;
  }
  return null;
}

/** Words around a district's name that do not tell districts apart («район», «м. Києва», «р-н»). */
const DISTRICT_NOISE_WORDS = new Set([
  'район',
  'р',
  'н',
  'рн',
  'м',
  'міста',
  'місто',
  'у',
  'в',
  'місті',
  'києва',
  'київ',
  'києві',
  'district',
  'kyiv',
]);

/** The district's name as the tab writes it; '' for an empty cell, null when it is not one of Kyiv's ten. */
export function normalizeDistrict(text: string): string | null {
  const words = normalizeName(text)
    .split(' ')
    .filter((t) => t !== '');
  if (words.length === 0) return '';
  const core = words.filter((t) => !DISTRICT_NOISE_WORDS.has(t)).join(' ');
  if (core === '') return null;
  for (const d of KYIV_DISTRICTS) {
    for (const spelling of [d.name, ...d.aliases]) {
      const n = normalizeName(spelling);
      // The stem without the adjective ending also matches other grammatical forms (Голосіївського).
      const stem = n.length > 6 ? n.slice(0, -2) : n;
      if (core === n || core.startsWith(stem)) return d.name;
    }
  }
  return null;
}

export interface CaseImportOptions {
  year: number;
  /** The tab or file name, for messages. */
  sheet: string;
  /** `sheet` names an uploaded file, not a tab (messages say «Файл»). */
  file?: boolean;
}

function pad3(n: number): string {
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n);
}

/**
 * The IDs the next `count` cases of `year` get: `${year}-NNN`, numbered after the highest such ID among `taken`
 * and skipping any taken one. The one numbering rule for the import and the submission form.
 */
export function newCaseIds(taken: ReadonlySet<string>, year: number, count: number): CaseId[] {
  const prefix = `${year}-`;
  let highest = 0;
  for (const id of taken) {
    const m = id.startsWith(prefix) ? /^\d+$/.exec(id.slice(prefix.length)) : null;
    if (m) highest = Math.max(highest, Number(m[0]));
  }
  const out: CaseId[] = [];
  while (out.length < count) {
    let id: CaseId;
    do id = asCaseId(prefix + pad3(++highest));
    while (taken.has(id));
    out.push(id);
  }
  return out;
}

/** A phone number as people write it: 9–15 digits, with spaces, dashes, dots, brackets and a leading +. */
export function looksLikePhone(text: string): boolean {
  const t = text.trim();
  if (!/^\+?[\d\s().\u00a0-]+$/.test(t)) return false;
  const digits = t.replace(/\D/g, '').length;
  return digits >= 9 && digits <= 15;
}

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** A title as the duplicate check compares it, worked out once per title. */
export interface TitleKey {
  norm: string;
  /** Its numbers in order: two titles with different numbers are two cases. */
  digits: string;
  /** Its words sorted: the same words in another order. */
  sorted: string;
  words: string[];
  set: Set<string>;
  /** Letters counted in 64 bins: a lower bound of the edit distance, so most pairs are told apart at once. */
  bag: Int16Array;
}

export function titleKey(title: string): TitleKey | null {
  const norm = normalizeName(title);
  if (norm === '') return null;
  const words = norm.split(' ');
  const bag = new Int16Array(64);
  for (let i = 0; i < norm.length; i++) bag[norm.charCodeAt(i) & 63]++;
  return {
    norm,
    digits: (norm.match(/\d+/g) ?? []).join(' '),
    sorted: [...words].sort().join(' '),
    words,
    set: new Set(words),
    bag,
  };
}

/**
 * Whether two titles name the same case as an applicant would send it twice: the same once case, quotes and
 * punctuation are set aside, the same words in another order, one title inside the other (three words or more),
 * or a few letters apart — and always the same numbers («Фестиваль 2023» and «Фестиваль 2024» are two cases).
 */
export function similarTitles(a: string, b: string): boolean {
  const x = titleKey(a);
  const y = titleKey(b);
  return x !== null && y !== null && similarKeys(x, y);
}

export function similarKeys(x: TitleKey, y: TitleKey): boolean {
  if (x.digits !== y.digits) return false;
  if (x.norm === y.norm || x.sorted === y.sorted) return true;
  const [short, long] = x.words.length <= y.words.length ? [x.words, y.set] : [y.words, x.set];
  if (short.length >= 3 && short.every((w) => long.has(w))) return true;
  const limit = Math.max(1, Math.floor(Math.min(x.norm.length, y.norm.length) * 0.12));
  if (Math.abs(x.norm.length - y.norm.length) > limit) return false;
  // Each edit changes the letter counts by at most 2: a larger difference rules the pair out without the distance
  let apart = 0;
  for (let i = 0; i < 64; i++) {
    apart += Math.abs(x.bag[i] - y.bag[i]);
    if (apart > 2 * limit) return false;
  }
  return editDistance(x.norm, y.norm, limit) <= limit;
}

/** The first of `others` that is likely the same case: the same organisation (normalised) and a similar title. */
export function likelyDuplicateOf<T extends { title: string; organisation: string }>(
  candidate: { title: string; organisation: string },
  others: readonly T[],
): T | null {
  const org = normalizeName(candidate.organisation);
  const key = titleKey(candidate.title);
  if (org === '' || key === null) return null;
  return (
    others.find((o) => {
      if (normalizeName(o.organisation) !== org) return false;
      const other = titleKey(o.title);
      return other !== null && similarKeys(key, other);
    }) ?? null
  );
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

function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && ch in counts) counts[ch]++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * RFC 4180 CSV: quoted fields with doubled quotes and line breaks, CRLF or LF, a byte-order mark dropped.
 * The delimiter (comma, semicolon as Excel writes in the Ukrainian locale, or tab) is the one the
 * header line uses most.
 */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(src);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch !== '"') field += ch;
      else if (src[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = false;
      continue;
    }
    if (ch === '"' && field === '' && !quoted) {
      inQuotes = true;
      quoted = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
      quoted = false;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      quoted = false;
      if (ch === '\r' && src[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
  }
  if (field !== '' || quoted || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Characters that follow «Р» or «С» when UTF-8 Cyrillic is read as Windows-1251 («Р°» for «а», «Рѕ» for
 * «о»), leaving out the letters that follow Р and С in real Ukrainian words (і, ї, є, ґ …).
 */
const MOJIBAKE_1251 =
  /[РС][\u0402\u0403\u201a\u0453\u201e\u2026\u2020\u2021\u20ac\u2030\u0409\u2039\u040a\u040c\u040b\u040f\u0452\u2018\u201c\u201d\u2022\u2122\u0459\u203a\u045a\u045c\u045b\u045f\u040e\u045e\u0408\u00a4\u00a6\u00a7\u00a9\u00ac\u00ad\u00ae\u00b0\u00b1\u00b5\u00b6\u00b7\u2116\u0458\u0405\u0455]/g;
/** The same for UTF-8 read as Latin-1 or Windows-1252 («Ð°» for «а»). */
const MOJIBAKE_LATIN1 =
  /[ÐÑ][\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]/g;

/** Whether text looks like a file read in the wrong encoding (typically a Windows-1251 CSV from Excel). */
export function looksMisencoded(text: string): boolean {
  if (text.includes('\ufffd')) return true;
  const cp1251 = text.match(MOJIBAKE_1251)?.length ?? 0;
  const latin1 = text.match(MOJIBAKE_LATIN1)?.length ?? 0;
  return cp1251 >= 2 || latin1 >= 2;
}

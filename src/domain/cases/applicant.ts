// What an applicant types about themselves, recognised: Kyiv's districts, the applicant's type, a phone number.
import { normalizeName } from '../text';
import type { ApplicantType } from '../types';

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

/** A phone number as people write it: 9–15 digits, with spaces, dashes, dots, brackets and a leading +. */
export function looksLikePhone(text: string): boolean {
  const t = text.trim();
  if (!/^\+?[\d\s().\u00a0-]+$/.test(t)) return false;
  const digits = t.replace(/\D/g, '').length;
  return digits >= 9 && digits <= 15;
}

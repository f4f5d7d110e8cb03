// The one message catalog, by who reads a message, and the one way to fill it in: ui(key, params, lang).
import { fillMessage } from '../plural';
import type { ApplicantType, Lang, Place, Problem } from '../types';
import { APPLICANT } from './applicant';
import { MEMBER } from './member';
import type { Message } from './message';
import { PUBLIC } from './public';
import { SECRETARY_APPROVAL } from './secretary-approval';
import { SECRETARY_EVALUATION } from './secretary-evaluation';
import { SECRETARY_MEETING } from './secretary-meeting';
import { SECRETARY_PANEL } from './secretary-panel';
import { SECRETARY_RATING } from './secretary-rating';
import { SECRETARY_ROUND } from './secretary-round';
import { SECRETARY_SEASON } from './secretary-season';
import { SECRETARY_SETUP } from './secretary-setup';

/** The catalog's parts by reader; a key belongs to exactly one part (the catalog's test checks it). */
export const CATALOG_PARTS = {
  secretaryPanel: SECRETARY_PANEL,
  secretarySetup: SECRETARY_SETUP,
  secretaryEvaluation: SECRETARY_EVALUATION,
  secretaryRating: SECRETARY_RATING,
  secretaryMeeting: SECRETARY_MEETING,
  secretaryRound: SECRETARY_ROUND,
  secretaryApproval: SECRETARY_APPROVAL,
  secretarySeason: SECRETARY_SEASON,
  member: MEMBER,
  applicant: APPLICANT,
  public: PUBLIC,
} as const;

const CATALOG = {
  ...SECRETARY_PANEL,
  ...SECRETARY_SETUP,
  ...SECRETARY_EVALUATION,
  ...SECRETARY_RATING,
  ...SECRETARY_MEETING,
  ...SECRETARY_ROUND,
  ...SECRETARY_APPROVAL,
  ...SECRETARY_SEASON,
  ...MEMBER,
  ...APPLICANT,
  ...PUBLIC,
};

export type MessageKey = keyof typeof CATALOG;

const ENTRIES: Readonly<Record<string, Message>> = CATALOG;

const byLang = (lang: Lang): Record<MessageKey, string> =>
  Object.fromEntries(Object.entries(ENTRIES).map(([key, m]) => [key, m[lang]])) as Record<MessageKey, string>;

/** Every text in both languages (for checks over the whole catalog). */
export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  uk: byLang('uk'),
  en: byLang('en'),
};

/**
 * A catalog message with its `{param}`s filled (numbers the Ukrainian way, `{n#форма|форми|форм}` agreeing with
 * the number n: see fillMessage); a parameter not given stays visible as `{param}`. A key built at run time
 * (`flag_${flag}`) that the catalog lacks is shown as it is.
 */
export function ui(
  key: MessageKey | string,
  params: Record<string, string | number> = {},
  lang: Lang = 'uk',
): string {
  const message = Object.prototype.hasOwnProperty.call(ENTRIES, key) ? ENTRIES[key] : undefined;
  return fillMessage(message ? message[lang] : key, params, lang);
}

/** «Аркуш «Кейси», рядок 5, стовпець «Назва»» — the place a person goes to fix something. */
export function placeText(place: Place, lang: Lang = 'uk'): string {
  const parts = [ui(place.file ? 'placeFile' : 'placeSheet', { sheet: place.sheet }, lang)];
  // A row is a number the person finds in the sheet's or the file's margin, written as it stands there: 50002,
  // not grouped as an amount would be (50 002)
  if (place.row !== undefined) parts.push(ui('placeRow', { row: String(place.row) }, lang));
  if (place.column !== undefined && place.column !== '')
    parts.push(ui('placeColumn', { column: place.column }, lang));
  return parts.join(', ');
}

/** A problem in both languages; with a place, each text starts with it so a message alone is enough to act on. */
export function problem(
  code: MessageKey,
  params: Record<string, string | number> = {},
  place?: Place,
): Problem {
  const text = (lang: Lang): string =>
    place ? `${placeText(place, lang)}: ${ui(code, params, lang)}` : ui(code, params, lang);
  const p: Problem = { code, uk: text('uk'), en: text('en') };
  if (place) p.place = place;
  return p;
}

/** A problem whose texts name the place in their own words (`{tab}`, `{row}`): the place goes along, not first. */
export function placedProblem(
  code: MessageKey,
  params: Record<string, string | number>,
  place: Place,
): Problem {
  return { code, place, uk: ui(code, params, 'uk'), en: ui(code, params, 'en') };
}

export function applicantTypeLabel(t: ApplicantType | ''): string {
  return t === 'department'
    ? ui('typeDepartment')
    : t === 'district'
      ? ui('typeDistrict')
      : t === 'civil'
        ? ui('typeCivil')
        : '';
}

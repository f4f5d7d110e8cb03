// The commission's vocabulary as types: cases, members, criteria, settings, evaluations, ranking rows.

export type Brand<T, B extends string> = T & { readonly __brand: B };
/** A case's stable ID, e.g. `2024-001`. */
export type CaseId = Brand<string, 'CaseId'>;
/** A member's email, lower-cased and trimmed. */
export type MemberEmail = Brand<string, 'MemberEmail'>;

export const asCaseId = (s: string): CaseId => s.trim() as CaseId;
export const asMemberEmail = (s: string): MemberEmail => s.trim().toLowerCase() as MemberEmail;

export type Lang = 'uk' | 'en';

export type ApplicantType = 'department' | 'district' | 'civil';

export interface CaseRecord {
  id: CaseId;
  title: string;
  organisation: string;
  applicantType: ApplicantType | '';
  district: string;
  category: string;
  description: string;
  materialsLink: string;
  contactPerson: string;
  contactEmail: string;
  phone: string;
}

export type MemberStatus = 'active' | 'withdrawn';

export interface MemberRecord {
  name: string;
  email: MemberEmail;
  affiliation: string;
  status: MemberStatus;
}

export interface Criterion {
  /** 1..4 */
  index: number;
  title: string;
  description: string;
  weight: number;
}

export interface Scale {
  min: number;
  max: number;
  /** 1 for integers, 0.5 for halves, … */
  step: number;
}

export type AssignmentMode = { kind: 'all' } | { kind: 'perCase'; k: number; seed: number };

/** How equal official scores are ordered before a tie is declared. Row order and IDs never decide. */
export type TieBreakKey =
  'median' | 'validCount' | 'criterion1' | 'criterion2' | 'criterion3' | 'criterion4' | 'lowerSpread';

export type PublicGrouping = 'alphabetical' | 'district' | 'category';

export interface EmailTemplates {
  inviteSubject: string;
  inviteBody: string;
  reminderSubject: string;
  reminderBody: string;
}

export interface Settings {
  year: number;
  title: string;
  /** The deadline instant (entered as a Europe/Kyiv wall-clock time). */
  deadline: Date;
  /** When the submission form closes itself (null: the secretary closes it). */
  submissionDeadline: Date | null;
  timeZone: string;
  meetingDate: Date | null;
  winners: number;
  scale: Scale;
  criteria: Criterion[];
  quorum: number;
  assignment: AssignmentMode;
  /** Days before the deadline when reminders go out, e.g. [7, 3, 1, 0]. */
  reminderOffsetsDays: number[];
  /** Local hour (0–23, in timeZone) at which reminders go out. */
  reminderHour: number;
  driveFolderId: string;
  senderName: string;
  replyTo: string;
  secretaryEmail: string;
  tieBreak: TieBreakKey[];
  normalization: boolean;
  /** A case whose evaluations' totals spread more than this (in total points) is flagged. */
  disagreementThreshold: number;
  publicGrouping: PublicGrouping;
  templates: EmailTemplates;
}

/** A place in a sheet, for messages a person can act on. */
export interface Place {
  /** A tab of a spreadsheet, or (with `file`) an uploaded file's name. */
  sheet: string;
  file?: boolean;
  row?: number;
  column?: string;
}

/** A problem a person can fix: Ukrainian text naming the place and the value, plus the same in English. */
export interface Problem {
  code: string;
  place?: Place;
  uk: string;
  en: string;
}

export type Result<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** One score cell as read by getValues (and, when a formula is present, its formula text). */
export type ScoreParse =
  | { ok: true; value: number }
  | { ok: false; blank: true; reason: string }
  | { ok: false; blank: false; reason: string };

export type EvaluationStatus = 'valid' | 'incomplete' | 'invalid' | 'blank' | 'recused';

export interface ScoreProblem {
  /** 1..4 */
  criterion: number;
  raw: string;
  reason: string;
}

export interface Evaluation {
  caseId: CaseId;
  member: MemberEmail;
  /** Per criterion: the parsed number, or null when blank or invalid. */
  scores: (number | null)[];
  status: EvaluationStatus;
  problems: ScoreProblem[];
  /** The weighted total when valid, else null. */
  total: number | null;
  conflict: boolean;
  comment: string;
}

export interface CaseAggregate {
  caseId: CaseId;
  validCount: number;
  recusedCount: number;
  criterionMeans: (number | null)[];
  mean: number | null;
  median: number | null;
  /** max − min of the valid totals. */
  spread: number | null;
  sd: number | null;
  /** Mean of the members' z-scores of their totals (normalisation), beside the raw mean; null when off or n/a. */
  normalized: number | null;
  belowQuorum: boolean;
  highDisagreement: boolean;
}

export interface RatingRow {
  caseId: CaseId;
  /** Competition position (1, 2, 2, 4 …) among ranked cases; null for below-quorum cases. */
  position: number | null;
  aggregate: CaseAggregate;
  selected: boolean;
  tiedAtCutoff: boolean;
  /** When the case's mean equals the N-th case's and the line was drawn by the tie-break chain: the deciding rule. */
  cutoffDecidedBy: TieBreakKey | null;
  flags: ('belowQuorum' | 'tieAtCutoff' | 'tieBrokenAtCutoff' | 'highDisagreement')[];
}

export interface RankingResult {
  rows: RatingRow[];
  /** Cases firmly in the top N. */
  selected: CaseId[];
  /** Cases tied with the N-th whose tie crosses the cut-off: the commission decides. */
  tiedAtCutoff: CaseId[];
  /** Seats left for the tied group: N − selected.length. */
  seatsForTied: number;
  belowQuorum: CaseId[];
  /** The tie-break rule that drew the line between cases equal on the mean, or null when the mean did. */
  cutoffDecidedBy: TieBreakKey | null;
}

export interface MemberProgress {
  member: MemberEmail;
  assigned: number;
  valid: number;
  invalid: number;
  incomplete: number;
  recused: number;
  blank: number;
  done: boolean;
  lastChange: Date | null;
}

// Every template a person's letter, document or page is made from, with the placeholders it may hold: a template
// is checked before anything irreversible (a letter goes out once), so no literal {{…}} ever reaches a person.
import { renderTemplate } from './text';
import type { SettingKey } from './settings';

export type TemplateKind = 'invite' | 'reminder' | 'winner' | 'certificate' | 'catalogForeword';

/**
 * A placeholder: `optional` ones may be empty (the greeting's name: «Добрий день, {{name}}!» becomes «Добрий
 * день!»); `setting` names the «Налаштування» row that supplies the value, so a refusal can say what to fill.
 */
export interface TemplateField {
  name: string;
  optional?: boolean;
  setting?: SettingKey;
}

const f = (name: string, more: Omit<TemplateField, 'name'> = {}): TemplateField => ({ name, ...more });

const INVITE: TemplateField[] = [
  f('name', { optional: true }),
  f('link'),
  f('deadline'),
  f('cases'),
  f('criteria'),
  f('title', { setting: 'title' }),
  f('year', { setting: 'year' }),
  f('sender', { optional: true, setting: 'senderName' }),
];

export const TEMPLATE_FIELDS: Record<TemplateKind, readonly TemplateField[]> = {
  invite: INVITE,
  reminder: [...INVITE, f('remaining')],
  winner: [
    f('name', { optional: true }),
    f('case'),
    f('organisation'),
    f('protocol'),
    f('meeting'),
    f('winners'),
    f('title', { setting: 'title' }),
    f('year', { setting: 'year' }),
    f('ceremonyDate', { setting: 'ceremonyDate' }),
    f('ceremonyPlace', { setting: 'ceremonyPlace' }),
    f('page', { setting: 'publicPageUrl' }),
    f('sender', { optional: true, setting: 'senderName' }),
  ],
  certificate: [
    f('organisation'),
    f('case'),
    f('district', { optional: true }),
    f('category', { optional: true }),
    f('year', { setting: 'year' }),
    f('winners'),
    f('date', { setting: 'ceremonyDate' }),
    f('place', { setting: 'ceremonyPlace' }),
    f('meeting'),
    f('protocol'),
    f('chair', { setting: 'chairName' }),
    f('secretary', { setting: 'secretaryName' }),
  ],
  catalogForeword: [
    f('year', { setting: 'year' }),
    f('title', { setting: 'title' }),
    f('received'),
    f('members'),
    f('criteria'),
    f('count'),
    f('meeting'),
    f('protocol'),
    f('by'),
  ],
};

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The placeholders a template uses, each once, in order. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** Where each placeholder stands in a text: its name, first character and length (UTF-16 code units). */
export function placeholderPlaces(text: string): { name: string; index: number; length: number }[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1], index: m.index, length: m[0].length }));
}

/** `{{name}}` as the secretary writes it. */
export const placeholderText = (name: string): string => `{{${name}}}`;

/** What would make a filled template incomplete. */
export type TemplateGap =
  /** a placeholder this kind of template does not know (a typo): it would stay as it is */
  | { kind: 'unknown'; placeholder: string }
  /** a required value that is empty (the page's address not yet set) */
  | { kind: 'empty'; placeholder: string; setting?: SettingKey }
  /** braces that are no placeholder («{{name}» or «{name}}»): they would reach the reader as they are */
  | { kind: 'braces'; text: string };

/**
 * Everything that would keep `template`, filled with `vars`, from being complete. Without `vars` only the template
 * itself is checked (unknown placeholders, stray braces), as the settings are when they are read.
 */
export function templateGaps(
  kind: TemplateKind,
  template: string,
  vars?: Record<string, string | number>,
): TemplateGap[] {
  const fields = new Map(TEMPLATE_FIELDS[kind].map((x) => [x.name, x]));
  const gaps: TemplateGap[] = [];
  for (const name of placeholdersIn(template)) {
    const field = fields.get(name);
    if (!field) gaps.push({ kind: 'unknown', placeholder: placeholderText(name) });
    else if (vars && !field.optional && String(vars[name] ?? '').trim() === '')
      gaps.push({
        kind: 'empty',
        placeholder: placeholderText(name),
        ...(field.setting ? { setting: field.setting } : {}),
      });
  }
  const stray = /\{\{|\}\}/.exec(template.replace(PLACEHOLDER, ''));
  if (stray) {
    const at = stray.index;
    const rest = template.replace(PLACEHOLDER, '');
    gaps.push({ kind: 'braces', text: rest.slice(Math.max(0, at - 12), at + 14).trim() });
  }
  return gaps;
}

/**
 * The template filled for a person. An empty optional value takes the comma or space before it along
 * («Добрий день, {{name}}!» → «Добрий день!»); everything else as renderTemplate (html mode escapes).
 */
export function fillTemplate(
  kind: TemplateKind,
  template: string,
  vars: Record<string, string | number>,
  mode: 'text' | 'html',
): string {
  let tpl = template;
  for (const field of TEMPLATE_FIELDS[kind]) {
    if (!field.optional || String(vars[field.name] ?? '').trim() !== '') continue;
    tpl = tpl.replace(new RegExp(`(?:,[ \\t]*|[ \\t]+)?\\{\\{\\s*${field.name}\\s*\\}\\}`, 'g'), '');
  }
  return renderTemplate(tpl, vars, mode);
}

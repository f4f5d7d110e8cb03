// What every command is given (its arguments, the workspace folder, where to print) and what it declares.
import path from 'node:path';
import type { Lang } from '../../src/domain/types';
import type { MessageKey, Text } from './messages';

/** Where a command prints: `out` for the report, `err` for problems; `cwd` resolves the paths people type. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd?: string;
}

export interface Context {
  dir: string;
  lang: Lang;
  io: Io;
  /** The options given; an option that may repeat (menu's --text) is a list. */
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  say: (text: Text) => void;
  warn: (text: Text) => void;
  /** A path as typed, resolved against the folder the person ran the command in. */
  file: (p: string) => string;
}

export interface Command {
  name: string;
  summary: MessageKey;
  help: MessageKey;
  options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
  args: { min: number; max: number };
  /** Help that depends on the workspace (the menu's items). */
  moreHelp?: (ctx: Context) => Text;
  /** Exit code; nothing returned means 0. */
  run: (ctx: Context) => Promise<number | void>;
}

export function makeContext(
  io: Io,
  dir: string,
  lang: Lang,
  values: Context['values'],
  positionals: string[],
): Context {
  const cwd = io.cwd ?? process.cwd();
  return {
    dir: path.resolve(cwd, dir),
    lang,
    io,
    values,
    positionals,
    say: (text) => io.out(text[lang]),
    warn: (text) => io.err(text[lang]),
    file: (p) => path.resolve(cwd, p),
  };
}

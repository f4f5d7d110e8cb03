// `npm run local -- <command>`: the season on real data, step by step; every command loads the workspace, acts
// as a person would on Google, and saves only when everything succeeded.
import { parseArgs } from 'node:util';
import type { Lang } from '../../src/domain/types';
import { makeContext, type Command, type Context, type Io } from './command';
import { exportOutputs } from './commands/export';
import { importCases, importMembers } from './commands/import';
import { init } from './commands/init';
import { memberExport, memberImport } from './commands/member';
import { menu } from './commands/menu';
import { settings } from './commands/settings';
import { status } from './commands/status';
import { tick } from './commands/tick';
import { quietWhenClosed } from './io';
import { CliError, lines, same, t, type Text } from './messages';

export type { Io };

/** In the order of the season. */
export const COMMANDS: Command[] = [
  init,
  importMembers,
  importCases,
  settings,
  menu,
  tick,
  memberExport,
  memberImport,
  status,
  exportOutputs,
];

const COMMON = {
  dir: { type: 'string' as const },
  lang: { type: 'string' as const },
  help: { type: 'boolean' as const, short: 'h' },
};
const DEFAULT_DIR = 'workspace';

function parseLang(value: unknown): Lang {
  if (value === undefined || value === 'uk' || value === 'en') return (value ?? 'uk') as Lang;
  throw new CliError(t('badLang', { value: String(value) }), 2);
}

/** The language asked for anywhere on the line, so even an early error is printed in it. */
function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return v === 'en' ? 'en' : 'uk';
}

function generalHelp(): Text {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const row = (c: Command, lang: Lang): string => `  ${c.name.padEnd(width)}  ${t(c.summary)[lang]}`;
  return lines([
    t('usage'),
    t('commandsTitle'),
    { uk: COMMANDS.map((c) => row(c, 'uk')).join('\n'), en: COMMANDS.map((c) => row(c, 'en')).join('\n') },
    t('commonOptions'),
  ]);
}

/** Where the command name is: the first word that is neither an option nor the value of --dir/--lang. */
function commandIndex(argv: string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dir' || a === '--lang') i += 1;
    else if (!a.startsWith('-')) return i;
  }
  return -1;
}

/** Node's parseArgs errors (English, for programmers) as the person's mistake in their words, naming the option. */
function argsProblem(e: unknown): Text {
  const code = (e as { code?: string }).code;
  const message = String((e as Error)?.message ?? '');
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  // «'--until <value>'», «'-y, --yes'», «'--when'»: the long name when there is one
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[ ,]/)[0];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return t('argUnknownOption', { option });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message)
        ? t('argNeedsValue', { option })
        : t('argTakesNoValue', { option });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return t('argUnexpected', { arg: quoted });
    default:
      return t('argUnreadable');
  }
}

function usageError(name: string, problem: Text): CliError {
  return new CliError(
    name ? t('badArgs', { name, error: problem }) : t('badGlobalArgs', { error: problem }),
    2,
  );
}

type Options = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** parseArgs, strict; an option given twice that takes one value is a mistake, not «the last one wins». */
function parse(args: string[], options: Options, allowPositionals: boolean, name: string) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals, tokens: true });
  } catch (e) {
    throw usageError(name, argsProblem(e));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || options[token.name]?.multiple) continue;
    if (seen.has(token.name)) throw usageError(name, t('argRepeated', { option: `--${token.name}` }));
    seen.add(token.name);
  }
  return parsed;
}

/** Runs one command line; returns the exit code (0 done, 1 a problem with the data or the workspace, 2 usage). */
export async function run(argv: string[], io: Io): Promise<number> {
  let lang = langOf(argv);
  try {
    const at = commandIndex(argv);
    const globals = parse(at < 0 ? argv : argv.slice(0, at), COMMON, false, '').values;
    if (globals.lang !== undefined) lang = parseLang(globals.lang);
    const name = at < 0 ? undefined : argv[at];
    if (name === undefined || name === 'help') {
      io.out(generalHelp()[lang]);
      return name === undefined && !globals.help ? 2 : 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command)
      throw new CliError(t('unknownCommand', { name, names: COMMANDS.map((c) => c.name).join(', ') }), 2);
    const parsed = parse(argv.slice(at + 1), { ...COMMON, ...command.options }, true, name);
    const values = { ...globals, ...parsed.values } as Context['values'];
    lang = parseLang(values.lang);
    const ctx = makeContext(io, String(values.dir ?? DEFAULT_DIR), lang, values, parsed.positionals);
    const usage = t(command.help).uk.split('\n')[0];
    if (values.help) {
      io.out(
        lines([t(command.help), ...(command.moreHelp ? [command.moreHelp(ctx)] : []), t('commonOptions')])[
          lang
        ],
      );
      return 0;
    }
    const n = parsed.positionals.length;
    if (n < command.args.min) throw new CliError(t('tooFewArgs', { name, usage }), 2);
    if (n > command.args.max)
      throw new CliError(
        t('tooManyArgs', {
          name,
          usage,
          extra: parsed.positionals
            .slice(command.args.max)
            .map((p) => `«${p}»`)
            .join(' '),
        }),
        2,
      );
    return (await command.run(ctx)) ?? 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.text[lang]);
      return e.exitCode;
    }
    // Not a problem a person can fix from here: the whole story, once
    io.err(same(`✗ ${(e as Error)?.stack ?? String(e)}`)[lang]);
    return 1;
  }
}

if (require.main === module) {
  // npm runs scripts from the package folder; the paths people type are relative to where they were
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const out = quietWhenClosed(process.stdout);
  const err = quietWhenClosed(process.stderr);
  void run(process.argv.slice(2), { out: (s) => out(s + '\n'), err: (s) => err(s + '\n'), cwd }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}

// Logger and console for the sandbox: log lines are collected per execution and printed only when asked.

import type { World } from '../world';
import { formatJava } from './utilities';

export interface LogLine {
  execution: number;
  at: number;
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

const isDate = (v: unknown): boolean => Object.prototype.toString.call(v) === '[object Date]';

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined || typeof v !== 'object') return String(v);
  if (isDate(v)) return String(v);
  if (
    v instanceof Error ||
    (typeof (v as Error).message === 'string' && typeof (v as Error).name === 'string')
  ) {
    return `${(v as Error).name}: ${(v as Error).message}`;
  }
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** Everything logged, with the execution that logged it. */
export class LogBook {
  readonly lines: LogLine[] = [];
  constructor(
    private readonly world: World,
    public print = false,
  ) {}

  add(level: LogLine['level'], message: string): void {
    const line: LogLine = { execution: this.world.exec?.id ?? 0, at: this.world.now(), level, message };
    this.lines.push(line);
    if (this.print) process.stdout.write(`[${level}] ${message}\n`);
  }

  forExecution(id: number): string[] {
    return this.lines.filter((l) => l.execution === id).map((l) => l.message);
  }
}

/** https://developers.google.com/apps-script/reference/base/logger */
export class LocalLogger {
  constructor(
    private readonly world: World,
    private readonly book: LogBook,
  ) {}

  /** Lines before this index are hidden from getLog (Logger.clear). */
  private clearedBefore = 0;

  log = (format: unknown, ...values: unknown[]): LocalLogger => {
    this.world.charge('Logger.log', 'free');
    this.book.add(
      'log',
      values.length && typeof format === 'string' ? formatJava(format, values) : show(format),
    );
    return this;
  };

  getLog = (): string => {
    this.world.charge('Logger.getLog', 'free');
    const id = this.world.exec?.id ?? 0;
    return this.book.lines
      .slice(this.clearedBefore)
      .filter((l) => l.execution === id && l.level === 'log')
      .map((l) => l.message)
      .join('\n');
  };

  clear = (): void => {
    this.world.charge('Logger.clear', 'free');
    this.clearedBefore = this.book.lines.length;
  };
}

/** The console of Apps Script's V8 runtime (log, info, warn, error, time, timeEnd). */
export class LocalConsole {
  private readonly timers = new Map<string, number>();

  constructor(
    private readonly world: World,
    private readonly book: LogBook,
  ) {}

  private line(level: LogLine['level'], args: unknown[]): void {
    this.world.charge(`console.${level}`, 'free');
    const [first, ...rest] = args;
    const text =
      typeof first === 'string' && /%[sdifoj]/.test(first)
        ? formatJava(first.replace(/%[ioj]/g, '%s'), rest)
        : args.map(show).join(' ');
    this.book.add(level, text);
  }

  log = (...args: unknown[]): void => this.line('log', args);
  info = (...args: unknown[]): void => this.line('info', args);
  warn = (...args: unknown[]): void => this.line('warn', args);
  error = (...args: unknown[]): void => this.line('error', args);
  time = (label = 'default'): void => {
    this.timers.set(label, this.world.now());
  };
  timeEnd = (label = 'default'): void => {
    const start = this.timers.get(label);
    if (start === undefined) return;
    this.timers.delete(label);
    this.line('info', [`${label}: ${this.world.now() - start}ms`]);
  };
}

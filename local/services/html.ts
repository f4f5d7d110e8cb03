// HtmlService: HtmlOutput and templates with Apps Script's scriptlets (<? ?>, <?= ?> escaped, <?!= ?> raw).

import type { HtmlServicePort, HtmlTemplatePort } from '../../src/gas/ports';
import { GasError, type World } from '../world';
import { LocalBlob } from './blob';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

export const escapeHtml = (v: unknown): string =>
  (v === null || v === undefined ? '' : String(v)).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const raw = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** Turns source text into a function; the host compiles in the script's realm so templates see its globals. */
export type Compiler = (source: string) => (...args: unknown[]) => unknown;

const hostCompiler: Compiler = (source) =>
  new Function(`return ${source}`)() as (...args: unknown[]) => unknown;

/** https://developers.google.com/apps-script/reference/html/html-output */
export class LocalHtmlOutput {
  private content: string;
  private title = '';
  private width = 0;
  private height = 0;
  private faviconUrl = '';
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    content: string,
    private readonly service: LocalHtmlService,
  ) {
    this.content = content;
  }

  /** The real HtmlOutput type at the boundary where Apps Script's Ui and doGet expect it. */
  asReal(): HtmlOutput {
    return this as unknown as HtmlOutput;
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({ name, content });
    return this.asReal();
  }
  append(addedContent: string): HtmlOutput {
    this.content += raw(addedContent);
    return this.asReal();
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(addedContent);
    return this.asReal();
  }
  asTemplate(): HtmlTemplate {
    return this.service.createTemplate(this.content) as unknown as HtmlTemplate;
  }
  clear(): HtmlOutput {
    this.content = '';
    return this.asReal();
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    return this.getBlob().getAs(contentType);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return new LocalBlob(this.content, 'text/html', this.title || null);
  }
  getContent(): string {
    return this.content;
  }
  getFaviconUrl(): string {
    return this.faviconUrl;
  }
  getHeight(): number {
    return this.height;
  }
  getMetaTags(): { getName: () => string; getContent: () => string }[] {
    return this.metaTags.map((t) => ({ getName: () => t.name, getContent: () => t.content }));
  }
  getTitle(): string {
    return this.title;
  }
  getWidth(): number {
    return this.width;
  }
  setContent(content: string): HtmlOutput {
    this.content = raw(content);
    return this.asReal();
  }
  setFaviconUrl(iconUrl: string): HtmlOutput {
    this.faviconUrl = iconUrl;
    return this.asReal();
  }
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this.asReal();
  }
  setSandboxMode(_mode: unknown): HtmlOutput {
    return this.asReal();
  }
  setTitle(title: string): HtmlOutput {
    this.title = raw(title);
    return this.asReal();
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this.asReal();
  }
  setXFrameOptionsMode(_mode: unknown): HtmlOutput {
    return this.asReal();
  }
}

/** Compile scriptlets to the body of a function of (data, output, print, printRaw). */
export function compileScriptlets(html: string): string {
  const parts: string[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) parts.push(`output.append(${JSON.stringify(html.slice(last, m.index))});`);
    const code = m[2].trim();
    if (m[1] === '=') parts.push(`__print(${code});`);
    else if (m[1] === '!=') parts.push(`__printRaw(${code});`);
    else parts.push(`${m[2]}\n`);
    last = re.lastIndex;
  }
  if (last < html.length) parts.push(`output.append(${JSON.stringify(html.slice(last))});`);
  return parts.join('\n');
}

/** https://developers.google.com/apps-script/reference/html/html-template: properties set on it become variables. */
export class LocalHtmlTemplate implements HtmlTemplatePort {
  [propName: string]: any;
  readonly #source: string;
  readonly #service: LocalHtmlService;

  constructor(source: string, service: LocalHtmlService) {
    this.#source = source;
    this.#service = service;
  }

  evaluate = (): HtmlOutput => this.#service.evaluate(this.#source, this.data());

  getCode = (): string => compileScriptlets(this.#source);

  getCodeWithComments = (): string => compileScriptlets(this.#source);

  getRawContent = (): string => this.#source;

  private data(): Record<string, unknown> {
    const data: Record<string, unknown> = Object.create(null);
    for (const [k, v] of Object.entries(this)) if (typeof v !== 'function') data[k] = v;
    return data;
  }
}

export class LocalHtmlService implements HtmlServicePort {
  readonly SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };

  constructor(
    private readonly world: World,
    /** Reads `<name>.html` of the project (dist/); null when there is none. */
    private readonly readFile: (name: string) => string | null = () => null,
    public compile: Compiler = hostCompiler,
  ) {}

  createHtmlOutput = (html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput => {
    this.world.charge('HtmlService.createHtmlOutput', 'free');
    const text = typeof html === 'object' && html ? html.getBlob().getDataAsString() : raw(html);
    return new LocalHtmlOutput(text, this).asReal();
  };

  createTemplate = (html: string | GoogleAppsScript.Base.BlobSource): HtmlTemplatePort => {
    this.world.charge('HtmlService.createTemplate', 'free');
    const text = typeof html === 'object' && html ? html.getBlob().getDataAsString() : raw(html);
    return new LocalHtmlTemplate(text, this);
  };

  createHtmlOutputFromFile = (filename: string): HtmlOutput => {
    this.world.charge('HtmlService.createHtmlOutputFromFile', 'free');
    return new LocalHtmlOutput(this.file(filename), this).asReal();
  };

  createTemplateFromFile = (filename: string): HtmlTemplatePort => {
    this.world.charge('HtmlService.createTemplateFromFile', 'free');
    return new LocalHtmlTemplate(this.file(filename), this);
  };

  getUserAgent = (): string => 'Mozilla/5.0 (local Apps Script runtime)';

  private file(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const text = this.readFile(name);
    if (text === null) throw new GasError(`No HTML file named ${name} was found.`);
    return text;
  }

  /** Run a template's scriptlets with its properties as variables. */
  evaluate(source: string, data: Record<string, unknown>): HtmlOutput {
    this.world.charge('HtmlTemplate.evaluate', 'free');
    const out = new LocalHtmlOutput('', this);
    const fn = this.compile(
      `(function (__data, output, __print, __printRaw) { with (__data) {\n${compileScriptlets(source)}\n} })`,
    );
    fn(
      data,
      out,
      (v: unknown) => out.appendUntrusted(v as string),
      (v: unknown) => out.append(v as string),
    );
    return out.asReal();
  }
}

export const createHtmlService = (
  world: World,
  readFile?: (name: string) => string | null,
  compile?: Compiler,
): LocalHtmlService => new LocalHtmlService(world, readFile, compile);

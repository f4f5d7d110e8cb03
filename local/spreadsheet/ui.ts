// SpreadsheetApp.getUi(): records menus, alerts, prompts, sidebars and dialogs; answers come from a queue.
//
// https://developers.google.com/apps-script/reference/base/ui and .../base/menu,
// https://developers.google.com/apps-script/reference/base/button and .../base/button-set.

import type { MenuPort, PromptResponsePort, UiPort } from '../../src/gas/ports';
import { enumName, makeEnum, signatureError } from '../services/host-object';
import type { World } from '../world';

type GButton = GoogleAppsScript.Base.Button;
export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

const BUTTON = makeEnum('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
const BUTTON_SET = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
/** Enum objects: each value is an object that prints as its name, as Apps Script's enums are. */
export const Button = BUTTON as unknown as typeof GoogleAppsScript.Base.Button;
export const ButtonSet = BUTTON_SET as unknown as typeof GoogleAppsScript.Base.ButtonSet;

/**
 * The arguments of alert/prompt: (prompt), (prompt, buttons) or (title, prompt, buttons); `buttons` must be the
 * service's own ButtonSet value.
 */
function dialogArgs(
  method: string,
  args: unknown[],
): { title?: string; prompt: string; buttons: ButtonSetName } {
  const [a, b, c] = args;
  const fail = () => signatureError(args, `Ui.${method}`);
  if (args.length >= 3) {
    const buttons = enumName(BUTTON_SET, c);
    if (buttons === null || typeof a !== 'string') throw fail();
    return { title: a, prompt: String(b), buttons };
  }
  if (args.length === 2) {
    // (title, prompt) is no signature of alert; (prompt, buttons) is
    const buttons = enumName(BUTTON_SET, b);
    if (buttons === null) throw fail();
    return { prompt: String(a), buttons };
  }
  return { prompt: String(a), buttons: 'OK' };
}

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

export interface RecordedMenu {
  caption: string;
  items: MenuEntry[];
}

export interface RecordedAlert {
  title?: string;
  prompt: string;
  buttons: ButtonSetName;
  answer: ButtonName;
  /** False when no answer was queued and the default (OK) was used. */
  answered: boolean;
}

export interface RecordedPrompt extends RecordedAlert {
  text: string;
}

export interface RecordedHtml {
  title: string;
  html: string;
  width?: number;
  height?: number;
}

/** Reads an HtmlOutput defensively: an emulated HtmlOutput may implement only part of the real interface. */
function htmlRecord(out: GoogleAppsScript.HTML.HtmlOutput, title?: string): RecordedHtml {
  const o = out as unknown as Record<string, unknown>;
  const call = <T>(name: string): T | undefined =>
    typeof o[name] === 'function' ? (o[name] as () => T).call(out) : undefined;
  const rec: RecordedHtml = {
    title: title ?? call<string>('getTitle') ?? '',
    html: call<string>('getContent') ?? '',
  };
  const width = call<number>('getWidth');
  const height = call<number>('getHeight');
  if (width !== undefined) rec.width = width;
  if (height !== undefined) rec.height = height;
  return rec;
}

export class Menu implements MenuPort {
  readonly entries: MenuEntry[] = [];

  constructor(
    private readonly ui: UiRecorder,
    readonly caption: string,
  ) {}

  addItem = (caption: string, functionName: string): Menu => {
    this.ui.charge('Menu.addItem');
    this.entries.push({ kind: 'item', caption, functionName });
    return this;
  };

  addSeparator = (): Menu => {
    this.ui.charge('Menu.addSeparator');
    this.entries.push({ kind: 'separator' });
    return this;
  };

  addSubMenu = (menu: GoogleAppsScript.Base.Menu): Menu => {
    this.ui.charge('Menu.addSubMenu');
    if (!(menu instanceof Menu)) throw new Error('Menu.addSubMenu accepts only a menu made by createMenu');
    this.entries.push({ kind: 'submenu', caption: menu.caption, items: menu.entries });
    return this;
  };

  /** Re-adding a menu with the same caption replaces it (how scripts refresh a menu, inferred). */
  addToUi = (): void => {
    this.ui.charge('Menu.addToUi');
    const copy = (items: MenuEntry[]): MenuEntry[] =>
      items.map((e) => (e.kind === 'submenu' ? { ...e, items: copy(e.items) } : { ...e }));
    const rec = { caption: this.caption, items: copy(this.entries) };
    const i = this.ui.menus.findIndex((m) => m.caption === this.caption);
    if (i >= 0) this.ui.menus[i] = rec;
    else this.ui.menus.push(rec);
  };

  asReal(): GoogleAppsScript.Base.Menu {
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
}

class PromptResponse implements PromptResponsePort {
  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}
  getResponseText = (): string => this.text;
  getSelectedButton = (): GButton => BUTTON[this.button] as unknown as GButton;
}

export class UiRecorder implements UiPort {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  menus: RecordedMenu[] = [];
  alerts: RecordedAlert[] = [];
  prompts: RecordedPrompt[] = [];
  sidebars: RecordedHtml[] = [];
  dialogs: RecordedHtml[] = [];
  private queue: { button: ButtonName; text?: string }[] = [];

  /** With a world, every call is charged to the running execution. */
  constructor(private readonly world?: World) {}

  charge(method: string): void {
    this.world?.charge(method, 'ui');
  }

  /** Queues the person's answer to the next alert or prompt. */
  answerNext(button: ButtonName, text?: string): void {
    this.queue.push({ button, text });
  }

  pendingAnswers(): number {
    return this.queue.length;
  }

  /** Drops the queued answers no dialog asked for (the action failed before its question); returns how many. */
  discardAnswers(): number {
    const n = this.queue.length;
    this.queue = [];
    return n;
  }

  reset(): void {
    this.menus = [];
    this.alerts = [];
    this.prompts = [];
    this.sidebars = [];
    this.dialogs = [];
    this.queue = [];
  }

  /** The function a menu item with this caption runs (searching submenus too). */
  findMenuItem(caption: string): string | undefined {
    const search = (items: MenuEntry[]): string | undefined => {
      for (const e of items) {
        if (e.kind === 'item' && e.caption === caption) return e.functionName;
        if (e.kind === 'submenu') {
          const hit = search(e.items);
          if (hit) return hit;
        }
      }
      return undefined;
    };
    for (const m of this.menus) {
      const hit = search(m.items);
      if (hit) return hit;
    }
    return undefined;
  }

  createMenu = (caption: string): Menu => {
    this.charge('Ui.createMenu');
    return new Menu(this, caption);
  };

  createAddonMenu = (): Menu => {
    this.charge('Ui.createAddonMenu');
    return new Menu(this, 'Add-on');
  };

  private answer(buttons: ButtonSetName): { button: ButtonName; text: string; answered: boolean } {
    const next = this.queue.shift();
    if (!next) return { button: 'OK', text: '', answered: false };
    if (next.button !== 'CLOSE' && !BUTTONS_OF[buttons].includes(next.button)) {
      throw new Error(`The queued answer ${next.button} is not a button of ButtonSet.${buttons}`);
    }
    return { button: next.button, text: next.text ?? '', answered: true };
  }

  alert = ((...args: unknown[]): GButton => {
    this.charge('Ui.alert');
    const { title, prompt, buttons } = dialogArgs('alert', args);
    const ans = this.answer(buttons);
    this.alerts.push({
      ...(title !== undefined ? { title } : {}),
      prompt,
      buttons,
      answer: ans.button,
      answered: ans.answered,
    });
    return BUTTON[ans.button] as unknown as GButton;
  }) as UiPort['alert'];

  prompt = ((...args: unknown[]): PromptResponse => {
    this.charge('Ui.prompt');
    const { title, prompt, buttons } = dialogArgs('prompt', args);
    const ans = this.answer(buttons);
    this.prompts.push({
      ...(title !== undefined ? { title } : {}),
      prompt,
      buttons,
      answer: ans.button,
      answered: ans.answered,
      text: ans.text,
    });
    return new PromptResponse(ans.text, ans.button);
  }) as UiPort['prompt'];

  showSidebar = (userInterface: GoogleAppsScript.HTML.HtmlOutput): void => {
    this.charge('Ui.showSidebar');
    this.sidebars.push(htmlRecord(userInterface));
  };

  showModalDialog = (userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void => {
    this.charge('Ui.showModalDialog');
    this.dialogs.push(htmlRecord(userInterface, title));
  };

  showModelessDialog = (userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void => {
    this.charge('Ui.showModelessDialog');
    this.dialogs.push(htmlRecord(userInterface, title));
  };
}

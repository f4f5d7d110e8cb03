// What a person sees: the spreadsheet's Ui (menus, alerts, prompts, sidebars, dialogs) and HtmlService's pages.
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export interface MenuPort {
  addItem: (caption: string, functionName: string) => MenuPort;
  addSeparator: () => MenuPort;
  addSubMenu: (menu: GoogleAppsScript.Base.Menu) => MenuPort;
  addToUi: () => void;
}

export interface PromptResponsePort {
  getResponseText: () => string;
  getSelectedButton: () => GoogleAppsScript.Base.Button;
}

export interface UiPort {
  Button: typeof GoogleAppsScript.Base.Button;
  ButtonSet: typeof GoogleAppsScript.Base.ButtonSet;
  createMenu: (caption: string) => MenuPort;
  createAddonMenu: () => MenuPort;
  alert: {
    (prompt: string): GoogleAppsScript.Base.Button;
    (prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
    (title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  };
  prompt: {
    (prompt: string): PromptResponsePort;
    (title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): PromptResponsePort;
  };
  showSidebar: (userInterface: HtmlOutput) => void;
  showModalDialog: (userInterface: HtmlOutput, title: string) => void;
}

export interface HtmlOutputPort {
  setTitle: (title: string) => HtmlOutput;
  addMetaTag: (name: string, content: string) => HtmlOutput;
  setWidth: (width: number) => HtmlOutput;
  setHeight: (height: number) => HtmlOutput;
  getContent: () => string;
}

export interface HtmlTemplatePort {
  evaluate: () => HtmlOutput;
  [propName: string]: any;
}

export interface HtmlServicePort {
  createHtmlOutput: (html: string) => HtmlOutput;
  createTemplate: (html: string) => HtmlTemplatePort;
}

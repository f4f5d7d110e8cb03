// What people do in the runtime: accounts and consent, sharing and copying files, opening the master, visiting
// the web app, clicking menu items, working in the spreadsheets.

import { shareWithPerson } from '../services/drive';
import { AUTH_MODE } from '../services/script-app';
import { LocalUser } from '../services/session';
import { UiRecorder, userSession, type UserSession } from '../spreadsheet';
import { clientIdFor, type Account, type AccountSpec, type ExecutionRecord, type Role } from '../world';
import { SIMPLE_TRIGGER_SECONDS, type CallResult } from './setup';
import { TriggerRuntime } from './triggers';

/** What people do: their accounts and consent, sharing and copying files, opening the master, the web app, menus. */
export abstract class PeopleRuntime extends TriggerRuntime {
  /** An account as the runtime models it (declared, or a Google account with the defaults). */
  account(email: string): Account {
    return this.world.account(email);
  }

  /** Declare or change an account: `{ hasGoogleAccount: false }`, another locale or zone, a name. */
  addAccount(email: string, spec: AccountSpec = {}): Account {
    return this.world.declareAccount(email, spec);
  }

  /**
   * The person creates a Google account for an address that had none: the invitations Drive sent to it become
   * access (they can open what was shared with them).
   */
  createAccount(email: string): Account {
    const who = email.toLowerCase();
    const account = this.world.declareAccount(who, { hasGoogleAccount: true });
    for (const item of this.world.drive.values())
      for (const p of item.permissions)
        if (p.pending && p.emailAddress.toLowerCase() === who) delete p.pending;
    return account;
  }

  /**
   * The person grants this project's consent screen (they click the menu item, see "Authorization required",
   * and allow). Until then every run as them but a simple trigger fails with AUTHORIZATION_REQUIRED. The
   * master's owner has authorised the master's project; nobody has authorised a copy's.
   */
  authorize(email: string): void {
    this.world.authorize(email, this.project);
  }

  /** The person removes the script's access from their account: their triggers stop running. */
  revokeAuthorization(email: string): void {
    this.world.revokeAuthorization(email, this.project);
  }

  isAuthorized(email: string): boolean {
    return this.world.isAuthorized(email, this.project);
  }

  /**
   * A person shares a file from the Sheets or Drive Share dialog (not the script: no drive.file limits).
   * `notify` is the "Notify people" box (default on); an address without a Google account needs it and gets a
   * pending invitation.
   */
  share(
    fileId: string,
    email: string,
    role: Exclude<Role, 'owner'> = 'writer',
    opts: { as?: string; notify?: boolean; message?: string } = {},
  ): void {
    const as = (opts.as ?? this.project.owner).toLowerCase();
    const item = this.world.drive.get(fileId);
    if (!item || !this.world.canWrite(fileId, as)) throw new Error(`${as} may not share ${fileId}`);
    const shared = shareWithPerson(this.world, { mail: this.mail, nameOf: this.nameOf }, item, {
      email,
      role,
      notify: opts.notify ?? true,
      message: opts.message,
      sharer: as,
    });
    if (typeof shared === 'string') throw new Error(shared);
  }

  /**
   * A person's File → Make a copy of a spreadsheet (default the master) into their My Drive: a new file they
   * own, shared with nobody, that no app has drive.file access to. A copy of a container copies its bound
   * script as a new project (`boundTo(copyId)`): same code, new script id and OAuth client, no triggers, no
   * properties (https://developers.google.com/apps-script/reference/properties/properties-service:
   * "Properties cannot be shared between scripts").
   */
  makeCopy(opts: { as?: string; name?: string; of?: string } = {}): string {
    const as = (opts.as ?? this.project.owner).toLowerCase();
    const sourceId = opts.of ?? this.project.boundId;
    const source = this.store.get(sourceId);
    if (!source || !this.world.canRead(sourceId, as)) throw new Error(`${as} may not open ${sourceId}`);
    const copy = this.store.copy(sourceId, { name: opts.name ?? `Copy of ${source.name}`, owner: as });
    this.world.drive.get(copy.id)!.createdOutsideScript = true;
    if (this.world.projectBoundTo(sourceId)) this.world.addProject(copy.id, as);
    return copy.id;
  }

  /**
   * The person opens a file with this project's app (the Google Picker, Drive's "Open with"): under drive.file
   * the project's executions as them now see it (https://developers.google.com/drive/api/guides/about-auth).
   */
  pickFile(fileId: string, opts: { as?: string } = {}): void {
    const as = (opts.as ?? this.project.owner).toLowerCase();
    const item = this.world.drive.get(fileId);
    if (!item || !this.world.canRead(fileId, as)) throw new Error(`${as} may not open ${fileId}`);
    delete item.createdOutsideScript;
    this.world.grantAppAccess(item, as, this.project.clientId);
  }

  /**
   * The script is moved to another Google Cloud project (Project Settings → Change project): a new OAuth
   * client. drive.file access and appProperties belonged to the old client, so the files the script made are
   * out of its reach; everyone consents again (https://developers.google.com/apps-script/guides/cloud-platform-projects).
   */
  moveToCloudProject(projectNumber: string): string {
    this.project.clientId = clientIdFor(`${this.project.scriptId}:${projectNumber}`);
    return this.project.clientId;
  }

  /**
   * The person opens the bound spreadsheet: the simple `onOpen(e)` runs as them in LIMITED mode (no
   * authorisation needed), then installable open triggers; returns the menus the script added.
   */
  openMaster(as?: string): UiRecorder['menus'] {
    const user = (as ?? this.project.owner).toLowerCase();
    const boundId = this.project.boundId;
    if (!this.world.account(user).hasGoogleAccount)
      throw new Error(`${user} has no Google account: Sheets asks them to sign in`);
    if (!this.world.canRead(boundId, user)) throw new Error(`${user} may not open the master spreadsheet`);
    this.ui.menus = [];
    const source = this.spreadsheet(boundId);
    if (this.sandbox.has('onOpen')) {
      this.execute(
        'onOpen',
        'simple-trigger',
        user,
        () => [{ authMode: AUTH_MODE.LIMITED, source, user: new LocalUser(user) }],
        {
          limitSeconds: SIMPLE_TRIGGER_SECONDS,
        },
      );
    }
    for (const t of this.triggers.forSpreadsheet(boundId, 'ON_OPEN')) {
      this.fire(
        t,
        () => ({ authMode: AUTH_MODE.FULL, source, triggerUid: t.uid, user: new LocalUser(user) }),
        user,
      );
    }
    return this.ui.menus;
  }

  /**
   * A visit to the deployed web app: `doGet(e)` runs as the owner ("Execute as: me", appsscript.json webapp),
   * with the event object of https://developers.google.com/apps-script/guides/web#request_parameters; the page
   * as served (HtmlOutput's content and title).
   */
  web(
    params: Record<string, string> = {},
    path = '',
  ): { html: string; title: string; record: ExecutionRecord; error?: unknown } {
    const queryString = Object.entries(params)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join('&');
    const event = {
      queryString,
      parameter: { ...params },
      parameters: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, [v]])),
      contextPath: '',
      contentLength: -1,
      ...(path ? { pathInfo: path } : {}),
    };
    const r = this.execute('doGet', 'web', this.project.owner, () => [event]);
    const out = r.result as { getContent?: () => string; getTitle?: () => string } | undefined;
    const html = typeof out?.getContent === 'function' ? out.getContent() : '';
    const title = typeof out?.getTitle === 'function' ? out.getTitle() : '';
    return { html, title, record: r.record, ...(r.error !== undefined ? { error: r.error } : {}) };
  }

  /** Click a menu item (found by caption in the menus built by onOpen) with queued answers to its dialogs. */
  menu(
    caption: string,
    answers: { button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE'; text?: string }[] = [],
    opts: { as?: string } = {},
  ): CallResult {
    const fn = this.ui.findMenuItem(caption);
    if (!fn)
      throw new Error(
        `No menu item "${caption}" (menus: ${this.ui.menus.map((m) => m.caption).join(', ') || 'none'})`,
      );
    for (const a of answers) this.ui.answerNext(a.button, a.text);
    return this.call(fn, [], { as: opts.as ?? this.project.owner, kind: 'menu' });
  }

  /** A person working in the spreadsheets (typing, pasting, sorting …); their edits fire onEdit/onChange triggers. */
  as(email: string): UserSession {
    return userSession(this.world, this.store, email);
  }
}

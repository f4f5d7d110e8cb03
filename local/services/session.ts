// Session: who runs the code (the execution's user; a trigger runs as its owner) and the script's time zone.

import type { SessionPort, UserPort } from '../../src/gas/ports';
import type { World } from '../world';

/** A Base.User: Apps Script hands these out for Session and in event objects. */
export class LocalUser implements UserPort {
  constructor(private readonly email: string) {}
  getEmail = (): string => this.email;
  getUserLoginId = (): string => this.email;
  toString(): string {
    return this.email;
  }
}

export class LocalSession implements SessionPort {
  /**
   * The person at the keyboard when it differs from the user the code runs as (an installable trigger fired
   * by a member's edit runs as the owner); keyed by execution id.
   */
  readonly activeUsers = new Map<number, string>();

  constructor(
    private readonly world: World,
    private readonly timeZone: string,
    private readonly locale = 'uk',
  ) {}

  getActiveUser = (): UserPort => {
    this.world.charge('Session.getActiveUser', 'free');
    const ex = this.world.exec;
    return new LocalUser(
      ex && this.activeUsers.has(ex.id) ? this.activeUsers.get(ex.id)! : this.world.currentUser(),
    );
  };

  getEffectiveUser = (): UserPort => {
    this.world.charge('Session.getEffectiveUser', 'free');
    return new LocalUser(this.world.currentUser());
  };

  getScriptTimeZone = (): string => {
    this.world.charge('Session.getScriptTimeZone', 'free');
    return this.timeZone;
  };

  getActiveUserLocale = (): string => {
    this.world.charge('Session.getActiveUserLocale', 'free');
    return this.locale;
  };

  getTemporaryActiveUserKey = (): string => {
    this.world.charge('Session.getTemporaryActiveUserKey', 'free');
    return Buffer.from(`${this.world.project().scriptId}:${this.world.currentUser()}`).toString('base64url');
  };
}

export const createSession = (world: World, timeZone: string, locale?: string): LocalSession =>
  new LocalSession(world, timeZone, locale);

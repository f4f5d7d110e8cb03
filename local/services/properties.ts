// PropertiesService: separate script, document and per-user key-value stores with Apps Script's size limits.

import type { PropertiesServicePort } from '../../src/gas/ports';
import { GasError, type World } from '../world';

type Properties = GoogleAppsScript.Properties.Properties;

const STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** One property store (https://developers.google.com/apps-script/reference/properties/properties). */
export class LocalProperties implements Properties {
  constructor(
    private readonly world: World,
    private readonly label: string,
    readonly data: Map<string, string> = new Map(),
  ) {}

  private charge(method: string, cls: 'propertiesGet' | 'propertiesSet'): void {
    this.world.charge(`Properties.${method}`, cls);
  }

  /** Check the would-be store against the limits before anything is written (a failed set changes nothing). */
  private checkedWrite(entries: [string, string][], base: Map<string, string>): Map<string, string> {
    const next = new Map(base);
    for (const [k, v] of entries) {
      if (bytes(v) > this.world.limits.propertyValueBytes) throw new GasError('Argument too large: value');
      next.set(k, v);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > this.world.limits.propertyStoreBytes) throw new GasError(STORE_FULL);
    return next;
  }

  private replaceWith(next: Map<string, string>): void {
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
  }

  deleteAllProperties(): Properties {
    this.charge('deleteAllProperties', 'propertiesSet');
    this.data.clear();
    return this;
  }
  deleteProperty(key: string): Properties {
    this.charge('deleteProperty', 'propertiesSet');
    this.data.delete(String(key));
    return this;
  }
  getKeys(): string[] {
    this.charge('getKeys', 'propertiesGet');
    return this.world.makeArray([...this.data.keys()]);
  }
  getProperties(): { [key: string]: string } {
    this.charge('getProperties', 'propertiesGet');
    return Object.fromEntries(this.data);
  }
  getProperty(key: string): string | null {
    this.charge('getProperty', 'propertiesGet');
    return this.data.get(String(key)) ?? null;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): Properties {
    this.charge('setProperties', 'propertiesSet');
    const entries = Object.entries(properties ?? {}).map(([k, v]) => [k, String(v)] as [string, string]);
    this.replaceWith(this.checkedWrite(entries, deleteAllOthers ? new Map() : this.data));
    return this;
  }
  setProperty(key: string, value: string): Properties {
    this.charge('setProperty', 'propertiesSet');
    this.replaceWith(this.checkedWrite([[String(key), String(value)]], this.data));
    return this;
  }
  toString(): string {
    return this.label;
  }
}

export interface PropertiesState {
  script: Record<string, string>;
  document: Record<string, Record<string, string>>;
  user: Record<string, Record<string, string>>;
}

/** All property stores of the project: one script store, one per bound document, one per user. */
export class PropertyStores {
  readonly script: Map<string, string> = new Map();
  readonly document = new Map<string, Map<string, string>>();
  readonly user = new Map<string, Map<string, string>>();

  toJSON(): PropertiesState {
    const obj = (m: Map<string, string>) => Object.fromEntries(m);
    return {
      script: obj(this.script),
      document: Object.fromEntries([...this.document].map(([k, m]) => [k, obj(m)])),
      user: Object.fromEntries([...this.user].map(([k, m]) => [k, obj(m)])),
    };
  }

  load(state: PropertiesState): void {
    const map = (o: Record<string, string>) => new Map(Object.entries(o));
    this.script.clear();
    for (const [k, v] of Object.entries(state.script)) this.script.set(k, v);
    this.document.clear();
    for (const [k, v] of Object.entries(state.document)) this.document.set(k, map(v));
    this.user.clear();
    for (const [k, v] of Object.entries(state.user)) this.user.set(k, map(v));
  }
}

export class LocalPropertiesService implements PropertiesServicePort {
  constructor(
    private readonly world: World,
    readonly stores: PropertyStores,
  ) {}

  getScriptProperties = (): Properties => {
    this.world.charge('PropertiesService.getScriptProperties', 'free');
    return new LocalProperties(this.world, 'ScriptProperties', this.stores.script);
  };

  /** The bound document's store (the master spreadsheet). */
  getDocumentProperties = (): Properties => {
    this.world.charge('PropertiesService.getDocumentProperties', 'free');
    const key = this.world.project().boundId;
    if (!this.stores.document.has(key)) this.stores.document.set(key, new Map());
    return new LocalProperties(this.world, 'DocumentProperties', this.stores.document.get(key));
  };

  /** The store of the user the code runs as (a trigger: its owner). */
  getUserProperties = (): Properties => {
    this.world.charge('PropertiesService.getUserProperties', 'free');
    const who = this.world.currentUser();
    if (!this.stores.user.has(who)) this.stores.user.set(who, new Map());
    return new LocalProperties(this.world, 'UserProperties', this.stores.user.get(who));
  };
}

export const createPropertiesService = (
  world: World,
  stores = new PropertyStores(),
): LocalPropertiesService => new LocalPropertiesService(world, stores);

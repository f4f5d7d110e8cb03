// The script's properties read once per execution: one getProperties call serves every store's getProperty.
import type { PropertiesServicePort } from './ports';

type Properties = GoogleAppsScript.Properties.Properties;

export interface PropertySnapshot {
  /** A PropertiesService whose script properties answer getProperty from the snapshot and write through. */
  readonly service: PropertiesServicePort;
  /** Forget the snapshot: the next getProperty reads all properties again (after waiting for the script lock). */
  refresh(): void;
  /** What runs before each script property write or deletion (context.ts: commit the sheet writes it may record). */
  beforeWrite(hook: () => void): void;
}

/**
 * The state, the stages' state and the form's state are three Script properties; each store used to read its
 * own (one call each, and one more getScriptProperties per read and write). Here the first getProperty of an
 * execution reads them all with one getProperties call; setProperty writes through and keeps the snapshot in
 * step. Document and user properties, and getProperties itself, go to the service unchanged.
 */
export function snapshotProperties(service: PropertiesServicePort): PropertySnapshot {
  let handle: Properties | null = null;
  let all: Record<string, string> | null = null;
  const real = (): Properties => (handle ??= service.getScriptProperties());
  const read = (): Record<string, string> => (all ??= { ...real().getProperties() });
  let before = (): void => undefined;

  const script = {
    getProperty: (key: string): string | null => read()[key] ?? null,
    setProperty(key: string, value: string) {
      before();
      real().setProperty(key, value);
      if (all) all[key] = value;
      return script;
    },
    deleteProperty(key: string) {
      before();
      real().deleteProperty(key);
      if (all) delete all[key];
      return script;
    },
    getProperties: (): Record<string, string> => ({ ...real().getProperties() }),
    getKeys: (): string[] => Object.keys(read()),
  } as unknown as Properties;

  return {
    service: {
      getScriptProperties: () => script,
      getDocumentProperties: () => service.getDocumentProperties(),
      getUserProperties: () => service.getUserProperties(),
    },
    refresh: () => {
      all = null;
    },
    beforeWrite: (hook) => {
      before = hook;
    },
  };
}

// The stages' state (one Script property) and their files on Drive, tagged so a re-run finds instead of recreating.
import type { DrivePort, PropertiesServicePort } from './ports';
import { FOLDER_MIME, TAG } from './drive';
import { NEW_DOC } from './docs-batch';

const KEY = 'top100.stages';

/** appProperties: TAG.app holds the kind, TAG.year the year, CASE_TAG the case of a certificate. */
export const CASE_TAG = 'top100Case';

export type OutputKind =
  | 'results-folder'
  | 'certificates-folder'
  | 'protocol'
  | 'template'
  | 'certificate-work'
  | 'certificate'
  | 'page'
  | 'csv'
  | 'xlsx'
  | 'catalog'
  | 'catalog-pdf'
  | 'stands-folder'
  | 'stand-doc'
  | 'stand';

export interface StagesState {
  /** When the list was published (ms), and the Drive file holding the page served by doGet. */
  publishedAt: number | null;
  pageFileId: string;
  /**
   * The winners' job: unfinished certificates or letters (the dispatcher resumes it). `drivenUntil` (ms): the
   * secretary's progress dialog carries the job on, step after step, and the dispatcher leaves it alone until then.
   */
  winners: { pending: boolean; certificatesDone: boolean; drivenUntil?: number };
  /** The catalog being built: cases written so far (-1: nothing yet; the front is written with case 0). */
  catalog: {
    docId: string;
    pdfId: string;
    cursor: number;
    done: boolean;
    pending: boolean;
    /** Where the Doc's body stood when the cursor was recorded (its end index, its elements before the last). */
    end: number;
    children: number;
  };
  /** The stands' posters: stand key → digest of what its PDF shows; pending while some are still to make. */
  stands: { pending: boolean; made: Record<string, string> };
}

/** A catalog not begun: no Doc, nothing written, the body of a new Doc. */
export const NO_CATALOG: StagesState['catalog'] = {
  docId: '',
  pdfId: '',
  cursor: 0,
  done: false,
  pending: false,
  ...NEW_DOC,
};

const EMPTY: StagesState = {
  publishedAt: null,
  pageFileId: '',
  winners: { pending: false, certificatesDone: false },
  catalog: NO_CATALOG,
  stands: { pending: false, made: {} },
};

export class StagesStore {
  private value: StagesState | null = null;

  constructor(private readonly props: PropertiesServicePort) {}

  /** One getProperty per execution. */
  get(): StagesState {
    if (!this.value) {
      let parsed: Partial<StagesState>;
      try {
        parsed = JSON.parse(
          this.props.getScriptProperties().getProperty(KEY) ?? '{}',
        ) as Partial<StagesState>;
      } catch {
        parsed = {};
      }
      this.value = {
        ...EMPTY,
        ...parsed,
        winners: { ...EMPTY.winners, ...parsed.winners },
        catalog: { ...EMPTY.catalog, ...parsed.catalog },
        stands: { ...EMPTY.stands, made: {}, ...parsed.stands },
      };
    }
    return this.value;
  }

  update(change: (s: StagesState) => void): void {
    const s = this.get();
    change(s);
    this.props.getScriptProperties().setProperty(KEY, JSON.stringify(s));
  }
}

export interface OutputFile {
  id: string;
  name: string;
  kind: string;
  caseId: string;
  webViewLink: string;
}

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

const toOutput = (f: DriveFile): OutputFile => {
  const props = (f.appProperties ?? {}) as Record<string, string>;
  return {
    id: String(f.id),
    name: String(f.name ?? ''),
    kind: props[TAG.app] ?? '',
    caseId: props[CASE_TAG] ?? '',
    webViewLink: String(f.webViewLink ?? ''),
  };
};

/** The year's files of these kinds (not trashed), by one paged query: 1 call per 1 000 files. */
export function listOutputs(drive: DrivePort, year: number, kinds: OutputKind[]): OutputFile[] {
  const kindQ = kinds.map((k) => `appProperties has { key='${TAG.app}' and value='${k}' }`).join(' or ');
  const q = `(${kindQ}) and appProperties has { key='${TAG.year}' and value='${year}' } and trashed = false`;
  const out: OutputFile[] = [];
  let pageToken: string | undefined;
  do {
    const page = drive.Files.list({
      q,
      pageSize: 1000,
      fields: 'nextPageToken, files(id, name, appProperties, webViewLink)',
      ...(pageToken ? { pageToken } : {}),
    });
    out.push(...(page.files ?? []).map(toOutput));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return out;
}

export interface NewOutput {
  name: string;
  mimeType: string;
  kind: OutputKind;
  year: number;
  parent?: string;
  caseId?: string;
}

/** A file created with its tags and parent in the same call, so an execution cut off after it leaves no orphan. */
export function createOutput(
  drive: DrivePort,
  spec: NewOutput,
  blob?: GoogleAppsScript.Base.Blob,
): OutputFile {
  const resource: DriveFile = {
    name: spec.name,
    mimeType: spec.mimeType,
    ...(spec.parent ? { parents: [spec.parent] } : {}),
    appProperties: {
      [TAG.app]: spec.kind,
      [TAG.year]: String(spec.year),
      ...(spec.caseId ? { [CASE_TAG]: spec.caseId } : {}),
    },
  };
  const fields = { fields: 'id, name, appProperties, webViewLink' };
  const f = blob ? drive.Files.create(resource, blob, fields) : drive.Files.create(resource);
  return toOutput(blob ? f : { ...f, appProperties: resource.appProperties, webViewLink: '' });
}

/** A copy (of the certificate template) with its tags and parent set in the same call. */
export function copyOutput(
  drive: DrivePort,
  sourceId: string,
  spec: Omit<NewOutput, 'mimeType'>,
): OutputFile {
  const f = drive.Files.copy(
    {
      name: spec.name,
      ...(spec.parent ? { parents: [spec.parent] } : {}),
      appProperties: {
        [TAG.app]: spec.kind,
        [TAG.year]: String(spec.year),
        ...(spec.caseId ? { [CASE_TAG]: spec.caseId } : {}),
      },
    },
    sourceId,
    { fields: 'id, name, appProperties, webViewLink' },
  );
  return toOutput(f);
}

/** The year's folder of this kind, found by its tag or created (in My Drive, or inside `parent`). */
export function ensureFolder(
  drive: DrivePort,
  year: number,
  kind: 'results-folder' | 'certificates-folder' | 'stands-folder',
  name: string,
  parent?: string,
): string {
  const found = listOutputs(drive, year, [kind])[0];
  if (found) return found.id;
  return createOutput(drive, { name, mimeType: FOLDER_MIME, kind, year, ...(parent ? { parent } : {}) }).id;
}

/** Replace a file's content (a re-published page or export): the same file, the same link. */
export function updateContent(drive: DrivePort, id: string, blob: GoogleAppsScript.Base.Blob): void {
  drive.Files.update({}, id, blob, {});
}

export const fileViewUrl = (id: string): string => `https://drive.google.com/file/d/${id}/view`;

// The submission form's state (its ids, what was taken in, the close) in one Script property of its own.
import type { PropertiesServicePort } from './ports';
import type { FormFieldKey } from '../domain/submissions';

const KEY = 'top100.form';

export interface SubmissionFormState {
  formId: string;
  publishedUrl: string;
  editUrl: string;
  /** The master the responses go to (the form's trigger runs in the form's context, not the spreadsheet's). */
  masterId: string;
  /** Each question's item id (as text) → the field it asks for. */
  items: Record<string, FormFieldKey>;
  createdAt: number;
  /** The timestamp of the latest response taken in: the dispatcher asks the form for later ones. */
  cursor: number;
  closedAt: number | null;
  closedBy: 'deadline' | 'secretary' | null;
  /** The one-off trigger that closes the form at the deadline of «Налаштування». */
  closeTrigger?: { uid: string; at: number };
  /** Some confirmations wait for the mail quota (their rows in «Заявки» say so). */
  waiting: boolean;
}

/** One getProperty per execution; null until the form exists. */
export class SubmissionStore {
  private value: SubmissionFormState | null | undefined;

  constructor(private readonly props: PropertiesServicePort) {}

  get(): SubmissionFormState | null {
    if (this.value === undefined) {
      const raw = this.props.getScriptProperties().getProperty(KEY);
      try {
        this.value = raw ? (JSON.parse(raw) as SubmissionFormState) : null;
      } catch {
        this.value = null;
      }
    }
    return this.value;
  }

  set(state: SubmissionFormState): void {
    this.value = state;
    this.props.getScriptProperties().setProperty(KEY, JSON.stringify(state));
  }

  update(change: (s: SubmissionFormState) => void): void {
    const s = this.get();
    if (!s) return;
    change(s);
    this.set(s);
  }
}

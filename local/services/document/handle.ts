// The handle of one opened document, which every element shares: reads and edits are charged through it, and it
// closes with saveAndClose.

import { GasError, type World } from '../../world';
import type { DocumentStore } from '../document-model';

export const CLOSED_DOCUMENT = 'Document is closed, its contents cannot be updated.';

/** One opened document: the handle becomes unusable after saveAndClose, as in Apps Script. */
export class Handle {
  closed = false;

  constructor(
    readonly world: World,
    readonly store: DocumentStore,
    readonly id: string,
  ) {}

  /** Before a read: charged, and refused on a closed handle. */
  read(method: string): void {
    if (this.closed) throw new GasError(CLOSED_DOCUMENT);
    this.world.charge(method, 'document');
  }

  /** Before an edit: also the user must be allowed to edit the file. */
  edit(method: string): void {
    this.read(method);
    if (!this.world.canWrite(this.id, this.world.currentUser()))
      throw new GasError('Access denied: DocumentApp.');
    this.store.touch(this.id);
    this.world.touch(this.id);
  }

  get record() {
    return this.store.get(this.id);
  }
}

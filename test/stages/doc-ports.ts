// What the documents' writer needs of Apps Script, from a fresh runtime: DocumentApp, the Docs API and Utilities over
// one store, with one new, empty, saved Doc to write into.
import { createDocs } from '../../local/services/docs-api';
import { createDocumentApp } from '../../local/services/document';
import { DocumentStore } from '../../local/services/document-model';
import { createUtilities } from '../../local/services/utilities';
import { World } from '../../local/world';
import type { GasPorts } from '../../src/gas/ports';

export function docPorts(name = 'Документ') {
  const world = new World({ now: Date.UTC(2024, 9, 15), owner: 'secretary@example.org' });
  const store = new DocumentStore();
  const g = {
    DocumentApp: createDocumentApp(world, store),
    Docs: createDocs(world, store),
    Utilities: createUtilities(world),
  } as unknown as GasPorts;
  const doc = g.DocumentApp.create(name);
  doc.saveAndClose();
  return { world, store, g, id: doc.getId() };
}

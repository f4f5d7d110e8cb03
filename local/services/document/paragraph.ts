// Paragraphs and list items (https://developers.google.com/apps-script/reference/document/paragraph, …/list-item):
// one class for both, as the runtime's model keeps them; and the page break a container hands back.

import type { ListItemPort, ParagraphPort } from '../../../src/gas/ports';
import { GasError } from '../../world';
import type { DocParagraph } from '../document-model';
import { alignmentOf, applyToParagraph, headingOf, lineBreaks } from './attributes';
import { HEADINGS } from './enums';
import type { Handle } from './handle';
import { imageOf, LocalInlineImage } from './inline-image';

export class LocalPageBreak {
  getType = (): string => 'PAGE_BREAK';
  asParagraph = (): never => {
    throw new GasError('Cannot cast PAGE_BREAK to PARAGRAPH.');
  };
  asTable = (): never => {
    throw new GasError('Cannot cast PAGE_BREAK to TABLE.');
  };
}

export class LocalParagraph implements ParagraphPort, ListItemPort {
  constructor(
    private readonly h: Handle,
    readonly element: DocParagraph,
  ) {}

  getType = (): string => (this.element.type === 'listItem' ? 'LIST_ITEM' : 'PARAGRAPH');
  asParagraph = (): LocalParagraph => {
    if (this.element.type !== 'paragraph') throw new GasError('Cannot cast LIST_ITEM to PARAGRAPH.');
    return this;
  };
  asTable = (): never => {
    throw new GasError(`Cannot cast ${this.getType()} to TABLE.`);
  };

  setHeading = (heading: GoogleAppsScript.Document.ParagraphHeading): LocalParagraph => {
    this.h.edit('Paragraph.setHeading');
    this.element.heading = headingOf(heading, 'DocumentApp.Paragraph.setHeading');
    return this;
  };

  getHeading = (): GoogleAppsScript.Document.ParagraphHeading => {
    this.h.read('Paragraph.getHeading');
    return HEADINGS[this.element.heading] as unknown as GoogleAppsScript.Document.ParagraphHeading;
  };

  setAlignment = (alignment: GoogleAppsScript.Document.HorizontalAlignment): LocalParagraph => {
    this.h.edit('Paragraph.setAlignment');
    this.element.alignment = alignmentOf(alignment, 'DocumentApp.Paragraph.setAlignment');
    return this;
  };

  /**
   * https://developers.google.com/apps-script/reference/document/paragraph#setAttributes(Object): the keys are
   * DocumentApp.Attribute names; text attributes apply to the whole paragraph.
   */
  setAttributes = (attributes: Record<string, unknown>): LocalParagraph => {
    this.h.edit('Paragraph.setAttributes');
    applyToParagraph(this.element, attributes);
    return this;
  };

  getAttributes = (): Record<string, unknown> => {
    this.h.read('Paragraph.getAttributes');
    return {
      ...this.element.attributes,
      HEADING: this.element.heading,
      HORIZONTAL_ALIGNMENT: this.element.alignment,
    };
  };

  /** An image at the end of this paragraph, at its own pixel size. */
  appendInlineImage = (image: GoogleAppsScript.Base.BlobSource): LocalInlineImage => {
    this.h.edit('Paragraph.appendInlineImage');
    const img = imageOf(image);
    (this.element.images ??= []).push(img);
    return new LocalInlineImage(this.h, img);
  };

  /** Replaces the text (an inline image in the paragraph stays). */
  setText = (text: string): LocalParagraph => {
    this.h.edit('Paragraph.setText');
    this.element.text = lineBreaks(text);
    return this;
  };

  getText = (): string => {
    this.h.read('Paragraph.getText');
    return this.element.text;
  };
}

// DocumentApp (documents scope): the protocol draft, the certificates and the catalog.
import type { BlobSource } from './script';

type Blob = GoogleAppsScript.Base.Blob;
type ParagraphHeading = GoogleAppsScript.Document.ParagraphHeading;
type HorizontalAlignment = GoogleAppsScript.Document.HorizontalAlignment;
/** Keys are DocumentApp.Attribute names (https://developers.google.com/apps-script/reference/document/attribute). */
export type DocAttributes = Record<string, unknown>;

export interface ParagraphPort {
  setHeading: (heading: ParagraphHeading) => ParagraphPort;
  setAlignment: (alignment: HorizontalAlignment) => ParagraphPort;
  setAttributes: (attributes: DocAttributes) => ParagraphPort;
  appendInlineImage: (image: BlobSource) => InlineImagePort;
  setText: (text: string) => unknown;
  getText: () => string;
}

export interface ListItemPort {
  setAttributes: (attributes: DocAttributes) => ListItemPort;
  getText: () => string;
}

/** A child of a body or a cell, cast to what it is. */
export interface ElementPort {
  asParagraph: () => ParagraphPort;
  asTable: () => TablePort;
}

export interface TablePort {
  getNumRows: () => number;
  getRow: (rowIndex: number) => TableRowPort;
  getCell: (rowIndex: number, cellIndex: number) => TableCellPort;
  setColumnWidth: (columnIndex: number, width: number) => TablePort;
  setAttributes: (attributes: DocAttributes) => TablePort;
}

export interface TableRowPort {
  setMinimumHeight: (minHeight: number) => TableRowPort;
}

export interface TableCellPort {
  appendParagraph: (text: string) => ParagraphPort;
  appendListItem: (text: string) => ListItemPort;
  appendTable: (cells: string[][]) => TablePort;
  getChild: (childIndex: number) => ElementPort;
  setAttributes: (attributes: DocAttributes) => TableCellPort;
}

export interface InlineImagePort {
  setWidth: (width: number) => InlineImagePort;
  setHeight: (height: number) => InlineImagePort;
}

export interface BodyPort {
  appendParagraph: (text: string) => ParagraphPort;
  appendListItem: (text: string) => ListItemPort;
  appendTable: (cells: string[][]) => TablePort;
  appendImage: (image: BlobSource) => InlineImagePort;
  appendPageBreak: () => unknown;
  getChild: (childIndex: number) => ElementPort;
  getNumChildren: () => number;
  replaceText: (searchPattern: string, replacement: string) => unknown;
  getText: () => string;
  setPageWidth: (pageWidth: number) => BodyPort;
  setPageHeight: (pageHeight: number) => BodyPort;
  setMarginTop: (marginTop: number) => BodyPort;
  setMarginBottom: (marginBottom: number) => BodyPort;
  setMarginLeft: (marginLeft: number) => BodyPort;
  setMarginRight: (marginRight: number) => BodyPort;
}

export interface DocumentPort {
  getId: () => string;
  getName: () => string;
  getUrl: () => string;
  getBody: () => BodyPort;
  saveAndClose: () => void;
  getAs: (contentType: string) => Blob;
}

export interface DocumentAppPort {
  ParagraphHeading: typeof GoogleAppsScript.Document.ParagraphHeading;
  HorizontalAlignment: typeof GoogleAppsScript.Document.HorizontalAlignment;
  VerticalAlignment: typeof GoogleAppsScript.Document.VerticalAlignment;
  Attribute: typeof GoogleAppsScript.Document.Attribute;
  create: (name: string) => DocumentPort;
  openById: (id: string) => DocumentPort;
}

// An image in a paragraph (https://developers.google.com/apps-script/reference/document/inline-image): read from a
// blob at its own pixel size, resized in pixels.

import type { InlineImagePort } from '../../../src/gas/ports';
import { GasError } from '../../world';
import { readBlob } from '../blob';
import type { DocImage } from '../document-model';
import { imageSize, sniffImage } from '../images';
import type { Handle } from './handle';

export function imageOf(image: GoogleAppsScript.Base.BlobSource): DocImage {
  const b = readBlob(image);
  const type = sniffImage(b.bytes);
  if (!type) throw new GasError('Invalid image data.');
  const { width, height } = imageSize(b.bytes);
  return { contentType: type, base64: b.bytes.toString('base64'), width, height };
}

export class LocalInlineImage implements InlineImagePort {
  constructor(
    private readonly h: Handle,
    readonly image: DocImage,
  ) {}

  private size(v: number, what: string): number {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new GasError(`Invalid argument: ${what}`);
    return Math.round(n);
  }

  setWidth = (width: number): LocalInlineImage => {
    this.h.edit('InlineImage.setWidth');
    this.image.width = this.size(width, 'width');
    return this;
  };

  setHeight = (height: number): LocalInlineImage => {
    this.h.edit('InlineImage.setHeight');
    this.image.height = this.size(height, 'height');
    return this;
  };

  getWidth = (): number => this.image.width;
  getHeight = (): number => this.image.height;
}

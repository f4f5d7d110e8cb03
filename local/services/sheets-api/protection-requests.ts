// The requests on protected ranges: addProtectedRange (a range or a whole sheet, its editors, the ranges left
// open) and updateProtectedRange.

import type { Rect } from '../../spreadsheet/a1';
import type { ProtectionData } from '../../spreadsheet/model';
import {
  BadRequest,
  bool,
  fieldMask,
  gridRect,
  int,
  isWholeSheet,
  known,
  object,
  str,
  type Handler,
} from './check';

export const PROTECTION_REQUESTS: Record<string, Handler> = {
  /**
   * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updateprotectedrangerequest:
   * "Updates an existing protected range with the specified protectedRangeId"; `fields` is required ("The root
   * protectedRange is implied and should not be specified"). The emulated fields: description, unprotectedRanges
   * ("only supported on protected sheets"); others are refused as not emulated.
   */
  updateProtectedRange(model, body, where) {
    known(body, where, ['protectedRange', 'fields']);
    const paths = fieldMask(body.fields, where);
    const at = where.at('protectedRange');
    const p = object(body.protectedRange, at);
    if (p.protectedRangeId === undefined || p.protectedRangeId === null)
      throw where.invalid('A protectedRangeId is required. (inferred)');
    const id = int(p.protectedRangeId, at.at('protectedRangeId'), 0);
    const protection = model.protections.find((x) => x.id === id);
    if (!protection) throw where.invalid(`No protected range with id: ${id} (inferred)`);
    const all = paths.includes('*') ? ['description', 'unprotectedRanges'] : paths;
    for (const path of all) {
      if (path === 'description') protection.description = str(p.description, at.at('description'), '');
      else if (path === 'unprotectedRanges') {
        const list =
          p.unprotectedRanges === undefined || p.unprotectedRanges === null ? [] : p.unprotectedRanges;
        if (!Array.isArray(list))
          throw new BadRequest(`Invalid value at '${at.at('unprotectedRanges').path}', expected a list.`);
        if (list.length > 0 && protection.type !== 'SHEET')
          throw where.invalid('Unprotected ranges are only supported on protected sheets. (inferred)');
        protection.unprotected = list.flatMap((u, i) => {
          const g = gridRect(model, u, at.at('unprotectedRanges').item(i));
          if (g.sheet.id !== protection.sheetId)
            throw where.invalid('The unprotected ranges must be on the protected sheet. (inferred)');
          return g.rect ? [g.rect] : [];
        });
      } else throw where.notEmulated(`The field ${path}`);
    }
    return {};
  },

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#addprotectedrangerequest */
  addProtectedRange(model, body, where, world) {
    known(body, where, ['protectedRange']);
    const at = where.at('protectedRange');
    const p = object(body.protectedRange, at);
    known(p, at, [
      'protectedRangeId',
      'range',
      'namedRangeId',
      'tableId',
      'description',
      'warningOnly',
      'requestingUserCanEdit',
      'unprotectedRanges',
      'editors',
    ]);
    for (const k of ['namedRangeId', 'tableId'])
      if (p[k] !== undefined) throw at.notEmulated(`A protected range by ${k}`);
    const whole = isWholeSheet(p.range);
    const { sheet, rect } = gridRect(model, p.range, at.at('range'));
    if (!whole && !rect) throw where.invalid('The protected range holds no cells. (inferred)');
    const unprotectedList =
      p.unprotectedRanges === undefined || p.unprotectedRanges === null ? [] : p.unprotectedRanges;
    if (!Array.isArray(unprotectedList))
      throw new BadRequest(`Invalid value at '${at.at('unprotectedRanges').path}', expected a list.`);
    if (unprotectedList.length > 0 && !whole)
      throw where.invalid('Unprotected ranges are only supported on protected sheets. (inferred)');
    const unprotected = unprotectedList.flatMap((u, i) => {
      const w = at.at('unprotectedRanges').item(i);
      const g = gridRect(model, u, w);
      if (g.sheet !== sheet)
        throw where.invalid('The unprotected ranges must be on the protected sheet. (inferred)');
      return g.rect ? [g.rect] : [];
    });
    const warningOnly = bool(p.warningOnly, at.at('warningOnly'), false);
    let editors: string[] | null = null;
    if (p.editors !== undefined && p.editors !== null) {
      const eat = at.at('editors');
      const e = object(p.editors, eat);
      known(e, eat, ['users', 'groups', 'domainUsersCanEdit']);
      if (warningOnly)
        throw where.invalid('Editors are not supported with warningOnly protection. (inferred)');
      if (Array.isArray(e.groups) && e.groups.length > 0) throw eat.notEmulated('A group editor');
      // Domain protection "is only supported on documents within a domain"; the runtime's files belong to none.
      if (bool(e.domainUsersCanEdit, eat.at('domainUsersCanEdit'), false))
        throw where.invalid('Domain protection is only supported on documents within a domain. (inferred)');
      const users = e.users === undefined || e.users === null ? [] : e.users;
      if (!Array.isArray(users))
        throw new BadRequest(`Invalid value at '${eat.at('users').path}', expected a list.`);
      editors = [];
      users.forEach((u, i) => {
        const email = str(u, eat.at('users').item(i), '').trim().toLowerCase();
        if (!world.account(email).hasGoogleAccount || !/^[^@\s]+@[^@\s]+$/.test(email))
          throw where.invalid(`${email} cannot edit a protected range: no Google account. (inferred)`);
        if (!editors!.includes(email)) editors!.push(email);
      });
    }
    let id: number;
    if (p.protectedRangeId !== undefined) {
      id = int(p.protectedRangeId, at.at('protectedRangeId'), 0);
      if (model.protections.some((x) => x.id === id))
        throw where.invalid(`A protected range with the id ${id} already exists. (inferred)`);
      model.nextProtectionId = Math.max(model.nextProtectionId, id + 1);
    } else id = model.nextProtectionId++;
    const data: ProtectionData = {
      id,
      type: whole ? 'SHEET' : 'RANGE',
      sheetId: sheet.id,
      ...(whole ? {} : { rect: { ...(rect as Rect) } }),
      description: str(p.description, at.at('description'), ''),
      editors,
      warningOnly,
      unprotected,
    };
    model.protections.push(data);
    const gridRange = (r: Rect) => ({
      sheetId: sheet.id,
      startRowIndex: r.row - 1,
      endRowIndex: r.row - 1 + r.numRows,
      startColumnIndex: r.col - 1,
      endColumnIndex: r.col - 1 + r.numCols,
    });
    return {
      addProtectedRange: {
        protectedRange: {
          protectedRangeId: id,
          range: whole ? { sheetId: sheet.id } : gridRange(rect as Rect),
          ...(data.description ? { description: data.description } : {}),
          ...(warningOnly ? { warningOnly } : {}),
          requestingUserCanEdit: true,
          ...(unprotected.length ? { unprotectedRanges: unprotected.map(gridRange) } : {}),
          editors: { users: model.editorsOf(data) },
        },
      },
    };
  },
};

// Service objects and enum values are host objects, not JavaScript objects: an enum value is an object that
// prints as its name, read the same each time; a JavaScript Proxy around a service object or an enum value is
// another object, and a service method handed one refuses it (the product's retry wrapper, src/gas/retry.ts,
// wraps service results in Proxies).
//
// https://developers.google.com/apps-script/guides/v8-runtime and the enum pages (e.g.
// https://developers.google.com/apps-script/reference/spreadsheet/protection-type): the reference says nothing of
// Proxies, so the runtime takes the harsher reading and refuses them with the signature error Apps Script gives
// for an argument of the wrong type ("The parameters (…) don't match the method signature for …").

import { LocalRuntime } from '../../local/runtime';

const OWNER = 'secretary@example.com';
const T0 = Date.UTC(2024, 9, 1, 9, 0);

const BUNDLE = `
function wrap(o) { return new Proxy(o, { get: function (t, p) { var v = t[p]; return typeof v === 'function' ? v.bind(t) : v; } }); }
function attempt(f) { try { f(); return 'ok'; } catch (e) { return e.message; } }

function enumValues() {
  var SHEET = SpreadsheetApp.ProtectionType.SHEET;
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  var p = sheet.protect();
  return {
    type: typeof SHEET,
    printed: String(SHEET),
    sameEachRead: SHEET === SpreadsheetApp.ProtectionType.SHEET,
    strictlyAString: SHEET === 'SHEET',
    looselyItsName: SHEET == 'SHEET',
    returnedIsTheEnum: p.getProtectionType() === SHEET,
    byName: attempt(function () { sheet.getProtections('SHEET'); }),
  };
}

function proxiedEnum() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.protect();
  var proxied = wrap(SpreadsheetApp.ProtectionType).SHEET;
  var viaProxy = wrap(SpreadsheetApp.ProtectionType.SHEET);
  return {
    identical: viaProxy === SpreadsheetApp.ProtectionType.SHEET,
    stillPrints: String(viaProxy),
    plain: sheet.getProtections(proxied).length,
    refused: attempt(function () { sheet.getProtections(viaProxy); }),
  };
}

function proxiedRange() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  var p = sheet.protect();
  var range = sheet.getRange('A1:B2');
  return {
    refused: attempt(function () { p.setUnprotectedRanges([wrap(range)]); }),
    lookAlike: attempt(function () { p.setUnprotectedRanges([{ getA1Notation: function () { return 'A1'; } }]); }),
    own: attempt(function () { p.setUnprotectedRanges([range]); }),
    deleteSheet: attempt(function () { SpreadsheetApp.getActiveSpreadsheet().deleteSheet(wrap(sheet)); }),
  };
}

function triggerEnumThroughAProxy() {
  ScriptApp.newTrigger('tick').timeBased().everyMinutes(10).create();
  var t = ScriptApp.getProjectTriggers()[0];
  var scriptApp = wrap(ScriptApp);
  return {
    raw: t.getEventType() === ScriptApp.EventType.CLOCK,
    // the pattern of src/gas/triggers.ts under src/gas/retry.ts: a raw trigger's type against a proxied enum
    mixed: t.getEventType() === wrap(scriptApp.EventType).CLOCK && t.getEventType() === wrap(ScriptApp.EventType.CLOCK),
    deleteProxied: attempt(function () { ScriptApp.deleteTrigger(wrap(t)); }),
    left: ScriptApp.getProjectTriggers().length,
  };
}

function blobsAndDigests() {
  var blob = Utilities.newBlob('id,score', 'text/csv', 'scores.csv');
  function send(a) { return attempt(function () { MailApp.sendEmail({ to: 'ann@example.com', subject: 's', body: 'b', attachments: [a] }); }); }
  return {
    proxiedAttachment: send(wrap(blob)),
    lookAlike: send({ getBytes: function () { return [1]; }, getName: function () { return 'x'; }, getContentType: function () { return 'text/plain'; } }),
    own: send(blob),
    zip: attempt(function () { Utilities.zip([wrap(blob)], 'a.zip'); }),
    digestByName: attempt(function () { Utilities.computeDigest('SHA_256', 'x'); }),
    digest: Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'x', Utilities.Charset.UTF_8).length,
  };
}

function dialogs() {
  var ui = SpreadsheetApp.getUi();
  return {
    byName: attempt(function () { ui.alert('Title', 'Text', 'YES_NO'); }),
    twoStrings: attempt(function () { ui.alert('Title', 'Text'); }),
    answer: ui.alert('Title', 'Text', ui.ButtonSet.YES_NO) === ui.Button.YES,
  };
}

function headings() {
  var body = DocumentApp.create('x').getBody();
  var p = body.appendParagraph('Заголовок');
  return {
    byName: attempt(function () { p.setHeading('HEADING1'); }),
    own: attempt(function () { p.setHeading(DocumentApp.ParagraphHeading.HEADING1); }),
    readBack: p.getHeading() === DocumentApp.ParagraphHeading.HEADING1,
  };
}
`;

const runtime = (transparentProxies = false) =>
  LocalRuntime.create({
    bundleCode: BUNDLE,
    now: T0,
    owner: OWNER,
    masterName: 'ТОП-100 2024',
    transparentProxies,
  });

const call = (rt: LocalRuntime, fn: string) => {
  const r = rt.call(fn, [], { kind: 'menu' });
  if (r.error) throw r.error;
  return r.result as Record<string, unknown>;
};

describe('enum values are objects', () => {
  it('print as their name, are the same object on every read, and are not their name as a string', () => {
    expect(call(runtime(), 'enumValues')).toEqual({
      type: 'object',
      printed: 'SHEET',
      sameEachRead: true,
      strictlyAString: false,
      looselyItsName: true,
      returnedIsTheEnum: true,
      byName:
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.getProtections.",
    });
  });

  it('a Proxy around an enum value is not the value, and a service refuses it', () => {
    expect(call(runtime(), 'proxiedEnum')).toEqual({
      identical: false,
      stillPrints: 'SHEET',
      // a value read through a proxied container is still the enum's own value
      plain: 1,
      refused:
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.getProtections.",
    });
  });

  it('a raw Trigger’s event type is never identical to a proxied EventType.CLOCK', () => {
    expect(call(runtime(), 'triggerEnumThroughAProxy')).toEqual({
      raw: true,
      mixed: false,
      deleteProxied: "The parameters (Object) don't match the method signature for ScriptApp.deleteTrigger.",
      left: 1,
    });
  });
});

describe('service methods take their own objects only', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setUnprotectedRanges(Range)
  it('setUnprotectedRanges refuses a Proxy around a Range and a look-alike; deleteSheet a proxied Sheet', () => {
    expect(call(runtime(), 'proxiedRange')).toEqual({
      refused:
        "The parameters (Object[]) don't match the method signature for SpreadsheetApp.Protection.setUnprotectedRanges.",
      lookAlike:
        "The parameters (Object[]) don't match the method signature for SpreadsheetApp.Protection.setUnprotectedRanges.",
      own: 'ok',
      deleteSheet:
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Spreadsheet.deleteSheet.",
    });
  });

  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object) (attachments: BlobSource[]),
  // https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String,Charset)
  it('attachments and zip entries must be Blobs; digests take the DigestAlgorithm enum', () => {
    expect(call(runtime(), 'blobsAndDigests')).toEqual({
      proxiedAttachment: "The parameters (Object) don't match the method signature for MailApp.sendEmail.",
      lookAlike: "The parameters (Object) don't match the method signature for MailApp.sendEmail.",
      own: 'ok',
      zip: "The parameters (Object) don't match the method signature for Utilities.zip.",
      digestByName:
        "The parameters (String,String) don't match the method signature for Utilities.computeDigest.",
      digest: 32,
    });
  });

  // https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
  it('Ui.alert takes a ButtonSet value, and its answer is the Button value', () => {
    const rt = runtime();
    rt.ui.answerNext('YES');
    expect(call(rt, 'dialogs')).toEqual({
      byName: "The parameters (String,String,String) don't match the method signature for Ui.alert.",
      twoStrings: "The parameters (String,String) don't match the method signature for Ui.alert.",
      answer: true,
    });
  });

  // https://developers.google.com/apps-script/reference/document/paragraph#setHeading(ParagraphHeading)
  it('Paragraph.setHeading takes a ParagraphHeading value', () => {
    expect(call(runtime(), 'headings')).toEqual({
      byName:
        "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setHeading.",
      own: 'ok',
      readBack: true,
    });
  });
});

describe('the compatibility mode for product code that still relies on transparent Proxies', () => {
  // Not fidelity: a switch (RuntimeOptions.transparentProxies) for the product's own tests until its retry wrapper
  // stops handing Proxies back to services (issue 13). Off by default.
  it('sees through the script’s Proxies: services get what they wrap, and a proxied enum value is the value', () => {
    const rt = runtime(true);
    expect(call(rt, 'triggerEnumThroughAProxy')).toMatchObject({
      raw: true,
      mixed: true,
      deleteProxied: 'ok',
      left: 0,
    });
    expect(call(rt, 'proxiedRange')).toMatchObject({ refused: 'ok', own: 'ok' });
  });
});

/** FormSchema (+ its choice lists) -> XForm XML, in the shape pyxform 4 produces. Pure. */
import type { ChoiceList } from './xlsform.choices';
import { bodyNodes } from './xlsform.emit-body';
import type { TextTable } from './xlsform.itext';
import { METADATA } from './xlsform.question-types';
import { buildXml, el, txt, type XNode } from './xlsform.xml';
import type { FormField, FormSchema } from './xlsform.types';

const NAMESPACES = {
  xmlns: 'http://www.w3.org/2002/xforms',
  'xmlns:ev': 'http://www.w3.org/2001/xml-events',
  'xmlns:h': 'http://www.w3.org/1999/xhtml',
  'xmlns:jr': 'http://openrosa.org/javarosa',
  'xmlns:odk': 'http://www.opendatakit.org/xforms',
  'xmlns:orx': 'http://openrosa.org/xforms',
  'xmlns:xsd': 'http://www.w3.org/2001/XMLSchema',
};

function instanceNodes(fields: FormField[]): XNode[] {
  return fields.flatMap((field) => {
    const extra = field.xmlAttributes?.instance ?? {};
    if (field.type === 'repeat') {
      const inner = instanceNodes(field.children ?? []);
      return [el(field.name, { 'jr:template': '' }, inner), el(field.name, extra, instanceNodes(field.children ?? []))];
    }
    if (field.type === 'group') return [el(field.name, extra, instanceNodes(field.children ?? []))];
    return [el(field.name, extra, field.default !== undefined ? [txt(field.default)] : [])];
  });
}

function bindNodes(fields: FormField[], texts: TextTable): XNode[] {
  return fields.flatMap((field) => {
    const container = field.type === 'group' || field.type === 'repeat';
    const attrs = {
      nodeset: field.xpath,
      type: container ? undefined : field.dataType,
      relevant: field.relevant,
      constraint: field.constraint,
      'jr:constraintMsg': texts.message(`${field.xpath}:jr:constraintMsg`, field.constraintMessage),
      required: field.required ? (field.requiredIf ?? 'true()') : field.requiredIf,
      'jr:requiredMsg': texts.message(`${field.xpath}:jr:requiredMsg`, field.requiredMessage),
      calculate: field.calculation,
      readonly: field.readOnly || field.type === 'note' ? 'true()' : undefined,
      'jr:preload': field.metadata && METADATA[field.metadata]?.preload,
      'jr:preloadParams': field.metadata && METADATA[field.metadata]?.params,
      ...field.xmlAttributes?.bind,
    };
    const own = container && Object.values(attrs).filter(Boolean).length === 1 ? [] : [el('bind', attrs)];
    return [...own, ...bindNodes(field.children ?? [], texts)];
  });
}

function choiceInstance(list: ChoiceList, texts: TextTable): XNode {
  const items = list.choices.map((choice, index) => {
    const values: Record<string, string> = { ...choice.filters, name: choice.name };
    if (texts.translated) values.itextId = texts.choice(`${list.name}-${index}`, choice.labels, choice.media);
    else if (Object.keys(choice.labels).length) values.label = Object.values(choice.labels)[0] ?? '';
    const keys = Object.keys(values).sort();
    return el(
      'item',
      {},
      keys.map((key) => el(key, {}, [txt(values[key] ?? '')])),
    );
  });
  return el('instance', { id: list.name }, [el('root', {}, items)]);
}

/**
 * Attached files declared as secondary instances: `select_one_from_file x.csv` and
 * `pulldata('x', ...)` (which reads `jr://file-csv/x.csv`). Instance id -> src.
 */
function fileInstances(fields: FormField[], into = new Map<string, string>()): Map<string, string> {
  for (const field of fields) {
    if (field.choiceFile && field.listName) {
      const csv = field.choiceFile.toLowerCase().endsWith('.csv');
      into.set(field.listName, `jr://${csv ? 'file-csv' : 'file'}/${field.choiceFile}`);
    }
    for (const match of (field.calculation ?? '').matchAll(/pulldata\(\s*['"]([^'"]+)['"]/g)) {
      into.set(match[1] ?? '', `jr://file-csv/${match[1]}.csv`);
    }
    fileInstances(field.children ?? [], into);
  }
  return into;
}

export function emitXForm(schema: FormSchema, lists: ChoiceList[], texts: TextTable): string {
  const root = schema.rootName;
  const meta = el('meta', {}, [el('instanceID'), ...(schema.instanceName ? [el('instanceName')] : [])]);
  const primary = el('instance', {}, [
    el(root, { id: schema.formId, version: schema.version || undefined }, [...instanceNodes(schema.fields), meta]),
  ]);
  const secondary = [
    ...lists.map((list) => choiceInstance(list, texts)),
    ...[...fileInstances(schema.fields)].map(([id, src]) => el('instance', { id, src })),
  ];
  const binds = [
    ...bindNodes(schema.fields, texts),
    el('bind', { 'jr:preload': 'uid', nodeset: `/${root}/meta/instanceID`, readonly: 'true()', type: 'string' }),
    ...(schema.instanceName
      ? [el('bind', { calculate: schema.instanceName, nodeset: `/${root}/meta/instanceName`, type: 'string' })]
      : []),
  ];
  // Body first: it registers the labels the <itext> block needs.
  const body = el('h:body', {}, bodyNodes(schema.fields, texts));
  const itext = texts.itext();
  const submission =
    schema.publicKey || schema.submissionUrl
      ? [
          el('submission', {
            action: schema.submissionUrl,
            base64RsaPublicKey: schema.publicKey,
            method: 'post',
          }),
        ]
      : [];
  const model = el('model', { 'odk:xforms-version': '1.0.0' }, [
    ...submission,
    ...(itext ? [itext] : []),
    primary,
    ...secondary,
    ...binds,
  ]);
  const head = el('h:head', {}, [el('h:title', {}, [txt(schema.title)]), model]);
  return buildXml(el('h:html', NAMESPACES, [head, body]));
}

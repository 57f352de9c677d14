import { AppError } from '../../http/errors';
import { child, childrenNamed, localName, parseXml, type XmlElement } from './research.xml';
import type { FieldType, FormField, ParsedXForm } from './xlsform.types';

/**
 * A minimal reader of an uploaded XForm: form id, version, title, languages and the primary instance's
 * fields with their bind types. Enough to store, serve and export a form.
 */
const bad = (detail: string) =>
  new AppError('validation_failed', detail, { errors: [{ path: 'xform', message: detail }] });

const typeOf: Record<string, FieldType> = {
  string: 'text',
  int: 'integer',
  integer: 'integer',
  decimal: 'decimal',
  select1: 'select_one',
  select: 'select_multiple',
  date: 'date',
  time: 'time',
  dateTime: 'datetime',
  geopoint: 'geopoint',
};

function fieldsOf(el: XmlElement, path: string, binds: Map<string, string>): FormField[] {
  return el.children
    .filter((c) => !(path.split('/').length === 2 && localName(c.name) === 'meta'))
    .map((c) => {
      const xpath = `${path}/${localName(c.name)}`;
      const dataType = binds.get(xpath) ?? (c.children.length ? '' : 'string');
      const base = { name: localName(c.name), xpath, labels: {}, hints: {}, required: false, readOnly: false };
      if (c.children.length)
        return { ...base, type: 'group', dataType, sensitive: false, children: fieldsOf(c, xpath, binds) };
      return { ...base, type: typeOf[dataType.replace(/^xsd:/, '')] ?? 'unknown', dataType, sensitive: false };
    });
}

export function readXForm(xml: string): ParsedXForm {
  const html = parseXml(xml);
  if (localName(html.name) !== 'html') throw bad('An XForm has an <h:html> root element');
  const head = child(html, 'head');
  const model = child(head, 'model');
  const primary = childrenNamed(model, 'instance').find((i) => i.attrs.id === undefined);
  const data = primary?.children[0];
  if (!head || !model || !data) throw bad('The XForm has no <model> with a primary <instance>');
  const formId = data.attrs.id ?? '';
  if (!/^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/.test(formId))
    throw bad('The primary instance root needs an id attribute (the form ID): letters, digits, _ . -');
  const versionAttr = Object.entries(data.attrs).find(([k]) => localName(k) === 'version');
  const version = versionAttr?.[1].trim() || null;
  const binds = new Map<string, string>();
  for (const b of childrenNamed(model, 'bind'))
    if (b.attrs.nodeset) binds.set(b.attrs.nodeset, b.attrs.type ?? 'string');
  const translations = childrenNamed(child(model, 'itext'), 'translation');
  const languages = translations.map((t) => t.attrs.lang ?? 'default');
  const preferred = translations.find((t) => /true/.test(t.attrs.default ?? ''));
  const title = child(head, 'title')?.text.trim() || formId;
  const rootName = localName(data.name);
  return {
    formId,
    version,
    title,
    languages,
    schema: {
      formId,
      version: version ?? '',
      title,
      rootName,
      languages,
      defaultLanguage: preferred?.attrs.lang ?? languages[0] ?? null,
      fields: fieldsOf(data, `/${rootName}`, binds),
    },
  };
}

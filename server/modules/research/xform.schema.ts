/** Derives FormSchema fields from a parsed XForm: instance tree + binds + body controls. Pure. */
import { attr, child, childrenNamed, type XElement } from './xform.tree';
import type { FieldType, FormChoice, FormField, Labels } from './xlsform.types';

export interface XFormParts {
  root: XElement;
  binds: XElement[];
  body: XElement | undefined;
  texts: Map<string, Labels>;
  secondary: Map<string, XElement>;
}

const BIND_TYPES: Record<string, FieldType> = {
  string: 'text',
  int: 'integer',
  integer: 'integer',
  decimal: 'decimal',
  date: 'date',
  time: 'time',
  dateTime: 'datetime',
  geopoint: 'geopoint',
};

const stripPrefix = (type: string) => type.slice(type.indexOf(':') + 1);

const UPLOADS: Record<string, FieldType> = { image: 'image', audio: 'audio', video: 'video' };

/** The XLSForm-like kind of a leaf node, from its body control and bind. */
function leafType(control: XElement | undefined, has: (name: string) => string | undefined): FieldType {
  if (!control) {
    if (has('preload') !== undefined) return 'metadata';
    return has('calculate') !== undefined ? 'calculate' : 'hidden';
  }
  switch (control.local) {
    case 'select1':
      return 'select_one';
    case 'select':
      return 'select_multiple';
    case 'upload':
      return UPLOADS[(attr(control, 'mediatype') ?? '').split('/')[0] ?? ''] ?? 'file';
    case 'trigger':
      return 'acknowledge';
  }
  if (control.local === 'input' && has('readonly') === 'true()' && has('calculate') === undefined) return 'note';
  const bindType = stripPrefix(has('type') ?? 'string');
  return bindType === 'barcode' ? 'barcode' : (BIND_TYPES[bindType] ?? 'unknown');
}

/** Body controls by the instance path they refer to. */
function indexBody(element: XElement | undefined, into = new Map<string, XElement>()): Map<string, XElement> {
  for (const node of element?.children ?? []) {
    const ref = attr(node, 'ref') ?? attr(node, 'nodeset');
    if (ref !== undefined && !into.has(ref.trim())) into.set(ref.trim(), node);
    if (ref !== undefined && node.local === 'repeat') into.set(`${ref.trim()}#repeat`, node);
    indexBody(node, into);
  }
  return into;
}

function textOf(element: XElement | undefined, texts: Map<string, Labels>): Labels {
  if (!element) return {};
  const ref = attr(element, 'ref');
  const itext = ref ? /jr:itext\(\s*'([^']*)'\s*\)/.exec(ref) : null;
  if (itext) return { ...(texts.get(itext[1] ?? '') ?? {}) };
  const inline = element.content
    .map((part) => (typeof part === 'string' ? part : `\${${attr(part, 'value')?.trim() ?? ''}}`))
    .join('')
    .trim();
  return inline ? { default: inline } : {};
}

function choicesOf(control: XElement, parts: XFormParts): FormChoice[] | undefined {
  const items = childrenNamed(control, 'item');
  if (items.length) {
    return items.map((item) => ({
      name: child(item, 'value')?.text.trim() ?? '',
      labels: textOf(child(item, 'label'), parts.texts),
    }));
  }
  const itemset = child(control, 'itemset');
  const source = /instance\(\s*'([^']*)'\s*\)/.exec(attr(itemset, 'nodeset') ?? '');
  const instance = source ? parts.secondary.get(source[1] ?? '') : undefined;
  if (!itemset || !instance) return undefined;
  const valueRef = attr(child(itemset, 'value'), 'ref') ?? 'name';
  const labelRef = attr(child(itemset, 'label'), 'ref') ?? 'label';
  const itextRef = /jr:itext\(\s*([^)]*?)\s*\)/.exec(labelRef)?.[1];
  return (instance.children[0]?.children ?? []).map((item) => {
    const labelText = child(item, itextRef ?? labelRef)?.text.trim() ?? '';
    const labels = itextRef ? { ...(parts.texts.get(labelText) ?? {}) } : labelText ? { default: labelText } : {};
    return { name: child(item, valueRef)?.text.trim() ?? '', labels };
  });
}

function fieldOf(
  element: XElement,
  xpath: string,
  parts: XFormParts,
  controls: Map<string, XElement>,
  binds: Map<string, XElement>,
): FormField {
  const bind = binds.get(xpath);
  const control = controls.get(xpath);
  const has = (name: string) => attr(bind, name);
  const repeat = controls.has(`${xpath}#repeat`) || attr(element, 'template') !== undefined;
  const container = element.children.length > 0 || repeat;
  const type = container ? (repeat ? 'repeat' : 'group') : leafType(control, has);
  const field: FormField = {
    ...(type === 'metadata' ? { metadata: has('preloadParams') ?? has('preload') } : {}),
    name: element.local,
    xpath,
    type,
    dataType: has('type') ?? (container ? '' : 'string'),
    labels: textOf(child(control, 'label'), parts.texts),
    hints: textOf(child(control, 'hint'), parts.texts),
    required: (has('required') ?? 'false()') !== 'false()',
    readOnly: has('readonly') === 'true()',
    sensitive: false,
  };
  const optional = {
    relevant: 'relevant',
    constraint: 'constraint',
    calculation: 'calculate',
    appearance: '',
  } as const;
  for (const [key, name] of Object.entries(optional)) {
    const value = name ? has(name) : attr(control, 'appearance');
    if (value !== undefined) field[key as keyof typeof optional] = value;
  }
  if (element.text.trim() && !container) field.default = element.text.trim();
  if (control && (type === 'select_one' || type === 'select_multiple')) {
    const choices = choicesOf(control, parts);
    if (choices) field.choices = choices;
  }
  if (container) {
    const seen = new Set<string>();
    field.children = element.children
      .filter((sub) => !seen.has(sub.local) && seen.add(sub.local))
      .map((sub) => fieldOf(sub, `${xpath}/${sub.local}`, parts, controls, binds));
  }
  return field;
}

export function deriveSchema(parts: XFormParts): FormField[] {
  const controls = indexBody(parts.body);
  const binds = new Map(parts.binds.map((bind) => [(attr(bind, 'nodeset') ?? '').trim(), bind]));
  const base = `/${parts.root.name}`;
  const seen = new Set<string>();
  return parts.root.children
    .filter((element) => element.local !== 'meta' && !seen.has(element.local) && seen.add(element.local))
    .map((element) => fieldOf(element, `${base}/${element.local}`, parts, controls, binds));
}

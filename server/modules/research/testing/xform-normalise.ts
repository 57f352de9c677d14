/**
 * Normalises an XForm for comparison by meaning: parsed trees, attribute order, whitespace and
 * namespace-prefix spelling ignored; itext ids resolved to their texts per language; secondary
 * instances sorted by id. Test support only.
 */
import { attr, child, childrenNamed, parseXml, type XElement } from '../xform.tree';

type Texts = Map<string, Record<string, string>>;

export interface NormalXForm {
  title: string;
  languages: string[];
  instance: unknown;
  secondary: Record<string, unknown>;
  binds: Record<string, Record<string, unknown>>;
  controls: Record<string, unknown>[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Spacing inside XPath expressions does not change their meaning. */
export const normExpr = (text: string) => squash(text).replace(/\s*([(),=<>!+*|[\]])\s*/g, '$1');
const local = (name: string) => name.slice(name.indexOf(':') + 1);

function mixed(element: XElement): string {
  return squash(
    element.content
      .map((part) => (typeof part === 'string' ? part : `\${${normExpr(attr(part, 'value') ?? '')}}`))
      .join(''),
  );
}

function itext(model: XElement | undefined): { languages: string[]; texts: Texts } {
  const texts: Texts = new Map();
  const languages: string[] = [];
  for (const translation of childrenNamed(child(model, 'itext'), 'translation')) {
    const lang = attr(translation, 'lang') ?? '';
    languages.push(lang);
    for (const text of childrenNamed(translation, 'text')) {
      const entry = texts.get(attr(text, 'id') ?? '') ?? {};
      for (const value of childrenNamed(text, 'value'))
        entry[`${lang}${value.attrs.form ? `/${value.attrs.form}` : ''}`] = mixed(value);
      texts.set(attr(text, 'id') ?? '', entry);
    }
  }
  return { languages: languages.sort(), texts };
}

function resolveRef(ref: string | undefined, texts: Texts): unknown {
  const id = ref && /jr:itext\('([^']*)'\)/.exec(ref)?.[1];
  return id ? { itext: texts.get(id) ?? `missing itext ${id}` } : ref;
}

function tree(element: XElement, texts: Texts): unknown {
  const attrs = Object.fromEntries(
    Object.entries(element.attrs)
      .filter(([name]) => !name.startsWith('xmlns'))
      .map(([name, value]) => [local(name), squash(value)])
      .sort(),
  );
  if (element.local === 'itextId') return { itextId: texts.get(squash(element.text)) ?? element.text };
  const children = element.children.map((sub) => tree(sub, texts));
  return { [local(element.name)]: { ...attrs, ...(children.length ? { children } : { text: squash(element.text) }) } };
}

const BIND_ATTRS = ['type', 'relevant', 'constraint', 'required', 'calculate', 'readonly', 'preload', 'preloadParams'];

function binds(model: XElement, texts: Texts): NormalXForm['binds'] {
  const out: NormalXForm['binds'] = {};
  for (const bind of childrenNamed(model, 'bind')) {
    const entry: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(bind.attrs)) {
      const key = local(name);
      if (BIND_ATTRS.includes(key)) entry[key] = key === 'type' ? local(value) : normExpr(value);
      if (key === 'constraintMsg' || key === 'requiredMsg') entry[key] = resolveRef(value, texts);
    }
    out[squash(attr(bind, 'nodeset') ?? '')] = entry;
  }
  return out;
}

function labelOf(element: XElement | undefined, texts: Texts): unknown {
  if (!element) return undefined;
  return attr(element, 'ref') ? resolveRef(attr(element, 'ref'), texts) : mixed(element);
}

function controls(
  element: XElement | undefined,
  texts: Texts,
  out: Record<string, unknown>[] = [],
): Record<string, unknown>[] {
  for (const node of element?.children ?? []) {
    const ref = attr(node, 'ref') ?? attr(node, 'nodeset');
    if (ref === undefined || ['label', 'hint', 'item', 'itemset', 'value'].includes(node.local)) continue;
    const itemset = child(node, 'itemset');
    const entry: Record<string, unknown> = {
      kind: node.local,
      ref: squash(ref),
      appearance: attr(node, 'appearance'),
      count: attr(node, 'count') && normExpr(attr(node, 'count') ?? ''),
      label: labelOf(child(node, 'label'), texts),
      hint: labelOf(child(node, 'hint'), texts),
      items: childrenNamed(node, 'item').map((item) => [
        squash(child(item, 'value')?.text ?? ''),
        labelOf(child(item, 'label'), texts),
      ]),
      itemset: itemset && {
        nodeset: normExpr(attr(itemset, 'nodeset') ?? ''),
        value: attr(child(itemset, 'value'), 'ref'),
        label: attr(child(itemset, 'label'), 'ref'),
      },
    };
    out.push(Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)));
    controls(node, texts, out);
  }
  return out;
}

export function normaliseXForm(xml: string): NormalXForm {
  const html = parseXml(xml);
  const head = child(html, 'head');
  const model = child(head, 'model');
  if (!model) throw new Error('no model');
  const { languages, texts } = itext(model);
  const instances = childrenNamed(model, 'instance');
  const primary = instances.find((instance) => !attr(instance, 'id'));
  const secondary = instances
    .filter((instance) => attr(instance, 'id'))
    .sort((a, b) => (attr(a, 'id') ?? '').localeCompare(attr(b, 'id') ?? ''));
  return {
    title: squash(child(head, 'title')?.text ?? ''),
    languages,
    instance: primary?.children[0] ? tree(primary.children[0], texts) : null,
    secondary: Object.fromEntries(secondary.map((instance) => [attr(instance, 'id'), tree(instance, texts)])),
    binds: binds(model, texts),
    controls: controls(child(html, 'body'), texts),
  };
}

/** The `<h:body>` of a compiled XForm: controls, groups, repeats and itemsets. Pure. */
import type { TextTable } from './xlsform.itext';
import { MEDIA_TYPES, controlTag } from './xlsform.question-types';
import { el, type XNode } from './xlsform.xml';
import type { FormField } from './xlsform.types';

export function itemsetNodeset(field: FormField): string {
  const filter = field.choiceFilter ? `[${field.choiceFilter}]` : '';
  return `instance('${field.listName}')/root/item${filter}`;
}

function control(field: FormField, texts: TextTable): XNode | null {
  const tag = controlTag(field.type);
  if (!tag) return null;
  const children = [
    texts.element('label', `${field.xpath}:label`, field.labels, field.media),
    texts.element('hint', `${field.xpath}:hint`, field.hints),
  ].filter((node): node is XNode => node !== null);
  if (field.listName !== undefined) {
    children.push(
      el('itemset', { nodeset: itemsetNodeset(field) }, [
        el('value', { ref: 'name' }),
        el('label', { ref: texts.translated && !field.choiceFile ? 'jr:itext(itextId)' : 'label' }),
      ]),
    );
  }
  const attrs = { ref: field.xpath, appearance: field.appearance, mediatype: MEDIA_TYPES[field.type] };
  return el(tag, { ...attrs, ...field.xmlAttributes?.body }, children);
}

function container(field: FormField, texts: TextTable): XNode {
  const label = texts.element('label', `${field.xpath}:label`, field.labels, field.media);
  const inner = bodyNodes(field.children ?? [], texts);
  if (field.type === 'group') {
    const attrs = { ref: field.xpath, appearance: field.appearance, ...field.xmlAttributes?.body };
    return el('group', attrs, label ? [label, ...inner] : inner);
  }
  const counted = field.repeatCount !== undefined;
  const repeat = el(
    'repeat',
    {
      nodeset: field.xpath,
      appearance: field.appearance,
      'jr:count': counted ? ` ${field.xpath}_count ` : undefined,
      'jr:noAddRemove': counted ? 'true()' : undefined,
    },
    inner,
  );
  return el('group', { ref: field.xpath }, label ? [label, repeat] : [repeat]);
}

export function bodyNodes(fields: FormField[], texts: TextTable): XNode[] {
  return fields
    .map((field) =>
      field.type === 'group' || field.type === 'repeat' ? container(field, texts) : control(field, texts),
    )
    .filter((node): node is XNode => node !== null);
}

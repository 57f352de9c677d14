/** Tiny helpers over fast-xml-parser's ordered tree, for building XForms. Pure. */
import { XMLBuilder } from 'fast-xml-parser';

/** A node in fast-xml-parser's `preserveOrder` shape. */
export type XNode = Record<string, unknown>;

export function el(tag: string, attrs: Record<string, string | undefined> = {}, children: XNode[] = []): XNode {
  const node: XNode = { [tag]: children };
  const present = Object.entries(attrs).filter(([, value]) => value !== undefined);
  if (present.length) node[':@'] = Object.fromEntries(present.map(([k, v]) => [`@_${k}`, v]));
  return node;
}

export const txt = (text: string): XNode => ({ '#text': text });

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  // Not pretty-printed: indentation would change the text of labels that mix text and <output>.
  format: false,
});

export const buildXml = (root: XNode): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build([root]) as string}\n`;

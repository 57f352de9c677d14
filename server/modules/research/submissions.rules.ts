import { createHash } from 'node:crypto';
import { decodeXmlText, escapeXml, localName, type XmlElement } from './research.xml';
import { identifyingMeta, identifyingPaths, prizeFields } from './forms.rules';
import type { FormSchema } from './xlsform.types';

/** Pure decisions about one response: which form it names, what is kept, what identifies someone. */

export interface InstanceHeader {
  formId: string;
  version: string | null;
  instanceId: string | null;
}

const attr = (el: XmlElement, name: string) => Object.entries(el.attrs).find(([k]) => localName(k) === name)?.[1];
const at = (el: XmlElement, path: string[]): XmlElement | undefined =>
  path.reduce<XmlElement | undefined>((e, p) => e?.children.find((c) => localName(c.name) === p), el);

export function instanceHeader(root: XmlElement): InstanceHeader {
  return {
    formId: attr(root, 'id') ?? '',
    version: attr(root, 'version')?.trim() || null,
    instanceId: decodeXmlText(at(root, ['meta', 'instanceID'])?.text.trim() ?? '') || null,
  };
}

export const deviceIdOf = (root: XmlElement): string | null => at(root, ['meta', 'deviceID'])?.text.trim() || null;

/** Every leaf answer (decoded text) by path below the root (`group/question`); repeated elements joined with " | ". */
export function flattenAnswers(root: XmlElement): Record<string, string> {
  // a Map, not `in` on a plain object: a question named `constructor` is not found on Object.prototype
  const out = new Map<string, string>();
  const visit = (el: XmlElement, prefix: string) => {
    for (const c of el.children) {
      const path = prefix + localName(c.name);
      if (c.children.length) visit(c, `${path}/`);
      else {
        const text = decodeXmlText(c.text);
        const before = out.get(path);
        out.set(path, before === undefined ? text : `${before} | ${text}`);
      }
    }
  };
  visit(root, '');
  return Object.fromEntries(out);
}

/**
 * A stored response's answers by path again: its version's answer paths zipped with its `answer_row` (the one
 * stored copy of the answers besides the XML; ADR 0018). Every path is present, unanswered ones as ''.
 */
export function answersOf(paths: readonly string[], answerRow: string): Record<string, string> {
  const values: unknown = JSON.parse(answerRow);
  const list = Array.isArray(values) ? (values as unknown[]) : [];
  return Object.fromEntries(paths.map((p, i) => [p, typeof list[i] === 'string' ? list[i] : '']));
}

/** A copy of the tree without the elements at these paths (relative to the root, by local name). */
export function withoutPaths(root: XmlElement, paths: string[]): XmlElement {
  const drop = new Set(paths);
  const copy = (el: XmlElement, prefix: string): XmlElement => ({
    ...el,
    children: el.children
      .filter((c) => !drop.has(prefix ? `${prefix}/${localName(c.name)}` : localName(c.name)))
      .map((c) => copy(c, prefix ? `${prefix}/${localName(c.name)}` : localName(c.name))),
  });
  return copy(root, '');
}

/** What never enters a stored response: prize/follow-up fields always; for an anonymous form also who and which device. */
export function pathsToRemove(schema: FormSchema | null, anonymous: boolean): string[] {
  const prize = Object.values(prizeFields);
  if (!anonymous) return prize;
  return [...prize, ...identifyingMeta.map((m) => `meta/${m}`), ...(schema ? identifyingPaths(schema) : [])];
}

export interface PrizeAnswer {
  contact: string;
  prizeDraw: boolean;
  followUpConsent: boolean;
}

const yes = (v: string | undefined) => /^(1|yes|true|y)$/i.test((v ?? '').trim());

/** The prize-draw / follow-up answers, when the respondent left a contact and said yes to either. */
export function prizeAnswer(answers: Record<string, string>): PrizeAnswer | null {
  const contact = (answers[prizeFields.contact] ?? '').trim();
  const prizeDraw = yes(answers[prizeFields.draw]);
  const followUpConsent = yes(answers[prizeFields.followUp]);
  if (!contact || (!prizeDraw && !followUpConsent)) return null;
  return { contact, prizeDraw, followUpConsent };
}

export const sha256 = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

/** The day (UTC midnight) of a moment: all an anonymous response keeps of when it arrived. */
export const dayOf = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** An instance document built from web/paper answers keyed by path below the root. */
export function instanceXml(
  schema: Pick<FormSchema, 'rootName' | 'formId' | 'version'>,
  answers: Record<string, string>,
  instanceId: string,
): string {
  type Node = { value?: string; kids: Map<string, Node> };
  const tree: Node = { kids: new Map() };
  for (const [path, value] of Object.entries({ ...answers, 'meta/instanceID': instanceId })) {
    let node = tree;
    for (const part of path.split('/')) {
      if (!node.kids.has(part)) node.kids.set(part, { kids: new Map() });
      node = node.kids.get(part)!;
    }
    node.value = value;
  }
  const render = (name: string, n: Node): string =>
    n.kids.size
      ? `<${name}>${[...n.kids].map(([k, c]) => render(k, c)).join('')}</${name}>`
      : `<${name}>${escapeXml(n.value ?? '')}</${name}>`;
  const inner = [...tree.kids].map(([k, c]) => render(k, c)).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><${schema.rootName} xmlns:orx="http://openrosa.org/xforms" id="${escapeXml(schema.formId)}" version="${escapeXml(schema.version)}">${inner}</${schema.rootName}>`;
}

/** What a repeat POST of an instanceID means (OpenRosa: identical XML is idempotent, different XML is a conflict). */
export function resubmission(
  existing: { sha256: string; complete: boolean },
  incoming: { sha256: string; complete: boolean },
): 'duplicate' | 'conflict' {
  return existing.sha256 === incoming.sha256 && (existing.complete || !incoming.complete) ? 'duplicate' : 'conflict';
}

/**
 * parseXForm: an uploaded XForm (published as XML, not XLSForm) -> form id, version, title,
 * languages and a FormSchema as far as it can be derived. Throws XFormError for unsafe or
 * incomplete forms. Pure.
 */
import { XFormError } from './xlsform.errors';
import { deriveSchema, type XFormParts } from './xform.schema';
import { attr, child, childrenNamed, parseXml, type XElement } from './xform.tree';
import type { ParsedXForm } from './xlsform.types';

function hasInstanceId(element: XElement): boolean {
  const meta = child(element, 'meta');
  return meta !== undefined && child(meta, 'instanceID') !== undefined;
}

function itextTable(model: XElement): { languages: string[]; texts: XFormParts['texts'] } {
  const texts: XFormParts['texts'] = new Map();
  const languages: string[] = [];
  for (const translation of childrenNamed(child(model, 'itext'), 'translation')) {
    const language = attr(translation, 'lang') ?? 'default';
    if (!languages.includes(language)) languages.push(language);
    for (const text of childrenNamed(translation, 'text')) {
      const id = attr(text, 'id');
      if (id === undefined) continue;
      const plain = childrenNamed(text, 'value').find((value) => attr(value, 'form') === undefined);
      if (!plain) continue;
      const value = plain.content
        .map((part) => (typeof part === 'string' ? part : `\${${attr(part, 'value')?.trim() ?? ''}}`))
        .join('')
        .trim();
      const entry = texts.get(id) ?? {};
      entry[language] = value;
      texts.set(id, entry);
    }
  }
  return { languages, texts };
}

export interface ParseXFormOptions {
  /**
   * OpenRosa servers dedupe submissions by meta/instanceID, so uploads must have it (the default).
   * Set false to read forms without it (e.g. engine test fixtures); `hasInstanceId` then says which.
   */
  requireInstanceId?: boolean;
}

export function parseXForm(xml: string, options: ParseXFormOptions = {}): ParsedXForm {
  const html = parseXml(xml.replace(/^\uFEFF/, ''));
  if (html.local !== 'html') throw new XFormError('missing_head', 'the root element must be h:html');
  const head = child(html, 'head');
  if (!head) throw new XFormError('missing_head', 'the form has no <h:head>');
  const model = child(head, 'model');
  if (!model) throw new XFormError('missing_model', 'the form has no <model>');
  const instances = childrenNamed(model, 'instance');
  const primary = instances.find((instance) => attr(instance, 'id') === undefined) ?? instances[0];
  const root = primary?.children[0];
  if (!root) throw new XFormError('missing_instance', 'the model has no primary instance');
  const instanceId = hasInstanceId(root);
  if (!instanceId && options.requireInstanceId !== false) {
    throw new XFormError('missing_instance_id', 'the primary instance has no meta/instanceID');
  }
  const formId = attr(root, 'id');
  if (!formId) throw new XFormError('missing_form_id', 'the primary instance root has no id attribute');
  const version = attr(root, 'version') ?? null;
  const title = child(head, 'title')?.text.trim() ?? formId;
  const { languages, texts } = itextTable(model);
  const defaultLanguage =
    childrenNamed(child(model, 'itext'), 'translation')
      .filter((translation) => attr(translation, 'default') !== undefined)
      .map((translation) => attr(translation, 'lang') ?? 'default')[0] ?? null;
  const secondary = new Map(
    instances
      .filter((instance) => attr(instance, 'id') !== undefined)
      .map((instance) => [attr(instance, 'id') ?? '', instance]),
  );
  const submission = child(model, 'submission');
  const publicKey = attr(submission, 'base64RsaPublicKey');
  const submissionUrl = attr(submission, 'action');
  const schema = deriveSchema({
    root,
    binds: childrenNamed(model, 'bind'),
    body: child(html, 'body'),
    texts,
    secondary,
  });
  return {
    formId,
    version,
    title,
    languages,
    hasInstanceId: instanceId,
    schema: {
      formId,
      version: version ?? '',
      title,
      rootName: root.name,
      languages: languages.length ? languages : ['default'],
      defaultLanguage: defaultLanguage ?? (languages.length ? null : 'default'),
      ...(publicKey ? { encrypted: true, publicKey } : {}),
      ...(submissionUrl ? { submissionUrl } : {}),
      fields: schema,
    },
  };
}

import type { FormLanguage, RootNode } from '@getodk/xforms-engine';
import { directionOf } from '../../../lib/languages';
import type { OutboxMedia } from '../offline/db';

/**
 * ODK's own XForm engine runs the built-in web form: relevance, constraints, required, calculations,
 * choice filters, repeats and translations behave exactly as in ODK Collect. It is large, so it is loaded
 * only when a form is opened (its own chunk, cached by the service worker for offline use).
 */
export async function openXForm(xml: string, draft?: { xml: string; media?: OutboxMedia[] }): Promise<RootNode> {
  // The engine's bundled tree-sitter reads `__dirname`, which browsers lack.
  const globals = globalThis as Record<string, unknown>;
  globals.__dirname ??= '/';
  const { loadForm } = await import('@getodk/xforms-engine');
  // If the engine's WebAssembly cannot start (a browser policy), it aborts without settling: give up after a while.
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('The form engine did not start')), 60_000),
  );
  const result = await Promise.race([loadForm(xml, { missingResourceBehavior: 'BLANK' }), timeout]);
  if (result.status === 'failure') throw result.error ?? new Error('The form cannot be loaded');
  if (draft === undefined) return result.createInstance().root;
  // An incomplete response saved on the device: the engine restores its answers, files and instanceID.
  const data = new FormData();
  data.set('xml_submission_file', new File([draft.xml], 'submission.xml', { type: 'text/xml' }));
  for (const m of draft.media ?? []) data.set(m.name, new File([m.blob], m.name, { type: m.type }));
  const restored = await result.restoreInstance({
    data: [data as Parameters<typeof result.restoreInstance>[0]['data'][0]],
  });
  return restored.root;
}

/** The form's language whose name or code matches the interface language (`ar` finds "Arabic (ar)"). */
export function languageFor(root: RootNode, wanted: string): FormLanguage | undefined {
  const languages = root.languages.filter((l): l is FormLanguage => !l.isSyntheticDefault);
  const code = wanted.toLowerCase();
  return (
    languages.find((l) => l.language.toLowerCase() === code) ??
    languages.find((l) => l.language.toLowerCase().endsWith(`(${code})`)) ??
    languages.find((l) => l.locale?.language === code)
  );
}

/** The ISO code in a language name such as "Arabic (ar)", or the name itself. */
export function languageCode(name: string): string {
  return /\(([A-Za-z-]+)\)\s*$/.exec(name)?.[1]?.toLowerCase() ?? name;
}

/** Right-to-left for Arabic, Urdu, Farsi, Kurdish (Sorani) and the like. */
export function directionOfLanguage(name: string): 'rtl' | 'ltr' {
  return directionOf(languageCode(name));
}

/** The instanceID in a submission's meta block (`<instanceID>` or a prefixed `<orx:instanceID>`). */
export function instanceIdOf(xml: string): string {
  return /<(?:[\w-]+:)?instanceID>([^<]+)</.exec(xml)?.[1]?.trim() ?? '';
}

/** The instance XML as a submission (partial or complete), with its instanceID and its media files. */
export async function serialise(
  root: RootNode,
): Promise<{ xml: string; instanceId: string; valid: boolean; media: OutboxMedia[] }> {
  const payload = await root.prepareInstancePayload();
  const data = payload.data[0];
  const file = data.get('xml_submission_file');
  const xml = file instanceof Blob ? await file.text() : '';
  const media: OutboxMedia[] = [];
  data.forEach((value, name) => {
    if (name !== 'xml_submission_file' && value instanceof Blob)
      media.push({ name, type: value.type || 'application/octet-stream', blob: value });
  });
  return { xml, instanceId: instanceIdOf(xml), valid: payload.status === 'ready', media };
}

/** The element name of a node (its nodeset's last step), for questions without a label. */
export function nodeName(node: { definition: { nodeset: string } }): string {
  return node.definition.nodeset.split('/').pop() ?? '';
}

import type { FormLanguage, RootNode } from '@getodk/xforms-engine';
import { useEffect, useReducer, useState } from 'react';
import { languageFor, openXForm } from '../engine/xform';
import type { OutboxMedia } from '../offline/db';

type State = { key: string; root: RootNode | null; error: unknown };

/**
 * Opens the XForm in ODK's engine. The engine's state objects are live (read on every render), so a change
 * only has to ask React to draw again: `changed` does that. With a draft (an incomplete response saved on the
 * device), its answers are restored and it opens in the language it was left in.
 */
export function useXForm(
  xml: string | undefined,
  interfaceLanguage: string,
  attempt: number,
  draft?: { xml: string; language: string | null; media?: OutboxMedia[] },
) {
  const [state, setState] = useState<State>({ key: '', root: null, error: null });
  const key = `${attempt}:${xml ?? ''}:${draft?.xml ?? ''}`;
  const [revision, changed] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!xml) return;
    let live = true;
    openXForm(xml, draft).then(
      (root) => {
        if (!live) return;
        const language = languageFor(root, draft?.language ?? interfaceLanguage);
        if (language) root.setLanguage(language);
        setState({ key, root, error: null });
      },
      (error: unknown) => live && setState({ key, root: null, error }),
    );
    return () => {
      live = false;
    };
    // The interface language only picks the starting language; switching it later does not restart the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  // A form opened for an earlier attempt (or another XForm) is not shown while the new one loads.
  const current = state.key === key ? state : { key, root: null, error: null };
  const setLanguage = (language: FormLanguage) => {
    current.root?.setLanguage(language);
    changed();
  };
  return { root: current.root, error: current.error, revision, changed, setLanguage };
}

import type { SectionDefinition } from '@ecaf/domain';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SectionContent } from '../form-values';
import { draftStore } from './draft-store';
import { type AutosaveSnapshot, type SaveAnswer, SectionAutosave, type SendSave } from './section-autosave';

type Options = {
  section: SectionDefinition;
  /** The device copy's key; null until the signed-in user is known. */
  draftKey: string | null;
  server: { content: SectionContent; revision: number };
  canSave: boolean;
  send: SendSave;
  onSaved?: (answer: SaveAnswer, content: SectionContent) => void;
};

const noSubscription = () => () => {};
const noSnapshot = () => null;

/**
 * One SectionAutosave per section page (and per user, version and section), made when the page
 * opens and disposed when it closes, which sends anything typed in the last moments. The
 * server's text is read once, when it is made: later refetches never replace what is typed.
 */
export function useSectionAutosave(options: Options): {
  autosave: SectionAutosave | null;
  snapshot: AutosaveSnapshot | null;
} {
  const latest = useRef(options);
  latest.current = options;
  const [autosave, setAutosave] = useState<SectionAutosave | null>(null);
  const { draftKey, canSave, section } = options;

  useEffect(() => {
    if (draftKey === null) return;
    const controller = new SectionAutosave({
      section,
      key: draftKey,
      server: latest.current.server,
      canSave,
      store: draftStore(),
      send: (input) => latest.current.send(input),
      onSaved: (answer, content) => latest.current.onSaved?.(answer, content),
    });
    setAutosave(controller);
    void controller.start();

    const retry = () => controller.retryNow();
    const saveBeforeHiding = () => {
      if (document.visibilityState === 'hidden') void controller.flush('blur');
    };
    window.addEventListener('online', retry);
    window.addEventListener('focus', retry);
    document.addEventListener('visibilitychange', saveBeforeHiding);
    return () => {
      window.removeEventListener('online', retry);
      window.removeEventListener('focus', retry);
      document.removeEventListener('visibilitychange', saveBeforeHiding);
      controller.dispose();
      setAutosave((current) => (current === controller ? null : current));
    };
  }, [draftKey, canSave, section]);

  const snapshot = useSyncExternalStore(
    autosave?.subscribe ?? noSubscription,
    autosave?.getSnapshot ?? noSnapshot,
    autosave?.getSnapshot ?? noSnapshot,
  );
  return { autosave, snapshot };
}

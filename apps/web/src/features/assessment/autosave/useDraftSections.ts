import { useEffect, useState } from 'react';
import { draftKeyPrefix } from './decide';
import { draftStore } from './draft-store';

/**
 * CF-7: the sections of this version with text kept on this device that the server does not
 * have yet (typed offline, or before the session ended), so the task list and check-answers
 * page can say so. Empty until known.
 */
export function useDraftSections(
  userId: string | null | undefined,
  episodeId: string,
  versionNumber: number | undefined,
): ReadonlySet<string> {
  const [sections, setSections] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!userId || versionNumber === undefined) return;
    let current = true;
    const prefix = draftKeyPrefix({ userId, episodeId, versionNumber });
    draftStore()
      .keys(prefix)
      .then((keys) => {
        if (current) setSections(new Set(keys.map((key) => key.slice(prefix.length))));
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [userId, episodeId, versionNumber]);
  return sections;
}

import type { z } from 'zod';

/**
 * For a form schema's `superRefine` that checks the whole answer with the domain's own schema
 * and rules: reports a problem at a form path unless that path already has one, so each field
 * shows one message (the first found) and the summary lists every field's problem at once.
 * An empty path is a problem with the whole form.
 */
export function reportOnce(ctx: z.RefinementCtx) {
  const reported = new Set(ctx.issues.map((issue) => (issue.path ?? []).join('.')));
  return (path: string, message: string) => {
    if (reported.has(path)) return;
    reported.add(path);
    ctx.addIssue({ code: 'custom', path: path === '' ? [] : path.split('.'), message });
  };
}

/**
 * The element id for a form field path: dots become hyphens (`parents.0.name` →
 * `parents-0-name`), so error summary links (`#parents-0-name`) reach the field.
 */
export function fieldIdFor(path: string): string {
  return path.replace(/\./g, '-');
}

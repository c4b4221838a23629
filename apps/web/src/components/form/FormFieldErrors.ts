/**
 * Thrown from a `<Form>`'s onSubmit to report problems found while submitting that are not the
 * server's (for example, a confirmation the page asks for): shown like the server's field errors.
 */
export class FormFieldErrors extends Error {
  readonly fieldErrors: Record<string, string>;

  constructor(fieldErrors: Record<string, string>) {
    super(Object.values(fieldErrors)[0] ?? 'There is a problem');
    this.name = 'FormFieldErrors';
    this.fieldErrors = fieldErrors;
  }
}

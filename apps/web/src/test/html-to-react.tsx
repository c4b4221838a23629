import { createElement, type ReactNode } from 'react';
import { type HtmlNode, parseHtml } from './html';

const reactNames: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  inputmode: 'inputMode',
  autocomplete: 'autoComplete',
  spellcheck: 'spellCheck',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  viewbox: 'viewBox',
};

function toReact(node: HtmlNode, key: number): ReactNode {
  if (node.type === 'text') return node.text;
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(node.attributes)) {
    const reactName = reactNames[name] ?? name;
    // Uncontrolled form values so React renders the attribute without warnings.
    if (reactName === 'value' && (node.tag === 'input' || node.tag === 'textarea')) props.defaultValue = value;
    else if (reactName === 'checked') props.defaultChecked = true;
    else props[reactName] = value;
  }
  const children = node.children.map(toReact);
  return createElement(node.tag, props, ...(children.length > 0 ? children : []));
}

/** Turns a fixture's HTML option (e.g. a conditional reveal) into React nodes for a test. */
export function htmlToReact(html: string): ReactNode {
  return parseHtml(html).map(toReact);
}

/**
 * The parse5 tree as the HTML reader walks it: nodes and elements, an attribute, an element's
 * text, and elements found by tag name.
 * Takes parse5 nodes; gives values read off them (nothing is changed).
 * @module
 */

/** A node of the parse5 tree (its default tree adapter). */
export interface _Node {
  nodeName: string;
  /** Elements: tag name (the DOM's `localName`). */
  tagName?: string;
  /** Elements: attributes, names lower-cased by the parser for HTML elements. */
  attrs?: { name: string; value: string; prefix?: string }[];
  /** Elements, documents: children (a template's content is elsewhere, as in the DOM). */
  childNodes?: _Node[];
  /** Text nodes: the text. */
  value?: string;
}

/** An element of the parse5 tree. */
export interface _El extends _Node {
  tagName: string;
  attrs: { name: string; value: string; prefix?: string }[];
  childNodes: _Node[];
}

export function _isEl(n: _Node): n is _El {
  return n.tagName !== undefined;
}

/** `getAttribute`: the value of the attribute with this qualified name, or null. */
export function _attr(el: _El, name: string): string | null {
  for (const a of el.attrs) {
    if ((a.prefix ? `${a.prefix}:${a.name}` : a.name) === name) return a.value;
  }
  return null;
}

/** `textContent`: the text of every descendant text node, in document order. */
export function _textContent(root: _Node): string {
  let out = "";
  const stack: _Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeName === "#text") out += n.value ?? "";
    else if (n.childNodes) {
      for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
    }
  }
  return out;
}

/** Descendant elements of `root` (not `root` itself) in document order, filtered. */
export function _findAll(root: _Node, test: (el: _El) => boolean, first = false): _El[] {
  const out: _El[] = [];
  const kids = root.childNodes ?? [];
  const stack: _Node[] = [];
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  while (stack.length) {
    const n = stack.pop()!;
    if (!_isEl(n)) continue;
    if (test(n)) {
      out.push(n);
      if (first) break;
    }
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
  }
  return out;
}

/** `querySelector` of a type selector and an optional attribute test (any namespace, as nwsapi). */
export function _find(
  root: _Node,
  tag: string,
  test: (el: _El) => boolean = () => true,
): _El | null {
  return _findAll(root, (el) => el.tagName === tag && test(el), true)[0] ?? null;
}

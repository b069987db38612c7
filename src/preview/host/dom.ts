/**
 * Builds elements with text set through textContent only: ticket subjects, comments and names
 * are customer-written and never become markup on the host page.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function labelledSelect(
  id: string,
  label: string,
  options: { value: string; label: string }[],
  selected: string,
  onChange: (value: string) => void,
): HTMLElement {
  const select = el('select', { attrs: { id, name: id } });
  for (const option of options) {
    const node = el('option', { text: option.label, attrs: { value: option.value } });
    node.selected = option.value === selected;
    select.append(node);
  }
  select.addEventListener('change', () => onChange(select.value));
  return el('div', { className: 'control' }, [el('label', { text: label, attrs: { for: id } }), select]);
}

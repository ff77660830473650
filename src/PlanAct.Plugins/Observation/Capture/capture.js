// PlanAct page capture: evaluated once per frame. Walks the DOM (and open shadow roots) and returns a JSON string
// describing visible nodes. Every captured element gets a numeric data-planact-id that is unique across the frames
// of one capture; an element keeps the id it had in a previous capture when that id is still unique.
// Argument: { next: number, taken: number[], main: boolean }.
(args) => {
  const ATTR = 'data-planact-id';
  const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'BASE', 'TITLE']);
  const NAME_FROM_CONTENT = new Set(['button', 'link', 'heading', 'option', 'menuitem', 'menuitemcheckbox',
    'menuitemradio', 'tab', 'treeitem', 'cell', 'columnheader', 'rowheader', 'checkbox', 'radio', 'switch',
    'tooltip', 'Legend', 'LabelText', 'caption', 'term', 'summary']);
  const INTERACTIVE_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem',
    'menuitemcheckbox', 'menuitemradio', 'option', 'textbox', 'searchbox', 'combobox', 'listbox', 'slider',
    'spinbutton', 'treeitem', 'gridcell']);
  const doc = document;
  const win = window;
  const vw = win.innerWidth || doc.documentElement.clientWidth || 0;
  const vh = win.innerHeight || doc.documentElement.clientHeight || 0;
  const taken = new Set(args.taken || []);
  const seen = new Set();
  const needIds = [];
  let maxExisting = 0;
  let active = doc.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;

  const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const cap = (s, n) => (s.length > n ? s.slice(0, n - 1) + '\u2026' : s);

  function implicitRole(el, tag) {
    switch (tag) {
      case 'A': case 'AREA': return el.hasAttribute('href') ? 'link' : 'generic';
      case 'BUTTON': return 'button';
      case 'INPUT': {
        const t = (el.getAttribute('type') || 'text').toLowerCase();
        switch (t) {
          case 'checkbox': return 'checkbox';
          case 'radio': return 'radio';
          case 'range': return 'slider';
          case 'number': return 'spinbutton';
          case 'search': return el.hasAttribute('list') ? 'combobox' : 'searchbox';
          case 'button': case 'submit': case 'reset': case 'image': return 'button';
          case 'hidden': return 'none';
          case 'file': return 'button';
          case 'color': case 'date': case 'datetime-local': case 'month': case 'time': case 'week': return 'textbox';
          default: return el.hasAttribute('list') ? 'combobox' : 'textbox';
        }
      }
      case 'SELECT': return (el.multiple || el.size > 1) ? 'listbox' : 'combobox';
      case 'OPTION': return 'option';
      case 'OPTGROUP': return 'group';
      case 'TEXTAREA': return 'textbox';
      case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': return 'heading';
      case 'IMG': return el.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'SVG': return 'img';
      case 'UL': case 'OL': case 'MENU': return 'list';
      case 'LI': return 'listitem';
      case 'NAV': return 'navigation';
      case 'MAIN': return 'main';
      case 'HEADER': return el.closest('article,aside,main,nav,section') ? 'generic' : 'banner';
      case 'FOOTER': return el.closest('article,aside,main,nav,section') ? 'generic' : 'contentinfo';
      case 'ASIDE': return 'complementary';
      case 'FORM': return 'form';
      case 'SECTION': return 'Section';
      case 'ARTICLE': return 'article';
      case 'TABLE': return 'table';
      case 'THEAD': case 'TBODY': case 'TFOOT': return 'rowgroup';
      case 'TR': return 'row';
      case 'TD': return 'cell';
      case 'TH': return el.closest('thead') || el.parentElement?.parentElement?.tagName === 'THEAD' ? 'columnheader'
        : (el.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader');
      case 'CAPTION': return 'caption';
      case 'P': return 'paragraph';
      case 'BLOCKQUOTE': return 'blockquote';
      case 'DIALOG': return 'dialog';
      case 'DETAILS': return 'group';
      case 'SUMMARY': return 'button';
      case 'FIELDSET': return 'group';
      case 'LEGEND': return 'Legend';
      case 'LABEL': return 'LabelText';
      case 'HR': return 'separator';
      case 'PROGRESS': return 'progressbar';
      case 'METER': return 'meter';
      case 'IFRAME': case 'FRAME': return 'Iframe';
      case 'STRONG': case 'B': return 'strong';
      case 'EM': case 'I': return 'emphasis';
      case 'CODE': return 'code';
      case 'PRE': return 'generic';
      case 'DL': return 'list';
      case 'DT': return 'term';
      case 'DD': return 'definition';
      case 'FIGURE': return 'figure';
      case 'BR': return 'LineBreak';
      case 'TIME': return 'time';
      case 'BODY': return 'RootWebArea';
      default: return 'generic';
    }
  }

  function textOfIds(el, ids) {
    const parts = [];
    const scope = el.getRootNode && el.getRootNode().getElementById ? el.getRootNode() : doc;
    for (const id of ids.split(/\s+/)) {
      const ref = id && (scope.getElementById(id) || doc.getElementById(id));
      if (ref) parts.push(ref.getAttribute('aria-label') || ref.textContent || '');
    }
    return clean(parts.join(' '));
  }

  function labelOf(el) {
    if (el.labels && el.labels.length) {
      const parts = [];
      for (const l of el.labels) parts.push(labelText(l, el));
      const s = clean(parts.join(' '));
      if (s) return s;
    }
    return '';
  }

  // Text of a label, without the text of the control it wraps (e.g. a select's options).
  function labelText(label, control) {
    if (!label.contains(control)) return label.textContent || '';
    let s = '';
    for (const n of label.childNodes) {
      if (n === control) continue;
      if (n.nodeType === 3) s += n.nodeValue;
      else if (n.nodeType === 1 && !n.contains(control)) s += ' ' + (n.textContent || '') + ' ';
      else if (n.nodeType === 1) s += ' ' + labelText(n, control) + ' ';
    }
    return s;
  }

  // Text gathered from captured children (hidden content is already excluded).
  function contentText(node, out) {
    for (const c of node.h) {
      if (out.length > 400) return;
      if (c.t === '#text') out.push(c.x);
      else if (c.t === 'select' || c.t === 'input' || c.t === 'textarea') { if (c.v && c.y !== 'password') out.push(' ', c.v, ' '); }
      else if (c.r === 'img') { if (c.n) out.push(' ', c.n, ' '); }
      else {
        if (c.bl) out.push(' ');
        contentText(c, out);
        if (c.bl || c.sa) out.push(' ');
      }
    }
  }

  function nameOf(el, tag, role, node) {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) { const s = textOfIds(el, labelledBy); if (s) { node.nl = 1; return s; } }
    const aria = clean(el.getAttribute('aria-label'));
    if (aria) return aria;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || tag === 'METER' || tag === 'PROGRESS') {
      const type = (el.getAttribute('type') || '').toLowerCase();
      if (tag === 'INPUT' && (type === 'submit' || type === 'reset' || type === 'button')) {
        return clean(el.value) || (type === 'submit' ? 'Submit' : type === 'reset' ? 'Reset' : '');
      }
      if (tag === 'INPUT' && type === 'image') return clean(el.getAttribute('alt')) || clean(el.title) || 'Submit';
      const l = labelOf(el);
      if (l) { node.nl = 1; return l; }
      return clean(el.title) || clean(el.getAttribute('placeholder'));
    }
    if (tag === 'IMG' || tag === 'AREA') return clean(el.getAttribute('alt')) || clean(el.title);
    if (tag === 'FIELDSET') { const lg = el.querySelector(':scope > legend'); if (lg) return clean(lg.textContent); }
    if (tag === 'TABLE') { const c = el.querySelector(':scope > caption'); if (c) return clean(c.textContent); }
    if (tag === 'FIGURE') { const c = el.querySelector(':scope > figcaption'); if (c) return clean(c.textContent); }
    if (tag === 'IFRAME' || tag === 'FRAME') return clean(el.title) || clean(el.getAttribute('name'));
    if (tag === 'BODY') return clean(doc.title);
    if (tag === 'SVG') { const t = el.querySelector('title'); if (t) return clean(t.textContent); }
    if (NAME_FROM_CONTENT.has(role)) {
      const parts = [];
      contentText(node, parts);
      const s = clean(parts.join(''));
      if (s) return cap(s, 200);
    }
    return clean(el.title);
  }

  function clearIds(root) {
    if (root.hasAttribute && root.hasAttribute(ATTR)) root.removeAttribute(ATTR);
    if (root.querySelectorAll) for (const e of root.querySelectorAll('[' + ATTR + ']')) e.removeAttribute(ATTR);
  }

  function isInteractive(el, tag, role, style, parentStyle) {
    if (el.disabled) return true;
    switch (tag) {
      case 'A': return el.hasAttribute('href') || el.hasAttribute('onclick');
      case 'BUTTON': case 'SELECT': case 'TEXTAREA': case 'SUMMARY': case 'OPTION': return true;
      case 'INPUT': return (el.getAttribute('type') || '').toLowerCase() !== 'hidden';
      case 'LABEL': if (el.control) return true; break;
      default: break;
    }
    if (INTERACTIVE_ROLES.has(role)) return true;
    if (el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable)) return true;
    if (el.hasAttribute('onclick')) return true;
    const ti = el.getAttribute('tabindex');
    if (ti !== null && +ti >= 0) return true;
    if (style.cursor === 'pointer' && (!parentStyle || parentStyle.cursor !== 'pointer')) return true;
    return false;
  }

  function walkChildren(parentEl, node, parentStyle, inSelect) {
    const kids = parentEl.shadowRoot ? parentEl.shadowRoot.childNodes : parentEl.childNodes;
    for (const k of kids) walkNode(k, node, parentStyle, inSelect);
  }

  function walkNode(n, parent, parentStyle, inSelect) {
    if (n.nodeType === 3) {
      // Collapse whitespace but keep one space at either edge: it tells whether neighbouring text joins.
      const s = (n.nodeValue || '').replace(/\s+/g, ' ');
      const last = parent.h.length ? parent.h[parent.h.length - 1] : null;
      if (s === ' ' || s === '') {
        if (s === ' ' && last) { if (last.t === '#text') { if (!last.x.endsWith(' ')) last.x += ' '; } else last.sa = 1; }
        return;
      }
      parent.h.push({ t: '#text', x: cap(s, 500) });
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'SLOT') {
      const assigned = el.assignedNodes({ flatten: true });
      if (assigned.length) { for (const a of assigned) walkNode(a, parent, parentStyle, inSelect); }
      else { for (const c of el.childNodes) walkNode(c, parent, parentStyle, inSelect); }
      return;
    }
    let style = null;
    let box = null;
    if (!inSelect) {
      style = win.getComputedStyle(el);
      if (style.display === 'none' || el.getAttribute('aria-hidden') === 'true') {
        clearIds(el); return;
      }
      if (tag === 'INPUT' && (el.getAttribute('type') || '').toLowerCase() === 'hidden') { clearIds(el); return; }
      // Fully transparent content (closed menus, faded-out tooltips) is invisible with its whole subtree. Form controls
      // stay: custom checkboxes and file inputs are often transparent under a visible label.
      if (style.opacity === '0' && tag !== 'INPUT' && tag !== 'SELECT' && tag !== 'TEXTAREA') { clearIds(el); return; }
    }
    const explicitRole = (el.getAttribute('role') || '').trim().split(/\s+/)[0];
    let role = explicitRole || implicitRole(el, tag);
    if (role === 'presentation') role = 'none';
    if (!explicitRole && role === 'generic' && el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable)) role = 'textbox';
    const node = { t: tag.toLowerCase(), r: role, h: [] };
    if (style && !style.display.startsWith('inline') && style.display !== 'contents') node.bl = 1;
    const selfHidden = !inSelect && (style.visibility === 'hidden' || style.visibility === 'collapse');
    if (!inSelect) {
      const r = el.getBoundingClientRect();
      box = [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
      node.b = box;
    }
    // Children first (names from content need them).
    if (tag === 'IFRAME' || tag === 'FRAME') {
      // Frame content is captured by its own evaluation and grafted in by the caller.
    } else if (tag !== 'TEXTAREA' && !(tag === 'SVG')) {
      walkChildren(el, node, style, inSelect || tag === 'SELECT' || tag === 'DATALIST');
    }
    if (selfHidden) {
      // Invisible element: keep visible descendants in its place.
      if (el.hasAttribute(ATTR)) el.removeAttribute(ATTR);
      for (const c of node.h) if (c.t !== '#text') parent.h.push(c);
      return;
    }
    if (!inSelect && box[2] * box[3] === 0 && node.h.length === 0 && tag !== 'BR') {
      // Zero-size element without visible content.
      clearIds(el); return;
    }
    // Properties.
    if (tag === 'INPUT' || tag === 'TEXTAREA') {
      const type = (el.getAttribute('type') || (tag === 'TEXTAREA' ? 'textarea' : 'text')).toLowerCase();
      node.y = type;
      if (type === 'checkbox' || type === 'radio') node.c = el.indeterminate ? 'mixed' : (el.checked ? 'true' : 'false');
      else if (type !== 'submit' && type !== 'button' && type !== 'reset' && type !== 'image' && type !== 'file') {
        node.v = cap(type === 'password' ? '\u2022'.repeat(Math.min(el.value.length, 12)) : el.value, 300);
        const ph = clean(el.getAttribute('placeholder'));
        if (ph) node.p = ph;
      }
      if (el.required) node.q = 1;
      if (el.readOnly) node.ro = 1;
    } else if (tag === 'SELECT') {
      const opt = el.selectedOptions && el.selectedOptions[0];
      node.v = opt ? clean(opt.label || opt.textContent) : '';
      if (el.required) node.q = 1;
      node.e = 0;
    } else if (tag === 'OPTION') {
      if (el.selected) node.s = 1;
      node.v = el.value;
    } else if (role === 'heading') {
      const al = +el.getAttribute('aria-level');
      node.l = al || (/^H[1-6]$/.test(tag) ? +tag[1] : 2);
    } else if (tag === 'A' && el.hasAttribute('href')) {
      node.u = el.href;
    } else if (tag === 'IMG') {
      const src = el.currentSrc || el.src;
      if (src && !src.startsWith('data:')) node.u = src;
    } else if (tag === 'DETAILS') {
      node.e = el.open ? 1 : 0;
    }
    const ac = el.getAttribute('aria-checked');
    if (ac !== null && node.c === undefined) node.c = ac === 'mixed' ? 'mixed' : (ac === 'true' ? 'true' : 'false');
    else if (node.c === undefined && (role === 'checkbox' || role === 'radio' || role === 'switch' || role === 'menuitemcheckbox' || role === 'menuitemradio')) node.c = 'false';
    const ae = el.getAttribute('aria-expanded');
    if (ae !== null) node.e = ae === 'true' ? 1 : 0;
    const as = el.getAttribute('aria-selected');
    if (as === 'true') node.s = 1;
    const ap = el.getAttribute('aria-pressed');
    if (ap === 'true' || ap === 'mixed') node.pr = ap === 'true' ? 1 : 2;
    const hp = el.getAttribute('aria-haspopup');
    if (hp && hp !== 'false') node.hp = hp === 'true' ? 'menu' : hp;
    if (tag === 'SELECT' && !node.hp) node.hp = 'menu';
    if (el.disabled || el.getAttribute('aria-disabled') === 'true') node.d = 1;
    if (el.getAttribute('aria-required') === 'true') node.q = 1;
    if (el === active && tag !== 'BODY') node.f = 1;
    if (explicitRole === 'textbox' || explicitRole === 'searchbox' || explicitRole === 'combobox' || (el.isContentEditable && tag !== 'BODY')) {
      if (node.v === undefined && el.isContentEditable) node.v = cap(clean(el.textContent), 300);
    }
    if (tag === 'BODY') node.f = el === active ? 1 : undefined;
    if (!inSelect && isInteractive(el, tag, role, style, parentStyle)) node.k = 1;
    if (explicitRole) node.er = 1;
    let name = nameOf(el, tag, role, node);
    if (!name && node.k && tag !== 'INPUT' && tag !== 'TEXTAREA' && tag !== 'SELECT') {
      const parts = [];
      contentText(node, parts);
      name = cap(clean(parts.join('')), 200);
    }
    if (name) node.n = name;
    if (tag === 'IFRAME' || tag === 'FRAME') node.fr = 1;
    // Id: reuse a unique existing value, otherwise assign later.
    const existing = el.getAttribute(ATTR);
    const num = existing !== null && /^[1-9][0-9]{0,8}$/.test(existing) ? +existing : 0;
    if (num && !seen.has(num) && !taken.has(num)) {
      seen.add(num);
      node.i = num;
      if (num > maxExisting) maxExisting = num;
    } else {
      if (num > maxExisting) maxExisting = num;
      needIds.push([el, node]);
    }
    parent.h.push(node);
  }

  let next = args.main && !win.__planactSeen ? 1 : Math.max(1, args.next | 0);
  win.__planactSeen = true;
  const top = { h: [] };
  const rootEl = doc.body || doc.documentElement;
  if (rootEl) walkNode(rootEl, top, null, false);
  for (const t of taken) if (t >= next) next = t + 1;
  if (maxExisting >= next) next = maxExisting + 1;
  for (const [el, node] of needIds) {
    const id = next++;
    el.setAttribute(ATTR, String(id));
    node.i = id;
  }
  const se = doc.scrollingElement || doc.documentElement;
  // Old libraries (Prototype.js, used by Magento's admin) add toJSON to built-in prototypes, which corrupts
  // JSON.stringify output; take them off while serialising and put them back afterwards.
  const patched = [];
  for (const proto of [Array.prototype, String.prototype, Object.prototype, Number.prototype, Boolean.prototype]) {
    if (Object.prototype.hasOwnProperty.call(proto, 'toJSON')) {
      patched.push([proto, Object.getOwnPropertyDescriptor(proto, 'toJSON')]);
      delete proto.toJSON;
    }
  }
  try {
    return JSON.stringify({
      title: doc.title || '',
      url: location.href,
      vw, vh,
      sx: Math.round(win.scrollX), sy: Math.round(win.scrollY),
      sw: se ? se.scrollWidth : vw, sh: se ? se.scrollHeight : vh,
      next,
      root: top.h[0] || null,
    });
  } finally {
    for (const [proto, descriptor] of patched) Object.defineProperty(proto, 'toJSON', descriptor);
  }
}

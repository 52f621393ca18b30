// WCAG 2.x contrast of every visible text on the page (light and shadow DOM), for the text axe-core leaves
// "incomplete" (it cannot see backgrounds through Vaadin's slots). Returns the texts below 4.5:1 (3:1 for large
// text: 24px, or 18.66px bold). Colours are read back from a canvas, so color-mix() and the like work. Over the
// map, a translucent background is judged against both land and sea and the worse counts.
() => {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const rgba = (css) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const MAP_BACKDROPS = [rgba('#c7dcef'), rgba('#f4f1ea')]; // sea, land (place-map.js, styles.css)
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
  };
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const ratio = (x, y) => {
    const [l1, l2] = [luminance(x), luminance(y)].sort((p, q) => q - p);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const parent = (el) => el.assignedSlot || el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
  const opacity = (el) => {
    let o = 1;
    for (let e = el; e; e = parent(e)) {
      o *= Number(getComputedStyle(e).opacity);
    }
    return o;
  };
  // background layers from the element outwards, up to the first opaque one; the map counts as a backdrop
  const backdrops = (el) => {
    const layers = [];
    for (let e = el; e; e = parent(e)) {
      if (e.classList && e.classList.contains('na-place-map__leaflet')) {
        return MAP_BACKDROPS.map((base) => layers.reduceRight((acc, layer) => over(layer, acc), base));
      }
      const bg = rgba(getComputedStyle(e).backgroundColor);
      if (bg[3] > 0) {
        const layer = [bg[0], bg[1], bg[2], bg[3] * opacity(e)];
        layers.push(layer);
        if (layer[3] >= 1) {
          break;
        }
      }
    }
    return [layers.reduceRight((acc, layer) => over(layer, acc), [255, 255, 255, 1])];
  };
  const failures = [];
  const check = (el, text, colour) => {
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2 || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
      return;
    }
    if (el.closest && el.closest('[disabled], [aria-disabled="true"]')) {
      return; // WCAG 1.4.3 exempts inactive controls
    }
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const fg = rgba(colour);
    fg[3] *= opacity(el);
    const worst = Math.min(...backdrops(el).map((bg) => ratio(over(fg, bg), bg)));
    const needed = large ? 3 : 4.5;
    if (worst < needed) {
      failures.push(`${worst.toFixed(2)}:1 < ${needed}:1 "${text.trim().slice(0, 40)}" `
        + `<${el.tagName.toLowerCase()} class="${el.className && el.className.baseVal === undefined ? el.className : ''}"> `
        + `colour ${colour}`);
    }
  };
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const el = node.parentElement || (node.parentNode && node.parentNode.host);
        if (el && node.textContent.trim() && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(el.tagName)) {
          check(el, node.textContent, getComputedStyle(el).color);
        }
      } else {
        if (node.shadowRoot) {
          visit(node.shadowRoot);
        }
        if (node.tagName === 'INPUT' && node.placeholder && !node.value) {
          check(node, node.placeholder, getComputedStyle(node, '::placeholder').color);
        }
      }
    }
  };
  visit(document.body);
  return failures;
}

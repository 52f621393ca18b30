// Builds one Leaflet layer per News Atlas overlay (see place-map.js). Every symbol has its own shape and accent
// colour, used again in the legend and the side panel. Point markers are keyboard-focusable buttons whose
// aria-label is "<name>, <n> passages"; Enter and Space open them like a click.
// Point layers are clustered (markercluster): places when near, exercise sites and capitals only when their symbols
// overlap. A cluster is a button named with what it holds ("3 places: Termez, Kunduz, Kabul, …"); a click, Enter or
// Space zooms in until its members come apart, or spreads them around it (spiderfy) when no zoom would (members at
// the same or nearly the same point). Spread by the keyboard, the focus goes to the first member, and Tab walks the
// others (they follow each other in the marker pane); Escape folds them back and returns to the cluster.
import L from 'leaflet';

const COLOURS = {
  exercise: '#b45309',
  capital: '#6d28d9',
  border: '#dc2626',
  place: '#0f766e',
  country: '#2563eb',
};

// selectedId(): the id of this layer's selected feature, or null (a layer sent by view asks for it too).
export function overlayLayer(spec, geojson, onClick, selectedId) {
  if (spec.view) {
    return viewLayer(spec, onClick, selectedId);
  }
  switch (spec.symbol) {
    case 'place':
      return clustered(spec, geojson, onClick);
    case 'border':
      return lines(spec, geojson, onClick);
    case 'country':
      return choropleth(spec, geojson, onClick);
    default:
      return markers(spec, geojson, onClick);
  }
}

// A layer's rows [id, name, passages, lat, lon, confidence] as GeoJSON features: points from their coordinates,
// lines and polygons from shapes (a Map by id). Places carry their mentions' mean confidence: under spec.lowBelow
// they are marked, or left off (spec.hideLow).
export function featuresOf(spec, rows, shapes) {
  return rows.map(([id, name, passages, lat, lon, confidence]) => ({
    type: 'Feature',
    id,
    properties: {
      name,
      passage_count: passages,
      confidence,
      low_confidence: spec.lowBelow != null && confidence != null && confidence < spec.lowBelow,
    },
    geometry: shapes ? shapes.get(String(id)) : (lat == null ? null : { type: 'Point', coordinates: [lon, lat] }),
  })).filter((feature) => feature.geometry && !(spec.hideLow && feature.properties.low_confidence));
}

// A point layer too big to send whole (tens of thousands of places): what the view holds is asked of the server
// (spec.view) when the layer is added and at each pause of the map, the box snapped outward to steps of about
// 256 px so that small moves ask the same (HTTP-cached) question. A view with few points gets them as rows,
// clustered here as any point layer; a bigger one gets the server's clusters (a button each, named like the
// browser's: "812 places: Lagos, Kano, Ibadan, …"; a click, Enter or Space zooms to its members) and the rows of
// the cells holding one point. The selected feature is always among the rows. Fires "naloaded" after each view.
export function viewLayer(spec, onClick, selectedId) {
  const layer = L.featureGroup();
  const clusters = L.layerGroup().addTo(layer);
  const alone = L.layerGroup().addTo(layer);
  let points = null;
  let asked = null;
  let seq = 0;
  let timer = null;
  let focusNext = false;
  const refresh = async () => {
    const map = layer._map;
    if (!map) {
      return;
    }
    const url = `${spec.view}&${viewQuery(map)}${spec.hideLow ? '&hideLow=true' : ''}`
      + `${selectedId() ? `&selected=${encodeURIComponent(selectedId())}` : ''}`;
    if (url === asked) {
      return;
    }
    asked = url;
    const mine = ++seq;
    let answer;
    try {
      const response = await fetch(url);
      answer = response.ok ? await response.json() : null;
    } catch (e) {
      answer = null;
    }
    if (mine !== seq || layer._map !== map) {
      return; // a newer view was asked for, or the layer left the map
    }
    if (!answer) {
      asked = null; // ask again at the next move
      return;
    }
    draw(answer, map);
  };
  const draw = (answer, map) => {
    clusters.clearLayers();
    answer.clusters.forEach((cluster) => clusters.addLayer(serverCluster(spec, cluster, (keyed) => {
      focusNext = keyed;
      zoomTo(map, cluster);
    })));
    // the selected feature is drawn on its own, never inside a cluster: a view may change at any move
    const features = featuresOf(spec, answer.rows, null);
    const chosen = features.find((feature) => String(feature.id) === selectedId());
    alone.clearLayers();
    if (chosen) {
      const [lon, lat] = chosen.geometry.coordinates;
      alone.addLayer(marker(spec, chosen, L.latLng(lat, lon), onClick, spec.symbol === 'place' ? 26 : 18));
    }
    const fresh = overlayLayer({ ...spec, view: null },
      { type: 'FeatureCollection', features: features.filter((feature) => feature !== chosen) }, onClick);
    fresh.on('naloaded', () => {
      layer.naLoaded = true;
      layer.fire('naloaded');
      if (focusNext) {
        focusNext = false;
        // markercluster says "loaded" just before it puts the markers on the map
        setTimeout(() => {
          const first = map.getContainer().querySelector(
            `[data-cluster="${spec.id}"], .leaflet-marker-icon[data-feature^="${spec.id}/"]`);
          if (first) {
            first.focus({ preventScroll: true });
          }
        }, 0);
      }
    });
    if (points) {
      layer.removeLayer(points);
    }
    points = fresh;
    layer.addLayer(points);
    // what tests and tools read (testView().byView): the points in view, how many are in clusters, the rows
    layer.naView = {
      total: answer.total,
      clustered: answer.clusters.reduce((sum, cluster) => sum + cluster.count, 0),
      clusters: answer.clusters.length,
      rows: answer.rows.length,
    };
    if (!answer.rows.length) {
      fresh.fire('naloaded'); // nothing to cluster: markercluster says nothing
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  };
  layer.on('add', () => {
    layer._map.on('moveend', schedule);
    refresh();
  });
  layer.on('remove', () => {
    clearTimeout(timer);
    asked = null;
    layer._map.off('moveend', schedule); // Leaflet clears _map after this event
  });
  const lone = (id) => alone.getLayers().find((m) => m.naId === id);
  layer.naFind = (id) => lone(id) || (points && points.naFind(id));
  layer.zoomToShowLayer = (target, done) => {
    if (alone.hasLayer(target)) {
      layer._map.flyTo(target.getLatLng(), Math.max(layer._map.getZoom(), 5), { duration: 0.6 });
      done();
    } else if (points) {
      points.zoomToShowLayer(target, done);
    }
  };
  layer.naRefresh = refresh;
  return layer;
}

// The view's box with a margin, snapped outward to steps of about 256 px at its zoom (small moves ask the same,
// HTTP-cached, question), and the zoom: "bbox=w,s,e,n&zoom=z". The base map's names and layers sent by view use it.
export function viewQuery(map) {
  const zoom = Math.round(map.getZoom());
  const bounds = map.getBounds().pad(0.25);
  const step = 360 / Math.pow(2, zoom);
  const snap = (value, round) => Number((round(value / step) * step).toFixed(6));
  let west = Math.max(-540, snap(bounds.getWest(), Math.floor));
  let east = Math.min(540, snap(bounds.getEast(), Math.ceil));
  if (east - west > 720) {
    [west, east] = [-360, 360];
  }
  const south = Math.max(-90, snap(bounds.getSouth(), Math.floor));
  const north = Math.min(90, snap(bounds.getNorth(), Math.ceil));
  return `bbox=${west},${south},${east},${north}&zoom=${zoom}`;
}

// One of the server's clusters: a button like the browser's clusters, opened by click, Enter or Space.
function serverCluster(spec, cluster, open) {
  const [one, many] = NOUNS[spec.symbol] || ['feature', 'features'];
  const named = cluster.names.join(', ') + (cluster.count > cluster.names.length ? ', …' : '');
  const icon = new ClusterIcon({
    className: `na-marker na-marker-cluster na-marker-cluster-${spec.symbol}`,
    iconSize: [34, 34],
    naCount: cluster.count,
    naLabel: `${cluster.count} ${cluster.count === 1 ? one : many}: ${named}`,
    naShown: null,
    naLayer: spec.id,
    naOpen: () => open(true),
  });
  const m = L.marker([cluster.lat, cluster.lon], { icon, keyboard: false, pane: paneOf(spec) });
  m.on('click', () => open(false));
  return m;
}

// Zoom to a server cluster's members (two zooms closer when they share one point).
function zoomTo(map, cluster) {
  const [west, south, east, north] = cluster.bounds;
  if (west === east && south === north) {
    map.setView([south, west], Math.min(map.getMaxZoom(), map.getZoom() + 2));
  } else {
    map.fitBounds([[south, west], [north, east]], { padding: [40, 40] });
  }
}

// The legend's rows, built as DOM: labels are inserted as text.
// maxPassages: the most passages of a country on the map (its shading's darkest), 0 or absent: no scale.
// onHideLow(hidden): the switch for places of low confidence was changed (shown when some layer has places).
export function legendContent(specs, maxPassages, onHideLow) {
  const rows = [];
  specs.forEach((spec) => {
    const row = element('div', 'na-legend__row');
    const symbol = element('span', `na-legend__symbol na-symbol-${spec.symbol}`);
    symbol.style.setProperty('--na-colour', COLOURS[spec.symbol] || '#444');
    row.append(symbol, `${spec.label} `, element('span', 'na-legend__count', String(Number(spec.count))));
    rows.push(row);
    if (spec.symbol === 'country' && maxPassages > 0) {
      rows.push(shadingScale(maxPassages));
    }
  });
  const places = specs.filter((spec) => spec.lowBelow != null);
  if (places.length) {
    rows.push(lowConfidenceRows(places, onHideLow));
  }
  return rows;
}

// Places whose mentions are more likely wrong than right: their mark (dashed or hatched), how many, and a switch
// that leaves them off the map and the list.
function lowConfidenceRows(places, onHideLow) {
  const group = element('div', 'na-legend__low');
  const low = places.reduce((sum, spec) => sum + Number(spec.low || 0), 0);
  const row = element('div', 'na-legend__row');
  row.append(element('span', 'na-legend__symbol na-symbol-low'),
    `Low confidence (under ${Number(places[0].lowBelow).toFixed(1)}) `, element('span', 'na-legend__count', String(low)));
  const label = element('label', 'na-legend__switch');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = places.some((spec) => spec.hideLow);
  box.addEventListener('change', () => onHideLow && onHideLow(box.checked));
  label.append(box, ' Hide low-confidence places');
  group.append(row, label);
  return group;
}

// The countries' shading from 1 passage to the most, drawn with the opacities choropleth() gives them.
function shadingScale(maxPassages) {
  const scale = element('div', 'na-legend__shading');
  scale.setAttribute('role', 'img');
  scale.setAttribute('aria-label', `Country shading: lighter for fewer passages, darkest for ${maxPassages}`);
  const ramp = element('span', 'na-legend__ramp');
  ramp.style.setProperty('--na-light', shade(1, maxPassages));
  ramp.style.setProperty('--na-dark', shade(maxPassages, maxPassages));
  scale.append(element('span', 'na-legend__end', '1'), ramp,
    element('span', 'na-legend__end', maxPassages === 1 ? '1 passage' : `${maxPassages} passages`));
  return scale;
}

function shadingOpacity(passages, max) {
  return 0.06 + 0.32 * Math.sqrt(passages / max);
}

function shade(passages, max) {
  const alpha = shadingOpacity(passages, max);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(COLOURS.country.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha.toFixed(3)})`;
}

function element(tag, className, text) {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) {
    el.textContent = text;
  }
  return el;
}

// A tooltip's content: a new element holding the text (Leaflet inserts a string tooltip as HTML).
function tooltipText(text) {
  return () => element('span', 'na-tooltip__text', text);
}

function nameOf(feature) {
  return String(feature.properties.name ?? feature.id);
}

function countOf(feature) {
  return Number(feature.properties.passage_count ?? 0);
}

/** "1 passage", "3 passages". */
function passages(feature) {
  const n = countOf(feature);
  return `${n} ${n === 1 ? 'passage' : 'passages'}`;
}

function ariaLabel(spec, feature) {
  return `${nameOf(feature)}, ${passages(feature)}${feature.properties.low_confidence ? ', low confidence' : ''}`;
}

function marker(spec, feature, latlng, onClick, size) {
  const icon = L.divIcon({
    className: `na-marker na-marker-${spec.symbol}${feature.properties.low_confidence ? ' na-low-confidence' : ''}`,
    html: spec.symbol === 'place' ? `<span>${countOf(feature)}</span>` : '',
    iconSize: [size, size],
  });
  const m = L.marker(latlng, {
    icon, keyboard: true, riseOnHover: true, title: '', pane: paneOf(spec),
  });
  m.naId = String(feature.id);
  m.naName = nameOf(feature);
  m.naCount = countOf(feature);
  m.on('add', () => {
    const el = m.getElement();
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', ariaLabel(spec, feature));
    el.setAttribute('data-feature', `${spec.id}/${feature.id}`);
    el.style.setProperty('--na-colour', COLOURS[spec.symbol]);
    onPress(el, () => onClick(feature.id, el));
  });
  m.on('tooltipopen', ({ tooltip }) => {
    const el = tooltip.getElement();
    el.dataset.naRank = String(countOf(feature));
    el.dataset.label = `${spec.id}/${feature.id}`;
  });
  // a label hidden to avoid another shows while its marker is hovered or focused
  const force = (on) => {
    const tooltip = m.getTooltip();
    const el = tooltip && tooltip.getElement();
    if (el) {
      el.classList.toggle('na-label-forced', on);
    }
  };
  m.on('mouseover', () => force(true));
  m.on('mouseout', () => force(false));
  m.on('add', () => {
    const el = m.getElement();
    el.addEventListener('focus', () => force(true));
    el.addEventListener('blur', () => force(false));
  });
  // the label is made when the marker is first drawn: of tens of thousands of places most stay in clusters
  m.on('add', () => {
    if (!m.getTooltip()) {
      m.bindTooltip(tooltipText(nameOf(feature)), {
        direction: 'right',
        offset: [size / 2, 0],
        permanent: spec.symbol === 'exercise',
        opacity: 1, // Leaflet's 0.9 lets the map through: exercise names in amber fall under 4.5:1
        className: `na-tooltip na-tooltip-${spec.symbol}`,
      });
    }
  });
  m.on('click', () => onClick(feature.id, m.getElement()));
  return m;
}

// Enter and Space on a focused element act like a click (once per element: Leaflet makes a new one at each add).
// Handled at keydown, whose default is prevented: Leaflet's own Enter (a keypress made a click) never follows.
function onPress(el, action) {
  if (el.naPress) {
    return;
  }
  el.naPress = true;
  el.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      action(event);
    }
  });
}

const NOUNS = {
  exercise: ['exercise site', 'exercise sites'],
  capital: ['capital', 'capitals'],
  place: ['place', 'places'],
};

/** "3 places: Termez, Kunduz, Kabul, …": the members with most passages first, three of them named. */
export function clusterLabel(symbol, members) {
  const [one, many] = NOUNS[symbol] || ['feature', 'features'];
  const shown = topMembers(members, 3).map((m) => m.naName).join(', ') + (members.length > 3 ? ', …' : '');
  return `${members.length} ${members.length === 1 ? one : many}: ${shown}`;
}

const byRank = (a, b) => b.naCount - a.naCount || a.naName.localeCompare(b.naName);

/**
 * The k members with most passages (ties by name), in that order: one pass over the members, not a sort of
 * them all (a cluster at the first zooms of a large corpus holds tens of thousands).
 */
export function topMembers(members, k) {
  const top = [];
  for (const m of members) {
    if (top.length < k || byRank(m, top[top.length - 1]) < 0) {
      top.push(m);
      top.sort(byRank);
      if (top.length > k) {
        top.pop();
      }
    }
  }
  return top;
}

// A cluster's icon, built as DOM (names are text): the count, and for exercise sites a label like theirs.
const ClusterIcon = L.DivIcon.extend({
  createIcon(oldIcon) {
    const div = L.DivIcon.prototype.createIcon.call(this, oldIcon);
    const { naLabel, naCount, naShown, naLayer, naOpen } = this.options;
    div.replaceChildren(element('span', 'na-marker-cluster__count', String(naCount)));
    if (naShown) {
      const label = element('span', 'na-cluster-label', naShown);
      label.dataset.naRank = String(this.options.naRank);
      div.append(label);
    }
    div.setAttribute('role', 'button');
    div.setAttribute('tabindex', '0');
    div.setAttribute('aria-label', naLabel);
    div.setAttribute('data-cluster', naLayer);
    onPress(div, naOpen);
    return div;
  },
});

// Exercise sites have a pane of their own above the other markers (place-map.js makes it): a cluster of places
// never covers them.
function paneOf(spec) {
  return spec.symbol === 'exercise' ? 'exercises' : 'markerPane';
}

function pointLayer(spec, geojson, onClick, sizeOf, radius) {
  const group = L.markerClusterGroup({
    clusterPane: paneOf(spec),
    showCoverageOnHover: false,
    maxClusterRadius: radius,
    zoomToBoundsOnClick: false, // a click is decided below: zoom in or spread
    spiderfyOnMaxZoom: false,
    spiderfyDistanceMultiplier: spec.symbol === 'place' ? 1 : 1.6,
    // tens of thousands of places are clustered a fifth of a second at a time, the page answering in between
    // (the panel paints, the map pans); "naloaded" says when all are in
    chunkedLoading: true,
    chunkProgress: (done, total) => {
      if (done === total) {
        group.naLoaded = true;
        group.fire('naloaded');
      }
    },
    iconCreateFunction: (cluster) => {
      const members = cluster.getAllChildMarkers();
      const size = spec.symbol === 'place' ? 30 : 24;
      const first = spec.symbol === 'exercise' ? topMembers(members, 1)[0] : null;
      return new ClusterIcon({
        className: `na-marker na-marker-cluster na-marker-cluster-${spec.symbol}`,
        iconSize: [size, size],
        naCount: members.length,
        naLabel: clusterLabel(spec.symbol, members),
        naShown: first ? `${first.naName} + ${members.length - 1} more` : null,
        naRank: members.reduce((sum, m) => sum + m.naCount, 0),
        naLayer: spec.id,
        naOpen: () => openCluster(group, cluster, radius, true),
      });
    },
  });
  geojson.features.filter((f) => f.geometry).forEach((feature) => {
    const [lon, lat] = feature.geometry.coordinates;
    group.addLayer(marker(spec, feature, L.latLng(lat, lon), onClick, sizeOf(feature)));
  });
  group.naFind = (id) => group.getLayers().find((l) => l.naId === id);
  group.on('clusterclick', (event) => openCluster(group, event.layer, radius, false));
  group.on('spiderfied', ({ cluster, markers }) => {
    const el = cluster.getElement();
    if (el) {
      el.setAttribute('aria-expanded', 'true');
    }
    markers.forEach((m) => {
      const mel = m.getElement();
      if (mel) {
        mel.addEventListener('keydown', (event) => {
          if (event.key === 'Escape') {
            group.naFold = cluster;
            cluster.unspiderfy();
          }
        });
      }
    });
    if (group.naKeyed === cluster) {
      group.naKeyed = null;
      setTimeout(() => markers[0] && markers[0].getElement() && markers[0].getElement().focus(), 0);
    }
  });
  group.on('unspiderfied', ({ cluster }) => {
    const el = cluster.getElement();
    if (el) {
      el.setAttribute('aria-expanded', 'false');
      if (group.naFold === cluster) {
        el.focus();
      }
    }
    group.naFold = null;
  });
  return group;
}

// Spread the members when no zoom would part them (all within the cluster radius at the map's last zoom), else
// zoom to them. From the keyboard the focus follows: to the first spread member, or to the new marker or cluster
// that holds the first member after the zoom.
function openCluster(group, cluster, radius, keyed) {
  const map = group._map;
  const members = cluster.getAllChildMarkers();
  const maxZoom = map.getMaxZoom();
  const origin = map.project(members[0].getLatLng(), maxZoom);
  const apart = members.some((m) => map.project(m.getLatLng(), maxZoom).distanceTo(origin) > radius);
  if (!apart || map.getZoom() >= maxZoom) {
    group.naKeyed = keyed ? cluster : null;
    cluster.spiderfy();
    return;
  }
  if (keyed) {
    group.once('animationend', () => {
      const parent = group.getVisibleParent(members[0]);
      const el = parent && parent.getElement();
      if (el) {
        el.focus({ preventScroll: true });
      }
    });
  }
  cluster.zoomToBounds({ padding: [40, 40] });
}

function markers(spec, geojson, onClick) {
  const size = spec.symbol === 'exercise' ? 18 : 16;
  // only symbols at (nearly) the same point are gathered: neighbouring capitals stay apart at the first zoom
  return pointLayer(spec, geojson, onClick, () => size, 6);
}

function clustered(spec, geojson, onClick) {
  const max = Math.max(1, ...geojson.features.map((f) => countOf(f)));
  return pointLayer(spec, geojson, onClick, (feature) => Math.round(16 + 16 * Math.sqrt(countOf(feature) / max)), 40);
}

// SVG paths are not buttons: give borders and countries a role, a label and Enter/Space like a marker's.
function operable(spec, feature, path, onClick) {
  const el = path.getElement && path.getElement();
  if (!el) {
    return;
  }
  el.setAttribute('data-feature', `${spec.id}/${feature.id}`);
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', ariaLabel(spec, feature));
  onPress(el, () => onClick(feature.id));
}

function lines(spec, geojson, onClick) {
  const style = { color: COLOURS.border, weight: 5, opacity: 0.85, lineCap: 'round' };
  const layer = L.geoJSON(geojson, {
    style: () => ({ ...style, className: 'na-border' }),
    onEachFeature: (feature, path) => {
      path.naId = String(feature.id);
      path.bindTooltip(tooltipText(`${nameOf(feature)} · ${passages(feature)}`), { sticky: true });
      path.on('mouseover', () => path.setStyle({ weight: 8, opacity: 1 }));
      path.on('mouseout', () => path.setStyle(style));
      path.on('click', () => onClick(feature.id));
      path.on('add', () => operable(spec, feature, path, onClick));
    },
  });
  layer.naFind = (id) => layer.getLayers().find((l) => l.naId === id);
  return layer;
}

function choropleth(spec, geojson, onClick) {
  const max = Math.max(1, ...geojson.features.map((f) => countOf(f)));
  const layer = L.geoJSON(geojson, {
    pane: 'countries',
    style: (feature) => ({
      stroke: true,
      color: COLOURS.country,
      weight: 0.6,
      opacity: 0.5,
      fillColor: COLOURS.country,
      fillOpacity: shadingOpacity(countOf(feature), max),
      // low confidence: a dashed outline
      ...(feature.properties.low_confidence ? { dashArray: '4 3', weight: 1.4, opacity: 0.9 } : {}),
      className: feature.properties.low_confidence ? 'na-country na-low-confidence' : 'na-country',
    }),
    onEachFeature: (feature, path) => {
      path.naId = String(feature.id);
      path.bindTooltip(tooltipText(`${nameOf(feature)} · ${passages(feature)}`
        + `${feature.properties.low_confidence ? ' · low confidence' : ''}`), { sticky: true });
      path.on('click', () => onClick(feature.id));
      path.on('add', () => operable(spec, feature, path, onClick));
    },
  });
  layer.naFind = (id) => layer.getLayers().find((l) => l.naId === id);
  layer.naMaxPassages = geojson.features.length ? max : 0;
  return layer;
}

/**
 * Exercise labels without collision: the labels of the sites with most passages are placed first, and a label that
 * would overlap one already placed is hidden (class na-label-hidden) until its marker is hovered or focused.
 */
export function declutterLabels(container) {
  const labels = [...container.querySelectorAll('.leaflet-tooltip.na-tooltip-exercise, .na-cluster-label')]
    .map((el) => ({ el, rank: Number(el.dataset.naRank || 0), box: el.getBoundingClientRect() }))
    .sort((a, b) => b.rank - a.rank);
  const placed = [];
  labels.forEach(({ el, box }) => {
    const clash = placed.some((p) => box.left < p.right && p.left < box.right && box.top < p.bottom
      && p.top < box.bottom);
    el.classList.toggle('na-label-hidden', clash);
    if (!clash) {
      placed.push(box);
    }
  });
}

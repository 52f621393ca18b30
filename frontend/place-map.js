// <na-place-map>: the project's thin binding of npm Leaflet to a Vaadin component (see ui/map/PlaceMap.java).
// Light DOM (no shadow root) so Leaflet's global CSS applies. The server sets properties holding JSON values
// (parsed once by Vaadin, never re-read from attributes):
//   basemap   [{id, url, overview, detailZoom, kind: "land"|"outline"|"river"|"lake", label}]: GeoJSON of
//             each layer, simplified ("overview") below zoom detailZoom, the detailed static file ("url") from it on
//   bounds    [[south, west], [north, east]] (lat/lng) of the initial view
//   view      {lat, lng, zoom, seq}: move there (a link's or history's view; seq makes each value new); lat null:
//             none, the map fits "bounds" or, for a link with a feature, the selected feature
//   overlays  [{id, label, symbol, shapes, data, view, count, visible}] data layers for the chosen months: "data" is
//             the URL of the window's features, every layer's rows under its id ({"places": [[id, name,
//             passages, lat?, lon?]], ...}: one document per month, shared by the overlays, cached by the
//             browser); rows given inline as "features" are drawn as they are; lines and polygons take their geometry from the
//             "shapes" URL (GeoJSON by feature id), fetched once per page and reused at every month switch;
//             visible: false for an overlay the user switched off (the server keeps that across month changes);
//             "view": the URL where a point layer too big to send whole is asked for by view (see viewLayer)
//   selected  {collection, id, fly} of the selected feature (fly: move the map to it); id null: none
//   tiles     {url, attribution} of an optional XYZ tile layer drawn over the offline base map; url null: none
// Every string from the server is inserted as text (textContent), never as HTML.
// Events to the server carry ids only: "feature-click" {collection, id}, "overlay-toggle" {id, visible},
// "low-confidence-toggle" {hidden} (the legend's switch for places more likely wrong than right), and
// "view-change" {lat, lng, zoom} after every move once the map is first fitted (the URL keeps it).
// Removed from the page (and not put back within the same task), the element releases its Leaflet map,
// ResizeObserver and listeners; added again, it draws a new map from the same properties.
// Public methods for tests and tools: testView() (a read-only snapshot of what is drawn), pointOf(lat, lng)
// and setView(lat, lng, zoom).
// performance.mark()s "na-map:connected", "na-map:basemap-overview|detail", "na-map:overlays-drawn" time the page.
// data-ready="true" once the base map is drawn and fitted; data-overlays-ready="<generation>" once the
// overlays of the latest "overlays" value are drawn (set at the frame after, with the page's other changes), and
// data-overlays-data="<url>" then names the features document they were drawn from (its window is in the URL).
import L from 'leaflet';
import 'leaflet.markercluster';
import {
  overlayLayer, legendContent, declutterLabels, featuresOf, viewQuery,
} from './place-map-overlays.js';

// Shapes by URL, shared by every map on the page: a month switch restyles what was fetched once.
// Where to look at a shape: its bounds, or, when its parts lie far apart (over 90 degrees of longitude: the United
// States with Alaska, Hawaii and the Aleutians across the antimeridian, France with its overseas departments), the
// bounds of its largest part, so the map does not zoom out to the whole world.
function mainBounds(layer) {
  const all = layer.getBounds();
  if (!layer.getLatLngs || all.getEast() - all.getWest() <= 90) {
    return all;
  }
  const parts = [];
  const walk = (latlngs) => {
    if (latlngs.length && latlngs[0] instanceof L.LatLng) {
      parts.push(L.latLngBounds(latlngs));
    } else {
      latlngs.forEach(walk);
    }
  };
  walk(layer.getLatLngs());
  const area = (b) => (b.getEast() - b.getWest()) * (b.getNorth() - b.getSouth());
  return parts.reduce((largest, b) => (area(b) > area(largest) ? b : largest), parts[0] || all);
}

// markers of different layers whose centres are this close (pixels) share a spot: a click asks which
const STACKED_PX = 10;
// a phone's width (the theme's breakpoint): controls fold so the map stays visible
const NARROW = window.matchMedia('(max-width: 700px)');
const SHAPES = new Map();

// The windows' feature documents by URL, the latest few (back and forth between months parses nothing again).
const WINDOWS = new Map();
const WINDOWS_KEPT = 6;

// The map page preloads its base map and shapes (<link rel=preload as=fetch>, see MapPreloads.java). Read and
// parse them as soon as this module runs, while Vaadin still starts up, instead of once the map element exists.
const EARLY = new Map();
document.querySelectorAll('link[rel=preload][as=fetch]').forEach((link) => {
  EARLY.set(link.getAttribute('href'), fetch(link.href)
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null));
});

const STYLES = {
  land: { stroke: false, fillColor: '#f4f1ea', fillOpacity: 1, interactive: false },
  outline: { color: '#9a9a9a', weight: 0.8, fill: false, interactive: false },
  river: { color: '#8fb8de', weight: 1, interactive: false },
  lake: { color: '#8fb8de', weight: 0.5, fillColor: '#c7dcef', fillOpacity: 1, interactive: false },
};

const PROPERTIES = ['basemap', 'bounds', 'overlays', 'selected', 'tiles', 'view'];

// The layer control with labels built as text: Leaflet's own inserts a layer's name as HTML.
const TextLayers = L.Control.Layers.extend({
  _addItem(obj) {
    const label = L.Control.Layers.prototype._addItem.call(this, { ...obj, name: '' });
    const name = label.querySelector('span > span');
    name.textContent = ' ';
    const text = document.createElement('span');
    text.className = `na-layer-label na-layer-${obj.name.symbol}`;
    text.textContent = obj.name.text;
    name.appendChild(text);
    return label;
  },
});

class PlaceMap extends HTMLElement {
  constructor() {
    super();
    this._state = {};
    this._generation = 0; // of the overlays value being drawn: counts on across re-attaching
    // Vaadin may set properties before this class is defined: take them over so the setters see them
    PROPERTIES.forEach((name) => {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    });
  }

  connectedCallback() {
    clearTimeout(this._releaseTimer);
    if (this._map) {
      return; // moved back onto the page before it was released: the size observer redraws it
    }
    performance.mark('na-map:connected');
    this._container = document.createElement('div');
    this._container.className = 'na-place-map__leaflet';
    this.appendChild(this._container);
    this._map = L.map(this._container, { minZoom: 2, maxZoom: 12, worldCopyJump: true });
    this._map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    this._map.attributionControl.addAttribution('Made with Natural Earth · Place names © GeoNames (CC BY 4.0)');
    L.control.scale({ imperial: false }).addTo(this._map);
    // base map below the data layers: land would otherwise cover the country shading
    this._map.createPane('basemap').style.zIndex = 250;
    // the base map is static and not interactive: one canvas draws it faster than thousands of SVG path nodes
    this._baseRenderer = L.canvas({ pane: 'basemap' });
    this._map.createPane('countries').style.zIndex = 390;
    // exercise sites above the other markers, and first of them in the Tab order
    const exercises = this._map.createPane('exercises');
    exercises.style.zIndex = 610;
    exercises.parentNode.insertBefore(exercises, this._map.getPane('markerPane'));
    this._map.setView([40, 85], 3);
    this._baseLayers = [];
    this._overlays = new Map();
    this._sized = false;
    // a deep link to a feature without a view of its own: fit the map to it once the overlays are drawn
    this._pendingMove = Boolean(this._selection()) && !this._view();
    // on a phone the layer switcher folds to its button (a tap or Enter opens it) instead of covering the map
    this._layerControl = new TextLayers(null, null, { collapsed: NARROW.matches, position: 'topright' })
      .addTo(this._map);
    this._legend = this._legendControl().addTo(this._map);
    this._map.on('overlayadd overlayremove', this._onToggle, this);
    this._map.on('zoomend', this._showBaseMap, this);
    this._map.on('moveend layeradd layerremove', this._declutter, this);
    // the base map's names (countries, cities, towns by zoom), fetched for each view, under the markers
    this._map.createPane('labels').style.zIndex = 395;
    this._map.getPane('labels').style.pointerEvents = 'none';
    this._labelLayer = L.layerGroup().addTo(this._map);
    this._labelKey = null;
    this._labelSeq = 0;
    this._map.on('moveend', this._scheduleLabels, this);
    // The router, ending its first navigation, sets the address it was given over the one the server wrote with
    // the map's view meanwhile: report the view again so the address holds it.
    this._onRouterLocation = () => {
      if (this._reported && !new URLSearchParams(window.location.search).has('at')) {
        this.dispatchEvent(new CustomEvent('view-change', { detail: this._reported }));
      }
    };
    window.addEventListener('vaadin-router-location-changed', this._onRouterLocation);
    this._whenSized(() => this._fit());
    this._loadBaseMap();
    this._loadTiles();
    this._loadOverlays();
  }

  disconnectedCallback() {
    // Flow moves a view's elements out and back in within one task (the router's second navigation after an
    // eager first load does): keep the map through that, release it only if it is still off the page after
    clearTimeout(this._releaseTimer);
    this._releaseTimer = setTimeout(() => {
      if (!this.isConnected) {
        this._release();
      }
    }, 0);
  }

  _release() {
    if (!this._map) {
      return;
    }
    this._resizeObserver.disconnect();
    // our listeners first: removing the layers below must not report overlay-toggle to the server
    this._map.off('overlayadd overlayremove', this._onToggle, this);
    this._map.off('zoomend', this._showBaseMap, this);
    this._map.off('moveend', this._onMoveEnd, this);
    this._map.off('moveend layeradd layerremove', this._declutter, this);
    this._map.off('moveend', this._scheduleLabels, this);
    clearTimeout(this._labelTimer);
    window.removeEventListener('vaadin-router-location-changed', this._onRouterLocation);
    this._layerControl.remove();
    this._map.remove();
    this._container.remove();
    this._map = null;
    this._generation += 1; // drop what is still loading
    this._overlays.clear();
    this._baseLayers = [];
    this._baseSets = null;
    this._selectedPath = null;
    this._reporting = false;
    this._reported = null;
    this.removeAttribute('data-ready');
    this.removeAttribute('data-overlays-ready');
  }

  get basemap() { return this._state.basemap; }

  set basemap(value) {
    if (this._same('basemap', value)) {
      return;
    }
    this._state.basemap = value;
    // the lowest zoom that draws the detailed files, worked out once per value (not at every zoom)
    this._detailZoom = Math.min(...(value || []).map((spec) => (spec.overview ? spec.detailZoom : 0)));
    if (this._map) {
      this._loadBaseMap();
    }
  }

  get bounds() { return this._state.bounds; }

  set bounds(value) {
    if (this._same('bounds', value)) {
      return;
    }
    this._state.bounds = value;
    if (this._map) {
      this._fit();
    }
  }

  get overlays() { return this._state.overlays; }

  set overlays(value) {
    if (this._same('overlays', value)) {
      return;
    }
    this._state.overlays = value;
    if (this._map) {
      this._loadOverlays();
    }
  }

  get selected() { return this._state.selected; }

  set selected(value) {
    if (this._same('selected', value)) {
      return;
    }
    this._state.selected = value;
    if (this._map) {
      const selection = this._selection();
      this._showSelection(Boolean(selection && selection.fly));
    }
  }

  get view() { return this._state.view; }

  set view(value) {
    if (this._same('view', value)) {
      return;
    }
    this._state.view = value;
    const view = this._view();
    if (this._map && this._sized && view) {
      this._pendingMove = false;
      this._map.setView([view.lat, view.lng], view.zoom, { animate: false });
    }
  }

  get tiles() { return this._state.tiles; }

  set tiles(value) {
    if (this._same('tiles', value)) {
      return;
    }
    this._state.tiles = value;
    if (this._map) {
      this._loadTiles();
    }
  }

  /**
   * A read-only snapshot of what the map shows, for tests and tools: the view (west, south, east, north,
   * center [lat, lng], zoom), the base-map resolution drawn ("overview" | "detail" | null) with its number of
   * points and, per kind, the lines and rings with a point in view, the ids of the overlays on the map, and for
   * layers sent by view what the last answer for the view held.
   * Null while the element is not on the page.
   */
  testView() {
    if (!this._map) {
      return null;
    }
    const view = this._map.getBounds();
    const center = this._map.getCenter();
    // a path's lat/lngs nest one level per multi-part or ring: flatten to lists of points
    const pieces = (lls) => (lls.length && lls[0].lat === undefined ? lls.flatMap(pieces) : [lls]);
    const baseInView = {};
    let basePoints = 0;
    this._baseLayers.forEach((layer) => layer.eachLayer((path) => {
      const lines = pieces(path.getLatLngs());
      basePoints += lines.reduce((n, line) => n + line.length, 0);
      baseInView[layer.naKind] = (baseInView[layer.naKind] || 0)
        + lines.filter((line) => line.some((p) => view.contains(p))).length;
    }));
    return {
      west: view.getWest(),
      south: view.getSouth(),
      east: view.getEast(),
      north: view.getNorth(),
      center: [center.lat, center.lng],
      zoom: this._map.getZoom(),
      baseResolution: this._baseShown || null,
      basePoints,
      baseInView,
      overlaysShown: [...this._overlays].filter(([, entry]) => this._map.hasLayer(entry.layer)).map(([id]) => id),
      // layers sent by view: what the last answer held ({total, clustered, clusters, rows})
      byView: Object.fromEntries([...this._overlays].filter(([, entry]) => entry.layer.naView)
        .map(([id, entry]) => [id, entry.layer.naView])),
    };
  }

  /** Where [lat, lng] is drawn, in CSS pixels from the top left of the map's container; null when not on the page. */
  pointOf(lat, lng) {
    if (!this._map) {
      return null;
    }
    const point = this._map.latLngToContainerPoint([lat, lng]);
    return { x: point.x, y: point.y };
  }

  /** Moves the map to [lat, lng] at this zoom, without animation (as a person zooming there would). */
  setView(lat, lng, zoom) {
    if (this._map) {
      this._map.setView([lat, lng], zoom, { animate: false });
    }
  }

  _loadTiles() {
    const { tiles } = this._state;
    if (this._tileLayer) {
      this._tileLayer.remove();
      this._tileLayer = null;
    }
    if (tiles && tiles.url) {
      if (!this._map.getPane('tiles')) {
        this._map.createPane('tiles').style.zIndex = 260;
      }
      this._tileLayer = L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 12, pane: 'tiles' })
        .addTo(this._map);
    }
  }

  // fitBounds before the element has a size zooms to the whole world: wait for layout.
  _whenSized(callback) {
    this._resizeObserver = new ResizeObserver(() => {
      if (this._container.clientWidth > 0 && this._container.clientHeight > 0) {
        this._map.invalidateSize();
        if (!this._sized) {
          this._sized = true;
          callback();
        }
      }
    });
    this._resizeObserver.observe(this._container);
  }

  _fit() {
    const { bounds } = this._state;
    const view = this._view();
    if (view && this._sized) {
      this._map.setView([view.lat, view.lng], view.zoom, { animate: false });
    } else if (bounds && this._sized) {
      this._map.fitBounds(bounds, { animate: false });
    }
    if (this._sized && !this._reporting) {
      this._reporting = true; // from the first fit on, every move is reported (the URL keeps the view)
      this._map.on('moveend', this._onMoveEnd, this);
      this._onMoveEnd();
    }
    if (this._sized && this._pendingMove) {
      this._showSelection(false); // a link's feature drawn before the map had its size
    }
    this._markReadyWhenDone();
  }

  // The base map's names for the view, a moment after the map stops moving (one request per pause, not per
  // frame). The box asked for is the view and a margin, snapped outward to steps of about 256 px so that small
  // moves ask the same (HTTP-cached) question; an answer that comes after a newer question is dropped.
  _scheduleLabels() {
    clearTimeout(this._labelTimer);
    this._labelTimer = setTimeout(() => this._loadLabels(), 150);
  }

  async _loadLabels() {
    const url = this.getAttribute('labels-url');
    const map = this._map;
    if (!url || !map || !this._sized) {
      return;
    }
    const query = viewQuery(map);
    if (query === this._labelKey) {
      return;
    }
    this._labelKey = query;
    const seq = ++this._labelSeq;
    let labels;
    try {
      const response = await fetch(`${url}?${query}`);
      labels = response.ok ? await response.json() : null;
    } catch (e) {
      labels = null; // no names this time: the map works without them
    }
    if (!labels || seq !== this._labelSeq || this._map !== map) {
      if (!labels && seq === this._labelSeq) {
        this._labelKey = null; // ask again at the next move
      }
      return;
    }
    this._labelLayer.clearLayers();
    labels.forEach((label) => {
      const text = document.createElement('span');
      text.className = `na-base-label na-base-label--${label.kind}`;
      text.textContent = label.name;
      const marker = L.marker([label.lat, label.lon], {
        icon: L.divIcon({ className: 'na-base-label-icon', html: text, iconSize: null }),
        pane: 'labels', interactive: false, keyboard: false,
      }).addTo(this._labelLayer);
      marker.getElement().setAttribute('aria-hidden', 'true'); // the base map's lettering, not content
    });
    this.setAttribute('data-labels', String(labels.length));
    performance.mark('na-map:labels');
  }

  // Labels are placed once per frame, after Leaflet has moved them (many layers are added at once).
  _declutter() {
    if (this._declutterFrame) {
      return;
    }
    this._declutterFrame = requestAnimationFrame(() => {
      this._declutterFrame = null;
      if (this._map) {
        declutterLabels(this._container);
      }
    });
  }

  _onMoveEnd() {
    const center = this._map.getCenter();
    const round = (degrees) => Math.round(degrees * 10000) / 10000;
    const detail = { lat: round(center.lat), lng: round(center.wrap().lng), zoom: Math.round(this._map.getZoom()) };
    const last = this._reported;
    if (last && last.lat === detail.lat && last.lng === detail.lng && last.zoom === detail.zoom) {
      return;
    }
    this._reported = detail;
    this.dispatchEvent(new CustomEvent('view-change', { detail }));
  }

  // The view a link or history asked for, or null: none.
  _view() {
    const { view } = this._state;
    return view && view.lat != null ? view : null;
  }

  // The base map in two resolutions: the overview files below each layer's detailZoom, the detailed files from
  // there on. A swap loads the whole other set first, then replaces the drawn set in order (land stays below).
  async _loadBaseMap() {
    this._baseSets = new Map();
    this._baseShown = null;
    this._baseLayers.forEach((layer) => layer.remove());
    this._baseLayers = [];
    this._pending = true;
    this.removeAttribute('data-ready');
    if (!this._state.basemap) {
      return; // the server has not sent the base map yet: its setter loads it, and only then is the map ready
    }
    const map = this._map;
    const sets = this._baseSets;
    do {
      await this._showBaseMap(); // a zoom across detailZoom while loading leaves it undrawn: load the other set
      if (this._map !== map || this._baseSets !== sets) {
        return; // removed from the page, or given another base map, meanwhile: that load marks the map ready
      }
    } while (this._baseShown !== this._baseResolution());
    this._pending = false;
    this._markReadyWhenDone();
  }

  _baseResolution() {
    return this._map.getZoom() >= this._detailZoom ? 'detail' : 'overview';
  }

  async _showBaseMap() {
    const resolution = this._baseResolution();
    if (this._baseShown === resolution) {
      return;
    }
    const map = this._map;
    const sets = this._baseSets;
    if (!sets.has(resolution)) {
      const specs = this._state.basemap || [];
      sets.set(resolution, Promise.all(specs.map((spec) =>
        this._fetchBaseLayer(spec, resolution === 'overview' && spec.overview ? spec.overview : spec.url))));
    }
    const loaded = (await sets.get(resolution)).filter(Boolean);
    if (this._map !== map || this._baseSets !== sets) {
      return; // removed from the page, or given another base map, while loading
    }
    if (this._baseResolution() !== resolution || this._baseShown === resolution) {
      return; // zoomed across again while loading, or drawn by an earlier call
    }
    this._baseLayers.forEach((layer) => layer.remove());
    loaded.forEach((layer) => layer.addTo(this._map));
    this._baseLayers = loaded;
    this._baseShown = resolution;
    performance.mark(`na-map:basemap-${resolution}`);
  }

  async _fetchBaseLayer(spec, url) {
    const geojson = await this._fetchJson(url, spec.label || spec.id);
    const layer = geojson && L.geoJSON(geojson, {
      pane: 'basemap',
      renderer: this._baseRenderer,
      style: () => STYLES[spec.kind],
    });
    if (layer) {
      layer.naKind = spec.kind; // what the page tests read: a canvas has no elements to count
    }
    return layer;
  }

  async _loadOverlays() {
    const specs = this._state.overlays || [];
    const generation = ++this._generation;
    const loaded = await Promise.all(specs.map(async (spec) => [spec, await this._overlayGeoJson(spec)]));
    if (generation !== this._generation) {
      return; // a newer month was picked while these were loading
    }
    this._overlays.forEach((entry) => {
      this._layerControl.removeLayer(entry.layer);
      entry.layer.remove();
    });
    this._overlays.clear();
    for (const [spec, geojson] of loaded) {
      if (!geojson) {
        continue;
      }
      const layer = overlayLayer(spec, geojson, (id, el) => this._pointClick(spec.id, id, el), () => {
        const selected = this._selection();
        return selected && selected.collection === spec.id ? String(selected.id) : null;
      });
      this._overlays.set(spec.id, { spec, layer });
      // a large layer is clustered in steps after it is added: its selected feature may only be found then
      layer.on('naloaded', () => {
        if (generation === this._generation) {
          this._showSelection(false);
        }
      });
      this._suppressToggle = true;
      if (spec.visible !== false) {
        layer.addTo(this._map);
      }
      const shown = Number(spec.count) - (spec.hideLow ? Number(spec.low || 0) : 0);
      this._layerControl.addOverlay(layer, { text: `${spec.label} (${shown})`, symbol: spec.symbol });
      this._suppressToggle = false;
    }
    const countries = [...this._overlays.values()].find((entry) => entry.spec.symbol === 'country');
    this._legend.update(specs, countries ? countries.layer.naMaxPassages : 0);
    this._showSelection(false);
    performance.mark('na-map:overlays-drawn');
    // at the next frame: the rest of the server's response (URL, panel) has been applied by then
    requestAnimationFrame(() => {
      if (generation === this._generation) {
        this.setAttribute('data-overlays-data', (specs.find((spec) => spec.data) || {}).data || '');
        this.setAttribute('data-overlays-ready', String(generation));
      }
    });
  }

  // The overlay as GeoJSON: points from their coordinates, lines and polygons from the cached shapes.
  async _overlayGeoJson(spec) {
    const shapes = spec.shapes ? await this._shapes(spec) : null;
    if (spec.shapes && !shapes) {
      return null;
    }
    if (spec.view) {
      return { type: 'FeatureCollection', features: [] }; // asked for by view, once on the map: see viewLayer
    }
    const rows = spec.features || (spec.data ? await this._windowRows(spec) : []);
    if (!rows) {
      return null;
    }
    return { type: 'FeatureCollection', features: featuresOf(spec, rows, shapes) };
  }

  // The overlay's rows in its window's document (null when it could not be fetched: said by _fetchJson).
  async _windowRows(spec) {
    let document = WINDOWS.get(spec.data);
    if (!document) {
      document = this._fetchJson(spec.data, spec.label);
      WINDOWS.set(spec.data, document);
      if (WINDOWS.size > WINDOWS_KEPT) {
        WINDOWS.delete(WINDOWS.keys().next().value);
      }
    }
    const rows = await document;
    if (!rows) {
      WINDOWS.delete(spec.data); // try again at the next month switch
      return null;
    }
    return rows[spec.id] || [];
  }

  _shapes(spec) {
    if (!SHAPES.has(spec.shapes)) {
      SHAPES.set(spec.shapes, this._fetchJson(spec.shapes, spec.label).then((geojson) => {
        if (!geojson) {
          SHAPES.delete(spec.shapes); // try again at the next month switch
          return null;
        }
        return new Map(geojson.features.map((f) => [String(f.id), f.geometry]));
      }));
    }
    return SHAPES.get(spec.shapes);
  }

  _onToggle(event) {
    if (this._suppressToggle) {
      return;
    }
    for (const [id, entry] of this._overlays) {
      if (entry.layer === event.layer) {
        this.dispatchEvent(new CustomEvent('overlay-toggle', { detail: { id, visible: event.type === 'overlayadd' } }));
      }
    }
  }

  // A marker of one layer on (or within a few pixels of) markers of other layers (an exercise site in a town
  // the places layer also shows): the click or key asks which, in a small list at that point, its first entry
  // focused; Escape closes it and returns to the marker. Alone, the marker opens at once. (Markers of one layer
  // at one point are a cluster and spread apart: see place-map-overlays.js.)
  _pointClick(collection, id, el) {
    const own = `${collection}/${id}`;
    if (!el || !el.getBoundingClientRect) {
      this._emitClick(collection, id);
      return;
    }
    const centre = (box) => [box.left + box.width / 2, box.top + box.height / 2];
    const [x, y] = centre(el.getBoundingClientRect());
    const here = [...this.querySelectorAll('.leaflet-marker-icon[data-feature]')].filter((other) => {
      const feature = other.getAttribute('data-feature');
      if (other === el || feature === own || feature.split('/')[0] === collection) {
        return false;
      }
      const box = other.getBoundingClientRect();
      const [ox, oy] = centre(box);
      return box.width > 0 && Math.hypot(ox - x, oy - y) <= STACKED_PX;
    });
    if (here.length === 0) {
      this._emitClick(collection, id);
      return;
    }
    this._chooseAmong([el, ...here], el);
  }

  _chooseAmong(elements, from) {
    const list = document.createElement('div');
    list.className = 'na-stack-chooser';
    list.setAttribute('role', 'group');
    list.setAttribute('aria-label', `${elements.length} features here`);
    const title = document.createElement('div');
    title.className = 'na-stack-chooser__title';
    title.textContent = `${elements.length} features here:`;
    list.append(title);
    elements.forEach((element) => {
      const [collection, ...rest] = element.getAttribute('data-feature').split('/');
      const id = rest.join('/');
      const entry = this._overlays.get(collection);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'na-stack-chooser__item';
      button.setAttribute('data-feature', `${collection}/${id}`);
      button.textContent = `${element.getAttribute('aria-label') || id} · ${entry ? entry.spec.label : collection}`;
      button.addEventListener('click', () => {
        this._map.closePopup(popup);
        this._emitClick(collection, id);
      });
      list.append(button);
    });
    const popup = L.popup({ closeButton: true, autoPan: true, className: 'na-stack-popup', maxWidth: 280 })
      .setLatLng(this._map.containerPointToLatLng(this._map.mouseEventToContainerPoint({
        clientX: from.getBoundingClientRect().left + from.getBoundingClientRect().width / 2,
        clientY: from.getBoundingClientRect().top + from.getBoundingClientRect().height / 2,
      })))
      .setContent(list);
    popup.on('remove', () => {
      if (from.isConnected && list.contains(document.activeElement)) {
        from.focus(); // Escape or the close button: back to the marker
      }
    });
    list.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this._map.closePopup(popup);
      }
    });
    L.DomEvent.disableClickPropagation(list);
    popup.openOn(this._map);
    list.querySelector('button').focus();
  }

  _emitClick(collection, id) {
    this.dispatchEvent(new CustomEvent('feature-click', { detail: { collection, id: String(id) } }));
  }

  // Highlights the selected feature and, when asked, moves the map to it.
  _showSelection(move) {
    this.querySelectorAll('.na-selected').forEach((el) => el.classList.remove('na-selected'));
    if (this._selectedPath) {
      this._selectedPath.owner.resetStyle(this._selectedPath.path);
      this._selectedPath = null;
    }
    const selected = this._selection();
    const entry = selected && this._overlays.get(selected.collection);
    const target = entry && entry.layer.naFind && entry.layer.naFind(selected.id);
    if (!target && entry && entry.layer.naRefresh) {
      entry.layer.naRefresh(); // a layer sent by view: asks for the selected feature too (then "naloaded")
    }
    if (!target || (this._pendingMove && !this._sized)) {
      // the overlays may still be loading, or the map not laid out (a deep link): move once they are drawn
      this._pendingMove = this._pendingMove || (move && Boolean(selected));
      return;
    }
    const link = this._pendingMove; // a link's feature: the map fits it at once, without a flight
    move = move || link;
    this._pendingMove = false;
    if (target.getLatLng) {
      if (move && link) {
        this._map.setView(target.getLatLng(), Math.max(this._map.getZoom(), 6), { animate: false });
      }
      if (move) {
        const zoom = Math.max(this._map.getZoom(), 5);
        if (entry.layer.zoomToShowLayer) {
          entry.layer.zoomToShowLayer(target, () => this._mark(target));
        } else {
          this._map.flyTo(target.getLatLng(), zoom, { duration: 0.6 });
        }
      }
      this._mark(target);
    } else if (target.getBounds) {
      if (move && link) {
        this._map.fitBounds(mainBounds(target), { maxZoom: 6, animate: false });
      } else if (move) {
        this._map.flyToBounds(mainBounds(target), { maxZoom: 6, duration: 0.6 });
      }
      target.setStyle({ weight: (target.options.weight || 3) + 3, opacity: 1 });
      target.bringToFront();
      this._selectedPath = { owner: entry.layer, path: target };
      this._mark(target);
    }
  }

  // Whether a property gets the value it holds (Vaadin may set it again): nothing to draw again.
  _same(name, value) {
    return name in this._state && JSON.stringify(this._state[name]) === JSON.stringify(value);
  }

  // The selected feature {collection, id, fly}, or null for none.
  _selection() {
    const { selected } = this._state;
    return selected && selected.id != null ? selected : null;
  }

  _mark(layer) {
    const el = layer.getElement ? layer.getElement() : null;
    if (el) {
      el.classList.add('na-selected');
    }
  }

  // The legend folds to its title (a <details>): open on a wide screen, folded on a phone where it would cover
  // the markers; a tap or Enter on "On the map" opens it. Updates keep whichever way the person left it.
  _legendControl() {
    const legend = L.control({ position: 'bottomright' });
    legend.onAdd = () => {
      const div = L.DomUtil.create('div', 'na-legend');
      div.setAttribute('role', 'group'); // a plain div may not carry a name
      div.setAttribute('aria-label', 'Legend');
      const details = L.DomUtil.create('details', 'na-legend__details', div);
      details.open = !NARROW.matches;
      const summary = L.DomUtil.create('summary', 'na-legend__title', details);
      summary.textContent = 'On the map';
      L.DomUtil.create('div', 'na-legend__rows', details);
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    legend.update = (specs, maxPassages) => {
      legend.getContainer().querySelector('.na-legend__rows')
        .replaceChildren(...legendContent(specs, maxPassages, (hidden) => this.dispatchEvent(
          new CustomEvent('low-confidence-toggle', { detail: { hidden } }))));
    };
    return legend;
  }

  async _fetchJson(url, label) {
    const early = EARLY.get(url);
    EARLY.delete(url);
    const parsed = early && await early;
    if (parsed) {
      return parsed;
    } // else fetch again, and report a failure
    try {
      const response = await fetch(url);
      if (!response.ok) {
        throw new Error(`${response.status} ${response.statusText}`);
      }
      return await response.json();
    } catch (error) {
      console.error(`News Atlas: layer ${label} failed to load from ${url}`, error);
      this.setAttribute('data-error', `Layer "${label}" could not be loaded.`);
      return null;
    }
  }

  _markReadyWhenDone() {
    if (!this._pending && this._sized && this._state.basemap) {
      this.setAttribute('data-ready', 'true');
    }
  }
}

customElements.define('na-place-map', PlaceMap);

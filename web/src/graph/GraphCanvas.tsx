import cytoscape, { type Core, type EventObject } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { GraphElements } from './elements';
import { drawLarge } from './draw-large';
import type { Drawing } from './drawing';
import { createEdgeIndex, type EdgeIndex, type GraphEdge } from './edge-index';
import { createEdgeLayer, type EdgeLayer } from './edge-layer';
import { edgeClassesOf } from './line-style';
import type { Positions } from './positions';
import {
  LARGE_VIEW,
  PADDING,
  precomputedPositions,
  runLayout,
  type LayoutRequest,
} from './run-layout';
import { incrementalPositions } from './incremental-positions';
import { collidingLabels } from './label-collisions';
import MapBackdrop from './MapBackdrop';
import { createStylesheet } from './stylesheet';

cytoscape.use(fcose);

declare global {
  interface Window {
    /** The live Cytoscape instance and the view's elements, for browser tests and the bench. */
    __treatygraph?: { cy: Core; elements: GraphElements };
  }
}

type Props = {
  elements: GraphElements;
  layout: LayoutRequest;
  /** Cytoscape id of the selected node or edge, or null. */
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Double-click on a node: show its neighbours. */
  onExpand?: (id: string) => void;
  /** Controls shown at the start of the toolbar, before the view buttons. */
  toolbarStart?: ReactNode;
  /** Controls shown at the end of the toolbar; they get the drawing (the live instance). */
  toolbarEnd?: (drawing: () => Drawing | null) => ReactNode;
  /** Draw the world under the graph, for the geographic layout. */
  map?: boolean;
  /** Hide the lines unless their node is selected, and name the hubs large (large banded views). */
  quietEdges?: boolean;
  /** Nodes the user dragged: placed here over the layout's positions. */
  moved?: Positions;
  /** A node was dropped (with every moved node so far), or Re-arrange let them all go ({}). */
  onMove?: (moved: Positions) => void;
};

/** On a map, hides the labels that would overlap a busier state's (see `collidingLabels`). */
function declutterLabels(cy: Core, edges: EdgeIndex): void {
  const boxes = cy.nodes().map((node) => {
    const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    return {
      id: node.id(),
      x1: box.x1,
      y1: box.y1,
      x2: box.x2,
      y2: box.y2,
      rank: edges.degree(node.id()),
    };
  });
  const hidden = collidingLabels(boxes.filter((b) => b.x2 > b.x1));
  cy.batch(() => {
    cy.nodes().removeClass('label-hidden');
    cy.nodes()
      .filter((node) => hidden.has(node.id()))
      .addClass('label-hidden');
  });
}

/** Tells browser tests the layout has settled: `body[data-graph-ready="true"][data-node-count]`. */
function markReady(cy: Core | null): void {
  document.body.dataset.graphReady = cy ? 'true' : 'false';
  if (cy) document.body.dataset.nodeCount = String(cy.nodes().length);
  else delete document.body.dataset.nodeCount;
}

type Tip = { text: string; x: number; y: number };

/** Cytoscape's canvas renderer, which its typings leave out; only the flag used here. */
function rendererOf(cy: Core): { hideEdgesOnViewport: boolean } {
  return (cy as unknown as { renderer(): { hideEdgesOnViewport: boolean } }).renderer();
}

/** The nodes, each at its computed position when given, ready to add in one batch. */
function placed(nodes: GraphElements['nodes'], positions?: Positions) {
  if (!positions) return nodes;
  return nodes.map((node) => ({ ...node, position: positions[node.data.id] ?? { x: 0, y: 0 } }));
}

/**
 * The edges a large view hands Cytoscape: the selected node's, or the selected edge, so they
 * can be highlighted, hovered and clicked. The rest are the edge layer's.
 */
function selectionEdges(edges: EdgeIndex, selectedId: string | null): readonly GraphEdge[] {
  if (!selectedId) return [];
  const edge = edges.edge(selectedId);
  return edge ? [edge] : edges.touching(selectedId);
}

/** What hovering shows: an edge's label (what binds its ends), a node's name and colour meaning. */
function tipOf(event: EventObject): string {
  const data = event.target.data() as Record<string, unknown>;
  const text = String(data.label ?? data.name ?? '');
  if (event.target.isEdge()) return text;
  const name = String(data.name ?? data.label ?? '');
  return data.colorLabel ? `${name} · ${String(data.colorLabel)}` : name;
}

/** The graph view. The only component that owns the Cytoscape instance. */
export default function GraphCanvas(props: Props) {
  const { elements, layout, selectedId, onSelect, onExpand, toolbarStart, toolbarEnd, map } = props;
  const { quietEdges } = props;
  const edgeClasses = useMemo(() => edgeClassesOf({ map, quiet: quietEdges }), [map, quietEdges]);
  const edgeIndex = useMemo(() => createEdgeIndex(elements.edges), [elements]);
  /** What the edge layer, the exports and tests read of the view, current at each render. */
  const view = useRef({ elements, edgeClasses });
  view.current = { elements, edgeClasses };
  const containerRef = useRef<HTMLDivElement>(null);
  const edgesRef = useRef<HTMLCanvasElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layerRef = useRef<EdgeLayer | null>(null);
  /** Whether the drawn view is placed, so moving the viewport redraws its lines. */
  const placedRef = useRef(false);
  const handlers = useRef({ onSelect, onExpand, onMove: props.onMove });
  handlers.current = { onSelect, onExpand, onMove: props.onMove };
  // Read when a layout is placed, not a reason to lay out again: dropping a node changes it.
  const moved = useRef<Positions>({});
  moved.current = props.moved ?? {};
  const [laidOut, setLaidOut] = useState(false);
  const styledLarge = useRef(false);
  /** The layout the drawn positions came from, to tell an expansion from a new layout. */
  const drawnLayout = useRef<string | null>(null);
  /** The elements the selection faded or highlighted, so the next one restyles only those. */
  const styled = useRef<cytoscape.Collection | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [viewport, setViewport] = useState({ pan: { x: 0, y: 0 }, zoom: 1 });

  useEffect(() => {
    const container = containerRef.current;
    const edgeCanvas = edgesRef.current;
    if (!container || !edgeCanvas) return undefined;
    const cy = cytoscape({
      container,
      style: createStylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cy.on('tap', 'node, edge', (event) => handlers.current.onSelect(event.target.id() as string));
    cy.on('tap', (event) => {
      if (event.target === cy) handlers.current.onSelect(null);
    });
    const layer = createEdgeLayer(edgeCanvas, cy, () => ({
      edges: view.current.elements.edges,
      edgeClasses: view.current.edgeClasses,
    }));
    layerRef.current = layer;
    // A large view's lines are cleared while the viewport moves and drawn again once it rests.
    let rest = 0;
    const redrawLines = (): void => {
      if (!styledLarge.current || !placedRef.current) return;
      layer.clear();
      clearTimeout(rest);
      rest = window.setTimeout(() => void layer.draw(), 120);
    };
    cy.on('dbltap', 'node', (event) => handlers.current.onExpand?.(event.target.id() as string));
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      // Whole pixels, as the URL keeps them, so the sender sees what the link will show.
      const { x, y } = node.position();
      const dropped = { x: Math.round(x), y: Math.round(y) };
      node.position(dropped);
      handlers.current.onMove?.({ ...moved.current, [node.id()]: dropped });
      redrawLines();
    });
    cy.on('mouseover', 'node, edge', (event) => {
      const { x, y } = event.renderedPosition;
      setTip({ text: tipOf(event), x, y });
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node, edge', () => {
      setTip(null);
      container.style.cursor = '';
    });
    cy.on('viewport', () => {
      setTip(null);
      setViewport({ pan: { ...cy.pan() }, zoom: cy.zoom() });
      redrawLines();
    });
    const resize = new ResizeObserver(() => {
      cy.resize();
      redrawLines();
    });
    resize.observe(container);
    cyRef.current = cy;
    return () => {
      resize.disconnect();
      clearTimeout(rest);
      layer.clear();
      layerRef.current = null;
      cy.destroy();
      cyRef.current = null;
      delete window.__treatygraph;
      markReady(null);
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return undefined;
    window.__treatygraph = { cy, elements };
    markReady(null);
    setLaidOut(false);
    placedRef.current = false;
    let live = true;
    const finish = (): void => {
      if (!live) return;
      if (map) declutterLabels(cy, edgeIndex);
      setLaidOut(true);
      placedRef.current = true;
      // Ready once the lines beneath are drawn too, so "drawn" means the whole drawing.
      const lines = large ? layerRef.current?.draw() : undefined;
      void Promise.resolve(lines).then(() => {
        if (live) markReady(cy);
      });
    };
    const fail = (error: unknown) => console.error('treatygraph: the layout failed', error);
    const large = elements.nodes.length > LARGE_VIEW;
    const sameLayout = JSON.stringify(layout) === drawnLayout.current;
    drawnLayout.current = JSON.stringify(layout);
    // Expanding a node or recolouring keeps what is drawn in place; other changes lay out anew.
    // Bands and the map place each node by its data, so they are always placed afresh.
    const free = typeof layout === 'string' && layout !== 'geographic';
    const kept =
      sameLayout && free
        ? incrementalPositions(
            Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }])),
            elements,
          )
        : null;
    layerRef.current?.clear();
    cy.batch(() => {
      cy.elements().remove();
      if (large !== styledLarge.current) {
        cy.style(createStylesheet({ large }));
        styledLarge.current = large;
        // Drawing thousands of edges on every frame of a pan or zoom makes the page lag for
        // seconds; the renderer reads this flag on each frame (Cytoscape's init option of the
        // same name, which cannot change after init).
        rendererOf(cy).hideEdgesOnViewport = large;
      }
    });
    const add = (positions?: Positions): void => {
      cy.batch(() => {
        cy.add(placed(elements.nodes, positions));
        if (!large) cy.add(elements.edges).addClass(edgeClasses);
        if (quietEdges) cy.nodes('[kind != "State"]').addClass('quiet');
      });
    };
    if (kept) {
      add(kept);
      finish();
      return () => {
        live = false;
      };
    }
    const pending = precomputedPositions(layout, elements);
    if (pending && large && layout === 'auto') {
      const drawing = drawLarge(cy, elements.nodes, {
        positions: pending.positions,
        padding: PADDING,
      });
      drawing.done.then(finish, fail);
      return () => {
        live = false;
        drawing.cancel();
        pending.cancel();
      };
    }
    if (pending) {
      pending.positions.then((positions) => {
        if (!live) return;
        add({ ...positions, ...moved.current });
        cy.fit(undefined, PADDING);
        finish();
      }, fail);
      return () => {
        live = false;
        pending.cancel();
      };
    }
    add();
    let cancel = (): void => undefined;
    // Let the "Arranging…" notice paint before a main-thread layout starts.
    const frame = requestAnimationFrame(() => {
      const running = runLayout(cy, layout, elements);
      cancel = running.cancel;
      running.done.then(() => {
        if (live) placeMoved(cy, moved.current);
        finish();
      }, fail);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      cancel();
    };
  }, [elements, layout, map, quietEdges, edgeClasses, edgeIndex]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      styled.current?.removeClass('faded highlighted');
      styled.current = null;
    });
    if (styledLarge.current) {
      // Only the selection's edges are in Cytoscape; those of the last selection go.
      const shown = selectionEdges(edgeIndex, selectedId).filter(
        ({ data }) => cy.hasElementWithId(data.source) && cy.hasElementWithId(data.target),
      );
      const wanted = new Set(shown.map(({ data }) => data.id));
      cy.batch(() => {
        cy.edges()
          .filter((edge) => !wanted.has(edge.id()))
          .remove();
        cy.add(shown.filter(({ data }) => !cy.hasElementWithId(data.id))).addClass(edgeClasses);
      });
    }
    const element = selectedId ? cy.getElementById(selectedId) : cy.collection();
    cy.batch(() => {
      if (element.empty()) return;
      element.select();
      const neighbourhood = element.nodes().nonempty()
        ? element.closedNeighborhood()
        : element.union(element.connectedNodes());
      const highlighted = neighbourhood.edges().addClass('highlighted');
      // Restyling tens of thousands of elements takes seconds: a large view only highlights.
      const faded = styledLarge.current ? cy.collection() : cy.elements().not(neighbourhood);
      styled.current = highlighted.union(faded.addClass('faded'));
    });
    // Bring an element chosen from a list, the search or a link into view; clicked ones already are.
    if (laidOut && element.nonempty()) {
      const box = element.renderedBoundingBox();
      if (!isInView(cy, { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 })) {
        cy.animate({ center: { eles: element }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
      }
    }
  }, [selectedId, elements, laidOut, edgeIndex, edgeClasses]);

  const zoomBy = (factor: number): void => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
  };
  const fit = (): void => {
    const cy = cyRef.current;
    cy?.animate({ fit: { eles: cy.elements(), padding: 48 } }, { duration: 250 });
  };
  const relayout = (): void => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().empty()) return;
    markReady(null);
    handlers.current.onMove?.({});
    layerRef.current?.clear();
    void runLayout(cy, layout, elements)
      .done.then(() => (styledLarge.current ? layerRef.current?.draw() : undefined))
      .then(() => markReady(cy));
  };

  return (
    <div className="graph-canvas">
      <div className="graph-canvas__bar">
        {toolbarStart}
        <div className="graph-canvas__toolbar" role="toolbar" aria-label="View">
          <button type="button" onClick={() => zoomBy(1.25)} aria-label="Zoom in" title="Zoom in">
            +
          </button>
          <button type="button" onClick={() => zoomBy(0.8)} aria-label="Zoom out" title="Zoom out">
            −
          </button>
          <button type="button" onClick={fit} title="Fit the whole graph in view">
            Fit
          </button>
          <button type="button" onClick={relayout} title="Run the layout again">
            Re-arrange
          </button>
          {toolbarEnd?.(() => {
            const cy = cyRef.current;
            return (
              cy && {
                cy,
                edges: view.current.elements.edges,
                edgeClasses: view.current.edgeClasses,
              }
            );
          })}
        </div>
      </div>
      <div className="graph-canvas__stage">
        {map && <MapBackdrop pan={viewport.pan} zoom={viewport.zoom} />}
        <canvas ref={edgesRef} className="graph-canvas__edges" aria-hidden="true" />
        <div
          ref={containerRef}
          className="graph-canvas__surface"
          role="img"
          aria-label={`Graph of ${elements.nodes.length} nodes and ${elements.edges.length} relationships. Use “Go to” or the search to select a node with the keyboard.`}
        />
        {tip && tip.text && (
          <div
            className="graph-canvas__tip"
            role="tooltip"
            style={{ left: tip.x + 14, top: tip.y + 14 }}
          >
            {tip.text}
          </div>
        )}
        {!laidOut && elements.nodes.length > 0 && (
          <p className="graph-canvas__notice" role="status">
            Arranging {elements.nodes.length} nodes…
          </p>
        )}
      </div>
    </div>
  );
}

/** Puts the nodes the user dragged back where they were dropped, after a layout placed them. */
function placeMoved(cy: Core, positions: Positions): void {
  cy.batch(() => {
    for (const [id, position] of Object.entries(positions))
      cy.getElementById(id).position(position);
  });
}

function isInView(cy: Core, { x, y }: { x: number; y: number }): boolean {
  const margin = 40;
  return x > margin && y > margin && x < cy.width() - margin && y < cy.height() - margin;
}

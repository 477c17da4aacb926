import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { GraphElements } from './elements';
import { corpusLayout } from './layouts';
import { createStylesheet } from './stylesheet';

cytoscape.use(fcose);

declare global {
  interface Window {
    /** The live Cytoscape instance, for browser tests. */
    __treatygraph?: { cy: Core };
  }
}

type Props = {
  elements: GraphElements;
  /** Cytoscape id of the selected node, or null. */
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Controls shown at the start of the toolbar, before the view buttons. */
  toolbarStart?: ReactNode;
};

/** Tells browser tests the layout has settled: `body[data-graph-ready="true"][data-node-count]`. */
function markReady(cy: Core | null): void {
  document.body.dataset.graphReady = cy ? 'true' : 'false';
  if (cy) document.body.dataset.nodeCount = String(cy.nodes().length);
  else delete document.body.dataset.nodeCount;
}

/** The graph view. The only component that touches the Cytoscape instance. */
export default function GraphCanvas({ elements, selectedId, onSelect, toolbarStart }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const [laidOut, setLaidOut] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const cy = cytoscape({
      container,
      style: createStylesheet(),
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cy.on('tap', 'node', (event) => onSelectRef.current(event.target.id() as string));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cy.on('mouseover', 'node', (event) => {
      container.title = event.target.data('name') as string;
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', () => {
      container.title = '';
      container.style.cursor = '';
    });
    const resize = new ResizeObserver(() => cy.resize());
    resize.observe(container);
    cyRef.current = cy;
    window.__treatygraph = { cy };
    return () => {
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
      delete window.__treatygraph;
      markReady(null);
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return undefined;
    markReady(null);
    setLaidOut(false);
    cy.elements().remove();
    cy.add(elements);
    // Let the "Arranging…" notice paint before fcose takes the main thread.
    const frame = requestAnimationFrame(() => {
      if (cy.nodes().empty()) {
        setLaidOut(true);
        markReady(cy);
        return;
      }
      const layout = cy.layout(corpusLayout);
      layout.one('layoutstop', () => {
        setLaidOut(true);
        markReady(cy);
      });
      layout.run();
    });
    return () => cancelAnimationFrame(frame);
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const node = selectedId ? cy.getElementById(selectedId) : cy.collection();
    cy.batch(() => {
      cy.elements().unselect().removeClass('faded highlighted');
      if (node.empty()) return;
      node.select();
      const neighbourhood = node.closedNeighborhood();
      cy.elements().not(neighbourhood).addClass('faded');
      neighbourhood.edges().addClass('highlighted');
    });
    // Bring a node chosen from a list or a panel link into view; clicked nodes already are.
    if (node.nonempty() && !isInView(cy, node.renderedPosition())) {
      cy.animate({ center: { eles: node } }, { duration: 250 });
    }
  }, [selectedId, elements, laidOut]);

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
    const layout = cy.layout(corpusLayout);
    layout.one('layoutstop', () => markReady(cy));
    layout.run();
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
        </div>
      </div>
      <div className="graph-canvas__stage">
        <div
          ref={containerRef}
          className="graph-canvas__surface"
          role="img"
          aria-label={`Graph of ${elements.nodes.length} nodes and ${elements.edges.length} relationships. Use “Go to” to select a node with the keyboard.`}
        />
        {!laidOut && elements.nodes.length > 0 && (
          <p className="graph-canvas__notice" role="status">
            Arranging {elements.nodes.length} nodes…
          </p>
        )}
      </div>
    </div>
  );
}

function isInView(cy: Core, { x, y }: { x: number; y: number }): boolean {
  const margin = 40;
  return x > margin && y > margin && x < cy.width() - margin && y < cy.height() - margin;
}

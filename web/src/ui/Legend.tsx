import { useId, useState } from 'react';
import type { GraphElements } from '../graph/elements';
import { NODE_KINDS, RELATIONSHIP_TYPES } from '../graph/kinds';
import type { ColorKey } from '../graph/paint';
import { dotStyle } from './dot-style';
import { EDGE_STYLES, NODE_STYLES, type EdgeStyle, type NodeStyle } from '../graph/stylesheet';

type Props = {
  elements: GraphElements;
  /** What the node colours mean in this view. */
  colorKey: ColorKey;
};

/** The key to the graph, drawn from the same style data as the canvas; only what is drawn. */
export default function Legend({ elements, colorKey }: Props) {
  const kinds = new Set(elements.nodes.map((node) => node.data.kind));
  const rels = new Set(elements.edges.map((edge) => edge.data.kind));
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  return (
    <section className="legend" aria-label="Legend">
      <button
        type="button"
        className="legend__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        Legend
      </button>
      <div id={bodyId} className="legend__body" hidden={!open}>
        <div className="legend__group">
          <h3>Nodes</h3>
          <ul>
            {NODE_KINDS.filter((kind) => kinds.has(kind)).map((kind) => (
              <li key={kind}>
                <NodeSwatch style={NODE_STYLES[kind]} />
                {NODE_STYLES[kind].legend}
              </li>
            ))}
          </ul>
        </div>
        <div className="legend__group">
          <h3>{colorKey.title}</h3>
          <ul className="legend__regions">
            {colorKey.entries.map((entry) => (
              <li key={entry.label}>
                <span className="legend__dot" style={dotStyle(entry)} />
                {entry.label}
                <span className="legend__note">{entry.count}</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="legend__group legend__group--wide">
          <h3>Relationships</h3>
          <ul>
            {RELATIONSHIP_TYPES.filter((rel) => rels.has(rel)).map((rel) => (
              <li key={rel}>
                <EdgeSwatch style={EDGE_STYLES[rel]} />
                <span>
                  {EDGE_STYLES[rel].legend}
                  <span className="legend__note"> — {EDGE_STYLES[rel].description}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

const SHAPES: Record<NodeStyle['shape'], string> = {
  ellipse: 'M9 2a7 7 0 1 0 0.01 0Z',
  'round-rectangle': 'M4 3h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Z',
  diamond: 'M9 1.5 16.5 9 9 16.5 1.5 9Z',
  hexagon: 'M5 2.5h8L16.5 9 13 15.5H5L1.5 9Z',
};

function NodeSwatch({ style }: { style: NodeStyle }) {
  return (
    <svg className="legend__swatch" viewBox="0 0 18 18" aria-hidden="true">
      <path
        d={SHAPES[style.shape]}
        fill={style.fill}
        stroke={style.border === '#FFFFFF' ? '#6B7280' : style.border}
        strokeWidth={Math.min(style.borderWidth, 2)}
      />
    </svg>
  );
}

const DASHES: Record<EdgeStyle['lineStyle'], string | undefined> = {
  solid: undefined,
  dashed: '5 3',
  dotted: '0.1 3.5',
};

function EdgeSwatch({ style }: { style: EdgeStyle }) {
  const line = {
    stroke: style.color,
    strokeLinecap: 'round' as const,
    strokeDasharray: DASHES[style.lineStyle],
  };
  return (
    <svg className="legend__swatch legend__swatch--edge" viewBox="0 0 36 18" aria-hidden="true">
      <line x1="2" y1="9" x2="28" y2="9" {...line} strokeWidth={Math.min(style.width, 3)} />
      {style.arrow === 'circle' && <circle cx="31" cy="9" r="3" fill={style.color} />}
      {style.arrow === 'tee' && (
        <line x1="29" y1="3.5" x2="29" y2="14.5" stroke={style.color} strokeWidth={2.5} />
      )}
      {style.arrow === 'square' && <rect x="28" y="5.5" width="7" height="7" fill={style.color} />}
      {!['none', 'circle', 'tee', 'square'].includes(style.arrow) && (
        <path d="M27 4.5 35 9 27 13.5Z" fill={style.color} />
      )}
    </svg>
  );
}

import { IMPORT_FORMAT } from '@treatygraph/schema';
import type { ImportDocument } from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { planWrite } from './plan';

const document: ImportDocument = {
  format: IMPORT_FORMAT,
  nodes: {
    Source: [{ id: 'src-example', publisher: 'Example' }],
    Declaration: [{ id: '2025-07-30-example', title: 'Example', venue: undefined }],
    Instrument: [{ id: 'untoc', name: 'Overridden by the document', kind: 'convention' }],
  },
  relationships: [
    { type: 'SIGNED', from: 'LAO', to: '2025-07-30-example', source: 'src-example', quoteStart: 3 },
    { type: 'REFERENCES', from: '2025-07-30-example', to: 'untoc' },
    { type: 'SUPPORTS', from: '2025-07-30-example', to: 'unodc', role: 'coordinator of ICAT' },
  ],
};

describe('planWrite', () => {
  const plan = planWrite(document);
  const batch = (label: string) => plan.nodes.find((b) => b.kind.label === label);

  it('orders node batches by the model, with keys split from properties', () => {
    expect(plan.nodes.map((b) => b.kind.label)).toEqual([
      'State',
      'Source',
      'Organization',
      'Instrument',
      'Declaration',
    ]);
    expect(batch('Declaration')?.rows).toEqual([
      { key: '2025-07-30-example', props: { id: '2025-07-30-example', title: 'Example' } },
    ]);
  });

  it('adds the gazetteer states and registry entries the relationships name', () => {
    expect(batch('State')).toMatchObject({ reference: true });
    expect(batch('State')?.rows[0]?.props).toMatchObject({ code: 'LAO', name: 'Laos' });
    expect(batch('Organization')?.rows[0]?.props).toMatchObject({ id: 'unodc', acronym: 'UNODC' });
  });

  it('lets a document define a registry node itself', () => {
    expect(batch('Instrument')?.rows).toHaveLength(1);
    expect(batch('Instrument')?.rows[0]?.props.name).toBe('Overridden by the document');
  });

  it('keeps relationship properties and provenance, integers as Neo4j integers', () => {
    const signed = plan.relationships.find((b) => b.kind.type === 'SIGNED')?.rows[0];
    expect(signed).toEqual({
      from: 'LAO',
      to: '2025-07-30-example',
      props: { source: 'src-example', quoteStart: neo4j.int(3) },
    });
    const supports = plan.relationships.find((b) => b.kind.type === 'SUPPORTS')?.rows[0];
    expect(supports?.props).toEqual({ role: 'coordinator of ICAT' });
  });
});

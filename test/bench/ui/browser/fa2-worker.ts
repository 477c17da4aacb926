/// <reference lib="dom" />
// The app's ForceAtlas2 (same seeding, iterations and scale) at graphology's default Barnes-Hut
// accuracy: the layout as a page written without tuning would run it, and as the app ran it
// before it took Gephi's coarser default.
import { forceAtlas2Positions } from '../../../../web/src/graph/force-atlas2-positions';
import type { BenchElements } from './elements';

const LIBRARY_DEFAULT_THETA = 0.5;

self.onmessage = (event: MessageEvent<BenchElements>) => {
  self.postMessage(forceAtlas2Positions(event.data, LIBRARY_DEFAULT_THETA));
};

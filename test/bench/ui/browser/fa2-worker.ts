/// <reference lib="dom" />
// The app's own ForceAtlas2, so the bare page lays out exactly as the app does.
import { forceAtlas2Positions } from '../../../../web/src/graph/force-atlas2-positions';
import type { BenchElements } from './elements';

self.onmessage = (event: MessageEvent<BenchElements>) => {
  self.postMessage(forceAtlas2Positions(event.data));
};

import type { GraphElements } from './elements';
import { forceAtlas2Positions } from './force-atlas2-positions';

// ForceAtlas2 on a few thousand nodes takes seconds: here it cannot freeze the page.
self.onmessage = (event: MessageEvent<GraphElements>) => {
  self.postMessage(forceAtlas2Positions(event.data));
};

import { useEffect, useState } from 'react';
import { request } from '../../api/client';
import { SourceLoadsDocument, type SourceLoadsQuery } from '../../api/generated/graphql';

type SourceLoad = SourceLoadsQuery['corpusSummary']['sourceLoads'][number];

const POLL_MS = 3000;
const busy = (load: SourceLoad) => load.state === 'PENDING' || load.state === 'LOADING';

/**
 * While `npm start` imports the data folder in the background: "loading sources…" and where
 * each source stands, then which ones failed, or that a reload shows the new sources.
 */
export default function SourceLoadNote() {
  const [loads, setLoads] = useState<readonly SourceLoad[]>([]);
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () =>
      request(SourceLoadsDocument, {}, { signal: controller.signal }).then(
        ({ corpusSummary }) => {
          setLoads(corpusSummary.sourceLoads);
          if (!corpusSummary.sourceLoads.some(busy)) return;
          setWaited(true);
          timer = setTimeout(() => void poll(), POLL_MS);
        },
        // The corpus summary's own load reports an unreachable API; this note just stays away.
        () => undefined,
      );
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, []);
  const failed = loads.filter((load) => load.state === 'FAILED');
  if (loads.some(busy)) {
    return (
      <div className="summary__note" role="status">
        loading sources…
        <ul>
          {loads.map((load) => (
            <li key={load.name}>
              {load.name}: {load.state.toLowerCase()}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <>
      {failed.map((load) => (
        <p key={load.name} className="summary__note" role="alert">
          {load.name} could not be loaded: {load.message}
        </p>
      ))}
      {waited && (
        <p className="summary__note" role="status">
          Sources loaded: reload the page to draw them.
        </p>
      )}
    </>
  );
}

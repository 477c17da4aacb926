import CorpusView from './features/corpus/CorpusView';
import ErrorBoundary from './ui/ErrorBoundary';

export default function App() {
  return (
    <div className="app">
      <header className="app__header">
        <h1>
          treaty<span>graph</span>
        </h1>
        <p>International declarations, the states that signed them, and the treaties they cite.</p>
      </header>
      <ErrorBoundary>
        <CorpusView />
      </ErrorBoundary>
    </div>
  );
}

import Explorer from './app/Explorer';
import ErrorBoundary from './ui/ErrorBoundary';

export default function App() {
  return (
    <ErrorBoundary>
      <Explorer />
    </ErrorBoundary>
  );
}

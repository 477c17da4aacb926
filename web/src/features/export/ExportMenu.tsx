import { useEffect, useId, useRef, useState } from 'react';
import { download } from '../../export/download';
import {
  EXPORT_FORMATS,
  exportFile,
  type ExportContext,
  type ExportFormat,
} from '../../export/export-file';
import type { Drawing } from '../../graph/drawing';

type Props = { drawing: () => Drawing | null; context: ExportContext };

const PNG_SCALES = [1, 2, 4] as const;

/** The Export button and its menu: one button per format, and the PNG scale. */
export default function ExportMenu({ drawing, context }: Props) {
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState<number>(2);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [keepSelection, setKeepSelection] = useState(false);
  const menuId = useId();
  const scaleId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const close = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const save = async (format: ExportFormat): Promise<void> => {
    const drawn = drawing();
    if (!drawn) return;
    try {
      const { name, blob } = await exportFile({
        drawing: drawn,
        format,
        context,
        scale,
        keepSelection,
      });
      download(name, blob);
      setError(null);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      setError(`The ${EXPORT_FORMATS[format].label} export failed: ${reason}`);
    }
  };

  // The clipboard needs a secure context (https or localhost); elsewhere the file still works.
  const copyLink = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(context.url);
      setCopied(true);
      setError(null);
      setTimeout(() => setCopied(false), 4000);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      setError(`The link could not be copied (${reason}); save it as a file instead.`);
    }
  };

  return (
    <div
      className="export-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
        title="Download this view"
      >
        Export
      </button>
      <div
        id={menuId}
        className="export-menu__panel"
        hidden={!open}
        role="group"
        aria-label="Export formats"
      >
        <div className="export-menu__scale">
          <label htmlFor={scaleId}>PNG scale</label>
          <select
            id={scaleId}
            value={scale}
            onChange={(event) => setScale(Number(event.target.value))}
          >
            {PNG_SCALES.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </div>
        <label className="export-menu__option">
          <input
            type="checkbox"
            checked={keepSelection}
            onChange={(event) => setKeepSelection(event.target.checked)}
          />
          Keep the selection's highlight in PNG and SVG
        </label>
        {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => (
          <button key={format} type="button" data-format={format} onClick={() => void save(format)}>
            {EXPORT_FORMATS[format].label}
          </button>
        ))}
        <button type="button" data-action="copy-link" onClick={() => void copyLink()}>
          Copy link
        </button>
        <p className="export-menu__notice" role="status">
          {copied ? 'Link copied to the clipboard.' : ''}
        </p>
        {error && (
          <p className="export-menu__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

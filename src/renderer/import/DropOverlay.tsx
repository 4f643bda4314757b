/** Shown while files are dragged over the window: where they go when dropped. (Keyboard users have "Import files…".) */
export function DropOverlay() {
  return (
    <div className="drop-overlay">
      <p className="drop-overlay-message">Drop files to import</p>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { glossStore } from '../store/useGloss';
import { fileSource } from './fileSource';

/** Whether a drag carries files (not text dragged out of the reader). */
const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Files dropped anywhere on the window are imported. Returns whether files
 * are being dragged over it, for the drop overlay. Listens in the capture
 * phase, so the reader's editor never takes a file dropped on the text.
 */
export function useFileDrop(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // Enter and leave fire for every element crossed: the drag has left the window when they balance.
    let depth = 0;
    const onEnter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onOver = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent): void => {
      const files = [...(event.dataTransfer?.files ?? [])];
      depth = 0;
      setDragging(false);
      if (files.length === 0) return;
      event.preventDefault();
      event.stopPropagation();
      glossStore.getState().importFiles(files.map(fileSource));
    };
    const listeners = { dragenter: onEnter, dragover: onOver, dragleave: onLeave, drop: onDrop } as const;
    for (const [type, listener] of Object.entries(listeners)) window.addEventListener(type, listener as EventListener, true);
    return () => {
      for (const [type, listener] of Object.entries(listeners)) window.removeEventListener(type, listener as EventListener, true);
    };
  }, []);
  return dragging;
}

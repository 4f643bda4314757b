/**
 * The shapes a PDF page's text takes on its way to blocks. Coordinates are in
 * PDF points with y growing upwards (as pdfjs reports them), already turned
 * so that the page's text reads left to right.
 */

/** One piece of text pdfjs drew in one go: a word, a phrase or a whole line. */
export interface TextRun {
  text: string;
  /** Left end of the baseline. */
  x: number;
  /** Baseline height. */
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

/** Runs sharing a baseline and standing close together: one line of one column. */
export interface TextLine {
  text: string;
  x: number;
  /** Right end of the last run. */
  right: number;
  y: number;
  /** The size most of the line's characters are set in. */
  size: number;
}

/** A page reduced to what the block builder needs. */
export interface PageLines {
  /** Vertical extent of the page: its top and bottom edges. */
  top: number;
  bottom: number;
  /**
   * Runs of lines read one after the other: the whole page for a single
   * column; for two columns, full-width parts and each column in turn.
   */
  flows: TextLine[][];
}

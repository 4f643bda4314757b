import { Node } from '@tiptap/core';

/** The reader's document: a book is a list of sections, never bare paragraphs. */
export const ReaderDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'section+',
});

/**
 * A run of paragraphs (a chapter, or ~50 paragraphs). Sections are styled
 * `content-visibility: auto`, so the browser lays out only those near the
 * viewport: this is what makes a 3 MB book open and respond quickly.
 */
export const Section = Node.create({
  name: 'section',
  group: 'block',
  content: 'paragraph+',
  parseHTML: () => [{ tag: 'section' }],
  renderHTML: () => ['section', { class: 'reader-section' }, 0],
});

export const Paragraph = Node.create({
  name: 'paragraph',
  content: 'text*',
  parseHTML: () => [{ tag: 'p' }],
  renderHTML: () => ['p', 0],
});

export const Text = Node.create({
  name: 'text',
  group: 'inline',
});

/** Every extension the reader is built from. */
export const readerExtensions = [ReaderDocument, Section, Paragraph, Text];

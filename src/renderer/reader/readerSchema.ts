import { Node } from '@tiptap/core';
import { CodeBlock } from './blocks/codeBlockNode';
import { Heading } from './blocks/headingNode';
import { Emphasis, InlineCode, Strong } from './blocks/inlineMarks';
import { ReaderLink } from './blocks/linkMark';
import { ListItem } from './blocks/listItemNode';
import { Quote } from './blocks/quoteNode';
import { SpeakerTurn } from './blocks/speakerTurnNode';

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
 *
 * Every block in a section is one paragraph of the text and one text block
 * (no nesting): the text map's arithmetic and the reading position, which
 * counts a section's children, both rely on it.
 */
export const Section = Node.create({
  name: 'section',
  group: 'block',
  content: 'sectionBlock+',
  parseHTML: () => [{ tag: 'section' }],
  renderHTML: () => ['section', { class: 'reader-section' }, 0],
});

/** A plain paragraph; first of the section blocks, so Enter at the end of a heading (edit mode) makes one. */
export const Paragraph = Node.create({
  name: 'paragraph',
  group: 'sectionBlock',
  content: 'text*',
  marks: '_',
  parseHTML: () => [{ tag: 'p' }],
  renderHTML: () => ['p', 0],
});

export const Text = Node.create({
  name: 'text',
  group: 'inline',
});

/** Every extension the reader is built from. */
export const readerExtensions = [ReaderDocument, Section, Paragraph, Heading, ListItem, Quote, SpeakerTurn, CodeBlock, Text, Emphasis, Strong, InlineCode, ReaderLink];

import { Mark } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { noteLinkTarget } from '../../annotations/noteLinkTarget';
import { IS_MAC } from '../../actions/keyHints';

/** How a link in the text opens; in the app, window.open reaches the desktop app's external-link policy. */
export interface ReaderLinkOptions {
  /**
   * Opens a checked http(s) address outside Gloss.
   * @default window.open in a new, unrelated browsing context
   */
  open: (url: string) => void;
}

const OPEN_KEY = IS_MAC ? 'Cmd' : 'Ctrl';

/**
 * A link from an imported file. In the reader a click selects text to
 * highlight, as anywhere else, so a link opens only with Ctrl+click (Cmd on
 * a Mac); its address and that hint show in its tooltip. Only what the note
 * links may open (an absolute http(s) address without credentials, see
 * noteLinkTarget) is drawn as a link; any other (mailto:, a relative or a
 * hostile address) is drawn as its words, its address kept for the structure.
 */
export const ReaderLink = Mark.create<ReaderLinkOptions>({
  name: 'link',
  inclusive: false,
  addOptions: () => ({ open: (url) => void window.open(url, '_blank', 'noopener,noreferrer') }),
  addAttributes: () => ({ href: { default: null, rendered: false } }),
  parseHTML: () => [{ tag: 'a[href]', getAttrs: (element: HTMLElement) => ({ href: element.getAttribute('href') }) }],
  renderHTML: ({ mark }) => {
    const target = noteLinkTarget(mark.attrs['href'] as string | undefined);
    if (target === null) return ['span', { class: 'reader-link-inert' }, 0];
    return ['a', { href: target, class: 'reader-link', title: `${target} (${OPEN_KEY}+click to open)`, rel: 'noopener noreferrer' }, 0];
  },
  addProseMirrorPlugins() {
    const { open } = this.options;
    return [
      new Plugin({
        key: new PluginKey('readerLinkClick'),
        props: {
          handleDOMEvents: {
            click: (_view, event) => {
              const link = event.target instanceof Element ? event.target.closest('a.reader-link') : null;
              if (!link) return false;
              // A plain click is for reading and selecting; the browser must not follow the link either way.
              event.preventDefault();
              if (!(event.ctrlKey || event.metaKey)) return false;
              const target = noteLinkTarget(link.getAttribute('href') ?? undefined);
              if (target !== null) open(target);
              return true;
            },
          },
        },
      }),
    ];
  },
});

/**
 * Where a gloss:// link clicked in the page goes: registered by the window
 * (useGlossLinks), so a component that draws links (a note's Markdown) needs
 * neither the store nor the API to follow one.
 */
let follow: (address: string) => void = () => undefined;

/** Follows a gloss:// link the way the window does. */
export function followGlossLink(address: string): void {
  follow(address);
}

/** Sets how links are followed; returns the function that unsets it. */
export function setGlossLinkFollower(follower: (address: string) => void): () => void {
  follow = follower;
  return () => {
    if (follow === follower) follow = () => undefined;
  };
}

import { spawn } from 'node:child_process';

/** The command that opens a URL in the default browser on this platform. */
export function browserOpenCommand(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

/** Tries to open the URL in a browser; failing is fine, as the address is printed anyway. */
export function openInBrowser(url: string): void {
  const [command, args] = browserOpenCommand(process.platform, url);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener on this machine (a server, a container): the printed address suffices.
  }
}

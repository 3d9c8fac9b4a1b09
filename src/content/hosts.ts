// Which adapter serves which page.
import type { HostAdapter } from './adapter';
import { gmailAdapter } from './hosts/gmail/adapter';
import { outlookAdapter } from './hosts/outlook/adapter';

export function adapterFor(hostname: string): HostAdapter | null {
  if (hostname === 'mail.google.com') return gmailAdapter;
  if (/^outlook\.(live|office|office365)\.com$/.test(hostname)) return outlookAdapter;
  return null;
}

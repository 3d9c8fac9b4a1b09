// Command → message to the active tab. Kept apart from main.ts so it is tested without a browser.
import { TOGGLE_MESSAGE } from '../panel/toggle';

export const TOGGLE_COMMAND = 'toggle-panel';

export type Tabs = {
  activeTabId(): Promise<number | undefined>;
  send(tabId: number, message: { type: string }): Promise<unknown>;
};

/** Returns whether a message was delivered; a tab without Sopan (no mail page) is not an error. */
export async function relayCommand(command: string, tabs: Tabs): Promise<boolean> {
  if (command !== TOGGLE_COMMAND) return false;
  try {
    const tabId = await tabs.activeTabId();
    if (tabId === undefined) return false;
    await tabs.send(tabId, { type: TOGGLE_MESSAGE });
    return true;
  } catch {
    return false;
  }
}

// The panel's room (src/content/room.ts): the height of the scrolling area that holds it, as a
// CSS property on its host, kept current through a ResizeObserver (a fake one here).
import { afterEach, describe, expect, test, vi } from 'vitest';
import { followRoom, ROOM_PROPERTY, scrollingArea } from '../../src/content/room';

/** A ResizeObserver the test fires by hand. */
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: () => void) {
    FakeResizeObserver.all.push(this);
  }
  observe(el: Element) {
    this.observed.push(el);
    this.callback();
  }
  disconnect() {
    this.disconnected = true;
  }
  fire() {
    if (!this.disconnected) this.callback();
  }
}

function area(height: number, overflow = 'auto'): HTMLElement {
  const el = document.createElement('div');
  el.style.overflowY = overflow;
  Object.defineProperty(el, 'clientHeight', { configurable: true, value: height });
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
  FakeResizeObserver.all = [];
  vi.unstubAllGlobals();
});

describe('the panel sticks to its scrolling area and knows its height', () => {
  test.each([
    ['auto', true],
    ['scroll', true],
    ['visible', false],
    ['hidden', false],
  ])('overflow-y: %s is a scrolling area: %s', (overflow, scrolls) => {
    const outer = area(400, overflow);
    const host = document.createElement('div');
    outer.append(document.createElement('p'), host);
    document.body.append(outer);
    expect(scrollingArea(host)).toBe(scrolls ? outer : null);
  });

  test('the nearest one holding the host, not an inner sibling', () => {
    const outer = area(600);
    const inner = area(100);
    const wrapper = document.createElement('div');
    const host = document.createElement('div');
    wrapper.append(host);
    outer.append(inner, wrapper);
    document.body.append(outer);
    expect(scrollingArea(host)).toBe(outer);
  });

  test('follows the area as it is resized, and a new area when the host is placed again; stops on abort', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const first = area(410);
    const host = document.createElement('div');
    first.append(host);
    document.body.append(first);
    const lifetime = new AbortController();
    const room = followRoom(host, lifetime.signal);
    expect(host.style.getPropertyValue(ROOM_PROPERTY)).toBe('410px');

    Object.defineProperty(first, 'clientHeight', { configurable: true, value: 700.4 });
    FakeResizeObserver.all[0]!.fire();
    expect(host.style.getPropertyValue(ROOM_PROPERTY)).toBe('700px');

    // Minimized: no height, the last one stays.
    Object.defineProperty(first, 'clientHeight', { configurable: true, value: 0 });
    FakeResizeObserver.all[0]!.fire();
    expect(host.style.getPropertyValue(ROOM_PROPERTY)).toBe('700px');

    const second = area(250);
    second.append(host);
    document.body.append(second);
    room.placed();
    expect(FakeResizeObserver.all[0]!.disconnected).toBe(true);
    expect(FakeResizeObserver.all[1]!.observed).toEqual([second]);
    expect(host.style.getPropertyValue(ROOM_PROPERTY)).toBe('250px');

    lifetime.abort();
    expect(FakeResizeObserver.all[1]!.disconnected).toBe(true);
  });

  test('a host moved with its compose into another area (full screen) follows that area', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const docked = area(410);
    const full = area(900);
    const host = document.createElement('div');
    docked.append(host);
    document.body.append(docked, full);
    followRoom(host, new AbortController().signal);
    full.append(host);
    // The old area shrinks as the compose leaves it.
    FakeResizeObserver.all[0]!.fire();
    expect(FakeResizeObserver.all[1]!.observed).toEqual([full]);
    expect(host.style.getPropertyValue(ROOM_PROPERTY)).toBe('900px');
  });

  test('when the page itself scrolls, the window height is the room', () => {
    const host = document.createElement('div');
    document.body.append(host);
    followRoom(host, new AbortController().signal);
    expect(host.style.getPropertyValue(ROOM_PROPERTY)).toBe(`${window.innerHeight}px`);
  });
});

// Int32Arrays for the indexes an analysis builds, cut from large shared buffers. Why: allocating a
// typed array gives it a backing store of its own, which cost 2-5 µs each in an analysis that
// makes several; a view of a buffer already there is a small object. A buffer is freed once no
// view of it is left. Views are only ever cut from fresh space, so each one starts zeroed.

/** Ints per shared buffer (256 KB: several analyses of a 1,000-word draft). */
const SLAB = 1 << 16;
let slab = new Int32Array(0);
let used = 0;

/** A zeroed Int32Array of `length`, a view of a shared buffer unless it is large. */
export function ints(length: number): Int32Array {
  if (length > SLAB >> 3) return new Int32Array(length);
  if (used + length > slab.length) {
    slab = new Int32Array(SLAB);
    used = 0;
  }
  // The constructor on the buffer, not subarray (which looks up a species constructor: 5× slower).
  const view = new Int32Array(slab.buffer, used * 4, length);
  used += length;
  return view;
}

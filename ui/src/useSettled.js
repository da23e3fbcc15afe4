import { useEffect, useState } from 'react';

/** Waits until the value has stopped changing for a moment, so that typing does not send a search per key. */
export function useSettled(value, ms = 250) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

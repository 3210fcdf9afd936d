import { useEffect, useState } from 'preact/hooks';

/** A list loaded once from the extension (empty until it comes, and when it fails). */
export function useLoadedList<T>(load: () => Promise<T[]>): T[] {
  const [items, setItems] = useState<T[]>([]);
  useEffect(() => {
    load().then(setItems, () => setItems([]));
  }, [load]);
  return items;
}

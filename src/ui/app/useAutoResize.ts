import { useEffect, type RefObject } from 'react';
import type { ZafClient } from '../../zendesk/zaf-client';

/**
 * Keeps the app's iframe as tall as its content, so the sidebar never shows an inner scrollbar
 * or cuts content off. Zendesk sizes the iframe only through `invoke('resize')`.
 */
export function useAutoResize(client: ZafClient, ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let last = 0;
    const resize = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      void client.invoke('resize', { width: '100%', height: `${height}px` });
    };
    const observer = new ResizeObserver(resize);
    observer.observe(element);
    resize();
    return () => observer.disconnect();
  }, [client, ref]);
}

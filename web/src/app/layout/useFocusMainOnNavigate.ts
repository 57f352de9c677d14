import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { mainContentId } from './SkipLink';

/**
 * After a client-side navigation, focus moves to <main> so screen readers announce the new page
 * instead of staying on the link that was followed. The first page load is left alone.
 */
export function useFocusMainOnNavigate(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(mainContentId)?.focus({ preventScroll: false });
  }, [pathname]);
}

"use client";

import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * next/link that prefetches its page once the user reaches for the link (pointer over it, keyboard
 * focus, a touch), not as soon as it scrolls into view. The shell and the tables show dozens of
 * links: prefetching each one in view cost about 50 server renders per page view. A link that says
 * `prefetch={false}` never prefetches.
 */
export function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const [reached, setReached] = useState(false);
  const reach = () => setReached(true);
  return (
    <NextLink
      {...props}
      prefetch={reached && prefetch !== false ? (prefetch ?? null) : false}
      onMouseEnter={(event) => {
        reach();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        reach();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        reach();
        onTouchStart?.(event);
      }}
    />
  );
}

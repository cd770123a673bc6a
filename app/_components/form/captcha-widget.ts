'use client';

import { useEffect, useRef, type RefObject } from 'react';

/**
 * ALTCHA's `<altcha-widget>` as the human check uses it: the element's methods, the proof when it is
 * ready, and the event wiring that keeps the checkbox honest and tells the form the proof.
 */
export interface AltchaElement extends HTMLElement {
  configure(config: Record<string, unknown>): Promise<void>;
  getState(): string;
  reset(): void;
  verify(): Promise<unknown>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'altcha-widget': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & {
        name?: string;
        auto?: string;
        type?: string;
        language?: string;
      };
    }
  }
}

/**
 * The proof of the human check with this id: at once when it is ready, after the work when it is
 * running (so a click on «پیامک» during the work waits for it), '' when nothing is running.
 */
export async function proofWhenReady(id = 'altcha', timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const widget = document.getElementById(id)?.querySelector<AltchaElement>('altcha-widget');
    const proof = widget?.querySelector<HTMLInputElement>('input[name="altcha"]')?.value ?? '';
    const state = widget && typeof widget.getState === 'function' ? widget.getState() : '';
    if (state === 'verified' && proof) return proof;
    if (state !== 'verifying' || Date.now() > deadline) return '';
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Tells the form the proof as it changes, and keeps the checkbox showing what the person did. */
export function useWidgetEvents(
  widgetRef: RefObject<AltchaElement | null>,
  onProofChange?: (proof: string) => void,
) {
  // The latest callback, without re-subscribing to the widget's events on every render.
  const proofChangeRef = useRef(onProofChange);
  useEffect(() => {
    proofChangeRef.current = onProofChange;
  });
  useEffect(() => {
    const widget = widgetRef.current;
    if (!widget) return;
    const checkbox = () => widget.querySelector<HTMLInputElement>('input[type="checkbox"]');
    const onState = (event: Event) => {
      const { state, payload } =
        (event as CustomEvent<{ state?: string; payload?: string | null }>).detail ?? {};
      proofChangeRef.current?.(state === 'verified' && payload ? payload : '');
      // The box shows what the person did: ticked while the work runs and once it is done, unticked
      // when it failed or expired (then a tick starts it again).
      const box = checkbox();
      if (box) box.checked = state === 'verifying' || state === 'verified';
    };
    // A tick on a box that is ticked already (the work running or done) changes nothing: the widget
    // would otherwise throw its work or its proof away.
    const keepTicked = (event: Event) => {
      const target = event.target as HTMLInputElement | null;
      const state = widget.getState();
      if (target?.type === 'checkbox' && (state === 'verified' || state === 'verifying')) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    // A tick starts the work and the box stays ticked while it runs (the widget would untick it until
    // the end, which tells a person, or a test that ticks it, that the tick did not take).
    const startWork = (event: Event) => {
      const target = event.target as HTMLInputElement | null;
      if (target?.type !== 'checkbox' || !target.checked) return;
      event.stopPropagation();
      const state = widget.getState();
      if (state !== 'verifying' && state !== 'verified') void widget.verify();
    };
    widget.addEventListener('statechange', onState);
    widget.addEventListener('click', keepTicked, true);
    widget.addEventListener('change', startWork, true);
    return () => {
      widget.removeEventListener('statechange', onState);
      widget.removeEventListener('click', keepTicked, true);
      widget.removeEventListener('change', startWork, true);
    };
    // The ref object is stable: this runs once, after the widget element exists.
  }, [widgetRef]);
}

/** A spent proof (the server answered) is replaced by a new one, solved in the background. */
export function useFreshProofOn(widgetRef: RefObject<AltchaElement | null>, refreshKey: unknown) {
  const firstKey = useRef(refreshKey);
  useEffect(() => {
    if (refreshKey === firstKey.current) return;
    firstKey.current = refreshKey;
    const widget = widgetRef.current;
    if (!widget || typeof widget.getState !== 'function' || widget.getState() !== 'verified') return;
    widget.reset();
    void widget.verify();
  }, [refreshKey, widgetRef]);
}

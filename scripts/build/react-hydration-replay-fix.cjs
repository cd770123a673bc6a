/**
 * A webpack loader for the React DOM client that Next 15.5 bundles (next/dist/compiled/react-dom,
 * 19.2.0-canary-0bdb9206-20250818; its production and development builds): it puts the hydration cursor back when React replays a host
 * element whose children suspended, the fix React made upstream in facebook/react#35494 (bug #35210)
 * after that canary was cut.
 *
 * The bug, as this portal met it (the intermittent React #418 of the README's old "Known issues"):
 * a server-rendered element such as the header's `<div class="topbar-actions">` has a client component
 * among its children. In the RSC payload that child is a lazy reference to a JavaScript chunk; when
 * the chunk has not arrived yet (a slow phone, a busy machine), React suspends while reconciling the
 * element's children and, once the chunk resolves, *replays* the element's beginWork without unwinding.
 * The first pass had already claimed the server's `<div>` and moved the cursor inside it, so the
 * replay looks for a `<div>` among the div's own children, finds `<nav>`, reports "Hydration failed
 * because the server rendered HTML didn't match the client" and throws the page's DOM away to
 * render it again on the client, although server and client markup are identical.
 *
 * The patch: before a host component is replayed during hydration, the cursor returns to the node
 * that fiber claimed and the parent context is restored (React's own popToNextHostParent), so the
 * replay claims the same node again. The loader fails the build if the code it patches is not found
 * exactly once, so a Next or React upgrade cannot silently drop or misapply it; remove it once the
 * bundled React has the upstream fix. tests/unit/build/react-hydration-replay-fix.test.ts hydrates the
 * failing tree with the bundled client, with and without the patch.
 */
'use strict';

// The replay of a host component (tag 5) in replaySuspendedUnitOfWork (production) or replayBeginWork
// (development): `case 5: resetHooksOnUnwind(fiber); default: unwindInterruptedWork(current, fiber), …`.
const REPLAY_HOST_COMPONENT =
  /( +)case 5:\n( +)resetHooksOnUnwind\((\w+)\);\n +default:\n +unwindInterruptedWork\(current, \3\),/g;

/** The patched source, or an error when the code to patch is not there exactly once. */
function patchReactDomClient(source) {
  const matches = [...source.matchAll(REPLAY_HOST_COMPONENT)];
  if (matches.length !== 1) {
    throw new Error(
      'react-hydration-replay-fix: the replay code of the bundled React DOM client changed ' +
        '(Next or React was upgraded); check whether facebook/react#35494 is in it and remove or update this loader',
    );
  }
  for (const name of ['function popToNextHostParent(', 'nextHydratableInstance =', 'isHydrating =']) {
    if (!source.includes(name))
      throw new Error(`react-hydration-replay-fix: ${name} is missing from React DOM`);
  }
  const [found, caseIndent, bodyIndent, fiber] = matches[0];
  const restore =
    `${caseIndent}case 5:\n` +
    `${bodyIndent}// Patched by scripts/build/react-hydration-replay-fix.cjs (facebook/react#35494): the first pass\n` +
    `${bodyIndent}// claimed ${fiber}.stateNode and moved the cursor into it; put it back so the replay claims it again.\n` +
    `${bodyIndent}isHydrating &&\n` +
    `${bodyIndent}  null === current &&\n` +
    `${bodyIndent}  null !== ${fiber}.stateNode &&\n` +
    `${bodyIndent}  ((nextHydratableInstance = ${fiber}.stateNode), popToNextHostParent(${fiber}));\n`;
  const at = matches[0].index;
  return (
    source.slice(0, at) + found.replace(`${caseIndent}case 5:\n`, restore) + source.slice(at + found.length)
  );
}

module.exports = function reactHydrationReplayFix(source) {
  return patchReactDomClient(source);
};
module.exports.patchReactDomClient = patchReactDomClient;

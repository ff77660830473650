namespace PlanAct.Plugins.Browser;

/// <summary>
/// In-page scripts for the settle wait. <see cref="InitSource"/> runs in every document before its own scripts and keeps a
/// MutationObserver that records when the DOM last changed; <see cref="SettleSource"/> then resolves as soon as the DOM
/// has been quiet long enough, without a round trip per check and without starting an observer after the action.
/// </summary>
internal static class DomActivityScript
{
    /// <summary>
    /// Context init script: records <c>performance.now()</c> of the last DOM mutation (ignoring the observer's own id
    /// attribute) under <c>window[Symbol.for('planact.domActivity')]</c>. Runs before the page's scripts, so mutations
    /// during parsing count too.
    /// </summary>
    public const string InitSource = """
        (() => {
          const key = Symbol.for('planact.domActivity');
          if (window[key]) return;
          const state = { last: performance.now(), count: 0 };
          Object.defineProperty(window, key, { value: state, enumerable: false });
          const observer = new MutationObserver(records => {
            for (const r of records) {
              if (r.type !== 'attributes' || r.attributeName !== 'data-planact-id') {
                state.last = performance.now();
                state.count++;
                return;
              }
            }
          });
          observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        })();
        """;

    /// <summary>
    /// Argument: <c>{ since, quiet, grace, max }</c> in milliseconds. <c>since</c> is how long ago the wait's reference point
    /// (the action's start, or the moment the network went idle) was. Resolves <see langword="true"/> once at least
    /// <c>grace</c> has passed since the script started and, if the DOM changed after the reference point, <c>quiet</c> has
    /// passed since the last change; <see langword="false"/> when <c>max</c> passed first. A document without the init
    /// script (e.g. opened before the session) gets an observer now and waits a full quiet window.
    /// </summary>
    public const string SettleSource = """
        ({ since, quiet, grace, max }) => new Promise(resolve => {
          const key = Symbol.for('planact.domActivity');
          const start = performance.now();
          let state = window[key];
          if (!state) {
            state = { last: start, count: 0 };
            Object.defineProperty(window, key, { value: state, enumerable: false });
            new MutationObserver(() => { state.last = performance.now(); state.count++; })
              .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
          }
          const reference = start - since;
          const deadline = start + Math.max(0, max);
          const check = () => {
            const now = performance.now();
            const due = Math.max(start + grace, state.last >= reference ? state.last + quiet : 0);
            if (now >= due) { resolve(true); return; }
            if (now >= deadline) { resolve(false); return; }
            setTimeout(check, Math.max(1, Math.min(due, deadline) - now));
          };
          check();
        })
        """;
}

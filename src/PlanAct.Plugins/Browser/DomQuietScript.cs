namespace PlanAct.Plugins.Browser;

/// <summary>In-page script that resolves once the DOM has not changed for a quiet window (bounded by a maximum wait).</summary>
internal static class DomQuietScript
{
    /// <summary>Argument: <c>{ quiet: ms, max: ms }</c>. Resolves to <see langword="true"/> when quiet, <see langword="false"/> when the maximum passed.</summary>
    public const string Source = """
        ({ quiet, max }) => new Promise(resolve => {
          if (!quiet || quiet <= 0) { resolve(true); return; }
          let quietTimer;
          const root = document.documentElement || document;
          const finish = value => { observer.disconnect(); clearTimeout(quietTimer); clearTimeout(hardTimer); resolve(value); };
          const observer = new MutationObserver(() => { clearTimeout(quietTimer); quietTimer = setTimeout(() => finish(true), quiet); });
          observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
          quietTimer = setTimeout(() => finish(true), quiet);
          const hardTimer = setTimeout(() => finish(false), Math.max(quiet, max));
        })
        """;
}

namespace PlanAct.Plugins.Browser;

/// <summary>In-page script that scrolls the page (or the scrollable area under the viewport centre) by about one viewport.</summary>
internal static class ScrollScript
{
    /// <summary>Argument: direction, +1 down or -1 up. Returns <c>[before, after, scrollHeight, viewportHeight]</c> in CSS px.</summary>
    public const string Source = """
        (direction) => {
          const page = document.scrollingElement || document.documentElement;
          const step = el => {
            const amount = (el === page ? window.innerHeight : el.clientHeight) * direction;
            const before = el.scrollTop;
            el.scrollBy({ top: amount, behavior: 'instant' });
            return [before, el.scrollTop, el.scrollHeight, el === page ? window.innerHeight : el.clientHeight];
          };
          const result = step(page);
          if (result[0] !== result[1]) return result;
          let el = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
          while (el && el !== page) {
            const style = getComputedStyle(el);
            if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight) {
              const inner = step(el);
              if (inner[0] !== inner[1]) return inner;
            }
            el = el.parentElement;
          }
          return result;
        }
        """;
}

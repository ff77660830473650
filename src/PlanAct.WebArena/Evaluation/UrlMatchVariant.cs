namespace PlanAct.WebArena.Evaluation;

/// <summary>Which <c>url_match</c> rules to apply.</summary>
public enum UrlMatchVariant
{
    /// <summary>WebArena-Lite (VAB): <c>localhost</c>→<c>127.0.0.1</c>, one trailing slash removed, <c>EXACT</c> by default, <c>GOLD in PRED</c> as raw substring.</summary>
    Lite,

    /// <summary>Original WebArena: all trailing slashes removed, <c>GOLD in PRED</c> always, host+path substring and order-free query values.</summary>
    Original,
}

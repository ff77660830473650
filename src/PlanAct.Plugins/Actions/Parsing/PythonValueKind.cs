namespace PlanAct.Plugins.Actions.Parsing;

/// <summary>What kind of Python-style literal an argument was written as.</summary>
internal enum PythonValueKind
{
    /// <summary>A quoted string literal (escapes already resolved).</summary>
    String,

    /// <summary>An integer literal such as <c>12</c> or <c>-3</c>.</summary>
    Integer,

    /// <summary>A decimal literal such as <c>1.5</c>.</summary>
    Float,

    /// <summary><c>True</c> or <c>False</c>.</summary>
    Boolean,

    /// <summary><c>None</c>.</summary>
    None,

    /// <summary>Unquoted text that is not a literal, e.g. <c>value=Hong Kong</c> (small models write these).</summary>
    Bare,
}
